/**
 * What outlives a young-generation collection when postgres.js runs statements back to back, with
 * nothing else in the process: V8's GC profiler over a window, per young collection the new space
 * kept (survivors) and the old space grown (promoted). A diagnostic for issue 19's p5, where the
 * all-in-one's young collections keep 1.2–1.5 MB each (pauses ~5 ms against ~1 ms when no
 * statement runs) although nothing of a request is left at a full collection (a heap snapshot under
 * load holds no request's objects). It found the cause: a closure over a settled statement's unused
 * `reject` (patches/postgres@3.4.9.patch now keeps none; `plain` and `begin` kept 2.1–2.4 MB before it,
 * ~70–130 KB after; tests/postgres-driver.test.ts holds the bound).
 *
 * Each run is a fresh process (the figure can differ from one process to the next), with a
 * long-lived ballast so that V8 does not collect the old generation every few young collections.
 *
 *   plain    one statement after the other on the pool (`await sql\`select …\``)
 *   hop      the same with one microtask turn (`await null`) before each statement is awaited
 *   begin    a transaction per iteration (`sql.begin`, one statement in it), as every request runs
 *   reserve  a reserved connection per iteration (`sql.reserve`, one statement, release)
 *   net      the same loop over a bare TCP echo socket in the process (no driver): the baseline
 *   drizzle  a transaction per iteration through the platform's database handle (drizzle over the
 *            driver, `openDatabase`), one statement in it
 *   scope    the platform's request transaction (`inTenant`: TenantScope, the tenant's setting
 *            pipelined with the statement), one statement in it — what every subgraph request runs.
 *            On 7 December it kept ~900 KB per young collection against ~100 for `drizzle` (~80
 *            with --v8-flags=--no-allocation-site-pretenuring: README § Benchmarks)
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import postgres from 'postgres';

const MODES = ['plain', 'hop', 'begin', 'reserve', 'net', 'drizzle', 'scope'] as const;
type Mode = (typeof MODES)[number];

const HELP = `usage: node --import tsx bench/gc-survivors.ts [${MODES.join('|')} …] [options]

Runs a loop of statements (or TCP round trips) in a fresh process per run and prints, per young
collection, what it kept and promoted (V8's GC profiler), the collections' pauses and the loop's rate.

  plain      statements back to back on the pool
  hop        the same with one microtask turn (await null) before each statement is awaited
  begin      a transaction with one statement per iteration (sql.begin)
  reserve    a reserved connection with one statement per iteration (sql.reserve)
  net        round trips over a bare TCP echo socket in the process: the baseline without a driver
  drizzle    a transaction with one statement per iteration through the platform's database
             handle (drizzle; applies the platform's migrations to --url first)
  scope      the platform's request transaction (inTenant / TenantScope) with one statement
  --runs <n>      processes per mode (3)
  --seconds <s>   the measured window per run, after 2 s of warm-up (10)
  --v8-flags=<f>  V8 options for the runs' processes (e.g. --v8-flags="--no-concurrent-marking")
  --url <url>     the database (postgres://lcs_owner@127.0.0.1:5432/lcs, as scripts/pg-bootstrap.sh prepares it)
`;

const parsed = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean' },
        child: { type: 'boolean' },
        runs: { type: 'string' },
        seconds: { type: 'string' },
        url: { type: 'string' },
        'v8-flags': { type: 'string' },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n`);
    console.log(HELP);
    process.exit(2);
  }
})();
const { values: o, positionals } = parsed;
const modes = (positionals.length ? positionals : ['plain', 'begin', 'net']) as Mode[];
const runs = Number(o.runs ?? 3);
const seconds = Number(o.seconds ?? 10);
const url = o.url ?? 'postgres://lcs_owner@127.0.0.1:5432/lcs';
if (o.help || !modes.every((m) => MODES.includes(m)) || !(Number.isInteger(runs) && runs >= 1) || !(seconds >= 1)) {
  console.log(HELP);
  process.exit(o.help ? 0 : 2);
}

interface Figures {
  perSecond: number;
  young: number;
  full: number;
  keptKb: number;
  promotedKb: number;
  pauseMs: number;
}

/** One run's loop, in this process: its figures as one JSON line on stdout. */
async function child(mode: Mode): Promise<void> {
  const ballast: unknown[] = [];
  for (let i = 0; i < 400_000; i++) ballast.push({ i, s: `x${i}`, a: [i] });
  let step: (n: number) => Promise<unknown>;
  let close: () => Promise<unknown>;
  if (mode === 'net') {
    const server = createServer((s) => s.on('data', (d) => s.write(d))).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const socket = connect((server.address() as { port: number }).port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let waiting: ((d: Buffer) => void) | undefined;
    socket.on('data', (d: Buffer) => waiting?.(d));
    step = (n) =>
      new Promise((r) => {
        waiting = r;
        socket.write(`select ${n}`);
      });
    close = async () => (socket.destroy(), server.close());
  } else if (mode === 'drizzle' || mode === 'scope') {
    // the platform's own handle (a pool of 10, as a serving process opens it) and transaction
    const [{ openDatabase, inTenant }, { SUBGRAPHS }, { sql }] = await Promise.all([
      import('@lcs/platform'),
      import('@lcs/cli/subgraphs'),
      import('drizzle-orm'),
    ]);
    const db = await openDatabase(
      { url },
      SUBGRAPHS.map((d) => d.migrations),
    );
    const select = (n: number) => sql`select ${n}::int as x, 'abc' as y`;
    step =
      mode === 'drizzle'
        ? (n) => db.app.transaction((tx) => tx.execute(select(n)))
        : (n) => inTenant(db.app, 'gc-survivors', (scope) => scope.run((tx) => tx.execute(select(n))));
    close = () => db.close();
  } else {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql`select 1`;
    const select = (n: number) => sql`select ${n}::int as x, 'abc' as y`;
    const steps: Record<Exclude<Mode, 'net' | 'drizzle' | 'scope'>, (n: number) => Promise<unknown>> = {
      plain: select,
      hop: async (n) => {
        await null;
        return select(n);
      },
      begin: (n) => sql.begin((tx) => tx`select ${n}::int as x, 'abc' as y`),
      reserve: async (n) => {
        const r = await sql.reserve();
        await r`select ${n}::int as x, 'abc' as y`;
        r.release();
      },
    };
    step = steps[mode as keyof typeof steps];
    close = () => sql.end();
  }
  const warmUntil = Date.now() + 2000;
  let n = 0;
  while (Date.now() < warmUntil) await step(n++);
  const profiler = new v8.GCProfiler();
  profiler.start();
  const started = Date.now();
  let measured = 0;
  while (Date.now() - started < seconds * 1000) {
    await step(n++);
    measured++;
  }
  const profile = profiler.stop();
  await close();
  type Heap = v8.GCProfilerResult['statistics'][number]['afterGC'];
  const size = (h: Heap, space: string) => h.heapSpaceStatistics.find((s) => s.spaceName === space)!.spaceUsedSize;
  const young = profile.statistics.filter((s) => s.gcType === 'Scavenge');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const figures: Figures = {
    perSecond: measured / ((Date.now() - started) / 1000),
    young: young.length,
    full: profile.statistics.length - young.length,
    keptKb: mean(young.map((s) => size(s.afterGC, 'new_space'))) / 1024,
    promotedKb: mean(young.map((s) => size(s.afterGC, 'old_space') - size(s.beforeGC, 'old_space'))) / 1024,
    pauseMs: mean(young.map((s) => s.cost / 1000)),
  };
  console.log(JSON.stringify(figures));
}

if (o.child) {
  await child(modes[0]!);
  process.exit(0);
}

const self = fileURLToPath(import.meta.url);
for (const mode of modes) {
  for (let i = 1; i <= runs; i++) {
    if (process.stderr.isTTY) process.stderr.write(`${mode}: run ${i} of ${runs} (${seconds + 2} s)…\r`);
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn(
        process.execPath,
        [
          ...(o['v8-flags']?.split(/\s+/).filter(Boolean) ?? []),
          '--import',
          'tsx',
          self,
          '--child',
          mode,
          '--seconds',
          String(seconds),
          '--url',
          url,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let text = '';
      p.stdout.on('data', (d: Buffer) => (text += d.toString()));
      p.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`${mode} run ${i} exited with ${code}`))));
    });
    const f = JSON.parse(out.trim().split('\n').pop()!) as Figures;
    if (process.stderr.isTTY) process.stderr.write('\x1b[2K\r');
    console.log(
      `${mode.padEnd(8)} run ${i}: ${f.perSecond.toFixed(0).padStart(6)}/s, ${f.young} young collections ` +
        `(kept ${f.keptKb.toFixed(0)} KB, promoted ${f.promotedKb.toFixed(0)} KB, ` +
        `pause ${f.pauseMs.toFixed(2)} ms each), ${f.full} full`,
    );
  }
}
