#!/usr/bin/env python3
"""Self-test of official_verifier.py using the OFFICIAL clients as senders (not our Rust client).

Against a running verifier (--port), sends:
  V1
  1. legacy aliyun-python-sdk-core get_signed_url(): POST, every parameter in the query, 2 entries + coupon -> 200
  2. @alicloud/pop-core RPCClient.request() over real HTTP: POST (form body), 1000 entries -> 200
  3. @alicloud/pop-core RPCClient.request(): GET, 2 entries + non-ASCII/reserved coupon -> 200
  4. the request of 1 re-signed, then one query value altered -> 400 SignatureDoesNotMatch
  V3 (PyPI alibabacloud-domain20180129 Client on alibabacloud-tea-openapi, its default signature: V3
      ACS3-HMAC-SHA256; Config(endpoint='127.0.0.1:PORT', protocol='http'), nothing else)
  5. Client.save_batch_task_for_creating_order_renew, 2 entries + non-ASCII/reserved coupon (query) -> 200 TaskNo
  6. the same Client's generic call_api (Params style RPC, req_body_type formData, OpenApiRequest(body=...)):
     1000 entries in an application/x-www-form-urlencoded body (content-type signed, body hashed) -> 200 TaskNo
  7. as 5, but one query value altered after the SDK signed it (darabonba DaraCore.do_action wrapped; the
     SDK itself sends the altered request) -> 400 SignatureDoesNotMatch
  8. as 6, but one body byte altered after signing (x-acs-content-sha256 now stale) -> 400 InvalidParameter
  9. as 5, the SDK-signed request sent twice (same x-acs-signature-nonce) -> first 200, then 400 SignatureNonceUsed
Prints one line per check and a last line "selftest: P/N passed"; exits 1 if any check fails.  Leaves 10 requests in
the verifier's log: VERIFIED v1 entries=2, 1000, 2; REJECTED v1 SignatureDoesNotMatch; VERIFIED v3 entries=2, 1000;
REJECTED v3 SignatureDoesNotMatch, InvalidParameter; VERIFIED v3 entries=2 then REJECTED v3 SignatureNonceUsed.
"""

import argparse
import contextlib
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


# ---------------------------------------------------------------- Tea Python (V3 by default)

def tea_client(port):
    from alibabacloud_domain20180129.client import Client
    from alibabacloud_tea_openapi import models as open_api_models
    return Client(open_api_models.Config(access_key_id=AK, access_key_secret=SECRET,
                                         endpoint="127.0.0.1:%d" % port, protocol="http",
                                         connect_timeout=10000, read_timeout=60000))


@contextlib.contextmanager
def wrapped_do_action(change):
    """Run the SDK with darabonba's DaraCore.do_action wrapped: change(request, real_do_action, runtime) sends
    (the request is the one the SDK built and signed; its Authorization is already set)."""
    from darabonba.core import DaraCore
    real = DaraCore.do_action
    seen = {}

    def do_action(request, runtime_option=None):
        seen["authorization"] = request.headers.get("Authorization", "")
        return change(request, real, runtime_option)

    DaraCore.do_action = staticmethod(do_action)
    try:
        yield seen
    finally:
        DaraCore.do_action = staticmethod(real)


def tea_renew_query(port, n, coupon=True):
    """Client.save_batch_task_for_creating_order_renew: every parameter in the query (Domain metadata)."""
    from alibabacloud_domain20180129 import models as dm
    req = dm.SaveBatchTaskForCreatingOrderRenewRequest(order_renew_param=[
        dm.SaveBatchTaskForCreatingOrderRenewRequestOrderRenewParam(
            domain_name=e["DomainName"], subscription_duration=int(e["SubscriptionDuration"]),
            current_expiration_date=int(e["CurrentExpirationDate"])) for e in entries(n)])
    if coupon:
        req.use_coupon, req.coupon_no = True, COUPON
    return tea_client(port).save_batch_task_for_creating_order_renew(req).body.task_no


def tea_renew_form(port, n):
    """The Client's generic call_api with a formData body (V3: content-type signed, body hashed)."""
    from alibabacloud_tea_openapi import utils_models
    from darabonba.runtime import RuntimeOptions
    body = {}
    for i, e in enumerate(entries(n), 1):
        for k, v in e.items():
            body["OrderRenewParam.%d.%s" % (i, k)] = v
    params = utils_models.Params(action="SaveBatchTaskForCreatingOrderRenew", version="2018-01-29",
                                 protocol="HTTP", pathname="/", method="POST", auth_type="AK", style="RPC",
                                 req_body_type="formData", body_type="json")
    out = tea_client(port).call_api(params, utils_models.OpenApiRequest(body=body), RuntimeOptions())
    return (out.get("body") or {}).get("TaskNo")


def tea_error(fn):
    """Runs fn; returns (None, result) or ((status, code, message), None) for an SDK exception."""
    from alibabacloud_tea_openapi.exceptions import AlibabaCloudException
    try:
        return None, fn()
    except AlibabaCloudException as e:
        return (e.status_code, e.code, str(e.message)[:160]), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    port = ap.parse_args().port
    failures = checks = 0

    def report(name, ok, info):
        nonlocal failures, checks
        checks += 1
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

    # ---- V3, sent by the official Tea Python client
    def passthrough(request, real, runtime):
        return real(request, runtime)

    with wrapped_do_action(passthrough) as seen:
        err, task = tea_error(lambda: tea_renew_query(port, 2))
    v3 = seen.get("authorization", "").startswith("ACS3-HMAC-SHA256 ")
    report("tea-python Client V3 query 2 entries + coupon", err is None and bool(task) and v3,
           err or "TaskNo=%s %s" % (task, seen.get("authorization", "")[:60]))
    with wrapped_do_action(passthrough) as seen:
        err, task = tea_error(lambda: tea_renew_form(port, 1000))
    v3 = seen.get("authorization", "").startswith("ACS3-HMAC-SHA256 ")
    report("tea-python Client V3 form-body 1000 entries", err is None and bool(task) and v3,
           err or "TaskNo=%s %s" % (task, seen.get("authorization", "")[:60]))

    def alter_query(request, real, runtime):
        request.query["OrderRenewParam.2.DomainName"] = "d3.example.com"
        return real(request, runtime)

    with wrapped_do_action(alter_query):
        err, _ = tea_error(lambda: tea_renew_query(port, 2))
    report("tea-python V3 query value altered after signing is rejected",
           bool(err) and err[0] == 400 and err[1] == "SignatureDoesNotMatch", err)

    def alter_body(request, real, runtime):
        request.body = request.body.replace("d999.example.com", "d998.example.com")
        return real(request, runtime)

    with wrapped_do_action(alter_body):
        err, _ = tea_error(lambda: tea_renew_form(port, 1000))
    report("tea-python V3 body altered after signing is rejected",
           bool(err) and err[0] == 400 and err[1] == "InvalidParameter" and "sha256" in err[2].lower(), err)

    replies = []

    def send_twice(request, real, runtime):
        first = real(request, runtime)
        replies.append(first.status_code)
        first.body.read() if hasattr(first.body, "read") else None
        return real(request, runtime)

    with wrapped_do_action(send_twice):
        err, _ = tea_error(lambda: tea_renew_query(port, 2, coupon=False))
    report("tea-python V3 request replayed (same nonce) is rejected",
           replies == [200] and bool(err) and err[0] == 400 and err[1] == "SignatureNonceUsed",
           "first=%s then %s" % (replies, err))
    print("selftest: %d/%d passed" % (checks - failures, checks), flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    sdk.ensure_sdk_python()
    main()
