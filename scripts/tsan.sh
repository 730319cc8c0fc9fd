#!/usr/bin/env bash
# The threaded parts under ThreadSanitizer: the core, CLI, collector and delivery-client suites
# (the outbox writer thread, the collector's worker thread, their hand-offs to the caller).
# Any report fails the run. scripts/hardening.sh (so CI) runs it; the preset leaves out the
# widgets and the demo, which have no threads of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# TSAN_OPTIONS come from the tsan test preset. QtCore, QtNetwork and glib are not instrumented:
# ignore_noninstrumented_modules stops TSan judging their allocations, copies and system calls,
# which it cannot order; die_after_fork=0 lets QProcess fork from a multi-threaded test.

cmake --preset tsan >/dev/null
nice -n 10 cmake --build --preset tsan -j2
ctest --preset tsan -L 'core|cli|client|collector'
