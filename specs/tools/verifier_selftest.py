#!/usr/bin/env python3
"""Self-test of official_verifier.py using the OFFICIAL clients as senders (not our Rust client).

Against a running verifier (--port), sends:
  1. legacy aliyun-python-sdk-core get_signed_url(): POST, every parameter in the query, 2 entries -> 200
  2. @alicloud/pop-core RPCClient.request() over real HTTP: POST (form body), 1000 entries -> 200
  3. @alicloud/pop-core RPCClient.request(): GET, 2 entries + non-ASCII/reserved coupon -> 200
  4. the request of 1 re-signed, then one query value altered -> 400 SignatureDoesNotMatch
Prints one line per check; exits 1 if any check fails.  Leaves 4 requests in the verifier's log
(VERIFIED entries=2, VERIFIED entries=1000, VERIFIED entries=2, REJECTED SignatureDoesNotMatch).
"""

import argparse
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import official_sdk as sdk  # noqa: E402

AK, SECRET = "emulator-demo-id", "emulator-demo-secret"
COUPON = "CPN-券/+&=*~ 测试"

POPCORE_SNIPPET = r"""
const path = require('path');
const RPCClient = require(require.resolve('@alicloud/pop-core', {paths: [process.env.OFFICIAL_SDK_NODE_MODULES]}));
let s = ''; process.stdin.on('data', d => s += d); process.stdin.on('end', async () => {
  const r = JSON.parse(s);
  const client = new RPCClient({endpoint: r.endpoint, apiVersion: '2018-01-29', accessKeyId: r.ak, accessKeySecret: r.secret});
  try {
    const out = await client.request(r.action, r.params, {method: r.method, timeout: 60000});
    process.stdout.write(JSON.stringify({ok: true, body: out}));
  } catch (e) {
    process.stdout.write(JSON.stringify({ok: false, code: e.code || null, message: String(e.message).slice(0, 300)}));
  }
});
"""


def entries(n, coupon=False):
    return [{"DomainName": "d%d.example.com" % i, "SubscriptionDuration": "1",
             "CurrentExpirationDate": "1767225600000"} for i in range(1, n + 1)]


def http(port, url_path, data=None, ctype=None):
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port, url_path), data=data or b"", method="POST")
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read().decode("utf-8"))


def legacy_url(n, extra=None):
    from aliyunsdkcore.auth.composer import rpc_signature_composer as composer
    params = {"Action": "SaveBatchTaskForCreatingOrderRenew", "Version": "2018-01-29", "RegionId": "cn-hangzhou"}
    for i, e in enumerate(entries(n), 1):
        for k, v in e.items():
            params["OrderRenewParam.%d.%s" % (i, k)] = v
    params.update(extra or {})
    url, _ = composer.get_signed_url(params, AK, SECRET, "JSON", "POST", {})
    return url


def popcore(port, method, params):
    import subprocess
    env = dict(sdk.os.environ, OFFICIAL_SDK_NODE_MODULES=str(sdk.NODE_MODULES))
    p = subprocess.run(["node", "-e", POPCORE_SNIPPET], env=env, capture_output=True, timeout=120,
                       input=json.dumps({"endpoint": "http://127.0.0.1:%d" % port, "ak": AK, "secret": SECRET,
                                         "action": "SaveBatchTaskForCreatingOrderRenew", "method": method,
                                         "params": params}).encode())
    if p.returncode != 0:
        return {"ok": False, "message": p.stderr.decode()[-300:]}
    return json.loads(p.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    port = ap.parse_args().port
    failures = 0

    def report(name, ok, info):
        nonlocal failures
        failures += 0 if ok else 1
        print("selftest %-58s %s  %s" % (name, "PASS" if ok else "FAIL", info), flush=True)

    st, body = http(port, legacy_url(2, {"UseCoupon": "true", "CouponNo": COUPON}))
    report("legacy-python get_signed_url POST query-only 2 entries", st == 200 and "TaskNo" in body, st)
    r = popcore(port, "POST", {"OrderRenewParam": entries(1000)})
    report("pop-core RPCClient POST form-body 1000 entries", r.get("ok") and "TaskNo" in r.get("body", {}),
           r.get("message", ""))
    r = popcore(port, "GET", {"OrderRenewParam": entries(2), "UseCoupon": "true", "CouponNo": COUPON})
    report("pop-core RPCClient GET 2 entries + coupon", r.get("ok") and "TaskNo" in r.get("body", {}),
           r.get("message", ""))
    url = legacy_url(2).replace("d2.example.com", "d3.example.com")
    st, body = http(port, url)
    report("tampered request is rejected", st == 400 and body.get("Code") == "SignatureDoesNotMatch",
           "%s %s" % (st, body.get("Code")))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    sdk.ensure_sdk_python()
    main()
