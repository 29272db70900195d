/**
 * A subgraph that does not answer, answers only halfway, or refuses the connection gives the
 * error UNAVAILABLE (naming the service, with retryAfter; the facade answers it as 503 +
 * Retry-After) within the gateway's budget for a subgraph fetch, never a hang and never a masked
 * internal error. Asserts outcomes, not time.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Principal } from '@lcs/platform';
import { SUBGRAPH_TIMEOUT_MS, createGateway, standardPlugins, type GatewayContext } from './server.ts';

const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const trust = { keys: [{ kid: 't', secret: 'x'.repeat(43) }] };
const principal: Principal = { tenant: 'demo', kind: 'dev', sub: 'developer' } as Principal;
const SUBGRAPHS = ['care', 'provider', 'hsl', 'housing', 'iam'];
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function subgraph(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
}

/** Runs a query that only the iam subgraph answers, with every subgraph at `url`. */
async function ask(url: string) {
  const gw = await createGateway({
    supergraphSdl,
    trust,
    plugins: standardPlugins({ persisted: {} }),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((n) => [n, url])),
    subgraphTimeoutMs: 300,
  });
  try {
    const r = await gw.apollo.executeOperation(
      { query: '{ currentTenant { domain } }' },
      { contextValue: { principal, token: 'unused' } as GatewayContext },
    );
    if (r.body.kind !== 'single') throw new Error('expected a single result');
    return r.body.singleResult;
  } finally {
    await gw.stop();
  }
}

describe('bounded subgraph fetches', () => {
  it('the budget of a subgraph fetch is below the facade’s for the gateway (30 s)', () => {
    expect(SUBGRAPH_TIMEOUT_MS).toBeLessThan(30_000);
  });

  it('a subgraph that never answers is UNAVAILABLE (503, Retry-After) at the budget', async () => {
    const r = await ask(await subgraph(() => {}));
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
    expect(r.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    expect(r.errors?.[0]?.message).toMatch(/^the iam service is unavailable; retry in \d+ s$/);
  });

  it('a subgraph that stops in the middle of its answer is UNAVAILABLE', async () => {
    const url = await subgraph((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":{"currentTenant":'); // … and nothing more
    });
    const r = await ask(url);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
  });

  it('a proxy’s 502/503/504 in front of the subgraph is UNAVAILABLE, naming the service', async () => {
    for (const status of [502, 503, 504]) {
      const url = await subgraph((_req, res) => {
        res.writeHead(status, { 'content-type': 'text/html' });
        res.end('<html><body>No server is available to handle this request.</body></html>');
      });
      const r = await ask(url);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
      expect(r.errors?.[0]?.message).toContain('the iam service is unavailable');
    }
  });

  it('an answer in several chunks is read whole; an error status is an error, never a crash', async () => {
    const ok = await subgraph((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":{"currentTenant":');
      setTimeout(() => res.end('{"domain":"demo-å"}}}'), 20);
    });
    expect((await ask(ok)).data).toEqual({ currentTenant: { domain: 'demo-å' } });
    const failing = await subgraph((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
    const r = await ask(failing);
    expect(r.data).toEqual({ currentTenant: null });
    expect(r.errors?.length).toBe(1);
    expect(JSON.stringify(r.errors)).not.toMatch(/node_modules|\n\s+at /);
  });

  it('a subgraph that refuses the connection is UNAVAILABLE, naming the service, not the database', async () => {
    const url = await subgraph(() => {});
    const closed = servers.pop()!;
    await new Promise((r) => closed.close(r));
    const r = await ask(url);
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAVAILABLE']);
    expect(r.errors?.[0]?.message).toContain('the iam service is unavailable');
  });
});
