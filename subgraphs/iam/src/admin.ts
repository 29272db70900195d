/**
 * The tenant administrator's GraphQL API (used by the web console, `/console`): partner systems
 * (API clients), their client certificates, licences and API keys, usage per key over time, the
 * audit-log search, and the tenant's staff sign-in (IdP) configuration.
 *
 * Everything runs in the request's own tenant transaction (row-level security decides what is
 * visible), for tenant administrators only (isTenantAdministrator); every change is an audit
 * record of the request (ctx.audit.change, committed with the change), and every audit search an
 * audit event itself. Bad input is a BAD_USER_INPUT (400) naming the field; nothing here returns
 * a secret except `createApiKey`, once.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseYaml } from 'yaml';
import {
  badInput,
  effectiveLimits,
  LIMIT_NAMES,
  isTenantAdministrator,
  pageOffset,
  pageSize,
  PlatformError,
  rowsOf,
  validIdentityNumber,
  type RequestContext,
  type TypeResolvers,
  type Tx,
} from '@lcs/platform';
import {
  apiClient,
  apiKey,
  clientCertificate,
  credentialsChanged,
  generateApiKey,
  KEY_ID,
  KEY_LIFETIME_DAYS,
  licence,
  normaliseFingerprint,
  parseIntArray,
  sha256Fingerprint,
  type FairShareLimits,
} from './credentials.ts';
import { DEFAULT_LOA, idpConfig, SAML_PROFILES, type SamlProfile } from './saml.ts';

/** Extended key usage OID a partner's client certificate must carry (TLS client authentication). */
export const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  [CLIENT_AUTH_OID]: 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};

export const adminTypeDefs = /* GraphQL */ `
  extend type Query {
    "The tenant's partner systems (API clients) with their certificates, licences and keys. Tenant administrators only."
    partnerSystems: [PartnerSystem!]!
    "The packages a licence can be issued for (the REST facade's manifest). Tenant administrators only."
    licensablePackages: [LicensablePackage!]!
    "The limits of a licence that sets none of its own (the platform's defaults). Tenant administrators only."
    licenceLimitDefaults: EffectiveLimits!
    """
    Usage of one API key per time bucket (requests served, rows returned, requests refused with 429).
    Default: the last 24 hours by hour. Tenant administrators only.
    """
    apiKeyUsage(
      "The key's public id."
      keyId: String!
      from: DateTime
      to: DateTime
      bucket: UsageBucket = HOUR
    ): [UsagePoint!]!
    """
    Who read or changed what: the tenant's audit log, newest first, filtered and paged.
    The search is itself audited. Tenant administrators only.
    """
    auditSearch(
      filter: AuditSearchFilter
      "Page size (default 50, at most 5000)."
      first: Int = 50
      offset: Int = 0
    ): AuditSearchPage!
    "The tenant's staff sign-in (SAML identity provider), if configured. Tenant administrators only."
    idpConfiguration: IdpConfiguration
  }
  extend type Mutation {
    "Creates a partner system (receiving system). Names are unique in the tenant."
    createPartnerSystem(name: String!, description: String): PartnerSystem!
    """
    Binds a client certificate to a system: a PEM certificate (must allow TLS client authentication,
    EKU clientAuth, and be valid now), or a SHA-256 fingerprint alone.
    """
    addPartnerCertificate(systemId: ID!, pem: String, fingerprint: String): PartnerCertificate!
    "Unbinds a certificate: keys no longer work with it."
    removePartnerCertificate(systemId: ID!, fingerprint: String!): PartnerCertificate!
    "Licenses a package to a system with a data scope and optional limits."
    createLicence(
      systemId: ID!
      package: String!
      scope: LicenceScopeKind
      "Provider scope: the units."
      providerUnits: [Int!]
      "Subject scope: the citizen's identity number."
      subjectId: String
      limits: LicenceLimitsInput
    ): PartnerLicence!
    "Revokes a licence: its keys stop working."
    revokeLicence(id: ID!): PartnerLicence!
    "Creates an API key for a licence. The key is in the answer once and never again (only its hash is kept)."
    createApiKey(
      licenceId: ID!
      label: String
      "Default: in ${KEY_LIFETIME_DAYS} days; at most ten years ahead."
      expiresAt: DateTime
    ): CreatedApiKey!
    "Revokes a key at once."
    revokeApiKey(keyId: String!): PartnerKey!
    "Sets the tenant's identity provider (used from the next sign-in)."
    setIdpConfiguration(
      metadataXml: String!
      "AuthnContextClassRef required (default loa3)."
      loa: String
      "sweden-connect, inera or adfs (default sweden-connect)."
      profile: String
    ): IdpConfiguration!
  }
  enum UsageBucket { MINUTE HOUR DAY }
  enum LicenceScopeKind { TENANT PROVIDER SUBJECT }
  type PartnerSystem {
    id: ID! name: String! description: String createdAt: DateTime! disabled: Boolean!
    certificates: [PartnerCertificate!]! licences: [PartnerLicence!]!
  }
  type PartnerCertificate {
    "SHA-256, lower-case hex."
    fingerprint: String! subject: String issuer: String notBefore: DateTime notAfter: DateTime
    "Extended key usages (clientAuth, serverAuth, …); empty when bound by fingerprint alone."
    extendedKeyUsage: [String!]!
    boundAt: DateTime! revoked: Boolean!
  }
  type PartnerLicence {
    id: ID! systemId: ID! package: String! packageName: String scope: LicenceScopeKind! providerUnits: [Int!]
    subjectId: String @personalData
    "The licence's own limits (null where it leaves one to the platform's default)."
    limits: LicenceLimits
    "The limits that apply: the licence's own, the platform's default for any it leaves unset."
    effectiveLimits: EffectiveLimits!
    createdAt: DateTime! revoked: Boolean! keys: [PartnerKey!]!
  }
  type LicenceLimits { ratePerMinute: Int burst: Int concurrency: Int rowsPerMinute: Int }
  "Fair-share limits in force: requests a minute and burst per key, in flight per tenant, rows a minute per key."
  type EffectiveLimits { ratePerMinute: Int! burst: Int! concurrency: Int! rowsPerMinute: Int! }
  input LicenceLimitsInput { ratePerMinute: Int burst: Int concurrency: Int rowsPerMinute: Int }
  type PartnerKey {
    id: String! licenceId: ID! label: String createdAt: DateTime! expiresAt: DateTime!
    revoked: Boolean! expired: Boolean! lastUsed: DateTime
  }
  type CreatedApiKey {
    "The whole key: shown once, store it now."
    key: String!
    apiKey: PartnerKey!
  }
  type LicensablePackage { id: String! name: String! english: String scope: LicenceScopeKind! }
  type UsagePoint { at: DateTime! requests: Int! rows: Int! rejects: Int! }
  input AuditSearchFilter {
    "Events concerning any of these clients (care's client ids)."
    clientIds: [Int!]
    "A staff user's TSS id."
    user: String
    "A partner system's id."
    apiClient: ID
    from: DateTime
    to: DateTime
    "Read, Create, Update, Delete, StartSession, …"
    activity: String
  }
  type AuditSearchPage { nodes: [AuditEvent!]! hasNextPage: Boolean! }
  type AuditEvent {
    id: ID! at: DateTime! subsystem: String! component: String! category: String! activity: String!
    "staff, partner, dev or service."
    principalKind: String!
    "A staff user's TSS id, or a partner system's id."
    principalId: String!
    principalName: String keyId: String package: String roles: [String!]! units: [Int!]!
    clientIds: [Int!]! entities: [String!]! recordCount: Int! operation: String fields: [String!]!
    outcome: String! ip: String
  }
  type IdpConfiguration {
    entityId: String! loa: String! profile: String! metadataXml: String! updatedAt: DateTime!
    "The SP's sign-in URL path to test with."
    testSignInPath: String!
  }
`;

// ---------------------------------------------------------------- input checks

function admin(ctx: RequestContext): void {
  if (!isTenantAdministrator(ctx.principal))
    throw new PlatformError(
      'FORBIDDEN',
      'partner administration, audit search and sign-in settings are for tenant administrators (the system ' +
        'administrator role)',
    );
}

/**
 * Runs a console mutation of partner credentials (systems, certificates, licences, keys) in the
 * request's transaction, and once it has ended tells this process's kept key verdicts
 * (`credentialsChanged`): other processes see the change through the credential generation the
 * same transaction bumped, this one at once.
 */
function changeCredentials<T>(ctx: RequestContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  ctx.scope.afterEnd(credentialsChanged);
  return ctx.scope.run(fn);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidArg(v: unknown, field: string): string {
  if (typeof v !== 'string' || !UUID.test(v)) throw badInput(`${field} is not an id this API returned`, field);
  return v.toLowerCase();
}

function text(v: unknown, field: string, max: number, required = true): string | undefined {
  if (v === undefined || v === null || (typeof v === 'string' && !v.trim() && !required)) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw badInput(`${field} must not be empty`, field);
  if (v.length > max) throw badInput(`${field} is longer than ${max} characters`, field);
  return v.trim();
}

function keyIdArg(v: unknown): string {
  if (typeof v !== 'string' || !KEY_ID.test(v))
    throw badInput('keyId is not a key id (12 characters a–z, 2–7)', 'keyId');
  return v;
}

function dateArg(v: unknown, field: string): Date | undefined {
  if (v === undefined || v === null) return undefined;
  const d = v instanceof Date ? v : new Date(String(v));
  if (Number.isNaN(d.getTime())) throw badInput(`${field} is not a date and time`, field);
  return d;
}

// ---------------------------------------------------------------- packages (the facade manifest)

interface PackageInfo {
  id: string;
  name: string;
  english?: string;
  scope: 'tenant' | 'provider' | 'subject';
}
let packageCache: PackageInfo[] | undefined;
/** The licensable packages of schema/packages.yaml (read once). */
export function licensablePackages(): PackageInfo[] {
  if (!packageCache) {
    const file = new URL('../../../schema/packages.yaml', import.meta.url);
    const manifest = parseYaml(readFileSync(file, 'utf8')) as {
      packages: Record<string, { name?: string; english?: string; scope?: PackageInfo['scope'] }>;
    };
    packageCache = Object.entries(manifest.packages).map(([id, p]) => ({
      id,
      name: p.name ?? id,
      english: p.english,
      scope: p.scope ?? 'tenant',
    }));
  }
  return packageCache;
}

// ---------------------------------------------------------------- certificates

export interface CertificateFacts {
  fingerprint: string;
  subject: string;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
  extendedKeyUsage: string[];
}

/** Reads a PEM certificate and checks it can serve as a partner's TLS client certificate. */
export function clientCertificateFacts(pem: string, now = new Date()): CertificateFacts {
  if (!/-----BEGIN CERTIFICATE-----/.test(pem))
    throw badInput('pem is not a PEM certificate (-----BEGIN CERTIFICATE-----)', 'pem');
  if ((pem.match(/-----BEGIN CERTIFICATE-----/g) ?? []).length > 1)
    throw badInput("pem holds more than one certificate: give the system's own certificate only", 'pem');
  let x: X509Certificate;
  try {
    x = new X509Certificate(pem);
  } catch {
    throw badInput('pem could not be read as an X.509 certificate', 'pem');
  }
  const eku = (x.keyUsage ?? []).map((oid) => EKU_NAMES[oid] ?? oid);
  if (!x.keyUsage?.includes(CLIENT_AUTH_OID)) {
    throw badInput(
      `the certificate does not allow TLS client authentication (extended key usage clientAuth); it ` +
        `has ${eku.length ? eku.join(', ') : 'no extended key usage'}`,
      'pem',
    );
  }
  if (x.ca) throw badInput("the certificate is a CA certificate: bind the system's own certificate", 'pem');
  const notBefore = new Date(x.validFrom);
  const notAfter = new Date(x.validTo);
  if (notAfter <= now) throw badInput(`the certificate expired on ${notAfter.toISOString()}`, 'pem');
  if (notBefore > now) throw badInput(`the certificate is not valid before ${notBefore.toISOString()}`, 'pem');
  return {
    fingerprint: normaliseFingerprint(x.fingerprint256),
    subject: x.subject.replace(/\n/g, ', '),
    issuer: x.issuer.replace(/\n/g, ', '),
    notBefore,
    notAfter,
    extendedKeyUsage: eku,
  };
}

// ---------------------------------------------------------------- IdP metadata

/**
 * The entity id of SAML IdP metadata, after checking it names a signing certificate and an HTTP-Redirect sign-in
 * service.
 */
export function idpMetadataEntityId(xml: string): string {
  if (xml.length > 500_000) throw badInput('metadataXml is larger than 500 kB', 'metadataXml');
  if (/<!DOCTYPE/i.test(xml)) throw badInput('metadataXml: a document type declaration is not allowed', 'metadataXml');
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, msg: string) => {
      if (level !== 'warning') errors.push(msg);
    },
  } as never).parseFromString(xml, 'text/xml');
  const root = doc?.documentElement;
  const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
  if (errors.length || !root) throw badInput('metadataXml is not well-formed XML', 'metadataXml');
  if (root.namespaceURI !== MD || root.localName !== 'EntityDescriptor')
    throw badInput('metadataXml is not SAML metadata (an md:EntityDescriptor)', 'metadataXml');
  const entityId = root.getAttribute('entityID');
  if (!entityId) throw badInput('metadataXml: the EntityDescriptor has no entityID', 'metadataXml');
  const idp = root.getElementsByTagNameNS(MD, 'IDPSSODescriptor')[0];
  if (!idp) throw badInput('metadataXml describes no identity provider (IDPSSODescriptor)', 'metadataXml');
  const sso = Array.from(idp.getElementsByTagNameNS(MD, 'SingleSignOnService') as unknown as Element[]).some(
    (e) => e.getAttribute('Binding') === 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  );
  if (!sso)
    throw badInput('metadataXml: the identity provider has no HTTP-Redirect SingleSignOnService', 'metadataXml');
  const keys = Array.from(idp.getElementsByTagNameNS(MD, 'KeyDescriptor') as unknown as Element[]).filter(
    (k) => (k.getAttribute('use') ?? 'signing') === 'signing',
  );
  const certs = keys.flatMap((k) =>
    Array.from(
      k.getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate') as unknown as Element[],
    ),
  );
  const readable = certs.some((c) => {
    try {
      new X509Certificate(Buffer.from((c.textContent ?? '').replace(/\s+/g, ''), 'base64'));
      return true;
    } catch {
      return false;
    }
  });
  if (!readable)
    throw badInput('metadataXml: the identity provider has no readable signing certificate', 'metadataXml');
  return entityId;
}

// ---------------------------------------------------------------- reads

const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const textList = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.replace(/[{}"]/g, '').split(',').filter(Boolean) : [];
const scopeKind = (s: string) => s.toUpperCase() as 'TENANT' | 'PROVIDER' | 'SUBJECT';

/** Timestamps as a driver returns them (postgres.js: Date; PGlite text casts: string). */
type Stamp = Date | string;

interface ClientRow {
  id: string;
  name: string;
  description: string | null;
  created_at: Stamp;
  disabled_at: Stamp | null;
}

interface CertificateRow {
  client_id?: string;
  fingerprint: string;
  subject: string | null;
  issuer: string | null;
  not_before: Stamp | null;
  not_after: Stamp | null;
  extended_key_usage: unknown;
  created_at: Stamp;
  revoked_at: Stamp | null;
}

interface LicenceRow {
  id: string;
  client_id: string;
  package: string;
  scope: string;
  provider_units: unknown;
  subject_id: string | null;
  limits: unknown;
  created_at: Stamp;
  revoked_at: Stamp | null;
}

interface KeyRow {
  prefix: string;
  licence_id: string;
  label: string | null;
  created_at: Stamp;
  expires_at: Stamp;
  revoked_at: Stamp | null;
  last_used: Stamp | null;
}

async function systems(tx: Tx, now: Date, only?: string) {
  const where = only ? sql`where c.id = ${only}::uuid` : sql``;
  const clients = rowsOf<ClientRow>(
    await tx.execute(
      sql`select c.id::text as id, c.name, c.description, c.created_at, c.disabled_at from iam.api_client c ${where}
        order by c.name`,
    ),
  );
  const certs = rowsOf<CertificateRow & { client_id: string }>(
    await tx.execute(
      sql`select client_id::text as client_id, fingerprint, subject, issuer, not_before, not_after, extended_key_usage,
        created_at, revoked_at from iam.client_certificate order by created_at`,
    ),
  );
  const licences = rowsOf<LicenceRow>(
    await tx.execute(
      sql`select id::text as id, client_id::text as client_id, package, scope, provider_units, subject_id, limits,
        created_at, revoked_at from iam.licence order by created_at`,
    ),
  );
  const keys = rowsOf<KeyRow>(
    await tx.execute(sql`
    select k.prefix, k.licence_id::text as licence_id, k.label, k.created_at, k.expires_at, k.revoked_at,
      (select max(u.minute) from iam.api_key_usage u where u.key_id = k.prefix) as last_used
    from iam.api_key k order by k.created_at`),
  );
  const names = new Map(licensablePackages().map((p) => [p.id, p.name]));
  return clients.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description ?? null,
    createdAt: date(c.created_at),
    disabled: c.disabled_at != null,
    certificates: certs.filter((x) => x.client_id === c.id).map(certificateOut),
    licences: licences
      .filter((l) => l.client_id === c.id)
      .map((l) => ({
        ...licenceOut(l, names),
        keys: keys.filter((k) => k.licence_id === l.id).map((k) => keyOut(k, now)),
      })),
  }));
}

function certificateOut(x: CertificateRow) {
  return {
    fingerprint: x.fingerprint,
    subject: x.subject ?? null,
    issuer: x.issuer ?? null,
    notBefore: date(x.not_before),
    notAfter: date(x.not_after),
    extendedKeyUsage: textList(x.extended_key_usage),
    boundAt: date(x.created_at),
    revoked: x.revoked_at != null,
  };
}

/** certificateOut for a row drizzle returned (camelCase columns). */
function certificateRowOut(row: typeof clientCertificate.$inferSelect) {
  return certificateOut({
    ...row,
    not_before: row.notBefore,
    not_after: row.notAfter,
    extended_key_usage: row.extendedKeyUsage,
    created_at: row.createdAt,
    revoked_at: row.revokedAt,
  });
}

function licenceOut(l: LicenceRow, names: Map<string, string>) {
  const limits = typeof l.limits === 'string' ? JSON.parse(l.limits) : (l.limits ?? null);
  return {
    id: l.id,
    systemId: l.client_id,
    package: l.package,
    packageName: names.get(l.package) ?? null,
    scope: scopeKind(l.scope),
    providerUnits: l.provider_units == null ? null : parseIntArray(l.provider_units),
    subjectId: l.subject_id ?? null,
    limits,
    effectiveLimits: effectiveLimits(limits),
    createdAt: date(l.created_at),
    revoked: l.revoked_at != null,
  };
}

function keyOut(k: KeyRow, now: Date) {
  const expiresAt = date(k.expires_at)!;
  return {
    id: k.prefix,
    licenceId: k.licence_id,
    label: k.label ?? null,
    createdAt: date(k.created_at),
    expiresAt,
    revoked: k.revoked_at != null,
    expired: expiresAt <= now,
    lastUsed: date(k.last_used),
  };
}

/** A row of `auditSearch` (platform.audit_log; arrays as the driver returns them). */
interface AuditSearchRow {
  id: string;
  at: Stamp;
  subsystem: string;
  component: string;
  category: string;
  activity: string;
  principal_kind: string;
  principal_id: string;
  principal_name: string | null;
  key_id: string | null;
  package: string | null;
  roles: unknown;
  units: unknown;
  client_ids: unknown;
  entities: unknown;
  record_count: string | number;
  operation: string | null;
  fields: unknown;
  outcome: string;
  ip: string | null;
}

const BUCKETS = { MINUTE: 'minute', HOUR: 'hour', DAY: 'day' } as const;

interface AuditFilter {
  clientIds?: number[] | null;
  user?: string | null;
  apiClient?: string | null;
  from?: Date | null;
  to?: Date | null;
  activity?: string | null;
}

// ---------------------------------------------------------------- resolvers

export function adminResolvers(): { Query: TypeResolvers; Mutation: TypeResolvers } {
  const Query = {
    partnerSystems: async (_: unknown, _a: unknown, ctx: RequestContext) => {
      admin(ctx);
      return ctx.scope.run((tx) => systems(tx, new Date()));
    },
    licenceLimitDefaults: (_: unknown, _a: unknown, ctx: RequestContext) => {
      admin(ctx);
      return effectiveLimits(null);
    },
    licensablePackages: (_: unknown, _a: unknown, ctx: RequestContext) => {
      admin(ctx);
      return licensablePackages().map((p) => ({ ...p, english: p.english ?? null, scope: scopeKind(p.scope) }));
    },
    apiKeyUsage: async (
      _: unknown,
      a: { keyId: string; from?: Date; to?: Date; bucket?: keyof typeof BUCKETS },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const keyId = keyIdArg(a.keyId);
      const to = dateArg(a.to, 'to') ?? new Date();
      const from = dateArg(a.from, 'from') ?? new Date(to.getTime() - 86_400_000);
      if (from >= to) throw badInput('from must be before to', 'from');
      const bucket = BUCKETS[a.bucket ?? 'HOUR'];
      const points = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[bucket];
      if ((to.getTime() - from.getTime()) / points > 10_000)
        throw badInput('the range holds more than 10,000 buckets: choose a larger bucket or a shorter range', 'bucket');
      const rows = await ctx.scope.run(async (tx) =>
        rowsOf<{ at: Stamp; requests: string | number; rows: string | number; rejects: string | number }>(
          await tx.execute(sql`
        select date_trunc(${bucket}, minute) as at, sum(requests)::bigint as requests, sum(rows)::bigint as rows,
        sum(rejects)::bigint as rejects
        from iam.api_key_usage where key_id = ${keyId} and minute >= ${from.toISOString()}::timestamptz and minute <
        ${to.toISOString()}::timestamptz
        group by 1 order by 1`),
        ),
      );
      return rows.map((r) => ({
        at: date(r.at),
        requests: Number(r.requests),
        rows: Number(r.rows),
        rejects: Number(r.rejects),
      }));
    },
    auditSearch: async (
      _: unknown,
      a: { filter?: AuditFilter | null; first?: number; offset?: number },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const f = a.filter ?? {};
      const first = pageSize(a.first ?? 50);
      const offset = pageOffset(a.offset ?? 0);
      const clientIds = f.clientIds ?? undefined;
      if (clientIds && (clientIds.length > 100 || clientIds.some((c) => !Number.isInteger(c) || c < 1)))
        throw badInput('clientIds: at most 100 positive ids', 'filter.clientIds');
      const user = text(f.user, 'filter.user', 64, false);
      const partner = f.apiClient ? uuidArg(f.apiClient, 'filter.apiClient') : undefined;
      const from = dateArg(f.from, 'filter.from');
      const to = dateArg(f.to, 'filter.to');
      if (from && to && from >= to) throw badInput('filter.from must be before filter.to', 'filter.from');
      const activity = text(f.activity, 'filter.activity', 40, false);
      const rows = await ctx.scope.run(async (tx) =>
        rowsOf<AuditSearchRow>(
          await tx.execute(sql`
        select id::text as id, at, subsystem, component, category, activity, principal_kind, principal_id,
        principal_name, key_id, package,
               roles, units, client_ids, entities, record_count, operation, fields, outcome, ip
        from platform.audit_log a
        where true
          ${
            clientIds?.length
              ? sql`and a.client_ids && ${`{${clientIds.join(',')}}`}::int[]`
              : clientIds
                ? sql`and
          false`
                : sql``
          }
          ${user ? sql`and a.principal_kind = 'staff' and a.principal_id = ${user}` : sql``}
          ${partner ? sql`and a.principal_kind = 'partner' and a.principal_id = ${partner}` : sql``}
          ${from ? sql`and a.at >= ${from.toISOString()}::timestamptz` : sql``}
          ${to ? sql`and a.at < ${to.toISOString()}::timestamptz` : sql``}
          ${activity ? sql`and a.activity = ${activity}` : sql``}
        order by a.at desc, a.id desc limit ${first + 1} offset ${offset}`),
        ),
      );
      // The search itself is an audit event (who looked in the audit log).
      ctx.audit.event('AuditSearch');
      return {
        hasNextPage: rows.length > first,
        nodes: rows.slice(0, first).map((r) => ({
          id: r.id,
          at: date(r.at),
          subsystem: r.subsystem,
          component: r.component,
          category: r.category,
          activity: r.activity,
          principalKind: r.principal_kind,
          principalId: r.principal_id,
          principalName: r.principal_name ?? null,
          keyId: r.key_id ?? null,
          package: r.package ?? null,
          roles: textList(r.roles),
          units: parseIntArray(r.units),
          clientIds: parseIntArray(r.client_ids),
          entities: textList(r.entities),
          recordCount: Number(r.record_count),
          operation: r.operation ?? null,
          fields: textList(r.fields),
          outcome: r.outcome,
          ip: r.ip ?? null,
        })),
      };
    },
    idpConfiguration: async (_: unknown, _a: unknown, ctx: RequestContext) => {
      admin(ctx);
      const rows = (await ctx.scope.run((tx) => tx.select().from(idpConfig))) as (typeof idpConfig.$inferSelect)[];
      const r = rows[0];
      return r ? idpOut(r) : null;
    },
  };

  const Mutation = {
    createPartnerSystem: async (_: unknown, a: { name: string; description?: string }, ctx: RequestContext) => {
      admin(ctx);
      const name = text(a.name, 'name', 200)!;
      const description = text(a.description, 'description', 2000, false);
      return changeCredentials(ctx, async (tx) => {
        const found = rowsOf(await tx.execute(sql`select 1 from iam.api_client where name = ${name}`));
        if (found.length)
          throw new PlatformError('CONFLICT', `a partner system named "${name}" exists already`, { field: 'name' });
        const [row] = await tx
          .insert(apiClient)
          .values({ tenantId: ctx.principal.tenant, name, description })
          .returning({ id: apiClient.id });
        ctx.audit.change({
          activity: 'Create',
          entity: 'ApiClient',
          id: row!.id,
          after: { name, description: description ?? null },
        });
        return (await systems(tx, new Date(), row!.id))[0];
      });
    },
    addPartnerCertificate: async (
      _: unknown,
      a: { systemId: string; pem?: string; fingerprint?: string },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const systemId = uuidArg(a.systemId, 'systemId');
      if (!a.pem === !a.fingerprint)
        throw badInput(
          'give either pem (a PEM certificate) or fingerprint (SHA-256), not both',
          a.pem ? 'fingerprint' : 'pem',
        );
      const facts = a.pem ? clientCertificateFacts(a.pem) : undefined;
      const fingerprint = facts?.fingerprint ?? sha256Fingerprint(a.fingerprint);
      return changeCredentials(ctx, async (tx) => {
        await liveSystem(tx, systemId);
        const values = {
          tenantId: ctx.principal.tenant,
          clientId: systemId,
          fingerprint,
          subject: facts?.subject,
          issuer: facts?.issuer,
          notBefore: facts?.notBefore,
          notAfter: facts?.notAfter,
          extendedKeyUsage: facts?.extendedKeyUsage,
        };
        const [row] = await tx
          .insert(clientCertificate)
          .values(values)
          .onConflictDoUpdate({
            target: [clientCertificate.tenantId, clientCertificate.clientId, clientCertificate.fingerprint],
            set: {
              revokedAt: null,
              subject: values.subject,
              issuer: values.issuer,
              notBefore: values.notBefore,
              notAfter: values.notAfter,
              extendedKeyUsage: values.extendedKeyUsage,
            },
          })
          .returning();
        ctx.audit.change({
          activity: 'Create',
          entity: 'ClientCertificate',
          id: row!.id,
          after: {
            systemId,
            fingerprint,
            subject: facts?.subject ?? null,
            notAfter: facts?.notAfter?.toISOString() ?? null,
          },
        });
        return certificateRowOut(row!);
      });
    },
    removePartnerCertificate: async (_: unknown, a: { systemId: string; fingerprint: string }, ctx: RequestContext) => {
      admin(ctx);
      const systemId = uuidArg(a.systemId, 'systemId');
      const fingerprint = sha256Fingerprint(a.fingerprint);
      return changeCredentials(ctx, async (tx) => {
        const rows = await tx
          .update(clientCertificate)
          .set({ revokedAt: new Date() })
          .where(
            sql`${clientCertificate.clientId} = ${systemId} and ${clientCertificate.fingerprint} = ${fingerprint} and
              ${clientCertificate.revokedAt} is null`,
          )
          .returning();
        if (!rows.length) throw new PlatformError('NOT_FOUND', 'no such bound certificate on this system');
        const row = rows[0];
        ctx.audit.change({
          activity: 'Delete',
          entity: 'ClientCertificate',
          id: row!.id,
          before: { systemId, fingerprint },
        });
        return certificateRowOut(row!);
      });
    },
    createLicence: async (
      _: unknown,
      a: {
        systemId: string;
        package: string;
        scope?: 'TENANT' | 'PROVIDER' | 'SUBJECT';
        providerUnits?: number[];
        subjectId?: string;
        limits?: FairShareLimits;
      },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const systemId = uuidArg(a.systemId, 'systemId');
      const pkg = licensablePackages().find((p) => p.id === a.package);
      if (!pkg) throw badInput(`package "${String(a.package).slice(0, 40)}" is not a licensable package`, 'package');
      const scope = (a.scope ?? scopeKind(pkg.scope)).toLowerCase() as 'tenant' | 'provider' | 'subject';
      const units = a.providerUnits ?? null;
      if (scope === 'provider' && (!units?.length || units.some((u) => !Number.isInteger(u) || u < 1)))
        throw badInput('a provider-scoped licence needs providerUnits (positive unit ids)', 'providerUnits');
      if (scope !== 'provider' && units?.length)
        throw badInput('providerUnits are for provider-scoped licences only', 'providerUnits');
      const subjectId = a.subjectId ? a.subjectId.replace(/[-+\s]/g, '') : undefined;
      if (scope === 'subject' && (!subjectId || !/^\d{12}$/.test(subjectId) || !validIdentityNumber(subjectId)))
        throw badInput('a subject-scoped licence needs subjectId, a valid 12-digit identity number', 'subjectId');
      if (scope !== 'subject' && subjectId)
        throw badInput('subjectId is for subject-scoped licences only', 'subjectId');
      const limits = limitsArg(a.limits);
      return changeCredentials(ctx, async (tx) => {
        await liveSystem(tx, systemId);
        const found = rowsOf(
          await tx.execute(sql`select 1 from iam.licence where client_id = ${systemId}::uuid and package = ${pkg.id}`),
        );
        if (found.length)
          throw new PlatformError('CONFLICT', `the system has a licence for package ${pkg.id} already`, {
            field: 'package',
          });
        const [row] = await tx
          .insert(licence)
          .values({
            tenantId: ctx.principal.tenant,
            clientId: systemId,
            package: pkg.id,
            scope,
            providerUnits: scope === 'provider' ? units : null,
            subjectId: scope === 'subject' ? subjectId : null,
            limits,
          })
          .returning({ id: licence.id });
        ctx.audit.change({
          activity: 'Create',
          entity: 'Licence',
          id: row!.id,
          after: { systemId, package: pkg.id, scope, providerUnits: units, limits },
        });
        return licenceById(tx, row!.id);
      });
    },
    revokeLicence: async (_: unknown, a: { id: string }, ctx: RequestContext) => {
      admin(ctx);
      const id = uuidArg(a.id, 'id');
      return changeCredentials(ctx, async (tx) => {
        const rows = await tx
          .update(licence)
          .set({ revokedAt: new Date() })
          .where(sql`${licence.id} = ${id} and ${licence.revokedAt} is null`)
          .returning({ id: licence.id });
        if (!rows.length) throw new PlatformError('NOT_FOUND', 'no live licence with this id');
        ctx.audit.change({
          activity: 'Update',
          entity: 'Licence',
          id,
          before: { revoked: false },
          after: { revoked: true },
        });
        return licenceById(tx, id);
      });
    },
    createApiKey: async (
      _: unknown,
      a: { licenceId: string; label?: string; expiresAt?: Date },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const licenceId = uuidArg(a.licenceId, 'licenceId');
      const label = text(a.label, 'label', 200, false);
      const now = new Date();
      const expiresAt = dateArg(a.expiresAt, 'expiresAt') ?? new Date(now.getTime() + KEY_LIFETIME_DAYS * 86_400_000);
      if (expiresAt <= now) throw badInput('expiresAt must be in the future', 'expiresAt');
      if (expiresAt.getTime() > now.getTime() + 3650 * 86_400_000)
        throw badInput('expiresAt is more than ten years ahead', 'expiresAt');
      return changeCredentials(ctx, async (tx) => {
        const live = rowsOf(
          await tx.execute(sql`select l.id from iam.licence l join iam.api_client c on c.id = l.client_id
          where l.id = ${licenceId}::uuid and l.revoked_at is null and c.disabled_at is null`),
        );
        if (!live.length) throw new PlatformError('NOT_FOUND', 'no live licence with this id', { field: 'licenceId' });
        const { key, prefix, secretHash } = generateApiKey();
        await tx
          .insert(apiKey)
          .values({ tenantId: ctx.principal.tenant, licenceId, prefix, secretHash, label, expiresAt });
        // the audit record names the key by its public id only, never the secret
        ctx.audit.change({
          activity: 'Create',
          entity: 'ApiKey',
          id: prefix,
          after: { licenceId, label: label ?? null, expiresAt: expiresAt.toISOString() },
        });
        return { key, apiKey: await keyById(tx, prefix, now) };
      });
    },
    revokeApiKey: async (_: unknown, a: { keyId: string }, ctx: RequestContext) => {
      admin(ctx);
      const keyId = keyIdArg(a.keyId);
      return changeCredentials(ctx, async (tx) => {
        const rows = await tx
          .update(apiKey)
          .set({ revokedAt: new Date() })
          .where(sql`${apiKey.prefix} = ${keyId} and ${apiKey.revokedAt} is null`)
          .returning({ id: apiKey.id });
        if (!rows.length) throw new PlatformError('NOT_FOUND', 'no live key with this id', { field: 'keyId' });
        ctx.audit.change({
          activity: 'Update',
          entity: 'ApiKey',
          id: keyId,
          before: { revoked: false },
          after: { revoked: true },
        });
        return keyById(tx, keyId, new Date());
      });
    },
    setIdpConfiguration: async (
      _: unknown,
      a: { metadataXml: string; loa?: string; profile?: string },
      ctx: RequestContext,
    ) => {
      admin(ctx);
      const metadataXml = text(a.metadataXml, 'metadataXml', 500_000)!;
      const entityId = idpMetadataEntityId(metadataXml);
      const loa = text(a.loa, 'loa', 200, false) ?? DEFAULT_LOA;
      if (!/^(https?:\/\/|urn:)\S+$/.test(loa))
        throw badInput('loa must be an AuthnContextClassRef URI (e.g. http://id.elegnamnden.se/loa/1.0/loa3)', 'loa');
      const profile = (text(a.profile, 'profile', 40, false) ?? 'sweden-connect') as SamlProfile;
      if (!SAML_PROFILES.includes(profile))
        throw badInput(`profile must be one of ${SAML_PROFILES.join(', ')}`, 'profile');
      const tenant = ctx.principal.tenant;
      return ctx.scope.run(async (tx) => {
        const before = (await tx.select().from(idpConfig))[0] as typeof idpConfig.$inferSelect | undefined;
        const values = { tenantId: tenant, metadataXml, entityId, loa, profile, updatedAt: new Date() };
        const [row] = await tx
          .insert(idpConfig)
          .values(values)
          .onConflictDoUpdate({
            target: idpConfig.tenantId,
            set: { metadataXml, entityId, loa, profile, updatedAt: values.updatedAt },
          })
          .returning();
        ctx.audit.change({
          activity: before ? 'Update' : 'Create',
          entity: 'IdpConfig',
          id: tenant,
          before: before ? { entityId: before.entityId, loa: before.loa, profile: before.profile } : null,
          after: { entityId, loa, profile },
        });
        return idpOut(row!);
      });
    },
  };
  return { Query, Mutation };
}

function idpOut(r: typeof idpConfig.$inferSelect) {
  return {
    entityId: r.entityId,
    loa: r.loa,
    profile: r.profile,
    metadataXml: r.metadataXml,
    updatedAt: r.updatedAt,
    testSignInPath: `/saml/${r.tenantId}/login`,
  };
}

function limitsArg(l: FairShareLimits | null | undefined): FairShareLimits | null {
  if (!l) return null;
  const out: FairShareLimits = {};
  for (const k of LIMIT_NAMES) {
    const v = l[k];
    if (v === undefined || v === null) continue;
    if (!Number.isInteger(v) || v < 1 || v > 10_000_000)
      throw badInput(`limits.${k} must be a whole number from 1 to 10,000,000`, `limits.${k}`);
    out[k] = v;
  }
  return Object.keys(out).length ? out : null;
}

async function liveSystem(tx: Tx, id: string): Promise<void> {
  const rows = rowsOf<{ disabled_at: Stamp | null }>(
    await tx.execute(sql`select disabled_at from iam.api_client where id = ${id}::uuid`),
  );
  if (!rows.length) throw new PlatformError('NOT_FOUND', 'no partner system with this id', { field: 'systemId' });
  if (rows[0]!.disabled_at != null)
    throw new PlatformError('CONFLICT', 'the partner system is disabled', { field: 'systemId' });
}

async function licenceById(tx: Tx, id: string) {
  const l = rowsOf<LicenceRow>(
    await tx.execute(
      sql`select id::text as id, client_id::text as client_id, package, scope, provider_units, subject_id, limits,
        created_at, revoked_at from iam.licence where id = ${id}::uuid`,
    ),
  )[0];
  // every caller has just written this row in the same transaction; a missing one is still a 404, not a TypeError
  if (!l) throw new PlatformError('NOT_FOUND', 'no licence with this id');
  const keys = rowsOf<KeyRow>(
    await tx.execute(
      sql`select prefix, licence_id::text as licence_id, label, created_at, expires_at, revoked_at, null as last_used
        from iam.api_key where licence_id = ${id}::uuid order by created_at`,
    ),
  );
  const now = new Date();
  return {
    ...licenceOut(l, new Map(licensablePackages().map((p) => [p.id, p.name]))),
    keys: keys.map((k) => keyOut(k, now)),
  };
}

async function keyById(tx: Tx, prefix: string, now: Date) {
  const k = rowsOf<KeyRow>(
    await tx.execute(sql`select prefix, licence_id::text as licence_id, label, created_at, expires_at, revoked_at,
    (select max(u.minute) from iam.api_key_usage u where u.key_id = k.prefix) as last_used from iam.api_key k where
      prefix = ${prefix}`),
  )[0];
  if (!k) throw new PlatformError('NOT_FOUND', 'no key with this id', { field: 'keyId' });
  return keyOut(k, now);
}
