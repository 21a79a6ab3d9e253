#!/usr/bin/env bash
# Compile cost of the derive at the scale of domain-api (issue 11, "Performance and size"), in one
# run, as a markdown table on stdout (also saved to target/compile-cost.md):
#
# - domain-api itself, all its actions and the rest of its code: a cold build of the crate
#   (its dependencies already built) and an incremental one after touching an action's file;
# - the declarations alone, side by side: every struct and enum of domain-api/src/*.rs deriving
#   `Rpc`, `RpcParams` or `RpcValue` (and the macros that declare some), extracted twice into
#   throwaway crates: once as they are, once as plain serde (the `rpc` attributes stripped,
#   `serde::Serialize` derived instead, field types kept), cold and incremental, in total and
#   per action.
#
#   scripts/compile-cost.sh        (COMPILE_COST_REPS=n for the median of n builds; default 1)
#
# With COMPILE_COST_INSTRUCTIONS=1 (and valgrind installed) it also counts the instructions rustc
# executes for each build of the declarations, under cachegrind: the same rustc command cargo
# runs, with fresh output and incremental directories. Unlike wall time, which moves by some 5 %
# between runs on a shared machine, the count repeats to a few parts in a thousand.
#
# It reads whatever actions domain-api declares, so it needs no change as actions are added.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
reps=${COMPILE_COST_REPS:-1}
work=$root/target/compile-cost-domain
export CARGO_TARGET_DIR=$root/target CARGO_PROFILE_DEV_DEBUG=false CARGO_TERM_COLOR=never
rm -rf "$work"
mkdir -p "$work/derived/src" "$work/plain/src"
cp Cargo.lock "$work/Cargo.lock"
printf '[workspace]\nresolver = "3"\nmembers = ["derived", "plain"]\n' > "$work/Cargo.toml"
for crate in derived plain; do
    printf '[package]\nname = "compile-cost-domain-%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }\naliyun-rpc = { path = "%s/aliyun-rpc" }\n' \
        "$crate" "$root" > "$work/$crate/Cargo.toml"
done

# The extraction: brace-matched top-level items, rewritten by text (the declarations follow the
# workspace's formatting, which `cargo fmt` enforces).
actions=$(python3 - "$root/domain-api/src" "$work" <<'PY'
import pathlib, re, sys

src, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
DERIVED = re.compile(r"^\s*#\[derive\([^)]*\b(?:aliyun_rpc::)?Rpc(?:Params|Value)?\b[^)]*\)\]", re.M)
SERIALIZED = re.compile(r"^#\[derive\([^)]*\bSerialize\b[^)]*\)\]", re.M)

def items(text):
    """Top-level items with their attributes and doc comments, as text."""
    lines, out, start, depth = text.split("\n"), [], None, 0
    for number, line in enumerate(lines):
        if start is None:
            if line.startswith(("#[", "///", "pub ", "struct ", "enum ", "macro_rules!")) or re.match(r"^[a-z_]+!\(", line):
                start = number
            else:
                continue
        depth += line.count("{") + line.count("(") - line.count("}") - line.count(")")
        ended = depth == 0 and (line.rstrip().endswith(("}", ");", ";")) and not line.startswith(("#[", "///")))
        if ended:
            out.append("\n".join(lines[start:number + 1]))
            start = None
    return out

def rpc_attrs(text, rewrite):
    """Applies `rewrite` to every `#[rpc(...)]` attribute (which may span lines)."""
    out, at = [], 0
    while (found := text.find("#[rpc(", at)) >= 0:
        depth, end = 0, found + 1
        while True:
            depth += {"[": 1, "(": 1, "]": -1, ")": -1}.get(text[end], 0)
            end += 1
            if depth == 0:
                break
        out.append(text[at:found] + rewrite(text[found:end]))
        at = end
    return "".join(out) + text[at:]

def derived(item):
    # Responses and `validate` functions are not extracted, so the keys naming them go, and
    # with them the paging keys (a paged action needs its response type).
    def strip(attr):
        attr = re.sub(r"\s*\b(response|validate)\s*=\s*[A-Za-z_:][A-Za-z0-9_:<>]*\s*,?", "", attr)
        attr = re.sub(r"\s*\b(page_number|next_token)\b\s*,?", "", attr)
        attr = re.sub(r",\s*\)\]$", ")]", attr)
        return "" if attr.replace(" ", "").replace("\n", "") == "#[rpc()]" else attr
    return rpc_attrs(item, strip)

def plain(item):
    item = rpc_attrs(item, lambda attr: "")
    return re.sub(r"\b(?:aliyun_rpc::)?Rpc(?:Params|Value)?\b(?=[,)])", "::serde::Serialize", item)

# Tests are left out; a macro that declares actions is kept with its invocations.
texts = [path.read_text().split("#[cfg(test)]")[0] for path in sorted(src.glob("*.rs"))]
macros = {name for text in texts for name in re.findall(r"macro_rules!\s*(\w+)", text)}
kept = []
for text in texts:
    for item in items(text):
        invocation = re.match(r"^(\w+)!\(", item)
        defines = re.search(r"^macro_rules!\s*(\w+)", item, re.M)
        # Parameter types written as JSON text (`#[rpc(json)]`) derive `serde::Serialize`.
        if DERIVED.search(item) or SERIALIZED.search(item) or defines or (invocation and invocation.group(1) in macros):
            # Macros are textually in scope in the one file, not under their module's path.
            kept.append(re.sub(r"crate::\w+::(\w+!)", r"\1", item))
# An action is an `action = "Name"`, in an `#[rpc]` or a macro's invocation.
count = sum(len(re.findall(r'^(?!\s*//).*\baction\s*=\s*"', item, re.M)) for item in kept)
names = (src / "parameter_names.rs").read_text().split("pub(crate) const PARAMETER_NAMES")[1]
header = "#![allow(missing_docs, dead_code, unused_macros, unused_imports)]\nuse serde::Serialize;\n"
product = ("pub struct Domain;\nimpl aliyun_rpc::Product for Domain {\n    const NAME: &'static str = \"Domain\";\n"
           "    const VERSION: &'static str = \"2018-01-29\";\n    const ENDPOINT: &'static str = \"domain.aliyuncs.com\";\n"
           "    const PARAMETER_NAMES: &'static [&'static str] = PARAMETER_NAMES;\n}\n")
shared = "pub const PARAMETER_NAMES" + names + "\n"
# A macro is used below its definition.
kept.sort(key=lambda item: "macro_rules!" not in item)
macro_use = ""
(work / "derived/src/lib.rs").write_text(header + "use aliyun_rpc::{Rpc, RpcParams, RpcValue};\n" + product + shared + macro_use
                                          + "\n\n".join(derived(i) for i in kept) + "\n")
(work / "plain/src/lib.rs").write_text(header + "pub struct Domain;\n" + shared + macro_use
                                        + "\n\n".join(plain(i) for i in kept) + "\n")
print(count)
PY
)

echo "compile cost: $actions actions; building dependencies" >&2
cargo build -p domain-api --quiet >&2
for crate in derived plain; do
    cargo build --manifest-path "$work/Cargo.toml" -p "compile-cost-domain-$crate" --quiet >&2
done

# Seconds one build takes; `prepare` runs first (a clean, or a touch for an incremental build).
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { "$@"; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# build <package> <cold|incremental> [manifest]: the median over the repetitions.
build() {
    local package=$1 kind=$2 manifest=${3:-$root/Cargo.toml} file=${4:-} times=()
    for _ in $(seq 1 "$reps"); do
        if [ "$kind" = cold ]; then
            cargo clean --manifest-path "$manifest" -p "$package" --quiet 2>/dev/null
        else
            touch "$file"
        fi
        times+=("$(seconds cargo build --manifest-path "$manifest" -p "$package" --quiet)")
    done
    printf '%s\n' "${times[@]}" | median
}

action_file=$(grep -lE '^#\[rpc\(action = "' "$root"/domain-api/src/*.rs | head -1)
api_cold=$(build domain-api cold)
api_incremental=$(build domain-api incremental "$root/Cargo.toml" "$action_file")
rows=()
for kind in cold incremental; do
    derived=$(build compile-cost-domain-derived "$kind" "$work/Cargo.toml" "$work/derived/src/lib.rs")
    plain=$(build compile-cost-domain-plain "$kind" "$work/Cargo.toml" "$work/plain/src/lib.rs")
    ratio=$(echo "$derived / $plain" | bc -l)
    verdict=$(echo "$ratio <= 1.5" | bc -l | sed 's/1/met/; s/0/**missed**/')
    rows+=("$(printf '| declarations, %s | %.2f s | %.2f s | %.2f | %.0f ms | %.0f ms | ≤ 1.5: %s |' \
        "$kind" "$derived" "$plain" "$ratio" "$(echo "$derived * 1000 / $actions" | bc -l)" \
        "$(echo "$plain * 1000 / $actions" | bc -l)" "$verdict")")
done
# instructions <package> <crate dir>: "cold incremental" instruction counts of rustc building the
# package, measured on the command cargo runs for it.
instructions() {
    local package=$1 dir=$2 command out count
    touch "$dir/src/lib.rs"
    command=$(cargo build --manifest-path "$work/Cargo.toml" -p "$package" -v 2>&1 |
        sed -n "s/^ *Running \`\(.*rustc --crate-name ${package//-/_} .*\)\`$/\1/p")
    [ -n "$command" ] || { echo "no rustc command for $package" >&2; exit 1; }
    out=$(mktemp -d)
    command=$(echo "$command" | sed -E "s#--out-dir [^ ]+#--out-dir $out#; s#-C incremental=[^ ]+#-C incremental=$out/incremental#")
    for kind in cold incremental; do
        touch "$dir/src/lib.rs"
        count=$(cd "$work" && eval valgrind --tool=cachegrind --cache-sim=no \
            --cachegrind-out-file=/dev/null "$command" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,)
        printf '%s ' "$count"
    done
    echo
    rm -rf "$out"
}
if [ "${COMPILE_COST_INSTRUCTIONS:-0}" = 1 ]; then
    command -v valgrind >/dev/null || { echo "COMPILE_COST_INSTRUCTIONS=1 needs valgrind" >&2; exit 1; }
    read -r derived_cold derived_incremental < <(instructions compile-cost-domain-derived "$work/derived")
    read -r plain_cold plain_incremental < <(instructions compile-cost-domain-plain "$work/plain")
    for kind in cold incremental; do
        derived_var=derived_$kind plain_var=plain_$kind
        derived=${!derived_var} plain=${!plain_var}
        ratio=$(echo "$derived / $plain" | bc -l)
        verdict=$(echo "$ratio <= 1.5" | bc -l | sed 's/1/met/; s/0/**missed**/')
        rows+=("$(printf '| declarations, %s, instructions | %.2f G | %.2f G | %.2f | %.0f M | %.0f M | ≤ 1.5: %s |' \
            "$kind" "$(echo "$derived / 10^9" | bc -l)" "$(echo "$plain / 10^9" | bc -l)" "$ratio" \
            "$(echo "$derived / 10^6 / $actions" | bc -l)" "$(echo "$plain / 10^6 / $actions" | bc -l)" "$verdict")")
    done
fi
api_verdict=$(echo "$api_cold < 60" | bc -l | sed 's/1/met/; s/0/**missed**/')
report=$(
    echo "Compile cost of \`#[derive(Rpc)]\` over domain-api's $actions actions ($(nproc) CPUs, $(rustc --version), load:$(uptime | sed 's/.*load average://'); median of $reps)"
    echo
    echo "| build | derive | plain serde | derive / serde | per action, derive | per action, serde | target |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    printf '| domain-api crate, cold | %.2f s | | | %.0f ms | | < 60 s: %s |\n' "$api_cold" "$(echo "$api_cold * 1000 / $actions" | bc -l)" "$api_verdict"
    printf '| domain-api crate, incremental (touched %s) | %.2f s | | | | | |\n' "$(basename "$action_file")" "$api_incremental"
)
echo "$report" | tee "$root/target/compile-cost.md"
