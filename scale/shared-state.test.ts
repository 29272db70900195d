/**
 * The shared-state stores on a real redis-server of their own (started here): two "replicas"
 * (two connections, two store instances) see one state — a tenant's in-flight slots are counted
 * across them and a dead holder's slot comes back after its lease TTL; a SAML request id is
 * consumed once and an assertion id accepted once across replicas; a session written by one is
 * read and ended by the other; with Redis gone, limits fall back to the process and SAML answers
 * UNAVAILABLE instead of accepting what it cannot check.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '@lcs/platform';
import { connectRedis, type SharedRedis } from '@lcs/platform/redis';
import { RedisSamlStore } from '@lcs/gateway/saml-redis';
import { RedisKeyRates, RedisLeases, redisLimiter } from '@lcs/rest-facade/shared-limits';
import { FairShare } from '@lcs/rest-facade/fair-share';
import { startRedis, waitFor } from './infra.ts';

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: SharedRedis;
let b: SharedRedis;

beforeAll(async () => {
  redis = await startRedis();
  a = connectRedis(redis.url, 'replica-a');
  b = connectRedis(redis.url, 'replica-b');
  await waitFor('both connections', async () => a.ready() && b.ready(), 10_000, 50);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await redis?.stop();
});

const tenant = () => `t-${randomUUID().slice(0, 8)}`;

describe('shared state on Redis', () => {
  it("in-flight slots are counted across replicas, and a dead holder's slot comes back after its lease", async () => {
    const t = tenant();
    const la = new RedisLeases(a, { ttlMs: 600 });
    const lb = new RedisLeases(b, { ttlMs: 600 });
    const first = await la.acquire(t, 2);
    const second = await lb.acquire(t, 2);
    expect(first && second).toBeTruthy();
    expect(await la.acquire(t, 2)).toBeUndefined();
    expect(await lb.inFlight(t)).toBe(2);
    second!.release();
    await waitFor('release seen', async () => (await la.inFlight(t)) === 1, 2000, 20);
    // held longer than the TTL: renewal keeps it
    await new Promise((r) => setTimeout(r, 900));
    expect(await lb.inFlight(t)).toBe(1);
    // replica a dies (stops renewing, never releases): its slot expires
    la.close();
    await waitFor('dead lease expired', async () => (await lb.inFlight(t)) === 0, 3000, 50);
    expect(await lb.acquire(t, 1)).toBeTruthy();
    lb.close();
  });

  it("a key's rate is one budget across two FairShare instances", async () => {
    const fa = new FairShare({ rates: new RedisKeyRates(a), limiter: redisLimiter(a), leases: new RedisLeases(a) });
    const fb = new FairShare({ rates: new RedisKeyRates(b), limiter: redisLimiter(b), leases: new RedisLeases(b) });
    const m = { tenant: tenant(), keyId: 'k1', limits: { ratePerMinute: 60, burst: 4 } };
    let ok = 0;
    let limited = 0;
    for (let i = 0; i < 12; i++) {
      try {
        (await (i % 2 ? fa : fb).admit(m)).release();
        ok++;
      } catch (e) {
        expect((e as PlatformError).code).toBe('RATE_LIMITED');
        limited++;
      }
    }
    // burst 4 + 1 per second: 5 (6 if the second turned), never 10 as two separate processes would give
    expect(ok).toBeGreaterThanOrEqual(5);
    expect(ok).toBeLessThanOrEqual(6);
    expect(limited).toBe(12 - ok);
  });

  it('SAML: a request id is used once, an assertion id accepted once, across replicas; sessions shared', async () => {
    const sa = new RedisSamlStore(a.client);
    const sb = new RedisSamlStore(b.client);
    const now = Date.now();
    const id = `_${randomUUID()}`;
    await sa.rememberRequest('demo', id, now + 60_000);
    expect(await sb.consumeRequest('other', id, now)).toBe(false); // another tenant's
    expect(await sb.consumeRequest('demo', id, now)).toBe(true);
    expect(await sa.consumeRequest('demo', id, now)).toBe(false);
    const assertion = `_${randomUUID()}`;
    expect(await sa.firstUse('demo', assertion, now + 60_000, now)).toBe(true);
    expect(await sb.firstUse('demo', assertion, now + 60_000, now)).toBe(false);
    const session = {
      id: randomUUID(),
      principal: { tenant: 'demo', kind: 'staff' as const, sub: 'u1', scope: { type: 'tenant' as const } },
      nameId: 'n-1',
      createdAt: now,
      lastSeen: now,
    };
    await sa.put(session);
    expect((await sb.get(session.id))?.principal.sub).toBe('u1');
    expect(await sb.deleteByNameId('demo', 'n-1')).toBe(1);
    expect(await sa.get(session.id)).toBeUndefined();
    // past its idle limit: not stored at all
    await sa.put({ ...session, id: randomUUID(), lastSeen: now - 3_600_000, createdAt: now - 3_600_000 });
  });

  it('Redis down: limits fall back to the process, SAML refuses with UNAVAILABLE, health says degraded', async () => {
    const fair = new FairShare({ rates: new RedisKeyRates(a), limiter: redisLimiter(a), leases: new RedisLeases(a) });
    const saml = new RedisSamlStore(a.client);
    await redis.kill();
    await waitFor('disconnect seen', async () => !a.ready(), 5000, 20);
    const h = await a.health();
    expect(h).toMatchObject({ configured: true, ok: false, degraded: true, latencyMs: null });
    const m = { tenant: tenant(), keyId: 'k2', limits: { ratePerMinute: 60, burst: 2 } };
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      try {
        (await fair.admit(m)).release();
        results.push('ok');
      } catch (e) {
        results.push((e as PlatformError).code);
      }
    }
    // local insurance limiter: the same limits, counted by this process alone
    expect(results.filter((r) => r === 'ok').length).toBe(3);
    expect(results.filter((r) => r === 'RATE_LIMITED').length).toBe(2);
    await expect(saml.consumeRequest('demo', '_x', Date.now())).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(saml.get('whatever')).rejects.toBeInstanceOf(PlatformError);
    await redis.restart();
    await waitFor('reconnected', async () => a.ready(), 10_000, 50);
    expect((await a.health()).ok).toBe(true);
  });
});
