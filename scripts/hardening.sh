#!/usr/bin/env bash
# The machine-checked reliability claims, after the regular suite: the whole test suite again
# under AddressSanitizer + UndefinedBehaviorSanitizer, the threaded suites under
# ThreadSanitizer, then a short run of every fuzzer (FEEDBACKKIT_FUZZ_SECONDS each, default 90;
# the four run at once, so each has half a core). For a longer fuzzing session:
#   build-fuzz/bin/fuzz_feedback -max_total_time=3600 build-fuzz/corpus-feedback tests/fuzz/corpus/feedback
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/stage.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if command -v ccache >/dev/null; then export CMAKE_CXX_COMPILER_LAUNCHER=ccache; fi
# Qt's own libraries are not instrumented; leaks inside them (fontconfig, OpenSSL) are theirs.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

cmake --preset asan >/dev/null
stage asan-build cmake --build --preset asan
stage asan-suite ctest --preset asan

# The threaded suites under ThreadSanitizer: it found a real race in the outbox hand-off.
stage tsan scripts/tsan.sh

cmake --preset fuzz -DFEEDBACKKIT_FUZZ_SECONDS="${FEEDBACKKIT_FUZZ_SECONDS:-90}" >/dev/null
stage fuzz-build cmake --build --preset fuzz
stage fuzz ctest --preset fuzz
