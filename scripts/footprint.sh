#!/usr/bin/env bash
# Footprint of a program making one Domain call: aliyun-rpc + domain-api (one QueryDomainList)
# beside aws-sdk-route53domains + aws-config (one ListDomains), each in benches/footprint/ with
# its own lock file, built from cold in one run: wall and CPU time of the release build, peak
# memory of the build's largest process (rustc or linker), crates in the dependency tree,
# release binary size.
# Prints the rows of the ratio table (aliyun / aws; target ≤ 0.5 each).
#
#   scripts/footprint.sh            both programs (the AWS one takes minutes on 2 cores)
#   scripts/footprint.sh --smoke    the aliyun program only, no ratios
#
# Not for CI: the cold AWS build is far too slow. Sources are fetched before the clock starts.
# Run it on an otherwise idle machine; the load average is printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
programs=(aliyun aws)
if [ "${1:-}" = --smoke ]; then
    programs=(aliyun)
fi
out=$root/target/footprint
mkdir -p "$out"

declare -A wall cpu rss crates size
for name in "${programs[@]}"; do
    manifest=$root/benches/footprint/$name/Cargo.toml
    target=$out/$name
    rm -rf "$target"
    cargo fetch --locked --manifest-path "$manifest" --quiet
    echo "footprint: building $name from cold" >&2
    /usr/bin/time -v -o "$out/$name.time" \
        cargo build --release --locked --quiet --manifest-path "$manifest" --target-dir "$target"
    wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$out/$name.time")
    cpu[$name]=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$out/$name.time")
    # The largest single process of the build: a rustc (or a linker) at its peak.
    rss[$name]=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/$name.time")
    crates[$name]=$(cargo tree --locked --manifest-path "$manifest" -e normal --prefix none --format '{p}' \
        | sed 's/ (\*)$//; s/ (proc-macro)$//' | sort -u | wc -l)
    size[$name]=$(stat -c %s "$target/release/footprint-$name")
done

row() {
    local label=$1 unit=$2 a=$3 b=${4:-}
    if [ -z "$b" ]; then
        printf '| g. footprint: %s | %s %s | — | — | — | |\n' "$label" "$a" "$unit"
        return
    fi
    local ratio verdict
    ratio=$(echo "$a / $b" | bc -l)
    verdict=$(echo "$ratio <= 0.5" | bc -l | sed 's/1/met/; s/0/**missed**/')
    printf '| g. footprint: %s (vs aws-sdk-route53domains + aws-config) | %s %s | %s %s | %.2f | ≤ 0.5 | %s |\n' \
        "$label" "$a" "$unit" "$b" "$unit" "$ratio" "$verdict"
}
mib() { echo "scale=1; $1 / 1024" | bc -l; }
mib_bytes() { echo "scale=2; $1 / 1048576" | bc -l; }
b=aws
[ "${#programs[@]}" -eq 2 ] || b=
row "cold release build, wall time" s "${wall[aliyun]}" "${b:+${wall[aws]}}"
row "cold release build, CPU time" s "${cpu[aliyun]}" "${b:+${cpu[aws]}}"
row "peak memory of the build's largest process, rustc or linker" MiB "$(mib "${rss[aliyun]}")" "${b:+$(mib "${rss[aws]}")}"
row "crates in the dependency tree (normal edges)" "" "${crates[aliyun]}" "${b:+${crates[aws]}}"
row "release binary size" MiB "$(mib_bytes "${size[aliyun]}")" "${b:+$(mib_bytes "${size[aws]}")}"
echo "footprint: load average at the end:$(uptime | sed 's/.*load average://')" >&2
