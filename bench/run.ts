/**
 * `pnpm bench`: the platform against the best Node peer and against the physical floor, in one
 * run, on a defined dataset on PostgreSQL. See `pnpm bench --help` and issue 5.
 *
 *   p1 gateway vs Hive Gateway     deep federated query, 50 connections, same subgraph processes
 *                                  (the identical burst); and the varied workload (bench/lib/varied.ts:
 *                                  four query shapes, varied variables, 7 callers) at 10/50/200
 *                                  connections: the platform as deployed by default (the
 *                                  all-in-one, subgraphs in process) and our gateway alone (with
 *                                  and without dedup) against Hive and Hive with its Rust planner,
 *                                  all peers in front of the same subgraph processes
 *   p2 facade vs floor             GET executed_services?limit=1000: facade (mutual TLS, API key)
 *                                  vs plain node:http + postgres.js (bench/floor.ts)
 *   p3 SQL per request             the REST page, and the deep query with 100 clients
 *   p4 bulk export vs floor        all executed services through the facade's paging vs
 *                                  PostgreSQL's own JSON export (COPY … TO STDOUT)
 *   p5 noisy neighbour             the neighbour tenant's p99 while the tenant floods the facade
 *                                  at 10× its fair-share rate, ÷ its p99 alone (and while the same
 *                                  flood hits a bare HTTPS 429 server instead: the rig's share,
 *                                  bench/lib/bare-429.ts); and a heavy
 *                                  neighbour within its quota (pages of 1000, varied) against a
 *                                  victim on an unlimited key (p99 and throughput, with ÷ alone)
 *   p6 start-up and memory         `pnpm start` cold (empty data directory, as after a fresh clone) and warm
 *                                  until a federated query and a REST call answer; the benchmark's
 *                                  all-in-one on PostgreSQL: start to first answer, RSS after load
 *
 * Every server runs with NODE_ENV=production, as deployed; the load generator signs in with a
 * principal token (x-lcs-principal) made with the run's trust key, and Hive Gateway signs the
 * subgraphs' context the same way (bench/hive.config.ts). Windows are counted in requests, not
 * seconds, so nothing is left in flight to burden the next window.
 *
 * Progress goes to stderr; the table, the ratios and the final `RESULT key=value …` line to
 * stdout; everything measured to bench/results/latest.json (generated per run, git-ignored).
 */
// first: the load generator runs without V8's memory reducer (it relaunches this process if need be)
import './lib/steady-gc.ts';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { PRINCIPAL_HEADER, signPrincipal, type TrustConfig } from '@lcs/platform/trust';
import { preparePostgres } from '@lcs/cli/pg-prepare';
import { DEFAULT_LIMITS } from '@lcs/platform/fair-share-limits';
import { DATASETS, prepareDataset, type DatasetSpec, type PreparedDataset } from './lib/dataset.ts';
import {
  MIN_SAMPLES,
  compare,
  compareMany,
  flood,
  floodShapeNote,
  coresNote,
  fmt,
  groupCores,
  measure,
  median,
  percentile,
  type Comparison,
  type FloodResult,
  type FloodTarget,
  type LoadTarget,
  type Window,
} from './lib/load.ts';
import {
  ROOT,
  assertLoopback,
  freePort,
  machineLoad,
  profileChildrenInto,
  stolenMsPerS,
  spawnNode,
  stopAll,
  type Child,
} from './lib/procs.ts';
import { countItems, get, nextLink, tlsAgent, type Tls } from './lib/https.ts';
import { DEEP_QUERY, DISCOVER_QUERY, EXPORT_SQL, REST_PATH, deepBody, unescapeCopy } from './queries.ts';
import { noiseFactor, p5Victim, restPath, sameConditionRatios, startBare429, VICTIM_ROWS } from './lib/p5.ts';
import { variedPool, variedWorkload } from './lib/varied.ts';
import { firstAnswer, measureStart, rssMb } from './startup.ts';

const { quick: QUICK_SET, full: FULL_SET } = DATASETS;
const HELP = `usage: pnpm bench [--quick] [options]

Benchmarks the platform against the best Node peer (Hive Gateway) and the physical floor, on a
dataset it seeds on PostgreSQL (and reuses while the parameters and seed code are the same).
Starts everything it measures on 127.0.0.1 (NODE_ENV=production) and stops it afterwards.
Comparisons alternate A and B round by round after a warm-up; windows are counted in requests
(p1 varied's and p5's, in full mode, last ≥ 20 s); figures are medians of the rounds.

  --quick                 small dataset, short rounds (about a minute; for busy machines and CI)
  --rounds <n>            measured rounds per comparison (quick 3, full 5; at least 3)
  --requests <n>          p1: requests per measured window (quick 50, full 250)
  --window-seconds <s>    p1 varied and p5's flood: each measured window lasts at least this long
                          as well, in steady state after its warm-up (quick 0: counted in
                          requests; full 20; a full p1 then takes ~30 min, p5 ~10 min)
  --warmup <n>            p1: warm-up requests before each window (quick 0, full 25; at first
                          max(connections, 2 × warmup) per target)
  --rest-requests <n>     p2: requests per measured window, one connection (quick 34, full 40)
                          (p5: the neighbour's window is 34 requests in quick mode, in full 200 and ≥ 20 s;
                          p5's heavy neighbour: windows of 2 s in quick mode, in full ≥ 20 s and
                          ≥ 1000 victim answers over the rounds, at most 120 s)
  --flood-shape <shape>   p5's neighbours' load in time: "even" (one request every 1/rate s, the
                          default) or "bursts" (each second's requests at once at its start, as
                          autocannon's overallRate sends them: what p5 measured until 5 December)
  --heavy-page-rows <n>   p5: the heavy neighbour's page size (1000; at the same rows budget a
                          smaller page is asked for more often)
  --heavy-rows-per-minute <n>  p5: the flooding system's rows budget (its licence), which sets the
                          heavy neighbour's pace (90 % of it, in pages of 1000); default the
                          platform's (${DEFAULT_LIMITS.rowsPerMinute.toLocaleString('en')}; 1,000,000 until 6 December)
  --connections <n>       p1 concurrency (50)
  --clients <n>           clients in p1's deep query (20; p3 always asks for 100)
  --subgraphs <where>     p1's subgraphs: "separate" (five processes; full's default) or "aio"
                          (the all-in-one's, saving five process starts; quick's default)
  --dataset-clients <n>   seed this many clients (quick ${QUICK_SET.clients}, full ${FULL_SET.clients})
  --dataset-months <n>    months of history to seed (quick ${QUICK_SET.historyMonths}, full ${FULL_SET.historyMonths})
  --pg <url>              PostgreSQL owner URL without database (postgres://lcs_owner@127.0.0.1:5432)
  --database <name>       the benchmark's own database (lcs_bench; never lcs, lcs_scale or a test one)
  --only <list>           run only these parts, e.g. p1,p3 (p6's PostgreSQL start time is always taken);
                          p5-flood or p5-heavy: one of p5's two neighbours
  --vary                  p1: each request asks for another page of clients (offset 0, 1, 2, … of
                          the same query), so that no two concurrent requests are identical and
                          in-flight deduplication (Hive's, or ours) cannot share work
  --varied-connections <list>  p1's varied workload at these concurrencies (quick 50; full 10,50,200;
                          the figures without a suffix are at 50): ours as deployed by default (the
                          all-in-one: subgraphs in process), our gateway alone, Hive Gateway, Hive Gateway
                          with its Rust planner (@graphql-hive/router-runtime) and our gateway with its
                          in-flight dedup off (LCS_GATEWAY_DEDUP=0), in rotating order, every peer and our
                          gateway in front of the same subgraph processes; windows of max(--requests,
                          4 × connections) requests (quick 1 ×)
  --varied-targets <list> p1 varied: only these targets (ours, ours-gateway, hive, hive-router,
                          ours-nodedup), e.g. one target with --profile to see where its time goes;
                          ratios without both of their targets are n/a
  --callers <n>           p1 varied: signed-in callers (principal tokens of their own; 7)
  --hive-nodedup          also compare with Hive Gateway's upstream in-flight deduplication off
                          (on by default in full mode; --no-hive-nodedup to skip)
  --no-pglite-start       skip \`pnpm start\`'s embedded-database cold/warm start (bench/startup.ts; p6_start_s)
  --out <file>            where to write the results (bench/results/latest.json)
  --profile <dir>         write V8 CPU profiles of every server there (<dir>/<name>/*.cpuprofile,
                          the main thread's is the largest; open in Chrome DevTools or speedscope)
                          to see where the time goes
  --scale                 the municipal-scale tier instead (bench/scale.ts): 20 tenants, one with
                          ≥ 1,000,000 executed services (database lcs_bench_scale, seeded once by
                          the streaming generators); whole-tenant and delta export vs the floor,
                          the serving process's peak RSS, a 1000-row page's p50/p99 and the deep
                          query's (20 clients, through the gateway), both again on PGlite (a copy
                          of the big tenant, built once into .data/bench/scale-pglite/ and reused
                          while the dataset is the same) and PGlite's p99 ÷ PostgreSQL's
  --scale-only <list>     run only these parts of the scale tier: export, odata, delta, page, deep, pglite
                          (e.g. pglite alone while working on it; page,deep,pglite for the ratios)
  --scale-rounds <n>      timed passes of each export after the checked one (1)
  --scale-page-requests <n>  requests of the 1000-row page (1000: a p99 needs 1000 samples)
  --scale-deep-requests <n>  requests of the deep query (1000)
  --scale-clients <n>, --scale-months <n>  the big tenant's size (1700 clients, 30 months)
  --help                  this text

Output: a table with ratios and goals, the results file, and a last line
  RESULT p1_gateway_vs_hive=… p1_ours_p99_ms=… p1_hive_p99_ms=… p2_facade_vs_floor=… p3_sql_rest=…
         p3_sql_federated=… p4_export_vs_floor=… p5_noisy_neighbour=… p6_start_s=… (cold) p6_rss_mb=… …
         load1=… load1_end=… steal_ms_s=… (the machine's load average at start and end, and the
         milliseconds per second the hypervisor gave its cores to other guests during the run)
  Every measured window notes the machine's busy cores and, where there was any, the host's steal.
Needs PostgreSQL (default 127.0.0.1:5432); its roles lcs_owner (CREATEDB) and lcs_app are created first
if missing (cli/src/pg-prepare.ts, as the superuser postgres; the local cluster is started if down).`;

function die(msg: string): never {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

const { values: argv } = (() => {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean' },
        quick: { type: 'boolean' },
        rounds: { type: 'string' },
        requests: { type: 'string' },
        warmup: { type: 'string' },
        'rest-requests': { type: 'string' },
        connections: { type: 'string' },
        clients: { type: 'string' },
        subgraphs: { type: 'string' },
        'dataset-clients': { type: 'string' },
        'dataset-months': { type: 'string' },
        pg: { type: 'string' },
        database: { type: 'string' },
        only: { type: 'string' },
        'no-pglite-start': { type: 'boolean' },
        'hive-nodedup': { type: 'boolean' },
        profile: { type: 'string' },
        vary: { type: 'boolean' },
        'varied-connections': { type: 'string' },
        'varied-targets': { type: 'string' },
        'window-seconds': { type: 'string' },
        'flood-shape': { type: 'string' },
        'heavy-rows-per-minute': { type: 'string' },
        'heavy-page-rows': { type: 'string' },
        callers: { type: 'string' },
        'no-hive-nodedup': { type: 'boolean' },
        out: { type: 'string' },
        scale: { type: 'boolean' },
        'scale-rounds': { type: 'string' },
        'scale-page-requests': { type: 'string' },
        'scale-deep-requests': { type: 'string' },
        'scale-only': { type: 'string' },
        'scale-clients': { type: 'string' },
        'scale-months': { type: 'string' },
      },
      strict: true,
    });
  } catch (e) {
    die(`${(e as Error).message}\n\n${HELP}`);
  }
})();
if (argv.help) {
  console.log(HELP);
  process.exit(0);
}

const num = (v: string | undefined, name: string, dflt: number, min: number, max: number, int = true): number => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max || (int && !Number.isInteger(n)))
    die(`--${name} must be ${int ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${v}"`);
  return n;
};
const quick = Boolean(argv.quick);
const mode = quick ? 'quick' : 'full';
const base = DATASETS[mode];
const opts = {
  rounds: num(argv.rounds, 'rounds', quick ? 3 : 5, 3, 50),
  requests: num(argv.requests, 'requests', quick ? 50 : 250, 1, 1_000_000),
  warmup: num(argv.warmup, 'warmup', quick ? 0 : 25, 0, 1_000_000),
  // p1 varied: steady-state windows of ≥ 20 s in full mode (issue 19), request-counted in quick mode
  windowSeconds: num(argv['window-seconds'], 'window-seconds', quick ? 0 : 20, 0, 600, false),
  // medians from ≥ 100 pooled samples (quick 3 × 34, full 5 × 40)
  restRequests: num(argv['rest-requests'], 'rest-requests', quick ? 34 : 40, 1, 1_000_000),
  // p99s from ≥ 1000 pooled samples in full mode (5 × 200); quick mode's 3 × 34 give medians only
  neighbourRequests: quick ? 34 : 200,
  connections: num(argv.connections, 'connections', 50, 1, 1000),
  floodShape: (argv['flood-shape'] ?? 'even') as 'even' | 'bursts',
  // p5's flooding system's rows budget (its licence; default: the platform's default limits)
  heavyRowsPerMinute: num(
    argv['heavy-rows-per-minute'],
    'heavy-rows-per-minute',
    DEFAULT_LIMITS.rowsPerMinute,
    1000,
    1e9,
  ),
  heavyPageRows: num(argv['heavy-page-rows'], 'heavy-page-rows', 1000, 1, 1000),
  vary: Boolean(argv.vary),
  variedConnections: (argv['varied-connections'] ?? (quick ? '50' : '10,50,200'))
    .split(',')
    .map((x) => num(x.trim(), 'varied-connections', 0, 1, 1000)),
  variedTargets: argv['varied-targets']?.split(',').map((x) => x.trim()),
  callers: num(argv.callers, 'callers', 7, 1, 100),
  hiveNoDedup: argv['no-hive-nodedup'] ? false : (argv['hive-nodedup'] ?? !quick),
  subgraphs: (argv.subgraphs ?? (quick ? 'aio' : 'separate')) as 'aio' | 'separate',
  clients: num(argv.clients, 'clients', 20, 1, 5000),
  dataset: {
    clients: num(argv['dataset-clients'], 'dataset-clients', base.clients, 10, 100_000),
    historyMonths: num(argv['dataset-months'], 'dataset-months', base.historyMonths, 1, 60),
  } satisfies DatasetSpec,
  pg: argv.pg ?? process.env.LCS_BENCH_PG_URL ?? 'postgres://lcs_owner@127.0.0.1:5432',
  database: argv.database ?? 'lcs_bench',
  out: argv.out ?? join(ROOT, 'bench/results/latest.json'),
};
if (opts.floodShape !== 'even' && opts.floodShape !== 'bursts')
  die(`--flood-shape must be "even" or "bursts", not "${opts.floodShape}"`);
if (opts.subgraphs !== 'aio' && opts.subgraphs !== 'separate')
  die(`--subgraphs must be "aio" or "separate", not "${opts.subgraphs}"`);
const VARIED_TARGETS = ['ours', 'ours-gateway', 'hive', 'hive-router', 'ours-nodedup'];
for (const t of opts.variedTargets ?? [])
  if (!VARIED_TARGETS.includes(t)) die(`--varied-targets: unknown target "${t}" (${VARIED_TARGETS.join(', ')})`);
const PARTS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const;
/** Halves of a part, for diagnosis (`--only p5-heavy`); the part's name runs both. */
const HALVES = ['p5-flood', 'p5-heavy'] as const;
type Part = (typeof PARTS)[number] | (typeof HALVES)[number];
const only = new Set<string>(argv.only ? argv.only.split(',').map((s) => s.trim()) : PARTS);
for (const p of only)
  if (![...PARTS, ...HALVES].includes(p as Part))
    die(`--only: unknown part "${p}" (parts: ${[...PARTS, ...HALVES].join(', ')})`);
const runs = (p: Part) => only.has(p) || [...only].some((o) => p.startsWith(`${o}-`) || o.startsWith(`${p}-`));

if (argv.profile) {
  mkdirSync(argv.profile, { recursive: true });
  profileChildrenInto(argv.profile);
}

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s`;
const log = (msg: string) => process.stderr.write(`[${elapsed()}] ${msg}\n`);

if (argv.scale) {
  const { runScale, SCALE_PARTS } = await import('./scale.ts');
  const scaleOnly = new Set(argv['scale-only'] ? argv['scale-only'].split(',').map((s) => s.trim()) : SCALE_PARTS);
  for (const p of scaleOnly)
    if (!(SCALE_PARTS as readonly string[]).includes(p))
      die(`--scale-only: unknown part "${p}" (parts: ${SCALE_PARTS.join(', ')})`);
  const { SCALE_DEFAULT } = await import('./lib/scale-dataset.ts');
  const before = machineLoad();
  log(`pnpm bench --scale: ${before.cores} cores, load average ${before.load1} at start`);
  const spec = {
    ...SCALE_DEFAULT,
    bigClients: num(argv['scale-clients'], 'scale-clients', SCALE_DEFAULT.bigClients, 10, 100_000),
    bigMonths: num(argv['scale-months'], 'scale-months', SCALE_DEFAULT.bigMonths, 1, 60),
  };
  let outcome: Awaited<ReturnType<typeof runScale>>;
  try {
    outcome = await runScale({
      pg: opts.pg,
      database: argv.database ?? 'lcs_bench_scale',
      spec,
      rounds: num(argv['scale-rounds'], 'scale-rounds', 1, 0, 20),
      pageRequests: num(argv['scale-page-requests'], 'scale-page-requests', 1000, 1, 100_000),
      deepRequests: num(argv['scale-deep-requests'], 'scale-deep-requests', 1000, 1, 100_000),
      only: scaleOnly as Set<(typeof SCALE_PARTS)[number]>,
      log,
    });
  } catch (e) {
    outcome = { results: {}, details: {}, failures: [`scale: ${(e as Error).message}`], checks: false };
  } finally {
    await stopAll();
  }
  const after = machineLoad();
  // a part that ran but left no figure (the run failed before it) reports an error
  const partKeys: Record<string, string[]> = {
    export: ['scale_export_rows_s', 'scale_export_vs_floor', 'scale_export_rss_mb'],
    odata: ['scale_odata_export_rows_s', 'scale_odata_export_vs_floor'],
    delta: ['scale_delta_vs_floor'],
    page: ['scale_page_p99_ms'],
    deep: ['scale_deep_p99_ms'],
    pglite: ['scale_pglite_page_p99_ms', 'scale_pglite_deep_p99_ms'],
  };
  for (const p of scaleOnly) for (const k of partKeys[p] ?? []) outcome.results[k] ??= 'error';
  const file = argv.out ?? join(ROOT, 'bench/results/scale.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        mode: 'scale',
        date: new Date().toISOString(),
        commit: git(['rev-parse', 'HEAD']),
        node: process.version,
        machine: {
          cores: before.cores,
          load1Before: before.load1,
          load1After: after.load1,
          stealMsPerS: stolenMsPerS(before, after),
        },
        spec,
        parts: [...scaleOnly],
        ...outcome,
        seconds: (performance.now() - t0) / 1000,
      },
      null,
      2,
    ) + '\n',
  );
  if (outcome.failures.length) console.log(`problems:\n${outcome.failures.map((f) => `  - ${f}`).join('\n')}`);
  const line = Object.entries(outcome.results).map(([k, v]) => `${k}=${v}`);
  const passed = outcome.checks && !outcome.failures.length;
  console.log(
    `RESULT ${[`checks=${passed ? 'pass' : 'fail'}`, ...line, 'mode=scale'].join(' ')} ` +
      `load1=${before.load1} load1_end=${after.load1} steal_ms_s=${stolenMsPerS(before, after)}`,
  );
  process.exit(outcome.checks && !outcome.failures.length ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// What the run found, for the table, the JSON file and the RESULT line.
const results: Record<string, string | number> = {};
const details: Record<string, unknown> = {};
const failures: string[] = [];
/** Unrounded values ("meets" is decided on these) and per-round figures of the ratios (every round must meet). */
const raw: Record<string, number> = {};
const roundsOf: Record<string, number[]> = {};
const set = (k: string, v: number | string, digits = 2) => {
  if (typeof v === 'number') raw[k] = v;
  return (results[k] = typeof v === 'number' ? (Number.isFinite(v) ? Number(v.toFixed(digits)) : 'n/a') : v);
};

/** Runs one part; a failure (or a part that overruns its time limit) is reported and the run goes on. */
async function part(name: string, keys: string[], fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  const limit = quick ? 180 : 1800;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`did not finish within ${limit} s`)), limit * 1000)),
      ),
    ]);
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    const msg = (e as Error).message;
    failures.push(`${name}: ${msg}`);
    log(`${name} FAILED: ${msg}`);
    for (const k of keys) if (!(k in results)) results[k] = 'error';
  } finally {
    clearTimeout(timer);
  }
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
const loadBefore = machineLoad();
const busyNote =
  loadBefore.load1 > loadBefore.cores * 0.75 ? ' (the machine is busy: figures are noisier, ratios still fair)' : '';
log(
  `pnpm bench (${mode}): ${opts.rounds} rounds; ` +
    `p1 ${opts.requests} requests per window at ${opts.connections} connections, p2 ${opts.restRequests} at 1; ` +
    `${loadBefore.cores} cores, load average ${loadBefore.load1} at start${busyNote}`,
);

// One trust key for every process of the run; the load generator signs in with a principal token
// (x-lcs-principal, as the facade forwards partners) so that every server runs with
// NODE_ENV=production, as deployed (no development sign-in header).
const trustSecret = randomBytes(32).toString('base64url');
const trustKeys = `bench:${trustSecret}`;
const trust: TrustConfig = { keys: [{ kid: 'bench', secret: trustSecret }], ttl: 12 * 3600 };
let signedIn: Record<string, string> = {};
const scratch = mkdtempSync(join(tmpdir(), 'lcs-bench-'));
let ds: PreparedDataset | undefined;
let aio: Child | undefined;
let aioUrls: { gatewayUrl: string; facadeUrl: string; subgraphUrls: Record<string, string> } | undefined;
const fleet: Record<string, Child> = {};
const fleetUrls: {
  gateway?: string;
  hive?: string;
  hiveNodedup?: string;
  /** Hive Gateway with the Rust query planner (@graphql-hive/router-runtime). */
  hiveRouter?: string;
  /** Our gateway with its in-flight deduplication off (LCS_GATEWAY_DEDUP=0). */
  oursNodedup?: string;
  floor?: string;
  subgraphs: Record<string, string>;
} = { subgraphs: {} };
let tls: Tls | undefined;
/** Why Hive with the Rust planner is not measured, if it is not. */
let routerProblem: string | undefined;

const childEnv = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  NODE_ENV: 'production',
  LCS_DEV_AUTH: undefined,
  LCS_TRUST_KEYS: trustKeys,
  LCS_HOST: '127.0.0.1',
  ...extra,
});

async function gql(
  url: string,
  body: string,
): Promise<{ status: number; json: { data?: unknown; errors?: { message: string }[] } }> {
  assertLoopback(url);
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signedIn }, body });
  return { status: r.status, json: (await r.json()) as { data?: unknown; errors?: { message: string }[] } };
}

function ipcAsk<T>(child: Child, message: object, reply: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${child.name}: no "${reply}" answer over IPC within 10 s`)),
      10_000,
    );
    const on = (m: { type?: string }) => {
      if (m?.type !== reply) return;
      clearTimeout(timer);
      child.proc.off('message', on);
      resolve(m as T);
    };
    child.proc.on('message', on);
    child.proc.send!(message);
  });
}

try {
  // -- dataset --------------------------------------------------------------------------------
  await preparePostgres(opts.pg, { log });
  ds = await prepareDataset({
    pgUrl: opts.pg,
    database: opts.database,
    spec: opts.dataset,
    dataDir: join(ROOT, '.data/bench'),
    log,
    progress: true,
    floodLimits: { rowsPerMinute: opts.heavyRowsPerMinute },
  });
  tls = { ca: ds.pki.ca.cert, cert: ds.pki.demoClient.cert, key: ds.pki.demoClient.key };
  signedIn = {
    [PRINCIPAL_HEADER]: await signPrincipal(
      { tenant: ds.tenant, kind: 'staff', sub: 'bench', scope: { type: 'tenant' }, roles: ['developer'] },
      trust,
    ),
  };
  log(
    `dataset: tenant ${ds.tenant}, ${ds.rows.toLocaleString('en')} rows, ` +
      `${ds.executedServices.toLocaleString('en')} live executed services`,
  );

  // -- the all-in-one (p2, p3, p4, p6): alone, so its start-up is timed on a quiet machine -------
  await part('p6 start', ['p6_pg_start_s'], async () => {
    const started = performance.now();
    aio = spawnNode('all-in-one', 'bench/aio.ts', {
      ipc: true,
      env: childEnv({ DATABASE_URL: ds!.url, BENCH_PKI_DIR: join(ROOT, '.data/bench/pki') }),
    });
    aioUrls = await aio.message<NonNullable<typeof aioUrls> & { type: string }>('ready', 120_000);
    await firstAnswer(aioUrls!.gatewayUrl, {
      headers: signedIn,
      exited: () => (aio!.proc.exitCode !== null ? `all-in-one exited:\n${aio!.output()}` : undefined),
      timeoutMs: 60_000,
    });
    set('p6_pg_start_s', (performance.now() - started) / 1000);
    log(
      `all-in-one answered a federated query ${results.p6_pg_start_s} s after it was spawned ` +
        '(PostgreSQL, migrations already applied)',
    );
  });

  // -- the p1 fleet and the floor: separate processes, started in parallel ---------------------
  const needFleet = runs('p1');
  const needFloor = runs('p2');
  const separate = opts.subgraphs === 'separate';
  if (needFleet && !separate && !aioUrls)
    failures.push("p1 needs the all-in-one's subgraphs (--subgraphs aio), which did not start");
  if (needFleet || needFloor) {
    const what = [
      ...(needFleet
        ? [
            separate ? 'five subgraph processes' : '',
            'our gateway',
            'our gateway without dedup',
            'Hive Gateway',
            'Hive Gateway with the Rust planner',
            opts.hiveNoDedup ? 'Hive Gateway without dedup' : '',
          ].filter(Boolean)
        : []),
      ...(needFloor ? ['the floor server'] : []),
    ];
    log(`starting ${what.join(', ')}${needFleet && !separate ? " (p1 over the all-in-one's subgraphs)" : ''}…`);
    const started = performance.now();
    const jobs: Promise<void>[] = [];
    if (needFloor) {
      jobs.push(
        (async () => {
          fleet.floor = spawnNode('floor', 'bench/floor.ts', {
            env: childEnv({ APP_DATABASE_URL: ds!.appUrl, PORT: '0' }),
          });
          fleetUrls.floor = await fleet.floor.waitFor(/floor listening on (http:\/\/[0-9.:]+)/, 60_000);
        })(),
      );
    }
    if (needFleet) {
      jobs.push(
        (async () => {
          const names = ['care', 'provider', 'hsl', 'housing', 'iam'];
          if (separate) {
            await Promise.all(
              names.map(async (n) => {
                fleet[n] = spawnNode(`subgraph ${n}`, 'app/src/serve.ts', {
                  args: [n],
                  env: childEnv({ DATABASE_URL: ds!.url, PORT: '0' }),
                });
                fleetUrls.subgraphs[n] = await fleet[n]!.waitFor(/ready: (http:\/\/[0-9.:]+\/graphql)/, 90_000);
              }),
            );
          } else {
            if (!aioUrls) throw new Error('the all-in-one did not start');
            fleetUrls.subgraphs = { ...aioUrls.subgraphUrls };
          }
          const subgraphEnv = Object.fromEntries(
            names.map((n) => [`SUBGRAPH_${n.toUpperCase()}_URL`, fleetUrls.subgraphs[n]!]),
          );
          // Hive serves the same supergraph with the subgraph URLs of this run.
          let sdl = readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8');
          for (const n of names)
            sdl = sdl.replace(
              new RegExp(`(@join__graph\\(name: "${n}", url: ")[^"]*(")`),
              `$1${fleetUrls.subgraphs[n]}$2`,
            );
          const supergraphFile = join(scratch, 'supergraph.graphql');
          writeFileSync(supergraphFile, sdl);
          await Promise.all([
            ...(
              [
                ['gateway', 'our gateway', '1'],
                ['oursNodedup', 'our gateway (no dedup)', '0'],
              ] as const
            ).map(([key, name, dedup]) =>
              (async () => {
                fleet[key] = spawnNode(name, 'app/src/serve.ts', {
                  args: ['gateway'],
                  env: childEnv({ ...subgraphEnv, PORT: '0', LCS_GATEWAY_DEDUP: dedup }),
                });
                const gatewayUrl = await fleet[key].waitFor(/gateway ready: (http:\/\/[0-9.:]+)/, 90_000);
                fleetUrls[key] = `${gatewayUrl}/graphql`;
              })(),
            ),
            // Hive with the Rust planner: a failure to start is reported (n/a with the reason), not fatal.
            (async () => {
              const port = await freePort();
              fleet.hiveRouter = spawnNode(
                'Hive Gateway (Rust planner)',
                'node_modules/@graphql-hive/gateway/dist/bin.js',
                {
                  env: childEnv({ NO_COLOR: '1', BENCH_HIVE_DEDUP: '1', BENCH_HIVE_ROUTER: '1' }),
                  args: hiveArgs(supergraphFile, port),
                },
              );
              try {
                const at = await fleet.hiveRouter.waitFor(/Listening on (http:\/\/[0-9.:]+)/, 90_000);
                fleetUrls.hiveRouter = `${at}/graphql`;
              } catch (e) {
                routerProblem = `Hive Gateway with @graphql-hive/router-runtime did not start: ${(e as Error).message}`;
                log(routerProblem);
              }
            })(),
            ...[['hive', '1'], ...(opts.hiveNoDedup ? [['hiveNodedup', '0']] : [])].map(([key, dedup]) =>
              (async () => {
                const port = await freePort();
                fleet[key!] = spawnNode(
                  dedup === '1' ? 'Hive Gateway' : 'Hive Gateway (no dedup)',
                  'node_modules/@graphql-hive/gateway/dist/bin.js',
                  {
                    env: childEnv({ NO_COLOR: '1', BENCH_HIVE_DEDUP: dedup }),
                    args: hiveArgs(supergraphFile, port),
                  },
                );
                (fleetUrls as Record<string, unknown>)[key!] =
                  `${await fleet[key!]!.waitFor(/Listening on (http:\/\/[0-9.:]+)/, 90_000)}/graphql`;
              })(),
            ),
          ]);
        })(),
      );
    }
    const settled = await Promise.allSettled(jobs);
    const bad = settled.find((s) => s.status === 'rejected') as PromiseRejectedResult | undefined;
    if (bad) {
      failures.push(`start: ${(bad.reason as Error).message}`);
      log(`a server did not start: ${(bad.reason as Error).message}`);
    } else log(`servers up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const pids =
    (...names: string[]) =>
    () =>
      Object.fromEntries(names.filter((n) => fleet[n]?.proc.pid).map((n) => [n, [fleet[n]!.proc.pid!]]));
  const pgBackends = async (): Promise<number[]> => {
    const admin = postgres(ds!.url, { max: 1, onnotice: () => {} });
    try {
      return (
        await admin<
          { pid: number }[]
        >`select pid from pg_stat_activity where datname = ${opts.database} and pid <> pg_backend_pid()`
      ).map((r) => r.pid);
    } finally {
      await admin.end();
    }
  };

  // -- p1: our gateway vs Hive Gateway (and, as a diagnostic, Hive without upstream dedup) -------
  // --vary: pages of clients at offsets 0, 1, 2, … (all within the dataset), more than the connections.
  const variedPages = Math.max(1, Math.min(4 * opts.connections, opts.dataset.clients - opts.clients + 1));
  const p1 = async (peer: 'hive' | 'hiveNodedup'): Promise<Comparison> => {
    const peerUrl = fleetUrls[peer];
    if (!fleetUrls.gateway || !peerUrl) throw new Error('the gateways did not start (see above)');
    const body = deepBody(opts.clients);
    const bodies = opts.vary ? Array.from({ length: variedPages }, (_, i) => deepBody(opts.clients, i)) : undefined;
    const headers = { 'content-type': 'application/json', ...signedIn };
    const subgraphPids = separate
      ? ['care', 'provider', 'hsl', 'housing', 'iam'].map((n) => fleet[n]!.proc.pid!)
      : [aio!.proc.pid!];
    // PostgreSQL's backends are listed anew for each window (the pools open connections lazily).
    const group = (gw: string) => async () => ({
      ...pids(gw)(),
      subgraphs: subgraphPids,
      postgres: await pgBackends(),
    });
    const a: LoadTarget = {
      name: 'ours',
      url: fleetUrls.gateway,
      method: 'POST',
      headers,
      body,
      bodies,
      pids: group('gateway'),
    };
    const b: LoadTarget = {
      name: peer === 'hive' ? 'hive' : 'hive-nd',
      url: peerUrl,
      method: 'POST',
      headers,
      body,
      bodies,
      pids: group(peer),
    };
    return compare(a, b, {
      connections: opts.connections,
      amount: opts.requests,
      warmup: opts.warmup,
      initialWarmup: Math.max(opts.connections, 2 * opts.warmup),
      rounds: opts.rounds,
      progress: log,
    });
  };
  if (runs('p1')) {
    await part('p1 gateway vs Hive', ['p1_gateway_vs_hive', 'p1_ours_p99_ms', 'p1_hive_p99_ms'], async () => {
      if (!fleetUrls.gateway || !fleetUrls.hive) throw new Error('the gateways did not start (see above)');
      const body = deepBody(opts.clients);
      const ours = await gql(fleetUrls.gateway, body);
      const hive = await gql(fleetUrls.hive, body);
      for (const [n, r] of [
        ['our gateway', ours],
        ['Hive Gateway', hive],
      ] as const) {
        if (r.status !== 200 || r.json.errors?.length || !r.json.data)
          throw new Error(`${n} did not answer the deep query: ${r.status} ${JSON.stringify(r.json).slice(0, 500)}`);
      }
      const same = JSON.stringify(ours.json.data) === JSON.stringify(hive.json.data);
      if (!same) log('WARNING: our gateway and Hive Gateway returned different data for the deep query');
      const size = Buffer.byteLength(JSON.stringify(ours.json));
      const varyNote = opts.vary
        ? `, ${variedPages} different pages in turn (--vary)`
        : ', the same request on every connection';
      log(
        `p1: deep query (${opts.clients} clients, ${(size / 1024).toFixed(0)} KB response; ` +
          `both gateways return ${same ? 'the same' : 'DIFFERENT'} data), ${opts.connections} connections${varyNote}`,
      );
      const c = await p1('hive');
      set('p1_gateway_vs_hive', c.median.a.rps / c.median.b.rps);
      roundsOf.p1_gateway_vs_hive = c.ratios;
      set('p1_spread_min', c.spread.min);
      set('p1_spread_max', c.spread.max);
      // --vary: one query shape at varied offsets (not yet the several shapes and callers of issue 19)
      set(opts.vary ? 'p1_offsets_vs_hive' : 'p1_burst_vs_hive', c.median.a.rps / c.median.b.rps);
      set('p1_ours_rps', c.median.a.rps, 1);
      set('p1_hive_rps', c.median.b.rps, 1);
      set('p1_ours_p99_ms', c.median.a.p99, 1);
      set('p1_hive_p99_ms', c.median.b.p99, 1);
      // The gateways' own cost, apart from the subgraphs they share (which bound both on 2 cores).
      set('p1_ours_cpu_ms', c.median.a.cpuMsPerReq.gateway ?? NaN, 1);
      set('p1_hive_cpu_ms', c.median.b.cpuMsPerReq.hive ?? NaN, 1);
      set(
        'p1_burst_engine_cpu_vs_hive',
        (c.median.a.cpuMsPerReq.gateway ?? NaN) / (c.median.b.cpuMsPerReq.hive ?? NaN),
      );
      details.p1 = {
        query: DEEP_QUERY,
        variables: { first: opts.clients },
        varied: opts.vary ? `offset 0…${variedPages - 1} in turn` : false,
        responseBytes: size,
        sameData: same,
        connections: opts.connections,
        subgraphs: separate ? 'five separate processes' : 'the all-in-one process (its subgraph HTTP endpoints)',
        ...summary(c),
      };
    });
  }
  if (runs('p1') && opts.hiveNoDedup) {
    await part('p1 gateway vs Hive without dedup', ['p1_vs_hive_nodedup'], async () => {
      log('p1 (diagnostic): the same against Hive Gateway with deduplicateInflightRequests off');
      const c = await p1('hiveNodedup');
      set('p1_vs_hive_nodedup', c.median.a.rps / c.median.b.rps);
      set('p1_nodedup_ours_rps', c.median.a.rps, 1);
      set('p1_hive_nodedup_rps', c.median.b.rps, 1);
      set('p1_hive_nodedup_p99_ms', c.median.b.p99, 1);
      details.p1NoDedup = {
        note: 'Hive Gateway with transportEntries *.http deduplicateInflightRequests: false',
        ...summary(c),
      };
    });
  }

  // -- p1 varied: several shapes, varied variables, several callers, at several concurrencies ----
  if (runs('p1')) {
    await part(
      'p1 varied workload',
      ['p1_varied_vs_hive', 'p1_varied_vs_hive_router', 'p1_engine_cpu_vs_hive', 'p1_nodedup_vs_hive'],
      async () => {
        if (!fleetUrls.gateway || !fleetUrls.hive || !fleetUrls.oursNodedup)
          throw new Error('the gateways did not start (see above)');
        // the callers: staff of the tenant signed in with tokens of their own (each kept for the run)
        const callerHeaders = await Promise.all(
          Array.from({ length: opts.callers }, async (_, k) => ({
            'content-type': 'application/json',
            [PRINCIPAL_HEADER]: await signPrincipal(
              {
                tenant: ds!.tenant,
                kind: 'staff',
                sub: `bench-caller-${k + 1}`,
                scope: { type: 'tenant' },
                roles: ['developer'],
              },
              trust,
            ),
          })),
        );
        const found = await gql(fleetUrls.gateway, JSON.stringify({ query: DISCOVER_QUERY }));
        if (found.status !== 200 || found.json.errors?.length || !found.json.data)
          throw new Error(`the dataset could not be read: ${JSON.stringify(found.json).slice(0, 300)}`);
        const d = found.json.data as {
          clients: { nodes: { id: string }[] };
          providerUnits: { nodes: { id: string }[] };
          hslOrders: { nodes: { orderDate: string }[] };
        };
        const orderDates = d.hslOrders.nodes.map((n) => Date.parse(n.orderDate)).filter(Number.isFinite);
        if (!d.clients.nodes.length || !d.providerUnits.nodes.length || !orderDates.length)
          throw new Error('the dataset has no clients, provider units or HSL orders');
        const levels = opts.variedConnections;
        const poolSize = 4 * Math.max(256, ...levels);
        const pool = variedPool(
          {
            clientIds: d.clients.nodes.map((n) => n.id),
            unitIds: d.providerUnits.nodes.map((n) => n.id),
            hslFrom: Math.min(...orderDates),
            hslTo: Math.max(...orderDates),
            deepClients: opts.clients,
          },
          opts.callers,
          poolSize,
        );
        const workload = variedWorkload(pool, callerHeaders);
        const subgraphPids = separate
          ? ['care', 'provider', 'hsl', 'housing', 'iam'].map((n) => fleet[n]!.proc.pid!)
          : [aio!.proc.pid!];
        const group = (gw: string) => async () => ({
          ...pids(gw)(),
          subgraphs: subgraphPids,
          postgres: await pgBackends(),
        });
        // `ours` is the platform as it is deployed by default: the all-in-one, whose gateway runs
        // the subgraphs in process (compiled reads, no HTTP hop). `ours-gateway` is our gateway
        // process alone in front of the same subgraph processes as the peers (the scale-out form,
        // and the engine-cost figure); `ours-nodedup` the same with its in-flight dedup off.
        const targets: [string, string | undefined, string][] = [
          ['ours', aioUrls?.gatewayUrl, 'all-in-one'],
          ['ours-gateway', fleetUrls.gateway, 'gateway'],
          ['hive', fleetUrls.hive, 'hive'],
          ['hive-router', fleetUrls.hiveRouter, 'hiveRouter'],
          ['ours-nodedup', fleetUrls.oursNodedup, 'oursNodedup'],
        ];
        const aioGroup = async () => ({ 'all-in-one': [aio!.proc.pid!], postgres: await pgBackends() });
        const load: LoadTarget[] = targets
          .filter(([name, url]) => url && (!opts.variedTargets || opts.variedTargets.includes(name)))
          .map(([name, url, key]) => ({
            name,
            url: url!,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            next: workload.stream(name),
            pids: key === 'all-in-one' ? aioGroup : group(key),
          }));
        log(
          `p1 varied: ${pool.length} distinct requests (deep care chain of ${Math.max(1, opts.clients - 5)}–` +
            `${opts.clients} clients at varied offsets, a client's page, a unit's staff, the HSL orders of a ` +
            `period; ${d.clients.nodes.length} clients, ${d.providerUnits.nodes.length} units, ` +
            `${orderDates.length} HSL orders) from ${opts.callers} signed-in callers, in the same order to ` +
            `${load.map((t) => t.name).join(', ')}; connections ${levels.join(', ')}` +
            (routerProblem ? `; NOT Hive with the Rust planner: ${routerProblem.split('\n')[0]}` : ''),
        );
        const perLevel: Record<string, unknown> = {};
        const headline = levels.includes(50) ? 50 : levels[Math.floor(levels.length / 2)]!;
        for (const c of levels) {
          const amount = Math.max(opts.requests, (quick ? 1 : 4) * c);
          log(
            `p1 varied at ${c} connections: ${amount} requests per window` +
              (opts.windowSeconds ? `, and at least ${opts.windowSeconds} s` : ''),
          );
          const m = await compareMany(load, {
            connections: c,
            amount,
            seconds: opts.windowSeconds || undefined,
            warmup: opts.warmup,
            initialWarmup: Math.max(c, 2 * opts.warmup),
            rounds: opts.rounds,
            progress: log,
          });
          const rps = (n: string) => m.median[n]?.rps ?? NaN;
          const perRound = (a: string, b: string) =>
            m.rounds.map((r) => (r.windows[a] && r.windows[b] ? r.windows[a].rps / r.windows[b].rps : NaN));
          const cpuOf = (n: string, key: string) => m.median[n]?.cpuMsPerReq[key] ?? NaN;
          // the whole stack's CPU per good answer: gateway (or all-in-one), subgraphs and PostgreSQL
          // (not the load generator's own)
          const stackCpuOf = (n: string) => {
            const per = m.median[n]?.cpuMsPerReq;
            return per
              ? Object.entries(per)
                  .filter(([k]) => k !== 'client')
                  .reduce((a, [, v]) => a + v, 0)
              : NaN;
          };
          const suffix = c === headline ? ['', `_c${c}`] : [`_c${c}`];
          for (const x of suffix) {
            set(`p1_varied${x}_vs_hive`, rps('ours') / rps('hive'));
            roundsOf[`p1_varied${x}_vs_hive`] = perRound('ours', 'hive');
            set(`p1_varied${x}_vs_hive_router`, rps('ours') / rps('hive-router'));
            roundsOf[`p1_varied${x}_vs_hive_router`] = perRound('ours', 'hive-router');
            set(`p1_varied${x}_gateway_vs_hive`, rps('ours-gateway') / rps('hive'));
            roundsOf[`p1_varied${x}_gateway_vs_hive`] = perRound('ours-gateway', 'hive');
            set(`p1_varied${x}_gateway_vs_hive_router`, rps('ours-gateway') / rps('hive-router'));
            set(`p1_nodedup${x}_vs_hive`, rps('ours-nodedup') / rps('hive'));
            set(`p1_varied${x}_ours_rps`, rps('ours'), 1);
            set(`p1_varied${x}_gateway_rps`, rps('ours-gateway'), 1);
            set(`p1_varied${x}_hive_rps`, rps('hive'), 1);
            set(`p1_varied${x}_hive_router_rps`, rps('hive-router'), 1);
            set(`p1_varied${x}_nodedup_rps`, rps('ours-nodedup'), 1);
            set(`p1_varied${x}_ours_p99_ms`, m.median.ours?.p99 ?? NaN, 1);
            set(`p1_varied${x}_hive_p99_ms`, m.median.hive?.p99 ?? NaN, 1);
          }
          if (c === headline) {
            set('p1_varied_ours_cpu_ms', cpuOf('ours-gateway', 'gateway'), 2);
            set('p1_varied_hive_cpu_ms', cpuOf('hive', 'hive'), 2);
            set('p1_varied_hive_router_cpu_ms', cpuOf('hive-router', 'hiveRouter'), 2);
            set('p1_varied_nodedup_cpu_ms', cpuOf('ours-nodedup', 'oursNodedup'), 2);
            set('p1_engine_cpu_vs_hive', cpuOf('ours-gateway', 'gateway') / cpuOf('hive', 'hive'));
            set('p1_engine_cpu_vs_hive_router', cpuOf('ours-gateway', 'gateway') / cpuOf('hive-router', 'hiveRouter'));
            set('p1_varied_ours_stack_cpu_ms', stackCpuOf('ours'), 2);
            set('p1_varied_hive_stack_cpu_ms', stackCpuOf('hive'), 2);
            set('p1_varied_hive_router_stack_cpu_ms', stackCpuOf('hive-router'), 2);
            set('p1_stack_cpu_vs_hive', stackCpuOf('ours') / stackCpuOf('hive'));
            // the load generator's own CPU per answer (it shares the cores with the stack it loads)
            set('p1_varied_ours_client_cpu_ms', m.median.ours?.cpuMsPerReq.client ?? NaN, 2);
            set('p1_varied_hive_client_cpu_ms', m.median.hive?.cpuMsPerReq.client ?? NaN, 2);
            // how long the all-in-one's event loop waited for a core, ms per second
            set('p1_varied_ours_wait_ms_per_s', m.median.ours?.waitMsPerS?.['all-in-one'] ?? NaN, 0);
          }
          perLevel[c] = { amount, median: m.median, rounds: m.rounds };
        }
        const shapes = Object.fromEntries(
          ['deep', 'client', 'unit', 'hsl'].map((sh) => [sh, pool.filter((x) => x.shape === sh).length]),
        );
        details.p1Varied = {
          requests: pool.length,
          shapes,
          callers: opts.callers,
          headlineConnections: headline,
          checkedAgainstFirstAnswer: workload.references(),
          hiveRouter: routerProblem ?? '@graphql-hive/router-runtime (unifiedGraphHandler) in Hive Gateway',
          perLevel,
        };
        log(
          `p1 varied: ${workload.references()} distinct requests answered, every later answer compared with the first`,
        );
      },
    );
    if (routerProblem) {
      for (const k of Object.keys(results)) if (k.includes('hive_router') && results[k] === 'error') results[k] = 'n/a';
      results.p1_varied_vs_hive_router = 'n/a';
    }
  }

  // -- p2: facade vs floor ----------------------------------------------------------------------
  const restQuery = (limit: number) => `${REST_PATH}?limit=${limit}&domain=${ds!.tenant}`;
  if (runs('p2')) {
    await part('p2 facade vs floor', ['p2_facade_vs_floor'], async () => {
      if (!aioUrls?.facadeUrl) throw new Error('the all-in-one did not start');
      if (!fleetUrls.floor) throw new Error('the floor server did not start');
      const agent = tlsAgent(tls!);
      try {
        const facade = await get(`${aioUrls.facadeUrl}${restQuery(1000)}`, agent, { 'x-api-key': ds!.apiKey });
        if (facade.status !== 200)
          throw new Error(`the facade answered ${facade.status}: ${facade.body.toString().slice(0, 400)}`);
        const floorRes = await fetch(`${fleetUrls.floor}${restQuery(1000)}`);
        const floorBody = Buffer.from(await floorRes.arrayBuffer());
        const same = facade.body.equals(floorBody);
        if (!same) {
          const fa = JSON.parse(facade.body.toString()) as unknown[];
          const fl = JSON.parse(floorBody.toString()) as unknown[];
          const i = fa.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(fl[k]));
          log(
            `WARNING: facade and floor bodies differ (${facade.body.length} vs ${floorBody.length} bytes; ` +
              `first differing item ${i}):\n` +
              `  facade ${JSON.stringify(fa[i]).slice(0, 400)}\n` +
              `  floor  ${JSON.stringify(fl[i]).slice(0, 400)}`,
          );
        }
        log(
          `p2: GET ${REST_PATH}?limit=1000 (${countItems(facade.body)} items, ` +
            `${(facade.body.length / 1024).toFixed(0)} KB; ` +
            `facade and floor bodies ${same ? 'identical' : 'DIFFER'}), 1 connection`,
        );
        const a: LoadTarget = {
          name: 'facade',
          url: `${aioUrls.facadeUrl}${restQuery(1000)}`,
          headers: { 'x-api-key': ds!.apiKey },
          tls: tls!,
          pids: () => ({ 'all-in-one': [aio!.proc.pid!] }),
        };
        const b: LoadTarget = { name: 'floor', url: `${fleetUrls.floor}${restQuery(1000)}`, pids: pids('floor') };
        const c = await compare(a, b, {
          connections: 1,
          amount: opts.restRequests,
          warmup: 1,
          initialWarmup: 2,
          rounds: opts.rounds,
          progress: log,
        });
        if (!same) throw new Error('the facade and the floor answer different bodies (see above)');
        set('p2_facade_vs_floor', c.median.a.p50 / c.median.b.p50);
        roundsOf.p2_facade_vs_floor = c.rounds.map((r) => r.a.p50 / r.b.p50);
        set('p2_facade_p50_ms', c.median.a.p50, 1);
        set('p2_floor_p50_ms', c.median.b.p50, 1);
        details.p2 = {
          path: restQuery(1000),
          bytes: facade.body.length,
          identicalBodies: same,
          connections: 1,
          ...summary(c),
        };
      } finally {
        agent.destroy();
      }
    });
  }

  // -- p3: SQL statements per request (drizzle's query log in the all-in-one) -------------------
  if (runs('p3')) {
    await part('p3 SQL per request', ['p3_sql_rest', 'p3_sql_federated'], async () => {
      if (!aio || !aioUrls?.facadeUrl) throw new Error('the all-in-one did not start');
      // the fewest of three windows: background work (the fair share's usage flush every few seconds,
      // the export sweep) can land in a window, and is not the request's
      const count = async (what: string, fn: () => Promise<void>) => {
        let statements: string[] | undefined;
        for (let i = 0; i < 3; i++) {
          await ipcAsk(aio!, { type: 'record' }, 'recording');
          await fn();
          const got = await ipcAsk<{ statements: string[] }>(aio!, { type: 'statements' }, 'statements');
          if (!statements || got.statements.length < statements.length) statements = got.statements;
        }
        statements = statements!;
        const kinds = {
          transactions: statements.filter((s) => /set_config\('app\.tenant_id'/.test(s)).length,
          credentials: statements.filter((s) => /lookup_api_key|"iam"\."(api_|licence|client_cert)/.test(s)).length,
        };
        log(
          `p3: ${what}: ${statements.length} statements ` +
            `(${kinds.transactions} tenant transactions, ${kinds.credentials} credential checks)`,
        );
        return { count: statements.length, ...kinds, statements };
      };
      const agent = tlsAgent(tls!);
      try {
        const rest = await count(`GET ${REST_PATH}?limit=1000`, async () => {
          const r = await get(`${aioUrls!.facadeUrl}${restQuery(1000)}`, agent, { 'x-api-key': ds!.apiKey });
          if (r.status !== 200) throw new Error(`facade answered ${r.status}`);
        });
        const fed = await count('deep query, 100 clients', async () => {
          const r = await gql(aioUrls!.gatewayUrl, deepBody(100));
          if (r.status !== 200 || r.json.errors?.length)
            throw new Error(`gateway answered ${r.status} ${JSON.stringify(r.json.errors)}`);
        });
        set('p3_sql_rest', rest.count, 0);
        set('p3_sql_federated', fed.count, 0);
        details.p3 = {
          note:
            'statements logged by drizzle (the onQuery hook); ' +
            'each tenant transaction also sends BEGIN and COMMIT, which the hook does not see',
          rest,
          federated: fed,
        };
      } finally {
        agent.destroy();
      }
    });
  }

  // -- p4: bulk export through the facade's paging vs PostgreSQL's JSON export ------------------
  if (runs('p4')) {
    await part('p4 export vs floor', ['p4_export_vs_floor'], async () => {
      if (!aioUrls?.facadeUrl) throw new Error('the all-in-one did not start');
      const limit = 5000;
      const expected = ds!.executedServices;
      const maxPages = Math.ceil(expected / limit) + 2;
      const viaFacade = async (keep?: Buffer[]) => {
        const agent = tlsAgent(tls!);
        try {
          const started = performance.now();
          let url: string | undefined = `${aioUrls!.facadeUrl}${restQuery(limit)}`;
          let rows = 0;
          let bytes = 0;
          let pages = 0;
          while (url) {
            if (++pages > maxPages)
              throw new Error(`more than ${maxPages} pages for ${expected} rows: the paging does not end`);
            const r = await get(url, agent, { 'x-api-key': ds!.apiKey });
            if (r.status !== 200)
              throw new Error(`facade page ${pages} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
            rows += countItems(r.body);
            bytes += r.body.length;
            keep?.push(r.body);
            url = nextLink(r.headers, aioUrls!.facadeUrl);
          }
          return { rows, bytes, pages, seconds: (performance.now() - started) / 1000 };
        } finally {
          agent.destroy();
        }
      };
      // A connection of its own per export, the tenant set at connection start: postgres.js can
      // hang on the statement that follows a COPY on the same connection, so nothing follows it.
      const viaCopy = async (keep?: string[]) => {
        const started = performance.now();
        let rows = 0;
        let bytes = 0;
        const app = postgres(ds!.appUrl, { max: 1, onnotice: () => {}, connection: { 'app.tenant_id': ds!.tenant } });
        try {
          const stream = await app.unsafe(EXPORT_SQL).readable();
          let text = '';
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            bytes += chunk.length;
            for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++;
            if (keep) text += chunk.toString();
          }
          if (keep) keep.push(...text.split('\n').filter(Boolean));
          return { rows, bytes, pages: 1, seconds: (performance.now() - started) / 1000 };
        } finally {
          await app.end({ timeout: 1 });
        }
      };
      // Correctness first (not timed): the same rows, the same JSON.
      {
        const pages: Buffer[] = [];
        const lines: string[] = [];
        await viaFacade(pages);
        await viaCopy(lines);
        const fromFacade = pages
          .flatMap((p) => JSON.parse(p.toString()) as { Id: number }[])
          .map((x) => JSON.stringify(x));
        const fromCopy = lines.map((l) => JSON.stringify(JSON.parse(unescapeCopy(l))));
        const same = fromFacade.length === fromCopy.length && fromFacade.every((x, i) => x === fromCopy[i]);
        if (!same)
          log(
            `WARNING: the facade's pages and PostgreSQL's export differ ` +
              `(${fromFacade.length} vs ${fromCopy.length} rows)` +
              (fromFacade[0] !== fromCopy[0]
                ? `:\n  facade ${fromFacade[0]?.slice(0, 300)}\n  copy   ${fromCopy[0]?.slice(0, 300)}`
                : ''),
          );
        log(
          `p4: ${expected.toLocaleString('en')} executed services, pages of ${limit} ` +
            `(${Math.ceil(expected / limit)} pages) vs COPY (json_build_object) TO STDOUT; ` +
            `same rows and JSON: ${same ? 'yes' : 'NO'}`,
        );
        const rounds: { facade: Awaited<ReturnType<typeof viaFacade>>; floor: Awaited<ReturnType<typeof viaCopy>> }[] =
          [];
        for (let i = 0; i < opts.rounds; i++) {
          const order = i % 2 === 0 ? ['facade', 'floor'] : ['floor', 'facade'];
          const got: Record<string, Awaited<ReturnType<typeof viaFacade>>> = {};
          for (const w of order) {
            got[w] = w === 'facade' ? await viaFacade() : await viaCopy();
            if (got[w]!.rows !== expected)
              throw new Error(`${w} export read ${got[w]!.rows} rows, expected ${expected}`);
            log(
              `  round ${i + 1}/${opts.rounds} ${w.padEnd(7)} ${Math.round(got[w]!.rows / got[w]!.seconds)
                .toLocaleString('en')
                .padStart(9)} rows/s (${got[w]!.seconds.toFixed(2)} s, ${(got[w]!.bytes / 1048576).toFixed(1)} MB)`,
            );
          }
          rounds.push({ facade: got.facade!, floor: got.floor! });
        }
        const facadeRps = median(rounds.map((r) => r.facade.rows / r.facade.seconds));
        const floorRps = median(rounds.map((r) => r.floor.rows / r.floor.seconds));
        if (!same) throw new Error("the facade's pages and PostgreSQL's export differ (see above)");
        set('p4_export_vs_floor', facadeRps / floorRps, 3);
        roundsOf.p4_export_vs_floor = rounds.map(
          (r) => r.facade.rows / r.facade.seconds / (r.floor.rows / r.floor.seconds),
        );
        set('p4_facade_rows_s', facadeRps, 0);
        set('p4_floor_rows_s', floorRps, 0);
        details.p4 = {
          rows: expected,
          pageSize: limit,
          sameRowsAndJson: same,
          rounds,
          floor:
            'COPY (SELECT json_build_object(…) … ORDER BY updated_at, id) TO STDOUT as the app role ' +
            'on a new connection with app.tenant_id set at connection start (timed from connecting)',
        };
      }
    });
  }

  /** p5's noise floor (`key`): what adjacent windows of one condition differed by, set and logged. */
  const reportNoise = (key: string, part: string, rounds: Parameters<typeof sameConditionRatios>[0]) => {
    const same = sameConditionRatios(rounds);
    set(key, noiseFactor(same));
    log(
      `${part}: adjacent windows of the same condition (the order alternates) differed by ` +
        `${same.map((x) => fmt(x, 2)).join(', ') || 'n/a'} in p99 (later ÷ earlier): the measurement's own ` +
        `noise, up to a factor ${fmt(noiseFactor(same), 2)} either way`,
    );
  };
  /**
   * A neighbour's load that was not what it says (requests its client could not send in time) or
   * answers other than 2xx and 429 (the platform failing under it): a failed check, not a figure.
   */
  const neighbourLost = (part: string, floods: FloodResult[]) => {
    const unsent = floods.reduce((a, f) => a + f.unsent, 0);
    const other = floods.reduce((a, f) => a + f.other, 0);
    if (unsent) failures.push(`${part}: the neighbour's client fell behind (${unsent} requests not sent)`);
    const first = floods.find((f) => f.failure)?.failure;
    if (other)
      failures.push(
        `${part}: the neighbour got ${other} answers other than 2xx and 429${first ? ` (first: ${first})` : ''}`,
      );
  };

  // -- p5: noisy neighbour: the neighbour tenant's p99 while the tenant floods at 10× its limit ---
  if (runs('p5-flood')) {
    await part('p5 noisy neighbour', ['p5_noisy_neighbour', 'p5_flood'], async () => {
      if (!aioUrls?.facadeUrl) throw new Error('the all-in-one did not start');
      const limits = ds!.floodLimits;
      const rate = Math.round((10 * limits.ratePerMinute) / 60);
      const page = (tenant: string) => `${aioUrls!.facadeUrl}${REST_PATH}?limit=100&domain=${tenant}`;
      const victim = p5Victim({
        name: 'neighbour',
        facadeUrl: aioUrls.facadeUrl,
        ds: ds!,
        tls: tls!,
        pids: () => ({ 'all-in-one': [aio!.proc.pid!] }),
        varied: false,
      });
      const flooder: LoadTarget = {
        name: 'flooder',
        url: page(ds!.tenant),
        headers: { 'x-api-key': ds!.floodKey },
        tls: tls!,
      };
      // the rig floor (bare-429.ts): the same flood at a bare Node HTTPS server that refuses everything
      const bare = await startBare429(ds!.pki);
      const { pathname, search } = new URL(flooder.url);
      const rig: LoadTarget = { ...flooder, name: 'flood at a bare server', url: `${bare.url}${pathname}${search}` };
      const agent = tlsAgent(tls!);
      try {
        for (const t of [victim, flooder]) {
          const r = await get(t.url, agent, t.headers);
          if (r.status !== 200) throw new Error(`${t.name} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
        }
      } finally {
        agent.destroy();
      }
      log(
        `p5: ${ds!.neighbour} reads GET ${REST_PATH}?limit=100 ` +
          `(1 connection, ${opts.neighbourRequests} requests per window` +
          `${opts.windowSeconds ? ` and at least ${opts.windowSeconds} s` : ''}) alone, ` +
          `and while ${ds!.tenant} offers ${rate} req/s ` +
          `(10× its ${limits.ratePerMinute}/min; burst ${limits.burst}, ${limits.concurrency} in flight) ` +
          `on 50 connections, ${floodShapeNote(opts.floodShape)}`,
      );
      await measure(victim, { connections: 1, amount: 5 });
      // full mode: steady-state windows (≥ 20 s, --window-seconds), the flood's burst long spent
      const window = { connections: 1, amount: opts.neighbourRequests, seconds: opts.windowSeconds || undefined };
      const rounds: { alone: Window; flooded: Window; flood: FloodResult; rig: Window; rigFlood: FloodResult }[] = [];
      /** The victim's window while `target` is flooded as p5 floods the platform. */
      const floodedWindow = async (target: LoadTarget) => {
        const f = await flood(target, { connections: 50, rate, shape: opts.floodShape });
        await new Promise((r) => setTimeout(r, 1000)); // the flood is on (and its burst spent)
        f.measuring();
        const w = await measure(victim, window);
        const result = await f.stop();
        await new Promise((r) => setTimeout(r, 300)); // its admitted requests finish
        return { w, result };
      };
      for (let i = 0; i < opts.rounds; i++) {
        const got: Partial<(typeof rounds)[number]> = {};
        // alone and flooded alternate (the noise pairs below); the rig's window between them
        for (const w of i % 2 === 0 ? ['alone', 'rig', 'flooded'] : ['flooded', 'rig', 'alone']) {
          if (w === 'alone') got.alone = await measure(victim, window);
          else if (w === 'rig') ({ w: got.rig, result: got.rigFlood } = await floodedWindow(rig));
          else ({ w: got.flooded, result: got.flood } = await floodedWindow(flooder));
          const x = w === 'alone' ? got.alone! : w === 'rig' ? got.rig! : got.flooded!;
          const f = w === 'rig' ? got.rigFlood! : got.flood!;
          const floodNote =
            w === 'flooded'
              ? `  (flood: ${Math.round(f.admitted / f.seconds)} req/s admitted ` +
                `(${f.peakAdmittedPerSecond} in its busiest second measured), ` +
                `${Math.round(f.rejected / f.seconds)} req/s refused with 429, ` +
                `${f.unsent} not sent; ` +
                `its client ${fmt(f.clientCores)} cores)`
              : w === 'rig'
                ? `  (the flood at a bare server: ${Math.round(f.rejected / f.seconds)} req/s refused, ` +
                  `${f.unsent} not sent; its client ${fmt(f.clientCores)} cores)`
                : '';
          log(
            `  round ${i + 1}/${opts.rounds} ${w.padEnd(8)} ` +
              `${fmt(x.rps, 1).padStart(6)} req/s  ` +
              `p50 ${fmt(x.p50, 1).padStart(7)} ms  p99 ${fmt(x.p99, 1).padStart(7)} ms  ` +
              `(${coresNote(x)})${floodNote}`,
          );
        }
        rounds.push(got as (typeof rounds)[number]);
      }
      await bare.child.stop();
      // every answer of the victim checked (its own 429s fail the part); p99 from pooled samples
      const bad = rounds.flatMap((r) => [r.alone, r.flooded, r.rig]).find((w) => w.failed || w.errors);
      if (bad) throw windowFailure('the neighbour', bad);
      neighbourLost(
        'p5 flood',
        rounds.map((r) => r.flood),
      );
      neighbourLost(
        'p5 flood at a bare server',
        rounds.map((r) => r.rigFlood),
      );
      const notRefused = rounds.reduce((a, r) => a + r.rigFlood.admitted, 0);
      if (notRefused) failures.push(`p5 flood at a bare server: ${notRefused} answers were not its 429`);
      const alone = pooledP99(rounds.map((r) => r.alone));
      const flooded = pooledP99(rounds.map((r) => r.flooded));
      const rigged = pooledP99(rounds.map((r) => r.rig));
      for (const r of rounds) r.alone.latencies = r.flooded.latencies = r.rig.latencies = [];
      set('p5_noisy_neighbour', flooded / alone);
      set('p5_flood', flooded / alone);
      roundsOf.p5_noisy_neighbour = rounds.map((r) => r.flooded.p99 / r.alone.p99);
      // what the flood costs the victim on this machine with the platform out of it, and the platform's share
      set('p5_flood_rig', rigged / alone);
      roundsOf.p5_flood_rig = rounds.map((r) => r.rig.p99 / r.alone.p99);
      set('p5_flood_vs_rig', flooded / rigged);
      roundsOf.p5_flood_vs_rig = rounds.map((r) => r.flooded.p99 / r.rig.p99);
      set('p5_rig_p99_ms', rigged, 1);
      reportNoise(
        'p5_flood_noise',
        'p5',
        rounds.map((r) => ({ alone: r.alone, with: r.flooded })),
      );
      set('p5_alone_p99_ms', alone, 1);
      set('p5_flooded_p99_ms', flooded, 1);
      set('p5_flood_admitted_rps', median(rounds.map((r) => r.flood.admitted / r.flood.seconds)), 1);
      set('p5_flood_refused_rps', median(rounds.map((r) => r.flood.rejected / r.flood.seconds)), 1);
      details.p5 = { victim: victim.url, flooder: flooder.url, offeredRps: rate, floodConnections: 50, limits, rounds };
    });
  }

  // -- p5 heavy: a neighbour that works hard within its quota; the victim on an unlimited key ---
  if (runs('p5-heavy')) {
    await part('p5 heavy neighbour', ['p5_heavy'], async () => {
      if (!aioUrls?.facadeUrl) throw new Error('the all-in-one did not start');
      const limits = ds!.floodLimits;
      const pageRows = opts.heavyPageRows;
      // within every limit: 90 % of the request rate and of the rows per minute, half the concurrency
      const rate = Math.max(0.1, 0.9 * Math.min(limits.ratePerMinute / 60, limits.rowsPerMinute / 60 / pageRows));
      const heavyConnections = Math.max(1, Math.floor(limits.concurrency / 2));
      const victimConnections = 4;
      const windowS = quick ? 2 : 20;
      const rows = ds!.executedServices;
      // the victim: the neighbour tenant on its demo key (no limits reached), pages at varied
      // offsets; the heavy one: the measured tenant's second system on the platform's default
      // limits (enforced)
      const victim = p5Victim({
        name: 'victim',
        facadeUrl: aioUrls.facadeUrl,
        ds: ds!,
        tls: tls!,
        pids: () => ({ 'all-in-one': [aio!.proc.pid!] }),
        varied: true,
      });
      // (made in a process of its own, see `flood`: a PRNG of its own there, seeded the same every run)
      const heavy: FloodTarget = {
        url: `${aioUrls.facadeUrl}${REST_PATH}?limit=${pageRows}&domain=${ds!.tenant}`,
        headers: { 'x-api-key': ds!.floodKey },
        tls: tls!,
        offsets: {
          path: `${restPath(aioUrls.facadeUrl, ds!.tenant)}&limit=${pageRows}`,
          span: Math.max(1, rows - pageRows),
          seed: 23,
        },
      };
      const agent = tlsAgent(tls!);
      try {
        const origin = new URL(victim.url).origin;
        const first = victim.next!();
        const r = await get(`${origin}${first.path}`, agent, victim.headers);
        if (r.status !== 200) throw new Error(`the victim answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
        const bad = first.check?.(r.status, r.body.toString());
        if (bad) throw new Error(bad);
        // the heavy one's key is the flood's: its rate recovers from the flood first, 1 s per retry
        const page = `${origin}${heavy.offsets!.path}&offset=0`;
        let h = await get(page, agent, heavy.headers);
        for (let k = 0; h.status === 429 && k < 30; k++) {
          await new Promise((res) => setTimeout(res, 1000));
          h = await get(page, agent, heavy.headers);
        }
        if (h.status !== 200) throw new Error(`the heavy one answered ${h.status}: ${h.body.toString().slice(0, 300)}`);
        if (countItems(h.body) !== pageRows) throw new Error(`the heavy one's page has ${countItems(h.body)} items`);
      } finally {
        agent.destroy();
      }
      log(
        `p5 heavy: ${ds!.neighbour} (unlimited key) reads pages of ${VICTIM_ROWS} at varied offsets on ` +
          `${victimConnections} connections for ${windowS} s` +
          `${quick ? '' : ' (and ≥ 1000 answers in all, ≤ 120 s)'}, alone and while ${ds!.tenant} reads pages of ` +
          `${pageRows} at varied offsets at ${fmt(rate, 1)} req/s on ${heavyConnections} connections ` +
          `(within its limits: ` +
          `${limits.ratePerMinute}/min, ${limits.rowsPerMinute.toLocaleString('en')} rows/min, ` +
          `${limits.concurrency} in flight), ${floodShapeNote(opts.floodShape)}`,
      );
      await measure(victim, { connections: victimConnections, amount: 20 });
      // full mode: windows of ≥ 20 s and enough answers for a pooled p99 (at most 120 s; else n/a)
      const victimWindow = {
        connections: victimConnections,
        amount: quick ? 0 : Math.ceil(MIN_SAMPLES.p99 / opts.rounds),
        seconds: windowS,
        maxSeconds: quick ? windowS : 120,
      };
      const rounds: { alone: Window; heavy: Window; neighbour: FloodResult }[] = [];
      for (let i = 0; i < opts.rounds; i++) {
        const got: Partial<(typeof rounds)[number]> = {};
        for (const w of i % 2 === 0 ? ['alone', 'heavy'] : ['heavy', 'alone']) {
          if (w === 'alone') got.alone = await measure(victim, victimWindow);
          else {
            const f = await flood(heavy, { connections: heavyConnections, rate, shape: opts.floodShape });
            await new Promise((r) => setTimeout(r, quick ? 500 : 2000)); // the neighbour is at its pace
            f.measuring();
            got.heavy = await measure(victim, victimWindow);
            got.neighbour = await f.stop();
            await new Promise((r) => setTimeout(r, 500)); // its requests finish
          }
          const x = w === 'alone' ? got.alone! : got.heavy!;
          const n = got.neighbour;
          const note =
            w === 'heavy' && n
              ? `  (neighbour: ${(n.admitted / n.seconds).toFixed(1)} req/s admitted, ` +
                `${(n.rejected / n.seconds).toFixed(1)} req/s refused with 429, ${n.other} other, ` +
                `${n.unsent} not sent)`
              : '';
          log(
            `  round ${i + 1}/${opts.rounds} ${w.padEnd(6)} ${fmt(x.rps, 1).padStart(7)} req/s  ` +
              `p50 ${fmt(x.p50, 1).padStart(7)} ms  p99 ${fmt(x.p99, 1).padStart(7)} ms  ` +
              `(${x.requests} good, 429: ${x.statuses['429'] ?? 0}, other failures: ` +
              `${x.failed - (x.statuses['429'] ?? 0)}, errors ${x.errors}; ${coresNote(x)})${note}`,
          );
        }
        rounds.push(got as (typeof rounds)[number]);
      }
      const windows = rounds.flatMap((r) => [r.alone, r.heavy]);
      // how busy the machine was with the victim alone: a baseline that already fills the cores
      // leaves any neighbour only the victim's own share to take (said, not hidden, in the table)
      const aloneBusy = median(rounds.map((r) => r.alone.busyCores));
      set('p5_heavy_alone_busy_cores', aloneBusy, 2);
      set('p5_heavy_with_busy_cores', median(rounds.map((r) => r.heavy.busyCores)), 2);
      set('p5_heavy_alone_aio_cores', median(rounds.map((r) => groupCores(r.alone, 'all-in-one'))), 2);
      // the victim's 429s are counted and reported; any other failed answer fails the part
      const victim429 = (ws: Window[]) => ws.reduce((a, w) => a + (w.statuses['429'] ?? 0), 0);
      const bad = windows.find((w) => w.errors || w.failed - (w.statuses['429'] ?? 0) > 0);
      if (bad) throw windowFailure('the victim', bad);
      neighbourLost(
        'p5 heavy',
        rounds.map((r) => r.neighbour),
      );
      const samples = (ws: Window[]) => ws.reduce((a, w) => a + w.requests, 0);
      const alone = pooledP99(rounds.map((r) => r.alone));
      const withHeavy = pooledP99(rounds.map((r) => r.heavy));
      set('p5_heavy', withHeavy / alone);
      roundsOf.p5_heavy = rounds.map((r) => r.heavy.p99 / r.alone.p99);
      reportNoise(
        'p5_heavy_noise',
        'p5 heavy',
        rounds.map((r) => ({ alone: r.alone, with: r.heavy })),
      );
      set('p5_heavy_alone_p99_ms', alone, 1);
      set('p5_heavy_with_p99_ms', withHeavy, 1);
      set('p5_heavy_alone_rps', median(rounds.map((r) => r.alone.rps)), 1);
      set('p5_heavy_with_rps', median(rounds.map((r) => r.heavy.rps)), 1);
      set('p5_heavy_victim_429', victim429(windows), 0);
      set('p5_heavy_victim_rps_ratio', median(rounds.map((r) => r.heavy.rps)) / median(rounds.map((r) => r.alone.rps)));
      set('p5_heavy_neighbour_rps', median(rounds.map((r) => r.neighbour.admitted / r.neighbour.seconds)), 1);
      set('p5_heavy_neighbour_429_rps', median(rounds.map((r) => r.neighbour.rejected / r.neighbour.seconds)), 1);
      if (victim429(windows))
        failures.push(`p5 heavy: the victim (unlimited key) was refused ${victim429(windows)} times with 429`);
      log(
        `p5 heavy: victim p99 ${fmt(withHeavy, 1)} ms with the neighbour, ${fmt(alone, 1)} ms alone ` +
          `(${samples(rounds.map((r) => r.heavy))} / ${samples(rounds.map((r) => r.alone))} samples; ` +
          `p99 from ≥ ${MIN_SAMPLES.p99}); with the victim alone the machine had ${fmt(aloneBusy)} of ` +
          `${availableParallelism()} cores busy` +
          (aloneBusy >= 0.9 * availableParallelism()
            ? ' — the victim alone fills the machine, so the neighbour can only take from its share'
            : ''),
      );
      for (const r of rounds) r.alone.latencies = r.heavy.latencies = [];
      details.p5Heavy = {
        victim: { tenant: ds!.neighbour, key: 'unlimited', pageRows: VICTIM_ROWS, connections: victimConnections },
        neighbour: { tenant: ds!.tenant, limits, pageRows, offeredRps: rate, connections: heavyConnections },
        windowSeconds: windowS,
        samples: { alone: samples(rounds.map((r) => r.alone)), heavy: samples(rounds.map((r) => r.heavy)) },
        rounds,
      };
    });
  }

  // -- p6: memory of the all-in-one after the load above ----------------------------------------
  if (aio?.proc.pid && aio.proc.exitCode === null) {
    set('p6_rss_mb', rssMb(aio.proc.pid), 0);
    log(
      `p6: all-in-one RSS ${results.p6_rss_mb} MB after ` +
        `${['p2', 'p3', 'p4', 'p5'].filter((p) => runs(p as Part)).join(', ') || 'no'} load`,
    );
  } else results.p6_rss_mb = 'error';

  await stopAll();

  // -- `pnpm start` on the embedded database (bench/startup.ts; free ports) ----------------------
  // p6_start_s is its COLD start: an empty data directory, as after a fresh clone and `pnpm install`
  // (the demo database snapshot and the console build that install prepares are reused if present).
  if (runs('p6') && !argv['no-pglite-start']) {
    await part('p6 pnpm start (PGlite)', ['p6_start_s'], async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lcs-bench-start-'));
      try {
        log('p6: `pnpm start` on an empty data directory (cold)…');
        const cold = await measureStart(dir);
        set('p6_start_s', cold.seconds);
        set('p6_pglite_cold_s', cold.seconds);
        set('p6_pglite_cold_cpu_s', cold.cpuSeconds);
        // quick mode: the cold start only (the headline); the warm restart in full mode
        if (quick) {
          results.p6_pglite_warm_s = 'skipped';
          set('p6_pglite_rss_mb', cold.rssMb, 0);
        } else {
          log('p6: … and restarted with its data kept (warm)');
          const warm = await measureStart(dir);
          set('p6_pglite_warm_s', warm.seconds);
          set('p6_pglite_rss_mb', warm.rssMb, 0);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
} catch (e) {
  failures.push((e as Error).message);
  log(`FAILED: ${(e as Error).message}`);
} finally {
  await stopAll();
  rmSync(scratch, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
function summary(c: Comparison) {
  return {
    median: c.median,
    ratios: {
      rps: c.median.a.rps / c.median.b.rps,
      p50: c.median.a.p50 / c.median.b.p50,
      p99: c.median.a.p99 / c.median.b.p99,
    },
    perRoundRpsRatio: c.rounds.map((r) => r.a.rps / r.b.rps),
    rounds: c.rounds,
  };
}

/** The p99 of windows' latencies pooled, or NaN below MIN_SAMPLES.p99 samples. */
function pooledP99(ws: Window[]): number {
  const xs = ws.flatMap((w) => w.latencies).sort((a, b) => a - b);
  return xs.length >= MIN_SAMPLES.p99 ? percentile(xs, 99) : NaN;
}

/** The error a part ends with when a window's answers failed their checks. */
function windowFailure(who: string, w: Window): Error {
  return new Error(
    `${who}'s answers failed (${w.failed} failed, ${w.non2xx} non-2xx, ${w.errors} errors` +
      `${w.firstFailure ? `; first: ${w.firstFailure}` : ''})`,
  );
}

function headlineOf(d: unknown): number {
  return (d as { headlineConnections?: number } | undefined)?.headlineConnections ?? 50;
}

function hiveArgs(supergraphFile: string, port: number): string[] {
  return [
    'supergraph',
    supergraphFile,
    '--config-path',
    'bench/hive.config.ts',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--fork',
    '1',
    '--disable-websockets',
  ];
}

for (const k of [
  'p1_gateway_vs_hive',
  'p1_ours_p99_ms',
  'p1_hive_p99_ms',
  'p1_varied_vs_hive',
  'p1_nodedup_vs_hive',
  'p1_engine_cpu_vs_hive',
  'p2_facade_vs_floor',
  'p3_sql_rest',
  'p3_sql_federated',
  'p4_export_vs_floor',
  'p5_noisy_neighbour',
  'p6_start_s',
  'p6_rss_mb',
]) {
  results[k] ??=
    // p6's RSS is read after any load; its PGlite start runs only with p6 (and without --no-pglite-start)
    (
      k === 'p6_start_s'
        ? only.has('p6') && !argv['no-pglite-start']
        : k.startsWith('p5_')
          ? runs(k === 'p5_heavy' ? 'p5-heavy' : 'p5-flood')
          : only.has(k.slice(0, 2)) || k === 'p6_rss_mb'
    )
      ? 'error'
      : 'skipped';
}
const loadAfter = machineLoad();

// The table.
const r = (k: string) => results[k] ?? 'n/a';
/** "meets" on the unrounded value, and only when every round meets too. */
const verdict = (k: string, goal: string, ok: (x: number) => boolean) =>
  typeof results[k] === 'number' && Number.isFinite(raw[k]) && ok(raw[k]!) && (roundsOf[k] ?? []).every(ok)
    ? `meets ${goal}`
    : `goal ${goal}`;
const rows: [string, string, string, string, string][] = [
  [
    'p1 gateway vs Hive Gateway',
    `ours ${r('p1_ours_rps')} req/s, p99 ${r('p1_ours_p99_ms')} ms, ${r('p1_ours_cpu_ms')} ms CPU`,
    `Hive ${r('p1_hive_rps')} req/s, p99 ${r('p1_hive_p99_ms')} ms, ${r('p1_hive_cpu_ms')} ms CPU`,
    `${r('p1_gateway_vs_hive')}`,
    verdict('p1_gateway_vs_hive', '≥ 1.5', (x) => x >= 1.5),
  ],
  ...(results.p1_vs_hive_nodedup !== undefined
    ? [
        [
          '  … vs Hive without upstream dedup',
          `ours ${r('p1_nodedup_ours_rps')} req/s`,
          `Hive ${r('p1_hive_nodedup_rps')} req/s, p99 ${r('p1_hive_nodedup_p99_ms')} ms`,
          `${r('p1_vs_hive_nodedup')}`,
          'diagnostic',
        ] as [string, string, string, string, string],
      ]
    : []),
  ...(results.p1_varied_vs_hive !== undefined
    ? ([
        [
          `p1 varied vs Hive Gateway (${headlineOf(details.p1Varied)} conn.)`,
          `ours (all-in-one) ${r('p1_varied_ours_rps')} req/s, p99 ${r('p1_varied_ours_p99_ms')} ms`,
          `Hive ${r('p1_varied_hive_rps')} req/s, p99 ${r('p1_varied_hive_p99_ms')} ms`,
          `${r('p1_varied_vs_hive')}`,
          verdict('p1_varied_vs_hive', '≥ 1.5', (x) => x >= 1.5),
        ],
        [
          '  … vs Hive with its Rust planner',
          `ours ${r('p1_varied_ours_rps')} req/s`,
          routerProblem
            ? `n/a: ${routerProblem.split('\n')[0]!.slice(0, 80)}`
            : `Hive (Rust planner) ${r('p1_varied_hive_router_rps')} req/s`,
          `${r('p1_varied_vs_hive_router')}`,
          verdict('p1_varied_vs_hive_router', '≥ 1.0', (x) => x >= 1.0),
        ],
        [
          '  … our gateway alone vs Hive (same subgraphs)',
          `our gateway ${r('p1_varied_gateway_rps')} req/s`,
          `Hive ${r('p1_varied_hive_rps')}, Rust planner ${r('p1_varied_hive_router_rps')} req/s`,
          `${r('p1_varied_gateway_vs_hive')} / ${r('p1_varied_gateway_vs_hive_router')}`,
          'vs Hive / vs Rust planner',
        ],
        [
          '  … whole-stack CPU ms per request',
          `ours ${r('p1_varied_ours_stack_cpu_ms')}`,
          `Hive ${r('p1_varied_hive_stack_cpu_ms')} (Rust planner ${r('p1_varied_hive_router_stack_cpu_ms')})`,
          `${r('p1_stack_cpu_vs_hive')}`,
          '',
        ],
        [
          '  … our gateway with dedup off vs Hive',
          `ours (no dedup) ${r('p1_varied_nodedup_rps')} req/s`,
          `Hive ${r('p1_varied_hive_rps')} req/s`,
          `${r('p1_nodedup_vs_hive')}`,
          '',
        ],
        [
          '  … engine (gateway) CPU ms per request',
          `our gateway ${r('p1_varied_ours_cpu_ms')} (no dedup ${r('p1_varied_nodedup_cpu_ms')})`,
          `Hive ${r('p1_varied_hive_cpu_ms')} (Rust planner ${r('p1_varied_hive_router_cpu_ms')})`,
          `${r('p1_engine_cpu_vs_hive')}`,
          verdict('p1_engine_cpu_vs_hive', '≤ 0.5', (x) => x <= 0.5),
        ],
        ...opts.variedConnections.map(
          (c) =>
            [
              `  … at ${c} connections`,
              `ours ${r(`p1_varied_c${c}_ours_rps`)}, gateway ${r(`p1_varied_c${c}_gateway_rps`)}, ` +
                `no dedup ${r(`p1_varied_c${c}_nodedup_rps`)} req/s`,
              `Hive ${r(`p1_varied_c${c}_hive_rps`)}, Rust planner ${r(`p1_varied_c${c}_hive_router_rps`)} req/s`,
              `${r(`p1_varied_c${c}_vs_hive`)} / ${r(`p1_varied_c${c}_vs_hive_router`)}`,
              'vs Hive / vs Rust planner',
            ] as [string, string, string, string, string],
        ),
      ] as [string, string, string, string, string][])
    : []),
  [
    'p2 facade vs floor (p50)',
    `facade ${r('p2_facade_p50_ms')} ms`,
    `floor ${r('p2_floor_p50_ms')} ms`,
    `${r('p2_facade_vs_floor')}`,
    verdict('p2_facade_vs_floor', '≤ 1.5', (x) => x <= 1.5),
  ],
  [
    'p3 SQL statements per request',
    `REST page ${r('p3_sql_rest')}`,
    `deep query (100 clients) ${r('p3_sql_federated')}`,
    '',
    '',
  ],
  [
    'p4 export vs floor (rows/s)',
    `facade ${r('p4_facade_rows_s')}`,
    `PostgreSQL ${r('p4_floor_rows_s')}`,
    `${r('p4_export_vs_floor')}`,
    verdict('p4_export_vs_floor', '≥ 0.5', (x) => x >= 0.5),
  ],
  [
    'p5 noisy neighbour (p99)',
    `neighbour flooded ${r('p5_flooded_p99_ms')} ms`,
    `alone ${r('p5_alone_p99_ms')} ms (windows alike differ ≤ ×${r('p5_flood_noise')}); ` +
      `flood at a bare server ${r('p5_rig_p99_ms')} ms (×${r('p5_flood_rig')} of alone: the rig's own share)`,
    `${r('p5_noisy_neighbour')}`,
    verdict('p5_noisy_neighbour', '≤ 1.25', (x) => x <= 1.25),
  ],
  [
    'p5 heavy neighbour (victim p99)',
    `with ${r('p5_heavy_with_p99_ms')} ms, ${r('p5_heavy_with_rps')} req/s, 429: ${r('p5_heavy_victim_429')}`,
    `alone ${r('p5_heavy_alone_p99_ms')} ms, ${r('p5_heavy_alone_rps')} req/s ` +
      `(machine ${r('p5_heavy_alone_busy_cores')} cores busy; windows alike differ ≤ ×${r('p5_heavy_noise')})`,
    `${r('p5_heavy')}`,
    verdict('p5_heavy', '≤ 1.25', (x) => x <= 1.25),
  ],
  [
    'p6 start-up, memory',
    `pnpm start cold ${r('p6_start_s')} s (PostgreSQL aio ${r('p6_pg_start_s')} s)`,
    `RSS after load ${r('p6_rss_mb')} MB`,
    '',
    results.p6_pglite_warm_s !== undefined
      ? `${results.p6_pglite_warm_s === 'skipped' ? 'pnpm start' : `pnpm start warm ${r('p6_pglite_warm_s')} s,`} ` +
        `${r('p6_pglite_rss_mb')} MB; cold: ` +
        verdict('p6_start_s', '≤ 10 s', (x) => x <= 10)
      : '',
  ],
];
const widths = [0, 1, 2, 3, 4].map((i) =>
  Math.max(...rows.map((x) => x[i]!.length), ['', 'A', 'B', 'A÷B', ''][i]!.length),
);
const line = (x: string[]) =>
  x
    .map((c, i) => c.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();
console.log('');
console.log(
  `pnpm bench — ${mode} mode, ${new Date().toISOString()}, node ${process.version}, ${loadBefore.cores} cores, ` +
    `load average ${loadBefore.load1} → ${loadAfter.load1}, ` +
    `the host took ${stolenMsPerS(loadBefore, loadAfter)} ms/s of its cores (steal)`,
);
if (ds)
  console.log(
    `dataset ${ds.tenant} on PostgreSQL ${opts.database} (${ds.rows.toLocaleString('en')} rows, ` +
      `${ds.executedServices.toLocaleString('en')} executed services; ` +
      `${ds.reused ? 'reused' : `seeded in ${ds.seedSeconds?.toFixed(1)} s`}); ${opts.rounds} rounds, medians`,
  );
console.log('');
console.log(line(['', 'A', 'B', 'A÷B', '']));
for (const x of rows) console.log(line(x));
const cpu = (k: 'p1' | 'p1NoDedup' | 'p2') => {
  const d = details[k] as
    | {
        median?: {
          a: { cpuMsPerReq: Record<string, number>; otherCores: number };
          b: { cpuMsPerReq: Record<string, number>; otherCores: number };
        };
      }
    | undefined;
  if (!d?.median) return;
  const show = (w: { cpuMsPerReq: Record<string, number>; otherCores: number }) =>
    `${Object.entries(w.cpuMsPerReq)
      .map(([n, ms]) => `${n} ${fmt(ms, 1)}`)
      .join(', ')} (other jobs: ${fmt(w.otherCores, 2)} cores)`;
  console.log(`  ${k} CPU ms per request — A: ${show(d.median.a)}`);
  console.log(`  ${k} CPU ms per request — B: ${show(d.median.b)}`);
};
console.log('');
cpu('p1');
cpu('p1NoDedup');
cpu('p2');
if (failures.length) {
  console.log('\nproblems:');
  for (const f of failures) console.log(`  - ${f.split('\n')[0]}`);
}

// The results file.
const out = {
  mode,
  date: new Date().toISOString(),
  commit: git(['rev-parse', 'HEAD']),
  dirty: git(['status', '--porcelain']).length > 0,
  node: process.version,
  machine: {
    cores: loadBefore.cores,
    load1Before: loadBefore.load1,
    load1After: loadAfter.load1,
    stealMsPerS: stolenMsPerS(loadBefore, loadAfter),
  },
  options: { ...opts, out: relative(ROOT, opts.out), only: [...only] },
  dataset: ds && {
    tenant: ds.tenant,
    ...ds.spec,
    database: opts.database,
    rows: ds.rows,
    executedServices: ds.executedServices,
    reused: ds.reused,
    seedSeconds: ds.seedSeconds,
  },
  results,
  details,
  failures,
  seconds: (performance.now() - t0) / 1000,
};
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, JSON.stringify(out, null, 2) + '\n');
console.log(
  `\nresults written to ${relative(process.cwd(), opts.out) || opts.out} (${out.seconds.toFixed(0)} s in all)`,
);

const keys = [
  'p1_gateway_vs_hive',
  'p1_ours_rps',
  'p1_hive_rps',
  'p1_ours_p99_ms',
  'p1_hive_p99_ms',
  'p1_ours_cpu_ms',
  'p1_hive_cpu_ms',
  'p1_vs_hive_nodedup',
  'p1_nodedup_ours_rps',
  'p1_hive_nodedup_rps',
  'p2_facade_vs_floor',
  'p2_facade_p50_ms',
  'p2_floor_p50_ms',
  'p3_sql_rest',
  'p3_sql_federated',
  'p4_export_vs_floor',
  'p4_facade_rows_s',
  'p4_floor_rows_s',
  'p5_noisy_neighbour',
  'p5_alone_p99_ms',
  'p5_flooded_p99_ms',
  'p5_flood_admitted_rps',
  'p5_flood_refused_rps',
  'p5_rig_p99_ms',
  'p5_flood_rig',
  'p5_flood_vs_rig',
  'p6_start_s',
  'p6_pg_start_s',
  'p6_rss_mb',
  'p6_pglite_cold_s',
  'p6_pglite_warm_s',
  'p6_pglite_cold_cpu_s',
  'p6_pglite_rss_mb',
];
// Issue 19's keys: every one printed; n/a where not measured (not implemented yet, or too few samples).
const ISSUE19 = [
  'p1_varied_vs_hive',
  'p1_varied_vs_hive_router',
  'p1_engine_cpu_vs_hive',
  'p1_burst_vs_hive',
  'p1_nodedup_vs_hive',
  'p2_facade_vs_floor',
  'p4_export_vs_floor',
  'p5_flood',
  'p5_heavy',
  'p6_start_s',
  'p6_rss_mb',
];
for (const k of ISSUE19) results[k] ??= 'n/a';
const checks = failures.length === 0 && !Object.values(results).includes('error') ? 'pass' : 'fail';
const extra = Object.keys(results).filter((k) =>
  /^p1_(varied|nodedup|engine|burst|stack)|^p5_(heavy|flood_noise)/.test(k),
);
const resultLine = [...new Set([...ISSUE19, ...keys, 'p1_offsets_vs_hive', 'p1_spread_min', 'p1_spread_max', ...extra])]
  .filter((k) => results[k] !== undefined)
  .map((k) => `${k}=${results[k]}`);
console.log(
  `RESULT ${[`checks=${checks}`, ...resultLine, `mode=${mode}`].join(' ')} ` +
    `load1=${loadBefore.load1} load1_end=${loadAfter.load1} steal_ms_s=${stolenMsPerS(loadBefore, loadAfter)}`,
);
process.exitCode = failures.length ? 1 : 0;
