#!/usr/bin/env node
// Computes an ACS3-HMAC-SHA256 (signature V3) Authorization with the OFFICIAL npm package
// @alicloud/openapi-util (Client.getAuthorization). Intermediates are captured by wrapping the
// package's own Client.hash / Client.signatureMethod while they run (their results are passed through).
//
// stdin:  {"method", "path", "query": [[k, v], ...], "headers": [[k, v], ...], "payload_hash",
//          "access_key_id", "secret"}  (or an array of them)
// stdout: {"canonical_request", "string_to_sign", "signature", "authorization", "signed_headers"} (or an
//         array); "signed_headers" is the SignedHeaders list getAuthorization put into the Authorization.
// Note: getAuthorization signs only host, content-type and x-acs-* of the headers given (Python Tea signs all).
// Used by gen_signing_v3.py (golden vectors) and official_verifier.py (V3 cross-check, one process per request).
'use strict';

const path = require('path');

const NODE_MODULES = process.env.OFFICIAL_SDK_NODE_MODULES ||
  path.resolve(__dirname, '..', '..', 'target', 'official-sdk', 'node', 'node_modules');
const OpenApiUtil = require(require.resolve('@alicloud/openapi-util', { paths: [NODE_MODULES] })).default;

function toObject(pairs) {
  const obj = {};
  for (const [k, v] of pairs) {
    if (Object.prototype.hasOwnProperty.call(obj, k)) throw new Error('duplicate key ' + k);
    obj[k] = v;
  }
  return obj;
}

function signOne(req) {
  const realHash = OpenApiUtil.hash;
  const realSig = OpenApiUtil.signatureMethod;
  const seen = {};
  OpenApiUtil.hash = function (raw, alg) {
    if (seen.canonical_request === undefined) seen.canonical_request = Buffer.from(raw).toString('utf8');
    return realHash.apply(this, arguments);
  };
  OpenApiUtil.signatureMethod = function (secret, source, alg) {
    seen.string_to_sign = source;
    const out = realSig.apply(this, arguments);
    seen.signature = Buffer.from(out).toString('hex');
    return out;
  };
  try {
    const request = {
      method: req.method,
      pathname: req.path,
      query: toObject(req.query),
      headers: toObject(req.headers),
    };
    const authorization = OpenApiUtil.getAuthorization(request, 'ACS3-HMAC-SHA256', req.payload_hash,
      req.access_key_id, req.secret);
    const m = /,SignedHeaders=([^,]*),/.exec(authorization);
    return Object.assign(seen, { authorization, signed_headers: m ? m[1] : null });
  } finally {
    OpenApiUtil.hash = realHash;
    OpenApiUtil.signatureMethod = realSig;
  }
}

async function main() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const result = Array.isArray(input) ? input.map(signOne) : signOne(input);
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write('tea_v3_sign.js: ' + (e && e.stack || e) + '\n');
  process.exit(2);
});
