/**
 * The console's GraphQL administration API in iam (subgraphs/iam/src/admin.ts), over the
 * gateway: tenant administrators only, bad input refused with BAD_USER_INPUT naming the field,
 * changes audited (keys by their public id, never the secret), the audit search filters and pages,
 * and a key created here works at the facade until revoked here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DEFAULT_LIMITS, PRINCIPAL_HEADER, rowsOf, signPrincipal } from '@lcs/platform';
import type { Issued } from '@lcs/cli/pki';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeFetch } from './helpers/facade.ts';

describe('console administration API (iam)', () => {
  let s: TestStack;
  let cert: Issued;
  beforeAll(async () => {
    s = await startTestStack({ tenants: ['demo', 'demo2'], clients: 8 });
    cert = await s.pki.ca.issue({ commonName: 'console-api-test', eku: ['clientAuth'] });
  });
  afterAll(async () => s?.close());

  const code = (r: { body: { errors?: { extensions?: { code?: string; field?: string } }[] } }) =>
    r.body.errors?.[0]?.extensions?.code;
  const field = (r: { body: { errors?: { extensions?: { field?: string } }[] } }) =>
    r.body.errors?.[0]?.extensions?.field;

  it('is for tenant administrators only', async () => {
    const token = await signPrincipal(
      { tenant: 'demo', kind: 'staff', sub: 'USK001', scope: { type: 'tenant' }, roles: ['UNDERSKOTERSKA'] },
      s.config.trust,
    );
    const res = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: token },
      body: JSON.stringify({ query: '{ partnerSystems { id } }' }),
    });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data?.partnerSystems ?? null).toBeNull();
    const defaults = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: token },
      body: JSON.stringify({ query: '{ licenceLimitDefaults { rowsPerMinute } }' }),
    });
    expect((await defaults.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('onboards a partner: system, PEM certificate (clientAuth), licence, key; the key works till revoked', async () => {
    const created = await s.gql(
      'mutation { createPartnerSystem(name: "Beta BI", description: "BI tool") { id name certificates { ' +
        'fingerprint } } }',
    );
    const systemId = created.body.data.createPartnerSystem.id as string;
    expect(created.body.data.createPartnerSystem.name).toBe('Beta BI');
    expect(code(await s.gql('mutation { createPartnerSystem(name: "Beta BI") { id } }'))).toBe('CONFLICT');

    const bind = (v: Record<string, unknown>) =>
      s.gql(
        'mutation B($id: ID!, $pem: String, $fp: String) { addPartnerCertificate(systemId: $id, pem: $pem, ' +
          'fingerprint: $fp) { fingerprint subject issuer notBefore notAfter extendedKeyUsage revoked } }',
        { id: systemId, ...v },
      );
    const server = await s.pki.ca.issue({ commonName: 'a-server', eku: ['serverAuth'] });
    const refused = await bind({ pem: server.cert });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(field(refused)).toBe('pem');
    expect(refused.body.errors![0].message).toContain('clientAuth');
    const noEku = await bind({ pem: (await s.pki.ca.issue({ commonName: 'no-eku', eku: null })).cert });
    expect(code(noEku)).toBe('BAD_USER_INPUT');
    const expired = await bind({
      pem: (
        await s.pki.ca.issue({
          commonName: 'old',
          notBefore: new Date(Date.now() - 20 * 86_400_000),
          notAfter: new Date(Date.now() - 86_400_000),
        })
      ).cert,
    });
    expect(expired.body.errors![0].message).toContain('expired');
    expect(code(await bind({ pem: 'hello' }))).toBe('BAD_USER_INPUT');
    expect(code(await bind({ fp: 'abc' }))).toBe('BAD_USER_INPUT');
    expect(code(await bind({}))).toBe('BAD_USER_INPUT');
    const bound = await bind({ pem: cert.cert });
    expect(bound.body.data.addPartnerCertificate).toMatchObject({
      fingerprint: cert.fingerprint,
      extendedKeyUsage: ['clientAuth'],
      revoked: false,
    });
    expect(bound.body.data.addPartnerCertificate.subject).toContain('CN=console-api-test');
    expect(bound.body.data.addPartnerCertificate.issuer).toContain('CN=');

    const lic = (v: Record<string, unknown>) =>
      s.gql(
        'mutation L($id: ID!, $p: String!, $scope: LicenceScopeKind, $units: [Int!], $limits: ' +
          'LicenceLimitsInput) { createLicence(systemId: $id, package: $p, scope: $scope, providerUnits: ' +
          '$units, limits: $limits) { id package scope limits { ratePerMinute } effectiveLimits { ratePerMinute ' +
          'burst concurrency rowsPerMinute } keys { id } } }',
        { id: systemId, ...v },
      );
    expect(field(await lic({ p: 'nope' }))).toBe('package');
    expect(field(await lic({ p: '8873', scope: 'PROVIDER' }))).toBe('providerUnits');
    expect(field(await lic({ p: '8873', limits: { ratePerMinute: -1 } }))).toBe('limits.ratePerMinute');
    expect(field(await s.gql('mutation { createLicence(systemId: "x", package: "8873") { id } }'))).toBe('systemId');
    const licence = (await lic({ p: '8873', limits: { ratePerMinute: 120 } })).body.data.createLicence;
    expect(licence).toMatchObject({ package: '8873', scope: 'TENANT', limits: { ratePerMinute: 120 }, keys: [] });
    // the limits that apply: its own rate, the platform's defaults for the rest (what the console shows)
    expect(licence.effectiveLimits).toEqual({ ...DEFAULT_LIMITS, ratePerMinute: 120 });
    const defaults = await s.gql('{ licenceLimitDefaults { ratePerMinute burst concurrency rowsPerMinute } }');
    expect(defaults.body.data.licenceLimitDefaults).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.rowsPerMinute).toBe(300_000);

    expect(
      field(
        await s.gql(`mutation { createApiKey(licenceId: "${licence.id}", expiresAt: "2001-01-01T00:00:00Z") { key } }`),
      ),
    ).toBe('expiresAt');
    const k = (
      await s.gql(
        `mutation { createApiKey(licenceId: "${licence.id}", label: "main") { key apiKey { id label revoked ` +
          `expired } } }`,
      )
    ).body.data.createApiKey;
    expect(k.key).toMatch(/^lcs_[a-z2-7]{12}_/);
    expect(k.apiKey).toMatchObject({ label: 'main', revoked: false, expired: false });
    // the key is never readable again
    const listed = (await s.gql('{ partnerSystems { name licences { keys { id label } } } }')).body.data.partnerSystems;
    expect(JSON.stringify(listed)).not.toContain(k.key);
    expect(listed.find((x: { name: string }) => x.name === 'Beta BI').licences[0].keys).toEqual([
      { id: k.apiKey.id, label: 'main' },
    ]);
    // another tenant sees none of it
    expect(
      (await s.gql('{ partnerSystems { name } }', {}, 'demo2')).body.data.partnerSystems.map(
        (x: { name: string }) => x.name,
      ),
    ).not.toContain('Beta BI');

    const call = () =>
      facadeFetch(`${s.facadeUrl}/api/v1/clients?limit=3&domain=demo`, {
        headers: { 'x-api-key': k.key },
        identity: { ca: s.pki.ca.cert, cert: cert.cert, key: cert.key },
      });
    expect((await call()).status).toBe(200);
    await s.fairShare!.flush();
    const usage = (await s.gql(`{ apiKeyUsage(keyId: "${k.apiKey.id}", bucket: DAY) { requests rows rejects } }`)).body
      .data.apiKeyUsage;
    expect(usage).toEqual([{ requests: 1, rows: 3, rejects: 0 }]);
    expect(field(await s.gql('{ apiKeyUsage(keyId: "BAD") { at } }'))).toBe('keyId');

    const audit = (
      await s.gql(
        'query A($f: AuditSearchFilter) { auditSearch(filter: $f, first: 10) { hasNextPage nodes { activity ' +
          'principalKind principalId keyId package clientIds recordCount } } }',
        { f: { apiClient: systemId } },
      )
    ).body.data.auditSearch;
    expect(audit.nodes.length).toBeGreaterThan(0);
    expect(audit.nodes[0]).toMatchObject({
      activity: 'Read',
      principalKind: 'partner',
      principalId: systemId,
      keyId: k.apiKey.id,
      package: '8873',
    });
    expect(audit.nodes[0].clientIds.length).toBe(3);
    // by client: the same read is found through one of its clients
    const byClient = (
      await s.gql('query A($f: AuditSearchFilter) { auditSearch(filter: $f) { nodes { principalId } } }', {
        f: { clientIds: [audit.nodes[0].clientIds[0]] },
      })
    ).body.data.auditSearch;
    expect(byClient.nodes.map((n: { principalId: string }) => n.principalId)).toContain(systemId);
    // paging: one per page
    // (before a fixed time: each search is itself a new, newest event)
    const until = { to: new Date().toISOString() };
    const page = (offset: number) =>
      s.gql(
        'query P($f: AuditSearchFilter, $o: Int) { auditSearch(filter: $f, first: 1, offset: $o) { ' +
          'hasNextPage nodes { id } } }',
        { f: until, o: offset },
      );
    const p1 = (await page(0)).body.data.auditSearch;
    const p2 = (await page(1)).body.data.auditSearch;
    expect((await page(0)).body.data.auditSearch.nodes[0].id).toBe(p1.nodes[0].id);
    expect(p1.hasNextPage).toBe(true);
    expect(p1.nodes[0].id).not.toBe(p2.nodes[0].id);
    expect(
      field(
        await s.gql(
          '{ auditSearch(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { hasNextPage } }',
        ),
      ),
    ).toBe('filter.from');
    expect(field(await s.gql('{ auditSearch(filter: { apiClient: "x" }) { hasNextPage } }'))).toBe('filter.apiClient');

    const revoked = await s.gql(`mutation { revokeApiKey(keyId: "${k.apiKey.id}") { id revoked } }`);
    expect(revoked.body.data.revokeApiKey).toEqual({ id: k.apiKey.id, revoked: true });
    expect(code(await s.gql(`mutation { revokeApiKey(keyId: "${k.apiKey.id}") { id } }`))).toBe('NOT_FOUND');
    expect((await call()).status).toBe(401);

    // every change is audited; the key only by its public id
    const changes = await s.asTenant('demo', async (tx) =>
      rowsOf<{ activity: string; entity: string; changes: string }>(
        await tx.execute(sql`
      select activity, entities[1] as entity, changes::text as changes from platform.audit_log where principal_kind =
      'dev' and subsystem = 'Iam' and activity <> 'Read' and activity <> 'AuditSearch' order by at, id`),
      ),
    );
    expect(changes.map((c) => `${c.activity} ${c.entity}`)).toEqual([
      'Create ApiClient',
      'Create ClientCertificate',
      'Create Licence',
      'Create ApiKey',
      'Update ApiKey',
    ]);
    expect(changes.some((c) => String(c.changes).includes(k.key))).toBe(false);
    const searches = await s.asTenant('demo', async (tx) =>
      rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from platform.audit_log where activity = 'AuditSearch'`),
      ),
    );
    expect(Number(searches[0]!.n)).toBeGreaterThanOrEqual(4);
  });

  it('answers CONFLICT, not an internal error, when two requests make the same system at the same moment', async () => {
    // each checks the name is free, then inserts: on PostgreSQL the later ones meet the unique index
    // (SQLSTATE 23505), which was masked as INTERNAL_SERVER_ERROR (found by tests/input-sweep.test.ts)
    const tries = await Promise.all(
      Array.from({ length: 6 }, () => s.gql('mutation { createPartnerSystem(name: "Same moment") { id name } }')),
    );
    const made = tries.filter((r) => r.body.data?.createPartnerSystem?.name === 'Same moment');
    expect(made).toHaveLength(1);
    expect(tries.filter((r) => !r.body.data?.createPartnerSystem).map(code)).toEqual(Array(5).fill('CONFLICT'));
    for (const r of tries.filter((t) => t.body.errors)) expect(r.body.errors![0]!.message).toMatch(/exists already/);
    const rows = await s.asTenant('demo', async (tx) =>
      rowsOf(await tx.execute(sql`select id from iam.api_client where name = 'Same moment'`)),
    );
    expect(rows).toHaveLength(1);
  });

  it('reads and sets the IdP configuration, refusing metadata that is not an IdP', async () => {
    expect((await s.gql('{ idpConfiguration { entityId } }')).body.data.idpConfiguration).toBeNull();
    const set = (xml: string, extra = '') =>
      s.gql(
        `mutation S($xml: String!) { setIdpConfiguration(metadataXml: $xml${extra}) { entityId loa profile ` +
          `testSignInPath } }`,
        { xml },
      );
    expect(field(await set('<x/>'))).toBe('metadataXml');
    expect(field(await set('not xml <'))).toBe('metadataXml');
    const sp = await s.pki.ca.issue({ commonName: 'idp-signing' });
    const b64 = sp.cert.replace(/-----[^-]+-----|\s/g, '');
    const root =
      '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" ' +
      'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.example.se/idp">';
    const md = `${root}
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${b64}</ds:X509Certificate>
      </ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        Location="https://idp.example.se/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`;
    expect(field(await set(md, ', profile: "other"'))).toBe('profile');
    const ok = await set(md, ', profile: "inera"');
    expect(ok.body.data.setIdpConfiguration).toEqual({
      entityId: 'https://idp.example.se/idp',
      loa: 'http://id.elegnamnden.se/loa/1.0/loa3',
      profile: 'inera',
      testSignInPath: '/saml/demo/login',
    });
    expect((await s.gql('{ idpConfiguration { entityId profile } }')).body.data.idpConfiguration).toEqual({
      entityId: 'https://idp.example.se/idp',
      profile: 'inera',
    });
    expect((await s.gql('{ idpConfiguration { entityId } }', {}, 'demo2')).body.data.idpConfiguration).toBeNull();
  });
});
