/**
 * Partners' key verdicts kept between requests (rest-facade verdict-cache.ts), over the real
 * database, on PGlite and on PostgreSQL: a key's next requests run no credential lookup; every
 * change to the tables a verdict is read from moves the credential generation (triggers); a change
 * this process does not hear of (another process's: here a plain UPDATE) reaches the facade
 * through that generation within a poll; one made through iam's functions in this process at once.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  bindCertificate,
  disableApiClient,
  ensureApiClient,
  ensureLicence,
  issueApiKey,
  readCredentialGeneration,
  recordUsage,
} from '@lcs/iam/credentials';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeFetch } from './helpers/facade.ts';

let s: TestStack;
const PKG = '8873';

async function system(name: string) {
  const clientId = await ensureApiClient(s.db.app, 'demo', { name });
  const cert = await s.pki.ca.issue({ commonName: name });
  await bindCertificate(s.db.app, 'demo', clientId, { fingerprint: cert.fingerprint });
  const licenceId = await ensureLicence(s.db.app, 'demo', { clientId, package: PKG, scope: { type: 'tenant' } });
  const { key, keyId } = await issueApiKey(s.db.app, 'demo', licenceId);
  const call = async () => {
    const r = await facadeFetch(`${s.facadeUrl}/api/v1/clients?domain=demo&limit=1`, {
      headers: { 'x-api-key': key },
      identity: { ca: s.pki.ca.cert, cert: cert.cert, key: cert.key },
    });
    return { status: r.status, body: (await r.json()) as { detail?: string } };
  };
  return { call, clientId, licenceId, keyId };
}

const lookups = () => s.statements.filter((q) => /lookup_api_key/.test(q)).length;
const keyChecks = async (source: 'cache' | 'store') =>
  (await s.metrics!.facadeKeyChecks.get()).values.find((v) => v.labels.source === source)?.value ?? 0;

beforeAll(async () => {
  s = await startTestStack({ clients: 4 });
});
afterAll(async () => {
  await s?.close();
});

describe(`kept key verdicts on ${DB_KIND}`, () => {
  it('looks a key up once, then serves its next requests on the kept verdict', async () => {
    const sys = await system('steady reader');
    s.resetStatements();
    expect((await sys.call()).status).toBe(200);
    expect(lookups()).toBe(1);
    const kept = await keyChecks('cache');
    for (let i = 0; i < 3; i++) expect((await sys.call()).status).toBe(200);
    expect(lookups()).toBe(1);
    expect(await keyChecks('cache')).toBe(kept + 3);
  });

  it('moves the credential generation with every change to what a verdict is read from, not with usage', async () => {
    const g0 = await readCredentialGeneration(s.db.app);
    // a system, its certificate, its licence, its key: four changes
    const sys = await system('generation probe');
    const g1 = await readCredentialGeneration(s.db.app);
    expect(g1).toBe(g0 + 4);
    await recordUsage(s.db.app, [
      { tenant: 'demo', keyId: sys.keyId, minute: new Date(), requests: 1, rows: 1, rejects: 0 },
    ]);
    expect(await readCredentialGeneration(s.db.app)).toBe(g1);
    // an update that changes no row still moves it (a statement trigger: the cheap, safe side)
    await s.asTenant('demo', (tx) => tx.execute(sql`update iam.licence set scope = scope where false`));
    expect(await readCredentialGeneration(s.db.app)).toBe(g1 + 1);
  });

  it("refuses a key revoked by another process within the facade's next generation read", async () => {
    const sys = await system('revoked elsewhere');
    expect((await sys.call()).status).toBe(200);
    expect((await sys.call()).status).toBe(200); // now on the kept verdict
    // as the console's iam subgraph or `pnpm lcs` in another process would: nothing tells this process
    await s.asTenant('demo', (tx) =>
      tx.execute(sql`update iam.api_key set revoked_at = now() where prefix = ${sys.keyId}`),
    );
    await vi.waitFor(
      async () => {
        const r = await sys.call();
        expect(r.status).toBe(401);
        expect(r.body.detail).toMatch(/revoked/);
      },
      { timeout: 5_000, interval: 100 },
    );
  });

  it('refuses at once a key whose system was disabled in this process', async () => {
    const sys = await system('disabled here');
    expect((await sys.call()).status).toBe(200);
    expect((await sys.call()).status).toBe(200);
    expect(await disableApiClient(s.db.app, 'demo', sys.clientId)).toBe(true);
    const r = await sys.call();
    expect(r.status).toBe(401);
    expect(r.body.detail).toMatch(/revoked/);
  });
});
