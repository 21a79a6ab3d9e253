#!/usr/bin/env bash
# The signing rows of the bench suite, before and after a change, in one run: builds the suite at
# REV (in a temporary git worktree with its own target dir) and at the working tree, then runs
# the two binaries alternately, ROUNDS times each, and prints every row of both beside each other.
# Each row's ratio is against the hand-written floor measured in the same process, so the two
# columns compare like with like; alternating spreads any drift of the machine over both.
#
#   scripts/bench-before-after.sh REV [FILTER] [ROUNDS]
#   scripts/bench-before-after.sh 880c028 "a. build" 3
#
# Take figures on an otherwise idle machine (the load average is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: scripts/bench-before-after.sh REV [FILTER] [ROUNDS]}
filter=${2:-a. build}
rounds=${3:-3}
export CARGO_TERM_COLOR=never
base=target/bench-before/$(git rev-parse --short "$rev")
if [ ! -d "$base" ]; then
    mkdir -p target/bench-before
    git worktree add --detach "$base" "$rev" >&2
fi
echo "building the suite at $rev and at the working tree" >&2
# The REV checkout reads ../shared like the main checkout does when it has one.
(cd "$base" && cargo bench -p aliyun-rpc-benches --bench suite --no-run --quiet) >&2
cargo bench -p aliyun-rpc-benches --bench suite --no-run --quiet >&2
run() { (cd "$1" && cargo bench -p aliyun-rpc-benches --quiet --bench suite -- "$filter"); }
before=$(mktemp) after=$(mktemp)
trap 'rm -f "$before" "$after"' EXIT
for round in $(seq "$rounds"); do
    echo "round $round of $rounds" >&2
    run "$base" >>"$before"
    run . >>"$after"
done
echo "Machine: $(nproc) CPUs; $(rustc --version); load average at the end:$(uptime | sed 's/.*load average://')"
echo "Command: scripts/bench-before-after.sh $rev \"$filter\" $rounds  (before = $rev, after = $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'))"
echo
echo "| benchmark | before: ours / floor | after: ours / floor |"
echo "|---|---|---|"
# Rows look like `| name | ours | baseline | ratio | target | verdict |`: keep name and ratio.
python3 - "$before" "$after" <<'PY'
import statistics, sys
def rows(path):
    out = {}
    for line in open(path):
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) >= 4:
            try:
                out.setdefault(cells[0], []).append(float(cells[3]))
            except ValueError:
                pass
    return out
before, after = rows(sys.argv[1]), rows(sys.argv[2])
# Rows of either side, in the order they came (a row new in the change has no "before").
for name in list(before) + [name for name in after if name not in before]:
    b, a = before.get(name, []), after.get(name, [])
    fmt = lambda xs: "%.2f (runs %s)" % (statistics.median(xs), ", ".join("%.2f" % x for x in xs)) if xs else "—"
    print("| %s | %s | %s |" % (name, fmt(b), fmt(a)))
PY
