# shellcheck shell=bash
# Sourced (not run) by scripts/official-signature-check.sh and scripts/official-sdk-emulator-check.sh:
# where Alibaba Cloud's OFFICIAL SDKs live on this machine, their pinned versions, and the one install
# step both checks share.
#
# Defines: ROOT (repo), SDK (target/official-sdk, gitignored), VENV + PY (Python venv), NODE_DIR
# (npm prefix; packages in $NODE_DIR/node_modules), PY_PINS, NPM_PINS, and the function
#   official_sdk_install LOGDIR   installs whatever pin is missing or at another version (idempotent,
#                                 quiet when all are present; serialized with flock), logs to LOGDIR.
# Pins: /work/shared/docs/alibaba-rpc-facts.md header; specs/README.md "tools" and "official SDK flows".

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
SDK="$ROOT/target/official-sdk"
VENV="$SDK/venv"
PY="$VENV/bin/python"
NODE_DIR="$SDK/node"

# Signing code (aliyun-python-sdk-core, alibabacloud-tea-openapi, alibabacloud-openapi-util, darabonba-core,
# alibabacloud-tea) and the Domain product clients (aliyun-python-sdk-domain, alibabacloud-domain20180129).
PY_PINS=(aliyun-python-sdk-core==2.16.1 aliyun-python-sdk-domain==3.14.11
         alibabacloud-tea-openapi==0.4.6 alibabacloud-openapi-util==0.2.4 darabonba-core==1.0.9
         alibabacloud-tea==0.4.3 alibabacloud-domain20180129==5.1.1)
NPM_PINS=(@alicloud/pop-core@1.8.0 @alicloud/openapi-util@0.3.3)

# official_sdk_install LOGDIR
official_sdk_install() {
  local logs="$1"
  mkdir -p "$SDK" "$logs"
  # Two checks started at once must not run pip/npm into the same directories together.
  exec {__official_sdk_lock}>"$SDK/.install.lock"
  if ! flock -w 1200 "$__official_sdk_lock"; then
    echo "could not lock $SDK/.install.lock" >&2
    return 1
  fi
  local rc=0
  __official_sdk_install_locked "$logs" || rc=$?
  flock -u "$__official_sdk_lock"
  exec {__official_sdk_lock}>&-
  return "$rc"
}

__official_sdk_install_locked() {
  local logs="$1"
  if [[ ! -x "$PY" ]] || ! "$PY" -c 'import sys' 2>/dev/null; then
    rm -rf "$VENV"
    timeout 120 python3 -m venv "$VENV"
  fi
  local want_py
  want_py="$(printf '%s\n' "${PY_PINS[@]}")"
  if ! "$PY" - "$want_py" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
for line in sys.argv[1].split():
    name, want = line.split("==")
    if version(name) != want:
        sys.exit(1)
EOF
  then
    echo "installing pinned Python SDKs into $VENV ..."
    timeout 600 "$PY" -m pip install -q --disable-pip-version-check "${PY_PINS[@]}" >"$logs/pip.log" 2>&1 \
      || { cat "$logs/pip.log" >&2; echo "pip install failed" >&2; return 1; }
  fi
  local need_npm=0 spec name ver got
  for spec in "${NPM_PINS[@]}"; do
    name="${spec%@*}"; ver="${spec##*@}"
    got="$(node -e 'try{process.stdout.write(require(process.argv[1]).version)}catch(e){}' \
      "$NODE_DIR/node_modules/$name/package.json" 2>/dev/null || true)"
    [[ "$got" == "$ver" ]] || need_npm=1
  done
  if [[ $need_npm == 1 ]]; then
    echo "installing pinned npm SDKs into $NODE_DIR ..."
    mkdir -p "$NODE_DIR"
    [[ -f "$NODE_DIR/package.json" ]] || echo '{"name":"official-sdk-node","private":true}' >"$NODE_DIR/package.json"
    timeout 600 npm install --prefix "$NODE_DIR" --no-audit --no-fund --silent --save-exact "${NPM_PINS[@]}" \
      >"$logs/npm.log" 2>&1 || { cat "$logs/npm.log" >&2; echo "npm install failed" >&2; return 1; }
  fi
}
