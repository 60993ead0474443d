#!/usr/bin/env python3
"""Prints the ratios (ours / baseline) of the last criterion run as a
Markdown table, one row per goal of BENCHMARKS.md.

Each ratio divides two medians of one group, measured in the same run of the
same bench binary. Run the benches first, then:

    python3 benches/ratios.py [CRITERION_DIR]

CRITERION_DIR defaults to $CARGO_TARGET_DIR/criterion, else target/criterion.
"""

import json
import os
import sys

# (group, ours, baseline, goal, what the goal says); goal None = for information.
# "Clearly faster" than chrono's serde is taken as at least 1.5 times as fast (<= 0.67).
ROWS = [
    ("read/deviceStatuses-10000", "graph-entity/ignore-unknown", "serde/ignore-unknown", 1.0, "read vs plain serde"),
    ("read/deviceStatuses-10000", "graph-entity/ignore-unknown", "serde/ignore-unknown-rfc3339", None,
     "read vs plain serde with chrono's strict parser"),
    ("read/deviceStatuses-10000", "graph-entity/extra", "serde/flatten", 0.75, "read, catch-all vs flatten"),
    ("read/deviceStatuses-10000", "graph-entity/ignore-unknown", "serde/flatten", 0.75, "read vs flatten"),
    ("read/windows10GeneralConfiguration-207", "graph-entity/ignore-unknown", "serde/ignore-unknown", 1.0,
     "read vs plain serde"),
    ("read/windows10GeneralConfiguration-207", "graph-entity/extra", "serde/flatten", 0.75,
     "read, catch-all vs flatten"),
    ("read/windows10GeneralConfiguration-207", "graph-entity/ignore-unknown", "serde/flatten", 0.75,
     "read vs flatten"),
    ("write/deviceStatuses-10000", "graph-entity/full", "serde/skip-none", 1.05, "write vs plain serde"),
    ("write/windows10GeneralConfiguration-207", "graph-entity/full", "serde/skip-none", 1.05,
     "write vs plain serde"),
    ("patch/one-field-of-13", "graph-entity/changes_since", "serde/patch-struct-diff", 1.1,
     "changes_since vs hand-written patch struct (diffed)"),
    ("patch/one-field-of-13", "graph-entity/builder", "serde/patch-struct-set", 1.1,
     "patch builder vs hand-written patch struct (set)"),
    ("patch/one-field-of-13", "graph-entity/changes_since", "serde/value-diff", 0.3,
     "changes_since vs serde_json::Value diff"),
    ("patch/one-field-of-13", "graph-entity/builder", "serde/value-diff", 0.3, "patch builder vs Value diff"),
    ("body/update-13", "graph-entity/update_body", "serde/body-struct", 1.05,
     "update_body vs hand-written body struct"),
    ("datetime/parse-1000", "graph-entity/parse_datetime", "chrono/from_str (serde)", 0.67,
     "parse vs chrono's serde path"),
    ("datetime/parse-1000", "graph-entity/parse_datetime", "chrono/parse_from_rfc3339", None,
     "parse vs chrono's strict parser"),
    ("datetime/format-1000", "graph-entity/format_datetime", "chrono/to_rfc3339_opts (serde)", None,
     "format to a String vs chrono's (the derive writes without a String)"),
    ("datetime/read-partners-2000", "graph-entity/wire", "serde/chrono-serde", 0.67,
     "datetime-heavy read vs chrono's serde"),
    ("datetime/write-partners-2000", "graph-entity/wire", "serde/chrono-serde", 0.67,
     "datetime-heavy write vs chrono's serde"),
    ("flags/read-1000", "graph-entity/flags", "serde/string", 1.5, "read Flags<E> vs the same text as a String"),
    ("flags/write-1000", "graph-entity/flags", "serde/string", 1.5, "write Flags<E> vs the same text as a String"),
    ("batch/patches-10000", "graph-core/batch", "graph-core/single", 1.2,
     "10,000 patches as 500 $batch requests vs 10,000 single requests"),
    ("client/get", "graph-client/get", "reqwest/get", 1.1, "Client::get vs a bare reqwest call"),
]


def load(root):
    medians = {}
    for dirpath, _, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "benchmark.json" not in files:
            continue
        with open(os.path.join(dirpath, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(dirpath, "estimates.json")) as f:
            estimates = json.load(f)
        name = bench["function_id"] + ("/" + bench["value_str"] if bench.get("value_str") else "")
        medians[(bench["group_id"], name)] = estimates["median"]["point_estimate"]
    return medians


def human(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(os.path.dirname(__file__), "..", "target"))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(target, "criterion")
    medians = load(root)
    print("| group | ours | baseline | ours (median) | baseline (median) | ratio | goal | |")
    print("|---|---|---|---|---|---|---|---|")
    for group, ours, base, goal, what in ROWS:
        a, b = medians.get((group, ours)), medians.get((group, base))
        if a is None or b is None:
            print(f"| {group} | {ours} | {base} | | | not run | | {what} |")
            continue
        ratio = a / b
        verdict = "" if goal is None else ("met" if ratio <= goal else "**missed**")
        goal_text = "info" if goal is None else f"<= {goal}"
        print(f"| {group} | {ours} | {base} | {human(a)} | {human(b)} | {ratio:.2f} | {goal_text} {verdict} | {what} |")


if __name__ == "__main__":
    main()
