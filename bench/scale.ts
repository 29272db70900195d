/**
 * `pnpm bench --scale`: the municipal-scale tier (issue 19 item 4), on a dataset of its own
 * (bench/lib/scale-dataset.ts: ≥ 20 tenants, one with ≥ 1,000,000 executed services, seeded once
 * by the streaming generators and reused). Against the all-in-one (bench/aio.ts) on PostgreSQL:
 *
 *   export   the big tenant's executed services, all of them, through the facade's paging (Link
 *            next, pages of 5000) vs PostgreSQL's COPY of the same JSON (the floor): rows/s, total
 *            time, and the serving process's peak RSS; first a checked pass of each (every row
 *            parsed and hashed: same rows, same values, same order), then timed passes (counted)
 *   odata    the same export through the OData feed (@odata.nextLink, pages of 5000: Power BI's way)
 *   delta    the same for a week of changes (gt/lt on the update time)
 *   page     GET executed_services?limit=1000 on the big tenant, 1000 requests on one connection
 *            (p50 and p99 from 1000 samples)
 *   deep     the deep federated query of p1 (bench/queries.ts, 20 clients) through the gateway,
 *            1000 requests on one connection, every answer checked (no errors, same size and hash)
 *   pglite   the page and the deep query again on the all-in-one on PGlite, serving a copy of the
 *            big tenant (bench/lib/scale-pglite.ts: built from PostgreSQL once, reused while the
 *            dataset is the same), and their p99 ÷ PostgreSQL's; the copy must answer the page and
 *            the deep query with the same bytes as PostgreSQL
 *
 * Each latency window follows a warm-up of WARMUP requests (checked, not counted).
 */
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DEMO_AS_OF } from '@lcs/cli/seed';
import { PRINCIPAL_HEADER, signPrincipal } from '@lcs/platform/trust';
import { prepareScaleDataset, type ScaleSpec } from './lib/scale-dataset.ts';
import { preparePgliteCopy } from './lib/scale-pglite.ts';
import { peakRss, readCopy, readExportJob, readFacade, type ExportRead } from './lib/export-read.ts';
import { measure, type LoadTarget, type Window } from './lib/load.ts';
import { ROOT, cpuSeconds, machineBusySeconds, machineLoad, spawnNode, type Child } from './lib/procs.ts';
import { REST_PATH, deepBody, exportSql } from './queries.ts';

/** The parts of the tier (`--scale-only`); all by default. */
export const SCALE_PARTS = ['export', 'odata', 'delta', 'page', 'deep', 'pglite'] as const;
export type ScalePart = (typeof SCALE_PARTS)[number];

export interface ScaleOptions {
  pg: string;
  database: string;
  spec: ScaleSpec;
  /** Timed passes of each export (after the checked one). */
  rounds: number;
  /** Requests of the 1000-row page, and of the deep query (each backend). */
  pageRequests: number;
  deepRequests: number;
  /** The parts to run (SCALE_PARTS). */
  only: ReadonlySet<ScalePart>;
  log: (m: string) => void;
}

/** One timed round of an export: both reads, the serving process's peak RSS, and (timed rounds) where the CPU went. */
interface Round {
  facade: ExportRead;
  floor: ExportRead;
  rssMb: number;
  /** Cores busy during the facade's read (the all-in-one; the machine) and the floor's (the machine). */
  cores?: { aio: number; facadeMachine: number; floorMachine: number };
  /** The all-in-one's CPU per row exported (µs). */
  cpuUsPerRow?: number;
}

export interface ScaleOutcome {
  results: Record<string, number | string>;
  details: Record<string, unknown>;
  failures: string[];
  /** Every check passed. */
  checks: boolean;
}

const WEEK = 7 * 86400_000;
const perSecond = (r: ExportRead) => Math.round(r.rows / r.seconds).toLocaleString('en');
/** Clients in the deep query (p1's default). */
const DEEP_CLIENTS = 20;
/** Requests before each latency window (checked like the window's, not counted). */
const WARMUP = 20;

/** The all-in-one (bench/aio.ts) on `db` (DATABASE_URL, or LCS_DATA_DIR for PGlite), once it is ready. */
async function startAio(
  name: string,
  db: NodeJS.ProcessEnv,
  trustKeys: string,
): Promise<{ child: Child; facadeUrl: string; gatewayUrl: string }> {
  const child = spawnNode(name, 'bench/aio.ts', {
    ipc: true,
    env: {
      NODE_ENV: 'production',
      LCS_DEV_AUTH: undefined,
      LCS_TRUST_KEYS: trustKeys,
      LCS_HOST: '127.0.0.1',
      DATABASE_URL: undefined,
      LCS_DATA_DIR: undefined,
      ...db,
      BENCH_PKI_DIR: join(ROOT, '.data/bench/pki'),
    },
  });
  try {
    const m = await child.message<{ type: string; facadeUrl: string; gatewayUrl: string }>('ready', 180_000);
    return { child, facadeUrl: m.facadeUrl, gatewayUrl: m.gatewayUrl };
  } catch (e) {
    await child.stop();
    throw e;
  }
}

interface Latency {
  w: Window;
  /** Every answer good and enough of them. */
  ok: boolean;
  /** The first answer's size and SHA-256 (the same request on PostgreSQL and PGlite must agree). */
  size?: number;
  hash?: string;
}

/**
 * `requests` of one request on one connection (after WARMUP), every answer checked: status 200,
 * no GraphQL `errors`, and the same size as the first (`sameHash`: the same SHA-256 too).
 */
async function latencyWindow(t: LoadTarget, requests: number, sameHash: boolean): Promise<Latency> {
  let size: number | undefined;
  let hash: string | undefined;
  const check = (status: number, body: string) => {
    if (status !== 200) return `status ${status}`;
    if (t.method === 'POST' && body.includes('"errors":')) return 'a GraphQL answer with errors';
    if (size === undefined) {
      size = body.length;
      hash = createHash('sha256').update(body).digest('hex');
      return undefined;
    }
    if (body.length !== size) return `size ${body.length} ≠ ${size}`;
    if (sameHash && createHash('sha256').update(body).digest('hex') !== hash) return 'another answer than the first';
    return undefined;
  };
  const warm = await measure({ ...t, check }, { connections: 1, amount: WARMUP });
  const w = warm.failed || warm.errors ? warm : await measure({ ...t, check }, { connections: 1, amount: requests });
  const ok = w === warm ? false : w.requests >= requests && !w.failed && !w.non2xx && !w.errors;
  return { w, ok, size, hash };
}

export async function runScale(o: ScaleOptions): Promise<ScaleOutcome> {
  const results: Record<string, number | string> = {};
  const details: Record<string, unknown> = {};
  const failures: string[] = [];
  let checks = true;
  const set = (k: string, v: number, digits = 2) =>
    (results[k] = Number.isFinite(v) ? Number(v.toFixed(digits)) : 'n/a');
  const ds = await prepareScaleDataset({ pgUrl: o.pg, database: o.database, spec: o.spec, log: o.log });
  set('scale_tenants', ds.tenants.length, 0);
  set('scale_executed_services', ds.executedServices, 0);
  if (!ds.reused) {
    set('scale_seed_rows_s', ds.rows / ds.seedSeconds, 0);
    set('scale_seed_rss_mb', ds.seedPeakRssMb ?? NaN, 0);
  }
  o.log(
    `scale dataset: ${ds.tenants.length} tenants, ${ds.rows.toLocaleString('en')} rows; ${ds.tenant} has ` +
      `${ds.executedServices.toLocaleString('en')} live executed services${ds.reused ? ' (reused)' : ''}`,
  );
  if (ds.executedServices < 1_000_000) o.log(`NOTE: fewer than 1,000,000 executed services in ${ds.tenant}`);

  const secret = randomBytes(32).toString('base64url');
  const trustKeys = `bench:${secret}`;
  const signedIn = {
    [PRINCIPAL_HEADER]: await signPrincipal(
      { tenant: ds.tenant, kind: 'staff', sub: 'bench', scope: { type: 'tenant' }, roles: ['developer'] },
      { keys: [{ kid: 'bench', secret }], ttl: 12 * 3600 },
    ),
  };
  const tls = { ca: ds.pki.ca.cert, cert: ds.pki.demoClient.cert, key: ds.pki.demoClient.key };
  const headers = { 'x-api-key': ds.apiKey };
  const runs = (p: ScalePart) => o.only.has(p);

  /**
   * One latency window (`what`) measured and recorded as `<key>_p50_ms`, `<key>_p99_ms` and
   * `<key>_rps`: 'error' when an answer failed its check; undefined then.
   */
  const latency = async (key: string, what: string, requests: number, t: LoadTarget): Promise<Latency | undefined> => {
    try {
      const r = await latencyWindow(t, requests, t.method === 'POST');
      const w = r.w;
      if (!r.ok) {
        checks = false;
        failures.push(
          `${what}: ${w.requests} good answers of ${requests}, ${w.non2xx} non-2xx, ` +
            `${w.failed} failed checks, ${w.errors} errors${w.firstFailure ? ` (${w.firstFailure})` : ''}`,
        );
      }
      set(`${key}_p50_ms`, r.ok && w.requests >= 100 ? w.p50 : NaN, 1);
      set(`${key}_p99_ms`, r.ok && w.requests >= 1000 ? w.p99 : NaN, 1);
      if (!r.ok) results[`${key}_p99_ms`] = results[`${key}_p50_ms`] = 'error';
      set(`${key}_rps`, w.rps, 1);
      details[key] = { url: new URL(t.url).pathname, samples: w.requests, size: r.size, ...w, latencies: undefined };
      o.log(
        `  p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms (${w.requests} samples, ` +
          `${((r.size ?? 0) / 1024).toFixed(0)} KB answers)`,
      );
      return r.ok ? r : undefined;
    } catch (err) {
      checks = false;
      failures.push(`${what}: ${(err as Error).message.split('\n')[0]}`);
      results[`${key}_p99_ms`] = 'error';
      return undefined;
    }
  };
  const pageTarget = (facadeUrl: string): LoadTarget => ({
    name: 'page',
    url: `${facadeUrl}${REST_PATH}?domain=${ds.tenant}&limit=1000`,
    headers,
    tls,
  });
  const deepTarget = (gatewayUrl: string): LoadTarget => ({
    name: 'deep',
    url: gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedIn },
    body: deepBody(DEEP_CLIENTS),
  });
  const pageNote = `GET ${REST_PATH}?limit=1000, ${o.pageRequests} requests on one connection`;
  const deepNote =
    `the deep query (${DEEP_CLIENTS} clients) through the gateway, ` + `${o.deepRequests} requests on one connection`;

  let pgPage: Latency | undefined;
  let pgDeep: Latency | undefined;
  if (runs('export') || runs('odata') || runs('delta') || runs('page') || runs('deep')) {
    let aio: Child | undefined;
    try {
      const started = await startAio('all-in-one', { DATABASE_URL: ds.url }, trustKeys);
      aio = started.child;
      const { facadeUrl, gatewayUrl } = started;
      const pid = aio.proc.pid!;
      const route = (q: string) => `${facadeUrl}${REST_PATH}?domain=${ds.tenant}&${q}`;

      /** One export both ways: a checked pass each, then `rounds` timed passes alternating. */
      const compareExport = async (name: string, where: string, delta?: { gt: string; lt: string }, odata = false) => {
        const maxPages = Math.ceil(ds.executedServices / 5000) + 2;
        const feed = `${facadeUrl}/odata/executed_services?domain=${ds.tenant}`;
        const facade = (hash: boolean) =>
          odata
            ? readFacade(feed, {
                base: facadeUrl,
                tls,
                headers: { ...headers, prefer: 'odata.maxpagesize=5000' },
                maxPages,
                hash,
                odata,
              })
            : delta
              ? readExportJob(facadeUrl, {
                  tls,
                  headers,
                  tenant: ds.tenant,
                  path: REST_PATH,
                  ...delta,
                  hash,
                })
              : readFacade(route('limit=5000'), { base: facadeUrl, tls, headers, maxPages, hash });
        const floor = (hash: boolean) => readCopy(ds.appUrl, ds.tenant, exportSql(where), { hash });
        const checkedFacade = await peakRss(pid, () => facade(true));
        const checkedFloor = await floor(true);
        const same = checkedFacade.value.hash === checkedFloor.hash && checkedFacade.value.rows === checkedFloor.rows;
        o.log(
          `${name}: ${checkedFloor.rows.toLocaleString('en')} rows; facade and floor ` +
            (same
              ? 'give the same rows and values'
              : `DIFFER (${checkedFacade.value.rows} vs ${checkedFloor.rows} rows)`) +
            ` (checked pass: facade ${checkedFacade.value.seconds.toFixed(1)} s, ` +
            `floor ${checkedFloor.seconds.toFixed(1)} s)`,
        );
        if (!same) {
          checks = false;
          failures.push(`${name}: the facade's rows differ from the floor's`);
        }
        const rounds: Round[] = [];
        let rssMb = Math.max(checkedFacade.peakMb, checkedFacade.hwmMb);
        for (let i = 0; i < o.rounds; i++) {
          const got: Partial<{ facade: ExportRead; floor: ExportRead }> = {};
          let roundRss = 0;
          const cores = { aio: NaN, facadeMachine: NaN, floorMachine: NaN };
          for (const w of i % 2 === 0 ? ['facade', 'floor'] : ['floor', 'facade']) {
            // where the time goes: the serving process's CPU, and the whole machine's (PostgreSQL, the reader)
            const cpu0 = cpuSeconds(pid);
            const busy0 = machineBusySeconds();
            if (w === 'facade') {
              const m = await peakRss(pid, () => facade(false));
              got.facade = m.value;
              roundRss = Math.max(m.peakMb, m.hwmMb);
              cores.aio = (cpuSeconds(pid) - cpu0) / m.value.seconds;
              cores.facadeMachine = (machineBusySeconds() - busy0) / m.value.seconds;
            } else {
              got.floor = await floor(false);
              cores.floorMachine = (machineBusySeconds() - busy0) / got.floor.seconds;
            }
          }
          for (const [w, r] of Object.entries(got))
            if (r!.rows !== checkedFloor.rows) {
              checks = false;
              failures.push(`${name}: the ${w} pass read ${r!.rows} rows, expected ${checkedFloor.rows}`);
            }
          rssMb = Math.max(rssMb, roundRss);
          const cpuUsPerRow = ((cores.aio * got.facade!.seconds) / got.facade!.rows) * 1e6;
          rounds.push({ facade: got.facade!, floor: got.floor!, rssMb: roundRss, cores, cpuUsPerRow });
          o.log(
            `  round ${i + 1}/${o.rounds}: facade ${perSecond(got.facade!)} ` +
              `rows/s (${got.facade!.seconds.toFixed(1)} s, peak RSS ${roundRss.toFixed(0)} MB; all-in-one ` +
              `${cores.aio.toFixed(2)} cores = ${cpuUsPerRow.toFixed(1)} µs of CPU a row, machine ` +
              `${cores.facadeMachine.toFixed(2)} cores busy), floor ${perSecond(got.floor!)} rows/s ` +
              `(${got.floor!.seconds.toFixed(1)} s, machine ${cores.floorMachine.toFixed(2)} cores busy)`,
          );
        }
        // --scale-rounds 0: the checked passes are the timed ones (their rows parsed and hashed on both sides)
        if (!rounds.length) rounds.push({ facade: checkedFacade.value, floor: checkedFloor, rssMb });
        else o.log(`  (${machineLoad().cores} cores; the all-in-one's CPU includes its garbage collector's threads)`);
        const ratios = rounds.map((r) => r.facade.rows / r.facade.seconds / (r.floor.rows / r.floor.seconds));
        return { rows: checkedFloor.rows, same, rounds, ratios, rssMb };
      };

      /** The rounds' middle figure (the upper one of two). */
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

      // -- whole-tenant export --------------------------------------------------------------------
      if (runs('export'))
        try {
          const e = await compareExport('export', '');
          const worst = e.rounds.reduce((a, b) => (a.facade.seconds > b.facade.seconds ? a : b));
          set('scale_export_rows', e.rows, 0);
          set('scale_export_rows_s', med(e.rounds.map((r) => r.facade.rows / r.facade.seconds)), 0);
          set('scale_export_s', med(e.rounds.map((r) => r.facade.seconds)), 1);
          set('scale_floor_rows_s', med(e.rounds.map((r) => r.floor.rows / r.floor.seconds)), 0);
          set('scale_export_vs_floor', med(e.ratios), 3);
          set('scale_export_rss_mb', e.rssMb, 0);
          const timed = e.rounds.filter((r) => r.cpuUsPerRow !== undefined);
          if (timed.length) {
            set('scale_export_cpu_us_per_row', med(timed.map((r) => r.cpuUsPerRow!)), 1);
            set('scale_export_aio_cores', med(timed.map((r) => r.cores!.aio)), 2);
          }
          if (!e.same) for (const k of ['scale_export_rows_s', 'scale_export_vs_floor']) results[k] = 'error';
          details.export = {
            rows: e.rows,
            pageSize: 5000,
            sameRowsAndValues: e.same,
            ratios: e.ratios,
            slowestFacadeSeconds: worst.facade.seconds,
            rounds: e.rounds,
            meets: {
              'facade ≥ 0.7 × floor (every round)': e.ratios.every((x) => x >= 0.7),
              'serving process < 512 MB': e.rssMb < 512,
            },
          };
        } catch (err) {
          checks = false;
          failures.push(`scale export: ${(err as Error).message.split('\n')[0]}`);
          for (const k of ['scale_export_rows_s', 'scale_export_vs_floor', 'scale_export_rss_mb']) results[k] = 'error';
        }

      // -- the same export through the OData feed ----------------------------------------------------
      if (runs('odata'))
        try {
          const e = await compareExport('OData export', '', undefined, true);
          set('scale_odata_export_rows_s', med(e.rounds.map((r) => r.facade.rows / r.facade.seconds)), 0);
          set('scale_odata_export_vs_floor', med(e.ratios), 3);
          set('scale_odata_export_rss_mb', e.rssMb, 0);
          if (!e.same)
            for (const k of ['scale_odata_export_rows_s', 'scale_odata_export_vs_floor']) results[k] = 'error';
          details.odata = {
            rows: e.rows,
            pageSize: 5000,
            sameRowsAndValues: e.same,
            ratios: e.ratios,
            rounds: e.rounds,
          };
        } catch (err) {
          checks = false;
          failures.push(`scale OData export: ${(err as Error).message.split('\n')[0]}`);
          for (const k of ['scale_odata_export_rows_s', 'scale_odata_export_vs_floor']) results[k] = 'error';
        }

      // -- delta export: a week of changes --------------------------------------------------------
      if (runs('delta'))
        try {
          const lt = DEMO_AS_OF;
          const gt = new Date(lt.getTime() - WEEK);
          const where = `updated_at > '${gt.toISOString()}' and updated_at < '${lt.toISOString()}'`;
          // the REST route has no gt/lt (the contract's executed_services takes q, limit, offset): the
          // facade's delta read is an export job (POST …/api/v1/exports with gt and lt)
          const d = await compareExport('delta export (a week, export job)', where, {
            gt: gt.toISOString(),
            lt: lt.toISOString(),
          });
          set('scale_delta_rows', d.rows, 0);
          set('scale_delta_s', med(d.rounds.map((r) => r.facade.seconds)), 2);
          set('scale_delta_vs_floor', d.same ? med(d.ratios) : NaN, 3);
          if (!d.same) results.scale_delta_vs_floor = 'error';
          details.delta = { gt, lt, rows: d.rows, sameRowsAndValues: d.same, ratios: d.ratios, rounds: d.rounds };
        } catch (err) {
          checks = false;
          failures.push(`scale delta export: ${(err as Error).message.split('\n')[0]}`);
          results.scale_delta_vs_floor = 'error';
        }

      // -- a 1000-row page on the big tenant, and the deep query ------------------------------------
      if (runs('page')) {
        o.log(`page: ${pageNote}`);
        pgPage = await latency('scale_page', 'scale page', o.pageRequests, pageTarget(facadeUrl));
      }
      if (runs('deep')) {
        o.log(`deep: ${deepNote}`);
        pgDeep = await latency('scale_deep', 'scale deep query', o.deepRequests, deepTarget(gatewayUrl));
      }
    } finally {
      await aio?.stop();
    }
  }

  // -- the same page and deep query on PGlite -------------------------------------------------
  const pgliteKeys = [
    'scale_pglite_page_p99_ms',
    'scale_pglite_deep_p99_ms',
    'scale_pglite_page_vs_pg',
    'scale_pglite_deep_vs_pg',
  ];
  if (runs('pglite')) {
    let aio: Child | undefined;
    try {
      const copy = await preparePgliteCopy({ ds, log: o.log });
      set('scale_pglite_rows', copy.rows, 0);
      if (!copy.reused) {
        set('scale_pglite_copy_s', copy.seconds, 0);
        set('scale_pglite_copy_rss_mb', copy.peakRssMb, 0);
      }
      details.pgliteCopy = copy;
      const started = await startAio('all-in-one (PGlite)', { LCS_DATA_DIR: copy.dataDir }, trustKeys);
      aio = started.child;
      o.log(`PGlite page: ${pageNote}`);
      const page = await latency('scale_pglite_page', 'PGlite page', o.pageRequests, pageTarget(started.facadeUrl));
      o.log(`PGlite deep: ${deepNote}`);
      const deep = await latency(
        'scale_pglite_deep',
        'PGlite deep query',
        o.deepRequests,
        deepTarget(started.gatewayUrl),
      );
      // p99 on PGlite ÷ on PostgreSQL, from the unrounded figures; the same answers or no ratio
      for (const [name, lite, pg] of [
        ['page', page, pgPage],
        ['deep', deep, pgDeep],
      ] as const) {
        const key = `scale_pglite_${name}_vs_pg`;
        const same = lite && pg && lite.hash === pg.hash;
        if (lite && pg && !same) {
          checks = false;
          failures.push(`PGlite ${name}: the answer differs from PostgreSQL's (${lite.size} vs ${pg.size} characters)`);
          results[key] = results[`scale_pglite_${name}_p99_ms`] = 'error';
        } else if (lite && pg) set(key, lite.w.p99 / pg.w.p99, 3);
        // no PGlite figure, or PostgreSQL's failed: an error; PostgreSQL's not measured (--scale-only): n/a
        else results[key] = !lite || runs(name) ? 'error' : 'n/a';
        details[key] = { pglite: lite?.w.p99, postgres: pg?.w.p99, sameAnswer: same };
      }
    } catch (err) {
      checks = false;
      failures.push(`scale PGlite: ${(err as Error).message.split('\n')[0]}`);
      for (const k of pgliteKeys) results[k] ??= 'error';
    } finally {
      await aio?.stop();
    }
  } else for (const k of pgliteKeys) results[k] = 'n/a';
  results.scale_load1_end = machineLoad().load1;
  return { results, details, failures, checks };
}
