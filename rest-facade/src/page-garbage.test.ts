/**
 * A page's items go with its request: they are young garbage once it is answered. Two things kept
 * every page alive through the young-generation collections, so that each was promoted and V8's
 * external-memory limit (the database's bytes the items hold) forced a full collection every few
 * seconds under load (README § Benchmarks, 7 December, before noon):
 * - the list representation was an object literal with its own `body` getter: every such literal
 *   gets a hidden class of its own, which V8 keeps in the old generation until a full collection;
 * - a streamed answer (≥ STREAM_MIN_ITEMS items) went through `Readable.from` over an async generator.
 */
import { createServer, get, type ServerResponse, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { JsonBytes } from '@lcs/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from './manifest.ts';
import { REPRESENTERS, type ReadContext } from './represent.ts';
import { STREAM_MIN_ITEMS, send } from './respond.ts';

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
async function externalPressure(fn: () => unknown): Promise<{ externalFull: number; arrayBuffersMb: number }> {
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
    await fn();
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
    // limit and forced a full collection (34–49 MB left); now young collections free them as they go
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

describe('streamed answers', () => {
  const items = STREAM_MIN_ITEMS + 50;
  /** A page as the database sends it: each item its own bytes (1 KB of JSON). */
  const page = () => {
    const texts = Array.from(
      { length: items },
      (_, i) => new JsonBytes(Buffer.from(`{"N":${i},"S":"${' '.repeat(1000)}"}`)),
    );
    return REPRESENTERS.list({ page: { contractJson: texts, pageInfo: {} } }, at);
  };
  const server = createServer((req, res) => void send(req, res, 200, page()));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((r) => server.close(r));
  });
  const fetchBody = () =>
    new Promise<Buffer>((resolve, reject) =>
      get(url, { agent }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve(Buffer.concat(parts)));
        res.on('error', reject);
      }).on('error', reject),
    );

  it('a streamed page is whole, in order', async () => {
    const body = JSON.parse((await fetchBody()).toString()) as { N: number }[];
    expect(body.map((x) => x.N)).toEqual(Array.from({ length: items }, (_, i) => i));
  });

  it('a streamed page is young garbage once sent', async () => {
    let bytes = 0;
    // 400 answers of ~250 KB streamed (100 MB of the items' bytes in all)
    const r = await externalPressure(async () => {
      for (let i = 0; i < 400; i++) bytes += (await fetchBody()).length;
    });
    expect(bytes).toBeGreaterThan(400 * items * 1000);
    expect(r.externalFull).toBe(0);
    expect(r.arrayBuffersMb).toBeLessThan(32);
  });
});
