/**
 * The schema can be distributed by tenant (Citus, docs/scale-out.md): after every migration, each
 * table of the platform's schemas has tenant_id, every primary key and unique index contains it,
 * and every foreign key matches tenant_id to tenant_id. Read from pg_catalog of the migrated
 * database (PGlite, or a fresh PostgreSQL database). A probe table with an id-only key shows that
 * the check finds what it must.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { testDatabase, type TestDatabase } from './helpers/stack.ts';

/**
 * Tables that would be Citus reference tables (no tenant_id): the installation's operations data,
 * the same for every customer (service windows, the maintenance switch, incidents; issue 17), and
 * the credential generation (one count the facades poll, moved by every tenant's credential changes).
 */
const REFERENCE_TABLES: string[] = [
  'platform.service_window',
  'platform.maintenance',
  'platform.incident',
  'platform.incident_update',
  'iam.credential_generation',
];

let tdb: TestDatabase;
let db: Database;
const schemas = ['platform', ...SUBGRAPHS.map((d) => d.migrations.schema)];

beforeAll(async () => {
  tdb = await testDatabase();
  db = await openDatabase(
    { url: tdb.url },
    SUBGRAPHS.map((d) => d.migrations),
  );
});
afterAll(async () => {
  await db?.close();
  await tdb?.drop();
});

const list = (names: string[]): SQL =>
  sql.join(
    names.map((n) => sql`${n}`),
    sql`, `,
  );

/** Everything in `schemas` that keeps a table from being distributed by tenant_id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function violations(q: { execute(s: SQL): Promise<any> }, inSchemas: string[]): Promise<string[]> {
  const found: string[] = [];
  const tables = rowsOf<{ t: string; has_tenant: boolean }>(
    await q.execute(sql`
    select format('%s.%s', n.nspname, c.relname) as t,
           exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not
           a.attisdropped) as has_tenant
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in (${list(inSchemas)}) and c.relkind in ('r', 'p') and not c.relispartition
    order by 1`),
  );
  for (const r of tables)
    if (!r.has_tenant && !REFERENCE_TABLES.includes(r.t)) found.push(`${r.t}: no tenant_id column`);
  const keys = rowsOf<{ t: string; key: string; primary: boolean; cols: string }>(
    await q.execute(sql`
    select format('%s.%s', n.nspname, c.relname) as t, i.relname as key, x.indisprimary as primary,
           array_to_string(array(select coalesce(a.attname, '(expression)') from unnest(x.indkey::int2[]) with
           ordinality k(attnum, o)
                 left join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.o), ',') as cols
    from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid join pg_namespace n
    on n.oid = c.relnamespace
    where x.indisunique and n.nspname in (${list(inSchemas)}) and not c.relispartition
    order by 1, 2`),
  );
  for (const k of keys) {
    if (REFERENCE_TABLES.includes(k.t)) continue;
    if (!String(k.cols).split(',').includes('tenant_id'))
      found.push(`${k.t}: ${k.primary ? 'primary key' : 'unique index'} ${k.key} (${k.cols}) lacks tenant_id`);
  }
  const fks = rowsOf<{ name: string; t: string; ref: string; cols: string; ref_cols: string }>(
    await q.execute(sql`
    select f.conname as name, f.conrelid::regclass::text as t, f.confrelid::regclass::text as ref,
           array_to_string(array(select a.attname from unnest(f.conkey) with ordinality k(attnum, o) join pg_attribute
           a on a.attrelid = f.conrelid and a.attnum = k.attnum order by k.o), ',') as cols,
           array_to_string(array(select a.attname from unnest(f.confkey) with ordinality k(attnum, o) join
           pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.attnum order by k.o), ',') as ref_cols
    from pg_constraint f join pg_namespace n on n.oid = f.connamespace
    where f.contype = 'f' and n.nspname in (${list(inSchemas)}) order by 1`),
  );
  for (const f of fks) {
    if (REFERENCE_TABLES.includes(f.ref)) continue;
    const cols = String(f.cols).split(','),
      refCols = String(f.ref_cols).split(',');
    const i = cols.indexOf('tenant_id');
    if (i < 0 || refCols[i] !== 'tenant_id')
      found.push(
        `${f.t}: foreign key ${f.name} (${f.cols}) → ${f.ref} (${f.ref_cols}) does not match tenant_id to tenant_id`,
      );
  }
  return found;
}

describe('the schema is distributable by tenant', () => {
  it('covers every schema and a real number of tables and keys', async () => {
    const r = rowsOf<{ tables: number; primary_keys: number; schemas: number }>(
      await db.app.execute(sql`
      select count(*)::int as tables,
             (select count(*)::int from pg_index x join pg_class t on t.oid = x.indrelid join pg_namespace tn on
             tn.oid = t.relnamespace
               where x.indisprimary and tn.nspname in (${list(schemas)}) and not t.relispartition) as primary_keys,
             count(distinct n.nspname)::int as schemas
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in (${list(schemas)}) and c.relkind in ('r', 'p') and not c.relispartition`),
    )[0]!;
    expect(r.schemas).toBe(schemas.length);
    expect(r.tables).toBeGreaterThan(40);
    // every table has a primary key
    expect(r.primary_keys).toBe(r.tables);
  });

  it('every table has tenant_id in each primary and unique key and in each foreign key', async () => {
    expect(await violations(db.app, schemas)).toEqual([]);
  });

  it('finds an id-only key, a unique index and a foreign key without tenant_id', async () => {
    // A temporary schema (the app role may create temporary tables), in one transaction so the
    // pooled connection is the same throughout; rolled back at the end.
    let found: string[] = [];
    await db.app
      .transaction(async (tx) => {
        await tx.execute(
          sql.raw(
            `create temporary table probe_parent (id int primary key, tenant_id text not null, code text ` +
              `unique) on commit drop`,
          ),
        );
        await tx.execute(
          sql.raw(
            `create temporary table probe_child (tenant_id text not null, parent_id int references ` +
              `probe_parent (id), primary key (tenant_id, parent_id)) on commit drop`,
          ),
        );
        await tx.execute(sql.raw(`create temporary table probe_plain (note text) on commit drop`));
        const temp = rowsOf<{ nspname: string }>(
          await tx.execute(sql`select nspname from pg_namespace where oid = pg_my_temp_schema()`),
        )[0]!.nspname as string;
        found = (await violations(tx, [temp])).map((v) => v.replace(`${temp}.`, ''));
        tx.rollback();
      })
      .catch((e: Error) => {
        if (!/rollback/i.test(e.message)) throw e;
      });
    expect(found.sort()).toEqual([
      'probe_child: foreign key probe_child_parent_id_fkey (parent_id) → probe_parent (id) does not match ' +
        'tenant_id to tenant_id',
      'probe_parent: primary key probe_parent_pkey (id) lacks tenant_id',
      'probe_parent: unique index probe_parent_code_key (code) lacks tenant_id',
      'probe_plain: no tenant_id column',
    ]);
  });
});
