/**
 * The municipal-scale dataset of `pnpm bench --scale`: a database of its own (default
 * `lcs_bench_scale`) with one big tenant (≥ 1,000,000 executed services at the default size) and
 * 19 small neighbours, all seeded by the streaming demo generators (@lcs/demo: memory stays flat),
 * plus the big tenant's measured caller (package 8873, limits out of reach).
 *
 * Seeded once and reused while the parameters and the seed code are the same (bench_meta.dataset,
 * as bench/lib/dataset.ts); anything else there makes the database be dropped and seeded anew.
 * Runs alone too, to seed ahead of a run: node --import tsx bench/lib/scale-dataset.ts [--database NAME]
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { progressBars, seedTenant, tenantExists } from '@lcs/cli/seed';
import { ensureDevPki, type DevPki } from '@lcs/cli/pki';
import { DEMO_CLIENT_NAME, ensureDemoCredentials, readDemoKeys, writeDemoKeys } from '@lcs/cli/demo-keys';
import { ensureApiClient, ensureLicence, setLicenceLimits } from '@lcs/iam/credentials';
import { preparePostgres } from '@lcs/cli/pg-prepare';
import { seedCodeHash } from './dataset.ts';
import { ROOT } from './procs.ts';

export interface ScaleSpec {
  /** The big tenant's clients and months of history (executed services ≈ 24 per client-month). */
  bigClients: number;
  bigMonths: number;
  /** The other tenants: how many, and their size. */
  small: number;
  smallClients: number;
  smallMonths: number;
}

export const SCALE_DEFAULT: ScaleSpec = {
  bigClients: 1700,
  bigMonths: 30,
  small: 19,
  smallClients: 20,
  smallMonths: 1,
};

export const BIG_TENANT = 'scale-big';
const smallTenant = (i: number) => `scale-${String(i + 1).padStart(2, '0')}`;

export interface ScaleDataset {
  url: string;
  appUrl: string;
  tenant: string;
  tenants: string[];
  executedServices: number;
  rows: number;
  seedSeconds: number;
  /** Peak RSS of this process while it seeded (undefined when everything was reused). */
  seedPeakRssMb?: number;
  reused: boolean;
  /**
   * Which seeding of the big tenant this is (its bench_meta.dataset row: parameters, seed code, rows,
   * when): copies of it (bench/lib/scale-pglite.ts) are reused while it holds.
   */
  fingerprint: string;
  pki: DevPki;
  apiKey: string;
}

const UNLIMITED = { ratePerMinute: 100_000_000, burst: 10_000_000, concurrency: 100_000, rowsPerMinute: 1_000_000_000 };

export async function prepareScaleDataset(o: {
  pgUrl: string;
  database: string;
  spec: ScaleSpec;
  log: (m: string) => void;
  progress?: boolean;
}): Promise<ScaleDataset> {
  if (!/^lcs_bench_scale[a-z0-9_]*$/.test(o.database))
    throw new Error(`--database ${o.database}: the scale tier's database is named lcs_bench_scale…`);
  await preparePostgres(o.pgUrl, { log: o.log });
  const base = new URL(o.pgUrl);
  const admin = postgres(new URL('/postgres', base).toString(), { max: 1, onnotice: () => {} });
  const url = new URL(`/${o.database}`, base);
  const appUrl = new URL(url);
  appUrl.username = 'lcs_app';
  appUrl.password = '';
  const hash = seedCodeHash();
  const plan = [
    { tenant: BIG_TENANT, clients: o.spec.bigClients, historyMonths: o.spec.bigMonths },
    ...Array.from({ length: o.spec.small }, (_, i) => ({
      tenant: smallTenant(i),
      clients: o.spec.smallClients,
      historyMonths: o.spec.smallMonths,
    })),
  ];
  let db: Database | undefined;
  try {
    const [found] = await admin`select 1 as one from pg_database where datname = ${o.database}`;
    let fresh = !found;
    if (found) {
      const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const recorded = await owner<{ tenant: string; params: { seedCode: string } }[]>`
        select tenant, params from bench_meta.dataset`.catch(() => []);
      await owner.end();
      if (recorded.some((r) => r.params.seedCode !== hash)) {
        o.log(`${o.database} was seeded by other seed code or migrations: dropping it`);
        await admin.unsafe(`DROP DATABASE ${o.database} WITH (FORCE)`);
        fresh = true;
      }
    }
    if (fresh) await admin.unsafe(`CREATE DATABASE ${o.database}`);
    db = await openDatabase(
      { url: url.toString() },
      SUBGRAPHS.map((d) => d.migrations),
    );
    const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await owner.unsafe(`CREATE SCHEMA IF NOT EXISTS bench_meta;
        CREATE TABLE IF NOT EXISTS bench_meta.dataset (tenant text PRIMARY KEY, params jsonb NOT NULL,
          rows int NOT NULL, seconds real NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`);
      let seedSeconds = 0;
      let rows = 0;
      let seeded = false;
      for (const p of plan) {
        const params = { ...p, seedCode: hash };
        const [marker] = await owner<{ params: typeof params; rows: number }[]>`
          select params, rows from bench_meta.dataset where tenant = ${p.tenant}`;
        const same =
          marker && (Object.keys(params) as (keyof typeof params)[]).every((k) => marker.params[k] === params[k]);
        if (same && (await tenantExists(db.app, p.tenant))) {
          rows += marker.rows;
          continue;
        }
        if (marker || (await tenantExists(db.app, p.tenant)))
          throw new Error(
            `tenant ${p.tenant} in ${o.database} is incomplete or was seeded otherwise: ` +
              `drop the database (DROP DATABASE ${o.database}) and run again`,
          );
        o.log(`seeding ${p.tenant} (${p.clients} clients, ${p.historyMonths} months of history)…`);
        const r = await seedTenant(db.app, p, progressBars(o.progress ?? false));
        seeded = true;
        seedSeconds += r.seconds;
        rows += r.rows;
        const record = { tenant: p.tenant, params: owner.json(params), rows: r.rows, seconds: r.seconds };
        await owner`insert into bench_meta.dataset ${owner(record)}`;
        o.log(
          `  ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(0)} s ` +
            `(${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s; ` +
            `peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`,
        );
      }
      if (seeded) {
        const t = Date.now();
        await db.analyze();
        o.log(`statistics refreshed (ANALYZE) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      }
      const pki = await ensureDevPki(join(ROOT, '.data/bench/pki'));
      const keysFile = join(ROOT, `.data/bench/keys-${o.database}.json`);
      const existing = readDemoKeys(keysFile);
      const keys = await ensureDemoCredentials(db.app, {
        tenants: [BIG_TENANT],
        fingerprint: pki.demoClient.fingerprint,
        existing,
        packages: { 8873: 'tenant' },
      });
      const apiKey = keys[BIG_TENANT]?.['8873'];
      if (!apiKey) throw new Error(`no API key for package 8873 in ${BIG_TENANT}`);
      const client = await ensureApiClient(db.app, BIG_TENANT, { name: DEMO_CLIENT_NAME });
      await setLicenceLimits(
        db.app,
        BIG_TENANT,
        await ensureLicence(db.app, BIG_TENANT, { clientId: client, package: '8873', scope: { type: 'tenant' } }),
        UNLIMITED,
      );
      if (JSON.stringify(keys) !== JSON.stringify(existing)) writeDemoKeys(keysFile, keys);
      const [marker] = await owner<{ params: unknown; rows: number; seeded_at: Date }[]>`
        select params, rows, seeded_at from bench_meta.dataset where tenant = ${BIG_TENANT}`;
      const fingerprint = createHash('sha256')
        .update(JSON.stringify([marker?.params, marker?.rows, marker?.seeded_at.toISOString()]))
        .digest('hex')
        .slice(0, 16);
      const [c] = await owner.begin(async (tx) => {
        await tx`select set_config('app.tenant_id', ${BIG_TENANT}, true)`;
        return tx<{ n: number }[]>`select count(*)::int as n from provider.executed_service where not deleted`;
      });
      return {
        url: url.toString(),
        appUrl: appUrl.toString(),
        tenant: BIG_TENANT,
        tenants: plan.map((p) => p.tenant),
        executedServices: c!.n,
        rows,
        seedSeconds,
        seedPeakRssMb: seeded ? Math.round(process.resourceUsage().maxRSS / 1024) : undefined,
        reused: !seeded,
        fingerprint,
        pki,
        apiKey,
      };
    } finally {
      await owner.end();
    }
  } finally {
    await admin.end();
    await db?.close().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: argv } = parseArgs({
    options: { database: { type: 'string', default: 'lcs_bench_scale' }, help: { type: 'boolean', short: 'h' } },
  });
  if (argv.help) {
    console.log(
      [
        'usage: node --import tsx bench/lib/scale-dataset.ts [--database lcs_bench_scale_<name>]',
        '',
        "Seeds the scale tier's dataset (pnpm bench --scale) once and keeps it: 20 tenants, one with",
        '≥ 1,000,000 executed services; a database seeded by other seed code or migrations is dropped and',
        'seeded again. PostgreSQL: LCS_BENCH_PG_URL (default postgres://lcs_owner@127.0.0.1:5432).',
        'Takes 15–30 minutes on 2 cores.',
      ].join('\n'),
    );
    process.exit(0);
  }
  if (!/^lcs_bench_scale[a-z0-9_]*$/.test(argv.database!)) {
    console.error('--database must start with lcs_bench_scale');
    process.exit(2);
  }
  const d = await prepareScaleDataset({
    pgUrl: process.env.LCS_BENCH_PG_URL ?? 'postgres://lcs_owner@127.0.0.1:5432',
    database: argv.database!,
    spec: SCALE_DEFAULT,
    log: (m) => process.stderr.write(`${m}\n`),
    progress: true,
  });
  console.log(
    `${d.tenants.length} tenants, ${d.rows.toLocaleString('en')} rows; ${d.tenant}: ` +
      `${d.executedServices.toLocaleString('en')} executed services; ` +
      `seeded in ${d.seedSeconds.toFixed(0)} s, peak RSS ${d.seedPeakRssMb ?? 'n/a'} MB`,
  );
}
