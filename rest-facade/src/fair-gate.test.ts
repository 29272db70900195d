import { describe, expect, it } from 'vitest';
import { FairGate } from './fair-gate.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('FairGate', () => {
  it('lets `capacity` requests work at once; the rest wait and go in turn as turns end', async () => {
    const gate = new FairGate(2);
    const a = await gate.enter('a');
    const b = await gate.enter('a');
    let third = false;
    const c = gate.enter('a').then((end) => ((third = true), end));
    await tick();
    expect(third).toBe(false);
    expect(gate.waiting).toBe(1);
    a();
    a(); // twice is once
    const end = await c;
    expect(third).toBe(true);
    expect(gate.waiting).toBe(0);
    b();
    end();
    // all free again: two turns at once without waiting
    const x = await gate.enter('z');
    const y = await gate.enter('z');
    x();
    y();
  });

  it('gives the next turn to the waiting tenant with the fewest working, however many the other queued', async () => {
    const gate = new FairGate(2);
    const heavy = [await gate.enter('heavy'), await gate.enter('heavy')];
    const order: string[] = [];
    const queued = [
      ...Array.from({ length: 5 }, () => gate.enter('heavy').then((end) => (order.push('heavy'), end))),
      gate.enter('light').then((end) => (order.push('light'), end)),
    ];
    await tick();
    expect(gate.waiting).toBe(6);
    heavy[0]!(); // a turn ends: light (0 working) goes before the five heavy ones queued earlier
    await tick();
    expect(order).toEqual(['light']);
    heavy[1]!();
    await tick();
    expect(order).toEqual(['light', 'heavy']);
    // work-conserving: with only the heavy tenant waiting, it gets every turn that ends
    for (const p of queued) (await p)();
    expect(order).toEqual(['light', 'heavy', 'heavy', 'heavy', 'heavy', 'heavy']);
    expect(gate.waiting).toBe(0);
  });

  it('among tenants with as many working, the one waiting longest goes first', async () => {
    const gate = new FairGate(1);
    const first = await gate.enter('x');
    const order: string[] = [];
    const b = gate.enter('b').then((end) => (order.push('b'), end));
    const c = gate.enter('c').then((end) => (order.push('c'), end));
    first();
    (await b)();
    (await c)();
    expect(order).toEqual(['b', 'c']);
    expect(() => new FairGate(0)).toThrow(/capacity/);
  });
});
