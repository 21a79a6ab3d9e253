#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from the repository's spec vectors.

    python3 fuzz/gen_seeds.py OUT_DIR

Creates OUT_DIR/<target>/ for every target: response bodies from specs/responses/*.json (with
the first byte selecting the status, see fuzz/src/lib.rs) and signed requests from
specs/signing-v1/*/ and specs/signing-v3/*/ as HTTP/1-shaped text. Nothing here is committed:
scripts/fuzz.sh regenerates it before every run.
"""

import hashlib
import json
import pathlib
import sys
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

# Must match STATUSES in fuzz/src/lib.rs.
STATUSES = [200, 201, 204, 299, 100, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 0,
            599, 999, 65535]


def enc(text):
    return urllib.parse.quote(text, safe="-_.~", encoding="utf-8")


def pairs(items):
    return "&".join(f"{enc(n)}={enc(v)}" for n, v in items)


def http(method, query, headers, body=b""):
    head = f"{method} /{'?' + query if query else ''} HTTP/1.1\r\n"
    head += "".join(f"{n}: {v}\r\n" for n, v in headers)
    return head.encode() + b"\r\n" + body


def response_seeds():
    seeds = {}
    for path in sorted((SPECS / "responses").glob("*.json")):
        spec = json.loads(path.read_text())
        body = spec["body"].encode()
        status = spec.get("status", 200)
        index = STATUSES.index(status) if status in STATUSES else 0
        seeds[f"spec-{path.stem}"] = bytes([index]) + body
        # The same body under the other class of status.
        seeds[f"spec-{path.stem}-flipped"] = bytes([6 if index < 4 else 0]) + body
    seeds["deep-json"] = b"\x00" + b'{"RequestId":"R","Data":' * 200 + b"1" + b"}" * 200
    seeds["deep-xml"] = b"\x00" + b"<R>" * 80 + b"x" + b"</R>" * 80
    seeds["xml-entity-bomb"] = (
        b"\x00<?xml version='1.0'?><!DOCTYPE R [<!ENTITY a 'aaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>"
        b"<R><RequestId>&b;</RequestId><TaskNo>&#x41;&lt;</TaskNo></R>"
    )
    seeds["bom-json"] = b"\x00\xef\xbb\xbf" + b'{"RequestId":"R","TaskNo":"T"}'
    seeds["task-details"] = b"\x00" + json.dumps({
        "RequestId": "R", "CurrentPageNum": 1, "PageSize": "20", "TotalItemNum": 2,
        "NextPage": "false", "Data": {"TaskDetail": [
            {"DomainName": "a.com", "TaskStatus": "EXECUTE_SUCCESS", "TaskStatusCode": 2,
             "TryCount": "1", "TaskResult": 12345},
            {"DomainName": "b.com", "TaskStatusCode": "3", "ErrorMsg": "x"}]}}).encode()
    seeds["task-details-xml"] = (
        b"\x00<QueryTaskDetailListResponse><RequestId>R</RequestId><Data><TaskDetail>"
        b"<DomainName>a.com</DomainName><TaskStatusCode>1</TaskStatusCode></TaskDetail>"
        b"</Data></QueryTaskDetailListResponse>"
    )
    return seeds


def request_seeds():
    seeds = {}
    for case in sorted((SPECS / "signing-v1").iterdir()):
        spec = json.loads((case / "request.json").read_text())
        signature = (case / "signature.txt").read_text().strip()
        params = [tuple(p) for p in spec["params"]] + [("Signature", signature)]
        method = spec["method"]
        seeds[f"v1-{case.name}"] = http(method, pairs(params), [("host", "domain.aliyuncs.com")])
        common = {"Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
                  "SignatureVersion", "SignatureNonce", "Timestamp", "SecurityToken", "Signature"}
        query = [p for p in params if p[0] in common]
        body = [p for p in params if p[0] not in common]
        if body:
            seeds[f"v1-{case.name}-form"] = http(
                method, pairs(query),
                [("host", "domain.aliyuncs.com"),
                 ("content-type", "application/x-www-form-urlencoded")],
                pairs(body).encode())
    for case in sorted((SPECS / "signing-v3").iterdir()):
        spec = json.loads((case / "request.json").read_text())
        authorization = (case / "authorization.txt").read_text().strip()
        body = spec.get("body", "").encode()
        headers = [tuple(h) for h in spec["headers"]] + [("authorization", authorization)]
        assert any(n == "x-acs-content-sha256" and v == hashlib.sha256(body).hexdigest()
                   for n, v in headers), case
        query = pairs(tuple(p) for p in spec.get("query", []))
        seeds[f"v3-{case.name}"] = http(spec["method"], query, headers, body)
    return seeds


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "corpus")
    requests = request_seeds()
    targets = {
        "decode_response": response_seeds(),
        "emulator_request": requests,
        "emulator_v1": {k: v for k, v in requests.items() if k.startswith("v1-")},
        "emulator_v3": {k: v for k, v in requests.items() if k.startswith("v3-")},
    }
    for target, seeds in targets.items():
        directory = out / target
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in seeds.items():
            (directory / f"seed-{name}").write_bytes(data)
        print(f"{target}: {len(seeds)} seeds")


if __name__ == "__main__":
    main()
