/**
 * A list page's representation lets its items go with the request. It used to be an object literal
 * with its own `body` getter: every such literal gets a hidden class of its own, which V8 keeps in the
 * old generation until a full collection, so each page's items (and the bytes the database sent for
 * them) survived every young collection, were promoted, and V8's external-memory limit forced a full
 * collection every ~3.5 s under load (README § Benchmarks, 7 December).
 */
import type { ServerResponse } from 'node:http';
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { JsonBytes } from '@lcs/platform';
import { describe, expect, it } from 'vitest';
import type { RouteEntry } from './manifest.ts';
import { REPRESENTERS, type ReadContext } from './represent.ts';

const route = { entry: { definition: '#/definitions/Item' } as RouteEntry, map: (n: unknown) => n };
const at: ReadContext = {
  route,
  params: {},
  path: '/items',
  url: new URL('https://facade.test/api/items'),
  base: '/api',
  res: { setHeader: () => undefined, getHeader: () => undefined } as unknown as ServerResponse,
};

/** Full collections V8 ran for its external-memory limit while `fn` ran, and the ArrayBuffer bytes after it. */
async function externalPressure(fn: () => void): Promise<{ externalFull: number; arrayBuffersMb: number }> {
  let externalFull = 0;
  const seen = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number; flags?: number } })[])
      if (
        e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR &&
        (e.detail.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY
      )
        externalFull++;
  });
  seen.observe({ entryTypes: ['gc'] });
  try {
    fn();
    const arrayBuffersMb = process.memoryUsage().arrayBuffers / 2 ** 20;
    await new Promise((r) => setTimeout(r, 50)); // the observer's entries are delivered
    return { externalFull, arrayBuffersMb };
  } finally {
    seen.disconnect();
  }
}

describe('list representations', () => {
  it.each([
    ['items the database wrote (contractJson)', (bytes: Buffer) => ({ contractJson: [new JsonBytes(bytes)] })],
    ['GraphQL items (nodes)', (bytes: Buffer) => ({ nodes: [{ bytes }] })],
  ])('%s: a page dropped after its request is young garbage', async (_name, page) => {
    let kept = 0;
    // 25,000 pages of one 4 KB item each (100 MB of ArrayBuffers in all), with some heap garbage
    // beside each, as a request makes: young collections run every few thousand pages
    const r = await externalPressure(() => {
      for (let i = 0; i < 25_000; i++) {
        const rep = REPRESENTERS.list({ page: { ...page(Buffer.alloc(4096, 32)), pageInfo: {} } }, at);
        const garbage = Array.from({ length: 100 }, (_, k) => ({ k, i }));
        kept += (rep.json?.nodes.length ?? (rep.body as unknown[]).length) + garbage.length;
      }
    });
    expect(kept).toBe(25_000 * 101);
    // before: every page was promoted — 100 MB of ArrayBuffers reached V8's 64 MB external-memory
    // limit and forced full collections; now young collections free them as they go
    expect(r.externalFull).toBe(0);
    expect(r.arrayBuffersMb).toBeLessThan(32);
  });

  it('the JSON items are sent as written; other formats get the parsed body once', () => {
    const texts = [new JsonBytes(Buffer.from('{"A":1}')), '{"A":2}'];
    const rep = REPRESENTERS.list({ page: { contractJson: texts, pageInfo: {} } }, at);
    expect(rep.json?.nodes).toBe(texts);
    expect(rep.single).toBe(false);
    expect(rep.definition).toBe('#/definitions/Item');
    expect(rep.body).toEqual([{ A: 1 }, { A: 2 }]);
    expect(rep.body).toBe(rep.body);
  });
});
