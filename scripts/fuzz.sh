#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ for a bounded time and reports, per target, the executions and
# the crashes found, then a closing line `N passed, M failed` (a target passes if it found no
# crash). Exits non-zero when any target crashed, hung or ran out of memory.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      default 30
#
# The fuzzer is cargo-fuzz (libFuzzer through libfuzzer-sys) with `--sanitizer none`, which needs
# no nightly flag and so builds on the stable toolchain. The targets' code is safe Rust
# (`forbid(unsafe_code)`), so AddressSanitizer would add little but halve the speed; panics,
# arithmetic overflow (debug assertions are on), per-input timeouts and memory limits are what
# is checked. cargo-fuzz is installed from crates.io at a pinned version when missing.
#
# Seeds: fuzz/seeds/<target>/ (a few, committed) plus seeds generated from specs/ by
# fuzz/gen_seeds.py into fuzz/corpus/<target>/, which also keeps what the fuzzer finds between
# runs (git-ignored). A crashing input is kept in fuzz/artifacts/<target>/ and printed in hex.
set -euo pipefail

SECONDS_PER_TARGET="${1:-30}"
CARGO_FUZZ_VERSION="0.13.2"
TARGETS=(decode_response emulator_request emulator_v1 emulator_v3)
# libFuzzer limits: an input taking over 10 s is a hang; one allocation over 256 MiB, or more
# than 2 GiB resident, is an unbounded allocation (inputs are at most a few hundred KiB).
LIBFUZZER_FLAGS=(-timeout=10 -malloc_limit_mb=256 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1)
BUILD_FLAGS=(--sanitizer none --debug-assertions)
# A build directory kept outside a fresh clone (CI) saves the cold build: FUZZ_TARGET_DIR=/path.
if [ -n "${FUZZ_TARGET_DIR:-}" ]; then
    BUILD_FLAGS+=(--target-dir "$FUZZ_TARGET_DIR")
fi

if ! [[ "$SECONDS_PER_TARGET" =~ ^[0-9]+$ ]] || [ "$SECONDS_PER_TARGET" -lt 1 ]; then
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root/fuzz"

if ! cargo fuzz --version 2>/dev/null | grep -q "cargo-fuzz ${CARGO_FUZZ_VERSION}\b"; then
    echo "== installing cargo-fuzz ${CARGO_FUZZ_VERSION}"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

echo "== building the fuzz targets"
build_start=$SECONDS
cargo fuzz build "${BUILD_FLAGS[@]}"
echo "build took $((SECONDS - build_start)) s"

echo "== generating seeds from specs/"
python3 gen_seeds.py corpus

passed=0
failed=0
summary=()
for target in "${TARGETS[@]}"; do
    echo "== fuzzing $target for ${SECONDS_PER_TARGET} s"
    mkdir -p "corpus/$target" "artifacts/$target"
    rm -f "artifacts/$target"/*
    log="$(mktemp)"
    status=0
    cargo fuzz run "${BUILD_FLAGS[@]}" "$target" "corpus/$target" "seeds/$target" -- \
        "${LIBFUZZER_FLAGS[@]}" -max_total_time="$SECONDS_PER_TARGET" >"$log" 2>&1 || status=$?
    executions="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)"
    if [ -z "$executions" ]; then
        # A crash ends the run before the final statistics: take the last progress line.
        executions="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)"
    fi
    crashes=$(find "artifacts/$target" -type f | wc -l)
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes=1 # the fuzzer failed without leaving an input (e.g. the build broke)
    fi
    if [ "$crashes" -eq 0 ]; then
        passed=$((passed + 1))
        verdict="passed"
    else
        failed=$((failed + 1))
        verdict="FAILED"
        tail -n 40 "$log"
        for artifact in "artifacts/$target"/*; do
            [ -f "$artifact" ] || continue
            echo "-- $artifact ($(wc -c <"$artifact") bytes), first 256 bytes:"
            head -c 256 "$artifact" | od -An -c | head -n 20
        done
    fi
    rm -f "$log"
    line="$target: ${executions:-0} executions, $crashes crashes, $verdict"
    echo "$line"
    summary+=("$line")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
