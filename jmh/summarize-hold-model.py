#!/usr/bin/env python3
"""Turns jmh/results/hold-<size>.json (from run-hold-model.sh) into the README's Markdown table.

Every ratio compares two scores from the same JMH run (same size): a list's mean score over
SSJ's SplayTree's (speed-up), and over the bare 4-ary floor's (cost above the floor).
"""
import glob
import json
import statistics
import sys

NAMES = {
    "SPLAY_TREE": "SSJ SplayTree (default)",
    "BINARY_TREE": "SSJ BinaryTree",
    "HENRIKSEN": "SSJ Henriksen",
    "RED_BLACK_TREE": "SSJ RedblackTree",
    "DOUBLY_LINKED": "SSJ DoublyLinked",
    "HEAP_EVENT_LIST": "kubesim HeapEventList (4-ary heap)",
    "LADDER_EVENT_LIST": "**kubesim LadderEventList (ladder queue, the engine's)**",
    "simulatorBareHeap": "bare heap of events, no ties/cancel (reference)",
    "javaPriorityQueue": "java.util.PriorityQueue (no Simulator)",
    "bare4aryHeap": "bare 4-ary heap: floor (no Simulator)",
    "bare4aryHeapReplaceTop": "bare 4-ary heap, replace-top (no Simulator)",
}
ORDER = list(NAMES)


def key(entry):
    method = entry["benchmark"].rsplit(".", 1)[1]
    if method == "simulator":
        return entry["params"]["eventList"]
    if method == "simulatorDoublyLinked":
        return "DOUBLY_LINKED"
    return method


def main(directory):
    rows = {}
    for path in sorted(glob.glob(f"{directory}/hold-*.json")):
        text = open(path).read()
        if not text.strip():
            continue  # a run still in progress
        for entry in json.loads(text):
            size = int(entry["params"]["size"])
            dist = entry["params"]["increments"]
            metric = entry["primaryMetric"]
            raw = [x for fork in metric["rawData"] for x in fork]
            alloc = entry.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            rows[(dist, size, key(entry))] = (metric["score"], metric["scoreError"],
                                              statistics.median(raw), alloc)
    for dist in ("EXPONENTIAL", "BIMODAL"):
        print(f"\n#### {dist.lower()} increments (ns per hold)\n")
        print("| size | event list | score ± error | median | speed-up over SplayTree "
              "| cost / floor | cost / replace-top floor | B/hold |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        for size in sorted({s for (d, s, _) in rows if d == dist}):
            splay = rows.get((dist, size, "SPLAY_TREE"))
            floor = rows.get((dist, size, "bare4aryHeap"))
            floor_rt = rows.get((dist, size, "bare4aryHeapReplaceTop"))
            for name in ORDER:
                r = rows.get((dist, size, name))
                if r is None:
                    continue
                score, err, median, alloc = r
                speedup = f"{splay[0] / score:.2f}×" if splay else "-"
                above = f"{score / floor[0]:.2f}×" if floor else "-"
                above_rt = f"{score / floor_rt[0]:.2f}×" if floor_rt else "-"
                alloc_s = "-" if alloc is None else ("≈ 0" if alloc < 0.01 else f"{alloc:.0f}")
                print(f"| 10^{len(str(size)) - 1} | {NAMES[name]} | {score:.1f} ± {err:.1f} "
                      f"| {median:.1f} | {speedup} | {above} | {above_rt} | {alloc_s} |")
    print("\n#### CPU pressure from other processes during each run (/proc/pressure/cpu avg10, %)\n")
    print("| size | median | max |")
    print("|---:|---:|---:|")
    for path in sorted(glob.glob(f"{directory}/hold-*.pressure"), key=lambda p: len(p)):
        values = [float(line.split("=")[1]) for line in open(path) if "=" in line]
        size = path.rsplit("-", 1)[1].split(".")[0]
        if values:
            print(f"| 10^{len(size) - 1} | {statistics.median(values):.0f} | {max(values):.0f} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results")
