/**
 * Capacity per replica for docs/scale-out.md: every part as its own process, the way deploy/ runs
 * them (five subgraphs with LCS_MIGRATE=0 as the app role, the gateway over HTTP), on the quick
 * benchmark dataset. Measures, per process: RSS after start and after load, and CPU time per
 * request (from /proc/<pid>/stat, so the figure does not depend on how busy the shared machine
 * is) for a deep federated query and for 1,000-row list pages; prints requests/s and rows/s per
 * core (1 s of CPU ÷ CPU per request). Usage: node --import tsx bench/replicas.ts [--help]
 * [--requests <n>] (default 120) [--database <name>] (default lcs_bench). Needs PostgreSQL on
 * 127.0.0.1:5432 with scripts/pg-bootstrap.sh's roles; seeds (or reuses) the quick dataset.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { PRINCIPAL_HEADER, signPrincipal } from '@lcs/platform';
import { DATASETS, prepareDataset } from './lib/dataset.ts';
import { ROOT, spawnNode, type Child } from './lib/procs.ts';

const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*|^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}
const arg = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
};
const requests = Number(arg('--requests', '120'));
const database = arg('--database', 'lcs_bench');
if (!Number.isInteger(requests) || requests < 10) throw new Error('--requests: a whole number, at least 10');

const TICK_MS = 10; // /proc CPU times are in clock ticks of 1/100 s on Linux
const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS; // utime + stime
};
const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

const log = (m: string) => console.log(`[replicas] ${m}`);
const ds = await prepareDataset({
  pgUrl: 'postgres://lcs_owner@127.0.0.1:5432',
  database,
  spec: DATASETS.quick,
  dataDir: join(ROOT, '.data/bench'),
  log,
  progress: false,
});
const trust = { keys: [{ kid: 'bench', secret: randomBytes(32).toString('base64url') }] };
const env = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  NODE_ENV: 'production',
  LCS_HOST: '127.0.0.1',
  LCS_TRUST_KEYS: `bench:${trust.keys[0]!.secret}`,
  PORT: '0',
  ...extra,
});
const names = ['care', 'provider', 'hsl', 'housing', 'iam'];
const parts: Record<string, Child> = {};
const urls: Record<string, string> = {};
try {
  log(
    `starting five subgraphs (LCS_MIGRATE=0, app role only) and the gateway; load average ${loadavg()[0]!.toFixed(2)}`,
  );
  await Promise.all(
    names.map(async (n) => {
      parts[n] = spawnNode(n, 'app/src/serve.ts', {
        args: [n],
        env: env({ LCS_MIGRATE: '0', APP_DATABASE_URL: ds.appUrl }),
      });
      urls[n] = await parts[n]!.waitFor(/ready: (http:\/\/[0-9.:]+\/graphql)/, 120_000);
    }),
  );
  parts.gateway = spawnNode('gateway', 'app/src/serve.ts', {
    args: ['gateway'],
    env: env(Object.fromEntries(names.map((n) => [`SUBGRAPH_${n.toUpperCase()}_URL`, urls[n]]))),
  });
  const gateway = `${await parts.gateway.waitFor(/gateway ready: (http:\/\/[0-9.:]+)/, 120_000)}/graphql`;
  // signed per request: the forwarded principal is short-lived, and a busy machine makes runs long
  const headers = async () => ({
    'content-type': 'application/json',
    [PRINCIPAL_HEADER]: await signPrincipal(
      { tenant: ds.tenant, kind: 'staff', sub: 'bench', scope: { type: 'tenant' }, roles: ['developer'] },
      trust,
    ),
  });
  const pids = Object.fromEntries(Object.entries(parts).map(([n, c]) => [n, c.proc.pid!]));
  const rssStart = Object.fromEntries(Object.entries(pids).map(([n, p]) => [n, rssMb(p)]));

  const deep = JSON.stringify({
    query: `{ clients(first: 20) { nodes { id fullName
      solDecisions(first: 10) { id date fromDate toDate decisionServices(first: 10) { id serviceType { code text } } }
      executions(first: 10) { id startDate serviceCategoryName
        executedServices(first: 10) { id startTime endTime name quantity } }
      hslOrders(first: 10) { id startDate orderDate } } } }`,
  });
  const page = JSON.stringify({
    query: `{ executedServices(first: 1000) { nodes { id cancelled categoryId categoryName doubleManning duration
      endTime name personId quantity reportingSystem startTime typeId typeName
      updateSignature updateTime visitId } } }`,
  });
  const post = async (body: string) => {
    const r = await fetch(gateway, { method: 'POST', headers: await headers(), body });
    const j = (await r.json()) as { data?: Record<string, { nodes?: unknown[] }>; errors?: { message: string }[] };
    if (r.status !== 200 || j.errors?.length)
      throw new Error(`gateway answered ${r.status}: ${JSON.stringify(j.errors ?? j).slice(0, 300)}`);
    return j.data?.executedServices?.nodes?.length ?? j.data?.clients?.nodes?.length ?? 0;
  };
  /** `n` requests on 4 connections; CPU ms per request per part, and rows served. */
  const load = async (label: string, body: string, n: number) => {
    for (let i = 0; i < 8; i++) await post(body); // warm-up: plans, compiled queries, JIT
    const before = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuMs(p)]));
    const load0 = loadavg()[0]!;
    let rows = 0,
      next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next++ < n) {
          const got = await post(body);
          rows += got;
        }
      }),
    );
    const per = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, (cpuMs(p) - before[k]!) / n]));
    log(
      `${label}: ${n} requests, ${rows} top-level rows; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
    );
    return { per, rowsPerRequest: rows / n, load: [load0, loadavg()[0]!] };
  };
  const a = await load('deep federated query (20 clients, nested lists)', deep, requests);
  const b = await load('executedServices page of 1,000 rows', page, Math.max(10, Math.round(requests / 4)));
  const rssAfter = Object.fromEntries(Object.entries(pids).map(([n, p]) => [n, rssMb(p)]));
  console.log(
    '\npart       RSS start  RSS after  deep query: CPU ms/req  req/s per core   ' +
      '1,000-row page: CPU ms/req  rows/s per core',
  );
  for (const n of Object.keys(pids)) {
    const da = a.per[n]!,
      db = b.per[n]!;
    const reqPerCore = (da > 0 ? Math.round(1000 / da) : Infinity).toString();
    const rowsPerCore = (db > 0 ? Math.round((1000 / db) * b.rowsPerRequest) : Infinity).toString();
    console.log(
      `${n.padEnd(10)} ${String(rssStart[n]).padStart(6)} MB  ${String(rssAfter[n]).padStart(6)} MB  ` +
        `${da.toFixed(1).padStart(18)}  ${reqPerCore.padStart(14)}   ` +
        `${db.toFixed(1).padStart(24)}  ${rowsPerCore.padStart(15)}`,
    );
  }
  console.log(
    `RESULT ${JSON.stringify({
      requests,
      rssStart,
      rssAfter,
      deepCpuMs: a.per,
      pageCpuMs: b.per,
      pageRows: b.rowsPerRequest,
      load: { deep: a.load, page: b.load },
    })}`,
  );
} finally {
  await Promise.all(Object.values(parts).map((c) => c.stop()));
}
