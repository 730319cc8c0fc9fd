#!/usr/bin/env bash
# Builds FeedbackKit with its benchmarks, runs every one of them on this machine and writes
# docs/benchmarks.md: each figure with its goal, the machine and the command that produced it.
# Takes a few minutes; timings are noisy on small machines, so Google Benchmarks run several
# repetitions and the table shows their median.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
out=build/benchmarks
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen

for bench in feedbackkit-bench-core feedbackkit-bench-capture feedbackkit-bench-delegate \
    feedbackkit-bench-bars; do
    [ -x "build/bin/$bench" ] || continue
    echo "running $bench"
    "build/bin/$bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
        --benchmark_format=json --benchmark_out="$out/$bench.json" --benchmark_out_format=json >/dev/null
done

# One delivery run against a fresh loopback collector (a collector that has already stored
# earlier runs' events is slower); the collector's own CPU time is added to the figures, to show
# that it is not the bottleneck.
delivery_run() {
    local url_file collector url before after
    # The disk writes of the programs before (the capture benchmark's outboxes) are flushed
    # first: the kernel's write-back would otherwise compete with this run for CPU and disk.
    sync
    url_file=$(mktemp)
    build/bin/feedbackkit-collector --listen 127.0.0.1:0 --db :memory: >"$url_file" &
    collector=$!
    for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
    url=$(head -n 1 "$url_file")
    before=$(awk '{print $14 + $15}' "/proc/$collector/stat")
    build/bin/feedbackkit-bench-delivery --url "$url" --items 100000 --targets 25000 >"$url_file.json" || true
    after=$(awk '{print $14 + $15}' "/proc/$collector/stat")
    kill "$collector"
    wait "$collector" 2>/dev/null || true
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); r["collector_cpu_ms"] = int(sys.argv[2]) * 1000 // int(sys.argv[3]); print(json.dumps(r))' \
        "$url_file.json" "$((after - before))" "$(getconf CLK_TCK)"
    rm -f "$url_file" "$url_file.json"
}

if [ -x build/bin/feedbackkit-bench-delivery ]; then
    echo "running feedbackkit-bench-delivery against a loopback collector"
    rm -f "$out/delivery.jsonl"
    for _ in 1 2 3 4 5; do
        delivery_run >>"$out/delivery.jsonl"
    done
fi

if [ -x build/bin/feedbackkit-bench-quick-list ]; then
    echo "running feedbackkit-bench-quick-list"
    rm -f "$out/quick-list.jsonl"
    for _ in 1 2 3 4 5; do
        build/bin/feedbackkit-bench-quick-list 2>/dev/null >>"$out/quick-list.jsonl" || true
    done
fi

python3 scripts/benchmarks_table.py "$out" > docs/benchmarks.md
echo "wrote docs/benchmarks.md"
