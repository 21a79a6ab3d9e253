#!/usr/bin/env bash
# Proves that Alibaba Cloud's OFFICIAL SDKs, unchanged, drive domain-emulator through a whole batch
# renewal: QueryDomainList -> SaveBatchTaskForCreatingOrderRenew -> poll QueryTaskDetailList until every
# detail is terminal -> QueryDomainByDomainName shows the expiration one year later.
#
#  1. installs the pinned official SDKs into target/official-sdk/ (gitignored; skipped when present) with
#     scripts/official-sdk-env.sh (shared with official-signature-check.sh);
#  2. builds domain-emulator and starts it on a free loopback port with --task-step-ms 50, its built-in
#     demo domains and a --state file in a temporary directory; reads the URL it prints;
#  3. runs five renewal flows, each on two demo domains of its own, then two model checks (specs/tools/):
#       legacy-python      sdk_legacy_python_flow.py   aliyun-python-sdk-core AcsClient + aliyun-python-sdk-domain
#       tea-python-v2      sdk_tea_python_flow.py      alibabacloud-domain20180129, signature_algorithm='v2' (V1)
#       tea-python-default sdk_tea_python_flow.py      alibabacloud-domain20180129, default (V3, ACS3-HMAC-SHA256)
#       popcore-post       sdk_popcore_flow.js         @alicloud/pop-core RPCClient, submit POST, reads GET
#       popcore-get        sdk_popcore_flow.js         @alicloud/pop-core RPCClient, submit GET, reads POST
#       tea-models-v2      sdk_tea_python_flow.py --models   every emulated action through the Tea client (V1):
#                                                            every read action, the writes, a transfer out
#                                                            started and cancelled;
#       tea-models-default sdk_tea_python_flow.py --models   the same with V3: each response body must survive
#                                                            the Tea model's from_map/to_map with every key kept
#     each prints `OK <flow>: renewed a,b task=<TaskNo> polls=<n> ...` or `FAIL <flow>: <emulator's error>`;
#  4. prints `N passed, M failed` last; exits non-zero if any step failed.
#
# Usage: scripts/official-sdk-emulator-check.sh
# Logs of the last run: target/official-sdk/last-run-emulator/ (emulator output, one log per flow).
set -euo pipefail

# Bound the whole run.
if [[ -z "${OFFICIAL_SDK_EMULATOR_UNDER_TIMEOUT:-}" ]]; then
  export OFFICIAL_SDK_EMULATOR_UNDER_TIMEOUT=1
  exec timeout --kill-after=30 "${OFFICIAL_SDK_EMULATOR_TIMEOUT:-1800}" bash "$0" "$@"
fi

for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

START_SECONDS=$SECONDS
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# SDK, VENV, PY, NODE_DIR, PY_PINS, NPM_PINS, official_sdk_install
# shellcheck source=scripts/official-sdk-env.sh
source "$ROOT/scripts/official-sdk-env.sh"
# wait_for_output, stop_process
# shellcheck source=scripts/background-process.sh
source "$ROOT/scripts/background-process.sh"
LOGS="$SDK/last-run-emulator"
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log "$LOGS"/*.out "$LOGS"/*.err
TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/official-sdk-emulator.XXXXXX")"

EMULATOR_PID=""
cleanup() {
  local rc=$?
  stop_process "$EMULATOR_PID"
  rm -rf "$TMP_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

PASSED=0
FAILED=0
finish() {
  echo "official-sdk-emulator-check: $((SECONDS - START_SECONDS))s (logs: ${LOGS#"$ROOT"/})"
  echo "$PASSED passed, $FAILED failed"
  [[ $FAILED -eq 0 ]]
}

# ---------------------------------------------------------------- 1. official SDKs
command -v node >/dev/null || { echo "FAIL node is not installed"; FAILED=1; finish; }
if official_sdk_install "$LOGS"; then
  echo "OK official SDKs: ${PY_PINS[*]} ${NPM_PINS[*]}"
else
  echo "FAIL official SDK install"
  FAILED=1
  finish
fi

# ---------------------------------------------------------------- 2. emulator
if ! timeout 900 cargo build -q -p domain-emulator >"$LOGS/cargo-build.log" 2>&1; then
  tail -n 40 "$LOGS/cargo-build.log"
  echo "FAIL cargo build -p domain-emulator"
  FAILED=1
  finish
fi
TARGET_DIR="$(timeout 120 cargo metadata -q --format-version 1 --no-deps \
  | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
EMULATOR_BIN="$TARGET_DIR/debug/domain-emulator"

EMULATOR_OUT="$LOGS/emulator.out"
"$EMULATOR_BIN" --port 0 --task-step-ms 50 --state "$TMP_DIR/state.json" >"$EMULATOR_OUT" 2>"$LOGS/emulator.err" &
EMULATOR_PID=$!
URL="$(wait_for_output "$EMULATOR_PID" \
  sed -n 's#^domain-emulator listening on \(http://127\.0\.0\.1:[0-9][0-9]*/\)$#\1#p' "$EMULATOR_OUT")"
ACCESS_KEY_ID="$(sed -n 's/^AccessKeyId: //p' "$EMULATOR_OUT")"
ACCESS_KEY_SECRET="$(sed -n 's/^AccessKeySecret: //p' "$EMULATOR_OUT")"
if [[ -z "$URL" || -z "$ACCESS_KEY_ID" || -z "$ACCESS_KEY_SECRET" ]]; then
  cat "$EMULATOR_OUT" "$LOGS/emulator.err" >&2
  echo "FAIL domain-emulator did not start"
  FAILED=1
  finish
fi
echo "OK domain-emulator listening on $URL (pid $EMULATOR_PID, --task-step-ms 50, demo domains)"

# ---------------------------------------------------------------- 3. flows
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
export OFFICIAL_SDK_NODE_MODULES="$NODE_DIR/node_modules"
COMMON=(--endpoint "$URL" --access-key-id "$ACCESS_KEY_ID" --access-key-secret "$ACCESS_KEY_SECRET"
        --poll-interval 0.1 --max-polls 300)

# run_flow NAME COMMAND...: the flow's last OK/FAIL line is its result.
run_flow() {
  local name="$1"; shift
  local log="$LOGS/flow-$name.log" rc=0 line
  timeout 180 "$@" "${COMMON[@]}" >"$log" 2>&1 || rc=$?
  line="$(grep -E '^(OK|FAIL) ' "$log" | tail -n 1 || true)"
  if [[ $rc -eq 0 && "$line" == OK* ]]; then
    echo "$line"
    PASSED=$((PASSED + 1))
  else
    echo "${line:-FAIL $name: exit $rc, no result line}"
    [[ -n "$line" ]] || tail -n 30 "$log" | sed 's/^/  | /'
    [[ $rc -eq 124 ]] && echo "  (timed out after 180s)"
    FAILED=$((FAILED + 1))
  fi
}

# Two demo domains per flow, none shared; coffee.shop (premium, needs PermitPremiumRenew) is not used.
run_flow legacy-python "$PY" specs/tools/sdk_legacy_python_flow.py --domains example-shop.com,my-blog.net
run_flow tea-python-v2 "$PY" specs/tools/sdk_tea_python_flow.py --signature-algorithm v2 \
  --domains family-photos.org,startup-idea.io
run_flow tea-python-default "$PY" specs/tools/sdk_tea_python_flow.py --signature-algorithm default \
  --domains demo-一.cn,portfolio-site.me
run_flow popcore-post node specs/tools/sdk_popcore_flow.js --submit-method POST \
  --domains weekend-project.dev,old-company.com
run_flow popcore-get node specs/tools/sdk_popcore_flow.js --submit-method GET \
  --domains recipes-online.net,open-data.xyz
# Every emulated action's response decoded by the official Tea models without loss, on the two demo
# domains the renewal flows leave alone (the first renewed, the second re-delegated, locked and
# started on a transfer out that is cancelled, so that it stays for the second run).
run_flow tea-models-v2 "$PY" specs/tools/sdk_tea_python_flow.py --models --signature-algorithm v2 \
  --domains long-term-brand.cn,coffee.shop
run_flow tea-models-default "$PY" specs/tools/sdk_tea_python_flow.py --models --signature-algorithm default \
  --domains long-term-brand.cn,coffee.shop

if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
  tail -n 30 "$LOGS/emulator.err" >&2
  echo "FAIL domain-emulator exited during the flows"
  FAILED=$((FAILED + 1))
fi

finish
