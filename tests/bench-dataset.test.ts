/**
 * The benchmark's reused dataset starts every run from the audit log a fresh seed has: the records
 * of earlier runs are removed (TRUNCATE: the log's trigger refuses row deletes), and the run's log
 * says how many there were (bench/lib/dataset.ts). PostgreSQL project only: the benchmark's
 * dataset lives in PostgreSQL.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { emptyAuditLog } from '../bench/lib/dataset.ts';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';

describe.skipIf(DB_KIND !== 'postgres')("the benchmark's dataset: the audit log of earlier runs", () => {
  let tdb: TestDatabase;
  let db: Database;
  let owner: postgres.Sql;
  beforeAll(async () => {
    tdb = await testDatabase();
    db = await openDatabase(
      { url: tdb.url! },
      SUBGRAPHS.map((d) => d.migrations),
    );
    owner = postgres(tdb.url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await owner?.end({ timeout: 1 });
    await db?.close();
    await tdb?.drop();
  });

  /** `fn` as tenant t1 (row-level security shows and takes a tenant's own records only, the owner's too). */
  const asT1 = <T>(fn: (tx: postgres.TransactionSql) => Promise<T>) =>
    owner.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', 't1', true)`;
      return fn(tx);
    }) as Promise<T>;
  const records = () => asT1(async (tx) => Number((await tx`select count(*)::int as n from platform.audit_log`)[0]!.n));

  it('removes every record, in every partition, and says about how many there were', async () => {
    // two months' partitions and the default one (a record far in the future)
    await asT1((tx) =>
      tx.unsafe(`insert into platform.audit_log
      (at, tenant_id, subsystem, component, activity, principal_kind, principal_id, outcome, client_ids)
      select now() - (g % 2) * interval '32 days', 't1', 'Ec', 'bench', 'Read', 'api', 'k1', 'ok', array[g, g + 1]
        from generate_series(1, 250) g
      union all
      select '2199-01-01', 't1', 'Ec', 'bench', 'Read', 'api', 'k1', 'ok', '{}'`),
    );
    await owner`select pg_stat_force_next_flush()`; // the estimate the message gives
    expect(await records()).toBe(251);
    const said: string[] = [];
    expect(await emptyAuditLog(owner, (m) => said.push(m))).toBe(251);
    expect(await records()).toBe(0);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^audit log emptied \(about 251 records of earlier runs, \d+ MB\)/);
  });

  it('an empty log is left as it is, and nothing is said', async () => {
    const said: string[] = [];
    expect(await emptyAuditLog(owner, (m) => said.push(m))).toBe(0);
    expect(said).toEqual([]);
  });
});
