#!/usr/bin/env python3
"""Where a whole-scenario benchmark's time goes, from async-profiler's collapsed stacks.

Each sample is put in one category by its top frame (self time), and the shares are printed, with
nanoseconds per simulated request when the rate (requests per second) is given:

    jmh/breakdown.py jmh/results/dense-node-state/profile-large-cluster-240s-after.collapsed.gz

The stacks come from one JMH run with async-profiler (see jmh/README.md, "Where a request's time
goes"). Categories are matched on the frame's class and method names.
"""
import argparse
import collections
import gzip

CATEGORIES = [
    ("event list", ("LadderEventList", "SlotEventList", "simevents/Simulator", "simevents/Event.",
                    "EventList")),
    ("log-normal hop latency", ("LogNormal", "NormalDist", "libmExp")),
    ("exponential draws", ("Log1p", "Exponential.quantile")),
    ("uniform draws (MRG32k3a)", ("Mrg32k3aStream", "MRG32k3a", "RandomStreamBase")),
    ("metrics (histograms, time series)", ("metrics/", "HdrHistogram")),
    ("request path, clients, network, pod servers", ("io/kubesim",)),
]
OTHER = "JDK library code, JIT compiler, other"


def category(frame):
    for name, keys in CATEGORIES:
        if any(k in frame for k in keys):
            return name
    return OTHER


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stacks", nargs="+", help="collapsed-stack files (.gz allowed)")
    parser.add_argument("--rate", type=float, help="simulated requests per second of the run")
    args = parser.parse_args()
    for path in args.stacks:
        opener = gzip.open if path.endswith(".gz") else open
        counts = collections.Counter()
        with opener(path, "rt") as f:
            for line in f:
                stack, _, n = line.rstrip().rpartition(" ")
                counts[category(stack.split(";")[-1])] += int(n)
        total = sum(counts.values())
        print(f"{path}: {total} samples")
        for name, n in counts.most_common():
            share = n / total
            ns = f"  {share * 1e9 / args.rate:6.0f} ns/request" if args.rate else ""
            print(f"  {100 * share:5.1f} %{ns}  {name}")


if __name__ == "__main__":
    main()
