/**
 * The facade's partner authentication, black-box over HTTPS: mutual TLS against the platform's
 * CA, the client certificate's Extended Key Usage (clientAuth, checked explicitly), API keys from
 * iam's credential store (hashed, live, bound to the certificate's system, licensed for the
 * package and tenant), the contract's `key` query parameter — never echoed or logged — and the
 * credential tables' tenant isolation. Runs on PGlite and on PostgreSQL (vitest projects).
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import { createCa, type Issued } from '@lcs/cli/pki';
import {
  bindCertificate,
  ensureApiClient,
  ensureLicence,
  generateApiKey,
  issueApiKey,
  listCredentialAudit,
  revokeApiKey,
  setNoCertificate,
  verifyApiKey,
} from '@lcs/iam/credentials';
import { clientCertHeader, proxiedClientCertificate } from '@lcs/rest-facade/proxy';
import { loadRoutes } from '@lcs/cli/stack';
import { createAuthenticator } from '@lcs/rest-facade/auth';
import { DEMO_CLIENT_NAME } from '@lcs/cli/demo-keys';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { captureStreams } from './helpers/output.ts';
import { demoKey, facadeFetch, facadeRequest, type TlsIdentity } from './helpers/facade.ts';

const table = loadRoutes();
const PKG = '8873';
const LIST = '/api/v1/clients';
/** A route package 8873 does not include, and a package that does. */
const other = table.routes.find(
  (r) => r.method === 'GET' && r.kind === 'list' && !r.packages[PKG] && !r.path.includes('{'),
)!;
const otherPkg = Object.keys(other.packages)[0]!;

let s: TestStack;
let url: (path: string, query?: string) => string;
/** Everything written to the console and stdout/stderr while this file runs. */
const output: string[] = [];
/** Every key this file has sent; none may show up in `output`. */
const sent = new Set<string>();

const as = (identity: Issued | undefined): TlsIdentity => ({
  ca: s.pki.ca.cert,
  cert: identity?.cert,
  key: identity?.key,
});
function call(path: string, o: { key?: string; query?: string; identity?: TlsIdentity } = {}) {
  if (o.key) sent.add(o.key);
  return facadeFetch(url(path, o.query), { headers: o.key ? { 'x-api-key': o.key } : {}, identity: o.identity });
}
/** The TLS handshake was refused: an alert, or the server hanging up on the handshake. */
const TLS_REFUSED = { code: expect.stringMatching(/^(ERR_SSL_|ECONNRESET$|EPIPE$)/) };
async function problem(r: Response, status: number) {
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await r.json();
  expect({ status: r.status, code: body.code }).toEqual({
    status,
    code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN',
  });
  return body.detail as string;
}

beforeAll(async () => {
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const orig = console[m].bind(console);
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      output.push(args.map(String).join(' '));
      orig(...args);
    });
  }
  captureStreams(output);
  s = await startTestStack({ clients: 8 });
  url = (path, query = '') => `${s.facadeUrl}${path}?domain=demo${query ? `&${query}` : ''}`;
});
afterAll(async () => {
  await s?.close();
  vi.restoreAllMocks();
});

describe(`facade mutual TLS and API keys on ${DB_KIND}`, () => {
  it('answers the demo certificate with a live key of the package: 200', async () => {
    expect(s.facadeUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
    const r = await call(LIST, {
      key: demoKey(s.facadeUrl!, 'demo', PKG),
      identity: as(s.pki.demoClient),
      query: 'limit=2',
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toHaveLength(2);
  });

  it('refuses an API call without a client certificate (401; TLS admits it for the public documentation)', async () => {
    const r = await call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(undefined) });
    expect(await problem(r, 401)).toMatch(/client certificate .*is required/);
  });

  it('refuses a certificate from a foreign CA at TLS', async () => {
    const foreign = await createCa({ commonName: "Someone else's CA" });
    const cert = await foreign.issue({ commonName: 'intruder', eku: ['clientAuth'] });
    await expect(call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(cert) })).rejects.toMatchObject(
      TLS_REFUSED,
    );
  });

  it('refuses an expired client certificate at TLS', async () => {
    const cert = await s.pki.ca.issue({
      commonName: 'expired',
      notBefore: new Date(Date.now() - 10 * 86_400_000),
      notAfter: new Date(Date.now() - 86_400_000),
    });
    await expect(call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(cert) })).rejects.toMatchObject(
      TLS_REFUSED,
    );
  });

  it('refuses a client certificate that is not yet valid at TLS', async () => {
    const cert = await s.pki.ca.issue({
      commonName: 'future',
      notBefore: new Date(Date.now() + 86_400_000),
      notAfter: new Date(Date.now() + 10 * 86_400_000),
    });
    await expect(call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(cert) })).rejects.toMatchObject(
      TLS_REFUSED,
    );
  });

  it('answers 401 to a certificate without Extended Key Usage (which OpenSSL lets through)', async () => {
    const cert = await s.pki.ca.issue({ commonName: 'no eku', eku: null });
    await bindCertificate(s.db.app, 'demo', await demoClientId(), { fingerprint: cert.fingerprint });
    const r = await call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(cert) });
    expect(await problem(r, 401)).toMatch(/no Extended Key Usage.*clientAuth/);
  });

  it('refuses a certificate whose Extended Key Usage is serverAuth only (at TLS; past it, 401)', async () => {
    const cert = await s.pki.ca.issue({ commonName: 'server only', eku: ['serverAuth'] });
    await bindCertificate(s.db.app, 'demo', await demoClientId(), { fingerprint: cert.fingerprint });
    // OpenSSL checks an EKU that is present against the TLS client purpose: refused in the handshake.
    await expect(call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: as(cert) })).rejects.toMatchObject(
      TLS_REFUSED,
    );
    // A certificate that reaches the authenticator some other way (e.g. forwarded by a proxy) meets its own check.
    const authenticate = createAuthenticator({
      verifyKey: async () => {
        throw new Error('the key is not looked at before the certificate passes');
      },
      clientCertificate: () => new X509Certificate(cert.cert),
    });
    const req = { headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', PKG) } } as unknown as IncomingMessage;
    await expect(authenticate(req, new URL(url(LIST)))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/does not include clientAuth/),
    });
  });

  it('answers 401 without a key, with an unknown key and with a malformed one', async () => {
    const id = as(s.pki.demoClient);
    expect(await problem(await call(LIST, { identity: id }), 401)).toMatch(/API key is required/);
    expect(await problem(await call(LIST, { identity: id, key: generateApiKey().key }), 401)).toBe('unknown API key');
    expect(await problem(await call(LIST, { identity: id, key: 'not-a-key' }), 401)).toBe('unknown API key');
    // the right id with a wrong secret is just as unknown
    const real = demoKey(s.facadeUrl!, 'demo', PKG);
    const wrongSecret = `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
    expect(await problem(await call(LIST, { identity: id, key: wrongSecret }), 401)).toBe('unknown API key');
  });

  it("answers 403 to a key of another system than the certificate's", async () => {
    const ca = s.pki.ca;
    const otherCert = await ca.issue({ commonName: 'other system' });
    const clientId = await ensureApiClient(s.db.app, 'demo', { name: 'other system' });
    await bindCertificate(s.db.app, 'demo', clientId, { fingerprint: otherCert.fingerprint });
    const { key } = await issueApiKey(
      s.db.app,
      'demo',
      await ensureLicence(s.db.app, 'demo', { clientId, package: PKG, scope: { type: 'tenant' } }),
    );
    // its own certificate works…
    expect((await call(LIST, { key, identity: as(otherCert), query: 'limit=1' })).status).toBe(200);
    // …the demo system's does not
    expect(await problem(await call(LIST, { key, identity: as(s.pki.demoClient) }), 403)).toMatch(
      /not bound to the client certificate/,
    );
  });

  it("answers 403 to a key used on another package's path, and for another tenant's domain", async () => {
    const id = as(s.pki.demoClient);
    expect(
      await problem(await call(other.path, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: id }), 403),
    ).toMatch(`package ${PKG} does not include`);
    expect(
      (await call(other.path, { key: demoKey(s.facadeUrl!, 'demo', otherPkg), identity: id, query: 'limit=1' })).status,
    ).toBe(200);
    const wrongDomain = await facadeFetch(`${s.facadeUrl}${LIST}?domain=demo2`, {
      headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', PKG) },
      identity: id,
    });
    expect(await problem(wrongDomain, 403)).toMatch(/domain "demo2"/);
    const demo2Key = demoKey(s.facadeUrl!, 'demo2', PKG);
    sent.add(demo2Key);
    const crossTenant = await facadeFetch(`${s.facadeUrl}${LIST}?domain=demo`, {
      headers: { 'x-api-key': demo2Key },
      identity: id,
    });
    expect(await problem(crossTenant, 403)).toMatch(/domain "demo"/);
  });

  it('answers 401 to revoked and expired keys, and serves several live keys of one licence (rotation)', async () => {
    const id = as(s.pki.demoClient);
    const licenceId = await ensureLicence(s.db.app, 'demo', {
      clientId: await demoClientId(),
      package: PKG,
      scope: { type: 'tenant' },
    });
    const next = await issueApiKey(s.db.app, 'demo', licenceId);
    expect((await call(LIST, { key: next.key, identity: id, query: 'limit=1' })).status).toBe(200);
    expect((await call(LIST, { key: demoKey(s.facadeUrl!, 'demo', PKG), identity: id, query: 'limit=1' })).status).toBe(
      200,
    );
    expect(await revokeApiKey(s.db.app, 'demo', next.keyId)).toBe(true);
    expect(await problem(await call(LIST, { key: next.key, identity: id }), 401)).toMatch(/revoked/);
    const expired = await issueApiKey(s.db.app, 'demo', licenceId, { expiresAt: new Date(Date.now() - 1000) });
    expect(await problem(await call(LIST, { key: expired.key, identity: id }), 401)).toMatch(/expired/);
  });

  it('accepts the key as ?key=, never echoes it in a Link header, and logs it nowhere', async () => {
    const key = demoKey(s.facadeUrl!, 'demo', PKG);
    const r = await facadeRequest(url(LIST, `limit=1&key=${encodeURIComponent(key)}`), {
      identity: as(s.pki.demoClient),
    });
    expect(r.status).toBe(200);
    const link = String(r.headers.link ?? '');
    expect(link).toMatch(/rel="next"/);
    expect(link).not.toContain(key);
    expect(link).not.toMatch(/[?&]key=/);
    expect(JSON.stringify(r.headers)).not.toContain(key);
    expect(r.body.toString('utf8')).not.toContain(key);
    // header and parameter that disagree are refused
    const both = await facadeFetch(url(LIST, `key=${encodeURIComponent(key)}`), {
      headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', otherPkg) },
      identity: as(s.pki.demoClient),
    });
    expect(await problem(both, 401)).toMatch(/differ/);
    sent.add(key);
    const logged = output.join('\n');
    expect(sent.size).toBeGreaterThan(5);
    for (const k of sent) {
      expect(logged).not.toContain(k);
      // not even the secret part
      if (/^lcs_/.test(k)) expect(logged).not.toContain(k.slice('lcs_123456789012_'.length));
    }
  });

  it('keeps credentials out of GraphQL and isolated per tenant', async () => {
    const res = await s.gql('{ __schema { types { name fields { name } } } }');
    // the access review and the console's partner administration (tenant administrators only) name
    // licences, keys and certificates — no type ever carries a stored secret or its hash
    const types = res.body.data.__schema.types as { name: string; fields: { name: string }[] | null }[];
    const credentialTypes = types.filter((t) =>
      /api_?key|licen[cs]e|certificate|apiclient|credential|partner/i.test(t.name),
    );
    expect(credentialTypes.length).toBeGreaterThan(0);
    for (const t of credentialTypes)
      expect(
        (t.fields ?? []).map((f) => f.name).filter((n) => /secret|hash/i.test(n)),
        t.name,
      ).toEqual([]);
    const count = (tenant: string) =>
      s.asTenant(tenant, async (tx) => {
        const r = await tx.execute(
          sql`select count(*)::int as n, count(*) filter (where tenant_id <> ${tenant})::int as foreign from
            iam.api_key`,
        );
        return rowsOf<{ n: number; foreign: number }>(r)[0]!;
      });
    const demo = await count('demo');
    expect(demo.n).toBeGreaterThan(0);
    expect(demo.foreign).toBe(0);
    expect((await count('demo2')).foreign).toBe(0);
    // no tenant: nothing
    const none = await s.db.app.transaction(async (tx) => {
      return rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from iam.api_key`))[0]!.n;
    });
    expect(none).toBe(0);
    // only hashes are stored
    const stored = await s.asTenant('demo', async (tx) => {
      const r = await tx.execute(sql`select prefix, secret_hash from iam.api_key`);
      return rowsOf(r) as { prefix: string; secret_hash: string }[];
    });
    const key = demoKey(s.facadeUrl!, 'demo', PKG);
    expect(stored.some((row) => key.includes(row.prefix))).toBe(true);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.secret_hash) && !key.includes(row.secret_hash))).toBe(true);
  });
});

describe(`facade certificate revocation, proxies and no-certificate licences on ${DB_KIND}`, () => {
  it("refuses a revoked certificate once the CA's CRL is reloaded, without a restart", async () => {
    const cert = await s.pki.ca.issue({ commonName: 'soon revoked' });
    await bindCertificate(s.db.app, 'demo', await demoClientId(), { fingerprint: cert.fingerprint });
    const key = demoKey(s.facadeUrl!, 'demo', PKG);
    expect((await call(LIST, { key, identity: as(cert), query: 'limit=1' })).status).toBe(200);
    await s.setFacadeCrl(await s.pki.ca.revocationList([cert.cert]));
    try {
      // A new connection meets the new CRL: OpenSSL refuses the handshake (certificate revoked).
      await expect(call(LIST, { key, identity: as(cert), query: 'limit=1' })).rejects.toMatchObject(TLS_REFUSED);
      // Others are unaffected.
      expect((await call(LIST, { key, identity: as(s.pki.demoClient), query: 'limit=1' })).status).toBe(200);
    } finally {
      await s.setFacadeCrl(undefined);
    }
    expect((await call(LIST, { key, identity: as(cert), query: 'limit=1' })).status).toBe(200);
  });

  it('ignores a forged Client-Cert header from an address that is not a proxy', async () => {
    // The caller's own certificate is from our CA but bound to nobody; the header names the demo system's.
    const own = await s.pki.ca.issue({ commonName: 'forger' });
    const key = demoKey(s.facadeUrl!, 'demo', PKG);
    sent.add(key);
    const r = await facadeFetch(url(LIST, 'limit=1'), {
      headers: { 'x-api-key': key, 'client-cert': clientCertHeader(s.pki.demoClient.cert) },
      identity: as(own),
    });
    expect(await problem(r, 403)).toMatch(/not bound to the client certificate/);
  });

  it('takes Client-Cert (RFC 9440) from configured proxies only, and checks CA and revocation itself', async () => {
    const revoked = await s.pki.ca.issue({ commonName: 'revoked behind proxy' });
    const foreign = await (await createCa({ commonName: 'Foreign CA' })).issue({ commonName: 'foreign' });
    const serials = new Set([new X509Certificate(revoked.cert).serialNumber.toLowerCase().replace(/^0+/, '')]);
    const peer = proxiedClientCertificate({
      proxies: ['10.0.0.7'],
      ca: s.pki.ca.cert,
      isRevoked: (x) => serials.has(x),
    });
    const req = (from: string, header?: string) =>
      ({
        socket: { remoteAddress: from },
        headers: header ? { 'client-cert': header } : {},
      }) as unknown as IncomingMessage;
    const forged = req('127.0.0.1', clientCertHeader(s.pki.demoClient.cert));
    expect(peer(forged)).toBeUndefined(); // not a proxy: no TLS peer either, and the header…
    expect(forged.headers['client-cert']).toBeUndefined(); // …is stripped
    expect(
      peer(req('::ffff:10.0.0.7', clientCertHeader(s.pki.demoClient.cert)))
        ?.fingerprint256.replace(/:/g, '')
        .toLowerCase(),
    ).toBe(s.pki.demoClient.fingerprint);
    expect(peer(req('10.0.0.7'))).toBeUndefined();
    expect(() => peer(req('10.0.0.7', clientCertHeader(foreign.cert)))).toThrow(/not issued by the platform's CA/);
    expect(() => peer(req('10.0.0.7', clientCertHeader(revoked.cert)))).toThrow(/revoked/);
    expect(() => peer(req('10.0.0.7', 'not a certificate'))).toThrow(/malformed/);
  });

  it('lets a no-certificate licence in from its allowed addresses only, and audits the change', async () => {
    const clientId = await ensureApiClient(s.db.app, 'demo', { name: 'BI tool' });
    const licenceId = await ensureLicence(s.db.app, 'demo', { clientId, package: PKG, scope: { type: 'tenant' } });
    const { key } = await issueApiKey(s.db.app, 'demo', licenceId);
    const authenticate = createAuthenticator({
      verifyKey: (k, fp) => verifyApiKey(s.db.app, k, fp),
      clientCertificate: () => undefined,
    });
    const from = (address: string) =>
      ({ socket: { remoteAddress: address }, headers: { 'x-api-key': key } }) as unknown as IncomingMessage;
    // Before the change: a certificate is required.
    await expect(authenticate(from('10.1.2.3'), new URL(url(LIST)))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/certificate .*is required/),
    });
    await expect(setNoCertificate(s.db.app, 'demo', licenceId, [], 'admin@demo')).rejects.toThrow(/at least one/);
    expect(await setNoCertificate(s.db.app, 'demo', licenceId, ['10.1.2.3'], 'admin@demo')).toBe(true);
    await expect(authenticate(from('10.1.2.3'), new URL(url(LIST)))).resolves.toMatchObject({
      tenant: 'demo',
      package: PKG,
    });
    await expect(authenticate(from('::ffff:10.1.2.3'), new URL(url(LIST)))).resolves.toMatchObject({ tenant: 'demo' });
    await expect(authenticate(from('10.9.9.9'), new URL(url(LIST)))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // Over TLS the facade still requires a certificate unless it is configured to accept none (allowNoCertificate).
    expect(await problem(await call(LIST, { key, identity: as(undefined) }), 401)).toMatch(
      /client certificate .*is required/,
    );
    const audit = await listCredentialAudit(s.db.app, 'demo');
    expect(audit.find((a) => a.target === licenceId)).toMatchObject({
      actor: 'admin@demo',
      action: 'licence.no-certificate.on',
      detail: { addresses: ['10.1.2.3'] },
    });
    expect(await listCredentialAudit(s.db.app, 'demo2')).toEqual([]);
    sent.add(key);
  });
});

async function demoClientId(): Promise<string> {
  return ensureApiClient(s.db.app, 'demo', { name: DEMO_CLIENT_NAME });
}
