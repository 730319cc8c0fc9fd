#!/usr/bin/env bash
# Runs two builds' benchmarks side by side: the delivery benchmark (100,000 items over 25,000
# targets against a fresh loopback collector) and the capture benchmark, alternating the builds
# run after run so that the machine's drift falls on both alike, then prints the medians.
#
#   scripts/compare-benchmarks.sh OLD_BUILD_DIR NEW_BUILD_DIR [RUNS]
#
# Each build dir needs bin/feedbackkit-collector (the collector of NEW is used for both),
# bin/feedbackkit-bench-delivery and, for the capture figures, bin/feedbackkit-bench-capture.
set -euo pipefail
old=$1
new=$2
runs=${3:-5}
collector="$new/bin/feedbackkit-collector"
out=$(mktemp -d)
export QT_QPA_PLATFORM=offscreen

delivery_run() { # build label
    local url_file pid url
    sync
    url_file=$(mktemp)
    "$collector" --listen 127.0.0.1:0 --db :memory: >"$url_file" &
    pid=$!
    for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
    url=$(head -n 1 "$url_file")
    "$1/bin/feedbackkit-bench-delivery" --url "$url" --items 100000 --targets 25000 \
        >>"$out/delivery-$2.jsonl" || echo "delivery run of $2 failed" >&2
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -f "$url_file"
}

capture_run() { # build label
    [ -x "$1/bin/feedbackkit-bench-capture" ] || return 0
    "$1/bin/feedbackkit-bench-capture" \
        --benchmark_format=json 2>/dev/null >"$out/capture-$2-$3.json" || true
}

for run in $(seq "$runs"); do
    echo "run $run of $runs" >&2
    delivery_run "$old" old
    delivery_run "$new" new
    capture_run "$old" old "$run"
    capture_run "$new" new "$run"
done

python3 - "$out" <<'EOF'
import glob, json, statistics, sys
out = sys.argv[1]
def median(values):
    return statistics.median(values) if values else float('nan')
print("| figure | old | new | new / old |")
print("|---|---|---|---|")
rows = {}
for label in ("old", "new"):
    runs = [json.loads(line) for line in open(f"{out}/delivery-{label}.jsonl") if line.strip()]
    for key in ("wall_ms", "cpu_ms", "writer_cpu_ms", "peak_rss_mb", "capture_median_us",
                "capture_p99_us", "lost"):
        rows.setdefault(key, {})[label] = median([r[key] for r in runs])
    captures = {}
    for path in glob.glob(f"{out}/capture-{label}-*.json"):
        for b in json.load(open(path)).get("benchmarks", []):
            for counter in ("median_us", "p99_us"):
                if counter in b:
                    captures.setdefault(f"{b['name']} {counter}", []).append(b[counter])
    for key, values in captures.items():
        rows.setdefault(key, {})[label] = median(values)
for key, pair in rows.items():
    o, n = pair.get("old", float('nan')), pair.get("new", float('nan'))
    ratio = f"{n / o:.3f}" if o else "-"
    print(f"| {key} | {o:g} | {n:g} | {ratio} |")
EOF
rm -rf "$out"
