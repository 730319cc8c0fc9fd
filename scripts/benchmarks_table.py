#!/usr/bin/env python3
"""Renders the results collected by run-benchmarks.sh as docs/benchmarks.md (stdout)."""
import json
import os
import platform
import re
import statistics
import subprocess
import sys

# name pattern -> (figure shown, goal text, check(value) -> bool)
GOALS = [
    (r"BM_Capture.*", "median_us", "capture call median ≤ 2 µs", lambda v: v <= 2.0),
    (r"BM_Capture.*", "p99_us", "capture call p99 ≤ 15 µs", lambda v: v <= 15.0),
    (r"BM_DelegatePaint40Rows.*", "real_time_us", "40-row viewport paint median ≤ 2 ms", lambda v: v <= 2000),
    (r"BM_PaintViewport.*", "real_time_us", "40-row viewport paint median ≤ 2 ms", lambda v: v <= 2000),
    # Two signals an iteration (accepted, delivered), whatever the number of bars alive.
    (r"BM_AcceptedThenDelivered.*", "real_time_us", "accepted + delivered ≤ 4 µs at any bar count",
     lambda v: v <= 4.0),
]


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def to_us(value, unit):
    return value * {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}[unit]


def google_rows(path):
    with open(path) as handle:
        data = json.load(handle)
    rows = []
    for bench in data["benchmarks"]:
        if bench.get("aggregate_name") not in (None, "median"):
            continue
        name = bench["run_name"] if "run_name" in bench else bench["name"]
        figures = {"real_time_us": to_us(bench["real_time"], bench["time_unit"])}
        for key in ("median_us", "p99_us", "max_us"):
            if key in bench:
                figures[key] = bench[key]
        rows.append((name, figures))
    return rows


def goal_for(name, figure):
    for pattern, key, text, check in GOALS:
        if key == figure and re.fullmatch(pattern, name):
            return text, check
    return "", None


def render_google(results_dir):
    lines = ["| program | benchmark | figure | median of 5 | goal | met |", "|---|---|---|---|---|---|"]
    for file in sorted(os.listdir(results_dir)):
        if not file.endswith(".json"):
            continue
        program = file[:-5]
        for name, figures in google_rows(os.path.join(results_dir, file)):
            for figure, value in figures.items():
                goal, check = goal_for(name, figure)
                met = "" if check is None else ("yes" if check(value) else "**no**")
                lines.append(f"| {program} | `{name}` | {figure} | {value:,.3f} µs | {goal} | {met} |")
    return lines


DELIVERY_GOALS = {"wall_ms": 2200, "cpu_ms": 1100, "peak_rss_mb": 60, "lost": 0}


def render_runs(results_dir, file_name, title, description, goals):
    """A table of the median of every figure over the runs in file_name (one JSON object a line)."""
    path = os.path.join(results_dir, file_name)
    if not os.path.exists(path):
        return []
    with open(path) as handle:
        runs = [json.loads(line) for line in handle if line.strip().startswith("{")]
    if not runs:
        return []
    lines = ["", f"### End to end: `{title}`", "", f"{description}; median of {len(runs)} runs.", "",
             "| figure | median | goal | met |", "|---|---|---|---|"]
    for key in runs[0]:
        values = [run[key] for run in runs if isinstance(run.get(key), (int, float))]
        if not values:
            continue
        median = statistics.median(values)
        goal = goals.get(key)
        met = "" if goal is None else ("yes" if median <= goal else "**no**")
        lines.append(f"| {key} | {median:,.2f} | {'' if goal is None else f'≤ {goal:,}'} | {met} |")
    return lines


def render_delivery(results_dir):
    return render_runs(
        results_dir, "delivery.jsonl", "feedbackkit-bench-delivery",
        "`build/bin/feedbackkit-bench-delivery --url URL --items 100000 --targets 25000` against "
        "a fresh `feedbackkit-collector --db :memory:` on loopback for each run, after a `sync`. "
        "`collector_cpu_ms` is the collector's own CPU time", DELIVERY_GOALS)


def render_quick_list(results_dir):
    # A frame at 60 Hz has 16.7 ms.
    return render_runs(
        results_dir, "quick-list.jsonl", "feedbackkit-bench-quick-list",
        "A Qt Quick `ListView` of 100,000 answers with a `FeedbackBar` each, scrolled 120 px a "
        "frame and jumped anywhere, every frame made, bound and rendered offscreen (software "
        "renderer)", {"frame_median_ms": 16.7, "frame_p99_ms": 16.7})


def main():
    results_dir = sys.argv[1]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = ["# Benchmarks", "",
           f"Machine: {machine()}. Commit {commit}. Produced by `scripts/run-benchmarks.sh`, which builds the",
           "default preset (RelWithDebInfo) and runs every benchmark program; timings on a small shared",
           "machine are noisy, so each Google Benchmark runs 5 repetitions and the table shows the median.", "",
           "### Google Benchmark programs", ""]
    out += render_google(results_dir)
    out += render_delivery(results_dir)
    out += render_quick_list(results_dir)
    print("\n".join(out))


if __name__ == "__main__":
    main()
