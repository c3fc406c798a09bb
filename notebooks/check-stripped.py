#!/usr/bin/env python3
"""Check that notebooks are committed without outputs; strip them with --fix.

    notebooks/check-stripped.py            # exit 1 and list offenders if any notebook has outputs
    notebooks/check-stripped.py --fix      # strip outputs in place
    notebooks/check-stripped.py A.ipynb …  # only these files

Without file arguments it checks every *.ipynb directly in notebooks/ (executed copies in
notebooks/out/ are git-ignored and not checked). A notebook is stripped when no code cell has
outputs, an execution_count or per-cell execution timing metadata. Standard library only, so
it runs before any Jupyter package is installed.
"""
import argparse
import json
import sys
from pathlib import Path

NOTEBOOKS_DIR = Path(__file__).resolve().parent
VOLATILE_CELL_METADATA = ("execution", "collapsed", "scrolled")


def problems(notebook):
    """Yields one human-readable line per unstripped cell."""
    for index, cell in enumerate(notebook.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        found = []
        if cell.get("outputs"):
            found.append(f"{len(cell['outputs'])} output(s)")
        if cell.get("execution_count") is not None:
            found.append(f"execution_count {cell['execution_count']}")
        found += [f"metadata.{key}" for key in VOLATILE_CELL_METADATA
                  if key in cell.get("metadata", {})]
        if found:
            yield f"cell {index}: " + ", ".join(found)


def strip(notebook):
    """Removes outputs, execution counts and execution metadata, in place."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
            for key in VOLATILE_CELL_METADATA:
                cell.get("metadata", {}).pop(key, None)


def write(path, notebook):
    # nbformat's own layout (indent 1, sorted keys, trailing newline), so diffs stay small.
    text = json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fix", action="store_true", help="strip outputs in place")
    parser.add_argument("files", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    args = parser.parse_args(argv)

    files = args.files or sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    if not files:
        print(f"check-stripped: no notebooks in {NOTEBOOKS_DIR}", file=sys.stderr)
        return 1
    dirty = 0
    for path in files:
        try:
            notebook = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"check-stripped: {path}: cannot read as a notebook: {error}", file=sys.stderr)
            return 1
        found = list(problems(notebook))
        if not found:
            continue
        if args.fix:
            strip(notebook)
            write(path, notebook)
            print(f"check-stripped: stripped {path}", file=sys.stderr)
        else:
            dirty += 1
            for line in found:
                print(f"check-stripped: {path}: {line}", file=sys.stderr)
    if dirty:
        print(f"check-stripped: {dirty} notebook(s) have outputs; strip them with "
              "python3 notebooks/check-stripped.py --fix", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
