#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The pfsmon authors
# Fuzzing (CI, and by hand): builds the libFuzzer targets with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer (build-fuzz), then runs each
# for a bounded time over a scratch copy of its seed corpus and regression
# cases. Any crash, leak, timeout or broken invariant fails the run and leaves
# the input in build-fuzz/findings/.
#   .ci/fuzz.sh [--runs N] [--corpus DIR] [SECONDS_PER_TARGET] [TARGET...]
# (default 20 s, every target). --runs stops each target after N executions
# instead (a long campaign); --corpus keeps what each target learns in
# DIR/TARGET, so that a campaign can go on where the last one stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=()
keep=
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=(-runs="$2" -max_total_time=0); shift 2 ;;
    --corpus) keep=$2; shift 2 ;;
    *) break ;;
    esac
done
seconds=20
if [[ ${1:-} =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
# Inputs longer than this only slow a target down: every record form, frame
# and capture block fits many times over.
max_len=4096
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
    if [ -n "$keep" ]; then scratch=$keep/$target; mkdir -p "$scratch"; else scratch=$(mktemp -d); fi
    cp "$fuzzdir/corpus/$target"/* "$scratch"/
    if [ -d "$fuzzdir/regressions/$target" ]; then cp "$fuzzdir/regressions/$target"/* "$scratch"/; fi
    dict=()
    if [ -f "$fuzzdir/dict/$target.dict" ]; then dict=(-dict="$fuzzdir/dict/$target.dict"); fi
    echo "== fuzz_$target: ${runs[0]:-${seconds}s}"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/fuzz_$target" "$scratch" "${dict[@]}" -max_total_time="$seconds" "${runs[@]}" \
        -max_len=$max_len -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/$target-" \
        2>"$build/fuzz_$target.log"; then
        failed+=("$target")
        tail -n 40 "$build/fuzz_$target.log"
    fi
    grep -E '^(stat::number_of_executed_units|#[0-9]+ +DONE)' "$build/fuzz_$target.log" || true
    if [ -z "$keep" ]; then rm -rf "$scratch"; fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $findings/)" >&2
    exit 1
fi
echo "fuzzing: no finding in ${#targets[@]} targets, ${runs[0]:-${seconds}s} each"
