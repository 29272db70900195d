import { describe, expect, it } from 'vitest';
import type { Metrics } from '@lcs/platform';
import { FairShare, type UsageDelta } from './fair-share.ts';

const a = { tenant: 'a', keyId: 'keya' };
const b = { tenant: 'b', keyId: 'keyb' };

describe('fair share', () => {
  it('limits requests in flight per tenant, not across tenants', async () => {
    const f = new FairShare({ defaults: { concurrency: 2 } });
    const held = [await f.admit(a), await f.admit(a)];
    await expect(f.admit(a)).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 1 } });
    await expect(f.admit(b)).resolves.toBeDefined();
    held[0]!.release();
    held[0]!.release(); // twice is harmless
    await expect(f.admit(a)).resolves.toBeDefined();
  });

  it('leaves work outside requests only spare room: one slot always stays for the caller’s next request', async () => {
    const f = new FairShare({ defaults: { concurrency: 3 } });
    const request = await f.admit(a);
    const ahead = await f.spare(a); // 1 in flight: room for one more and the next request
    expect(ahead).toBeDefined();
    expect(await f.spare(a)).toBeUndefined(); // 2 in flight: the last slot is the caller's
    request.release();
    const next = await f.admit(a); // the caller's next request is admitted, not refused
    expect(await f.spare(b)).toBeDefined(); // another tenant's room is its own
    ahead!();
    ahead!(); // twice is harmless
    expect(await f.spare(a)).toBeDefined();
    next.release();
    // a tenant allowed one request in flight has no spare room at all
    const single = new FairShare({ defaults: { concurrency: 1 } });
    expect(await single.spare(a)).toBeUndefined();
  });

  it('never keeps a slot it could not hand out: a failure after taking it frees it again', async () => {
    const failing = {
      fairShareAdmissions: {
        inc: () => {
          throw new Error('metrics broke');
        },
      },
      fairShareInFlight: { inc: () => {}, dec: () => {} },
      fairShareRefusals: { inc: () => {} },
    } as unknown as Metrics;
    const f = new FairShare({ defaults: { concurrency: 1 }, metrics: failing });
    await expect(f.admit(a)).rejects.toThrow('metrics broke');
    expect(f.inFlightTotal()).toBe(0);
    // the tenant's only slot came back: the next request takes it again (and fails on the metrics), not a 429
    await expect(f.admit(a)).rejects.toThrow('metrics broke');
    expect(f.inFlightTotal()).toBe(0);
  });

  it("applies a licence's own rate over the defaults, with Retry-After in whole seconds", async () => {
    const f = new FairShare();
    const strict = { ...a, limits: { ratePerMinute: 60, burst: 1 } };
    (await f.admit(strict)).release();
    (await f.admit(strict)).release();
    const e = await f.admit(strict).then(
      () => undefined,
      (x: unknown) => x as { extensions: { retryAfter: number } },
    );
    expect(e?.extensions.retryAfter).toBeGreaterThanOrEqual(1);
    (await f.admit(b)).release();
  });

  it('counts usage per key and minute and writes it in batches', async () => {
    const written: UsageDelta[] = [];
    const f = new FairShare({ record: async (d) => void written.push(...d), defaults: { rowsPerMinute: 10 } });
    (await f.admit(a)).release();
    await f.rows(a, 12);
    await expect(f.admit(a)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await f.close();
    expect(written).toEqual([
      expect.objectContaining({ tenant: 'a', keyId: 'keya', requests: 1, rows: 12, rejects: 1 }),
    ]);
  });

  it('gives a licence without a rows budget one export job’s minute (300,000 rows), else its own', async () => {
    const f = new FairShare();
    (await f.admit(a)).release();
    await f.rows(a, 299_999);
    (await f.admit(a)).release(); // one row short of the budget: admitted
    await f.rows(a, 1);
    await expect(f.admit(a)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('300000 rows'),
      extensions: { retryAfter: expect.any(Number) },
    });
    // an agreed bulk integration: its licence's own budget
    const bulk = { ...b, limits: { rowsPerMinute: 1_000_000 } };
    await f.rows(bulk, 300_000);
    (await f.admit(bulk)).release();
    await f.close();
  });

  it('refuses a remembered key over its limits before its credentials are checked, only that exact key', async () => {
    const f = new FairShare();
    const strict = { ...a, limits: { ratePerMinute: 60, burst: 1, concurrency: 5 } };
    await f.refuseEarly('key-a-secret'); // never verified: passes
    f.remember('key-a-secret', strict);
    await f.refuseEarly('key-a-secret'); // within its limits: passes, consumes nothing
    (await f.admit(strict)).release();
    (await f.admit(strict)).release();
    await expect(f.refuseEarly('key-a-secret')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      extensions: { retryAfter: expect.any(Number) },
    });
    // the same public id with another secret is not recognised: the credential checks decide
    await f.refuseEarly('key-a-other-secret');
  });

  it('refuses early a remembered key whose tenant is at its in-flight limit', async () => {
    const f = new FairShare({ defaults: { concurrency: 1 } });
    f.remember('key-a', a);
    const held = await f.admit(a);
    await expect(f.refuseEarly('key-a')).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 1 } });
    f.remember('key-b', b);
    await f.refuseEarly('key-b');
    held.release();
    await f.refuseEarly('key-a');
  });

  it('admitted requests take turns at the gate: the tenant with the fewest working goes next', async () => {
    const f = new FairShare({ working: 2 });
    const admitted = async (m: typeof a) => {
      const x = await f.admit(m);
      await x.turn();
      return x;
    };
    const held = [await admitted(a), await admitted(a)];
    const order: string[] = [];
    const more = [admitted(a).then((x) => (order.push('a'), x)), admitted(b).then((x) => (order.push('b'), x))];
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual([]); // both wait for a turn
    expect(f.gate?.waiting).toBe(2);
    expect(f.inFlightTotal()).toBe(4); // waiting requests count as in flight (and against their tenant's limit)
    held[0]!.endTurn(); // a still has one working, b none: b goes first although a's request queued earlier
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(['b']);
    held[0]!.release(); // its turn has ended already: nothing more
    held[1]!.release(); // ends its turn and its slot
    const [x, y] = [await more[0]!, await more[1]!];
    expect(order).toEqual(['b', 'a']);
    x.release();
    y.release();
    await x.turn(); // after release: takes no turn
    expect(f.gate?.waiting).toBe(0);
    expect(f.inFlightTotal()).toBe(0);
    expect(new FairShare({ working: 0 }).gate).toBeUndefined();
    expect(new FairShare().gate?.capacity).toBeGreaterThanOrEqual(2);
  });
});
