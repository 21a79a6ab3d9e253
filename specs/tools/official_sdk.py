"""Thin adapters that CALL Alibaba Cloud's official SDK signing code (nothing here re-implements it).

Used by gen_signing_v1.py, gen_signing_v3.py and official_verifier.py.

Python SDKs (installed by scripts/official-signature-check.sh into target/official-sdk/venv):
  * aliyun-python-sdk-core (legacy):  aliyunsdkcore/auth/composer/rpc_signature_composer.py
      __compose_string_to_sign(method, queries) and __get_signature(string_to_sign, secret),
      the latter using aliyunsdkcore/auth/algorithm/sha_hmac1.get_sign_string.
      These are module-level double-underscore functions: Python does not mangle module-level
      names, so they are plain module attributes.  The canonicalized query string is an
      intermediate of __compose_string_to_sign; it is captured as the argument that function
      passes to its own `pathname2url` (the second encoding pass), which is wrapped (and still
      called) while the function runs.
  * alibabacloud-tea-openapi: alibabacloud_tea_openapi.utils.Utils.get_rpcsignature (Tea V1)
      and Utils.get_authorization (V3); V3 intermediates are captured by wrapping Utils.hash and
      the module's signature_method while get_authorization runs.
  * alibabacloud-openapi-util: alibabacloud_openapi_util.client.Client.get_authorization (V3, cross-check).
Node SDKs (target/official-sdk/node): see popcore_sign.js (V1, popcore_v1) and tea_v3_sign.js (V3, node_v3)
beside this file.

documented_* functions are NOT SDK code: they restate the documented rules of
/work/shared/docs/alibaba-rpc-facts.md section 1.2-1.4 and serve only to check the SDKs against the docs.
"""

import contextlib
import hashlib
import hmac
import base64
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
REPO = TOOLS_DIR.parent.parent
SDK_ROOT = Path(os.environ.get("OFFICIAL_SDK_ROOT", REPO / "target" / "official-sdk"))
VENV_PYTHON = SDK_ROOT / "venv" / "bin" / "python"
NODE_MODULES = SDK_ROOT / "node" / "node_modules"

PY_PACKAGES = ["aliyun-python-sdk-core", "alibabacloud-tea-openapi", "alibabacloud-openapi-util",
               "darabonba-core"]


def ensure_sdk_python():
    """Re-exec under the official-SDK venv if the SDK is not importable from this interpreter."""
    try:
        import aliyunsdkcore  # noqa: F401
        import alibabacloud_tea_openapi  # noqa: F401
        return
    except ImportError:
        pass
    if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != VENV_PYTHON.parent.parent.resolve():
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON)] + sys.argv)
    sys.exit("official SDK not installed: run scripts/official-signature-check.sh "
             "(or create %s with the pinned packages)" % VENV_PYTHON)


def versions():
    from importlib.metadata import version
    out = {"python": sys.version.split()[0]}
    for p in PY_PACKAGES:
        out[p] = version(p)
    node = json.loads(run_node("popcore_sign.js", None, ["--versions"]))
    out.update(node)
    return out


# ---------------------------------------------------------------- legacy aliyun-python-sdk-core (V1)

_legacy_lock = threading.Lock()


def legacy_v1(method, params, secret):
    """params: dict name -> str (Signature excluded). Returns canonical_query, string_to_sign, signature."""
    from aliyunsdkcore.auth.composer import rpc_signature_composer as composer
    compose = getattr(composer, "__compose_string_to_sign")
    get_signature = getattr(composer, "__get_signature")
    params = {k: v for k, v in params.items() if k != "Signature"}
    captured = []
    with _legacy_lock:  # the wrapper is installed on the shared module object
        real = composer.pathname2url

        def recording_pathname2url(s):
            captured.append(s)
            return real(s)

        composer.pathname2url = recording_pathname2url
        try:
            sts = compose(method, params)
        finally:
            composer.pathname2url = real
    if len(captured) != 1:
        raise RuntimeError("could not capture the legacy canonical query")
    return {"canonical_query": captured[0], "string_to_sign": sts, "signature": get_signature(sts, secret)}


def tea_py_v1_signature(method, params, secret):
    from alibabacloud_tea_openapi.utils import Utils
    return Utils.get_rpcsignature({k: v for k, v in params.items() if k != "Signature"}, method, secret)


# ---------------------------------------------------------------- Node helpers

def run_node(script, payload, args=(), timeout=120):
    env = dict(os.environ, OFFICIAL_SDK_NODE_MODULES=str(NODE_MODULES))
    proc = subprocess.run(["node", str(TOOLS_DIR / script)] + list(args),
                          input=None if payload is None else json.dumps(payload).encode("utf-8"),
                          capture_output=True, timeout=timeout, env=env)
    if proc.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (script, proc.returncode,
                                                   proc.stderr.decode("utf-8", "replace")))
    return proc.stdout.decode("utf-8")


def popcore_v1(requests):
    """requests: list of {"method","secret","params":[[k,v]...]}; returns list of popcore_sign.js results."""
    return json.loads(run_node("popcore_sign.js", requests))


# ---------------------------------------------------------------- Tea V3

_v3_lock = threading.Lock()


def tea_payload_hash(body_bytes):
    from alibabacloud_tea_openapi.utils import Utils
    return Utils.hex_encode(Utils.hash(body_bytes, "ACS3-HMAC-SHA256"))


def _darabonba_request(method, path, query, headers):
    from darabonba.request import DaraRequest
    r = DaraRequest()
    r.method = method
    r.pathname = path
    r.query = dict(query)
    r.headers = dict(headers)
    return r


def tea_py_v3(method, path, query, headers, payload_hash, ak, secret):
    """Utils.get_authorization from alibabacloud-tea-openapi, with its intermediates captured."""
    from alibabacloud_tea_openapi import utils as tu
    seen = {}
    with _v3_lock:
        real_hash, real_sig = tu.Utils.hash, tu.signature_method

        def hash_(raw, sign_type):
            seen.setdefault("canonical_request", raw.decode("utf-8"))
            return real_hash(raw, sign_type)

        def sig_(secret_, source, sign_type):
            seen["string_to_sign"] = source
            out = real_sig(secret_, source, sign_type)
            seen["signature"] = out.hex()
            return out

        tu.Utils.hash = staticmethod(hash_)
        tu.signature_method = sig_
        try:
            auth = tu.Utils.get_authorization(_darabonba_request(method, path, query, headers),
                                              "ACS3-HMAC-SHA256", payload_hash, ak, secret)
        finally:
            tu.Utils.hash = staticmethod(real_hash)
            tu.signature_method = real_sig
    seen["authorization"] = auth
    return seen


def node_v3(requests):
    """requests: list of {"method","path","query":[[k,v]...],"headers":[[k,v]...],"payload_hash",
    "access_key_id","secret"}; returns the list of tea_v3_sign.js results (@alicloud/openapi-util
    Client.getAuthorization: canonical_request, string_to_sign, signature, authorization, signed_headers)."""
    return json.loads(run_node("tea_v3_sign.js", requests))


# The headers @alicloud/openapi-util getAuthorization can sign (it drops every other header it is given).
NODE_V3_SIGNABLE = ("host", "content-type")
NODE_V3_SIGNABLE_PREFIX = "x-acs-"


def node_v3_can_sign(name):
    name = name.lower()
    return name in NODE_V3_SIGNABLE or name.startswith(NODE_V3_SIGNABLE_PREFIX)


def openapi_util_py_v3_authorization(method, path, query, headers, payload_hash, ak, secret):
    from alibabacloud_openapi_util.client import Client
    from Tea.request import TeaRequest
    r = TeaRequest()
    r.method, r.pathname, r.query, r.headers = method, path, dict(query), dict(headers)
    return Client.get_authorization(r, "ACS3-HMAC-SHA256", payload_hash, ak, secret)


# ---------------------------------------------------------------- documented rules (NOT SDK code)

def documented_enc(s):
    """facts 1.2: UTF-8 bytes; only A-Z a-z 0-9 - _ . ~ literal; uppercase %XY for every other byte."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "-_.~"):
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def documented_v1(method, params, secret):
    items = sorted(((k, v) for k, v in params.items() if k != "Signature" and v is not None),
                   key=lambda kv: kv[0].encode("utf-8"))
    cq = "&".join(documented_enc(k) + "=" + documented_enc(v) for k, v in items)
    sts = method + "&" + documented_enc("/") + "&" + documented_enc(cq)
    sig = base64.b64encode(hmac.new((secret + "&").encode("utf-8"), sts.encode("utf-8"),
                                    hashlib.sha1).digest()).decode("ascii")
    return {"canonical_query": cq, "string_to_sign": sts, "signature": sig}
