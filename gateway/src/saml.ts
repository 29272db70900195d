/**
 * Staff sign-in: a SAML v2 service provider per tenant, served by the gateway under
 * `/saml/<domain>/{metadata,login,acs,logout}`, and the session it hands out.
 *
 * samlify (2.13.1) builds the SP metadata and the AuthnRequest, decrypts encrypted assertions and
 * runs its own checks (schema validation through @authenio/samlify-node-xmllint in a worker thread, signature,
 * issuer, time window). It leaves the rest to the application, and those checks are all here, on
 * the decrypted message, with the signature verified again by xml-crypto so that every value is
 * read from the XML the signature covers (xml-crypto's getSignedReferences), never from the
 * surrounding document:
 *
 *   exactly one assertion · signed by the tenant's IdP key (a signature whose one reference is its
 *   parent element, that element being the Response root or the assertion) · unique IDs · no
 *   SHA-1 · status Success · issuer is this tenant's IdP · Audience = our entity id · Recipient
 *   and Destination = our ACS · InResponseTo = a request we sent for this tenant, used once ·
 *   assertion id not replayed before it expires · NotBefore/NotOnOrAfter with ≤ 60 s skew ·
 *   AuthnContextClassRef at least the tenant's level.
 *
 * State that must be shared between gateway instances (outstanding requests, seen assertion ids,
 * sessions) lives in injected stores: in memory for the all-in-one; across instances the same
 * interfaces on Redis (saml-redis.ts: GETDEL to consume a request id, SET NX PX for assertion
 * ids), so that "used once" holds across the fleet.
 */
import { entitlementsOf } from '@lcs/platform';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as samlifyModule from 'samlify';
import { DOMParser } from '@xmldom/xmldom';
import { workerSchemaValidator } from './saml-validator.ts';
import { SignedXml } from 'xml-crypto';
import { failureHeaders, failureOf, readBody, sendProblem, validIdentityNumber, type Principal } from '@lcs/platform';

// samlify is CommonJS: under plain Node ESM only some names are detected as named exports.
const samlify = ((samlifyModule as unknown as { default?: typeof samlifyModule }).default ??
  samlifyModule) as typeof samlifyModule;
// in a worker thread: its synchronous checks (and its slow first one) never hold up requests
const validator = workerSchemaValidator();

// ---------------------------------------------------------------- configuration and injected parts

export type SamlProfileName = 'sweden-connect' | 'inera' | 'adfs';

export interface TenantIdp {
  /** The IdP's metadata (EntityDescriptor XML). */
  metadataXml: string;
  /** Required (and requested) AuthnContextClassRef. */
  loa: string;
  profile: SamlProfileName;
}

export interface LinkedUser {
  userId: number;
  tssId: string;
  fullName: string | null;
  active: boolean;
  roles: string[];
  units: number[];
}

/** What the SP needs from iam (read as the app role, scoped to the tenant in the URL). */
export interface SamlDirectory {
  idp(tenant: string): Promise<TenantIdp | undefined>;
  findUser(tenant: string, who: { personId?: string; hsaId?: string }): Promise<LinkedUser | undefined>;
  /** Called once a session exists (the audit log's StartSession event, and the user's last use). */
  signedIn?(principal: Principal): Promise<void>;
}

/** Outstanding AuthnRequests and seen assertion ids, per tenant. */
export interface SamlStateStore {
  rememberRequest(tenant: string, id: string, expiresAt: number): Promise<void>;
  /** True exactly once for a request this tenant sent and that has not expired. */
  consumeRequest(tenant: string, id: string, now: number): Promise<boolean>;
  /** True if the assertion id was not seen before (and remembers it until expiresAt). */
  firstUse(tenant: string, assertionId: string, expiresAt: number, now: number): Promise<boolean>;
}

export interface StaffSession {
  id: string;
  principal: Principal;
  nameId?: string;
  sessionIndex?: string;
  createdAt: number;
  lastSeen: number;
}

export interface SessionStore {
  put(s: StaffSession): Promise<void>;
  get(id: string): Promise<StaffSession | undefined>;
  delete(id: string): Promise<void>;
  /** Ends every session of the tenant for this IdP NameID (IdP-initiated logout); how many ended. */
  deleteByNameId(tenant: string, nameId: string): Promise<number>;
}

/** In-memory stores for one process (the all-in-one and tests); maps are per instance, keyed by tenant. */
export class MemorySamlStore implements SamlStateStore, SessionStore {
  private requests = new Map<string, number>();
  private assertions = new Map<string, number>();
  private sessions = new Map<string, StaffSession>();
  private sweepAt = 0;
  private sweep(now: number) {
    if (now < this.sweepAt) return;
    this.sweepAt = now + 60_000;
    for (const m of [this.requests, this.assertions]) for (const [k, exp] of m) if (exp <= now) m.delete(k);
  }
  async rememberRequest(tenant: string, id: string, expiresAt: number) {
    this.requests.set(`${tenant}\n${id}`, expiresAt);
  }
  async consumeRequest(tenant: string, id: string, now: number) {
    this.sweep(now);
    const k = `${tenant}\n${id}`;
    const exp = this.requests.get(k);
    this.requests.delete(k);
    return exp !== undefined && exp > now;
  }
  async firstUse(tenant: string, assertionId: string, expiresAt: number, now: number) {
    this.sweep(now);
    const k = `${tenant}\n${assertionId}`;
    const exp = this.assertions.get(k);
    if (exp !== undefined && exp > now) return false;
    this.assertions.set(k, expiresAt);
    return true;
  }
  async put(s: StaffSession) {
    this.sessions.set(s.id, s);
  }
  async get(id: string) {
    return this.sessions.get(id);
  }
  async delete(id: string) {
    this.sessions.delete(id);
  }
  async deleteByNameId(tenant: string, nameId: string) {
    let n = 0;
    for (const [id, s] of this.sessions)
      if (s.principal.tenant === tenant && s.nameId === nameId) {
        this.sessions.delete(id);
        n++;
      }
    return n;
  }
}

export interface SpKeys {
  signing: { key: string; cert: string };
  encryption: { key: string; cert: string };
}

export interface SamlOptions {
  /** Public origin of the gateway, e.g. http://127.0.0.1:4000 (entity ids and ACS URLs derive from it). */
  baseUrl: string | (() => string);
  keys: SpKeys;
  directory: SamlDirectory;
  state?: SamlStateStore;
  sessions?: SessionStore;
  /** Session idle timeout (default 30 min) and absolute lifetime (default 10 h), seconds. */
  idleSeconds?: number;
  absoluteSeconds?: number;
  /** Clock skew allowed on NotBefore/NotOnOrAfter, seconds (at most 60). */
  skewSeconds?: number;
  /** Where a signed-in browser is sent (default: /saml/<domain>/whoami). */
  landing?: (tenant: string) => string;
  now?: () => number;
}

export const SESSION_COOKIE = 'lcs_session';
const REQUEST_TTL_MS = 10 * 60_000;
const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;

// ---------------------------------------------------------------- levels and attribute profiles

const LOA_RANK: Record<string, number> = {
  'http://id.elegnamnden.se/loa/1.0/loa1': 1,
  'http://id.elegnamnden.se/loa/1.0/loa2': 2,
  'http://id.elegnamnden.se/loa/1.0/loa3': 3,
  'http://id.elegnamnden.se/loa/1.0/loa4': 4,
  'http://id.elegnamnden.se/loa/1.0/eidas-low': 1,
  'http://id.elegnamnden.se/loa/1.0/eidas-sub': 3,
  'http://id.elegnamnden.se/loa/1.0/eidas-high': 4,
  'http://id.sambi.se/loa/loa2': 2,
  'http://id.sambi.se/loa/loa3': 3,
  'http://id.sambi.se/loa/loa4': 4,
  // ADFS: multi-factor is the MFA level; a password alone is not.
  'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport': 1,
  'http://schemas.microsoft.com/claims/multipleauthn': 3,
};

/**
 * Whether `acr` meets `required` (unknown levels meet nothing, and nothing meets an unknown
 * requirement but itself).
 */
export function meetsLevel(acr: string | undefined, required: string): boolean {
  if (!acr) return false;
  if (acr === required) return true;
  const a = LOA_RANK[acr];
  const r = LOA_RANK[required];
  return a !== undefined && r !== undefined && a >= r;
}

export interface AttributeProfile {
  personId: string[];
  hsaId: string[];
  givenName: string[];
  surname: string[];
  displayName: string[];
}

/** Attribute names per profile; the first present name wins. */
export const PROFILES: Record<SamlProfileName, AttributeProfile> = {
  'sweden-connect': {
    personId: ['urn:oid:1.2.752.29.4.13'],
    hsaId: ['urn:oid:1.2.752.29.6.2.1'],
    givenName: ['urn:oid:2.5.4.42'],
    surname: ['urn:oid:2.5.4.4'],
    displayName: ['urn:oid:2.16.840.1.113730.3.1.241'],
  },
  // Inera IdP (SITHS card / SITHS eID): its own names, with the Sweden Connect OIDs accepted too.
  inera: {
    personId: ['Subject_SerialNumber', 'personalIdentityNumber', 'urn:oid:1.2.752.29.4.13'],
    hsaId: [
      'Subject_SerialNumber_HsaId',
      'employeeHsaId',
      'urn:sambi:names:attribute:employeeHsaId',
      'urn:oid:1.2.752.29.6.2.1',
    ],
    givenName: ['Subject_GivenName', 'givenName', 'urn:oid:2.5.4.42'],
    surname: ['Subject_Surname', 'sn', 'urn:oid:2.5.4.4'],
    displayName: ['Subject_DisplayName', 'displayName', 'urn:oid:2.16.840.1.113730.3.1.241'],
  },
  // ADFS claims; municipalities issue the identity number as a custom claim of this name.
  adfs: {
    personId: [
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/privatepersonalidentifier',
      'personalIdentityNumber',
      'urn:oid:1.2.752.29.4.13',
    ],
    hsaId: ['http://sambi.se/attributes/1/employeeHsaId', 'employeeHsaId', 'urn:oid:1.2.752.29.6.2.1'],
    givenName: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname'],
    surname: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname'],
    displayName: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'],
  },
};

// ---------------------------------------------------------------- XML helpers

const NS = {
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
};

/** A refusal: HTTP status and a message safe to show. */
export class SamlError extends Error {
  constructor(
    public status: number,
    message: string,
  ) {
    super(message);
  }
}
const refuse = (message: string, status = 403): never => {
  throw new SamlError(status, message);
};

type El = Element;
function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== 'warning') errors.push(msg);
    },
  } as never).parseFromString(xml, 'text/xml') as unknown as Document;
  if (errors.length || !doc?.documentElement) refuse(`malformed XML: ${errors[0] ?? 'no root element'}`, 400);
  // DTDs enable entity tricks; SAML never needs one.
  for (let n = doc.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 10) refuse('a document type declaration is not allowed', 400);
  return doc;
}
const all = (root: Document | El, ns: string, local: string): El[] =>
  Array.from(root.getElementsByTagNameNS(ns, local) as unknown as El[]);
const children = (e: El, ns: string, local: string): El[] =>
  Array.from(e.childNodes as unknown as Node[]).filter(
    (n): n is El => n.nodeType === 1 && (n as El).namespaceURI === ns && (n as El).localName === local,
  );
const child = (e: El | undefined, ns: string, local: string): El | undefined =>
  e ? children(e, ns, local)[0] : undefined;
const text = (e: El | undefined) => e?.textContent?.trim() || undefined;

/**
 * Verifies a ds:Signature that is a direct child of `parent`: made with one of `certs`, with
 * exactly one reference and that reference is `parent` itself (so it covers the whole element,
 * which defeats wrapping). Returns the signed element re-parsed from the signed octets, or
 * undefined when there is no such signature. Throws on a present but bad one.
 */
export function verifyEnveloped(xml: string, parent: El, certs: string[]): El | undefined {
  const sigs = children(parent, NS.ds, 'Signature');
  if (!sigs.length) return undefined;
  if (sigs.length > 1) refuse('more than one signature on one element');
  const id = parent.getAttribute('ID');
  if (!id) refuse('a signed element has no ID');
  for (const cert of certs) {
    const sig = new SignedXml({ publicCert: pem(cert), getCertFromKeyInfo: () => null });
    sig.loadSignature(sigs[0]!);
    let ok: boolean;
    try {
      ok = sig.checkSignature(xml);
    } catch {
      ok = false;
    }
    if (!ok) continue;
    const refs = sig.getReferences();
    if (refs.length !== 1 || refs[0]!.uri !== `#${id}`)
      refuse('the signature does not cover exactly the element it is on');
    const signed = sig.getSignedReferences();
    const el = parseXml(signed[0]!).documentElement as unknown as El;
    if (el.localName !== parent.localName || el.namespaceURI !== parent.namespaceURI || el.getAttribute('ID') !== id)
      refuse('the signed reference is not the signed element');
    return el;
  }
  return refuse("signature is not valid for this tenant's identity provider");
}

const pem = (b64: string) =>
  b64.includes('BEGIN')
    ? b64
    : `-----BEGIN CERTIFICATE-----\n${b64.replace(/\s+/g, '').replace(/(.{64})/g, '$1\n')}\n-----END ` +
      `CERTIFICATE-----\n`;

/** Signature and digest algorithms of every XML signature (not key transport, where OAEP's SHA-1 is normal). */
function rejectSha1(doc: Document) {
  for (const sig of all(doc, NS.ds, 'Signature')) {
    for (const local of ['SignatureMethod', 'DigestMethod']) {
      for (const e of all(sig, NS.ds, local))
        if (/sha1$/i.test(e.getAttribute('Algorithm') ?? '')) refuse('SHA-1 signatures are not accepted');
    }
  }
}

function uniqueIds(doc: Document) {
  const seen = new Set<string>();
  const walk = (e: El) => {
    const id = e.getAttribute('ID') ?? e.getAttribute('Id') ?? e.getAttribute('id');
    if (id) {
      if (seen.has(id)) refuse('duplicate ID in the message');
      seen.add(id);
    }
    for (const c of Array.from(e.childNodes as unknown as Node[])) if (c.nodeType === 1) walk(c as El);
  };
  walk(doc.documentElement as unknown as El);
}

// ---------------------------------------------------------------- the SP

interface TenantSp {
  sp: ReturnType<typeof samlify.ServiceProvider>;
  idp: ReturnType<typeof samlify.IdentityProvider>;
  idpEnc: ReturnType<typeof samlify.IdentityProvider>;
  idpEntityId: string;
  idpCerts: string[];
  cfg: TenantIdp;
}

export interface VerifiedLogin {
  assertionId: string;
  nameId?: string;
  sessionIndex?: string;
  acr: string;
  personId?: string;
  hsaId?: string;
  displayName?: string;
}

export interface SamlService {
  /** Handles `/saml/<domain>/…`; false if the path is not one of ours. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The principal of a signed-in staff session in the request's cookie, if any. */
  authenticate(req: IncomingMessage): Promise<Principal | undefined>;
  entityId(tenant: string): string;
  acsUrl(tenant: string): string;
  /** Loads the schema validator (its first use takes seconds); call at start-up. */
  warm(): Promise<number>;
}

let validatorSet = false;

export function createSaml(o: SamlOptions): SamlService {
  if (!validatorSet) {
    samlify.setSchemaValidator(validator);
    validatorSet = true;
  }
  const state = o.state ?? new MemorySamlStore();
  const sessions = o.sessions ?? (state instanceof MemorySamlStore ? state : new MemorySamlStore());
  const now = o.now ?? Date.now;
  const skew = Math.min(o.skewSeconds ?? 60, 60) * 1000;
  const idle = (o.idleSeconds ?? 1800) * 1000;
  const absolute = (o.absoluteSeconds ?? 36_000) * 1000;
  const base = () => (typeof o.baseUrl === 'function' ? o.baseUrl() : o.baseUrl).replace(/\/$/, '');
  const entityId = (t: string) => `${base()}/saml/${t}/metadata`;
  const acsUrl = (t: string) => `${base()}/saml/${t}/acs`;
  const logoutUrl = (t: string) => `${base()}/saml/${t}/logout`;
  const secure = true;
  // Entities per tenant, rebuilt when the configured metadata changes (no restart needed).
  const cache = new Map<string, { key: string; sp: TenantSp }>();

  function spEntity(tenant: string, signRequests: boolean) {
    return samlify.ServiceProvider({
      entityID: entityId(tenant),
      authnRequestsSigned: signRequests,
      wantAssertionsSigned: true,
      wantLogoutRequestSigned: true,
      signingCert: o.keys.signing.cert,
      privateKey: o.keys.signing.key,
      encryptCert: o.keys.encryption.cert,
      encPrivateKey: o.keys.encryption.key,
      requestSignatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      assertionConsumerService: [{ Binding: samlify.Constants.namespace.binding.post, Location: acsUrl(tenant) }],
      singleLogoutService: [{ Binding: samlify.Constants.namespace.binding.redirect, Location: logoutUrl(tenant) }],
      nameIDFormat: ['urn:oasis:names:tc:SAML:2.0:nameid-format:transient'],
      clockDrifts: [-skew, skew],
    } as never);
  }

  async function tenantSp(tenant: string): Promise<TenantSp> {
    const cfg = await o.directory.idp(tenant);
    if (!cfg)
      refuse(
        `no identity provider is configured for "${tenant}" (pnpm lcs idp set --tenant ${tenant} --metadata …)`,
        404,
      );
    const key = createHash('sha256').update(`${cfg!.loa}\n${cfg!.profile}\n${cfg!.metadataXml}`).digest('hex');
    const hit = cache.get(tenant);
    if (hit?.key === key) return hit.sp;
    const idp = samlify.IdentityProvider({ metadata: cfg!.metadataXml } as never);
    const idpEnc = samlify.IdentityProvider({ metadata: cfg!.metadataXml, isAssertionEncrypted: true } as never);
    const signing = idp.entityMeta.getX509Certificate('signing') as string | string[];
    const idpCerts = (Array.isArray(signing) ? signing.flat() : [signing]).filter(Boolean).map(String);
    if (!idpCerts.length)
      refuse(`the identity provider of "${tenant}" has no signing certificate in its metadata`, 500);
    const sp = spEntity(tenant, idp.entityMeta.isWantAuthnRequestsSigned());
    const t: TenantSp = { sp, idp, idpEnc, idpEntityId: idp.entityMeta.getEntityID(), idpCerts, cfg: cfg! };
    cache.set(tenant, { key, sp: t });
    return t;
  }

  function metadata(tenant: string): string {
    return spEntity(tenant, true).getMetadata();
  }

  async function login(tenant: string): Promise<string> {
    const t = await tenantSp(tenant);
    const id = `_${randomBytes(20).toString('hex')}`;
    // Our own template: samlify's has no RequestedAuthnContext.
    const { context } = t.sp.createLoginRequest(
      t.idp,
      'redirect',
      () =>
        ({
          id,
          context: samlify.SamlLib.replaceTagsByValue(AUTHN_REQUEST, {
            ID: id,
            IssueInstant: new Date(now()).toISOString(),
            Destination: t.idp.entityMeta.getSingleSignOnService('redirect') as string,
            Issuer: entityId(tenant),
            AssertionConsumerServiceURL: acsUrl(tenant),
            LoA: xmlEscape(t.cfg.loa),
          }),
        }) as never,
    ) as { id: string; context: string };
    await state.rememberRequest(tenant, id, now() + REQUEST_TTL_MS);
    return context;
  }

  /** Every check on a posted SAMLResponse; returns what the signed assertion says. */
  async function verifyResponse(tenant: string, samlResponse: string): Promise<VerifiedLogin> {
    const t = await tenantSp(tenant);
    if (samlResponse.length > 400_000) refuse('SAMLResponse is too large', 413);
    const raw = Buffer.from(samlResponse, 'base64').toString('utf8');
    const doc = parseXml(raw);
    const root = doc.documentElement as unknown as El;
    if (root.namespaceURI !== NS.samlp || root.localName !== 'Response') refuse('not a SAML Response', 400);
    const assertionCount = all(doc, NS.saml, 'Assertion').length + all(doc, NS.saml, 'EncryptedAssertion').length;
    if (assertionCount !== 1) refuse(`the response must carry exactly one assertion (it has ${assertionCount})`);
    uniqueIds(doc);
    rejectSha1(doc);
    // Status first: a failed login is reported as such.
    const status = child(child(root, NS.samlp, 'Status'), NS.samlp, 'StatusCode')?.getAttribute('Value');
    if (status !== 'urn:oasis:names:tc:SAML:2.0:status:Success') {
      const sub = child(
        child(child(root, NS.samlp, 'Status'), NS.samlp, 'StatusCode'),
        NS.samlp,
        'StatusCode',
      )?.getAttribute('Value');
      refuse(`the identity provider did not sign you in (${(sub ?? status ?? 'no status').split(':').pop()})`);
    }
    const signedRoot = verifyEnveloped(raw, root, t.idpCerts);
    const encrypted = all(doc, NS.saml, 'EncryptedAssertion').length === 1;
    if (encrypted && child(root, NS.saml, 'EncryptedAssertion') === undefined)
      refuse('the encrypted assertion is not where it belongs');
    if (!encrypted && child(root, NS.saml, 'Assertion') === undefined) refuse('the assertion is not where it belongs');

    // samlify: schema validation, decryption, its signature check, issuer and time window.
    let content: string;
    try {
      const r = await t.sp.parseLoginResponse(encrypted ? t.idpEnc : t.idp, 'post', {
        body: { SAMLResponse: samlResponse },
      } as never);
      // samlify returns the still-encrypted document when only the inner assertion is signed: decrypt
      // again for our checks.
      content = encrypted
        ? ((await samlify.SamlLib.decryptAssertion(t.sp, raw)) as [string, string])[0]
        : (r.samlContent as string);
    } catch (e) {
      const m = e instanceof Error ? e.message : String(e);
      refuse(`the response was refused (${m.split('\n')[0]!.slice(0, 120)})`);
    }
    const dec = parseXml(content!);
    const decRoot = dec.documentElement as unknown as El;
    const decAssertions = all(dec, NS.saml, 'Assertion');
    if (decAssertions.length !== 1 || all(dec, NS.saml, 'EncryptedAssertion').length)
      refuse('the response must carry exactly one assertion');
    uniqueIds(dec);
    rejectSha1(dec);
    const inDoc = decAssertions[0]!;
    if (inDoc.parentNode !== (decRoot as unknown as Node)) refuse('the assertion is not where it belongs');
    // The assertion we read from: its own signed octets, or the signed Response's.
    let assertion = verifyEnveloped(content!, inDoc, t.idpCerts);
    if (!assertion) {
      if (!signedRoot) refuse('neither the assertion nor the response is signed');
      if (encrypted)
        assertion = inDoc; // the encrypted form was covered by the Response signature
      else assertion = child(signedRoot, NS.saml, 'Assertion') ?? refuse('the signed response carries no assertion');
    }
    const a = assertion!;
    const trusted = signedRoot ?? root;

    const idpIssuer = t.idpEntityId;
    if (text(child(a, NS.saml, 'Issuer')) !== idpIssuer)
      refuse("the assertion was not issued by this tenant's identity provider");
    const rIssuer = text(child(trusted, NS.saml, 'Issuer'));
    if (rIssuer !== undefined && rIssuer !== idpIssuer)
      refuse("the response was not issued by this tenant's identity provider");
    const destination = trusted.getAttribute('Destination');
    if (destination !== acsUrl(tenant)) refuse('the response is addressed to another destination');

    const at = now();
    const conditions = child(a, NS.saml, 'Conditions') ?? refuse('the assertion has no conditions');
    const nb = Date.parse(conditions!.getAttribute('NotBefore') ?? '');
    const noa = Date.parse(conditions!.getAttribute('NotOnOrAfter') ?? '');
    if (!Number.isFinite(noa)) refuse('the assertion has no expiry');
    if (Number.isFinite(nb) && at + skew < nb) refuse('the assertion is not yet valid');
    if (at - skew >= noa) refuse('the assertion has expired');
    const restrictions = children(conditions!, NS.saml, 'AudienceRestriction');
    if (
      !restrictions.length ||
      !restrictions.every((r) => children(r, NS.saml, 'Audience').some((x) => text(x) === entityId(tenant)))
    ) {
      refuse('the assertion is meant for another service (Audience)');
    }
    const subject = child(a, NS.saml, 'Subject') ?? refuse('the assertion has no subject');
    const confirmations = children(subject!, NS.saml, 'SubjectConfirmation').filter(
      (c) => c.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer',
    );
    const data = confirmations
      .map((c) => child(c, NS.saml, 'SubjectConfirmationData'))
      .find((d) => d && d.getAttribute('Recipient') === acsUrl(tenant));
    if (!data) refuse('the assertion is meant for another recipient');
    const scNoa = Date.parse(data!.getAttribute('NotOnOrAfter') ?? '');
    if (!Number.isFinite(scNoa) || at - skew >= scNoa) refuse('the subject confirmation has expired');
    const scNb = Date.parse(data!.getAttribute('NotBefore') ?? '');
    if (Number.isFinite(scNb) && at + skew < scNb) refuse('the subject confirmation is not yet valid');
    const inResponseTo = data!.getAttribute('InResponseTo');
    if (!inResponseTo) refuse('unsolicited responses are not accepted (no InResponseTo)');
    const rInResponseTo = trusted.getAttribute('InResponseTo');
    if (rInResponseTo && rInResponseTo !== inResponseTo) refuse('InResponseTo differs between response and assertion');

    const authn = child(a, NS.saml, 'AuthnStatement') ?? refuse('the assertion has no authentication statement');
    const acr = text(child(child(authn!, NS.saml, 'AuthnContext'), NS.saml, 'AuthnContextClassRef'));
    if (!meetsLevel(acr, t.cfg.loa))
      refuse(`the sign-in method (${acr ?? 'none'}) does not meet the required level ${t.cfg.loa}`);
    const sessionNoa = Date.parse(authn!.getAttribute('SessionNotOnOrAfter') ?? '');
    if (Number.isFinite(sessionNoa) && at - skew >= sessionNoa) refuse('the identity provider session has expired');

    // Single use: the request, then the assertion id (kept until the assertion expires).
    if (!(await state.consumeRequest(tenant, inResponseTo!, at)))
      refuse('this response does not answer a sign-in started here (unknown or used InResponseTo)');
    const assertionId = a.getAttribute('ID') ?? refuse('the assertion has no ID');
    if (!(await state.firstUse(tenant, assertionId!, Math.max(noa, scNoa) + skew, at)))
      refuse('this assertion has already been used');

    const attrs = new Map<string, string>();
    for (const st of children(a, NS.saml, 'AttributeStatement')) {
      for (const attr of children(st, NS.saml, 'Attribute')) {
        const v = text(children(attr, NS.saml, 'AttributeValue')[0]);
        const name = attr.getAttribute('Name');
        if (name && v !== undefined && !attrs.has(name)) attrs.set(name, v);
      }
    }
    const profile = PROFILES[t.cfg.profile] ?? PROFILES['sweden-connect'];
    const pick = (names: string[]) => names.map((n) => attrs.get(n)).find((v) => v !== undefined);
    let personId = pick(profile.personId);
    const hsaId = pick(profile.hsaId);
    if (personId !== undefined) {
      personId = personId.replace(/[-+\s]/g, '');
      if (!/^\d{12}$/.test(personId) || !validIdentityNumber(personId)) {
        if (!hsaId) refuse('the identity number from the identity provider is not valid');
        personId = undefined;
      }
    }
    const nameIdEl = child(subject!, NS.saml, 'NameID');
    return {
      assertionId: assertionId!,
      acr: acr!,
      personId,
      hsaId,
      displayName:
        pick(profile.displayName) ??
        ([pick(profile.givenName), pick(profile.surname)].filter(Boolean).join(' ') || undefined),
      nameId: text(nameIdEl),
      sessionIndex: authn!.getAttribute('SessionIndex') ?? undefined,
    };
  }

  async function acs(tenant: string, body: string, res: ServerResponse, ip?: string) {
    const form = new URLSearchParams(body);
    const samlResponse = form.get('SAMLResponse');
    if (!samlResponse) refuse('no SAMLResponse in the form', 400);
    const login = await verifyResponse(tenant, samlResponse!);
    if (!login.personId && !login.hsaId) refuse('the identity provider sent neither an identity number nor an HSA id');
    const user = await o.directory.findUser(
      tenant,
      login.personId ? { personId: login.personId } : { hsaId: login.hsaId },
    );
    if (!user) refuse(`you are not a user of ${tenant}: ask your administrator to add you (you were not signed in)`);
    if (!user!.active) refuse(`your account in ${tenant} is deactivated (you were not signed in)`);
    const t = now();
    const session: StaffSession = {
      id: randomBytes(32).toString('base64url'),
      principal: {
        tenant,
        kind: 'staff',
        sub: user!.tssId,
        scope: { type: 'tenant' },
        roles: user!.roles,
        units: user!.units,
        entitlements: entitlementsOf(user!.roles),
      },
      nameId: login.nameId,
      sessionIndex: login.sessionIndex,
      createdAt: t,
      lastSeen: t,
    };
    await sessions.put(session);
    await o.directory.signedIn?.({ ...session.principal, ip });
    res.writeHead(303, {
      location: o.landing?.(tenant) ?? `/saml/${tenant}/whoami`,
      'set-cookie': cookie(session.id, Math.floor(absolute / 1000)),
      'cache-control': 'no-store',
    });
    res.end();
  }

  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;

  async function current(req: IncomingMessage): Promise<StaffSession | undefined> {
    const id = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!id) return undefined;
    const s = await sessions.get(id);
    if (!s) return undefined;
    const t = now();
    if (t - s.lastSeen > idle || t - s.createdAt > absolute) {
      await sessions.delete(id);
      return undefined;
    }
    s.lastSeen = t;
    await sessions.put(s);
    return s;
  }

  async function logout(tenant: string, req: IncomingMessage, res: ServerResponse, url: URL, body: string) {
    // A LogoutRequest from the IdP (HTTP-POST): its signature must cover the root element.
    const posted = new URLSearchParams(body).get('SAMLRequest');
    if (posted) {
      const t = await tenantSp(tenant);
      const xml = Buffer.from(posted, 'base64').toString('utf8');
      const d = parseXml(xml);
      rejectSha1(d);
      uniqueIds(d);
      const r = d.documentElement as unknown as El;
      if (r.namespaceURI !== NS.samlp || r.localName !== 'LogoutRequest') refuse('not a LogoutRequest', 400);
      const signed = verifyEnveloped(xml, r, t.idpCerts) ?? refuse('the LogoutRequest is not signed');
      if (text(child(signed!, NS.saml, 'Issuer')) !== t.idpEntityId)
        refuse("the LogoutRequest is not from this tenant's identity provider");
      const dest = signed!.getAttribute('Destination');
      if (dest && dest !== logoutUrl(tenant)) refuse('the LogoutRequest is addressed to another destination');
      const nameId = text(child(signed!, NS.saml, 'NameID'));
      if (!nameId) refuse('the LogoutRequest names no subject', 400);
      // Values from the signed octets only; ends that person's sessions in this tenant (the browser's
      // cookie is not needed).
      const ended = await sessions.deleteByNameId(tenant, nameId!);
      return page(res, 200, 'Signed out', `The identity provider ended your session${ended === 1 ? '' : 's'}.`);
    }
    void url;
    const s = await current(req);
    if (s) await sessions.delete(s.id);
    res.writeHead(303, {
      location: `/saml/${tenant}/signed-out`,
      'set-cookie': cookie('', 0),
      'cache-control': 'no-store',
    });
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = /^\/saml\/([^/]+)\/([a-z-]+)$/.exec(url.pathname);
    if (!m) return false;
    const [, tenant, action] = m as unknown as [string, string, string];
    try {
      if (!DOMAIN.test(tenant)) refuse('not a tenant domain', 404);
      const body = req.method === 'POST' ? await readForm(req) : '';
      switch (action) {
        case 'metadata': {
          const xml = metadata(tenant);
          res.writeHead(200, { 'content-type': 'application/samlmetadata+xml; charset=utf-8' });
          res.end(xml);
          return true;
        }
        case 'login':
          res.writeHead(302, { location: await login(tenant), 'cache-control': 'no-store' });
          res.end();
          return true;
        case 'acs':
          if (req.method !== 'POST') refuse('the ACS takes HTTP-POST', 405);
          await acs(tenant, body, res, req.socket.remoteAddress);
          return true;
        case 'logout':
          await logout(tenant, req, res, url, body);
          return true;
        case 'signed-out':
          page(
            res,
            200,
            'Signed out',
            `You are signed out of ${tenant}. <a href="/saml/${tenant}/login">Sign in again</a>.`,
          );
          return true;
        case 'whoami': {
          const s = await current(req);
          if (!s || s.principal.tenant !== tenant) refuse('not signed in', 401);
          const p = s!.principal;
          page(
            res,
            200,
            'Signed in',
            `Signed in to <b>${esc(p.tenant)}</b> as <b>${esc(p.sub)}</b> ` +
              `(roles: ${esc((p.roles ?? []).join(', ') || 'none')}; ` +
              `units: ${esc((p.units ?? []).join(', ') || 'none')}).` +
              `\n            GraphQL at <code>/graphql</code> now runs as you. ` +
              `<a href="/saml/${tenant}/logout">Sign out</a>.`,
          );
          return true;
        }
        default:
          refuse(`no SAML endpoint "${action}"`, 404);
      }
    } catch (e) {
      if (e instanceof SamlError) page(res, e.status, 'Sign-in refused', esc(e.message));
      else {
        // e.g. the shared store is down: UNAVAILABLE (503 with Retry-After); anything unexpected masked
        // with an error id
        const f = failureOf(e, { route: 'saml', action });
        failureHeaders(res, f);
        if (f.code === 'INTERNAL') page(res, 500, 'Sign-in failed', esc(f.message));
        else if (f.code === 'UNAVAILABLE') page(res, f.status, 'Sign-in unavailable', esc(f.message));
        else sendProblem(res, f.code, f.message, f.extensions.field ? { field: f.extensions.field } : {});
      }
    }
    return true;
  }

  return {
    handle,
    entityId,
    acsUrl,
    async authenticate(req) {
      return (await current(req))?.principal;
    },
    async warm() {
      const t0 = performance.now();
      await validator.validate(WARM_UP).catch(() => undefined);
      return performance.now() - t0;
    },
  };
}

/**
 * The entity id of IdP metadata, after checking samlify can use it: an IDPSSODescriptor with a
 * signing certificate and an HTTP-Redirect SingleSignOnService.
 */
export function idpEntityId(metadataXml: string): string {
  parseXml(metadataXml);
  const idp = samlify.IdentityProvider({ metadata: metadataXml } as never);
  const entityId = idp.entityMeta.getEntityID();
  if (!entityId) throw new Error('no entityID');
  const cert = idp.entityMeta.getX509Certificate('signing');
  if (!cert || (Array.isArray(cert) && !cert.length)) throw new Error('no signing certificate');
  if (typeof idp.entityMeta.getSingleSignOnService('redirect') !== 'string')
    throw new Error('no HTTP-Redirect SingleSignOnService');
  return entityId;
}

const AUTHN_REQUEST =
  '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ' +
  'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{ID}" Version="2.0" IssueInstant="{IssueInstant}" ' +
  'Destination="{Destination}" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" ' +
  'AssertionConsumerServiceURL="{AssertionConsumerServiceURL}"><saml:Issuer>{Issuer}</saml:Issuer>' +
  '<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" AllowCreate="true"/>' +
  '<samlp:RequestedAuthnContext Comparison="exact"><saml:AuthnContextClassRef>{LoA}</saml:AuthnContextClassRef>' +
  '</samlp:RequestedAuthnContext></samlp:AuthnRequest>';

const WARM_UP =
  '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ' +
  'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_w" Version="2.0" ' +
  'IssueInstant="2020-01-01T00:00:00Z"><samlp:Status>' +
  '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>';

const xmlEscape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const esc = xmlEscape;

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim() || undefined;
  }
  return undefined;
}

/** The form body (the shared reader: over the limit, 413 after the rest was drained, never a reset). */
async function readForm(req: IncomingMessage, limit = 600_000): Promise<string> {
  return (await readBody(req, limit)).toString('utf8');
}

function page(res: ServerResponse, status: number, title: string, html: string) {
  const body =
    `<!doctype html><meta charset="utf-8"><title>${title}</title><body ` +
    `style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>${title}</h1><p>${html}</p></body>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
