#!/usr/bin/env node
// Computes an Alibaba Cloud RPC signature V1 (HMAC-SHA1) with the OFFICIAL npm SDK code:
//   * @alicloud/pop-core  lib/rpc.js  (encode / normalize / canonicalize, kitx.sha1), and
//   * @alicloud/openapi-util  Client.getRPCSignature (Tea's V1 signer), as a further cross-check.
// Nothing here re-implements signing: pop-core's module-private helpers are reached by compiling
// the unmodified lib/rpc.js with one appended export line (the Node analogue of reaching a
// Python private by its name), and RPCClient.request() itself is run with its HTTP call stubbed.
//
// stdin:  {"method": "GET"|"POST", "secret": "...", "params": [["Name", "value"], ...]}
//         (or a JSON array of such objects; the answer is then an array in the same order)
// stdout: {"canonical_query", "string_to_sign", "signature",          <- pop-core helpers
//          "client_signature",  <- RPCClient.request() (null if params lack a default pop-core adds)
//          "client_string_to_sign",
//          "openapi_util_signature"}                                 <- @alicloud/openapi-util
// The SDKs are looked up in $OFFICIAL_SDK_NODE_MODULES, else <repo>/target/official-sdk/node/node_modules.
'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');

const NODE_MODULES = process.env.OFFICIAL_SDK_NODE_MODULES ||
  path.resolve(__dirname, '..', '..', 'target', 'official-sdk', 'node', 'node_modules');

function resolveFrom(dir, request) {
  return require.resolve(request, { paths: [dir] });
}

const popcoreRpcFile = resolveFrom(NODE_MODULES, '@alicloud/pop-core/lib/rpc.js');
const popcoreDir = path.dirname(popcoreRpcFile);

// The very module instances pop-core's rpc.js requires (same resolution paths => same cache entries).
const kitx = require(resolveFrom(popcoreDir, 'kitx'));
const httpx = require(resolveFrom(popcoreDir, 'httpx'));

// Load pop-core's unmodified rpc.js source and expose its private signing helpers.
function loadPopcoreInternals() {
  const src = fs.readFileSync(popcoreRpcFile, 'utf8') +
    '\n;module.exports.__officialSigningInternals = { encode, normalize, canonicalize };\n';
  const m = new Module(popcoreRpcFile, module);
  m.filename = popcoreRpcFile;
  m.paths = Module._nodeModulePaths(popcoreDir);
  m._compile(src, popcoreRpcFile);
  return m.exports;
}
const PopRPCClient = loadPopcoreInternals();
const pop = PopRPCClient.__officialSigningInternals;

const OpenApiUtil = require(resolveFrom(NODE_MODULES, '@alicloud/openapi-util')).default;

function versionOf(pkg) {
  return JSON.parse(fs.readFileSync(resolveFrom(NODE_MODULES, pkg + '/package.json'), 'utf8')).version;
}

function toObject(pairs) {
  const obj = {};
  for (const [k, v] of pairs) {
    if (k === 'Signature') continue; // never part of the signing input
    if (Object.prototype.hasOwnProperty.call(obj, k)) throw new Error('duplicate parameter ' + k);
    obj[k] = v;
  }
  return obj;
}

// The exact expressions of RPCClient.request() step 2 (lib/rpc.js), on pop-core's own helpers.
function viaPopcoreHelpers(method, params, secret) {
  const normalized = pop.normalize(params);
  const canonicalized = pop.canonicalize(normalized);
  const stringToSign = `${method}&${pop.encode('/')}&${pop.encode(canonicalized)}`;
  const signature = kitx.sha1(stringToSign, secret + '&', 'base64');
  return { canonical_query: canonicalized, string_to_sign: stringToSign, signature };
}

// pop-core adds these when absent; the public client can only reproduce a signature when none is missing.
const POPCORE_DEFAULTS = ['Action', 'Format', 'Timestamp', 'Version', 'SignatureMethod',
  'SignatureVersion', 'SignatureNonce', 'AccessKeyId'];

class Captured extends Error {}

async function viaPopcoreClient(method, params, secret) {
  for (const k of POPCORE_DEFAULTS) {
    if (!Object.prototype.hasOwnProperty.call(params, k)) return null;
  }
  const client = new PopRPCClient({
    endpoint: 'http://127.0.0.1:9', // never contacted: httpx.request is stubbed below
    apiVersion: params.Version,
    accessKeyId: params.AccessKeyId || 'unused',
    accessKeySecret: secret,
  });
  const realSha1 = kitx.sha1;
  const realRequest = httpx.request;
  let seen = null;
  kitx.sha1 = function (data, key, encoding) {
    const out = realSha1.apply(this, arguments);
    seen = { string_to_sign: data, key, signature: out };
    return out;
  };
  httpx.request = async function (url, opts) {
    if (seen) seen.wire = method === 'POST' ? opts.data : url.slice(url.indexOf('?') + 1);
    throw new Captured('captured');
  };
  try {
    await client.request(params.Action, Object.assign({}, params),
      { method, formatParams: false, formatAction: false });
    throw new Error('pop-core request() did not reach httpx.request');
  } catch (e) {
    if (!(e instanceof Captured)) throw e;
  } finally {
    kitx.sha1 = realSha1;
    httpx.request = realRequest;
  }
  if (!seen) throw new Error('pop-core did not sign');
  if (seen.key !== secret + '&') throw new Error('unexpected pop-core key');
  if (!seen.wire.endsWith('&Signature=' + pop.encode(seen.signature))) {
    throw new Error('pop-core wire request does not carry the computed signature');
  }
  return { signature: seen.signature, string_to_sign: seen.string_to_sign };
}

async function signOne(req) {
  const method = String(req.method).toUpperCase();
  const params = toObject(req.params);
  const out = viaPopcoreHelpers(method, params, req.secret);
  const client = await viaPopcoreClient(method, params, req.secret);
  out.client_signature = client ? client.signature : null;
  out.client_string_to_sign = client ? client.string_to_sign : null;
  out.openapi_util_signature = OpenApiUtil.getRPCSignature(params, method, req.secret);
  return out;
}

async function main() {
  if (process.argv.includes('--versions')) {
    process.stdout.write(JSON.stringify({
      node: process.version,
      '@alicloud/pop-core': versionOf('@alicloud/pop-core'),
      '@alicloud/openapi-util': versionOf('@alicloud/openapi-util'),
      kitx: JSON.parse(fs.readFileSync(resolveFrom(popcoreDir, 'kitx/package.json'), 'utf8')).version,
    }) + '\n');
    return;
  }
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  let result;
  if (Array.isArray(input)) {
    result = [];
    for (const r of input) result.push(await signOne(r));
  } else {
    result = await signOne(input);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write('popcore_sign.js: ' + (e && e.stack || e) + '\n');
  process.exit(2);
});
