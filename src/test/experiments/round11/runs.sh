#!/bin/sh
# Round 11 of docs/classifier.md: every run of the table, in order, from a scratch worktree with
# variants.patch applied and built (see the patch's head). Output: one block per run in runs.out.
# runs.out beside it is the round's output (its first curve from the unchanged jar; the patched
# jar with no switch gave the unchanged jar's grouped figures exactly). Every setting below was
# fixed before the first run; none was changed after seeing a figure.
set -e
IN=${IN:-../shared/data/lessons-dev.jsonl}
JAR=${JAR:-target/learning-office.jar}
run() {
  echo "=== $*" >> runs.out
  java "$@" -jar "$JAR" classify eval --input "$IN" --cross-validate-by group >> runs.out
}
curve() {
  echo "=== curve $*" >> runs.out
  java "$@" -jar "$JAR" classify eval --input "$IN" --learning-curve >> runs.out
}
run -Dexp.none=1                      # the service's model: must give "Current figures"
run -Dexp.noise=3,0.5                 # 1a. feature noising, 3 noised copies, p 0.5, L2 x 4
run -Dexp.noise=3,0.3                 # 1b. same, p 0.3
run -Dexp.cnb=true -Dexp.nbw.direction=3   # 2. complement naive Bayes, w 3 / 3 / 3
run -Dexp.logtf=true                  # 3. text features valued 1 + ln(count)
run -Dexp.first=true                  # 4. first-sentence stems f=
run -Dexp.smooth=0.1                  # 5. label smoothing 0.1, L2 x (g + K - 1)
curve -Dexp.none=1                    # the service's curve: must give "Current figures"
curve -Dexp.noise=3,0.5
curve -Dexp.cnb=true -Dexp.nbw.direction=3
