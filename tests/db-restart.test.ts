/**
 * The database goes away under load (a PostgreSQL restart: stop -m fast, then start) — on a
 * cluster of this test's own, never the shared server. Meanwhile every caller gets 503 with
 * Retry-After in seconds and a body saying so (a problem from the facade, a GraphQL error with
 * code UNAVAILABLE from the gateway), never a 500; `/readyz` says not ready; once the server is
 * back, the same connections' pools recover and answers are 200 again. PostgreSQL project only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { demoKey, facadeRequest } from './helpers/facade.ts';
import { startPgCluster, type PgCluster } from './helpers/pg-cluster.ts';

const INTERNALS = [
  /\bselect\s/i,
  /Failed query/i,
  /ECONNREFUSED/,
  /\n\s*at\s/,
  /node_modules/,
  /terminating connection/i,
];

interface Seen {
  status: number;
  /** The database's phase when the answer came. */
  phase?: 'up' | 'down' | 'back';
  /** When the request was sent and answered (Date.now()). */
  startedAt?: number;
  endedAt?: number;
  retryAfter?: string;
  body: string;
  kind: 'facade' | 'gateway';
}

let pg: PgCluster;
let s: TestStack;

describe.skipIf(DB_KIND !== 'postgres')('database restart under load (own PostgreSQL cluster)', () => {
  beforeAll(async () => {
    pg = await startPgCluster();
    s = await startTestStack({
      kind: 'postgres',
      pgAdminUrl: pg.url,
      clients: 6,
      tenants: ['demo'],
      // the workers loop as fast as answers come (503s come fast): the key's rate limit is not under test here
      fairShare: { defaults: { ratePerMinute: 1_000_000, burst: 100_000 } },
    });
  });
  afterAll(async () => {
    try {
      // cleanup is bounded, so the cluster is always stopped and removed
      await Promise.race([s?.close().catch(() => {}), new Promise((r) => setTimeout(r, 120_000).unref())]);
    } finally {
      await pg?.destroy();
    }
  }, 300_000);

  const gatewayOrigin = () => new URL(s.gatewayUrl).origin;

  async function facadeCall(): Promise<Seen> {
    const r = await facadeRequest(`${s.facadeUrl}/api/v1/clients?domain=demo&limit=3`, {
      headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', '8873') },
    });
    return {
      kind: 'facade',
      status: r.status,
      retryAfter: r.headers['retry-after'] as string | undefined,
      body: r.body.toString('utf8'),
    };
  }
  async function gatewayCall(): Promise<Seen> {
    const r = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo' },
      body: JSON.stringify({ query: '{ clients(first: 3) { nodes { id } } executions(first: 2) { nodes { id } } }' }),
    });
    return {
      kind: 'gateway',
      status: r.status,
      retryAfter: r.headers.get('retry-after') ?? undefined,
      body: await r.text(),
    };
  }

  it('answers 503 + Retry-After (never 500) while the database is down, is not ready, and recovers', async () => {
    expect((await facadeCall()).status).toBe(200);
    expect((await gatewayCall()).status).toBe(200);
    expect((await fetch(`${gatewayOrigin()}/readyz`)).status).toBe(200);

    const seen: Seen[] = [];
    let phase: 'up' | 'down' | 'back' = 'up';
    let running = true;
    const worker = async (call: () => Promise<Seen>) => {
      while (running) {
        const startedAt = Date.now();
        seen.push({ ...(await call()), phase, startedAt, endedAt: Date.now() });
      }
    };
    const workers = [facadeCall, gatewayCall, facadeCall, gatewayCall].map(worker);
    // under load: let some requests succeed first
    while (seen.filter((x) => x.status === 200).length < 20) await new Promise((r) => setTimeout(r, 20));

    console.log('db-restart: stopping', seen.length);
    await pg.stop();
    phase = 'down';
    console.log('db-restart: stopped', seen.length);
    // while it is down: both surfaces answer 503 (counted, not timed), and /readyz is not ready
    const downFrom = seen.length;
    // (or, failing, at most 200 other answers: a 500 instead of 503 ends the wait and fails below)
    while (
      (seen.slice(downFrom).filter((x) => x.status === 503 && x.kind === 'facade').length < 10 ||
        seen.slice(downFrom).filter((x) => x.status === 503 && x.kind === 'gateway').length < 10) &&
      seen.length - downFrom < 200
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect([...new Set(seen.slice(downFrom).map((x) => x.status))].filter((x) => x !== 200 && x !== 503)).toEqual([]);
    const ready = await fetch(`${gatewayOrigin()}/readyz`);
    expect(ready.status).toBe(503);
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await ready.json()).status).toBe('unavailable');

    console.log('db-restart: starting', seen.length);
    await pg.start();
    phase = 'back';
    console.log('db-restart: started', seen.length);
    const backFrom = seen.length;
    while (
      seen.slice(backFrom).filter((x) => x.status === 200 && x.kind === 'facade').length < 10 ||
      seen.slice(backFrom).filter((x) => x.status === 200 && x.kind === 'gateway').length < 10
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    running = false;
    await Promise.all(workers);
    console.log('db-restart: done', seen.length, JSON.stringify(seen.filter((x) => x.status !== 200).slice(0, 3)));

    // never a 500 (or anything but 200 and 503), before, during or after
    const statuses = [...new Set(seen.map((x) => x.status))].sort();
    expect(statuses).toEqual([200, 503]);
    const unavailable = seen.filter((x) => x.status === 503);
    expect(unavailable.length).toBeGreaterThanOrEqual(20);
    for (const x of unavailable) {
      expect(x.retryAfter, x.body).toMatch(/^\d+$/);
      expect(Number(x.retryAfter)).toBeGreaterThan(0);
      for (const p of INTERNALS) expect(x.body).not.toMatch(p);
      const body = JSON.parse(x.body);
      if (x.kind === 'facade')
        expect(body).toMatchObject({
          status: 503,
          code: 'UNAVAILABLE',
          detail: expect.stringMatching(/database is unavailable/),
        });
      else
        expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(
          body.errors.map(() => 'UNAVAILABLE'),
        );
    }
    // once back, the last answers are all 200 and ready again
    // (a request sent while the pool was still reconnecting may still answer 503 after its budget)
    const firstOkBack = Math.min(...seen.filter((x) => x.phase === 'back' && x.status === 200).map((x) => x.endedAt!));
    const sentOnceBack = seen.filter((x) => x.startedAt! > firstOkBack);
    expect(sentOnceBack.length).toBeGreaterThan(0);
    expect(sentOnceBack.filter((x) => x.status !== 200).map((x) => x.status)).toEqual([]);
    expect((await fetch(`${gatewayOrigin()}/readyz`)).status).toBe(200);
  }, 300_000);
});
