/**
 * The PostgreSQL driver (postgres.js 3.4.9, patched: patches/postgres@3.4.9.patch) does not leave a
 * query waiting forever when its connection goes away under a transaction: the transaction's next
 * statement fails (CONNECTION_CLOSED and kin, which callers answer as 503 "the database is
 * unavailable"), and the pool serves the next query on a new connection. PostgreSQL project only.
 */
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_KIND, PG_ADMIN_URL } from './helpers/stack.ts';

const settled = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p.then(
      (v) => ({ state: 'resolved' as const, v }),
      (e: unknown) => ({ state: 'rejected' as const, e }),
    ),
    new Promise<{ state: 'pending' }>((r) => setTimeout(() => r({ state: 'pending' }), ms)),
  ]);

describe.skipIf(DB_KIND !== 'postgres')('postgres.js when a connection closes under a transaction', () => {
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  const sql = postgres(PG_ADMIN_URL, { max: 2, prepare: false, onnotice: () => {} });
  afterAll(async () => {
    await sql.end({ timeout: 1 });
    await admin.end({ timeout: 1 });
  });

  it('the next statement of the transaction fails, it does not wait forever; the pool serves on', async () => {
    const tx = sql.begin(async (t) => {
      const [row] = await t`select pg_backend_pid() as pid`;
      await admin`select pg_terminate_backend(${row!.pid as number})`;
      await new Promise((r) => setTimeout(r, 300)); // the close reaches the client
      await t`select 1 as one`;
    });
    const outcome = await settled(tx, 10_000);
    expect(outcome.state).toBe('rejected');
    const code = (outcome as { e: { code?: string } }).e.code;
    expect(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01']).toContain(code);
    // the pool reconnects: the next query is answered
    expect(await settled(sql`select 2 as two`, 10_000)).toMatchObject({ state: 'resolved' });
  });
});
