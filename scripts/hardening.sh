#!/usr/bin/env bash
# The machine-checked reliability claims, after the regular suite: the whole test suite again
# under AddressSanitizer + UndefinedBehaviorSanitizer, the threaded suites under
# ThreadSanitizer, then a short run of every fuzzer
# (FEEDBACKKIT_FUZZ_SECONDS each, default 60). For a longer fuzzing session:
#   build-fuzz/bin/fuzz_feedback -max_total_time=3600 build-fuzz/corpus-feedback tests/fuzz/corpus/feedback
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
# Qt's own libraries are not instrumented; leaks inside them (fontconfig, OpenSSL) are theirs.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

# The threaded suites under ThreadSanitizer: it found a real race in the outbox hand-off.
scripts/tsan.sh

cmake --preset fuzz -DFEEDBACKKIT_FUZZ_SECONDS="${FEEDBACKKIT_FUZZ_SECONDS:-60}" >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz
