#!/usr/bin/env python3
"""Generate (or --check) the golden signature-V3 (ACS3-HMAC-SHA256) vectors in specs/signing-v3/<case>/.

canonical-request.txt, string-to-sign.txt, signature.txt and authorization.txt come from
alibabacloud-tea-openapi's Utils.get_authorization (intermediates captured while it runs, see
official_sdk.py); the payload hash from its Utils.hash/hex_encode.  Cross-checked against
alibabacloud-openapi-util's Client.get_authorization (Python) and @alicloud/openapi-util's
Client.getAuthorization (Node, specs/tools/tea_v3_sign.js), and against the documented rules.

request.json "headers" lists every signed header (host included), exactly as passed to the SDK.

Usage:  python3 specs/tools/gen_signing_v3.py [--check]
"""

import argparse
import hashlib
import hmac
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import case_folders  # noqa: E402
import official_sdk as sdk  # noqa: E402

OUT_DIR = sdk.REPO / "specs" / "signing-v3"
DATE = "2026-11-28T10:00:00Z"
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
COUPON = "CPN-券/+&=*~ 测试"


def nonce(name):
    return hashlib.md5(("v3nonce:" + name).encode()).hexdigest()


def renew_entries(n, start_ms=1767225600000):
    out = []
    for i in range(1, n + 1):
        out += [("OrderRenewParam.%d.DomainName" % i, "d%d.example.com" % i),
                ("OrderRenewParam.%d.SubscriptionDuration" % i, str((i - 1) % 10 + 1)),
                ("OrderRenewParam.%d.CurrentExpirationDate" % i, str(start_ms + (i - 1) * 86400000))]
    return out


def domain_headers(name, action="SaveBatchTaskForCreatingOrderRenew", extra=()):
    # x-acs-content-sha256 is filled in from the body by build()
    return [("host", "domain.aliyuncs.com"), ("x-acs-action", action), ("x-acs-version", "2018-01-29"),
            ("x-acs-date", DATE), ("x-acs-signature-nonce", nonce(name))] + list(extra)


CASES = [
    dict(name="run-instances-public-example", method="POST", host="ecs.cn-shanghai.aliyuncs.com",
         access_key_id="YourAccessKeyId", secret="YourAccessKeySecret",
         expected="06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
         about="ECS RunInstances worked example of the V3 page (facts 2.5; "
               "https://www.alibabacloud.com/help/en/sdk/product-overview/v3-request-structure-and-signature, "
               "https://help.aliyun.com/zh/sdk/product-overview/v3-request-structure-and-signature).",
         query=[("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"), ("RegionId", "cn-shanghai")],
         headers=[("host", "ecs.cn-shanghai.aliyuncs.com"), ("x-acs-action", "RunInstances"),
                  ("x-acs-version", "2014-05-26"), ("x-acs-date", "2023-10-26T10:22:32Z"),
                  ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d")]),
    dict(name="non-ascii-reserved-query", method="POST", host="domain.aliyuncs.com",
         access_key_id="emulator-demo-id", secret="emulator-demo-secret",
         about="Domain renewal with non-ASCII (Chinese IDN, emoji) and reserved characters (space, * ~ ! ' ( ) "
               "& = + / ? # %%) in query values; coupon '%s'." % COUPON,
         query=[("OrderRenewParam.1.DomainName", "例子.中国"), ("OrderRenewParam.1.SubscriptionDuration", "1"),
                ("OrderRenewParam.1.CurrentExpirationDate", "1767225600000"),
                ("OrderRenewParam.2.DomainName", "d2.example.com"), ("OrderRenewParam.2.SubscriptionDuration", "2"),
                ("OrderRenewParam.2.CurrentExpirationDate", "1767312000000"),
                ("UseCoupon", "true"), ("CouponNo", COUPON), ("UsePromotion", "true"),
                ("PromotionNo", "!'()* &=+/?#% 😀")],
         headers=domain_headers("non-ascii-reserved-query")),
    dict(name="empty-values", method="POST", host="domain.aliyuncs.com",
         access_key_id="emulator-demo-id", secret="emulator-demo-secret",
         about="Empty query values give 'Name=' in the canonical query (not dropped).",
         query=[("DomainName", "example.com"), ("SubscriptionDuration", "1"),
                ("CurrentExpirationDate", "1767225600000"), ("CouponNo", ""), ("PromotionNo", "")],
         headers=domain_headers("empty-values", action="SaveSingleTaskForCreatingOrderRenew")),
    dict(name="security-token", method="POST", host="domain.aliyuncs.com",
         access_key_id="STS.NTsv7cGSFq3v4ZrJxHbKwdmYz", secret="Sts/Secret+Key=",
         about="STS credentials: x-acs-security-token and x-acs-accesskey-id are signed headers; the secret "
               "(with + / =) is the raw HMAC key (no '&').",
         query=renew_entries(2),
         headers=domain_headers("security-token", extra=[
             ("x-acs-security-token", "CAIS+gF1q6Ft5B2yfSjIr5bSEsn/2LJx1raDWW/Hh2YFe+ZmvbHmsjz2IHpMeXJoBOEet/"
                                      "8ymWFV5/0Tlqp6U4cdxnUwy5kU+Yh5f1r1Ls8xGoABRjHQu+lu9w=="),
             ("x-acs-accesskey-id", "STS.NTsv7cGSFq3v4ZrJxHbKwdmYz")])),
    dict(name="form-body", method="POST", host="domain.aliyuncs.com",
         access_key_id="emulator-demo-id", secret="emulator-demo-secret",
         about="No query (empty canonical query line) and a form body: content-type is signed and the payload "
               "hash is the body's SHA-256.",
         query=[], body="OrderRenewParam.1.DomainName=example.com&OrderRenewParam.1.SubscriptionDuration=1"
                        "&OrderRenewParam.1.CurrentExpirationDate=1767225600000",
         headers=domain_headers("form-body", extra=[("content-type", "application/x-www-form-urlencoded")])),
    dict(name="batch-100", method="POST", host="domain.aliyuncs.com",
         access_key_id="emulator-demo-id", secret="emulator-demo-secret",
         about="SaveBatchTaskForCreatingOrderRenew with 100 entries (300 query parameters; names sort bytewise: "
               ".10. before .2.).",
         query=renew_entries(100), headers=domain_headers("batch-100")),
    # Names with reserved characters: user keys put into names, as flat-style maps do (issue 15).
    dict(name="reserved-names", method="POST", host="domain.aliyuncs.com",
         access_key_id="emulator-demo-id", secret="emulator-demo-secret", names_raw=True,
         about="User keys in query names, as a flat-style map produces them: space, ~ * + / = & %, non-ASCII, a "
               "'#length#key' flat-style key, and names that sort one way raw and another way encoded (Key= and "
               "Keyé against Key0).  The official utilities sort the raw names and leave them unencoded in the "
               "canonical query (values are encoded); the documented rules encode names too.",
         query=[("DomainName", "example.com"), ("SubscriptionDuration", "1"),
                ("CurrentExpirationDate", "1767225600000"),
                ("Tag.a b", "space"), ("Tag.a~b", "tilde"), ("Tag.a*b", "asterisk"), ("Tag.a+b", "plus"),
                ("Tag.a/b", "slash"), ("Tag.a=b", "equals"), ("Tag.a&b", "ampersand"), ("Tag.a%b", "percent"),
                ("Tag.例子", "non-ASCII"), ("Tag.#3#env", "flat-style key"),
                ("Key0", "zero"), ("Key=", "equals"), ("Keyé", "e-acute"), ("Key-", "dash")],
         headers=domain_headers("reserved-names", action="SaveSingleTaskForCreatingOrderRenew")),
]


def build(case):
    body = case.get("body", "")
    payload_hash = sdk.tea_payload_hash(body.encode("utf-8"))
    headers = list(case["headers"]) + [("x-acs-content-sha256", payload_hash)]
    rnd = random.Random("order:" + case["name"])
    query = list(case["query"])
    rnd.shuffle(query)
    rnd.shuffle(headers)
    return query, headers, body, payload_hash


def documented_v3(method, path, query, headers, payload_hash, secret, encode_names=True):
    """facts 2.2-2.3 (NOT SDK code; a check only).  encode_names=False restates what the official
    utilities do instead: names sorted raw and left unencoded (values encoded)."""
    enc = sdk.documented_enc
    q = sorted(query, key=lambda kv: kv[0].encode())
    cq = "&".join((enc(k) if encode_names else k) + "=" + enc(v) for k, v in q)
    hs = sorted(((k.lower(), v.strip()) for k, v in headers), key=lambda kv: kv[0])
    ch = "".join("%s:%s\n" % kv for kv in hs)
    sh = ";".join(k for k, _ in hs)
    cr = "\n".join([method, path, cq, ch, sh, payload_hash])
    sts = "ACS3-HMAC-SHA256\n" + hashlib.sha256(cr.encode()).hexdigest()
    return cr, sts, hmac.new(secret.encode(), sts.encode(), hashlib.sha256).hexdigest()


def request_json(case, query, headers, body):
    d = lambda x: json.dumps(x, ensure_ascii=False)  # noqa: E731
    lines = ['{', '  "method": %s,' % d(case["method"]), '  "host": %s,' % d(case["host"]), '  "path": "/",',
             '  "query": [' if query else '  "query": [],']
    lines += ['    [%s, %s]%s' % (d(k), d(v), "," if i + 1 < len(query) else "") for i, (k, v) in enumerate(query)]
    lines += ['  ],' if query else None, '  "headers": [']
    lines = [x for x in lines if x is not None]
    lines += ['    [%s, %s]%s' % (d(k), d(v), "," if i + 1 < len(headers) else "") for i, (k, v) in enumerate(headers)]
    lines += ['  ],', '  "body": %s,' % d(body), '  "access_key_id": %s,' % d(case["access_key_id"]),
              '  "secret": %s' % d(case["secret"]), '}']
    return "\n".join(lines) + "\n"


def eq(a, b):
    return "equal" if a == b else "DIFFERENT"


def compute_all():
    vers = sdk.versions()
    built = [build(c) for c in CASES]
    node = json.loads(sdk.run_node("tea_v3_sign.js", [
        {"method": c["method"], "path": "/", "query": q, "headers": h, "payload_hash": ph,
         "access_key_id": c["access_key_id"], "secret": c["secret"]}
        for c, (q, h, _, ph) in zip(CASES, built)]))
    files, summary = {}, []
    for case, (query, headers, body, ph), nd in zip(CASES, built, node):
        for k, v in headers:
            if k == "host":
                assert v == case["host"], case["name"]
        args = (case["method"], "/", query, headers, ph, case["access_key_id"], case["secret"])
        tea = sdk.tea_py_v3(*args)
        util_auth = sdk.openapi_util_py_v3_authorization(*args)
        doc_cr, doc_sts, doc_sig = documented_v3(case["method"], "/", query, headers, ph, case["secret"])
        # Names with reserved characters: the SDKs leave names unencoded, which the documented rules do not;
        # the SDK output is written, checked against that restatement, and the difference recorded.
        raw_cr, raw_sts, raw_sig = documented_v3(case["method"], "/", query, headers, ph, case["secret"],
                                                 encode_names=not case.get("names_raw"))
        if case.get("expected") and tea["signature"] != case["expected"]:
            raise SystemExit("case %s: %s != published %s" % (case["name"], tea["signature"], case["expected"]))
        if (raw_cr, raw_sts, raw_sig) != (tea["canonical_request"], tea["string_to_sign"], tea["signature"]):
            raise SystemExit("case %s: Tea differs from the documented rules:\n%r\n%r" % (
                case["name"], tea["canonical_request"], raw_cr))
        agree = (util_auth == tea["authorization"] == nd["authorization"]
                 and nd["canonical_request"] == tea["canonical_request"])
        src = [
            "case: %s" % case["name"],
            "about: %s" % case["about"],
        ]
        if case.get("expected"):
            src.append("published/expected signature: %s (reproduced)" % case["expected"])
        src += [
            "",
            "canonical-request.txt, string-to-sign.txt, signature.txt, authorization.txt produced by:",
            "  alibabacloud-tea-openapi %s (PyPI; darabonba-core %s) alibabacloud_tea_openapi/utils.py "
            "Utils.get_authorization(request, 'ACS3-HMAC-SHA256', payload, ak, secret);" % (
                vers["alibabacloud-tea-openapi"], vers["darabonba-core"]),
            "  canonical request = the bytes it passes to Utils.hash, string-to-sign = the string it passes to",
            "  signature_method (both captured while it runs); payload hash = Utils.hex_encode(Utils.hash(body)).",
            "",
            "cross-checks:",
            "  alibabacloud-openapi-util %s Client.get_authorization: Authorization %s" % (
                vers["alibabacloud-openapi-util"], eq(util_auth, tea["authorization"])),
            "  @alicloud/openapi-util %s Client.getAuthorization (specs/tools/tea_v3_sign.js): canonical request %s, "
            "string-to-sign %s, Authorization %s" % (
                vers["@alicloud/openapi-util"], eq(nd["canonical_request"], tea["canonical_request"]),
                eq(nd["string_to_sign"], tea["string_to_sign"]), eq(nd["authorization"], tea["authorization"])),
            "  documented rules (facts 2.2-2.3): canonical request %s, string-to-sign %s, signature %s" % (
                eq(doc_cr, tea["canonical_request"]), eq(doc_sts, tea["string_to_sign"]),
                eq(doc_sig, tea["signature"])),
        ]
        if case.get("names_raw"):
            src.append("  the SDKs' own rule (names sorted raw and NOT encoded, values encoded): canonical request "
                       "equal, string-to-sign equal, signature equal")
        agree = agree and doc_sig == tea["signature"]
        src += [
            "all SDKs and the documented rules agree: %s" % ("yes" if agree else "NO"),
            "interpreters: python %s, node %s" % (".".join(vers["python"].split(".")[:2]),
                                                  vers["node"].lstrip("v").split(".")[0]),
        ]
        d = case["name"]
        files[(d, "request.json")] = request_json(case, query, headers, body)
        files[(d, "canonical-request.txt")] = tea["canonical_request"]
        files[(d, "string-to-sign.txt")] = tea["string_to_sign"]
        files[(d, "signature.txt")] = tea["signature"]
        files[(d, "authorization.txt")] = tea["authorization"]
        if doc_cr != tea["canonical_request"]:
            src.append("NOTE: the documented rules encode names as well; what they give is in documented-*.txt "
                       "(canonical request, string-to-sign, signature).")
        if doc_cr != tea["canonical_request"]:
            # What a signer that follows the documented rules would produce instead (this crate follows the SDKs).
            files[(d, "documented-canonical-request.txt")] = doc_cr
            files[(d, "documented-string-to-sign.txt")] = doc_sts
            files[(d, "documented-signature.txt")] = doc_sig
        files[(d, "source.txt")] = "\n".join(src) + "\n"
        summary.append((d, tea["signature"], agree))
    return files, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="recompute and fail if any committed file differs")
    args = ap.parse_args()
    files, summary = compute_all()
    lines = ["%-30s %s  sdk-agreement=%s" % (d, sig, "yes" if agree else "NO") for d, sig, agree in summary]
    case_folders.sync(files, OUT_DIR, args.check, "signing-v3", lines)


if __name__ == "__main__":
    sdk.ensure_sdk_python()
    main()
