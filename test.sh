#!/usr/bin/env bash
# The whole test suite, as CI runs it:
#   1. every module's unit, validation and end-to-end tests (mvn verify; also compiles the JMH
#      benchmarks and runs their smoke test);
#   2. the real-browser check: the headline scenario's report opened in headless Chromium, with
#      no network, failing on any console error or image that does not load;
#   3. the notebooks, executed top to bottom.
# Debian packages the checks need (chromium, python3-pandas, …) are installed when run as root;
# otherwise the script says in one line how to install them, and fails.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q verify

out=target/browser-check
rm -rf "$out"
status=0
./kubesim run scenarios/examples/asymmetric-partition.yaml --replications 4 --threads 2 \
  --format html,json,csv --out "$out" || status=$?
if [[ $status -ne 0 && $status -ne 3 ]]; then
  echo "test.sh: the headline scenario failed with exit code $status" >&2
  exit 1
fi
reports/browser-check.sh "$out/report.html" "$out/report.png"

notebooks/run-all.sh
echo "test.sh: all checks passed"
