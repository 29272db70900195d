/**
 * `pnpm lcs env copy` (issue 17): one tenant from a PROD database to a UTB database, with personal
 * data purged. Asserted: no source identity number or name survives anywhere in the copied
 * tenant; relations hold (every row's client exists, a client's identity number on related rows is
 * the client's new one); clients with protected identity are gone with their rows; free text is
 * replaced; a rerun gives the same target; another tenant in the target is untouched; both sides
 * have an audit record. On PGlite (two data directories) and on PostgreSQL (two databases).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, subgraphKit, validIdentityNumber, type Database, type Row } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { progressBars, seedTenant } from '@lcs/cli/seed';
import { copyTenant, PURGED_TEXT } from '@lcs/cli/env-copy';
import { DB_KIND, testDatabase, type TenantTx, type TestDatabase } from './helpers/stack.ts';

const migrations = SUBGRAPHS.map((d) => d.migrations);
const TABLES = SUBGRAPHS.flatMap((d) => subgraphKit(d).model.entities.map((e) => `${d.name}.${e.table}`));
const quiet = progressBars(false);

let dir: string;
let dbs: TestDatabase[] = [];
let from: string;
let to: string;

const spec = (x: string) => (x.startsWith('postgres') ? { url: x } : { dataDir: x });
async function withDb<T>(x: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(spec(x), migrations);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
const inTenant = <T>(db: Database, tenant: string, fn: (tx: TenantTx) => Promise<T>) =>
  db.app.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    return fn(tx);
  });
/** Every row of the tenant in every entity table, as JSON text per table (the copy's whole content). */
const dump = (x: string, tenant: string) =>
  withDb(x, (db) =>
    inTenant(db, tenant, async (tx) => {
      const out: Record<string, string> = {};
      for (const t of TABLES)
        out[t] = JSON.stringify(rowsOf(await tx.execute(sql.raw(`select * from ${t} order by id`))));
      return out;
    }),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lcs-env-copy-'));
  if (DB_KIND === 'postgres') {
    dbs = [await testDatabase('postgres'), await testDatabase('postgres')];
    [from, to] = [dbs[0]!.url!, dbs[1]!.url!];
  } else {
    [from, to] = [join(dir, 'prod'), join(dir, 'utb')];
  }
  await withDb(from, async (db) => {
    for (const tenant of ['demo', 'other']) await seedTenant(db.app, { tenant, clients: 14, historyMonths: 1 }, quiet);
    // a client with protected identity, and free text to be purged
    await inTenant(db, 'demo', (tx) =>
      tx.execute(
        sql`update care.client set protected_registration = true where id = (select min(id) from care.client)`,
      ),
    );
  });
  // the target already holds another tenant (a copy of it, as a UTB made from PROD would)
  await copyTenant({ tenant: 'other', from, to, purge: false, progress: quiet });
}, 600_000);

afterAll(async () => {
  for (const d of dbs) await d.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`env copy on ${DB_KIND}`, () => {
  it('copies a tenant purged of personal data: none survives, relations hold, reruns agree', async () => {
    const otherBefore = await dump(to, 'other');
    const source = await withDb(from, (db) =>
      inTenant(db, 'demo', async (tx) => ({
        clients: rowsOf<{
          id: number;
          person_id: string | null;
          first_name: string | null;
          last_name: string | null;
          full_name: string | null;
          protected_registration: boolean;
        }>(
          await tx.execute(
            sql`select id, person_id, first_name, last_name, full_name, coalesce(protected_registration, false) or
              coalesce(is_confidential, false) as protected_registration from care.client order by id`,
          ),
        ),
        relatives: rowsOf<{ person_id: string | null; full_name: string | null; last_name?: undefined }>(
          await tx.execute(sql`select person_id, full_name from care.relative`),
        ),
        users: rowsOf<Row>(await tx.execute(sql`select * from iam.user`)),
        notes: rowsOf<{ text: string }>(
          await tx.execute(sql`select text from care.general_note where text is not null`),
        ),
        executions: rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from provider.execution`))[0]!
          .n,
      })),
    );
    const protectedIds = source.clients.filter((c) => c.protected_registration).map((c) => Number(c.id));
    expect(protectedIds.length).toBeGreaterThan(0);

    const r = await copyTenant({ tenant: 'demo', from, to, purge: true, progress: quiet });
    expect(r.droppedProtectedClients).toBe(protectedIds.length);
    expect(r.purgedValues).toBeGreaterThan(source.clients.length);
    const copy = await dump(to, 'demo');
    const text = Object.values(copy).join('\n');

    // no source identity number or name survives, anywhere in the tenant's tables
    const secrets = new Set<string>();
    for (const c of [...source.clients, ...source.relatives]) {
      if (c.person_id) secrets.add(c.person_id);
      if (c.full_name) secrets.add(c.full_name);
      if (c.last_name) secrets.add(c.last_name);
    }
    for (const u of source.users)
      for (const k of ['person_id', 'full_name', 'last_name'])
        if (typeof u[k] === 'string' && u[k].length > 3) secrets.add(u[k]);
    expect(secrets.size).toBeGreaterThan(20);
    const survivors = [...secrets].filter((v) => text.includes(v));
    expect(survivors).toEqual([]);
    for (const n of source.notes) if (n.text.length > 12) expect(text).not.toContain(n.text);

    await withDb(to, (db) =>
      inTenant(db, 'demo', async (tx) => {
        const clients = rowsOf<{
          id: number;
          person_id: string;
          first_name: string | null;
          last_name: string | null;
          full_name: string | null;
        }>(await tx.execute(sql`select id, person_id, first_name, last_name, full_name from care.client`));
        expect(clients.length).toBe(source.clients.length - protectedIds.length);
        expect(clients.some((c) => protectedIds.includes(Number(c.id)))).toBe(false);
        for (const c of clients) {
          expect(validIdentityNumber(c.person_id)).toBe(true);
          expect(c.full_name).toBe(`${c.first_name} ${c.last_name}`);
        }
        // relations: every execution's and order's client exists, with the same (new) identity number
        const orphans = rowsOf<{ n: number }>(
          await tx.execute(
            sql`select count(*)::int as n from provider.execution e where e.client_id is not null and not exists
              (select 1 from care.client c where c.id = e.client_id)`,
          ),
        )[0]!.n;
        expect(orphans).toBe(0);
        const mismatched = rowsOf<{ n: number }>(
          await tx.execute(
            sql`select count(*)::int as n from care."order" d join care.client c on c.id = d.client_id where
              d.person_id is distinct from c.person_id`,
          ),
        )[0]!.n;
        expect(mismatched).toBe(0);
        const executions = rowsOf<{ n: number }>(
          await tx.execute(sql`select count(*)::int as n from provider.execution`),
        )[0]!.n;
        expect(executions).toBeGreaterThan(0);
        expect(executions).toBeLessThanOrEqual(source.executions);
        const notes = rowsOf<{ text: string }>(
          await tx.execute(sql`select distinct text from care.general_note where text is not null`),
        );
        expect(notes.map((n) => n.text)).toEqual(notes.length ? [PURGED_TEXT] : []);
        // the protected-client registry holds nothing of the dropped clients
        expect(
          rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from platform.protected_client`))[0]!.n,
        ).toBe(0);
        const audit = rowsOf(
          await tx.execute(sql`select activity from platform.audit_log where activity = 'EnvironmentCopyIn'`),
        );
        expect(audit.length).toBeGreaterThan(0);
      }),
    );
    await withDb(from, (db) =>
      inTenant(db, 'demo', async (tx) => {
        expect(
          rowsOf<{ n: number }>(
            await tx.execute(
              sql`select count(*)::int as n from platform.audit_log where activity = 'EnvironmentCopyOut'`,
            ),
          )[0]!.n,
        ).toBeGreaterThan(0);
      }),
    );

    // idempotent: a rerun gives exactly the same tenant; the other tenant is untouched throughout
    await copyTenant({ tenant: 'demo', from, to, purge: true, progress: quiet });
    expect(await dump(to, 'demo')).toEqual(copy);
    expect(await dump(to, 'other')).toEqual(otherBefore);
  }, 480_000); // opens each database several times (PGlite: seconds each, more on a loaded machine)

  it('refuses a tenant the source does not have, and changes nothing', async () => {
    await expect(copyTenant({ tenant: 'nosuch', from, to, purge: true, progress: quiet })).rejects.toThrow(
      /no data in the source/,
    );
  }, 240_000);
});
