#!/bin/bash
# Round 9 of docs/classifier.md: every setting of the round's table, two runs at a time, on a jar
# built with variants.patch applied (see its head). Output: OUT/<setting>.json (the curve, with
# ECE and pre-selection per step) and OUT/<setting>.err (a line per group and step). Then
#   python3 src/test/experiments/round9/curve.py OUT
# prints the table. About 8 minutes on 2 cores.
#   src/test/experiments/round9/runs.sh target/learning-office.jar ../shared/data/lessons-dev.jsonl /tmp/r9out
set -eu
JAR=$(realpath "$1"); DATA=$(realpath "$2"); OUT=$3
mkdir -p "$OUT"
run() {
  name=$1; shift
  java "$@" -jar "$JAR" classify eval --input "$DATA" --learning-curve --json \
      > "$OUT/$name.json" 2> "$OUT/$name.err"
}
export -f run; export JAR DATA OUT
xargs -P 2 -L 1 bash -c 'run "$@"' _ <<'LIST'
service -Dexp.iw=none
ones -Dexp.iw=ones
tfidf-a1-c1 -Dexp.iw=tfidf -Dexp.iw.alpha=1 -Dexp.iw.confW=1
tfidf-a2-c1 -Dexp.iw=tfidf -Dexp.iw.alpha=2 -Dexp.iw.confW=1
tfidf-a4-c1 -Dexp.iw=tfidf -Dexp.iw.alpha=4 -Dexp.iw.confW=1
tfidf-a1-c2 -Dexp.iw=tfidf -Dexp.iw.alpha=1 -Dexp.iw.confW=2
tfidf-a2-c2 -Dexp.iw=tfidf -Dexp.iw.alpha=2 -Dexp.iw.confW=2
tfidf-a4-c2 -Dexp.iw=tfidf -Dexp.iw.alpha=4 -Dexp.iw.confW=2
domain-cap2-c1 -Dexp.iw=domain -Dexp.iw.cap=2 -Dexp.iw.confW=1
domain-cap3-c1 -Dexp.iw=domain -Dexp.iw.cap=3 -Dexp.iw.confW=1
domain-cap2-c2 -Dexp.iw=domain -Dexp.iw.cap=2 -Dexp.iw.confW=2
domain-cap3-c2 -Dexp.iw=domain -Dexp.iw.cap=3 -Dexp.iw.confW=2
pertemp-0.3 -Dexp.pertemp=0.3
pertemp-1.0 -Dexp.pertemp=1.0
LIST
