/**
 * The PostgreSQL driver (postgres.js 3.4.9, patched: patches/postgres@3.4.9.patch) does not leave a
 * query waiting forever when its connection goes away under a transaction: the transaction's next
 * statement fails (CONNECTION_CLOSED and kin, which callers answer as 503 "the database is
 * unavailable"), and the pool serves the next query on a new connection. An unnamed statement whose
 * parameters are plain scalars goes in one round trip (no Describe first), and its values arrive as
 * they did with one. A settled query leaves nothing that makes V8's young-generation collections keep
 * it (every statement since the previous collection used to survive and be promoted:
 * bench/gc-survivors.ts). PostgreSQL project only.
 */
import { createHash } from 'node:crypto';
import { Socket } from 'node:net';
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import postgres from 'postgres';
import { afterAll, describe, expect, it, vi } from 'vitest';
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

describe.skipIf(DB_KIND !== 'postgres')('postgres.js: unnamed statements with plain scalar parameters', () => {
  // as drizzle runs every statement: unsafe(), unnamed (prepare false), on a reserved connection
  const sql = postgres(PG_ADMIN_URL, { max: 1, prepare: false, onnotice: () => {} });
  afterAll(() => sql.end({ timeout: 1 }));

  /** The socket writes `fn` makes (each is a message batch; a round trip needs at least one). */
  async function writesOf<T>(fn: () => Promise<T>): Promise<{ value: T; writes: number }> {
    await sql`select 1`; // connected
    const original = Socket.prototype.write;
    let writes = 0;
    Socket.prototype.write = function (this: Socket, ...a: Parameters<Socket['write']>) {
      writes++;
      return original.apply(this, a);
    } as Socket['write'];
    try {
      return { value: await fn(), writes };
    } finally {
      Socket.prototype.write = original;
    }
  }

  it('sends parse, bind and execute together, and the server infers the types as it did', async () => {
    const { value, writes } = await writesOf(() =>
      sql.unsafe(
        `select $1::int + $2 as sum, $3::text as s, $4::boolean as b, $5::timestamptz as t,
                $6::int is null as n, $7::bigint as big, ($8 = 'true'::boolean) as b2, $9::numeric * 2 as num`,
        [40, 2, "it's", true, '2026-12-04T10:00:00Z', null, 2n ** 40n, 'true', 1.25] as never[],
      ),
    );
    expect(writes).toBe(1); // before the patch: a Parse/Describe, then the Bind/Execute when described
    expect(value[0]).toMatchObject({
      sum: 42,
      s: "it's",
      b: true,
      n: true,
      big: String(2 ** 40),
      b2: true,
      num: '2.50',
    });
    expect(new Date(value[0]!.t as string).toISOString()).toBe('2026-12-04T10:00:00.000Z');
  });

  it('describes first when a parameter is an array or an object, and serializes it by the server types', async () => {
    const { value, writes } = await writesOf(() =>
      sql.unsafe('select $1::int[] as xs, 3 = any($1) as has3, $2::jsonb as j', [[1, 2, 3], { a: 1 }] as never[]),
    );
    expect(writes).toBe(2);
    expect(value[0]).toMatchObject({ xs: [1, 2, 3], has3: true, j: { a: 1 } });
  });

  it('a transaction’s first statements go with its begin: one write, then one for the commit', async () => {
    const { value, writes } = await writesOf(() =>
      sql.begin(async (t) => {
        // sent now, not awaited (as TenantScope sends the tenant setting before the first read)
        const setting = t.unsafe(`select set_config('app.probe', $1, true)`, ['x'] as never[]).execute();
        const [row] = await t.unsafe(
          `select current_setting('app.probe') as probe, now() = statement_timestamp() as x`,
        );
        await setting;
        return row;
      }),
    );
    expect(writes).toBe(2); // before the patch: begin, then its statements once it was answered, then commit
    expect(value).toMatchObject({ probe: 'x' });
  });

  it('transactions pipelined behind their begin keep their own settings, roll back and commit as before', async () => {
    const pool = postgres(PG_ADMIN_URL, { max: 2, prepare: false, onnotice: () => {} });
    const table = `lcs_driver_probe_${process.pid}`;
    try {
      await pool.unsafe(`create table if not exists ${table} (n int)`);
      await pool.unsafe(`truncate ${table}`);
      // more transactions than connections: some take a free connection at once, some wait for one
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) =>
          pool.begin(async (t) => {
            void t.unsafe(`select set_config('app.probe', $1, true)`, [String(i)] as never[]).execute();
            await t.unsafe(`insert into ${table} values ($1)`, [i] as never[]);
            const [row] = await t.unsafe(`select current_setting('app.probe') as probe`);
            if (i % 3 === 0) throw new Error(`rolled back ${i}`);
            return row!.probe as string;
          }),
        ),
      );
      outcomes.forEach((o, i) => {
        if (i % 3 === 0) expect(o).toMatchObject({ status: 'rejected', reason: { message: `rolled back ${i}` } });
        else expect(o).toEqual({ status: 'fulfilled', value: String(i) });
      });
      const kept = await pool.unsafe(`select n from ${table} order by n`);
      expect(kept.map((r) => r.n)).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
      // outside a transaction the setting is gone: each was local to its own
      expect((await pool.unsafe(`select current_setting('app.probe', true) as p`))[0]!.p || '').toBe('');
    } finally {
      await pool.unsafe(`drop table if exists ${table}`).catch(() => undefined);
      await pool.end({ timeout: 1 });
    }
  });

  it('a statement after one that failed in a transaction fails with it, and the pool serves on', async () => {
    const outcome = await sql
      .begin(async (t) => {
        const first = t.unsafe('select $1::int as n', ['not a number'] as never[]);
        const second = t.unsafe('select $1::text as s', ['x'] as never[]);
        return Promise.allSettled([first, second]);
      })
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as { code?: string }).code).toBe('22P02'); // invalid input syntax for type integer
    expect(await sql.unsafe('select $1::int as n', [7] as never[])).toMatchObject([{ n: 7 }]);
  });
});

describe.skipIf(DB_KIND !== 'postgres')('postgres.js: settled statements are garbage at once', () => {
  const sql = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  afterAll(() => sql.end({ timeout: 1 }));

  it('a query keeps no closure over its settling functions (resolve and reject are methods)', async () => {
    const q = sql`select 1 as one`;
    expect(Object.hasOwn(q, 'resolve') || Object.hasOwn(q, 'reject')).toBe(false);
    expect(await q).toMatchObject([{ one: 1 }]);
  });

  /**
   * Statements run back to back until `want` young collections have run (at most `ms`): how many ran
   * and what they kept (the median: one collection that finds the worker's own work in flight does not
   * decide). Counted by collections, not by time, so that a busy machine (fewer statements per second)
   * still gives enough of them to judge.
   */
  async function youngKept(step: (n: number) => Promise<unknown>, want: number, ms: number) {
    for (let n = 0; n < 200; n++) await step(n); // warm
    let minors = 0;
    const seen = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[])
        if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) minors++;
    });
    seen.observe({ entryTypes: ['gc'] });
    const profiler = new v8.GCProfiler();
    profiler.start();
    const until = Date.now() + ms;
    let n = 0;
    try {
      while (minors < want && Date.now() < until) await step(n++);
    } finally {
      seen.disconnect();
    }
    const young = profiler.stop().statistics.filter((s) => s.gcType === 'Scavenge');
    const kept = young
      .map((s) => s.afterGC.heapSpaceStatistics.find((x) => x.spaceName === 'new_space')!.spaceUsedSize / 1024)
      .sort((a, b) => a - b);
    return { collections: young.length, keptKb: kept[kept.length >> 1] ?? NaN, all: kept.map(Math.round) };
  }

  // Before the driver's patch each young collection kept every statement since the previous one:
  // 2.1–2.4 MB for these loops (a collection every ~2,000 statements); now 70–130 KB. The bound is
  // far from both, so that a regression shows and the worker's own allocations do not.
  it.each([
    ['statements on the pool', (n: number) => sql`select ${n}::int as x, 'abc' as y`],
    ['a transaction per statement', (n: number) => sql.begin((t) => t`select ${n}::int as x, 'abc' as y`)],
  ])('%s: young collections keep well under 1 MB', async (_name, step) => {
    const r = await youngKept(step, 9, 40_000);
    expect(r.collections).toBeGreaterThanOrEqual(9); // enough collections to judge
    expect(r.keptKb, `KB kept by each young collection: ${r.all.join(', ')}`).toBeLessThan(800);
  });
});

describe.skipIf(DB_KIND !== 'postgres')('postgres.js: results that span socket reads', () => {
  const sql = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  afterAll(() => sql.end({ timeout: 1 }));

  /** What `fn` makes Buffer.concat copy, in bytes (the driver joins a message split between reads). */
  async function concatBytes<T>(fn: () => Promise<T>): Promise<{ value: T; bytes: number }> {
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      const value = await fn();
      return { value, bytes: concat.mock.results.reduce((n, r) => n + (r.value as Buffer).length, 0) };
    } finally {
      concat.mockRestore();
    }
  }

  // Before the patch every read that ended inside a row was copied whole into the next one (a page
  // of rows was copied once more, in page-sized buffers that V8 counts as external memory and that
  // trigger full collections); now only the rows split between two reads are.
  it('a large result arrives whole, and only the rows split between reads are copied', async () => {
    const rows = 4000;
    const { value, bytes } = await concatBytes(
      () => sql<{ n: number; t: string }[]>`select g as n, repeat(chr(65 + g % 26), 200 + g % 300) as t
        from generate_series(1, ${rows}) g`,
    );
    expect(value).toHaveLength(rows);
    let size = 0;
    for (const [i, r] of value.entries()) {
      const g = i + 1;
      expect(r.n).toBe(g);
      expect(r.t).toBe(String.fromCharCode(65 + (g % 26)).repeat(200 + (g % 300)));
      size += r.t.length;
    }
    expect(size).toBeGreaterThan(1_000_000); // many socket reads
    expect(bytes).toBeLessThan(size / 10);
  });

  it('a value larger than any one read arrives whole, and the statement after it too', async () => {
    const [big] = await sql<{ t: string; md5: string }[]>`select repeat('ab', 400000) || 'z' as t,
      md5(repeat('ab', 400000) || 'z') as md5`;
    expect(big!.t).toHaveLength(800_001);
    expect(createHash('md5').update(big!.t).digest('hex')).toBe(big!.md5);
    expect(await sql`select 2 as two`).toMatchObject([{ two: 2 }]);
  });
});
