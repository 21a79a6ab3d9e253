#!/usr/bin/env bash
# The performance suite, side by side with its baselines: prints one table of ratios
# (ours / baseline) and the machine it ran on, and saves it to target/bench-table.md.
#
#   scripts/bench.sh            the full run (several minutes on 2 cores)
#   scripts/bench.sh --smoke    every benchmark for a few iterations: proves the suite builds and runs
#
# Take final figures when the machine is otherwise idle (see the load average it prints); the
# ratios compare candidates measured in the same run, alternately.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
mode=()
if [ "${1:-}" = --smoke ]; then
    mode=(--smoke)
fi
started=$(date +%s)

echo "building the bench binaries" >&2
cargo bench -p aliyun-rpc-benches --no-run --quiet 2>&1 | grep -v '^ *Executable' >&2 || true

table=target/bench-table.md
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT
cargo bench -p aliyun-rpc-benches --quiet --bench suite -- "${mode[@]}" >>"$rows"
bash scripts/compile-cost-row.sh "${mode[@]}" >>"$rows"
cargo bench -p aliyun-rpc-benches --quiet --bench renewal -- "${mode[@]}" >>"$rows"
cargo bench -p aliyun-rpc-benches --quiet --bench pacing -- "${mode[@]}" >>"$rows"
# The cold builds of two programs (minutes on 2 cores for the AWS one): full runs only.
if [ "${#mode[@]}" -eq 0 ]; then
    bash scripts/footprint.sh >>"$rows"
fi

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
{
    echo "Machine: $(uname -a)"
    echo "CPUs: $(nproc) × ${cpu:-unknown}; $(rustc --version); load average at the end:$(uptime | sed 's/.*load average://')"
    echo "Command: scripts/bench.sh ${mode[*]:-}"
    echo
    echo "| benchmark | ours | baseline | ours / baseline | target | |"
    echo "|---|---|---|---|---|---|"
    grep '^|' "$rows"
} | tee "$table"
echo >&2
echo "suite ran in $(($(date +%s) - started)) s; table saved to $table" >&2
