#!/bin/sh
# Round 12 of docs/classifier.md: feature noising's p for unit chosen inside each split.
# Run from a scratch worktree with src/test/experiments/round11/variants.patch applied and built
# (see that patch's head); writes every outer and inner grouped run as JSON into runs/, then
#   python3 src/test/experiments/round12/choose.py runs
# applies the choice written down in pre-registration.txt before the first run.
set -e
IN=${IN:-../shared/data/lessons-dev.jsonl}
JAR=${JAR:-target/learning-office.jar}
mkdir -p runs
eval_json() { java "$@" -jar "$JAR" classify eval --cross-validate-by group --json; }
eval_json -Dexp.none=1 --input "$IN" > runs/outer-p0.json
for p in 0.3 0.5; do
  eval_json -Dexp.noise=3,$p --input "$IN" > runs/outer-p$p.json
done
for g in g1 g2 g3 g4 g5 g6 g7 g8; do
  # the inner leave-one-group-out: the dev file without the outer split's held-out group
  grep -v "\"group\": *\"$g\"" "$IN" > runs/without-$g.jsonl
  eval_json -Dexp.none=1 --input runs/without-$g.jsonl > runs/inner-$g-p0.json
  for p in 0.3 0.5; do
    eval_json -Dexp.noise=3,$p --input runs/without-$g.jsonl > runs/inner-$g-p$p.json
  done
done
