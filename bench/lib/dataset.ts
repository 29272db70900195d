/**
 * The benchmark's dataset: a database of its own on PostgreSQL (default `lcs_bench`, never `lcs`,
 * `lcs_scale` or a test database), one deterministic tenant per parameter set (the tenant's name
 * says its parameters, e.g. bench-c100-m1) and its neighbour seeded alike (…-n, for p5), and the
 * REST facade's callers: each tenant's demo receiving system (package 8873; the measured one with
 * fair-share limits out of reach) and a flooding system with the default limits (p5).
 *
 * A dataset is reused when a completed seed with the same parameters and the same seed code is
 * recorded in `bench_meta.dataset`; a tenant with data but no such record (an interrupted seed,
 * or seed code that changed since) makes the whole benchmark database be dropped and made anew,
 * since it holds nothing but benchmark datasets.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '@lcs/platform';
import { AUTOVACUUM_DUE, dueTablesSql } from '@lcs/platform/autovacuum';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { progressBars, seedTenant, tenantExists } from '@lcs/cli/seed';
import { ensureDevPki, type DevPki } from '@lcs/cli/pki';
import {
  DEMO_CLIENT_NAME,
  ensureDemoCredentials,
  readDemoKeys,
  writeDemoKeys,
  type DemoKeys,
} from '@lcs/cli/demo-keys';
import {
  bindCertificate,
  ensureApiClient,
  ensureLicence,
  issueApiKey,
  setLicenceLimits,
  verifyApiKey,
} from '@lcs/iam/credentials';
import { DEFAULT_LIMITS, type Limits } from '@lcs/platform/fair-share-limits';
import { ROOT } from './procs.ts';

export interface DatasetSpec {
  clients: number;
  historyMonths: number;
}

export const DATASETS: Record<'quick' | 'full', DatasetSpec> = {
  quick: { clients: 100, historyMonths: 1 },
  full: { clients: 500, historyMonths: 3 },
};

export const tenantFor = (d: DatasetSpec) => `bench-c${d.clients}-m${d.historyMonths}`;
/** The other tenant of the noisy-neighbour measurement (p5), seeded like the first. */
export const neighbourFor = (tenant: string) => `${tenant}-n`;

/** Limits no benchmark load reaches (fair share still counts every request). */
const UNLIMITED: Limits = {
  ratePerMinute: 100_000_000,
  burst: 10_000_000,
  concurrency: 100_000,
  rowsPerMinute: 1_000_000_000,
};

/** Everything the seed's output depends on: the generators and the migrations. */
export function seedCodeHash(): string {
  const files: string[] = [];
  const walk = (dir: string, keep: (f: string) => boolean) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (name === 'node_modules' || name === '__generated__') continue;
      if (statSync(p).isDirectory()) walk(p, keep);
      else if (keep(name)) files.push(p);
    }
  };
  // Schema changes reach the data through the migrations; the generators are the seed files.
  walk(join(ROOT, 'platform/src'), (f) => f === 'synthetic.ts');
  walk(join(ROOT, 'demo/src'), (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const s of readdirSync(join(ROOT, 'subgraphs')).sort()) {
    walk(join(ROOT, 'subgraphs', s, 'src'), (f) => f === 'catalogue.ts');
    // (the journal dates decide what drizzle applies)
    walk(join(ROOT, 'subgraphs', s, 'drizzle'), (f) => f.endsWith('.sql') || f === '_journal.json');
  }
  const h = createHash('sha256');
  for (const f of files) h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export interface PreparedDataset {
  /** Owner URL of the benchmark database (migrations; the services derive the app role's URL). */
  url: string;
  /** URL of the app role (row-level security applies). */
  appUrl: string;
  tenant: string;
  spec: DatasetSpec;
  reused: boolean;
  seedSeconds?: number;
  rows: number;
  /** Live executed services of the tenant (what the REST page and the export read). */
  executedServices: number;
  pki: DevPki;
  /** The demo system's API key for package 8873 in the tenant (fair-share limits out of reach). */
  apiKey: string;
  /** The other tenant (p5's victim) and its demo system's key (no limits reached, like `apiKey`). */
  neighbour: string;
  neighbourKey: string;
  /** Live executed services of the neighbour tenant. */
  neighbourExecutedServices: number;
  /** A second system of the tenant that floods in p5, and its licence's limits (the defaults). */
  floodKey: string;
  floodLimits: Limits;
}

type Log = (msg: string) => void;

async function ensureDatabase(adminUrl: string, name: string, log: Log, recreate = false): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (recreate) {
      log(`dropping database ${name} (it holds only benchmark datasets)`);
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    const [found] = await admin`select 1 as one from pg_database where datname = ${name}`;
    if (!found) {
      log(`creating database ${name}`);
      await admin.unsafe(`CREATE DATABASE ${name}`);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Empties a benchmark database's audit log (every partition) and says about how much it held.
 * TRUNCATE, not DELETE: the log's append-only trigger refuses row deletes, and truncating also
 * gives the partitions' indexes back their fresh-seed size. (The owner cannot count the records:
 * row-level security shows it only a tenant's; the statistics' estimate is what it says.)
 */
export async function emptyAuditLog(owner: postgres.Sql, log: Log): Promise<number> {
  const [held] = await owner<{ records: string; bytes: string }[]>`
    select coalesce(sum(s.n_live_tup), 0)::text as records,
           coalesce(sum(pg_total_relation_size(i.inhrelid)), 0)::text as bytes
      from pg_inherits i join pg_stat_user_tables s on s.relid = i.inhrelid
     where i.inhparent = 'platform.audit_log'::regclass`;
  const records = Number(held!.records);
  await owner.unsafe('TRUNCATE platform.audit_log');
  await owner`select pg_stat_force_next_flush()`; // the statistics know it at once
  if (records > 0)
    log(
      `audit log emptied (about ${records.toLocaleString('en')} records of earlier runs, ` +
        `${Math.round(Number(held!.bytes) / 2 ** 20)} MB): every run starts from a fresh seed's log`,
    );
  return records;
}

export interface DatasetOptions {
  pgUrl: string;
  database: string;
  spec: DatasetSpec;
  dataDir: string;
  log: Log;
  progress: boolean;
  /** The flooding system's licence limits (p5), over the platform's defaults. */
  floodLimits?: Partial<Limits>;
}

export async function prepareDataset(o: DatasetOptions, attempt = 0): Promise<PreparedDataset> {
  if (
    !/^[a-z_][a-z0-9_]*$/.test(o.database) ||
    ['lcs', 'lcs_scale', 'postgres', 'test'].includes(o.database) ||
    o.database.startsWith('lcs_test')
  ) {
    throw new Error(`--database ${o.database}: use a database of the benchmark's own (e.g. lcs_bench)`);
  }
  const base = new URL(o.pgUrl);
  if (!['127.0.0.1', 'localhost'].includes(base.hostname))
    throw new Error(`--pg ${o.pgUrl}: only a PostgreSQL on 127.0.0.1`);
  const adminUrl = new URL(base);
  adminUrl.pathname = '/postgres';
  const url = new URL(base);
  url.pathname = `/${o.database}`;
  const appUrl = new URL(url);
  appUrl.username = 'lcs_app';
  appUrl.password = '';
  const tenant = tenantFor(o.spec);
  const hash = seedCodeHash();
  const params = { tenant, clients: o.spec.clients, historyMonths: o.spec.historyMonths, seedCode: hash };

  await ensureDatabase(adminUrl.toString(), o.database, o.log);
  let db: Database | undefined;
  const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const afresh = async (why: string) => {
    if (attempt > 0) throw new Error(`${why}, on a fresh database too: the tree's migrations do not apply (see above)`);
    o.log(`${why}: starting again from a fresh database`);
    await owner.end().catch(() => {});
    await db?.close().catch(() => {});
    await ensureDatabase(adminUrl.toString(), o.database, o.log, true);
    return prepareDataset(o, attempt + 1);
  };
  try {
    // A database seeded by other seed code or migrations is made anew before any migration runs
    // (a changed schema may not migrate over the old one, and the data would differ anyway).
    const recorded = await owner<
      { tenant: string; params: { seedCode: string } }[]
    >`select tenant, params from bench_meta.dataset`.catch(() => []);
    const stale = recorded.find((r) => r.params.seedCode !== hash);
    if (stale)
      return await afresh(
        `dataset ${stale.tenant} was seeded by other seed code or migrations (${stale.params.seedCode} ≠ ${hash})`,
      );
    try {
      const t = Date.now();
      db = await openDatabase(
        { url: url.toString() },
        SUBGRAPHS.map((d) => d.migrations),
      );
      o.log(`migrations checked in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } catch (e) {
      return await afresh(`the migrations failed (${(e as Error).message.split('\n')[0]!.slice(0, 200)})`);
    }
    await owner.unsafe(`CREATE SCHEMA IF NOT EXISTS bench_meta;
      CREATE TABLE IF NOT EXISTS bench_meta.dataset (tenant text PRIMARY KEY, params jsonb NOT NULL,
        rows int NOT NULL, seconds real NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`);
    // The measured tenant, and its neighbour (the other tenant of p5), seeded alike.
    let reused = true;
    let seedSeconds = 0;
    let rows = 0;
    for (const t of [tenant, neighbourFor(tenant)]) {
      const p = { ...params, tenant: t };
      const [marker] = await owner<
        { params: typeof params; rows: number; seconds: number }[]
      >`select params, rows, seconds from bench_meta.dataset where tenant = ${t}`;
      // (jsonb does not keep key order: compare the values)
      const same = marker && (Object.keys(p) as (keyof typeof p)[]).every((k) => marker.params[k] === p[k]);
      if (same && (await tenantExists(db!.app, t))) {
        o.log(
          `reusing dataset ${t} (${marker.rows.toLocaleString('en')} rows, seeded in ${marker.seconds.toFixed(1)} s; ` +
            `same parameters and seed code ${hash})`,
        );
        if (t === tenant) rows = marker.rows;
        continue;
      }
      if (marker || (await tenantExists(db!.app, t)))
        return await afresh(`dataset ${t} is incomplete (an interrupted seed?)`);
      o.log(`seeding dataset ${t} (${o.spec.clients} clients, ${o.spec.historyMonths} months of history)…`);
      const r = await seedTenant(
        db!.app,
        { tenant: t, clients: o.spec.clients, historyMonths: o.spec.historyMonths },
        progressBars(o.progress),
      );
      reused = false;
      seedSeconds += r.seconds;
      if (t === tenant) rows = r.rows;
      const record = { tenant: t, params: owner.json(p), rows: r.rows, seconds: r.seconds };
      await owner`insert into bench_meta.dataset ${owner(record)}
        on conflict (tenant) do update set params = excluded.params, rows = excluded.rows,
          seconds = excluded.seconds, seeded_at = now()`;
      o.log(`seeded ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s`);
    }
    // Every run starts from the audit log a fresh seed has (none): a reused dataset otherwise
    // carries every earlier run's records (p5 alone writes ~100,000), and each run would measure a
    // larger log than the one before — 444,000 records in 407 MB made the victims' p99 15–20 %
    // slower than an empty log did (README § Benchmarks, 7 December). The benchmark's own database
    // only (checked above); the platform's log is append-only for the app role, not for its owner.
    if (reused) await emptyAuditLog(owner, o.log);
    // Tables autovacuum would treat now, treated the same way: `verb` on those matching `due`.
    const asAutovacuumWould = async (verb: keyof typeof AUTOVACUUM_DUE, what: string) => {
      const t0 = Date.now();
      const tables = await owner.unsafe<{ name: string }[]>(dueTablesSql(verb));
      if (tables.length) await owner.unsafe(`${verb} ${tables.map((t) => t.name).join(', ')}`);
      o.log(
        `${what} refreshed (${verb} of the ${tables.length} tables autovacuum would ${verb.toLowerCase()} now) ` +
          `in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    };
    // Statistics as autovacuum would eventually have them (a fresh seed has none; PGlite never gets
    // any): after a seed, the whole database; over a reused dataset, the tables autovacuum would
    // analyze now (never analyzed, or changed by more than 50 rows + 10 % since: its default
    // threshold; earlier runs' audit records and writes), not all of them again (6.8 s of --quick).
    if (!reused) {
      const ta = Date.now();
      await db!.analyze();
      o.log(`statistics refreshed (ANALYZE) in ${((Date.now() - ta) / 1000).toFixed(1)} s`);
    } else await asAutovacuumWould('ANALYZE', 'statistics');
    // Visibility maps as autovacuum would keep them (this machine's PostgreSQL runs with autovacuum
    // off; a production one has it on): the tables past its insert or dead-row thresholds
    // (1000 inserted + 20 %, 50 dead + 20 %) are vacuumed, so index-only scans — a page at an
    // offset skips its rows in an index — see what they would see in production.
    await asAutovacuumWould('VACUUM', 'visibility maps');
    const neighbour = neighbourFor(tenant);
    // The facade's callers: the demo receiving system of each tenant (its client certificate and
    // its package-8873 key) and, in the measured tenant, a second system that floods (p5).
    const pki = await ensureDevPki(join(o.dataDir, 'pki'));
    const fingerprint = pki.demoClient.fingerprint;
    const keysFile = join(o.dataDir, `keys-${o.database}.json`);
    const existing = readDemoKeys(keysFile);
    const keys: DemoKeys = await ensureDemoCredentials(db!.app, {
      tenants: [tenant, neighbour],
      fingerprint,
      existing,
      packages: { 8873: 'tenant' },
    });
    const apiKey = keys[tenant]?.['8873'];
    const neighbourKey = keys[neighbour]?.['8873'];
    if (!apiKey || !neighbourKey) throw new Error(`no API key for package 8873 in ${tenant} or ${neighbour}`);
    // The measured keys must never be refused by fair share (p2–p4 measure speed, not limits; p5's
    // victim in the neighbour tenant measures what the others' load does to it, not its own limits)…
    for (const t of [tenant, neighbour]) {
      const demoClient = await ensureApiClient(db!.app, t, { name: DEMO_CLIENT_NAME });
      await setLicenceLimits(
        db!.app,
        t,
        await ensureLicence(db!.app, t, { clientId: demoClient, package: '8873', scope: { type: 'tenant' } }),
        UNLIMITED,
      );
    }
    // …while the flooder's licence has the platform's default limits, stated explicitly.
    const flooder = await ensureApiClient(db!.app, tenant, {
      name: 'bench flooder',
      description: 'pnpm bench p5: floods at 10x its limits',
    });
    await bindCertificate(db!.app, tenant, flooder, { fingerprint, subject: 'CN=LCS demo receiving system' });
    const floodLicence = await ensureLicence(db!.app, tenant, {
      clientId: flooder,
      package: '8873',
      scope: { type: 'tenant' },
    });
    const floodLimits: Limits = { ...DEFAULT_LIMITS, ...o.floodLimits };
    await setLicenceLimits(db!.app, tenant, floodLicence, floodLimits);
    let floodKey = existing?.[tenant]?.flood;
    const check = floodKey ? await verifyApiKey(db!.app, floodKey, fingerprint) : undefined;
    if (!check?.ok || check.key.tenant !== tenant)
      floodKey = (await issueApiKey(db!.app, tenant, floodLicence, { label: 'bench flooder' })).key;
    keys[tenant] = { ...keys[tenant], flood: floodKey! };
    if (JSON.stringify(keys) !== JSON.stringify(existing)) writeDemoKeys(keysFile, keys);
    const app = postgres(appUrl.toString(), { max: 1, onnotice: () => {} });
    const live: Record<string, number> = {};
    try {
      for (const t of [tenant, neighbour])
        await app.begin(async (tx) => {
          await tx`select set_config('app.tenant_id', ${t}, true)`;
          const [c] = await tx<
            { n: number }[]
          >`select count(*)::int as n from provider.executed_service where not deleted`;
          live[t] = c!.n;
        });
    } finally {
      await app.end();
    }
    return {
      url: url.toString(),
      appUrl: appUrl.toString(),
      tenant,
      neighbour,
      spec: o.spec,
      reused,
      seedSeconds: reused ? undefined : seedSeconds,
      rows,
      executedServices: live[tenant]!,
      neighbourExecutedServices: live[neighbour]!,
      pki,
      apiKey,
      neighbourKey,
      floodKey: floodKey!,
      floodLimits,
    };
  } finally {
    await owner.end().catch(() => {});
    await db?.close().catch(() => {});
  }
}
