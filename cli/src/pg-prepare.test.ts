/**
 * `pnpm test` / `pnpm bench` prepare PostgreSQL themselves (pg-prepare.ts): against a FRESH
 * cluster of the test's own (initdb on a free port; no lcs roles, no lcs database), preparing
 * creates the roles and the database, a second run changes nothing, and the platform then
 * migrates as lcs_owner and serves as lcs_app (row-level security on: the app role sees only its tenant).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '@lcs/platform';
import { preparePostgres } from './pg-prepare.ts';
import { SUBGRAPHS } from './subgraphs.ts';
import { startPgCluster, type PgCluster } from '../../tests/helpers/pg-cluster.ts';

let pg: PgCluster;
beforeAll(async () => {
  pg = await startPgCluster('postgres');
}, 120_000);
afterAll(async () => {
  await pg?.destroy();
}, 60_000);

describe('preparing a fresh PostgreSQL', () => {
  it('creates lcs_owner, lcs_app and lcs on a fresh cluster, idempotently', async () => {
    const su = postgres(pg.urlFor('postgres', 'postgres'), { max: 1, onnotice: () => {} });
    try {
      expect(await su`select rolname from pg_roles where rolname like 'lcs%'`).toHaveLength(0);
      const logs: string[] = [];
      const first = await preparePostgres(pg.urlFor('lcs_owner', 'lcs'), { log: (m) => logs.push(m) });
      expect(first.created.sort()).toEqual(['database lcs', 'role lcs_app', 'role lcs_owner']);
      expect(logs.join('\n')).toContain('prepared');
      const roles = await su`
        select rolname, rolcanlogin, rolcreatedb, rolsuper, rolbypassrls
        from pg_roles where rolname like 'lcs%' order by rolname`;
      expect(roles.map((r) => ({ ...r }))).toEqual([
        { rolname: 'lcs_app', rolcanlogin: true, rolcreatedb: false, rolsuper: false, rolbypassrls: false },
        { rolname: 'lcs_owner', rolcanlogin: true, rolcreatedb: true, rolsuper: false, rolbypassrls: false },
      ]);
      expect(await su`select pg_get_userbyid(datdba) as owner from pg_database where datname = 'lcs'`).toEqual([
        { owner: 'lcs_owner' },
      ]);
      const again = await preparePostgres(pg.urlFor('lcs_owner', 'lcs'), { log: (m) => logs.push(m) });
      expect(again).toEqual({ created: [], startedCluster: false });
    } finally {
      await su.end();
    }
  });

  it('the prepared roles run the platform: migrations as the owner, requests as the app role under RLS', async () => {
    const db = await openDatabase(
      { url: pg.urlFor('lcs_owner', 'lcs'), appRole: 'lcs_app' },
      SUBGRAPHS.map((d) => d.migrations),
    );
    try {
      const who = rowsOf<{ u: string }>(await db.app.execute(sql`select current_user as u`))[0];
      expect(who?.u).toBe('lcs_app');
      // no tenant set: row-level security shows nothing, and the app role cannot bypass it
      expect(rowsOf<{ n: number }>(await db.app.execute(sql`select count(*)::int as n from iam.tenant`))[0]?.n).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('refuses with a message saying what to do when no server answers', async () => {
    await expect(preparePostgres('postgres://lcs_owner@127.0.0.1:1/lcs', { log: () => {} })).rejects.toThrow(
      /no PostgreSQL answers on 127\.0\.0\.1:1.*create them once as a superuser/,
    );
  });
});
