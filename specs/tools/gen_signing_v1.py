#!/usr/bin/env python3
"""Generate (or --check) the golden signature-V1 vectors in specs/signing-v1/<case>/.

Every intermediate value is computed by Alibaba Cloud's official SDK code (see official_sdk.py):
canonical query, string-to-sign and signature by the legacy Python core (aliyun-python-sdk-core),
cross-checked against @alicloud/pop-core (its private helpers AND its RPCClient.request()),
alibabacloud-tea-openapi's Utils.get_rpcsignature and @alicloud/openapi-util's getRPCSignature,
and against the documented encoding rules.  If the legacy SDK ever differed from the documented
rules for a case, the documented behaviour (as produced by pop-core) would be written and the
difference recorded in source.txt; if no SDK matched the documented rules, generation fails.

Usage (from the repository root; re-execs itself under target/official-sdk/venv if needed):
    python3 specs/tools/gen_signing_v1.py           # (re)write all case folders
    python3 specs/tools/gen_signing_v1.py --check   # recompute; exit 1 if any file differs
"""

import argparse
import hashlib
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import case_folders  # noqa: E402
import official_sdk as sdk  # noqa: E402

OUT_DIR = sdk.REPO / "specs" / "signing-v1"
TS = "2026-11-28T10:00:00Z"


def nonce(name):
    return hashlib.md5(("nonce:" + name).encode()).hexdigest()


def common(name, action, ak="testid", fmt="JSON", version="2018-01-29"):
    return [
        ("AccessKeyId", ak), ("Action", action), ("Format", fmt), ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureNonce", nonce(name)), ("SignatureVersion", "1.0"), ("Timestamp", TS), ("Version", version),
    ]


def renew_entries(n, start_ms=1767225600000):
    out = []
    for i in range(1, n + 1):
        out += [
            ("OrderRenewParam.%d.DomainName" % i, "d%d.example.com" % i),
            ("OrderRenewParam.%d.SubscriptionDuration" % i, str((i - 1) % 10 + 1)),
            ("OrderRenewParam.%d.CurrentExpirationDate" % i, str(start_ms + (i - 1) * 86400000)),
        ]
    return out


BATCH = "SaveBatchTaskForCreatingOrderRenew"
SINGLE = "SaveSingleTaskForCreatingOrderRenew"
SINGLE_PARAMS = [("DomainName", "example.com"), ("SubscriptionDuration", "2"),
                 ("CurrentExpirationDate", "1767225600000")]
COUPON = "CPN-券/+&=*~ 测试"

CASES = [
    dict(name="describe-regions-public-example", method="GET", secret="testsecret",
         expected="OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
         about="Alibaba's ECS DescribeRegions signature example (facts 1.7; https://developer.aliyun.com/ask/210168, "
               "https://help.aliyun.com/en/document_detail/130769.html).",
         params=[("AccessKeyId", "testid"), ("Action", "DescribeRegions"), ("Format", "XML"),
                 ("SignatureMethod", "HMAC-SHA1"), ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
                 ("SignatureVersion", "1.0"), ("Timestamp", "2016-02-23T12:46:24Z"), ("Version", "2014-05-26")]),
    dict(name="send-sms-public-example", method="GET", secret="testSecret",
         expected="zJDF+Lrzhj/ThnlvIToysFRq6t4=",
         about="Alibaba's SMS SendSms signature example, multibyte SignName and JSON punctuation "
               "(facts 1.8; https://help.aliyun.com/document_detail/56189.html).",
         params=[("AccessKeyId", "testId"), ("Action", "SendSms"), ("Format", "XML"), ("OutId", "123"),
                 ("PhoneNumbers", "15300000001"), ("RegionId", "cn-hangzhou"), ("SignName", "阿里云短信测试专用"),
                 ("SignatureMethod", "HMAC-SHA1"), ("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466"),
                 ("SignatureVersion", "1.0"), ("TemplateCode", "SMS_71390007"),
                 ("TemplateParam", '{"customer":"test"}'), ("Timestamp", "2017-07-12T02:42:19Z"),
                 ("Version", "2017-05-25")]),
    dict(name="domain-batch-renew-post", method="POST", secret="testsecret",
         expected="OPy3P9qjctFt6157DtY9BNAL6zY=",
         about="Domain-shaped value derived from the documented rules (facts 1.8, third bullet; not published by "
               "Alibaba): the 1.7 parameters with SaveBatchTaskForCreatingOrderRenew, JSON, 2018-01-29, one entry.",
         params=[("AccessKeyId", "testid"), ("Action", BATCH), ("Format", "JSON"),
                 ("SignatureMethod", "HMAC-SHA1"), ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
                 ("SignatureVersion", "1.0"), ("Timestamp", "2016-02-23T12:46:24Z"), ("Version", "2018-01-29"),
                 ("OrderRenewParam.1.DomainName", "example.com"), ("OrderRenewParam.1.SubscriptionDuration", "1"),
                 ("OrderRenewParam.1.CurrentExpirationDate", "1522080000000")]),
    dict(name="reserved-characters", method="POST", secret="testsecret",
         about="Sub-delims and gen-delims in values: !'()* (encoded by the rules although JS encodeURIComponent "
               "keeps them) and &=+/?#% (must not split or re-join the query).",
         params=common("reserved-characters", BATCH) + renew_entries(1) + [
             ("UseCoupon", "true"), ("CouponNo", "!'()*"), ("UsePromotion", "true"), ("PromotionNo", "&=+/?#%"),
             ("UserClientIp", "a:b;c,d@e$f[g]h")]),
    dict(name="spaces-and-whitespace", method="GET", secret="testsecret",
         about="Spaces must be %20 (never +), kept where they are (leading, trailing, doubled); tab and newline "
               "are %09 and %0A.",
         params=common("spaces-and-whitespace", SINGLE) + SINGLE_PARAMS + [
             ("CouponNo", "a b"), ("PromotionNo", "  two  spaces  "), ("UserClientIp", "tab\there line\nbreak")]),
    dict(name="asterisk-and-tilde", method="GET", secret="testsecret",
         about="'*' must be %2A and '~' must stay literal (never %7E), in values.",
         params=common("asterisk-and-tilde", SINGLE) + SINGLE_PARAMS + [
             ("CouponNo", "*"), ("PromotionNo", "~"), ("UserClientIp", "a*b~c~~**-_.")]),
    dict(name="percent-literals", method="POST", secret="testsecret",
         about="Values that already look percent-encoded or contain '+': each '%' is encoded as %25, '+' as %2B; "
               "no SDK post-processing (+ -> %20, %7E -> ~) may touch them.",
         params=common("percent-literals", SINGLE) + SINGLE_PARAMS + [
             ("CouponNo", "%7E%20%2A"), ("PromotionNo", "100%+1"), ("UserClientIp", "%%")]),
    dict(name="non-ascii", method="POST", secret="testsecret",
         about="UTF-8 multibyte values: 2-byte (é ñ ü), 3-byte (Chinese, €), 4-byte emoji; one %XY per byte, "
               "uppercase hex.",
         params=common("non-ascii", BATCH) + [
             ("OrderRenewParam.1.DomainName", "例子.中国"), ("OrderRenewParam.1.SubscriptionDuration", "1"),
             ("OrderRenewParam.1.CurrentExpirationDate", "1767225600000"),
             ("OrderRenewParam.2.DomainName", "xn--fsqu00a.xn--fiqs8s"), ("OrderRenewParam.2.SubscriptionDuration", "3"),
             ("OrderRenewParam.2.CurrentExpirationDate", "1767312000000"),
             ("CouponNo", "😀🚀 emoji"), ("PromotionNo", "café ñandú über €5"), ("Lang", "zh")]),
    dict(name="empty-values", method="GET", secret="testsecret",
         about="Empty strings are kept and give 'Name=' (as legacy Python's SignatureType=); they are not dropped.",
         params=common("empty-values", SINGLE) + SINGLE_PARAMS + [
             ("CouponNo", ""), ("PromotionNo", ""), ("SignatureType", ""), ("RegionId", "cn-hangzhou")]),
    dict(name="security-token", method="POST", secret="Sts/Secret+Key=",
         about="STS credentials: SecurityToken signed like any parameter (base64-like token with + / =); the "
               "secret contains + / = and is used raw (never encoded) with '&' appended.",
         params=common("security-token", BATCH, ak="STS.NTsv7cGSFq3v4ZrJxHbKwdmYz") + renew_entries(2) + [
             ("SecurityToken", "CAIS+gF1q6Ft5B2yfSjIr5bSEsn/2LJx1raDWW/Hh2YFe+ZmvbHmsjz2IHpMeXJoBOEet/"
                               "8ymWFV5/0Tlqp6U4cdxnUwy5kU+Yh5f1r1Ls8xGoABRjHQu+lu9w==")]),
    dict(name="renew-single-get", method="GET", secret="testsecret",
         about="GET variant of the renew-single-post request (identical parameters; only the method differs).",
         params=common("renew-single", SINGLE) + SINGLE_PARAMS),
    dict(name="renew-single-post", method="POST", secret="testsecret",
         about="POST variant of the renew-single-get request (identical parameters; only the method differs).",
         params=common("renew-single", SINGLE) + SINGLE_PARAMS),
    dict(name="list-ordering-12", method="POST", secret="testsecret",
         about="12 OrderRenewParam entries: names sort bytewise, so OrderRenewParam.10.X and .11.X and .12.X sort "
               "before OrderRenewParam.2.X (no numeric sort); CurrentExpirationDate before DomainName before "
               "SubscriptionDuration.",
         params=common("list-ordering-12", BATCH) + renew_entries(12)),
    dict(name="byte-order-sort", method="GET", secret="testsecret",
         about="Parameter names sorted by raw bytes: uppercase before '_' before lowercase, shorter prefix first "
               "(AB < A_B < Ab < Z < _x < a).",
         params=common("byte-order-sort", SINGLE) + SINGLE_PARAMS + [
             ("a", "6"), ("_x", "5"), ("Z", "4"), ("Ab", "3"), ("A_B", "2"), ("AB", "1")]),
    dict(name="coupon-non-ascii-reserved", method="POST", secret="emulator-demo-secret",
         about="Two renewal entries with a coupon number mixing non-ASCII and reserved characters "
               "('%s'), as used by scripts/official-signature-check.sh." % COUPON,
         params=common("coupon-non-ascii-reserved", BATCH, ak="emulator-demo-id") + renew_entries(2) + [
             ("UseCoupon", "true"), ("CouponNo", COUPON)]),
    dict(name="legacy-sdk-shaped", method="POST", secret="testsecret",
         about="The parameter set legacy aliyun-python-sdk-core sends for a Domain call (facts 4): RegionId and an "
               "empty SignatureType, plus Lang and UserClientIp.",
         params=common("legacy-sdk-shaped", BATCH) + renew_entries(1) + [
             ("RegionId", "cn-hangzhou"), ("SignatureType", ""), ("Lang", "en"), ("UserClientIp", "127.0.0.1")]),
    dict(name="batch-100", method="POST", secret="emulator-demo-secret",
         about="SaveBatchTaskForCreatingOrderRenew with 100 entries (300 list parameters).",
         params=common("batch-100", BATCH, ak="emulator-demo-id") + renew_entries(100)),
    # Names with reserved characters: user keys put into names, as flat-style maps do (issue 15).
    dict(name="reserved-names-characters", method="POST", secret="testsecret",
         about="User keys in names, as a flat-style map produces them: space, ~ * + / = & %, a key that looks "
               "percent-encoded, non-ASCII and a '#length#key' flat-style key; every name is encoded like a value "
               "(space %20, * %2A, ~ literal) and the names sort by their raw bytes.",
         params=common("reserved-names-characters", BATCH) + renew_entries(1) + [
             ("Tag.a b", "space"), ("Tag.a~b", "tilde"), ("Tag.a*b", "asterisk"), ("Tag.a+b", "plus"),
             ("Tag.a/b", "slash"), ("Tag.a=b", "equals"), ("Tag.a&b", "ampersand"), ("Tag.a%b", "percent"),
             ("Tag.a%20b", "looks encoded"), ("Tag.例子", "non-ASCII"), ("Tag.#3#env", "flat-style key")]),
    dict(name="reserved-names-sort-order", method="POST", secret="testsecret",
         about="Names that sort one way raw and another way encoded (Key= before Key0 encoded, after it raw; Keyé "
               "last raw, before Key- encoded): the SDKs sort the raw names, then encode them.",
         params=common("reserved-names-sort-order", SINGLE) + SINGLE_PARAMS + [
             ("Key ", "space"), ("Key-", "dash"), ("Key.", "dot"), ("Key/", "slash"), ("Key0", "zero"),
             ("Key:", "colon"), ("Key=", "equals"), ("KeyA", "upper"), ("Keya", "lower"), ("Key~", "tilde"),
             ("Keyé", "e-acute"), ("Key", "bare")]),
    dict(name="reserved-names-astral", method="POST", secret="testsecret",
         about="A 4-byte character (U+1F600) against one just below the surrogates' top (U+FF0A): UTF-8 byte order "
               "and code point order (the Python SDKs, the documented rules) put U+FF0A first; JavaScript's "
               "UTF-16 order (the Node SDKs) puts U+1F600 first.",
         params=common("reserved-names-astral", SINGLE) + SINGLE_PARAMS + [
             ("Key\U0001F600", "emoji"), ("Key\uFF0A", "fullwidth asterisk"), ("Key\u00e9", "e-acute")],
         note="the Node SDKs (pop-core, @alicloud/openapi-util) sort names by UTF-16 code units and so differ "
              "here; the values written are the Python SDKs', which sort by code point (= UTF-8 byte order, as "
              "the documented rules and this crate do)."),
]


def shuffled(case):
    params = list(case["params"])
    random.Random("order:" + case["name"]).shuffle(params)  # deterministic "arbitrary order"
    return params


def request_json(case):
    lines = ['{', '  "method": %s,' % sdk.json.dumps(case["method"]),
             '  "secret": %s,' % sdk.json.dumps(case["secret"], ensure_ascii=False), '  "params": [']
    ps = shuffled(case)
    for i, (k, v) in enumerate(ps):
        lines.append('    [%s, %s]%s' % (sdk.json.dumps(k, ensure_ascii=False), sdk.json.dumps(v, ensure_ascii=False),
                                         "," if i + 1 < len(ps) else ""))
    lines += ['  ]', '}']
    return "\n".join(lines) + "\n"


def yes(b):
    return "equal" if b else "DIFFERENT"


def compute_all():
    vers = sdk.versions()
    for c in CASES:
        names = [k for k, _ in c["params"]]
        assert len(names) == len(set(names)), c["name"]
        assert "Signature" not in names
    node = sdk.popcore_v1([{"method": c["method"], "secret": c["secret"], "params": shuffled(c)} for c in CASES])
    files = {}
    summary = []
    for case, pc in zip(CASES, node):
        params = dict(shuffled(case))
        method, secret = case["method"], case["secret"]
        leg = sdk.legacy_v1(method, params, secret)
        doc = sdk.documented_v1(method, params, secret)
        tea = sdk.tea_py_v1_signature(method, params, secret)
        pop = {k: pc[k] for k in ("canonical_query", "string_to_sign", "signature")}
        notes = ["NOTE: " + case["note"]] if case.get("note") else []
        if leg == doc:
            chosen, chosen_by = leg, "legacy"
        elif pop == doc:
            chosen, chosen_by = pop, "pop-core"
            notes.append("NOTE: the legacy Python SDK differs from the documented encoding rules for this case "
                         "(legacy canonical query: %s); the documented behaviour, as produced by pop-core, was "
                         "written." % leg["canonical_query"])
        else:
            raise SystemExit("case %s: neither legacy nor pop-core matches the documented rules:\n legacy=%r\n "
                             "pop=%r\n doc=%r" % (case["name"], leg, pop, doc))
        if case.get("expected") and chosen["signature"] != case["expected"]:
            raise SystemExit("case %s: signature %s != published %s" % (case["name"], chosen["signature"],
                                                                         case["expected"]))
        all_agree = (leg == pop == doc and pc["client_signature"] in (None, leg["signature"])
                     and tea == leg["signature"] == pc["openapi_util_signature"])
        src = [
            "case: %s" % case["name"],
            "method: %s" % method,
            "about: %s" % case["about"],
        ]
        if case.get("expected"):
            src.append("published/expected signature: %s (reproduced)" % case["expected"])
        src += [
            "",
            "canonical-query.txt, string-to-sign.txt, signature.txt produced by (%s):" % (
                "aliyun-python-sdk-core %s" % vers["aliyun-python-sdk-core"] if chosen_by == "legacy"
                else "@alicloud/pop-core %s" % vers["@alicloud/pop-core"]),
            "  aliyun-python-sdk-core %s (PyPI), aliyunsdkcore/auth/composer/rpc_signature_composer.py:" % vers[
                "aliyun-python-sdk-core"],
            "    __compose_string_to_sign(method, params) -> string-to-sign; the canonical query is the string it",
            "    passes to its second encoding pass (pathname2url), captured while it runs;",
            "    __get_signature(string_to_sign, secret) -> aliyunsdkcore/auth/algorithm/sha_hmac1.py get_sign_string"
            " (key = secret + '&').",
            "",
            "cross-checks:",
            "  @alicloud/pop-core %s (npm) lib/rpc.js encode/normalize/canonicalize + kitx %s sha1 "
            "(specs/tools/popcore_sign.js):" % (vers["@alicloud/pop-core"], vers["kitx"]),
            "    canonical query %s, string-to-sign %s, signature %s" % (
                yes(pop["canonical_query"] == leg["canonical_query"]), yes(pop["string_to_sign"] == leg["string_to_sign"]),
                yes(pop["signature"] == leg["signature"])),
            "  @alicloud/pop-core %s RPCClient.request() (HTTP stubbed): %s" % (
                vers["@alicloud/pop-core"],
                "not applicable (parameters lack a default pop-core adds)" if pc["client_signature"] is None else
                "string-to-sign %s, signature %s" % (yes(pc["client_string_to_sign"] == leg["string_to_sign"]),
                                                    yes(pc["client_signature"] == leg["signature"]))),
            "  alibabacloud-tea-openapi %s Utils.get_rpcsignature: signature %s" % (
                vers["alibabacloud-tea-openapi"], yes(tea == leg["signature"])),
            "  @alicloud/openapi-util %s Client.getRPCSignature: signature %s" % (
                vers["@alicloud/openapi-util"], yes(pc["openapi_util_signature"] == leg["signature"])),
            "  documented rules (facts 1.2-1.4; space %%20, * %%2A, ~ literal, uppercase hex, byte-order sort): "
            "canonical query %s, string-to-sign %s, signature %s" % (
                yes(doc["canonical_query"] == leg["canonical_query"]), yes(doc["string_to_sign"] == leg["string_to_sign"]),
                yes(doc["signature"] == leg["signature"])),
            "all SDKs and the documented rules agree: %s" % ("yes" if all_agree else "NO"),
            "interpreters: python %s, node %s" % (".".join(vers["python"].split(".")[:2]),
                                                  vers["node"].lstrip("v").split(".")[0]),
        ] + notes
        d = case["name"]
        files[(d, "request.json")] = request_json(case)
        files[(d, "canonical-query.txt")] = chosen["canonical_query"]
        files[(d, "string-to-sign.txt")] = chosen["string_to_sign"]
        files[(d, "signature.txt")] = chosen["signature"]
        files[(d, "source.txt")] = "\n".join(src) + "\n"
        summary.append((d, chosen["signature"], all_agree, notes))
    return files, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="recompute and fail if any committed file differs")
    ap.add_argument("--out", default=str(OUT_DIR), help=argparse.SUPPRESS)
    args = ap.parse_args()
    files, summary = compute_all()
    lines = ["%-34s %s  sdk-agreement=%s%s" % (d, sig, "yes" if agree else "NO", "  (see notes)" if notes else "")
             for d, sig, agree, notes in summary]
    case_folders.sync(files, Path(args.out), args.check, "signing-v1", lines)


if __name__ == "__main__":
    sdk.ensure_sdk_python()
    main()
