import { describe, expect, it } from 'vitest';
import { BackgroundLane } from './lane.ts';

describe('BackgroundLane', () => {
  it('runs at most `perTenant` jobs of a tenant and `global` in all; a released slot is free again', () => {
    const lane = new BackgroundLane({ global: 2, perTenant: 1 });
    const a = lane.tryAcquire('a');
    expect(a).toBeDefined();
    expect(lane.tryAcquire('a')).toBeUndefined();
    const b = lane.tryAcquire('b');
    expect(b).toBeDefined();
    expect(lane.tryAcquire('c')).toBeUndefined();
    a!();
    a!(); // twice is once
    expect(lane.tryAcquire('c')).toBeDefined();
    expect(lane.tryAcquire('a')).toBeUndefined();
    b!();
    expect(lane.tryAcquire('a')).toBeDefined();
  });

  it('gives way while interactive requests are in flight, but is never starved by them', async () => {
    let inFlight = 1;
    const lane = new BackgroundLane({ interactive: () => inFlight, maxWaitMs: 200 });
    setTimeout(() => (inFlight = 0), 20);
    await lane.turn();
    expect(inFlight).toBe(0); // it waited for the interactive request to finish
    inFlight = 1; // never drains: the turn still comes (after maxWaitMs and one page's pause)
    const stuck = new BackgroundLane({ interactive: () => inFlight, maxWaitMs: 10 });
    await expect(stuck.turn(5)).resolves.toBeUndefined();
    expect(inFlight).toBe(1);
  });

  it('keeps a job within rowsPerSecond; defaults to one job per CPU core', async () => {
    const lane = new BackgroundLane({ rowsPerSecond: 1000 });
    const since = performance.now();
    await lane.pace(since, 50); // 50 rows at 1,000 a second: not before 50 ms
    expect(performance.now() - since).toBeGreaterThanOrEqual(45);
    const free = new BackgroundLane({ rowsPerSecond: 0 });
    const t = performance.now();
    await free.pace(t, 1_000_000);
    expect(performance.now() - t).toBeLessThan(1000);
    const { availableParallelism } = await import('node:os');
    expect(new BackgroundLane().global).toBe(availableParallelism());
  });

  it('reads smaller pages while interactive traffic was seen in the last second, full pages otherwise', async () => {
    let inFlight = 0;
    const lane = new BackgroundLane({ interactive: () => inFlight, maxWaitMs: 20, busyPageSize: 250 });
    expect(lane.pageSize(2000)).toBe(2000); // quiet
    inFlight = 1;
    await lane.turn(); // sees the interactive request (gives way up to maxWaitMs)
    inFlight = 0;
    expect(lane.pageSize(2000)).toBe(250);
    expect(lane.pageSize(100)).toBe(100); // never larger than asked
    expect(new BackgroundLane().pageSize(2000)).toBe(2000); // no interactive count: as asked
  });

  it('busy: one page of the lane at a time, then a rest of busyRest × its time; quiet: in parallel', async () => {
    let inFlight = 0;
    const lane = new BackgroundLane({ interactive: () => inFlight, maxWaitMs: 20, busyRest: 2 });
    let now = 0;
    let most = 0;
    const spans: [number, number][] = [];
    const page = () =>
      lane.page(async () => {
        now++;
        most = Math.max(most, now);
        const t = performance.now();
        await new Promise((r) => setTimeout(r, 20));
        spans.push([t, performance.now()]);
        now--;
      });
    // quiet: three jobs' pages run at once
    await Promise.all([page(), page(), page()]);
    expect(most).toBe(3);
    // busy: an interactive request is seen (then finishes); the lane reads one page at a time
    inFlight = 1;
    setTimeout(() => (inFlight = 0), 5);
    most = 0;
    spans.length = 0;
    await Promise.all([page(), page(), page()]);
    expect(most).toBe(1);
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) {
      const [s0, e0] = spans[i - 1]!;
      // the next page starts only after a rest of about twice the previous page's time
      expect(spans[i]![0] - e0).toBeGreaterThanOrEqual(2 * (e0 - s0) - 5);
    }
    // a page that throws still passes the turn on
    await expect(lane.page(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lane.page(async () => 'next')).resolves.toBe('next');
  });
});
