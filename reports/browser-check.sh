#!/usr/bin/env bash
# Real-browser check of a kubesim HTML report: opens it in headless Chromium (Debian's package)
# with no network, saves a full-page screenshot, and fails if the page logs a console error,
# throws, requests anything from the network, or has an image that does not load.
#
# Usage: reports/browser-check.sh REPORT.html [SCREENSHOT.png]
#   (the screenshot defaults to REPORT.png beside the report)
# Needs chromium and node/npm. Missing Debian packages are installed when run as root;
# otherwise it says in one line how to install them, and fails. It never skips silently.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2
  exit 2
fi
report="$1"
screenshot="${2:-${report%.html}.png}"
if [[ ! -f "$report" ]]; then
  echo "browser-check: $report: no such file" >&2
  exit 2
fi

# Installs the named Debian packages when root; otherwise says how, and fails.
need_debian_packages() {
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "browser-check: installing Debian packages: $*" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
  else
    echo "browser-check: missing $*; install with: sudo apt-get update && sudo apt-get install -y $*" >&2
    exit 1
  fi
}

chromium_bin="${CHROMIUM:-$(command -v chromium || true)}"
if [[ -z "$chromium_bin" ]]; then
  need_debian_packages chromium
  chromium_bin="$(command -v chromium)"
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  need_debian_packages nodejs npm
fi

if [[ ! -d "$here/browser-check/node_modules/playwright-core" ]]; then
  (cd "$here/browser-check" && npm ci --no-fund --no-audit --loglevel=error >&2)
fi

CHROMIUM="$chromium_bin" exec node "$here/browser-check/check-report.mjs" "$report" "$screenshot"
