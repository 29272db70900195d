/**
 * The running platform's PGlite served to local tools (pglite-local.ts) keeps the tools' work and
 * the platform's apart on PGlite's one shared session: a tool's statement never runs inside a
 * platform transaction, the platform never runs inside a tool's transaction, and a tool cannot
 * leave the session running as another role. Proved by what each side SEES (an uncommitted row is
 * visible to anything run inside the same transaction), not by timing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { serveLocal, type LocalAccess } from './pglite-local.ts';

let pg: PGlite;
let dir: string;
let local: LocalAccess;
let tool: postgres.Sql;
const count = async () => Number((await pg.query<{ n: number }>('select count(*)::int as n from t')).rows[0]!.n);

beforeAll(async () => {
  pg = new PGlite();
  await pg.exec('create role lcs_app; create table t (x int); grant all on t to lcs_app; set role lcs_app');
  dir = mkdtempSync(join(tmpdir(), 'lcs-local-'));
  local = await serveLocal(pg, join(dir, 'db.sock'), 'lcs_app', () => {});
  tool = postgres({
    path: local.socket,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    prepare: false,
    onnotice: () => {},
  });
}, 60_000);
afterAll(async () => {
  await tool?.end({ timeout: 1 });
  await local?.close();
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a local tool on the running platform's PGlite", () => {
  it("runs as the platform's app role", async () => {
    expect((await tool`select current_user as u`)[0]!.u).toBe('lcs_app');
  });

  it('never runs inside a platform transaction: it waits, then sees only committed rows', async () => {
    const events: string[] = [];
    let release!: () => void;
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    const platform = pg.transaction(async (tx) => {
      await tx.query('insert into t values (1)');
      opened();
      await new Promise<void>((r) => (release = r));
      events.push('platform rolls back');
      await tx.rollback();
    });
    await isOpen;
    const seen = tool`select count(*)::int as n from t`.then((r) => events.push(`tool sees ${r[0]!.n}`));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([platform, seen]);
    expect(events).toEqual(['platform rolls back', 'tool sees 0']);
  });

  it("the platform never runs inside a tool's transaction: it waits, then sees only committed rows", async () => {
    const events: string[] = [];
    let release!: () => void;
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    const toolTx = tool
      .begin(async (sql) => {
        await sql`insert into t values (2)`;
        opened();
        await new Promise<void>((r) => (release = r));
        events.push('tool rolls back');
        throw new Error('undo');
      })
      .catch(() => {});
    await isOpen;
    const seen = count().then((n) => events.push(`platform sees ${n}`));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    release();
    await Promise.all([toolTx, seen]);
    expect(events).toEqual(['tool rolls back', 'platform sees 0']);
  });

  it("a tool's committed write is seen by the platform at once", async () => {
    await tool`insert into t values (3)`;
    expect(await count()).toBe(1);
  });

  it('a tool cannot leave the session as another role: the app role is restored after each statement', async () => {
    await tool.unsafe('reset role');
    expect((await pg.query<{ u: string }>('select current_user as u')).rows[0]!.u).toBe('lcs_app');
    // and the owner role is reachable only inside a tool's own transaction (SET LOCAL)
    const inside = await tool.begin(async (sql) => {
      await sql`set local role postgres`;
      return (await sql`select current_user as u`)[0]!.u;
    });
    expect(inside).toBe('postgres');
    expect((await pg.query<{ u: string }>('select current_user as u')).rows[0]!.u).toBe('lcs_app');
  });
});
