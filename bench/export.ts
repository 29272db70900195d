/**
 * Issue 20's figures: exporting one tenant's executed services as NDJSON.gz and as Parquet
 * (export jobs) against reading the same rows by paging the REST route (limit 5000, Link next),
 * with time and the process's peak RSS for each (server and client share the process, as in the
 * all-in-one); then another tenant's interactive p50/p99 (GET /api/v1/clients?limit=50) alone and
 * while three exports of the first tenant run. PostgreSQL (LCS_BENCH_PG_URL), database kept between
 * runs (seeded once). Before printing a figure it checks the exports' correctness: the NDJSON.gz
 * export's rows equal the paged rows (one digest over both, row for row), the Parquet file's Ids are
 * the paged Ids in order, and every export during the probes has the paged row count.
 * With --scale, on the scale tier's dataset instead (bench/lib/scale-dataset.ts: tenant scale-big,
 * ≥ 1M executed services; reused while its fingerprint holds, else seeded): every file is streamed
 * to disk and checked from there, so the bench client's memory stays flat in the export's size.
 * Usage: node --import tsx bench/export.ts [--help] [--scale] [--clients N] [--months N] [--probes N]
 *        [--lane-global N] [--rows-per-second N] [--page-size N] [--in-process] [--no-relay]
 */
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { createHash } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { loadavg, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { BENCH_PG_ADMIN, ensureBenchDatabase } from './lib/bench-db.ts';
import { SCALE_DEFAULT, prepareScaleDataset } from './lib/scale-dataset.ts';
import { loadConfig } from '@lcs/platform';
import { createDevPki } from '@lcs/cli/pki';
import { ensureDemoCredentials } from '@lcs/cli/demo-keys';
import { arg, demoClientAgent, seedOnce, startBenchStack, usage } from './lib/bench-stack.ts';

usage(`usage: node --import tsx bench/export.ts [--clients 400] [--months 3]
       [--probes 60 (0: size figures only)] [--window-s 20]  (each probe window: at least N probes and S seconds;
                   alone = a window before the exports and one after, during = while three exports run)
       [--database lcs_bench_<name>]
       [--scale]  (the scale tier: tenant scale-big of lcs_bench_scale (or --database lcs_bench_scale_<name>),
                   ≥ 1M executed services, reused if its fingerprint holds, else seeded; probes on scale-01)
       [--lane-global N] [--rows-per-second N]  (the export lane's limits; default: the lane's defaults)
       [--page-size N]  (rows per page an export job reads; default: the export service's)
       [--in-process]  (export jobs on the facade's event loop, not in the export runner process)
       [--no-relay]  (the runner is not told of the facade's interactive requests in flight)
Exports tenant "bexp" (N clients, M months of history) as NDJSON.gz and Parquet vs paging the REST
route; then tenant "bexp2"'s interactive p50/p99 alone and during three exports. PostgreSQL:
LCS_BENCH_PG_URL (default postgres://lcs_owner@127.0.0.1:5432/lcs); database lcs_bench_export,
seeded once and kept (drop it to change the size).`);
const CLIENTS = arg('clients', 400);
const MONTHS = arg('months', 3);
const PROBES = arg('probes', 60);
/** Each probe window lasts at least this long (steady state, issue 19). */
const WINDOW_MS = arg('window-s', 20) * 1000;
// the export lane: its defaults unless given (the state before the lane's limits: --lane-global 3 --rows-per-second 0)
const laneGlobal = process.argv.includes('--lane-global') ? arg('lane-global', 0) : undefined;
const rowsPerSecond = process.argv.includes('--rows-per-second') ? arg('rows-per-second', 0) : undefined;
const pageSize = process.argv.includes('--page-size') ? arg('page-size', 250) : undefined;

const PATH = '/api/v1/executed_services';
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
console.log(
  `start: ${load()}; lane global ${laneGlobal ?? 'default'}, rows/s ${rowsPerSecond ?? 'default'}, ` +
    `page size ${pageSize ?? 'default'}`,
);

// --database NAME: another bench database (e.g. a larger tenant seeded once with --clients N)
const dbName = process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1]! : '';
if (dbName && !/^lcs_bench_[a-z0-9_]+$/.test(dbName)) throw new Error('--database must be lcs_bench_<name>');
// --scale: the scale tier's dataset (seeded once by the streaming generators, shared with `pnpm bench --scale`)
const SCALE = process.argv.includes('--scale');
const scale = SCALE
  ? await prepareScaleDataset({
      pgUrl: BENCH_PG_ADMIN,
      database: dbName || 'lcs_bench_scale',
      spec: SCALE_DEFAULT,
      log: (m) => console.log(m),
      progress: true,
    })
  : undefined;
if (scale)
  console.log(
    `scale dataset${scale.reused ? ' (reused)' : ''}: ${scale.tenants.length} tenants; ` +
      `${scale.tenant} has ${scale.executedServices.toLocaleString('en')} executed services`,
  );
const url = scale ? scale.url : await ensureBenchDatabase(dbName || 'lcs_bench_export');
/** The exported tenant and the probed one. */
const A = scale ? scale.tenant : 'bexp';
const B = scale ? scale.tenants.find((t) => t !== scale.tenant)! : 'bexp2';

const config = loadConfig(
  { NODE_ENV: 'production', DATABASE_URL: url.toString(), LCS_TRUST_KEYS: `bench:${'b'.repeat(40)}` },
  { allInOne: true },
);
// the scale dataset's keys are bound to its PKI's client certificate
const pki = scale ? scale.pki : await createDevPki();
const dir = mkdtempSync(join(tmpdir(), 'lcs-bench-exports-'));
const stack = await startBenchStack(config, pki, {
  warmSaml: false,
  exports: {
    dir,
    lane: { perTenant: 3, global: laneGlobal, rowsPerSecond },
    ...(pageSize ? { pageSize } : {}),
    // --in-process: the state before the export runner (jobs on the facade's event loop)
    runner: process.argv.includes('--in-process') ? ('in-process' as const) : ('process' as const),
    // --no-relay: the runner does not hear of the facade's interactive requests (what the relay is worth)
    relay: !process.argv.includes('--no-relay'),
  },
});

/** The export runner process's RSS (0: export jobs run in this process). */
const runnerRss = () => {
  if (!stack.exportRunnerPid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${stack.exportRunnerPid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};
/** Samples the process's RSS (and the export runner's) every 20 ms; `peak()` since the last reset. */
const rss = (() => {
  let peak = 0;
  let runnerPeak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    runnerPeak = Math.max(runnerPeak, runnerRss());
  };
  const t = setInterval(sample, 20);
  t.unref();
  return {
    reset: () => {
      peak = process.memoryUsage().rss;
      runnerPeak = runnerRss();
    },
    peak: () => (sample(), peak),
    runnerPeak: () => (sample(), runnerPeak),
  };
})();
console.log(stack.exportRunnerPid ? `export runner: process ${stack.exportRunnerPid}` : 'export jobs run in process');
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

try {
  for (const [tenant, clients] of [
    ['bexp', CLIENTS],
    ['bexp2', 50],
  ] as const) {
    if (!scale) await seedOnce(stack, { tenant, clients, historyMonths: MONTHS }, `, ${MONTHS} months`);
  }
  if (!scale) await stack.db.analyze();
  const keys = await ensureDemoCredentials(stack.db.app, {
    tenants: scale ? [B] : [A, B],
    fingerprint: pki.demoClient.fingerprint,
    ...(scale ? { packages: { 8873: 'tenant' as const } } : {}),
  });
  const agent = demoClientAgent(pki, 8);
  const origin = new URL(stack.facadeUrl!).origin;
  const call = (path: string, key: string, o: { method?: string; body?: string; sink?: boolean } = {}) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer; bytes: number }>((resolve, reject) => {
      const req = request(
        `${origin}${path}`,
        {
          agent,
          method: o.method ?? 'GET',
          headers: {
            'x-api-key': key,
            'accept-encoding': 'identity',
            ...(o.body ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let bytes = 0;
          res.on('data', (c: Buffer) => {
            bytes += c.length;
            if (!o.sink) chunks.push(c);
          });
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), bytes }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(o.body);
    });
  /** Streams a GET's body to a file (nothing kept in memory); its size in bytes. */
  const download = (path: string, key: string, file: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        `${origin}${path}`,
        { agent, headers: { 'x-api-key': key, 'accept-encoding': 'identity' } },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            reject(new Error(`download: ${res.statusCode}`));
            return;
          }
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          pipeline(res, createWriteStream(file)).then(() => resolve(bytes), reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  const base = new URL(stack.facadeUrl!).pathname;
  const key = scale ? scale.apiKey : keys[A]!['8873']!;

  // 1. paging the REST route, as a BI tool would
  rss.reset();
  let t0 = performance.now();
  let next: string | undefined = `${base}${PATH}?limit=5000&domain=${A}`;
  let rows = 0;
  let bytes = 0;
  // digests of the paged rows (each row's JSON) and of their Ids, in order: what the exports must equal
  const pagedRows = createHash('sha256');
  const pagedIds = createHash('sha256');
  while (next) {
    const r = await call(next, key);
    if (r.status !== 200) throw new Error(`paging: ${r.status} ${r.body.toString().slice(0, 200)}`);
    const page = JSON.parse(r.body.toString()) as { Id: number }[];
    for (const row of page) {
      pagedRows.update(`${JSON.stringify(row)}\n`);
      pagedIds.update(`${row.Id}\n`);
    }
    rows += page.length;
    bytes += r.bytes;
    process.stdout.write(`\rpaging: ${rows} rows`);
    next = /<([^>]+)>;\s*rel="next"/.exec(String(r.headers.link ?? ''))?.[1];
  }
  const paging = { ms: performance.now() - t0, peak: rss.peak(), rows, bytes };
  const rowsDigest = pagedRows.digest('hex');
  const idsDigest = pagedIds.digest('hex');
  console.log(
    `\rpaging REST ${PATH} (limit 5000): ${rows} rows, ${mb(bytes)} JSON, ` +
      `${(paging.ms / 1000).toFixed(1)} s (${Math.round(rows / (paging.ms / 1000))} rows/s), ` +
      `peak RSS ${mb(paging.peak)}`,
  );

  const exportOnce = async (format: string, gzip: boolean, label: string, tenantKey = key, domain = A) => {
    const r = await call(`${base}/api/v1/exports?domain=${domain}`, tenantKey, {
      method: 'POST',
      body: JSON.stringify({ path: PATH, format, gzip }),
    });
    if (r.status !== 202) throw new Error(`export: ${r.status} ${r.body.toString()}`);
    return String(r.headers.location);
  };
  const awaitJob = async (location: string, label: string) => {
    for (;;) {
      const j = JSON.parse((await call(`${location}?domain=${A}`, key)).body.toString());
      process.stdout.write(`\r${label}: ${j.state} ${j.progress.rows} rows ${j.progress.percent}%   `);
      if (j.state === 'done' || j.state === 'failed') return j;
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  // 2./3. export jobs, each to done and downloaded
  const exports: Record<string, { ms: number; peak: number; runnerPeak: number; bytes: number; rows: number }> = {};
  for (const [format, gzip, label] of [
    ['ndjson', true, 'NDJSON.gz'],
    ['parquet', false, 'Parquet'],
  ] as const) {
    rss.reset();
    t0 = performance.now();
    const job = await awaitJob(await exportOnce(format, gzip, label), label);
    if (job.state !== 'done') throw new Error(`${label} export failed: ${job.error}`);
    // streamed to disk: the bench client holds no file in memory (the peak RSS is the server's)
    const saved = join(dir, `check-${format}`);
    const fileBytes = await download(`${job.download}?domain=${A}`, key, saved);
    exports[label] = {
      ms: performance.now() - t0,
      peak: rss.peak(),
      runnerPeak: rss.runnerPeak(),
      bytes: fileBytes,
      rows: job.progress.rows,
    };
    // correctness before the figure: the export's rows are the paged rows (read from the file as a stream)
    if (job.progress.rows !== paging.rows) throw new Error(`${label}: ${job.progress.rows} rows, paged ${paging.rows}`);
    if (format === 'ndjson') {
      const h = createHash('sha256');
      let n = 0;
      const lines = createInterface({ input: createReadStream(saved).pipe(createGunzip()), crlfDelay: Infinity });
      for await (const line of lines)
        if (line) {
          h.update(`${JSON.stringify(JSON.parse(line))}\n`);
          n++;
        }
      if (n !== paging.rows || h.digest('hex') !== rowsDigest)
        throw new Error(`${label}: the exported rows differ from the paged rows (${n} rows)`);
    } else {
      const file = await asyncBufferFromFile(saved);
      const metadata = await parquetMetadataAsync(file);
      const total = Number(metadata.num_rows);
      const h = createHash('sha256');
      for (let start = 0; start < total; start += 100_000) {
        const ids = await parquetReadObjects({
          file,
          metadata,
          columns: ['Id'],
          rowStart: start,
          rowEnd: Math.min(total, start + 100_000),
        });
        for (const r of ids) h.update(`${Number(r.Id)}\n`);
      }
      if (total !== paging.rows || h.digest('hex') !== idsDigest)
        throw new Error(`${label}: the Parquet file's Ids differ from the paged Ids (${total} rows)`);
    }
    rmSync(saved, { force: true });
    console.log(`\r${label}: rows equal the paged rows (checked)                         `);
    console.log(
      `\rexport ${label}: ${job.progress.rows} rows, ${mb(fileBytes)} file, ` +
        `${(exports[label]!.ms / 1000).toFixed(1)} s (job + download, ` +
        `${Math.round(job.progress.rows / (exports[label]!.ms / 1000))} rows/s), peak RSS ${mb(exports[label]!.peak)}` +
        (stack.exportRunnerPid ? `, export runner's peak RSS ${mb(exports[label]!.runnerPeak)}` : ''),
    );
  }

  const rowsPerSecondOf = (ms: number) => Math.round(paging.rows / (ms / 1000));
  const rowsPerS = () =>
    `paging_rows_s=${rowsPerSecondOf(paging.ms)} ndjson_gz_rows_s=${rowsPerSecondOf(exports['NDJSON.gz']!.ms)} ` +
    `parquet_rows_s=${rowsPerSecondOf(exports.Parquet!.ms)} `;
  if (!PROBES) {
    // --probes 0: the size figures only
    console.log(
      `RESULT rows=${paging.rows} paging_s=${(paging.ms / 1000).toFixed(1)} ` +
        `ndjson_gz_s=${(exports['NDJSON.gz']!.ms / 1000).toFixed(1)} ` +
        `parquet_s=${(exports.Parquet!.ms / 1000).toFixed(1)} ${rowsPerS()}` +
        `peak_rss_mb_paging=${(paging.peak / 1048576).toFixed(0)} ` +
        `peak_rss_mb_ndjson_gz=${(exports['NDJSON.gz']!.peak / 1048576).toFixed(0)} ` +
        `peak_rss_mb_parquet=${(exports.Parquet!.peak / 1048576).toFixed(0)} ` +
        `runner_peak_rss_mb_ndjson_gz=${(exports['NDJSON.gz']!.runnerPeak / 1048576).toFixed(0)} ` +
        `runner_peak_rss_mb_parquet=${(exports.Parquet!.runnerPeak / 1048576).toFixed(0)} ` +
        `bytes_json_paged=${paging.bytes} ` +
        `bytes_ndjson_gz=${exports['NDJSON.gz']!.bytes} bytes_parquet=${exports.Parquet!.bytes}`,
    );
    console.log(`end: ${load()}`);
    agent.destroy();
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  // 4. another tenant's interactive latency alone, then during three exports
  const key2 = keys[B]!['8873']!;
  const probe = async () => {
    const t = performance.now();
    const r = await call(`${base}/api/v1/clients?limit=50&domain=${B}`, key2, { sink: true });
    if (r.status !== 200) throw new Error(`probe: ${r.status}`);
    return performance.now() - t;
  };
  const pct = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
    return { n: s.length, p50: at(0.5), p99: at(0.99) };
  };
  for (let i = 0; i < 5; i++) await probe();
  // the event loop's delay (how long a ready request waits for the loop): alone, then during the exports
  const eld = monitorEventLoopDelay({ resolution: 10 });
  const loop = () => {
    const r = { p99: eld.percentile(99) / 1e6, max: eld.max / 1e6 };
    eld.reset();
    return r;
  };
  eld.enable();
  // alone: a window before the exports and one after (so that drift over the run counts on both sides),
  // each of at least PROBES samples and WINDOW_MS
  const aloneWindow = async (label: string) => {
    const xs: number[] = [];
    const t0 = performance.now();
    while (xs.length < PROBES || performance.now() - t0 < WINDOW_MS) {
      xs.push(await probe());
      if (xs.length % 100 === 0) process.stdout.write(`\rprobes alone (${label}): ${xs.length}   `);
    }
    return { xs, s: (performance.now() - t0) / 1000 };
  };
  const before = await aloneWindow('before');
  const loopAlone = loop();
  // during: three exports of tenant A (NDJSON.gz, CSV.gz, Parquet) run for the whole window — one
  // that finishes is started again until the window has PROBES samples and WINDOW_MS — while a BI
  // tool polls its jobs every 2 s; every export's row count is checked
  const FORMATS = [
    ['ndjson', true],
    ['csv', true],
    ['parquet', false],
  ] as const;
  const during: number[] = [];
  const duringT0 = performance.now();
  const windowMet = () => during.length >= PROBES && performance.now() - duringT0 >= WINDOW_MS;
  const jobs: (string | undefined)[] = await Promise.all(FORMATS.map(([f, g]) => exportOnce(f, g, f)));
  // exports still running at 3 × the window (a 1M-row export under steady interactive load runs far
  // longer) are cancelled (DELETE), after checking that they are running, not failed
  const overtime = () => windowMet() && performance.now() - duringT0 >= 3 * WINDOW_MS;
  let exportsRun = 0;
  let exportsCancelled = 0;
  let running = true;
  const watcher = (async () => {
    while (running) {
      await Promise.all(
        jobs.map(async (l, i) => {
          if (!l) return;
          const j = JSON.parse((await call(`${l}?domain=${A}`, key)).body.toString());
          if (j.state === 'queued' || j.state === 'running') {
            if (!overtime()) return;
            const r = await call(`${l}?domain=${A}`, key, { method: 'DELETE' });
            if (r.status !== 204) throw new Error(`cancelling an export: ${r.status}`);
            exportsCancelled++;
            jobs[i] = undefined;
            return;
          }
          if (j.state !== 'done' || j.progress.rows !== paging.rows)
            throw new Error(`export during the probes: ${j.state}, ${j.progress.rows} rows of ${paging.rows}`);
          exportsRun++;
          const [f, g] = FORMATS[i]!;
          jobs[i] = windowMet() ? undefined : await exportOnce(f, g, f);
        }),
      );
      if (jobs.every((l) => !l)) running = false;
      else await new Promise((r) => setTimeout(r, 2000)); // a BI tool polling its jobs
    }
  })();
  watcher.catch(() => (running = false));
  while (running) {
    during.push(await probe());
    if (during.length % 100 === 0) process.stdout.write(`\rprobes during exports: ${during.length}   `);
  }
  await watcher;
  const duringS = (performance.now() - duringT0) / 1000;
  const loopDuring = loop();
  eld.disable();
  const after = await aloneWindow('after');
  const alone = [...before.xs, ...after.xs];
  const a = pct(alone);
  const d = pct(during);
  const b = pct(before.xs);
  const f = pct(after.xs);
  if (b.n < 1000 || d.n < 1000) console.log(`NOTE: fewer than 1,000 samples (${b.n}, ${d.n}): the p99 is rough`);
  console.log(
    `\rinteractive GET /api/v1/clients?limit=50 (tenant ${B}): ` +
      `alone p50 ${a.p50.toFixed(1)} ms p99 ${a.p99.toFixed(1)} ms (n=${a.n}: before p99 ${b.p99.toFixed(1)} ms ` +
      `in ${before.s.toFixed(0)} s, after p99 ${f.p99.toFixed(1)} ms in ${after.s.toFixed(0)} s); ` +
      `during 3 exports of ${A} at a time p50 ${d.p50.toFixed(1)} ms p99 ${d.p99.toFixed(1)} ms ` +
      `(n=${d.n}, ${duringS.toFixed(0)} s, ${exportsRun} exports of ${paging.rows} rows each finished and checked` +
      `${exportsCancelled ? `, ${exportsCancelled} cancelled at the window's end` : ''})`,
  );
  console.log(
    `event-loop delay: alone p99 ${loopAlone.p99.toFixed(1)} ms max ${loopAlone.max.toFixed(1)} ms; ` +
      `during 3 exports p99 ${loopDuring.p99.toFixed(1)} ms max ${loopDuring.max.toFixed(1)} ms`,
  );
  const ratio = (x: number, y: number) => (x / y).toFixed(2);
  console.log(
    `RESULT rows=${paging.rows} paging_s=${(paging.ms / 1000).toFixed(1)} ` +
      `ndjson_gz_s=${(exports['NDJSON.gz']!.ms / 1000).toFixed(1)} ` +
      `parquet_s=${(exports.Parquet!.ms / 1000).toFixed(1)} ${rowsPerS()}` +
      `ndjson_gz_vs_paging=${ratio(exports['NDJSON.gz']!.ms, paging.ms)} ` +
      `parquet_vs_paging=${ratio(exports.Parquet!.ms, paging.ms)} ` +
      `peak_rss_mb_paging=${(paging.peak / 1048576).toFixed(0)} ` +
      `peak_rss_mb_ndjson_gz=${(exports['NDJSON.gz']!.peak / 1048576).toFixed(0)} ` +
      `peak_rss_mb_parquet=${(exports.Parquet!.peak / 1048576).toFixed(0)} ` +
      `runner_peak_rss_mb_ndjson_gz=${(exports['NDJSON.gz']!.runnerPeak / 1048576).toFixed(0)} ` +
      `runner_peak_rss_mb_parquet=${(exports.Parquet!.runnerPeak / 1048576).toFixed(0)} ` +
      `bytes_json_paged=${paging.bytes} bytes_ndjson_gz=${exports['NDJSON.gz']!.bytes} ` +
      `bytes_parquet=${exports.Parquet!.bytes} p99_alone_ms=${a.p99.toFixed(1)} p99_during_ms=${d.p99.toFixed(1)} ` +
      `p99_ratio=${ratio(d.p99, a.p99)} probes_alone=${a.n} probes_during=${d.n} ` +
      `window_alone_s=${(before.s + after.s).toFixed(0)} window_during_s=${duringS.toFixed(0)} ` +
      `exports_during=${exportsRun} exports_cancelled=${exportsCancelled} ` +
      `loop_delay_p99_ms_alone=${loopAlone.p99.toFixed(1)} loop_delay_p99_ms_during=${loopDuring.p99.toFixed(1)} ` +
      `loop_delay_max_ms_during=${loopDuring.max.toFixed(1)}`,
  );
  console.log(`end: ${load()}`);
  agent.destroy();
} finally {
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
