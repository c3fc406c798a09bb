#!/usr/bin/env bash
# Executes every notebook in notebooks/ top to bottom, as CI does, and fails on any error.
#
#   notebooks/run-all.sh
#
# 1. Makes sure Debian's Python has pandas, matplotlib, nbconvert and ipykernel: installs the
#    Debian packages when run as root, otherwise prints one line saying how and fails.
#    (There is no PyPI here; `python3` on PATH may be another interpreter, e.g. pyenv's, that
#    lacks these packages, so everything below runs with /usr/bin/python3.)
# 2. Builds the kubesim CLI if needed (the ./kubesim launcher does).
# 3. Checks that the committed notebooks carry no outputs (check-stripped.py).
# 4. Runs each notebook with `jupyter nbconvert --to notebook --execute` into notebooks/out/
#    (never in place) with a kernel pinned to /usr/bin/python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
py=/usr/bin/python3
packages=(python3-pandas python3-matplotlib python3-nbconvert python3-ipykernel jupyter-nbconvert)

have_python_deps() {
  [[ -x "$py" ]] && "$py" -c 'import pandas, matplotlib, nbconvert, nbformat, ipykernel' 2>/dev/null && [[ -x /usr/bin/jupyter-nbconvert ]]
}

if ! have_python_deps; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "notebooks: installing Debian packages: ${packages[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q --no-install-recommends "${packages[@]}" >&2
    have_python_deps || { echo "notebooks: $py still cannot import pandas/matplotlib/nbconvert/ipykernel after installing ${packages[*]}" >&2; exit 1; }
  else
    echo "notebooks: missing Python packages for $py; install them with: sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi

# Build the CLI now, so that no notebook cell waits for Maven.
"$root/kubesim" --version >/dev/null

"$py" "$here/check-stripped.py"

# A kernel spec of our own that names /usr/bin/python3 explicitly, so the kernel never resolves
# `python3` through PATH (pyenv shims) to an interpreter without pandas.
kernels="$out/jupyter/kernels/kubesim-python3"
mkdir -p "$kernels"
cat >"$kernels/kernel.json" <<EOF
{"argv": ["$py", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (Debian, kubesim notebooks)", "language": "python"}
EOF
export JUPYTER_PATH="$out/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
# The kernel is started without a debugger-friendly frozen-modules check (its warning is noise).
export PYDEVD_DISABLE_FILE_VALIDATION=1

shopt -s nullglob
notebooks=("$here"/*.ipynb)
[[ ${#notebooks[@]} -gt 0 ]] || { echo "notebooks: no notebooks found in $here" >&2; exit 1; }

for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  echo "notebooks: executing $name" >&2
  start=$SECONDS
  /usr/bin/jupyter nbconvert --to notebook --execute \
    --ExecutePreprocessor.kernel_name=kubesim-python3 \
    --ExecutePreprocessor.timeout=600 \
    --output-dir "$out" --output "$name" "$nb"
  echo "notebooks: $name passed in $((SECONDS - start)) s (executed copy: ${out#"$root"/}/$name)" >&2
done
echo "notebooks: all ${#notebooks[@]} notebooks passed" >&2
