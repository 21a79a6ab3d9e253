#!/usr/bin/env node
// Submit -> poll -> verify against domain-emulator with the OFFICIAL npm @alicloud/pop-core 1.8.0, unchanged:
// `new RPCClient({accessKeyId, accessKeySecret, endpoint: 'http://127.0.0.1:PORT', apiVersion: '2018-01-29'})`
// and `client.request(action, params, {method})`, nothing else (V1 signature; GET puts everything in the
// query, POST everything in an application/x-www-form-urlencoded body; facts §4).
//
// Usage: sdk_popcore_flow.js --endpoint http://127.0.0.1:PORT/ --domains a,b [--submit-method POST|GET]
//          [--access-key-id ID] [--access-key-secret S] [--poll-interval SECONDS] [--max-polls N]
// SaveBatchTaskForCreatingOrderRenew uses --submit-method (default POST); the reads use the other
// method, so one run exercises both. Flow: QueryDomainList -> SaveBatchTaskForCreatingOrderRenew (1 year,
// current expiration) -> QueryTaskDetailList until every detail is EXECUTE_SUCCESS/EXECUTE_FAILURE, both
// must succeed -> QueryDomainByDomainName shows the expiration one year later.
// Prints `OK popcore-<method>: renewed a,b task=<TaskNo> polls=<n>` or `FAIL popcore-<method>: <error>`.
// pop-core is loaded from $OFFICIAL_SDK_NODE_MODULES, else <repo>/target/official-sdk/node/node_modules.
'use strict';

const path = require('path');

const NODE_MODULES = process.env.OFFICIAL_SDK_NODE_MODULES ||
  path.resolve(__dirname, '..', '..', 'target', 'official-sdk', 'node', 'node_modules');
const RPCClient = require(require.resolve('@alicloud/pop-core', { paths: [NODE_MODULES] }));

class FlowError extends Error {}

function parseArgs(argv) {
  const args = {
    accessKeyId: 'emulator-demo-id', accessKeySecret: 'emulator-demo-secret', submitMethod: 'POST',
    pollInterval: 0.1, maxPolls: 200,
  };
  const names = {
    '--endpoint': 'endpoint', '--domains': 'domains', '--submit-method': 'submitMethod',
    '--access-key-id': 'accessKeyId', '--access-key-secret': 'accessKeySecret',
    '--poll-interval': 'pollInterval', '--max-polls': 'maxPolls',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) usage(`bad argument ${argv[i]}`);
    args[key] = argv[i + 1];
  }
  const m = /^http:\/\/([^/:]+):(\d+)\/?$/.exec(args.endpoint || '');
  if (!m) usage('--endpoint must look like http://127.0.0.1:PORT/');
  args.endpoint = `http://${m[1]}:${m[2]}`; // pop-core appends the '/' itself
  if (!args.domains) usage('--domains is required');
  args.domains = args.domains.split(',').filter(Boolean);
  args.submitMethod = args.submitMethod.toUpperCase();
  if (!['GET', 'POST'].includes(args.submitMethod)) usage('--submit-method must be GET or POST');
  args.pollInterval = Number(args.pollInterval);
  args.maxPolls = Number(args.maxPolls);
  return args;
}

function usage(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

// Same UTC day and time, `years` later (29 Feb -> 28 Feb), as a renewal moves the expiration.
function addYearsUtc(ms, years) {
  const t = new Date(ms);
  const year = t.getUTCFullYear() + years;
  let day = t.getUTCDate();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (t.getUTCMonth() === 1 && day === 29 && !leap) day = 28;
  return Date.UTC(year, t.getUTCMonth(), day, t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(),
    t.getUTCMilliseconds());
}

const sleep = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const label = `popcore-${args.submitMethod.toLowerCase()}`;
  const readMethod = args.submitMethod === 'POST' ? 'GET' : 'POST';
  const client = new RPCClient({
    accessKeyId: args.accessKeyId,
    accessKeySecret: args.accessKeySecret,
    endpoint: args.endpoint,
    apiVersion: '2018-01-29',
  });

  async function call(action, params, method) {
    try {
      return await client.request(action, params, { method, timeout: 30000 });
    } catch (e) {
      const d = e.data || {};
      throw new FlowError(`${action} (${method}): ${e.code || e.name} ${d.Message || e.message}` +
        (d.RequestId ? ` (RequestId ${d.RequestId})` : ''));
    }
  }

  try {
    const listed = new Map();
    for (let page = 1; ; page += 1) {
      const body = await call('QueryDomainList', { PageNum: page, PageSize: 50 }, readMethod);
      for (const d of (body.Data && body.Data.Domain) || []) listed.set(d.DomainName, d.ExpirationDateLong);
      if (!body.NextPage) break;
    }
    const missing = args.domains.filter((d) => !listed.has(d));
    if (missing.length) {
      throw new FlowError(`QueryDomainList does not list ${missing.join(', ')} (it lists ${listed.size} domains: ` +
        `${[...listed.keys()].sort().join(', ')})`);
    }
    const before = new Map(args.domains.map((d) => [d, Number(listed.get(d))]));

    const submitted = await call('SaveBatchTaskForCreatingOrderRenew', {
      OrderRenewParam: args.domains.map((d) => ({
        DomainName: d, SubscriptionDuration: 1, CurrentExpirationDate: before.get(d),
      })),
    }, args.submitMethod);
    const taskNo = submitted.TaskNo;
    if (!taskNo) throw new FlowError(`SaveBatchTaskForCreatingOrderRenew returned no TaskNo: ${JSON.stringify(submitted)}`);

    let details = [];
    let polls = 0;
    for (;;) {
      polls += 1;
      const body = await call('QueryTaskDetailList', { TaskNo: taskNo, PageNum: 1, PageSize: 1000 }, readMethod);
      details = (body.Data && body.Data.TaskDetail) || [];
      if (details.length && details.every((d) => ['EXECUTE_SUCCESS', 'EXECUTE_FAILURE'].includes(d.TaskStatus))) break;
      if (polls >= args.maxPolls) {
        throw new FlowError(`task not finished after ${polls} polls: ${JSON.stringify(details)}`);
      }
      await sleep(args.pollInterval);
    }
    const got = details.map((d) => d.DomainName).sort();
    if (JSON.stringify(got) !== JSON.stringify([...args.domains].sort())) {
      throw new FlowError(`task details are for ${got}, expected ${[...args.domains].sort()}`);
    }
    const failed = details.filter((d) => d.TaskStatus !== 'EXECUTE_SUCCESS');
    if (failed.length) {
      throw new FlowError(`renewal failed: ${failed.map((d) => `${d.DomainName} ${d.TaskStatus} ${d.ErrorMsg || ''}`).join('; ')}`);
    }

    for (const d of args.domains) {
      const body = await call('QueryDomainByDomainName', { DomainName: d }, args.submitMethod);
      const want = addYearsUtc(before.get(d), 1);
      if (Number(body.ExpirationDateLong) !== want) {
        throw new FlowError(`${d}: ExpirationDateLong is ${body.ExpirationDateLong} after renewal, expected ${want} ` +
          `(was ${before.get(d)})`);
      }
    }
    console.log(`OK ${label}: renewed ${args.domains.join(',')} task=${taskNo} polls=${polls} ` +
      `(submit ${args.submitMethod}, reads ${readMethod})`);
  } catch (e) {
    if (!(e instanceof FlowError)) process.stderr.write(`${e.stack}\n`);
    console.log(`FAIL ${label}: ${String(e.message).replace(/\s+/g, ' ').slice(0, 800)}`);
    process.exitCode = 1;
  }
}

main();
