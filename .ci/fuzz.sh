#!/usr/bin/env bash
# Fuzzing (CI, and by hand): builds the libFuzzer targets with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (build-fuzz), then runs each
# for a bounded time over a scratch copy of its seed corpus and regression
# cases. Any crash, leak, timeout or broken invariant fails the run and leaves
# the input in build-fuzz/findings/.
#   .ci/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 20 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
build=build-fuzz
fuzzdir=tests/fuzz

CXX=clang++ cmake -S . -B "$build" -G Ninja -DPFSMON_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER="$(command -v ccache || true)" >/dev/null
cmake --build "$build" --parallel 2 --target pfsmon_fuzz

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for dir in "$fuzzdir"/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

findings="$build/findings"
mkdir -p "$findings"
failed=()
for target in "${targets[@]}"; do
    scratch=$(mktemp -d)
    cp "$fuzzdir/corpus/$target"/* "$scratch"/
    if [ -d "$fuzzdir/regressions/$target" ]; then cp "$fuzzdir/regressions/$target"/* "$scratch"/; fi
    dict=()
    if [ -f "$fuzzdir/dict/$target.dict" ]; then dict=(-dict="$fuzzdir/dict/$target.dict"); fi
    echo "== fuzz_$target: ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/fuzz_$target" "$scratch" "${dict[@]}" -max_total_time="$seconds" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/$target-" \
        2>"$build/fuzz_$target.log"; then
        failed+=("$target")
        tail -n 40 "$build/fuzz_$target.log"
    fi
    grep -E '^(stat::number_of_executed_units|#[0-9]+ +DONE)' "$build/fuzz_$target.log" || true
    rm -rf "$scratch"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $findings/)" >&2
    exit 1
fi
echo "fuzzing: no finding in ${#targets[@]} targets, ${seconds}s each"
