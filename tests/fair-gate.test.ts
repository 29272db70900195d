/**
 * The fair gate in a running facade (rest-facade fair-gate.ts): an admitted request works on a
 * turn, and its turn ends when the operation has run — not when a slow caller has read the
 * answer — so a caller that stops reading cannot hold the process's turns. Another tenant is
 * served meanwhile, even with a single turn for the whole process.
 */
import { request } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { demoKey, facadeClient } from './helpers/facade.ts';

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ tenants: ['demo', 'demo2'], clients: 60, fairShare: { working: 1 } });
}, 300_000);
afterAll(async () => s?.close());

describe('fair gate', () => {
  it('a caller that does not read its answer holds no turn; another tenant is served meanwhile', async () => {
    const gate = s.fairShare!.gate!;
    expect(gate.capacity).toBe(1);
    // a large page, its answer never read (the response's stream backs up in the socket)
    const url = new URL(`${s.facadeUrl}/api/v1/executed_services?limit=1000&domain=demo`);
    let stalled: IncomingMessage | undefined;
    const req = request(url, {
      headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', '8873'), 'accept-encoding': 'identity' },
      ca: s.pki.ca.cert,
      cert: s.pki.demoClient.cert,
      key: s.pki.demoClient.key,
      agent: false,
    });
    const headers = new Promise<IncomingMessage>((resolve, reject) => {
      req.on('response', (res) => {
        res.pause();
        resolve(res);
      });
      req.on('error', reject);
    });
    req.end();
    try {
      stalled = await headers;
      expect(stalled.statusCode).toBe(200);
      // the page is still being sent (admitted: in flight), but its turn has ended
      expect(s.fairShare!.inFlightTotal()).toBe(1);
      expect(gate.busy).toBe(0);
      // another tenant's request gets the one turn and is answered
      const other = await facadeClient(s.facadeUrl!, 'demo2', '8873')('/api/v1/clients?limit=5');
      expect(other.status).toBe(200);
      expect(((await other.json()) as unknown[]).length).toBe(5);
      expect(stalled.readableEnded).toBe(false); // the first answer was still not read
    } finally {
      req.destroy();
    }
  });
});
