"""Small helpers shared by the notebooks: call the kubesim CLI and load what it writes.

Nothing here simulates anything: runs go through the ``./kubesim`` launcher at the repository
root, and the loaders read ``results.json`` / ``timeseries.csv`` using the field and column names
documented in ``reports/RESULTS.md``.
"""
import json
import shlex
import subprocess
from pathlib import Path

import pandas as pd

# Exit statuses of the CLI (scenarios/REFERENCE.md): 3 means the run succeeded but one of the
# scenario's spec.thresholds was not met, which is a finding, not an error, for exploration.
OK, THRESHOLD_NOT_MET = 0, 3
SCHEMA_VERSION = 1


def find_root(start=None):
    """The repository root: the first directory upwards holding the ./kubesim launcher."""
    here = Path(start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        if (directory / "kubesim").is_file() and (directory / "scenarios").is_dir():
            return directory
    raise FileNotFoundError(f"no ./kubesim launcher in {here} or above; open the notebook "
                            "from the kubesim repository's notebooks/ folder")


ROOT = find_root()
OUT = ROOT / "notebooks" / "out"
EXAMPLES = ROOT / "scenarios" / "examples"


def kubesim(*args, quiet=False):
    """Runs ``./kubesim ARGS`` from the repository root; prints its summary table unless quiet.

    Raises RuntimeError with the CLI's own message when it exits with 1 or 2.
    """
    command = [str(ROOT / "kubesim"), *map(str, args)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (OK, THRESHOLD_NOT_MET):
        raise RuntimeError(f"kubesim exited with {done.returncode}: {shlex.join(command)}\n"
                           f"{done.stderr.strip()}")
    if not quiet:
        print(done.stdout.rstrip())
    return done


def _options(out, replications, sets):
    options = ["--out", out, "--format", "json,csv"]
    if replications is not None:
        options += ["--replications", replications]
    for path, value in sets.items():
        options += ["--set", f"{path}={value}"]
    return options


def run(scenario, out, replications=None, sets=None, quiet=False):
    """``kubesim run SCENARIO`` with ``--set path=value`` for each item of ``sets``; returns out."""
    kubesim("run", scenario, *_options(out, replications, sets or {}), quiet=quiet)
    return Path(out)


def sweep(scenario, param, values, out, replications=None, sets=None, quiet=False):
    """``kubesim sweep SCENARIO --param PARAM --values V1,V2,...``; returns out."""
    values = ",".join(map(str, values))
    kubesim("sweep", scenario, "--param", param, "--values", values,
            *_options(out, replications, sets or {}), quiet=quiet)
    return Path(out)


def sweep_grid(scenario, params, out, ranges=None, samples=None, replications=None, sets=None,
               engine=None, quiet=False):
    """``kubesim sweep SCENARIO --param P1 --values … --param P2 --values …`` (a Cartesian grid,
    crossed with a Latin hypercube when ``ranges`` maps paths to ``"min:max"``); returns out."""
    options = []
    for path, values in params.items():
        options += ["--param", path, "--values", ",".join(map(str, values))]
    for path, bounds in (ranges or {}).items():
        options += ["--range", f"{path}={bounds}"]
    if samples is not None:
        options += ["--samples", samples]
    if engine is not None:
        options += ["--engine", engine]
    kubesim("sweep", scenario, *options, *_options(out, replications, sets or {}), quiet=quiet)
    return Path(out)


def load_sweep(directory):
    """``sweep.csv`` as a DataFrame: one row per point × variant × KPI (reports/RESULTS.md)."""
    return pd.read_csv(Path(directory) / "sweep.csv", float_precision="round_trip")


def load_results(directory):
    """``results.json`` of an output directory, refusing a schema version we do not know."""
    results = json.loads((Path(directory) / "results.json").read_text(encoding="utf-8"))
    if results["schemaVersion"] != SCHEMA_VERSION:
        raise ValueError(f"{directory}/results.json has schemaVersion {results['schemaVersion']},"
                         f" these notebooks read {SCHEMA_VERSION}")
    return results


def load_timeseries(directory):
    """``timeseries.csv`` as a DataFrame (NaN where the CSV field is empty)."""
    return pd.read_csv(Path(directory) / "timeseries.csv")


def _estimates(rows):
    """Estimates (mean, ciLow, ciHigh, stdDev, n) as a DataFrame, one row per estimate."""
    return pd.DataFrame(rows, columns=["variant", "key", "mean", "ciLow", "ciHigh", "stdDev", "n"])


def kpis(results):
    """Every variant's KPI estimates: columns variant, key, mean, ciLow, ciHigh, stdDev, n."""
    return _estimates([{"variant": v["name"], "key": key, **estimate}
                       for v in results["variants"] for key, estimate in v["kpis"].items()])


def failures(results):
    """Every variant's failure shares by cause (fraction of all requests), as estimates."""
    return _estimates([{"variant": v["name"], "key": cause, **estimate}
                       for v in results["variants"] for cause, estimate in v["failures"].items()])


def comparisons(results):
    """Paired differences (variant − baseline) of every KPI, as estimates, named by variant."""
    return _estimates([{"variant": c["variant"], "key": key, **estimate}
                       for c in results["comparisons"] for key, estimate in c["kpis"].items()])


def sweep_values(results):
    """Maps each sweep variant's name to its swept value (as written on the command line)."""
    path = results["sweepParameter"]
    return {v["name"]: v["parameters"][path] for v in results["variants"]}


def shade_faults(ax, results, label=True):
    """Shades each fault window of ``results["faults"]`` on a time axis."""
    for i, fault in enumerate(results["faults"]):
        ax.axvspan(fault["startSeconds"], fault["endSeconds"], color="grey", alpha=0.15,
                   label=f"fault: {fault['name']}" if label and i == 0 else None)
