#!/usr/bin/env python3
"""Loopback HTTP server that verifies Alibaba Cloud RPC requests, signature V1 and V3, with the OFFICIAL SDKs.

A request with an Authorization header is checked as signature V3 (facts section 2); any other as V1.
It also stands in for a product's real host when a client sends to it over plain HTTP through it as the
proxy (`HTTP_PROXY`, an absolute-form request line): the request is judged as sent, Host header included.

V1: every request's parameters (query string + application/x-www-form-urlencoded body; '+' decodes to
a space in both, as form decoding does; the union is what is signed) are checked TWO independent ways:
  (a) legacy aliyun-python-sdk-core: rpc_signature_composer.__compose_string_to_sign + __get_signature
      (sha_hmac1), called in-process (official_sdk.legacy_v1);
  (b) @alicloud/pop-core lib/rpc.js signing code, run by `node popcore_sign.js` (JSON on stdin), one
      process per request.
Both must equal the request's Signature; then Timestamp (15 min) and SignatureNonce (not reused) are checked.

V3 (`Authorization: ACS3-HMAC-SHA256 Credential=<ak>,SignedHeaders=<a;b;..>,Signature=<hex>`):
  * Credential must be the known AccessKeyId; host, x-acs-action, x-acs-version, x-acs-date,
    x-acs-signature-nonce, x-acs-content-sha256 must be present, and every host / x-acs-* header present
    (and content-type when there is a body) must be in SignedHeaders; every signed header must be present, once;
  * x-acs-content-sha256 must equal the body's SHA-256 (Tea Utils.hash / hex_encode of the raw body bytes);
  * the Authorization is recomputed over exactly the headers named in SignedHeaders (values as received), the
    decoded query ('+' = space; the body is covered only by its hash) and the body hash, by
      (a) alibabacloud-tea-openapi Utils.get_authorization (official_sdk.tea_py_v3, the call gen_signing_v3.py
          makes; its canonical request and string-to-sign are captured),
      (b) alibabacloud-openapi-util (Python) Client.get_authorization, and
      (c) @alicloud/openapi-util Client.getAuthorization via `node tea_v3_sign.js`, one process per request;
          it signs only host, content-type and x-acs-* headers, so it is n/a (not consulted) when
          SignedHeaders names others (the official Tea Python client also signs accept and user-agent);
    each consulted checker must reproduce the request's Authorization header byte for byte;
  * x-acs-date within --max-skew-seconds (900) of now; x-acs-signature-nonce not seen before (one nonce set
    shared with V1).
  Action = x-acs-action; the response is JSON unless a Format=XML parameter asks for XML.

Then SaveBatchTaskForCreatingOrderRenew is answered 200 {"RequestId": "<uuid>", "TaskNo": "<uuid>"} (V1: XML
when Format=XML, the documented default), AddDomainRecord also with a RecordId, other actions {"RequestId": ...}.  Failures are answered like
Alibaba's gateway (HTTP 4xx, RequestId/HostId/Code/Message), e.g. 400 SignatureDoesNotMatch with "server string
to sign is:<legacy SDK string-to-sign>" (V3: Tea's string-to-sign), InvalidAccessKeyId.NotFound,
SignatureNonceUsed, InvalidTimeStamp.Expired/.Format, IncompleteSignature (V3 header not signed or malformed
Authorization), InvalidParameter (V3 x-acs-content-sha256 differs from the body's SHA-256).

stdout: "LISTENING <port>" once ready.  stderr, one line per request:
  VERIFIED action=<A> entries=<n> method=<M> body_bytes=<k> signature=<v1|v3>
  REJECTED action=<A> code=<Code> method=<M> body_bytes=<k> signature=<v1|v3> status=<s> ...
           (V1: legacy=<match|mismatch> popcore=<match|mismatch>; V3: tea-openapi=... openapi-util-py=...
           openapi-util-node=<match|mismatch|n/a>, naming the disagreeing checkers)
A VERIFIED line is followed by an indented "  detail: ..." line (URL size, where the parameters were, V3 signed
headers and checker verdicts, the Host header, and the action's own parameter names: names=A,B.1.C,...).  A SignatureDoesNotMatch also prints "  server-string-to-sign: ..." (V3: JSON
string) and, for V3, "  server-canonical-request: <JSON string>" lines.

Usage: official_verifier.py [--port 0] [--secret emulator-demo-secret] [--access-key-id emulator-demo-id]
                            [--max-requests N] [--max-skew-seconds 900] [--max-request-line BYTES]
Runs under target/official-sdk/venv (re-execs itself there if the SDK is not importable).
"""

import argparse
import datetime
import json
import os
import re
import signal
import sys
import threading
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit
from xml.sax.saxutils import escape as xml_escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import official_sdk as sdk  # noqa: E402

HOST_ID = "domain.aliyuncs.com"
REQUIRED = ["Action", "Version", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce",
            "Timestamp"]
ENTRY_RE = re.compile(r"^OrderRenewParam\.([0-9]+)\.(.+)$")
ENTRY_FIELDS = ("DomainName", "SubscriptionDuration", "CurrentExpirationDate")
TASK_ACTIONS = {"SaveBatchTaskForCreatingOrderRenew", "SaveSingleTaskForCreatingOrderRenew"}
# What an action's answer needs beyond RequestId for its typed response to read.
ANSWER_FIELDS = {"AddDomainRecord": {"RecordId": "verified-record"}}
# Parameters every request carries (V1); the others are the action's own, listed in the log.
COMMON = set(REQUIRED) | {"Signature", "Format", "SecurityToken"}
MAX_LOGGED_NAMES = 12
V3_ALGORITHM = "ACS3-HMAC-SHA256"
# "<algorithm> Credential=<ak>,SignedHeaders=<a;b;...>,Signature=<hex>" (facts 2.3)
AUTH_V3_RE = re.compile(r"(ACS3-[A-Z0-9-]+) Credential=([^,\s]*),SignedHeaders=([^,\s]*),Signature=([0-9a-fA-F]+)")
REQUIRED_V3_HEADERS = ("host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce",
                       "x-acs-content-sha256")


class Rejection(Exception):
    def __init__(self, status, code, message, log=""):
        super().__init__(message)
        self.status, self.code, self.message, self.log = status, code, message, log


def log(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class Verifier:
    def __init__(self, args):
        self.args = args
        self.nonces = set()
        self.lock = threading.Lock()
        self.count = 0

    def parse(self, handler, body):
        split = urlsplit(handler.path)
        if split.path not in ("/", ""):
            raise Rejection(404, "InvalidAction.NotFound", "Specified path %s is not found." % split.path)
        try:
            query = parse_qsl(split.query, keep_blank_values=True, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise Rejection(400, "InvalidParameter", "The query string is not valid UTF-8.")
        ctype = (handler.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        form = []
        if body:
            if ctype != "application/x-www-form-urlencoded":
                raise Rejection(400, "InvalidParameter",
                                "A request body must be application/x-www-form-urlencoded (got %r)." % ctype)
            try:
                form = parse_qsl(body.decode("utf-8", "strict"), keep_blank_values=True, encoding="utf-8",
                                 errors="strict")
            except UnicodeDecodeError:
                raise Rejection(400, "InvalidParameter", "The request body is not valid UTF-8.")
        params = {}
        for k, v in query + form:
            if k in params:
                raise Rejection(400, "InvalidParameter", "Parameter %s is given more than once." % k,
                                log="duplicate parameter %s" % k)
            params[k] = v
        return params, dict(query), len(query), len(form)

    def check_time(self, ts):
        try:
            t = datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            raise Rejection(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.",
                            log="date=%r" % ts)
        skew = abs((datetime.datetime.now(datetime.timezone.utc) - t).total_seconds())
        if skew > self.args.max_skew_seconds:
            raise Rejection(400, "InvalidTimeStamp.Expired",
                            "Specified time stamp or date value is expired.", log="skew=%ds" % skew)

    def use_nonce(self, nonce):
        with self.lock:
            if nonce in self.nonces:
                raise Rejection(400, "SignatureNonceUsed", "Specified signature nonce was used already.",
                                log="nonce=%s" % nonce)
            self.nonces.add(nonce)

    def verify(self, method, params):
        signature = params.get("Signature")
        if signature is None:
            raise Rejection(400, "MissingSignature",
                            'The input parameter "Signature" that is mandatory for processing this request is not supplied.')
        for name in REQUIRED:
            if name not in params:
                raise Rejection(400, "Missing" + name,
                                'The input parameter "%s" that is mandatory for processing this request is not '
                                'supplied.' % name)
        if params["AccessKeyId"] != self.args.access_key_id:
            raise Rejection(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.",
                            log="AccessKeyId=%r" % params["AccessKeyId"])
        if params["SignatureMethod"] != "HMAC-SHA1":
            raise Rejection(400, "InvalidParameter", "Specified SignatureMethod is not supported.")
        if params["SignatureVersion"] != "1.0":
            raise Rejection(400, "InvalidParameter", "Specified SignatureVersion is not supported.")
        signed = {k: v for k, v in params.items() if k != "Signature"}
        legacy = sdk.legacy_v1(method, signed, self.args.secret)
        try:
            pop = sdk.popcore_v1([{"method": method, "secret": self.args.secret,
                                   "params": [[k, v] for k, v in signed.items()]}])[0]
        except Exception as e:  # noqa: BLE001
            raise Rejection(500, "InternalError", "The request processing has failed due to some unknown error.",
                            log="popcore checker failed: %s" % str(e).strip().replace("\n", " | ")[:500])
        legacy_ok = legacy["signature"] == signature
        pop_ok = pop["signature"] == signature
        if not (legacy_ok and pop_ok):
            which = []
            if not legacy_ok:
                which.append("legacy-python-sdk")
            if not pop_ok:
                which.append("pop-core")
            detail = ("legacy=%s popcore=%s disagreeing=%s client_signature=%s legacy_signature=%s "
                      "popcore_signature=%s%s" % (
                          "match" if legacy_ok else "mismatch", "match" if pop_ok else "mismatch", ",".join(which),
                          signature, legacy["signature"], pop["signature"],
                          "" if legacy["string_to_sign"] == pop["string_to_sign"]
                          else " NOTE=legacy-and-popcore-string-to-sign-differ"))
            r = Rejection(400, "SignatureDoesNotMatch",
                          "Specified signature is not matched with our calculation. server string to sign is:"
                          + legacy["string_to_sign"], log=detail)
            r.sts = legacy["string_to_sign"]
            raise r
        self.check_time(params["Timestamp"])
        self.use_nonce(params["SignatureNonce"])

    def verify_v3(self, method, path, headers, query, body, authorization):
        """Signature V3 (facts section 2).  headers: the request's email.message.Message; query: dict of the
        decoded query parameters; body: raw bytes.  Returns (action, detail) or raises Rejection."""
        m = AUTH_V3_RE.fullmatch(authorization.strip())
        if not m:
            raise Rejection(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.",
                            log="authorization=%r" % authorization[:200])
        algorithm, ak, signed_list, _ = m.groups()
        if algorithm != V3_ALGORITHM:
            raise Rejection(400, "InvalidParameter", "Specified signature algorithm %s is not supported." % algorithm)
        if ak != self.args.access_key_id:
            raise Rejection(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.",
                            log="AccessKeyId=%r" % ak)
        signed = signed_list.split(";") if signed_list else []
        # header names present in the request, lowercased, with their values
        present = {}
        for name in headers.keys():
            present.setdefault(name.lower(), [])
        for name in present:
            present[name] = headers.get_all(name) or []
        for name in REQUIRED_V3_HEADERS:
            if name not in present:
                raise Rejection(400, "MissingParameter",
                                'The input header "%s" that is mandatory for processing this request is not '
                                'supplied.' % name)
        must_sign = [n for n in present if n.startswith("x-acs-") or n == "host" or (n == "content-type" and body)]
        unsigned = [n for n in must_sign if n not in signed]
        if unsigned:
            raise Rejection(400, "IncompleteSignature",
                            "The request signature does not conform to Aliyun standards: header(s) %s must be "
                            "signed." % ",".join(unsigned), log="SignedHeaders=%s" % signed_list)
        missing = [n for n in signed if n not in present]
        if missing:
            raise Rejection(400, "IncompleteSignature",
                            "The request signature does not conform to Aliyun standards: signed header(s) %s are "
                            "not in the request." % ",".join(missing), log="SignedHeaders=%s" % signed_list)
        repeated = [n for n in signed if len(present[n]) != 1]
        if repeated:
            raise Rejection(400, "InvalidParameter", "Header(s) %s are given more than once." % ",".join(repeated))
        if "Signature" in query:
            raise Rejection(400, "InvalidParameter",
                            "A request signed with an Authorization header must not carry a Signature parameter.")
        sent_hash = present["x-acs-content-sha256"][0].strip()
        body_hash = sdk.tea_payload_hash(body)
        if sent_hash != body_hash:
            raise Rejection(400, "InvalidParameter",
                            "The x-acs-content-sha256 header does not match the SHA-256 of the request body.",
                            log="x-acs-content-sha256=%s body_sha256=%s body_bytes=%d" % (sent_hash, body_hash,
                                                                                          len(body)))
        # exactly the headers the client signed, as received
        signed_headers = [(n, present[n][0]) for n in signed]
        tea = sdk.tea_py_v3(method, path, query, signed_headers, body_hash, ak, self.args.secret)
        util_py = sdk.openapi_util_py_v3_authorization(method, path, query, signed_headers, body_hash, ak,
                                                       self.args.secret)
        node_ok, node = None, None
        node_skip = [n for n in signed if not sdk.node_v3_can_sign(n)]
        if not node_skip:
            try:
                node = sdk.node_v3([{"method": method, "path": path, "query": [[k, v] for k, v in query.items()],
                                     "headers": [[k, v] for k, v in signed_headers], "payload_hash": body_hash,
                                     "access_key_id": ak, "secret": self.args.secret}])[0]
            except Exception as e:  # noqa: BLE001
                raise Rejection(500, "InternalError", "The request processing has failed due to some unknown error.",
                                log="openapi-util node checker failed: %s" % str(e).strip().replace("\n", " | ")[:500])
            node_ok = node["authorization"] == authorization.strip()
        tea_ok = tea["authorization"] == authorization.strip()
        util_ok = util_py == authorization.strip()
        verdict = lambda ok: "n/a" if ok is None else ("match" if ok else "mismatch")  # noqa: E731
        checkers = "tea-openapi=%s openapi-util-py=%s openapi-util-node=%s%s" % (
            verdict(tea_ok), verdict(util_ok), verdict(node_ok),
            "(signs only host,content-type,x-acs-*; request signs %s)" % ",".join(node_skip) if node_skip else "")
        if not (tea_ok and util_ok and node_ok is not False):
            which = [n for n, ok in (("tea-openapi", tea_ok), ("openapi-util-py", util_ok),
                                     ("openapi-util-node", node_ok)) if ok is False]
            note = ""
            if node is not None and node["canonical_request"] != tea["canonical_request"]:
                note = " NOTE=tea-and-node-canonical-request-differ"
            r = Rejection(400, "SignatureDoesNotMatch",
                          "Specified signature is not matched with our calculation. server string to sign is:"
                          + tea["string_to_sign"],
                          log="%s disagreeing=%s client_authorization=%s tea_authorization=%s%s" % (
                              checkers, ",".join(which), authorization.strip(), tea["authorization"], note))
            r.sts = tea["string_to_sign"]
            r.canonical_request = tea["canonical_request"]
            raise r
        self.check_time(present["x-acs-date"][0].strip())
        self.use_nonce(present["x-acs-signature-nonce"][0].strip())
        action = present["x-acs-action"][0].strip()
        return action, "signed_headers=%s %s" % (signed_list, checkers)

    @staticmethod
    def count_entries(params):
        entries = {}
        for k, v in params.items():
            m = ENTRY_RE.match(k)
            if m:
                entries.setdefault(int(m.group(1)), {})[m.group(2)] = v
                if m.group(1) != str(int(m.group(1))):
                    raise Rejection(400, "InvalidParameter", "Invalid list index in %s." % k)
        n = len(entries)
        if sorted(entries) != list(range(1, n + 1)):
            raise Rejection(400, "InvalidParameter", "OrderRenewParam indexes must be 1..N without gaps.",
                            log="indexes=%s" % sorted(entries)[:20])
        for i in range(1, n + 1):
            e = entries[i]
            for f in ENTRY_FIELDS:
                if f not in e:
                    raise Rejection(400, "MissingOrderRenewParam.%d.%s" % (i, f),
                                    'The input parameter "OrderRenewParam.%d.%s" that is mandatory for processing '
                                    'this request is not supplied.' % (i, f))
            if not re.fullmatch(r"(10|[1-9])", e["SubscriptionDuration"]):
                raise Rejection(400, "ParameterIllegal", "OrderRenewParam.%d.SubscriptionDuration must be 1-10." % i)
            if not re.fullmatch(r"[0-9]{1,16}", e["CurrentExpirationDate"]):
                raise Rejection(400, "ParameterIllegal",
                                "OrderRenewParam.%d.CurrentExpirationDate must be epoch milliseconds." % i)
        return n


def own_names(params):
    """The action's own parameter names, sorted and comma-separated (the first MAX_LOGGED_NAMES)."""
    names = sorted(n for n in params if n not in COMMON)
    shown = ",".join(names[:MAX_LOGGED_NAMES])
    return shown + (",+%d more" % (len(names) - MAX_LOGGED_NAMES) if len(names) > MAX_LOGGED_NAMES else "")


def make_handler(verifier, server_ref):
    args = verifier.args

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "official-verifier"
        sys_version = ""

        def log_message(self, fmt, *a):  # the access log would clutter stderr
            pass

        def handle_one_request(self):
            # as BaseHTTPRequestHandler.handle_one_request, with a configurable request-line limit
            # (a 1000-entry query string is ~130 KB; the stdlib stops at 64 KB)
            try:
                limit = args.max_request_line
                self.raw_requestline = self.rfile.readline(limit + 1)
                if len(self.raw_requestline) > limit:
                    self.requestline, self.request_version, self.command = "", "", ""
                    log("REJECTED action=? code=414 method=? detail=request line longer than %d bytes" % limit)
                    self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                    self.close_connection = True
                    verifier_done()
                    return
                if not self.raw_requestline:
                    self.close_connection = True
                    return
                if not self.parse_request():
                    return
                mname = "do_" + self.command
                if not hasattr(self, mname):
                    self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                    return
                getattr(self, mname)()
                self.wfile.flush()
            except TimeoutError as e:
                self.log_error("Request timed out: %r", e)
                self.close_connection = True

        def read_body(self):
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass
                        break
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                return b"".join(chunks)
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def do_GET(self):
            self.handle_rpc("GET")

        def do_POST(self):
            self.handle_rpc("POST")

        def send(self, status, payload, fmt_xml, root):
            request_id = payload["RequestId"]
            if fmt_xml:
                inner = "".join("<%s>%s</%s>" % (k, xml_escape(str(v)), k) for k, v in payload.items())
                data = ("<?xml version='1.0' encoding='UTF-8'?><%s>%s</%s>" % (root, inner, root)).encode("utf-8")
                ctype = "text/xml;charset=utf-8"
            else:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                ctype = "application/json;charset=utf-8"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-acs-request-id", request_id)
            self.end_headers()
            self.wfile.write(data)

        def handle_rpc(self, method):
            request_id = str(uuid.uuid4()).upper()
            action = "?"
            version = "v1"
            fmt_xml = False
            body = b""
            try:
                body = self.read_body()
                authorization = self.headers.get("Authorization")
                if authorization is not None:
                    version = "v3"
                    action = self.headers.get("x-acs-action", "?")
                params, query, nq, nb = verifier.parse(self, body)
                if version == "v1":
                    action = params.get("Action", "?")
                    # V1: Format decides, XML when absent (the documented default); V3: JSON unless Format=XML
                    fmt_xml = (params.get("Format") or "XML").upper() == "XML"
                else:
                    fmt_xml = (params.get("Format") or "JSON").upper() == "XML"
                detail = ("url_bytes=%d query_params=%d body_params=%d format=%s" % (
                    len(self.path), nq, nb, params.get("Format", "(absent)")))
                if version == "v1":
                    verifier.verify(method, params)
                else:
                    action, more = verifier.verify_v3(method, urlsplit(self.path).path or "/", self.headers, query,
                                                      body, authorization)
                    detail += " " + more
                entries = verifier.count_entries(params)
                detail += " host=%s names=%s" % (self.headers.get("Host", "?"), own_names(params))
                if action in TASK_ACTIONS:
                    payload = {"RequestId": request_id, "TaskNo": str(uuid.uuid4())}
                else:
                    payload = dict({"RequestId": request_id}, **ANSWER_FIELDS.get(action, {}))
                self.send(200, payload, fmt_xml, action + "Response")
                log("VERIFIED action=%s entries=%d method=%s body_bytes=%d signature=%s" % (
                    action, entries, method, len(body), version))
                log("  detail: %s" % detail)
            except Rejection as r:
                payload = {"RequestId": request_id, "HostId": HOST_ID, "Code": r.code, "Message": r.message}
                try:
                    self.send(r.status, payload, fmt_xml, "Error")
                except OSError:
                    pass
                log("REJECTED action=%s code=%s method=%s body_bytes=%d signature=%s status=%d %s" % (
                    action, r.code, method, len(body), version, r.status, r.log))
                if getattr(r, "canonical_request", None):
                    log("  server-canonical-request: " + json.dumps(r.canonical_request, ensure_ascii=False))
                if getattr(r, "sts", None):
                    log("  server-string-to-sign: " + json.dumps(r.sts, ensure_ascii=False)
                        if "\n" in r.sts else "  server-string-to-sign: " + r.sts)
            except Exception as e:  # noqa: BLE001
                log("REJECTED action=%s code=InternalError method=%s signature=%s exception=%r" % (
                    action, method, version, e))
                try:
                    self.send(500, {"RequestId": request_id, "HostId": HOST_ID, "Code": "InternalError",
                                    "Message": "The request processing has failed due to some unknown error."},
                              fmt_xml, "Error")
                except OSError:
                    pass
            finally:
                verifier_done()

    def verifier_done():
        with verifier.lock:
            verifier.count += 1
            done = args.max_requests and verifier.count >= args.max_requests
        if done:
            threading.Thread(target=server_ref[0].shutdown, daemon=True).start()

    return Handler


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--secret", default="emulator-demo-secret")
    ap.add_argument("--access-key-id", default="emulator-demo-id")
    ap.add_argument("--max-requests", type=int, default=0, help="exit after N requests (0: never)")
    ap.add_argument("--max-skew-seconds", type=int, default=900)
    ap.add_argument("--max-request-line", type=int, default=8 * 1024 * 1024)
    args = ap.parse_args()
    # fail fast (before LISTENING) if any checker is unusable
    sdk.versions()
    sdk.node_v3([])
    verifier = Verifier(args)
    server_ref = [None]
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(verifier, server_ref))
    server.daemon_threads = True
    server.block_on_close = False  # do not wait for idle keep-alive connections on exit
    server_ref[0] = server

    def on_term(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    print("LISTENING %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    log("verifier exiting after %d request(s)" % verifier.count)


if __name__ == "__main__":
    sdk.ensure_sdk_python()
    main()
