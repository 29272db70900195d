/**
 * Natural keys (platform natural-keys.ts): a database written before the keys existed may hold
 * duplicates made by concurrent writes of one user, grant or visit (before `Write.serialize`). The
 * migration adding the keys keeps the first made of each, marks the others deleted and points the
 * role assignments of a merged user at the one kept; after it, PostgreSQL itself refuses a second
 * live row of a key, whatever path a write takes.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import { loadConfig, openDatabase, type Database, type MigrationSet } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { persistentDatabase, type TestDatabase } from './helpers/stack.ts';

const NEW_MIGRATION = /_natural_keys$/;
const work = mkdtempSync(join(tmpdir(), 'lcs-natural-keys-'));
let db: TestDatabase | undefined;
let open: Database | undefined;

afterAll(async () => {
  await open?.close();
  await db?.drop();
  rmSync(work, { recursive: true, force: true });
});

/** Each subgraph's migrations as they were before the natural keys (a copy without that migration). */
function migrationsBefore(): MigrationSet[] {
  return SUBGRAPHS.map((d) => {
    const m = d.migrations;
    const folder = join(work, m.schema);
    cpSync(m.folder, folder, { recursive: true });
    const journalFile = join(folder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; tag: string }[] };
    const gone = journal.entries.filter((e) => NEW_MIGRATION.test(e.tag));
    for (const e of gone) {
      rmSync(join(folder, `${e.tag}.sql`));
      rmSync(join(folder, 'meta', `${String(e.idx).padStart(4, '0')}_snapshot.json`));
    }
    journal.entries = journal.entries.filter((e) => !gone.includes(e));
    writeFileSync(journalFile, JSON.stringify(journal, null, 2));
    return { ...m, folder };
  });
}

type Query = ReturnType<typeof sql>;
/** Runs `query` as the owner in `tenant` (on PostgreSQL row-level security holds for the owner too); its rows. */
async function rows(d: Database, query: Query, tenant = 't1'): Promise<Record<string, unknown>[]> {
  return d.asOwner(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    const r = (await tx.execute(query)) as unknown as Record<string, unknown>[] | { rows: Record<string, unknown>[] };
    return Array.isArray(r) ? r : r.rows;
  });
}

it('the migration adding natural keys merges duplicates made before them; PostgreSQL refuses new ones', async () => {
  db = await persistentDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, LCS_DATA_DIR: db.dataDir }).db;
  const before = migrationsBefore();
  expect(readdirSync(join(work, 'iam')).some((f) => NEW_MIGRATION.test(f.replace(/\.sql$/, '')))).toBe(false);

  // a database as concurrent writes left it before the keys: three copies of one user (and one deleted
  // copy, which stays as it is), each with the grant made for it; two copies of one visit; two visits
  // without an external id (no key value: both stay)
  const old = await openDatabase({ ...config, autovacuumIntervalMs: 0 }, before);
  try {
    await rows(old, sql`insert into iam.role (tenant_id, id, tss_id) values ('t1', 5000, 'R1')`);
    await rows(
      old,
      sql`insert into iam."user" (tenant_id, id, tss_id, deleted) values
        ('t1', 5010, 'U1', false), ('t1', 5011, 'U1', false), ('t1', 5012, 'U1', false), ('t1', 5009, 'U1', true),
        ('t1', 5014, 'U2', false)`,
    );
    await rows(old, sql`insert into iam."user" (tenant_id, id, tss_id) values ('t2', 5013, 'U1')`, 't2');
    await rows(
      old,
      sql`insert into iam.role_assignment (tenant_id, id, user_id, role_id, provider_unit_id, user_tss_id, role_tss_id)
        values ('t1', 5020, 5010, 5000, null, 'U1', 'R1'), ('t1', 5021, 5011, 5000, null, 'U1', 'R1'),
        ('t1', 5022, 5012, 5000, 7000, 'U1', 'R1'), ('t1', 5023, 5014, 5000, null, 'U2', 'R1')`,
    );
    await rows(
      old,
      sql`insert into provider.reported_visit (tenant_id, id, external_id, reporting_system) values
        ('t1', 5030, 'V1', 'app'), ('t1', 5031, 'V1', 'app'), ('t1', 5032, 'V1', 'other'),
        ('t1', 5033, null, 'app'), ('t1', 5034, null, 'app')`,
    );
  } finally {
    await old.close();
  }

  open = await openDatabase(
    { ...config, autovacuumIntervalMs: 0 },
    SUBGRAPHS.map((d) => d.migrations),
  );
  const users = await rows(open, sql`select id, deleted from iam."user" where tenant_id = 't1' order by id`);
  expect(users.map((u) => [u.id, u.deleted])).toEqual([
    [5009, true],
    [5010, false], // the first made of t1's U1 stays
    [5011, true],
    [5012, true],
    [5014, false],
  ]);
  // another tenant's U1 is another user
  expect(await rows(open, sql`select id, deleted from iam."user" where tenant_id = 't2'`, 't2')).toEqual([
    { id: 5013, deleted: false },
  ]);
  const grants = await rows(
    open,
    sql`select id, user_id, provider_unit_id, deleted from iam.role_assignment order by id`,
  );
  // the merged users' grants point at the user kept; the same grant twice is one
  expect(grants.map((g) => [g.id, g.user_id, g.provider_unit_id, g.deleted])).toEqual([
    [5020, 5010, null, false],
    [5021, 5010, null, true],
    [5022, 5010, 7000, false],
    [5023, 5014, null, false],
  ]);
  const visits = await rows(open, sql`select id, deleted from provider.reported_visit order by id`);
  expect(visits.map((v) => [v.id, v.deleted])).toEqual([
    [5030, false],
    [5031, true],
    [5032, false],
    [5033, false],
    [5034, false],
  ]);
  // the migration lifted row-level security from the tables it changed; the start forces it again
  const forced = await rows(
    open,
    sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('iam', 'provider') and c.relname in ('user', 'role_assignment', 'reported_visit')
        and c.relforcerowsecurity`,
  );
  expect(forced).toHaveLength(3);

  // the backstop: a second live row of a key is refused by PostgreSQL (a 409 CONFLICT at the API, failure.ts)
  const refused = async (query: Query) => {
    const e = await rows(open!, query).then(
      () => undefined,
      (err: unknown) => err as { code?: string; cause?: { code?: string } },
    );
    return e?.code ?? e?.cause?.code;
  };
  expect(await refused(sql`insert into iam."user" (tenant_id, tss_id) values ('t1', 'U1')`)).toBe('23505');
  expect(
    await refused(sql`insert into iam.role_assignment (tenant_id, user_id, role_id, user_tss_id, role_tss_id)
      values ('t1', 5010, 5000, 'U1', 'R1')`),
  ).toBe('23505');
  expect(
    await refused(sql`insert into provider.reported_visit (tenant_id, external_id, reporting_system)
      values ('t1', 'V1', 'app')`),
  ).toBe('23505');
  // a deleted row holds no key; a visit without an external id holds none either
  expect(await refused(sql`insert into iam."user" (tenant_id, tss_id, deleted) values ('t1', 'U1', true)`)).toBe(
    undefined,
  );
  expect(
    await refused(sql`insert into provider.reported_visit (tenant_id, reporting_system) values ('t1', 'app')`),
  ).toBe(undefined);
});
