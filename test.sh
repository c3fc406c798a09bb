#!/usr/bin/env bash
# The whole test suite: every module's unit, validation and end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q verify
