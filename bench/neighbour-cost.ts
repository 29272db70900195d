/**
 * What one of p5's neighbours costs, measured alone: the benchmark's all-in-one on `lcs_bench`
 * (`pnpm bench`'s dataset, reused) and p5's load process, nothing else, for one window; then the
 * machine's CPU (/proc/stat) and the all-in-one's (/proc/<pid>/stat) per request. p5 itself cannot
 * tell, as its victim keeps the machine busy beside the neighbour.
 *
 *   heavy   pages of 1,000 at varied offsets on 16 connections, at 90 % of the key's rows budget
 *           (p5's heavy neighbour)
 *   flood   pages of 100 offered at 200 req/s on 50 connections (p5's flood: most are refused)
 *   victim  p5's victims alone: the flood's (one page of 100 on 1 connection, back to back) and,
 *           with --connections 4, the heavy one's (pages of 100 at varied offsets on 4 connections)
 *
 * Usage: node --import tsx bench/neighbour-cost.ts [heavy|flood|victim] [--full] [--rows-per-minute N]
 *        [--seconds S] [--connections N] [--profile DIR]
 */
// first: the load generator runs without V8's memory reducer (it relaunches this process if need be)
import './lib/steady-gc.ts';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '@lcs/platform/fair-share-limits';
import { DATASETS, prepareDataset } from './lib/dataset.ts';
import { flood, fmt, measure } from './lib/load.ts';
import { p5Victim, restPath } from './lib/p5.ts';
import { ROOT, cpuSeconds, machineBusySeconds, profileChildrenInto, spawnNode, stopAll } from './lib/procs.ts';
import { REST_PATH } from './queries.ts';

const HELP = `usage: node --import tsx bench/neighbour-cost.ts [heavy|flood|victim] [options]

Runs one of p5's neighbours alone against the benchmark's all-in-one on PostgreSQL (database
lcs_bench, seeded by pnpm bench and reused) and prints the machine's and the all-in-one's CPU per
request.

  heavy                    p5's heavy neighbour: pages of 1,000 at varied offsets on 16 connections,
                           at 90 % of its rows budget (the default)
  flood                    p5's flood: pages of 100 offered at 200 req/s on 50 connections
  victim                   p5's victims alone, on the neighbour tenant's unlimited key: the first
                           page of 100 on 1 connection, back to back (the flood's victim); with
                           --connections 4, pages of 100 at varied offsets (the heavy one's)
  --connections <n>        the victim's connections (1)
  --full                   the full dataset (bench-c500-m3) instead of the quick one
  --rows-per-minute <n>    the neighbour key's rows budget (default: the platform's,
                           ${DEFAULT_LIMITS.rowsPerMinute.toLocaleString('en')})
  --seconds <s>            the measured window (20), after 3 s of warm-up
  --profile <dir>          write the all-in-one's V8 CPU profile there
`;

const { values: o, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean' },
    full: { type: 'boolean' },
    'rows-per-minute': { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    profile: { type: 'string' },
  },
});
const which = positionals[0] ?? 'heavy';
const rowsPerMinute = Number(o['rows-per-minute'] ?? DEFAULT_LIMITS.rowsPerMinute);
const seconds = Number(o.seconds ?? 20);
const connections = Number(o.connections ?? 1);
if (
  o.help ||
  !['heavy', 'flood', 'victim'].includes(which) ||
  !(Number.isInteger(connections) && connections >= 1) ||
  !(rowsPerMinute >= 1000) ||
  !(seconds >= 1)
) {
  console.log(HELP);
  process.exit(o.help ? 0 : 2);
}
const log = (m: string) => console.error(m);

log(`preparing the ${o.full ? 'full' : 'quick'} dataset in lcs_bench…`);
const ds = await prepareDataset({
  pgUrl: 'postgres://lcs_owner@127.0.0.1:5432',
  database: 'lcs_bench',
  spec: DATASETS[o.full ? 'full' : 'quick'],
  dataDir: join(ROOT, '.data/bench'),
  log,
  progress: true,
  floodLimits: { rowsPerMinute },
});
if (o.profile) profileChildrenInto(o.profile);
log('starting the all-in-one…');
const aio = spawnNode('all-in-one', 'bench/aio.ts', {
  ipc: true,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    LCS_DEV_AUTH: undefined,
    LCS_TRUST_KEYS: `bench:${'b'.repeat(40)}`,
    LCS_HOST: '127.0.0.1',
    DATABASE_URL: ds.url,
    BENCH_PKI_DIR: join(ROOT, '.data/bench/pki'),
  },
});
try {
  const { facadeUrl } = await aio.message<{ type: string; facadeUrl: string }>('ready', 120_000);
  const tls = { ca: ds.pki.ca.cert, cert: ds.pki.demoClient.cert, key: ds.pki.demoClient.key };
  const headers = { 'x-api-key': ds.floodKey };
  const path = restPath(facadeUrl, ds.tenant);
  const heavyRate = 0.9 * Math.min(ds.floodLimits.ratePerMinute / 60, rowsPerMinute / 60 / 1000);
  if (which === 'victim') {
    // p5's victims (bench/run.ts): the flood's the first page again and again, the heavy one's at varied offsets
    const victim = p5Victim({
      name: 'victim',
      facadeUrl,
      ds,
      tls,
      pids: () => ({ 'all-in-one': [aio.proc.pid!] }),
      varied: connections > 1,
    });
    log(`victim on ${ds.neighbour}, ${connections} connection(s): warm-up, then ${seconds} s measured…`);
    await measure(victim, { connections, amount: 200 });
    const w = await measure(victim, { connections, amount: 1, seconds });
    if (w.failed || w.errors) throw new Error(`the victim failed: ${w.firstFailure ?? `${w.errors} errors`}`);
    const per = (ms: number | undefined) => fmt(ms ?? NaN, 3);
    const other = (w.otherCores / w.rps) * 1000;
    const latency = `p50 ${fmt(w.p50, 1)} ms, p99 ${fmt(w.p99, 1)} ms (n=${w.requests})`;
    console.log(
      `victim (${connections} connection(s)): ${fmt(w.rps, 1)} req/s, ${latency}; ` +
        `machine ${fmt(w.busyCores)} cores = ${per((w.busyCores / w.rps) * 1000)} ms a request: ` +
        `all-in-one ${per(w.cpuMsPerReq['all-in-one'])}, load client ${per(w.cpuMsPerReq.client)}, ` +
        `the rest (PostgreSQL, kernel) ${per(other)}; the all-in-one's event loop waited ` +
        `${fmt(w.waitMsPerS?.['all-in-one'] ?? NaN, 0)} ms/s for a core`,
    );
  } else {
    const load =
      which === 'flood'
        ? await flood(
            { url: `${facadeUrl}${REST_PATH}?limit=100&domain=${ds.tenant}`, headers, tls },
            { connections: 50, rate: 200, shape: 'even' },
          )
        : await flood(
            {
              url: `${facadeUrl}${REST_PATH}?limit=1000&domain=${ds.tenant}`,
              headers,
              tls,
              offsets: { path: `${path}&limit=1000`, span: Math.max(1, ds.executedServices - 1000), seed: 23 },
            },
            { connections: 16, rate: heavyRate, shape: 'even' },
          );
    log(`${which} on ${ds.tenant}: warm-up 3 s, then ${seconds} s measured…`);
    await new Promise((r) => setTimeout(r, 3000));
    const machine0 = machineBusySeconds();
    const aio0 = cpuSeconds(aio.proc.pid!);
    const t0 = performance.now();
    load.measuring();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const s = (performance.now() - t0) / 1000;
    const machine = (machineBusySeconds() - machine0) / s;
    const inAio = (cpuSeconds(aio.proc.pid!) - aio0) / s;
    const r = await load.stop();
    if (r.other || r.failure)
      throw new Error(`${r.other} answers neither 2xx nor 429${r.failure ? `: ${r.failure}` : ''}`);
    const perSecond = (which === 'flood' ? r.admitted + r.rejected : r.admitted) / r.seconds;
    console.log(
      `${which}: ${fmt(r.admitted / r.seconds)} req/s admitted, ${fmt(r.rejected / r.seconds)} refused; ` +
        `machine ${fmt(machine)} cores = ${fmt((machine / perSecond) * 1000, 3)} ms a request, ` +
        `all-in-one ${fmt((inAio / perSecond) * 1000, 3)} ms a request; its client ${fmt(r.clientCores)} cores`,
    );
  }
} finally {
  await stopAll();
}
