#!/usr/bin/env python3
"""Loopback HTTP server that verifies Alibaba Cloud RPC signature-V1 requests with the OFFICIAL SDKs.

Every request's parameters (query string + application/x-www-form-urlencoded body; '+' decodes to
a space in both, as form decoding does; the union is what is signed) are checked TWO independent ways:
  (a) legacy aliyun-python-sdk-core: rpc_signature_composer.__compose_string_to_sign + __get_signature
      (sha_hmac1), called in-process (official_sdk.legacy_v1);
  (b) @alicloud/pop-core lib/rpc.js signing code, run by `node popcore_sign.js` (JSON on stdin), one
      process per request.
Both must equal the request's Signature.  Then SaveBatchTaskForCreatingOrderRenew is answered 200
{"RequestId": "<uuid>", "TaskNo": "<uuid>"} (XML when Format=XML, the documented default), other
actions {"RequestId": ...}.  Failures are answered like Alibaba's gateway (HTTP 4xx, RequestId/HostId/
Code/Message), e.g. 400 SignatureDoesNotMatch with "server string to sign is:<legacy SDK string-to-sign>".

stdout: "LISTENING <port>" once ready.  stderr, one line per request:
  VERIFIED action=<A> entries=<n> method=<M> body_bytes=<k>
  REJECTED action=<A> code=<Code> method=<M> ... (legacy=<match|mismatch> popcore=<match|mismatch>)
followed, for REJECTED and VERIFIED alike, by an indented "  detail: ..." line (URL size, where the
parameters were, ...).  A SignatureDoesNotMatch also prints "  server-string-to-sign: <sts>" and
"  client-signature: ..." lines.

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
        return params, len(query), len(form)

    def check_time(self, ts):
        try:
            t = datetime.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        except ValueError:
            raise Rejection(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.")
        skew = abs((datetime.datetime.now(datetime.timezone.utc) - t).total_seconds())
        if skew > self.args.max_skew_seconds:
            raise Rejection(400, "InvalidTimeStamp.Expired",
                            "Specified time stamp or date value is expired.", log="skew=%ds" % skew)

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
        with self.lock:
            if params["SignatureNonce"] in self.nonces:
                raise Rejection(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
            self.nonces.add(params["SignatureNonce"])

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
            fmt_xml = False
            body = b""
            try:
                body = self.read_body()
                params, nq, nb = verifier.parse(self, body)
                action = params.get("Action", "?")
                fmt_xml = (params.get("Format") or "XML").upper() == "XML"
                detail = ("url_bytes=%d query_params=%d body_params=%d format=%s" % (
                    len(self.path), nq, nb, params.get("Format", "(absent)")))
                verifier.verify(method, params)
                entries = verifier.count_entries(params)
                if action in TASK_ACTIONS:
                    payload = {"RequestId": request_id, "TaskNo": str(uuid.uuid4())}
                else:
                    payload = {"RequestId": request_id}
                self.send(200, payload, fmt_xml, action + "Response")
                log("VERIFIED action=%s entries=%d method=%s body_bytes=%d" % (action, entries, method, len(body)))
                log("  detail: %s" % detail)
            except Rejection as r:
                payload = {"RequestId": request_id, "HostId": HOST_ID, "Code": r.code, "Message": r.message}
                try:
                    self.send(r.status, payload, fmt_xml, "Error")
                except OSError:
                    pass
                log("REJECTED action=%s code=%s method=%s body_bytes=%d status=%d %s" % (
                    action, r.code, method, len(body), r.status, r.log))
                if getattr(r, "sts", None):
                    log("  server-string-to-sign: " + r.sts)
            except Exception as e:  # noqa: BLE001
                log("REJECTED action=%s code=InternalError method=%s exception=%r" % (action, method, e))
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
    # fail fast (before LISTENING) if either checker is unusable
    sdk.versions()
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
