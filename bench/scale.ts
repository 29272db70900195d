/**
 * `pnpm bench --scale`: the municipal-scale tier (issue 19 item 4), on a dataset of its own
 * (bench/lib/scale-dataset.ts: ≥ 20 tenants, one with ≥ 1,000,000 executed services, seeded once
 * by the streaming generators and reused). Against the all-in-one (bench/aio.ts) on PostgreSQL:
 *
 *   export   the big tenant's executed services, all of them, through the facade's paging (Link
 *            next, pages of 5000) vs PostgreSQL's COPY of the same JSON (the floor): rows/s, total
 *            time, and the serving process's peak RSS; first a checked pass of each (every row
 *            parsed and hashed: same rows, same values, same order), then timed passes (counted)
 *   delta    the same for a week of changes (gt/lt on the update time)
 *   page     GET executed_services?limit=1000 on the big tenant, 1000 requests on one connection
 *            (p50 and p99 from 1000 samples)
 *
 * The figures on PGlite (the same page, a deep query) are not measured here yet: reported n/a.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DEMO_AS_OF } from '@lcs/cli/seed';
import { prepareScaleDataset, type ScaleSpec } from './lib/scale-dataset.ts';
import { peakRss, readCopy, readExportJob, readFacade, type ExportRead } from './lib/export-read.ts';
import { measure } from './lib/load.ts';
import { ROOT, machineLoad, spawnNode, type Child } from './lib/procs.ts';
import { REST_PATH, exportSql } from './queries.ts';

export interface ScaleOptions {
  pg: string;
  database: string;
  spec: ScaleSpec;
  /** Timed passes of each export (after the checked one). */
  rounds: number;
  /** Requests of the 1000-row page. */
  pageRequests: number;
  log: (m: string) => void;
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
  let aio: Child | undefined;
  try {
    aio = spawnNode('all-in-one', 'bench/aio.ts', {
      ipc: true,
      env: {
        NODE_ENV: 'production',
        LCS_DEV_AUTH: undefined,
        LCS_TRUST_KEYS: `bench:${secret}`,
        LCS_HOST: '127.0.0.1',
        DATABASE_URL: ds.url,
        BENCH_PKI_DIR: join(ROOT, '.data/bench/pki'),
      },
    });
    const facadeUrl = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the all-in-one did not start:\n${aio!.output()}`)), 180_000);
      aio!.proc.on('message', (m: { type?: string; facadeUrl?: string }) => {
        if (m?.type === 'ready') {
          clearTimeout(t);
          resolve(m.facadeUrl!);
        }
      });
    });
    const pid = aio.proc.pid!;
    const tls = { ca: ds.pki.ca.cert, cert: ds.pki.demoClient.cert, key: ds.pki.demoClient.key };
    const headers = { 'x-api-key': ds.apiKey };
    const route = (q: string) => `${facadeUrl}${REST_PATH}?domain=${ds.tenant}&${q}`;

    /** One export both ways: a checked pass each, then `rounds` timed passes alternating. */
    const compareExport = async (name: string, where: string, delta?: { gt: string; lt: string }) => {
      const maxPages = Math.ceil(ds.executedServices / 5000) + 2;
      const facade = (hash: boolean) =>
        delta
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
      const rounds: { facade: ExportRead; floor: ExportRead; rssMb: number }[] = [];
      let rssMb = Math.max(checkedFacade.peakMb, checkedFacade.hwmMb);
      for (let i = 0; i < o.rounds; i++) {
        const got: Partial<{ facade: ExportRead; floor: ExportRead }> = {};
        let roundRss = 0;
        for (const w of i % 2 === 0 ? ['facade', 'floor'] : ['floor', 'facade']) {
          if (w === 'facade') {
            const m = await peakRss(pid, () => facade(false));
            got.facade = m.value;
            roundRss = Math.max(m.peakMb, m.hwmMb);
          } else got.floor = await floor(false);
        }
        for (const [w, r] of Object.entries(got))
          if (r!.rows !== checkedFloor.rows) {
            checks = false;
            failures.push(`${name}: the ${w} pass read ${r!.rows} rows, expected ${checkedFloor.rows}`);
          }
        rssMb = Math.max(rssMb, roundRss);
        rounds.push({ facade: got.facade!, floor: got.floor!, rssMb: roundRss });
        o.log(
          `  round ${i + 1}/${o.rounds}: facade ${perSecond(got.facade!)} ` +
            `rows/s (${got.facade!.seconds.toFixed(1)} s, peak RSS ${roundRss.toFixed(0)} MB), floor ` +
            `${perSecond(got.floor!)} rows/s (${got.floor!.seconds.toFixed(1)} s)`,
        );
      }
      // --scale-rounds 0: the checked passes are the timed ones (their rows parsed and hashed on both sides)
      if (!rounds.length) rounds.push({ facade: checkedFacade.value, floor: checkedFloor, rssMb });
      const ratios = rounds.map((r) => r.facade.rows / r.facade.seconds / (r.floor.rows / r.floor.seconds));
      return { rows: checkedFloor.rows, same, rounds, ratios, rssMb };
    };

    // -- whole-tenant export --------------------------------------------------------------------
    try {
      const e = await compareExport('export', '');
      const worst = e.rounds.reduce((a, b) => (a.facade.seconds > b.facade.seconds ? a : b));
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      set('scale_export_rows', e.rows, 0);
      set('scale_export_rows_s', med(e.rounds.map((r) => r.facade.rows / r.facade.seconds)), 0);
      set('scale_export_s', med(e.rounds.map((r) => r.facade.seconds)), 1);
      set('scale_floor_rows_s', med(e.rounds.map((r) => r.floor.rows / r.floor.seconds)), 0);
      set('scale_export_vs_floor', med(e.ratios), 3);
      set('scale_export_rss_mb', e.rssMb, 0);
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

    // -- delta export: a week of changes --------------------------------------------------------
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
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
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

    // -- a 1000-row page on the big tenant --------------------------------------------------------
    try {
      const url = route('limit=1000');
      let size: number | undefined;
      o.log(`page: GET ${REST_PATH}?limit=1000, ${o.pageRequests} requests on one connection`);
      const w = await measure(
        {
          name: 'page',
          url,
          headers,
          tls,
          check: (status, body) => {
            if (status !== 200) return `status ${status}`;
            size ??= body.length;
            return body.length === size ? undefined : `size ${body.length} ≠ ${size}`;
          },
        },
        { connections: 1, amount: o.pageRequests },
      );
      const ok = w.requests >= o.pageRequests && !w.failed && !w.non2xx && !w.errors;
      if (!ok) {
        checks = false;
        failures.push(
          `scale page: ${w.requests} good answers of ${o.pageRequests}, ${w.non2xx} non-2xx, ` +
            `${w.failed} failed checks, ${w.errors} errors${w.firstFailure ? ` (${w.firstFailure})` : ''}`,
        );
      }
      set('scale_page_p50_ms', ok && w.requests >= 100 ? w.p50 : NaN, 1);
      set('scale_page_p99_ms', ok && w.requests >= 1000 ? w.p99 : NaN, 1);
      if (!ok) results.scale_page_p99_ms = results.scale_page_p50_ms = 'error';
      set('scale_page_rps', w.rps, 1);
      details.page = { url: url.replace(facadeUrl, ''), samples: w.requests, ...w, latencies: undefined };
      o.log(`  p50 ${w.p50.toFixed(1)} ms, p99 ${w.p99.toFixed(1)} ms (${w.requests} samples)`);
    } catch (err) {
      checks = false;
      failures.push(`scale page: ${(err as Error).message.split('\n')[0]}`);
      results.scale_page_p99_ms = 'error';
    }
    results.scale_pglite_page_p99_ms = 'n/a';
    results.scale_pglite_deep_p99_ms = 'n/a';
    results.scale_load1_end = machineLoad().load1;
  } finally {
    await aio?.stop();
  }
  return { results, details, failures, checks };
}
