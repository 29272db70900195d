import { describe, expect, it } from 'vitest';
import { MemoryKeyRates, gcra } from './key-rates.ts';

/** A clock the test moves. */
const clock = (start = 1_000_000) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

describe('key rates (GCRA token bucket)', () => {
  const rate = { interval: 50, burst: 100 }; // 1,200 a minute, burst 100

  it('admits the burst and one more at once, then one per interval, and says how long to wait', async () => {
    const c = clock();
    const r = new MemoryKeyRates(c.now);
    let admitted = 0;
    for (let i = 0; i < 150; i++) if ((await r.take('k', rate)) === 0) admitted++;
    expect(admitted).toBe(101);
    expect(await r.take('k', rate)).toBe(50);
    c.advance(49);
    expect(await r.take('k', rate)).toBe(1);
    c.advance(1);
    expect(await r.take('k', rate)).toBe(0);
    expect(await r.take('other', rate)).toBe(0); // keys are apart
  });

  it("spaces a flood's admitted requests evenly at the sustained rate once its burst is spent", () => {
    const c = clock();
    const r = new MemoryKeyRates(c.now);
    const admittedAt: number[] = [];
    // 10× the rate (200 a second, one every 5 ms) for 30 s
    for (let t = 0; t < 30_000; t += 5, c.advance(5)) if (r.takeNow('k', rate) === 0) admittedAt.push(t);
    const afterBurst = admittedAt.filter((t) => t >= 1000);
    // over the whole flood: the burst plus the sustained rate, not 1.5× it as fixed windows gave
    expect(admittedAt.length).toBe(101 + Math.floor(30_000 / 50) - 1);
    // in every second after the burst: the sustained rate, 20 (21 where a second's edges both count)
    for (let s = 1000; s + 1000 <= 30_000; s += 250) {
      const n = afterBurst.filter((t) => t >= s && t < s + 1000).length;
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThanOrEqual(21);
    }
    const gaps = afterBurst.slice(1).map((t, i) => t - afterBurst[i]!);
    expect(Math.min(...gaps)).toBe(50);
    expect(Math.max(...gaps)).toBe(50);
  });

  it('refills the burst at the sustained rate while the key sends less; peeking takes nothing', async () => {
    const c = clock();
    const r = new MemoryKeyRates(c.now);
    for (let i = 0; i < 101; i++) expect(r.takeNow('k', rate)).toBe(0);
    expect(r.peekNow('k', rate)).toBe(50);
    c.advance(10 * 50); // ten intervals idle: ten requests' worth back
    for (let i = 0; i < 5; i++) expect(await r.peek('k', rate)).toBe(0);
    let again = 0;
    while (r.takeNow('k', rate) === 0) again++;
    expect(again).toBe(10);
    c.advance(101 * 50); // idle long enough: the whole burst again
    again = 0;
    while (r.takeNow('k', rate) === 0) again++;
    expect(again).toBe(101);
  });

  it('gcra: a key without a state has a full bucket; a state in the past is the same as none', () => {
    expect(gcra(undefined, 1000, rate)).toEqual({ wait: 0, tat: 1050 });
    expect(gcra(10, 1000, rate)).toEqual({ wait: 0, tat: 1050 });
    expect(gcra(1000 + 100 * 50 + 50, 1000, rate)).toEqual({ wait: 50 });
  });
});
