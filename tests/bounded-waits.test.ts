/**
 * Every wait of a facade request is bounded (issue 16: a request through the scale-out layout hung
 * until the load balancer's 120 s and the caller saw a dropped connection): a gateway that does
 * not answer, or stops in the middle of its answer, is a clear 503 UNAVAILABLE from the facade
 * within its budget, well before anything in front of it gives up.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_SERVER_OPTIONS, PlatformError } from '@lcs/platform';
import { GATEWAY_TIMEOUT_MS, httpExecutor } from '@lcs/rest-facade/execute';

const trust = { keys: [{ kid: 'test', secret: 'a-test-secret-of-at-least-32-bytes-long' }] };
const principal = { tenant: 'demo', kind: 'partner' as const, sub: 'client-1' };
const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function gateway(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'answered',
    (e: unknown) => (e instanceof PlatformError ? e.code : `unexpected: ${(e as Error).message}`),
  );

describe('bounded waits between facade and gateway', () => {
  it("the facade's budget for the gateway is below the servers' and load balancers' request timeout", () => {
    expect(GATEWAY_TIMEOUT_MS).toBeLessThan(HTTP_SERVER_OPTIONS.requestTimeout);
  });

  it('a gateway that never answers is UNAVAILABLE (503) within the budget, not a hang', async () => {
    const url = await gateway(() => {}); // accepts, reads, never answers
    expect(await outcome(httpExecutor(url, trust, 300)('op', {}, principal))).toBe('UNAVAILABLE');
  });

  it('a gateway that stops in the middle of its answer is UNAVAILABLE, not an internal error or a hang', async () => {
    const url = await gateway((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"data":{"page":'); // … and nothing more
    });
    expect(await outcome(httpExecutor(url, trust, 300)('op', {}, principal))).toBe('UNAVAILABLE');
  });

  it('an answer in time is passed on', async () => {
    const url = await gateway((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"ok":true}}');
    });
    expect(await httpExecutor(url, trust, 2000)('op', {}, principal)).toEqual({ data: { ok: true } });
  });
});
