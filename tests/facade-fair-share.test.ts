/**
 * Fair share through the facade (mutual TLS), on PGlite and PostgreSQL: a key over its licence's
 * rate gets 429 with Retry-After while another tenant's key is served normally; a key over its
 * rows budget is refused likewise; usage per key (requests, rows, refusals) is recorded and
 * readable by its tenant only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureApiClient,
  bindCertificate,
  ensureLicence,
  issueApiKey,
  setLicenceLimits,
  readUsage,
} from '@lcs/iam/credentials';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeFetch } from './helpers/facade.ts';

let s: TestStack;
const PKG = '8873';

async function keyWith(name: string, limits: Record<string, number>) {
  const clientId = await ensureApiClient(s.db.app, 'demo', { name });
  const cert = await s.pki.ca.issue({ commonName: name });
  await bindCertificate(s.db.app, 'demo', clientId, { fingerprint: cert.fingerprint });
  const licenceId = await ensureLicence(s.db.app, 'demo', { clientId, package: PKG, scope: { type: 'tenant' } });
  await setLicenceLimits(s.db.app, 'demo', licenceId, limits);
  const { key, keyId } = await issueApiKey(s.db.app, 'demo', licenceId);
  const call = (query = 'limit=1') =>
    facadeFetch(`${s.facadeUrl}/api/v1/clients?domain=demo&${query}`, {
      headers: { 'x-api-key': key },
      identity: { ca: s.pki.ca.cert, cert: cert.cert, key: cert.key },
    });
  return { call, keyId };
}

beforeAll(async () => {
  s = await startTestStack({ clients: 12 });
});
afterAll(async () => {
  await s?.close();
});

describe(`fair share on ${DB_KIND}`, () => {
  it('answers 429 with Retry-After to a key over its rate while another tenant is served', async () => {
    const batch = await keyWith('batch system', { ratePerMinute: 60, burst: 2 });
    const other = facadeClient(s.facadeUrl!, 'demo2', PKG);
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 8 && !limited; i++) {
      const r = await batch.call();
      statuses.push(r.status);
      if (r.status === 429) limited = r;
      else await r.arrayBuffer();
      // the other tenant's key, interleaved, is never held back
      expect((await other('/api/v1/clients?limit=1')).status).toBe(200);
    }
    expect(statuses[0]).toBe(200);
    expect(limited, `statuses ${statuses}`).toBeDefined();
    expect(limited!.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    const body = await limited!.json();
    expect(body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(body.detail).toMatch(/rate/);
  });

  it('refuses a key over its limits before looking its credentials up', async () => {
    // (the rows budget: its minute does not run out while the test runs, as a 1 s rate window could)
    const bulk = await keyWith('flooding system', { rowsPerMinute: 5 });
    const first = await bulk.call('limit=10');
    expect(first.status).toBe(200);
    await first.arrayBuffer();
    s.resetStatements();
    for (let i = 0; i < 3; i++) {
      const r = await bulk.call('limit=1');
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await r.json()).detail).toMatch(/rows/);
    }
    expect(s.statements.filter((q) => /lookup_api_key/.test(q))).toEqual([]);
  });

  it('refuses a key that has read its rows budget for the minute', async () => {
    const bulk = await keyWith('bulk reader', { rowsPerMinute: 5 });
    const first = await bulk.call('limit=10');
    expect(first.status).toBe(200);
    expect(await first.json()).toHaveLength(10);
    const next = await bulk.call('limit=1');
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await next.json()).detail).toMatch(/rows/);
  });

  it('records usage per key, readable by the tenant only', async () => {
    const k = await keyWith('metered system', { ratePerMinute: 60, burst: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await k.call('limit=3')).status);
    await s.fairShare!.flush();
    const usage = (await readUsage(s.db.app, 'demo')).find((u) => u.keyId === k.keyId)!;
    expect(usage).toMatchObject({
      requests: statuses.filter((x) => x === 200).length,
      rejects: statuses.filter((x) => x === 429).length,
    });
    expect(usage.rows).toBe(3 * usage.requests);
    expect(usage.rejects).toBeGreaterThan(0);
    expect((await readUsage(s.db.app, 'demo2')).find((u) => u.keyId === k.keyId)).toBeUndefined();
  });
});
