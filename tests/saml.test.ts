/**
 * Staff sign-in over SAML against an IdP peer driven here (keys from node's WebCrypto, responses
 * built and signed with xml-crypto, encrypted with samlify): a good sign-in gives a session the
 * gateway accepts, limited to the tenant; every check samlify leaves to the application refuses a
 * crafted response with a 4xx and no session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import { samlKeyPair } from '@lcs/cli/pki';
import { setIdpConfig } from '@lcs/iam/saml';
import {
  b64,
  buildResponse,
  encryptAssertion,
  idpMetadata,
  logoutRequest,
  newId,
  readRedirectRequest,
  sign,
  type KeyPair,
  type ResponseInput,
} from '@lcs/gateway/idp-peer';
import { startTestStack, type TestStack } from './helpers/stack.ts';

const LOA3 = 'http://id.elegnamnden.se/loa/1.0/loa3';
const PNR = 'urn:oid:1.2.752.29.4.13';
let clockOffset = 0;
let stack: TestStack;
let origin: string;
const idp: Record<string, { entityId: string; keys: KeyPair; metadata: string }> = {};
let user: { personId: string; tssId: string };
let disabledUser: { personId: string };
let firstValidationMs = 0;

beforeAll(async () => {
  stack = await startTestStack({ clients: 10, saml: { now: () => Date.now() + clockOffset, devIdp: true } });
  origin = new URL(stack.gatewayUrl).origin;
  console.log(`SAML schema validator warm-up at start: ${(await stack.samlWarm)?.toFixed(0)} ms`);
  for (const tenant of ['demo', 'demo2']) {
    const keys = await samlKeyPair(`test IdP ${tenant}`);
    const entityId = `https://idp.${tenant}.example/idp`;
    const metadata = idpMetadata({ entityId, ssoUrl: `https://idp.${tenant}.example/sso`, signing: keys });
    idp[tenant] = { entityId, keys, metadata };
    await setIdpConfig(stack.db.app, tenant, { metadataXml: metadata, entityId, profile: 'sweden-connect' });
  }
  const rows = await stack.asTenant('demo', (tx) =>
    tx.execute(sql`
    select u.person_id, u.tss_id, u.disabled from iam."user" u
    where exists (select 1 from iam.role_assignment ra where ra.user_id = u.id and ra.valid_to is null) order by u.id`),
  );
  const list = rowsOf(rows) as { person_id: string; tss_id: string; disabled: boolean }[];
  const active = list.find((r) => !r.disabled)!;
  user = { personId: active.person_id, tssId: active.tss_id };
  // A user who has left: deactivated in iam.
  const left = list.filter((r) => !r.disabled)[1]!;
  await stack.asTenant('demo', (tx) =>
    tx.execute(sql`update iam."user" set disabled = true where person_id = ${left.person_id}`),
  );
  disabledUser = { personId: left.person_id };
});
afterAll(async () => {
  await stack?.close();
});

async function startLogin(tenant = 'demo') {
  const r = await fetch(`${origin}/saml/${tenant}/login`, { redirect: 'manual' });
  expect(r.status).toBe(302);
  return readRedirectRequest(r.headers.get('location')!);
}

function input(tenant: string, inResponseTo: string, over: Partial<ResponseInput> = {}): ResponseInput {
  return {
    issuer: idp[tenant]!.entityId,
    audience: `${origin}/saml/${tenant}/metadata`,
    acsUrl: `${origin}/saml/${tenant}/acs`,
    inResponseTo,
    acr: LOA3,
    attributes: { [PNR]: user.personId, 'urn:oid:2.16.840.1.113730.3.1.241': 'Test Person' },
    ...over,
  };
}

async function post(samlResponseB64: string, tenant = 'demo') {
  const t0 = performance.now();
  const r = await fetch(`${origin}/saml/${tenant}/acs`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ SAMLResponse: samlResponseB64 }).toString(),
  });
  const ms = performance.now() - t0;
  const cookie = r.headers.get('set-cookie');
  return { status: r.status, cookie, text: await r.text(), ms };
}

/** A fresh request and a good signed response for it (assertion signed). */
async function good(
  tenant = 'demo',
  over: Partial<ResponseInput> = {},
  how: { what?: 'assertion' | 'response'; keys?: KeyPair } = {},
) {
  const req = await startLogin(tenant);
  const built = buildResponse(input(tenant, req.id, over));
  return { req, built, signed: sign(built.xml, how.keys ?? idp[tenant]!.keys, { what: how.what }) };
}

/** The gateway's answer to the documents these tests send. */
interface GqlAnswer {
  data: { currentTenant: { domain: string }; clients: { nodes: { id: string }[] } };
  errors?: { message: string; extensions?: { code?: string } }[];
}

const gqlAs = (cookie: string | undefined, query: string) =>
  fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as GqlAnswer }));

const sessionCookie = (setCookie: string | null) => setCookie!.split(';')[0]!;

function expectRefused(r: { status: number; cookie: string | null; text: string }, message: RegExp) {
  expect(r.status, r.text).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  expect(r.cookie).toBeNull();
  expect(r.text).toMatch(message);
}

describe('staff sign-in (SAML SP per tenant)', () => {
  it('serves SP metadata with signing and encryption certificates and the ACS', async () => {
    const r = await fetch(`${origin}/saml/demo/metadata`);
    expect(r.status).toBe(200);
    const xml = await r.text();
    expect(xml).toContain(`entityID="${origin}/saml/demo/metadata"`);
    expect(xml).toMatch(/use="signing"/);
    expect(xml).toMatch(/use="encryption"/);
    expect(xml).toContain(`Location="${origin}/saml/demo/acs"`);
  });

  it('login redirects to the IdP with an AuthnRequest asking for loa3', async () => {
    const req = await startLogin();
    expect(req.acr).toBe(LOA3);
    expect(req.issuer).toBe(`${origin}/saml/demo/metadata`);
  });

  it('a good response signs the user in; GraphQL then runs as that staff user, in their tenant only', async () => {
    const { signed } = await good();
    const r = await post(b64(signed));
    firstValidationMs = r.ms;
    expect(r.status, r.text).toBe(303);
    expect(r.cookie).toMatch(/^lcs_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    const cookie = sessionCookie(r.cookie);
    const who = await fetch(`${origin}/saml/demo/whoami`, { headers: { cookie } });
    expect(await who.text()).toContain(user.tssId);
    const q = await gqlAs(cookie, '{ currentTenant { domain } clients(first: 50) { nodes { id } } }');
    expect(q.status).toBe(200);
    expect(q.body.data.currentTenant.domain).toBe('demo');
    const demoIds = new Set(
      (await stack.gql('{ clients(first: 50) { nodes { id } } }', {}, 'demo')).body.data.clients.nodes.map(
        (n: { id: string }) => n.id,
      ),
    );
    expect(q.body.data.clients.nodes.length).toBeGreaterThan(0);
    for (const n of q.body.data.clients.nodes) expect(demoIds.has(n.id)).toBe(true);
    // The session names the tenant: a header asking for another tenant changes nothing.
    const other = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-lcs-tenant': 'demo2' },
      body: JSON.stringify({ query: '{ currentTenant { domain } }' }),
    });
    expect(((await other.json()) as GqlAnswer).data.currentTenant.domain).toBe('demo');
    // the sign-in and the user's reads are in the audit log under the user's TSS id
    const audit = await stack.asTenant('demo', async (tx) => {
      const r = await tx.execute(
        sql`select activity, category, component from platform.audit_log where principal_kind = 'staff' and
          principal_id = ${user.tssId} order by id`,
      );
      return rowsOf(r) as { activity: string; category: string; component: string }[];
    });
    expect(audit[0]).toMatchObject({ activity: 'StartSession', category: 'Security', component: 'gateway' });
    expect(audit.some((x) => x.activity === 'Read')).toBe(true);
    console.log(`first ACS validation (incl. schema validator warm-up): ${firstValidationMs.toFixed(0)} ms`);
  });

  it('accepts a response signed at the Response level and an encrypted assertion', async () => {
    const a = await good('demo', {}, { what: 'response' });
    const r1 = await post(b64(a.signed));
    expect(r1.status, r1.text).toBe(303);
    const spMetadata = await (await fetch(`${origin}/saml/demo/metadata`)).text();
    const b = await good();
    const enc = await encryptAssertion(b.signed, { idpMetadata: idp.demo!.metadata, spMetadata });
    expect(Buffer.from(enc, 'base64').toString()).toContain('EncryptedAssertion');
    const t0 = performance.now();
    const r2 = await post(enc);
    expect(r2.status, r2.text).toBe(303);
    console.log(
      `encrypted assertion ACS: ${(performance.now() - t0).toFixed(0)} ms; a later plain one: ${r1.ms.toFixed(0)} ms`,
    );
  });

  it('logout ends the session', async () => {
    const { signed } = await good();
    const cookie = sessionCookie((await post(b64(signed))).cookie);
    expect((await gqlAs(cookie, '{ currentTenant { domain } }')).body.data.currentTenant.domain).toBe('demo');
    const out = await fetch(`${origin}/saml/demo/logout`, { headers: { cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await gqlAs(cookie, '{ currentTenant { domain } }')).status).toBe(401);
  });

  it('an IdP LogoutRequest ends the session only when its signature covers the root element', async () => {
    const nameId = `_person-${newId()}`;
    const { signed } = await good('demo', { nameId });
    const cookie = sessionCookie((await post(b64(signed))).cookie);
    const slo = (xml: string) =>
      fetch(`${origin}/saml/demo/logout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ SAMLRequest: b64(xml) }).toString(),
      });
    const lr = (id?: string, who = nameId) =>
      logoutRequest({ issuer: idp.demo!.entityId, destination: `${origin}/saml/demo/logout`, nameId: who, id });
    // Wrapped: a validly signed LogoutRequest for someone else tucked inside, the root naming our user unsigned.
    const inner = sign(lr(undefined, 'someone-else'), idp.demo!.keys, { what: 'root' });
    const sigOfInner = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(inner)![0];
    const wrapped = lr().replace('</saml:Issuer>', `</saml:Issuer>${sigOfInner}`);
    expect((await slo(wrapped)).status).toBe(403);
    expect((await slo(lr())).status).toBe(403); // unsigned
    expect((await slo(sign(lr(), idp.demo2!.keys, { what: 'root' }))).status).toBe(403); // another tenant's IdP key
    expect((await gqlAs(cookie, '{ currentTenant { domain } }')).status).toBe(200);
    const ok = await slo(sign(lr(), idp.demo!.keys, { what: 'root' }));
    expect(ok.status).toBe(200);
    expect((await gqlAs(cookie, '{ currentTenant { domain } }')).status).toBe(401);
  });

  describe('refuses crafted responses with a 4xx and no session', () => {
    it('signature wrapping: signed assertion moved aside, an evil one in its place', async () => {
      const { signed, req } = await good();
      const evil = buildResponse(input('demo', req.id, { attributes: { [PNR]: disabledUser.personId } })).xml;
      const evilAssertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(evil)![0];
      const signedAssertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(signed)![0];
      // XSW1-like: evil assertion first, the signed one kept inside an Extensions element.
      const v1 = signed.replace(
        signedAssertion,
        `${evilAssertion}<samlp:Extensions>${signedAssertion}</samlp:Extensions>`,
      );
      expectRefused(await post(b64(v1)), /exactly one assertion/);
      // XSW-like: signed one nested inside the evil one's SubjectConfirmationData.
      const v2 = signed.replace(
        signedAssertion,
        evilAssertion.replace(
          /<saml:SubjectConfirmationData([^>]*)\/>/,
          `<saml:SubjectConfirmationData$1>${signedAssertion}</saml:SubjectConfirmationData>`,
        ),
      );
      expectRefused(await post(b64(v2)), /exactly one assertion/);
      // Same ID, the evil assertion the only one, and the original signature kept on it.
      const sigEl = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
      const id = /<saml:Assertion[^>]* ID="([^"]+)"/.exec(signed)![1]!;
      const v3 = signed.replace(
        signedAssertion,
        evilAssertion.replace(/ID="[^"]+"/, `ID="${id}"`).replace('</saml:Issuer>', `</saml:Issuer>${sigEl}`),
      );
      expectRefused(await post(b64(v3)), /signature|refused/i);
    });

    it('signature wrapping of a signed Response: evil root, the signed Response inside it', async () => {
      const { signed, req } = await good('demo', {}, { what: 'response' });
      const evil = buildResponse(input('demo', req.id)).xml;
      const v = evil.replace(
        '</samlp:Status>',
        `</samlp:Status><samlp:Extensions>${signed.replace(/^<\?xml[^>]*>/, '')}</samlp:Extensions>`,
      );
      expectRefused(await post(b64(v)), /exactly one assertion/);
    });

    it('a second, unsigned assertion', async () => {
      const { signed, req } = await good();
      const extra = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(buildResponse(input('demo', req.id)).xml)![0];
      expectRefused(
        await post(b64(signed.replace('</samlp:Response>', `${extra}</samlp:Response>`))),
        /exactly one assertion/,
      );
    });

    it('a stripped signature, and a tampered signed value', async () => {
      const { signed } = await good();
      expectRefused(await post(b64(signed.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, ''))), /not signed|refused/i);
      const { signed: s2 } = await good();
      expectRefused(await post(b64(s2.replace(user.personId, disabledUser.personId))), /signature|refused/i);
    });

    it('wrong audience, wrong recipient, wrong destination', async () => {
      expectRefused(
        await post(b64((await good('demo', { audience: `${origin}/saml/demo2/metadata` })).signed)),
        /Audience/,
      );
      expectRefused(
        await post(b64((await good('demo', { recipient: `${origin}/saml/demo2/acs` })).signed)),
        /recipient/,
      );
      expectRefused(
        await post(b64((await good('demo', { destination: 'https://evil.example/acs' })).signed)),
        /destination/,
      );
    });

    it('a replayed response, a replayed assertion id, an unknown or reused InResponseTo', async () => {
      const { signed, built } = await good();
      expect((await post(b64(signed))).status).toBe(303);
      expectRefused(await post(b64(signed)), /InResponseTo|already/);
      // Same assertion id under a fresh request.
      const req2 = await startLogin();
      const again = sign(buildResponse(input('demo', req2.id, { assertionId: built.assertionId })).xml, idp.demo!.keys);
      expectRefused(await post(b64(again)), /already been used/);
      // A request id never sent, and one sent by another tenant.
      expectRefused(await post(b64(sign(buildResponse(input('demo', newId())).xml, idp.demo!.keys))), /InResponseTo/);
      const other = await startLogin('demo2');
      expectRefused(await post(b64(sign(buildResponse(input('demo', other.id)).xml, idp.demo!.keys))), /InResponseTo/);
      // Unsolicited (no InResponseTo at all).
      expectRefused(
        await post(b64(sign(buildResponse({ ...input('demo', ''), inResponseTo: undefined }).xml, idp.demo!.keys))),
        /unsolicited|InResponseTo/i,
      );
    });

    it('expired and not yet valid (skew at most 60 s)', async () => {
      const past = new Date(Date.now() - 10 * 60_000);
      expectRefused(
        await post(b64((await good('demo', { now: past, notOnOrAfter: new Date(Date.now() - 61_000) })).signed)),
        /expired|refused/i,
      );
      expectRefused(
        await post(b64((await good('demo', { notBefore: new Date(Date.now() + 5 * 60_000) })).signed)),
        /not yet valid|refused/i,
      );
      // 30 s past NotOnOrAfter is within the skew.
      const ok = await post(b64((await good('demo', { notOnOrAfter: new Date(Date.now() - 30_000) })).signed));
      expect(ok.status, ok.text).toBe(303);
    });

    it('an assurance level below loa3', async () => {
      expectRefused(
        await post(b64((await good('demo', { acr: 'http://id.elegnamnden.se/loa/1.0/loa2' })).signed)),
        /required level/,
      );
    });

    it("another tenant's issuer and key", async () => {
      const req = await startLogin('demo');
      const forged = sign(buildResponse(input('demo', req.id, { issuer: idp.demo2!.entityId })).xml, idp.demo2!.keys);
      expectRefused(await post(b64(forged)), /identity provider|signature|refused/i);
      // demo2's key but claiming demo's issuer.
      const req2 = await startLogin('demo');
      expectRefused(
        await post(b64(sign(buildResponse(input('demo', req2.id)).xml, idp.demo2!.keys))),
        /signature|certificate/i,
      );
    });

    it('SHA-1 signatures, and a status other than Success', async () => {
      const req = await startLogin();
      expectRefused(
        await post(b64(sign(buildResponse(input('demo', req.id)).xml, idp.demo!.keys, { sha1: true }))),
        /SHA-1/,
      );
      const req2 = await startLogin();
      expectRefused(
        await post(
          b64(
            sign(
              buildResponse(input('demo', req2.id, { status: 'urn:oasis:names:tc:SAML:2.0:status:Responder' })).xml,
              idp.demo!.keys,
            ),
          ),
        ),
        /did not sign you in/,
      );
    });

    it('unknown and deactivated users, and an invalid identity number', async () => {
      expectRefused(
        await post(b64((await good('demo', { attributes: { [PNR]: '194001079120' } })).signed)),
        /not a user of demo/,
      );
      expectRefused(
        await post(b64((await good('demo', { attributes: { [PNR]: disabledUser.personId } })).signed)),
        /deactivated/,
      );
      expectRefused(
        await post(b64((await good('demo', { attributes: { [PNR]: '194001079121' } })).signed)),
        /not valid/,
      );
    });
  });

  it('a session ends after the idle timeout', async () => {
    const { signed } = await good();
    const cookie = sessionCookie((await post(b64(signed))).cookie);
    expect((await gqlAs(cookie, '{ currentTenant { domain } }')).status).toBe(200);
    clockOffset = 31 * 60_000;
    try {
      expect((await gqlAs(cookie, '{ currentTenant { domain } }')).status).toBe(401);
    } finally {
      clockOffset = 0;
    }
  });

  it('the development IdP (pnpm start) signs a picked demo user in', async () => {
    await setIdpConfig(stack.db.app, 'demo2', {
      metadataXml: stack.devIdp!.metadata(),
      entityId: stack.devIdp!.entityId(),
    });
    try {
      const login = await fetch(`${origin}/saml/demo2/login`, { redirect: 'manual' });
      const sso = login.headers.get('location')!;
      expect(sso.startsWith(`${origin}/dev-idp/sso?`)).toBe(true);
      const pickPage = await (await fetch(sso)).text();
      expect(pickPage).toContain('DEVELOPMENT ONLY');
      const form = /<form method="post" action="\/dev-idp\/sso"[^>]*>([\s\S]*?)<\/form>/.exec(pickPage)![1]!;
      const fields = Object.fromEntries(
        [...form.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m) => [
          m[1]!,
          m[2]!.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c))),
        ]),
      );
      const posted = await (
        await fetch(`${origin}/dev-idp/sso`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        })
      ).text();
      const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(posted)![1]!;
      const r = await post(samlResponse, 'demo2');
      expect(r.status, r.text).toBe(303);
      expect(
        (await gqlAs(sessionCookie(r.cookie), '{ currentTenant { domain } }')).body.data.currentTenant.domain,
      ).toBe('demo2');
      // It answers only this gateway's own SPs.
      const foreign = await fetch(
        `${origin}/dev-idp/sso?SAMLRequest=${encodeURIComponent(
          (await import('node:zlib'))
            .deflateRawSync(
              '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_x">' +
                '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">' +
                'https://evil.example/saml/demo/metadata</saml:Issuer></samlp:AuthnRequest>',
            )
            .toString('base64'),
        )}`,
      );
      expect(foreign.status).toBe(400);
    } finally {
      await setIdpConfig(stack.db.app, 'demo2', { metadataXml: idp.demo2!.metadata, entityId: idp.demo2!.entityId });
    }
  });
});
