#!/usr/bin/env bash
# Paired before/after runs of a JMH benchmark: both jars start at the same time, one per core, so
# that whatever else the machine (or a VM's host) does at that moment falls on both. Run one after
# the other, the same jar has been seen to score 1.5x apart; side by side, runs of the same
# cache-resident model agree within a few per cent.
#
#   jmh/run-paired.sh BEFORE.jar AFTER.jar ROUNDS [JMH ARGS...]
#   jmh/run-paired.sh /tmp/before/jmh/target/benchmarks.jar jmh/target/benchmarks.jar 3 \
#     'WholeScenario.replication' -p rate=600 -f 1 -wi 3 -i 5 -w 4s -r 4s
#
# Prints each round's scores (secondary results such as :requests after the primary one) and the
# after/before ratio of the primary scores (for times, s/op, below 1 is faster); each run's JMH
# output goes to $OUT (default: a new temporary directory, printed first) as <round>-before.log
# and <round>-after.log, with the CPU time of its JVM at the end.
# Memory-bound benchmarks (LargeCluster) share the last-level cache and memory bandwidth when run
# side by side, so their absolute times are longer than a run alone; compare the ratios.
set -euo pipefail
if [[ $# -lt 3 ]]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
before="$1"
after="$2"
rounds="$3"
shift 3
out="${OUT:-$(mktemp -d -t kubesim-paired.XXXXXX)}"
mkdir -p "$out"
echo "logs: $out"

scores() {
  # the score of each result line (Benchmark.method ... Score [± Error] Units), secondary results
  # marked with their suffix
  awk '/^[A-Za-z]+\.[A-Za-z].*(ops\/s|s\/op|ns\/op|us\/op|ms\/op)$/ {
    s = ($(NF-2) == "±") ? $(NF-3) : $(NF-1); n = $1; sub(/^[^:]*/, "", n); printf "%s%s ", s, n
  }' "$1"
}

for r in $(seq 1 "$rounds"); do
  /usr/bin/time -f 'cpu=%U+%S s' -a -o "$out/$r-before.log" \
    java -Djmh.ignoreLock=true -jar "$before" "$@" > "$out/$r-before.log" 2>&1 &
  pid=$!
  /usr/bin/time -f 'cpu=%U+%S s' -a -o "$out/$r-after.log" \
    java -Djmh.ignoreLock=true -jar "$after" "$@" > "$out/$r-after.log" 2>&1
  wait "$pid"
  b="$(scores "$out/$r-before.log")"
  a="$(scores "$out/$r-after.log")"
  ratio="$(awk -v b="${b%% *}" -v a="${a%% *}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "?" }')"
  echo "round $r: before $b| after $a| after/before $ratio"
done
