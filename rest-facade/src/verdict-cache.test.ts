import { describe, expect, it, vi } from 'vitest';
import type { KeyVerdict } from './auth.ts';
import { VerdictCache, type VerdictCacheOptions } from './verdict-cache.ts';

const caller = { tenant: 'demo', package: '8873', keyId: 'abcdefghijkl', clientId: 'c1', scope: { type: 'tenant' } };
const live = (validUntil = new Date(Date.now() + 86_400_000)): KeyVerdict => ({
  ok: true,
  key: caller as never,
  validUntil,
});

/** A key store whose verdicts and generation the test sets; counts its lookups. */
function store(verdict: KeyVerdict = live()) {
  const s = {
    verdict,
    generation: 1,
    lookups: 0,
    reads: 0,
    failReads: false,
    verify: async () => {
      s.lookups++;
      return s.verdict;
    },
    read: async () => {
      s.reads++;
      if (s.failReads) throw new Error('connection refused');
      return s.generation;
    },
  };
  return s;
}

function cacheOf(s: ReturnType<typeof store>, o: Partial<VerdictCacheOptions> = {}) {
  const counted: string[] = [];
  const cache = new VerdictCache({
    verify: s.verify,
    generation: s.read,
    everyMs: 20,
    counted: (c) => counted.push(c),
    ...o,
  });
  return { cache, counted };
}

describe('VerdictCache', () => {
  it("keeps a key's verdict per certificate until the credential generation moves", async () => {
    const s = store();
    const { cache, counted } = cacheOf(s);
    await cache.settled();
    expect(await cache.verify('key-1', 'fp-a')).toMatchObject({ ok: true });
    await cache.verify('key-1', 'fp-a');
    await cache.verify('key-1', 'fp-a');
    expect(s.lookups).toBe(1);
    expect(counted).toEqual(['store', 'cache', 'cache']);
    // another certificate, another key: looked up on their own
    await cache.verify('key-1', 'fp-b');
    await cache.verify('key-2', 'fp-a');
    expect(s.lookups).toBe(3);
    expect(cache.size).toBe(3);
    // a change anywhere (the generation moved): the next poll drops everything kept
    s.verdict = { ok: false, reason: 'revoked' };
    s.generation = 2;
    await vi.waitFor(() => expect(cache.size).toBe(0));
    expect(await cache.verify('key-1', 'fp-a')).toEqual({ ok: false, reason: 'revoked' });
    expect(s.lookups).toBe(4);
    cache.close();
  });

  it('uses nothing kept while the generation cannot be read, and keeps again once it can', async () => {
    const s = store();
    const failures: unknown[] = [];
    const { cache } = cacheOf(s, { onReadFailure: (e) => failures.push(e) });
    await cache.settled();
    await cache.verify('key-1', 'fp');
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(1);
    s.failReads = true;
    await vi.waitFor(() => expect(failures.length).toBe(1));
    for (let i = 0; i < 3; i++) await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(4);
    // told once, not at every failed read
    const reads = s.reads;
    await vi.waitFor(() => expect(s.reads).toBeGreaterThan(reads + 2));
    expect(failures).toHaveLength(1);
    expect((failures[0] as Error).message).toBe('connection refused');
    s.failReads = false;
    await vi.waitFor(() => expect(failures).toEqual([expect.any(Error), undefined]));
    await cache.verify('key-1', 'fp');
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(5);
    cache.close();
  });

  it('uses nothing kept when the last read is older than two intervals (a read that hangs)', async () => {
    const s = store();
    let now = 1_000_000;
    const { cache } = cacheOf(s, { everyMs: 60_000, now: () => now });
    await cache.settled();
    await cache.verify('key-1', 'fp');
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(1);
    now += 120_001; // no read since (its timer is far off): too old to vouch for anything kept
    await cache.verify('key-1', 'fp');
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(3);
    cache.close();
  });

  it("never keeps a verdict past the key's expiry or the longest age", async () => {
    const s = store(live(new Date(1_000_500)));
    let now = 1_000_000;
    const { cache } = cacheOf(s, { everyMs: 600_000, maxAgeMs: 10_000, now: () => now });
    await cache.settled();
    await cache.verify('key-1', 'fp');
    now = 1_000_499;
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(1);
    now = 1_000_500; // the key expires now
    s.verdict = live(new Date(5_000_000));
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(2);
    now += 9_999;
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(2);
    now += 1; // ten seconds kept: looked up again however quiet the credentials are
    await cache.verify('key-1', 'fp');
    expect(s.lookups).toBe(3);
    cache.close();
  });

  it("keeps real keys' refusals but not unknown keys' (random keys do not push real ones out)", async () => {
    const s = store({ ok: false, reason: 'unknown' });
    const { cache } = cacheOf(s, { max: 2 });
    await cache.settled();
    for (let i = 0; i < 5; i++) await cache.verify(`random-${i}`, 'fp');
    expect(cache.size).toBe(0);
    s.verdict = { ok: false, reason: 'unbound' };
    await cache.verify('rotated-out', 'fp');
    await cache.verify('rotated-out', 'fp');
    expect(s.lookups).toBe(6);
    expect(cache.size).toBe(1);
    cache.close();
  });

  it('reads the generation once for many changes at once, not once each', async () => {
    const s = store();
    const { cache } = cacheOf(s, { everyMs: 600_000 });
    await cache.settled();
    const reads = s.reads;
    for (let i = 0; i < 50; i++) cache.changed(); // e.g. a script issuing 50 keys
    await cache.settled();
    expect(s.reads - reads).toBeLessThanOrEqual(2);
    expect(s.reads - reads).toBeGreaterThanOrEqual(1);
    cache.close();
  });

  it('drops everything at a change made in this process, also what was being looked up then', async () => {
    const s = store();
    const { cache } = cacheOf(s, { everyMs: 600_000 });
    await cache.settled();
    await cache.verify('key-1', 'fp');
    expect(cache.size).toBe(1);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    s.verify = async () => {
      s.lookups++;
      await gate; // read before the change committed…
      return live();
    };
    const inFlight = cache.verify('key-2', 'fp');
    cache.changed(); // …which the generation does not show until the next read: the epoch does
    release();
    await inFlight;
    await cache.settled();
    expect(cache.size).toBe(0);
    await cache.verify('key-2', 'fp');
    expect(s.lookups).toBe(3);
    cache.close();
  });
});
