/**
 * p5's rig floor (bare-429.ts): the bare server answers every request 429 with a problem body,
 * over the facade's mutual TLS — a client without a certificate of the CA gets no answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'node:https';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDevPki } from '@lcs/cli/pki';
import { get, tlsAgent } from './https.ts';
import { startBare429 } from './p5.ts';
import { stopAll } from './procs.ts';

const dir = mkdtempSync(join(tmpdir(), 'lcs-bare-429-'));
afterAll(async () => {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
});

describe("p5's bare 429 server", () => {
  it('refuses every request with 429 and a problem body, over mutual TLS only', async () => {
    const pki = await ensureDevPki(join(dir, 'pki'));
    const { child: bare, url } = await startBare429(pki);
    const agent = tlsAgent({ ca: pki.ca.cert, cert: pki.demoClient.cert, key: pki.demoClient.key });
    try {
      for (const path of ['/api/v1/executed_services?limit=100&domain=t', '/anything']) {
        const r = await get(`${url}${path}`, agent, { 'x-api-key': 'k' });
        expect(r.status).toBe(429);
        expect(JSON.parse(r.body.toString())).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      }
      const anonymous = new Agent({ ca: pki.ca.cert }); // no client certificate
      await expect(get(`${url}/x`, anonymous)).rejects.toThrow();
      anonymous.destroy();
    } finally {
      agent.destroy();
      await bare.stop();
    }
  });
});
