/**
 * postgres.js behind PgBouncer 1.18 in transaction mode, as the platform configures it (POOLED:
 * no named prepared statements, no pipelining). A parameterised query without a prepared statement
 * goes out as Parse/Describe/Flush; with pipelining it could be sent behind another query's Sync,
 * reach a server PgBouncer released at that query's ReadyForQuery, lose its answer and wait
 * forever (pgbouncer/pgbouncer#759) — the ~60 s stalls the multi-process test saw after a kill and
 * in the flood. Each round sends a query without parameters and one with, at once, on one
 * connection: the platform's options never stall; the driver's defaults do when the parameter is
 * an array (the control shows the test can see the stall). A statement whose parameters are plain
 * scalars is no longer described first (patches/postgres@3.4.9.patch: Parse, Describe, Bind,
 * Execute and Sync go together), so it does not stall even pipelined.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POOLED } from '@lcs/platform';
import { startPgBouncer, startPostgres } from './infra.ts';

let pg: Awaited<ReturnType<typeof startPostgres>>;
let pgb: Awaited<ReturnType<typeof startPgBouncer>>;

beforeAll(async () => {
  pg = await startPostgres();
  pgb = await startPgBouncer(pg.port, { poolSize: 2 });
}, 120_000);
afterAll(async () => {
  await pgb?.stop();
  await pg?.stop();
});

/** The parameterised query of a round: a plain scalar parameter, or an array (described first). */
const withParameter = {
  scalar: (sql: postgres.Sql, i: number) => sql.unsafe('select $1::text as p', [`round ${i}`]),
  array: (sql: postgres.Sql, i: number) => sql.unsafe('select $1::text[] as p', [[`round ${i}`]] as never[]),
};

/** The first round (of `rounds`) whose two queries had not both answered within 2 s, or -1. */
async function firstStall(
  options: Record<string, unknown>,
  rounds: number,
  parameter: keyof typeof withParameter,
): Promise<number> {
  const sql = postgres(pgb.url('lcs_owner'), { max: 1, onnotice: () => {}, ...options });
  try {
    for (let i = 0; i < rounds; i++) {
      const both = Promise.all([sql.unsafe('select 1'), withParameter[parameter](sql, i)]);
      const answered = await Promise.race([
        both.then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 2000)),
      ]);
      if (!answered) return i;
    }
    return -1;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

describe('postgres.js through PgBouncer in transaction mode', () => {
  it('with the platform’s options (POOLED), 300 rounds of a query behind another never stall', async () => {
    expect(await firstStall(POOLED, 300, 'array')).toBe(-1);
    expect(await firstStall(POOLED, 300, 'scalar')).toBe(-1);
  }, 120_000);

  it('control: with the driver’s default pipelining the same rounds stall (an array parameter)', async () => {
    expect(await firstStall({ prepare: false }, 300, 'array')).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('plain scalar parameters go in one batch, so even pipelined the rounds never stall', async () => {
    expect(await firstStall({ prepare: false }, 300, 'scalar')).toBe(-1);
  }, 120_000);
});
