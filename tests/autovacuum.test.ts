/**
 * The embedded database's autovacuum (platform/src/autovacuum.ts): PGlite has none, so the
 * platform treats the tables PostgreSQL's autovacuum would — VACUUM where dead or inserted rows
 * pass its thresholds, ANALYZE where statistics are missing or stale — as the owner, one table at a
 * time, and gives the session back to the app role. Requests that run meanwhile still run as the
 * app role (row-level security applies), and a database on a PGlite directory does it by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Metrics, openDatabase, rowsOf, type Database } from '@lcs/platform';
import { inTenant, type Tx } from '@lcs/platform/scope';
import { progressBars, seedTenant } from '@lcs/cli/seed';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { DB_KIND } from './helpers/stack.ts';

const MIGRATIONS = SUBGRAPHS.map((d) => d.migrations);
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'lcs-autovacuum-'));
  dirs.push(d);
  return d;
};

interface TableStats {
  n_dead_tup: number;
  last_vacuum: string | null;
  last_analyze: string | null;
  relallvisible: number;
  relpages: number;
}

/** pg_stat_user_tables and pg_class of `schema.table` (readable by the app role). */
async function stats(db: Database, schema: string, table: string): Promise<TableStats> {
  await db.app.execute(sql`select pg_stat_force_next_flush()`);
  const [row] = rowsOf<TableStats>(
    await db.app.execute(sql`select s.n_dead_tup::int, s.last_vacuum::text, s.last_analyze::text,
      c.relallvisible, c.relpages
      from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.schemaname = ${schema} and s.relname = ${table}`),
  );
  return row!;
}

/** Runs `fn` in a transaction as the tenant (the platform's own scope: row-level security applies). */
const asTenant = <T>(db: Database, tenant: string, fn: (tx: Tx) => Promise<T>) =>
  inTenant(db.app, tenant, (scope) => scope.run(fn));

// PGlite only: PostgreSQL has its own autovacuum
describe.skipIf(DB_KIND !== 'pglite')('the embedded database keeps itself as autovacuum would', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: tempDir(), autovacuumIntervalMs: 0 }, MIGRATIONS);
    await seedTenant(db.app, { tenant: 'demo', clients: 40, historyMonths: 3 }, progressBars(false));
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('vacuums the tables past its thresholds and analyzes the rest once, then nothing until they change', async () => {
    const before = await stats(db, 'provider', 'executed_service');
    expect(before.last_vacuum).toBeNull();
    expect(before.relallvisible).toBe(0);

    const first = await db.autovacuum!();
    expect(first.vacuumed).toContain('provider.executed_service');
    // a seeded table with few rows: statistics only (under 1,000 inserted rows)
    expect(first.vacuumed).not.toContain('iam.tenant');
    expect(first.analyzed).toContain('iam.tenant');
    expect([...first.vacuumed, ...first.analyzed]).toContain('care.client');
    const after = await stats(db, 'provider', 'executed_service');
    expect(after.last_vacuum).not.toBeNull();
    expect(after.last_analyze).not.toBeNull();
    // the visibility map is set: index-only scans (a page at an offset) need not read the table
    expect(after.relallvisible).toBeGreaterThan(0);
    expect(after.relallvisible).toBe(after.relpages);

    // what the visibility map is for: the id query of a page at an offset (resolvers.ts listPage)
    // skips its rows in the index alone
    const plan = await asTenant(db, 'demo', async (tx) =>
      rowsOf<{ 'QUERY PLAN': string }>(
        await tx.execute(sql`explain (analyze, costs off, timing off) select id from provider.executed_service
          where tenant_id = 'demo' and not deleted order by updated_at, id limit 101 offset 1000`),
      )
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    );
    expect(plan).toMatch(/Index Only Scan using executed_service_tenant_live_idx/);
    expect(plan).toMatch(/Heap Fetches: 0/);

    const second = await db.autovacuum!();
    expect(second).toMatchObject({ vacuumed: [], analyzed: [] });
  });

  it('vacuums a table again once its dead rows pass 50 + 20 %', async () => {
    const updated = await asTenant(db, 'demo', async (tx) =>
      rowsOf<{ id: number }>(
        await tx.execute(sql`update provider.executed_service set name = name || ' ' where id % 3 = 0 returning id`),
      ),
    );
    expect(updated.length).toBeGreaterThan(100);
    expect((await stats(db, 'provider', 'executed_service')).n_dead_tup).toBe(updated.length);
    const run = await db.autovacuum!();
    expect(run.vacuumed).toEqual(['provider.executed_service']);
    expect((await stats(db, 'provider', 'executed_service')).n_dead_tup).toBe(0);
  });

  it('gives the session back to the app role, and requests meanwhile run as the app role', async () => {
    await asTenant(db, 'demo', (tx) =>
      tx.execute(sql`update provider.executed_service set name = name where id % 2 = 0`),
    );
    // requests without a tenant while the tables are treated: row-level security shows them nothing
    const probes: Promise<{ role: string; n: number }>[] = [];
    const running = db.autovacuum!();
    for (let i = 0; i < 20; i++)
      probes.push(
        db.app
          .execute(sql`select current_user as role, (select count(*)::int from provider.executed_service) as n`)
          .then((r) => rowsOf<{ role: string; n: number }>(r)[0]!),
      );
    const run = await running;
    expect(run.vacuumed).toContain('provider.executed_service');
    for (const p of await Promise.all(probes)) expect(p).toEqual({ role: db.appRole, n: 0 });
    const [me] = rowsOf<{ role: string }>(await db.app.execute(sql`select current_user as role`));
    expect(me!.role).toBe(db.appRole);
    // and the tenant's own rows are still there for the tenant
    const [count] = await asTenant(db, 'demo', async (tx) =>
      rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from provider.executed_service`)),
    );
    expect(count!.n).toBeGreaterThan(100);
  });
});

describe.skipIf(DB_KIND !== 'pglite')('a database on a PGlite directory', () => {
  it('runs autovacuum by itself on its interval, counted in its metrics', async () => {
    const metrics = new Metrics({ processMetrics: false });
    const db = await openDatabase({ dataDir: tempDir(), autovacuumIntervalMs: 100, metrics }, MIGRATIONS);
    try {
      await seedTenant(db.app, { tenant: 'demo', clients: 20, historyMonths: 2 }, progressBars(false));
      // dead rows well past 50 + 20 %: the next run vacuums them away
      const before = await stats(db, 'provider', 'executed_service');
      await asTenant(db, 'demo', (tx) => tx.execute(sql`update provider.executed_service set name = name`));
      expect((await stats(db, 'provider', 'executed_service')).n_dead_tup).toBeGreaterThan(100);
      await expect
        .poll(
          async () => {
            const now = await stats(db, 'provider', 'executed_service');
            return now.n_dead_tup === 0 && now.last_vacuum !== before.last_vacuum;
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      // and says so in its metrics
      const tables = (await metrics.embeddedAutovacuumTables.get()).values;
      expect(tables.find((v) => v.labels.verb === 'vacuum')?.value).toBeGreaterThanOrEqual(1);
      const runs = (await metrics.embeddedAutovacuumDuration.get()).values.find((v) =>
        v.metricName?.endsWith('_count'),
      );
      expect(runs?.value).toBeGreaterThanOrEqual(1);
      expect((await metrics.embeddedAutovacuumFailures.get()).values[0]?.value ?? 0).toBe(0);
    } finally {
      await db.close();
    }
  }, 120_000);
});

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
