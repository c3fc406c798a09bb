#!/usr/bin/env bash
# Runs the hold-model benchmark one size at a time, each size in its own JMH run (so every
# ratio compares lists measured in the same run), waiting for an idle machine before each
# run and recording the CPU pressure seen during it. Results: jmh/results/hold-<size>.json.
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/benchmarks.jar
OPTS=(-f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc -p increments=EXPONENTIAL,BIMODAL)
mkdir -p results

wait_for_idle() { # until CPU pressure (avg10) stays under 10% for 30 s, at most 3 minutes
  local quiet=0 waited=0
  while (( quiet < 6 && waited < 36 )); do
    waited=$((waited + 1))
    local p; p=$(awk -F'[= ]' '/^some/ {print int($3)}' /proc/pressure/cpu)
    if (( p < 10 )); then quiet=$((quiet + 1)); else quiet=0; fi
    sleep 5
  done
}

for size in ${SIZES:-1000 10000 100000 1000000}; do
  if (( size <= 10000 )); then
    include='HoldModel\.'
  else
    include='HoldModel\.(simulator|simulatorBareHeap|javaPriorityQueue|bare4aryHeap|bare4aryHeapReplaceTop)$'
  fi
  wait_for_idle
  (while true; do awk '/^some/ {print $2}' /proc/pressure/cpu; sleep 5; done) \
    > "results/hold-$size.pressure" &
  monitor=$!
  java -jar "$JAR" "$include" -p size="$size" "${OPTS[@]}" \
    -rf json -rff "results/hold-$size.json" > "results/hold-$size.log" 2>&1
  kill "$monitor"
done
