#!/usr/bin/env bash
# Independent check of our request signing (V1 and V3) against Alibaba Cloud's OFFICIAL SDK code.
#
#  1. installs the pinned official SDKs into target/official-sdk/ (gitignored; skipped when present)
#     with scripts/official-sdk-env.sh: PyPI aliyun-python-sdk-core, alibabacloud-tea-openapi,
#     alibabacloud-openapi-util, the Domain clients (venv) and npm @alicloud/pop-core,
#     @alicloud/openapi-util (node_modules);
#  2. proves the committed golden vectors still come from those SDKs
#     (specs/tools/gen_signing_v1.py --check, specs/tools/gen_signing_v3.py --check);
#  3. starts specs/tools/official_verifier.py on a free loopback port (V1: legacy Python SDK + pop-core;
#     V3: Tea Python get_authorization + alibabacloud-openapi-util + @alicloud/openapi-util) and self-tests
#     it with the official clients themselves (specs/tools/verifier_selftest.py: legacy Python, pop-core,
#     the Tea Python Domain client in its default V3 mode) plus tampered and replayed requests;
#  4. runs OUR client (cargo example domain-api/renew) against it.  V1 (--signature v1): 2 entries,
#     1000 entries, 2 entries with a non-ASCII/reserved coupon, 2 entries with --format xml.  V3: 2 entries
#     with no flag (the default), 1000 entries (--signature v3), the coupon case (--signature v3).  Each must
#     exit 0, print TaskNo, and be logged VERIFIED by the verifier with the right entry count and
#     signature=v1|v3.  Then, under V1 and V3 each, examples/ecs-actions' official_check sends to the
#     product's own host (plain HTTP, the verifier as its HTTP proxy): Alidns AddDomainRecord
#     (alidns.aliyuncs.com), ECS DescribeInstances in eu-central-1 with JSON-style InstanceIds and
#     Tag.N (ecs.eu-central-1.aliyuncs.com), ECS CreateAutoSnapshotPolicy with the flat-style
#     CopyEncryptionConfiguration.Arn.N.*; the verifier must log that Host and the parameters' names.
#
# Usage: scripts/official-signature-check.sh [--skip-client]
# Ends with "official-signature-check: N passed, M failed (logs: ...)".
# Exit status 0 only if every step passes.  Logs of the last run: target/official-sdk/last-run/.
set -euo pipefail

# Bound the whole run.
if [[ -z "${OFFICIAL_CHECK_UNDER_TIMEOUT:-}" ]]; then
  export OFFICIAL_CHECK_UNDER_TIMEOUT=1
  exec timeout --kill-after=30 "${OFFICIAL_CHECK_TIMEOUT:-2400}" bash "$0" "$@"
fi

SKIP_CLIENT=0
for arg in "$@"; do
  case "$arg" in
    --skip-client) SKIP_CLIENT=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# SDK, VENV, PY, NODE_DIR, PY_PINS, NPM_PINS and official_sdk_install (shared with official-sdk-emulator-check.sh).
# shellcheck source=scripts/official-sdk-env.sh
source "$ROOT/scripts/official-sdk-env.sh"
# wait_for_output, stop_process
# shellcheck source=scripts/background-process.sh
source "$ROOT/scripts/background-process.sh"
LOGS="$SDK/last-run"

VERIFIER_PID=""
cleanup() {
  local rc=$?
  stop_process "$VERIFIER_PID"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

FAILURES=0
PASSES=0
summary() { printf '%-6s %s\n' "$1" "$2"; [[ "$1" != OK ]] || PASSES=$((PASSES + 1)); }
fail() { summary FAIL "$1"; FAILURES=$((FAILURES + 1)); }

# ---------------------------------------------------------------- 1. official SDKs
step_install() { official_sdk_install "$LOGS"; }

mkdir -p "$LOGS"
if step_install; then
  summary OK "official SDKs: ${PY_PINS[*]} ${NPM_PINS[*]}"
else
  fail "official SDK install"; exit 1
fi

# ---------------------------------------------------------------- 2. golden vectors
for gen in gen_signing_v1.py gen_signing_v3.py; do
  if timeout 300 "$PY" "specs/tools/$gen" --check >"$LOGS/${gen%.py}-check.log" 2>&1; then
    summary OK "$(tail -n 1 "$LOGS/${gen%.py}-check.log")"
  else
    cat "$LOGS/${gen%.py}-check.log"
    fail "specs/tools/$gen --check: committed vectors differ from the official SDK output"
  fi
done

# ---------------------------------------------------------------- 3. verifier
VLOG="$LOGS/verifier.log"
VOUT="$LOGS/verifier.out"
: >"$VLOG"; : >"$VOUT"
"$PY" specs/tools/official_verifier.py --port 0 --secret emulator-demo-secret --access-key-id emulator-demo-id \
  >"$VOUT" 2>"$VLOG" &
VERIFIER_PID=$!
PORT="$(wait_for_output "$VERIFIER_PID" awk '/^LISTENING /{print $2; exit}' "$VOUT")"
if [[ -z "$PORT" ]]; then
  cat "$VLOG" >&2
  fail "official_verifier.py did not start"; exit 1
fi
summary OK "official_verifier.py listening on 127.0.0.1:$PORT (pid $VERIFIER_PID)"

if timeout 300 "$PY" specs/tools/verifier_selftest.py --port "$PORT" >"$LOGS/selftest.log" 2>&1; then
  summary OK "verifier self-test with the official clients (V1: legacy Python, pop-core; V3: Tea Python Domain client; tampered, replayed): $(awk '/^selftest: /{print $2}' "$LOGS/selftest.log")"
else
  cat "$LOGS/selftest.log"
  fail "verifier self-test with the official clients"
fi

# ---------------------------------------------------------------- 4. our client
# judge NAME ACTION ENTRIES SIGNATURE(v1|v3) HOST NAMES PRINTED -- COMMAND...: runs COMMAND (our client), which
# must exit 0 and print PRINTED (an extended regex), while the verifier logs exactly one VERIFIED line for
# ACTION with ENTRIES renewal entries and SIGNATURE, whose detail shows the Host header HOST and every parameter
# of NAMES (comma-separated; "-" for either: not checked), and no REJECTED line.
judge() {
  local name="$1" action="$2" expect="$3" sig="$4" host="$5" names="$6" printed="$7"; shift 8
  local before after new out err rc=0 line
  before="$(wc -l <"$VLOG")"
  out="$LOGS/client-$name.out"; err="$LOGS/client-$name.err"
  env -u ALIBABA_CLOUD_SECURITY_TOKEN NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost \
    ALIBABA_CLOUD_ACCESS_KEY_ID=emulator-demo-id ALIBABA_CLOUD_ACCESS_KEY_SECRET=emulator-demo-secret \
    timeout 300 "$@" >"$out" 2>"$err" || rc=$?
  # the verifier logs right after answering; give it a moment
  for _ in $(seq 1 50); do
    after="$(wc -l <"$VLOG")"
    if [[ "$after" -gt "$before" ]] && tail -n +"$((before + 1))" "$VLOG" | grep -qE '^(VERIFIED|REJECTED)'; then
      break
    fi
    [[ $rc -ne 0 && $rc -ne 1 ]] && break  # the client did not get to send (build error, bad args)
    sleep 0.1
  done
  sleep 0.2
  new="$(tail -n +"$((before + 1))" "$VLOG")"
  local verified rejected detail missing=""
  verified="$(grep -cE "^VERIFIED action=$action entries=$expect method=(GET|POST) body_bytes=[0-9]+ signature=$sig\$" <<<"$new" || true)"
  rejected="$(grep -c '^REJECTED' <<<"$new" || true)"
  line="$(grep -E '^(VERIFIED|REJECTED)' <<<"$new" | head -n 1 | cut -c1-200 || true)"
  detail="$(grep -E '^  detail:' <<<"$new" | head -n 1 | sed 's/^  detail: //' || true)"
  if [[ "$names" != "-" ]]; then
    local want
    for want in ${names//,/ }; do
      grep -qE "names=([^ ]*,)?${want//./\\.}(,|\$| )" <<<"$detail" || missing+=" $want"
    done
  fi
  [[ "$host" == "-" ]] || grep -qF " host=$host " <<<"$detail" || missing+=" Host:$host"
  if [[ $rc -eq 0 && $verified -eq 1 && $rejected -eq 0 && -z "$missing" ]] && grep -qE "$printed" "$out"; then
    summary OK "client run '$name': exit 0, $(grep -oE "$printed" "$out" | head -n 1) printed, verifier: $line ($detail)"
  else
    fail "client run '$name': exit $rc, verified=$verified (action=$action entries=$expect signature=$sig) rejected=$rejected${missing:+, missing from the verifier detail:$missing}, verifier: ${line:-(no log line)}"
    echo "  --- client stdout:"; head -c 2000 "$out" | sed 's/^/  | /'
    echo "  --- client stderr:"; tail -c 4000 "$err" | sed 's/^/  | /'
    echo "  --- verifier log for this run:"; cut -c1-3000 <<<"$new" | sed 's/^/  | /'
  fi
}

# run_client NAME EXPECTED_ENTRIES SIGNATURE [renew args...]: the renew example against the verifier.
run_client() {
  local name="$1" expect="$2" sig="$3"; shift 3
  judge "$name" SaveBatchTaskForCreatingOrderRenew "$expect" "$sig" - - 'TaskNo' -- \
    cargo run -q -p domain-api --example renew -- --endpoint "http://127.0.0.1:$PORT/" "$@"
}

# run_product NAME ACTION SIGNATURE HOST NAMES CASE: examples/ecs-actions' official_check, which sends to the
# product's own host with the verifier as its HTTP proxy; the verifier must see that Host and NAMES.
run_product() {
  local name="$1" action="$2" sig="$3" host="$4" names="$5" case="$6"
  judge "$name" "$action" 0 "$sig" "$host" "$names" "endpoint http://$host/" -- \
    env HTTP_PROXY="http://127.0.0.1:$PORT" http_proxy="http://127.0.0.1:$PORT" \
    "$ROOT/target/debug/examples/official_check" "$sig" "$case"
}

if [[ $SKIP_CLIENT == 1 ]]; then
  summary SKIP "our client (--skip-client)"
elif ! timeout 1200 cargo build -q -p domain-api --example renew -p ecs-actions --example official_check \
    >"$LOGS/cargo-build.log" 2>&1; then
  tail -n 40 "$LOGS/cargo-build.log"
  fail "cargo build -p domain-api --example renew -p ecs-actions --example official_check"
else
  mapfile -t MANY < <(for i in $(seq 1 1000); do echo "d$i.example.com:1:1767225600000"; done)
  COUPON='CPN-券/+&=*~ 测试'
  # V1, named explicitly (V3 is the client's default)
  run_client v1-two-entries 2 v1 --signature v1 d1.example.com:1:1767225600000 d2.example.com:2:1767225600000
  run_client v1-thousand-entries 1000 v1 --signature v1 "${MANY[@]}"
  run_client v1-coupon 2 v1 --signature v1 --coupon "$COUPON" \
    d1.example.com:1:1767225600000 d2.example.com:3:1767312000000
  run_client v1-format-xml 2 v1 --signature v1 --format xml d1.example.com:1:1767225600000 d2.example.com:2:1767225600000
  # V3: no flag (the default), then --signature v3
  run_client v3-default-two-entries 2 v3 d1.example.com:1:1767225600000 d2.example.com:2:1767225600000
  run_client v3-thousand-entries 1000 v3 --signature v3 "${MANY[@]}"
  run_client v3-coupon 2 v3 --signature v3 --coupon "$COUPON" \
    d1.example.com:1:1767225600000 d2.example.com:3:1767312000000
  # Other products, V1 and V3 each: Alidns; a regional ECS request with JSON-style lists and Tag.N; an ECS
  # request with a flat-style structure holding a list.
  for sig in v1 v3; do
    run_product "$sig-alidns-add-record" AddDomainRecord "$sig" alidns.aliyuncs.com \
      DomainName,RR,TTL,Type,Value alidns
    run_product "$sig-ecs-regional-json-list" DescribeInstances "$sig" ecs.eu-central-1.aliyuncs.com \
      RegionId,InstanceIds,PrivateIpAddresses,Tag.1.Key,Tag.2.Value ecs-json
    run_product "$sig-ecs-flat-structure" CreateAutoSnapshotPolicy "$sig" ecs.eu-central-1.aliyuncs.com \
      regionId,timePoints,CopyEncryptionConfiguration.KMSKeyId,CopyEncryptionConfiguration.Arn.1.Rolearn ecs-flat
  done
fi

echo "official-signature-check: $PASSES passed, $FAILURES failed (logs: ${LOGS#"$ROOT"/})"
[[ $FAILURES -eq 0 ]] || exit 1
