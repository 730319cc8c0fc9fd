#!/usr/bin/env bash
# Runs a program where a screen reader would see it, and a pyatspi checker against it:
#   Xvfb (a free display, found with -displayfd), a private D-Bus session (dbus-run-session),
#   the AT-SPI bus (at-spi-bus-launcher --launch-immediately), a feedbackkit-collector on
#   loopback with an API key, the program on the xcb platform with
#   QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, then the checker. Exits with the checker's status.
#
# Usage: run-atspi-test.sh --collector PATH --checker FILE [--python PATH] [--xvfb PATH]
#            [--bus-launcher PATH] [--wait-ready] [--timeout SECONDS] -- PROGRAM ARGS...
#   In ARGS, @COLLECTOR_URL@ and @API_KEY@ become the collector's base URL and API key (the
#   program also gets HH_API_KEY). --wait-ready waits for the program to print "ready".
#   The checker gets ATSPI_APP_PID, ATSPI_APP_STDOUT (the program's output so far, a file),
#   ATSPI_COLLECTOR_URL and ATSPI_API_KEY.
#
# Every wait is bounded; whatever happens, everything started here is stopped (trap), and the
# logs of the collector and the program are printed when the checker fails.
set -uo pipefail

collector=""
checker=""
python=/usr/bin/python3
xvfb=Xvfb
bus_launcher=/usr/libexec/at-spi-bus-launcher
wait_ready=0
timeout_s=40

inner_main() {
    # Inside dbus-run-session: DBUS_SESSION_BUS_ADDRESS is the private session bus.
    local pids=()
    # shellcheck disable=SC2317  # called by the trap
    stop_inner() {
        local pid
        for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
        for pid in "${pids[@]}"; do
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null
        done
    }
    trap stop_inner EXIT

    "$bus_launcher" --launch-immediately >"$work/bus.log" 2>&1 &
    pids+=($!)
    wait_for "the AT-SPI bus" 10 bus_is_up || return 3

    local key
    key="atspi-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    "$collector" --listen 127.0.0.1:0 --db :memory: --api-key "$key" \
        >"$work/collector.out" 2>"$work/collector.err" &
    pids+=($!)
    wait_for "the collector's URL" 10 test -s "$work/collector.out" || return 3
    local url
    url=$(head -n1 "$work/collector.out")

    local args=() arg
    for arg in "${program[@]}"; do
        arg=${arg//@COLLECTOR_URL@/$url}
        args+=("${arg//@API_KEY@/$key}")
    done
    HH_API_KEY="$key" QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 \
        "${args[@]}" >"$work/program.out" 2>"$work/program.err" &
    local app=$!
    pids+=("$app")
    if [ "$wait_ready" = 1 ]; then
        wait_for "the program's \"ready\"" 15 grep -qx ready "$work/program.out" || return 3
    fi

    # No __pycache__ in the source tree.
    PYTHONDONTWRITEBYTECODE=1 ATSPI_APP_PID=$app ATSPI_APP_STDOUT="$work/program.out" \
        ATSPI_COLLECTOR_URL="$url" ATSPI_API_KEY="$key" timeout --foreground -k 2 "$timeout_s" "$python" "$checker"
}

# shellcheck disable=SC2317  # called through wait_for
bus_is_up() {
    # The launcher owns org.a11y.Bus on the session bus once the accessibility bus runs.
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1
}

# wait_for WHAT SECONDS COMMAND...: polls COMMAND every 0.1 s; fails with a message on timeout.
wait_for() {
    local what=$1 seconds=$2
    shift 2
    local tries=$((seconds * 10))
    while [ $tries -gt 0 ]; do
        "$@" && return 0
        if [ -n "${app:-}" ] && ! kill -0 "$app" 2>/dev/null; then
            echo "FAIL run-atspi-test: the program exited while waiting for $what" >&2
            return 1
        fi
        sleep 0.1
        tries=$((tries - 1))
    done
    echo "FAIL run-atspi-test: no $what within ${seconds} s" >&2
    return 1
}

show_logs() {
    local log
    for log in dbus.log bus.log collector.err program.out program.err xvfb.log; do
        [ -s "$work/$log" ] || continue
        echo "---- $log (last 40 lines)"
        tail -n 40 "$work/$log"
    done
}

if [ "${ATSPI_INNER:-}" = 1 ]; then
    # Re-entered by dbus-run-session below; the settings come through the environment.
    collector=$ATSPI_COLLECTOR checker=$ATSPI_CHECKER python=$ATSPI_PYTHON
    bus_launcher=$ATSPI_BUS_LAUNCHER wait_ready=$ATSPI_WAIT_READY timeout_s=$ATSPI_TIMEOUT
    work=$ATSPI_WORK
    program=("$@")
    # The session bus logs to dbus.log; the checker and this script write to the caller's stderr.
    exec 2>&4 4>&-
    inner_main
    exit $?
fi

while [ $# -gt 0 ]; do
    case $1 in
    --collector) collector=$2; shift 2 ;;
    --checker) checker=$2; shift 2 ;;
    --python) python=$2; shift 2 ;;
    --xvfb) xvfb=$2; shift 2 ;;
    --bus-launcher) bus_launcher=$2; shift 2 ;;
    --wait-ready) wait_ready=1; shift ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "run-atspi-test: unknown option $1" >&2; exit 2 ;;
    esac
done
if [ -z "$collector" ] || [ -z "$checker" ] || [ $# -eq 0 ]; then
    echo "usage: $0 --collector PATH --checker FILE [options] -- PROGRAM ARGS..." >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/feedbackkit-atspi.XXXXXX")
xvfb_pid=""
session_pid=""
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    local pid
    # The session's process group holds the bus, the launcher, the collector and the program.
    [ -n "$session_pid" ] && kill -TERM -- "-$session_pid" 2>/dev/null
    for pid in $session_pid $xvfb_pid; do
        kill "$pid" 2>/dev/null
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null
    done
    [ -n "$session_pid" ] && kill -KILL -- "-$session_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A display nobody uses: Xvfb picks it and writes its number to the descriptor.
"$xvfb" -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
wait_for "display from Xvfb" 10 test -s "$work/display" || { show_logs; exit 3; }
DISPLAY=":$(tr -dc '0-9' <"$work/display")"
export DISPLAY

# Nothing of the user's: settings, data, outboxes and runtime files live in the work folder.
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
unset HH_API_KEY HH_API_URL HH_PROJECT DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS NO_AT_BRIDGE

ATSPI_INNER=1 ATSPI_COLLECTOR=$collector ATSPI_CHECKER=$checker ATSPI_PYTHON=$python \
    ATSPI_BUS_LAUNCHER=$bus_launcher ATSPI_WAIT_READY=$wait_ready ATSPI_TIMEOUT=$timeout_s \
    ATSPI_WORK=$work \
    setsid -w timeout -k 2 $((timeout_s + 10)) dbus-run-session -- "$(readlink -f "$0")" "$@" 4>&2 2>"$work/dbus.log" &
session_pid=$!
wait "$session_pid"
status=$?
[ $status -eq 0 ] || show_logs
if [ $status -eq 124 ] || [ $status -eq 137 ]; then
    echo "FAIL run-atspi-test: the checker (limit ${timeout_s} s) or the session (limit $((timeout_s + 10)) s) timed out"
fi
exit $status
