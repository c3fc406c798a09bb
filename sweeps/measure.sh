#!/usr/bin/env bash
# Measures a 100-point, 2-parameter sweep on both engines: wall time of the local engine with 1
# and 2 threads and of Spark with local[1] and local[2], Spark's overhead over the local engine,
# and the scaling from 1 to 2; checks that every run wrote the same results.json bytes.
#
#   sweeps/measure.sh [REPLICATIONS] [OUT_DIR]     (defaults: 1, target/sweep-measure)
#
# The grid: spec.deployments[web].replicas 3..12 × the throughput variant's minRequests
# 50..500 (inside its patch), on the headline scenario (2 variants, 5 simulated minutes): 100
# points × 2 variants × REPLICATIONS replications. Writes results.json and sweep.csv only (no
# HTML report), so the times are the engines'. Wall and CPU (user + system) times, from
# /usr/bin/time, include JVM start and, for Spark, the embedded context's start and stop. CPU time
# is the steadier figure on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-1}"
out="${2:-$root/target/sweep-measure}"
mkdir -p "$out"

grid=(sweep asymmetric-partition
  --param 'spec.deployments[web].replicas' --values 3,4,5,6,7,8,9,10,11,12
  --param 'spec.variants[throughput].patch.deployments[web].template.readinessProbe.minRequests'
  --values 50,100,150,200,250,300,350,400,450,500
  --set spec.thresholds= --replications "$reps" --format json,csv)

# Build both jars first, so that no timing includes Maven.
"$root/kubesim" --version >/dev/null
"$root/kubesim" sweep --engine spark --help >/dev/null

declare -A seconds cpu
run() {
  local name="$1"; shift
  rm -rf "$out/$name"
  /usr/bin/time -f '%e %U %S' -o "$out/$name.time" \
    "$root/kubesim" "${grid[@]}" --out "$out/$name" "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"
  read -r wall user sys <"$out/$name.time"
  seconds[$name]=$wall
  cpu[$name]=$(echo "$user + $sys" | bc -l)
  printf '%-14s %8.1f s wall %8.1f s CPU\n' "$name" "${seconds[$name]}" "${cpu[$name]}" >&2
}

run local-1 --engine local --threads 1
run local-2 --engine local --threads 2
run spark-local-1 --engine spark --master 'local[1]'
run spark-local-2 --engine spark --master 'local[2]'

for name in local-2 spark-local-1 spark-local-2; do
  cmp -s "$out/local-1/results.json" "$out/$name/results.json" \
    || { echo "measure: $name/results.json differs from local-1's" >&2; exit 1; }
done

cores=$(nproc)
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "100 points x 2 variants x $reps replications = $((200 * reps)) replications; $cores cores; load average before the last run: $load"
echo "| run | wall time (s) | CPU time (s) |"
echo "| --- | ---: | ---: |"
for name in local-1 local-2 spark-local-1 spark-local-2; do
  printf '| %s | %.1f | %.1f |\n' "$name" "${seconds[$name]}" "${cpu[$name]}"
done
printf 'Spark overhead over the local engine: %+.1f s wall (%+.1f s CPU) with 1 thread, %+.1f s wall (%+.1f s CPU) with 2\n' \
  "$(echo "${seconds[spark-local-1]} - ${seconds[local-1]}" | bc -l)" \
  "$(echo "${cpu[spark-local-1]} - ${cpu[local-1]}" | bc -l)" \
  "$(echo "${seconds[spark-local-2]} - ${seconds[local-2]}" | bc -l)" \
  "$(echo "${cpu[spark-local-2]} - ${cpu[local-2]}" | bc -l)"
printf 'Scaling 1 -> 2: local %.2fx, Spark %.2fx\n' \
  "$(echo "${seconds[local-1]} / ${seconds[local-2]}" | bc -l)" \
  "$(echo "${seconds[spark-local-1]} / ${seconds[spark-local-2]}" | bc -l)"
echo "results.json identical across all four runs"
