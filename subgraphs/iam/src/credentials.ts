/**
 * The credential store of the REST facade's partners: receiving systems (API clients), their
 * licences (tenant × package article × client, with a data scope), API keys and the client
 * certificates bound to each system. Hand-written drizzle tables in iam's migrations, never part
 * of the entity kit, so nothing here is reachable through GraphQL.
 *
 * Every table carries tenant_id under the kit's tenant policy. A key is presented without a
 * tenant, so the one read that crosses tenants is `iam.lookup_api_key(prefix, fingerprint)`: a
 * SECURITY DEFINER function owned by the migration owner that answers only what verification
 * needs for one key prefix. Keys are `lcs_<12-char id>_<43-char secret>`: the id is public (it is
 * the key id in logs and audit), the whole key is stored only as its SHA-256 (keys are 256-bit
 * random, so a fast hash is enough) and compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { sql, type AnyColumn } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgSchema,
  primaryKey,
  text,
  type AnyPgTable,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  badInput,
  executePrepared,
  rowsOf,
  tenantPredicate,
  type AppDatabase,
  type Limits,
  type Principal,
} from '@lcs/platform';

const iam = pgSchema('iam');
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
const isolation = (table: string) =>
  pgPolicy(`${table}_tenant_isolation`, {
    as: 'permissive',
    for: 'all',
    using: tenantPredicate,
    withCheck: tenantPredicate,
  });
/** Keys lead with tenant_id so every table is distributable by tenant (Citus); ids stay random uuids. */
const id = () => uuid('id').notNull().defaultRandom();

/** A receiving system of a partner (one per system and tenant). */
export const apiClient = iam
  .table(
    'api_client',
    {
      id: id(),
      tenantId: text('tenant_id').notNull(),
      name: text('name').notNull(),
      description: text('description'),
      createdAt: at('created_at').notNull().defaultNow(),
      /** A disabled system's keys stop working at once. */
      disabledAt: at('disabled_at'),
    },
    (t) => [
      primaryKey({ name: 'api_client_pkey', columns: [t.tenantId, t.id] }),
      uniqueIndex('api_client_tenant_name_idx').on(t.tenantId, t.name),
      isolation('api_client'),
    ],
  )
  .enableRLS();

/** SHA-256 fingerprint of a client certificate the system presents (several during a renewal). */
export const clientCertificate = iam
  .table(
    'client_certificate',
    {
      id: id(),
      tenantId: text('tenant_id').notNull(),
      clientId: uuid('client_id').notNull(),
      /** Lower-case hex, 64 characters, no separators. */
      fingerprint: text('fingerprint').notNull(),
      subject: text('subject'),
      /** Issuer, start of validity and extended key usages, when bound from the certificate itself (the console). */
      issuer: text('issuer'),
      notBefore: at('not_before'),
      extendedKeyUsage: text('extended_key_usage').array(),
      notAfter: at('not_after'),
      createdAt: at('created_at').notNull().defaultNow(),
      revokedAt: at('revoked_at'),
    },
    (t) => [
      primaryKey({ name: 'client_certificate_pkey', columns: [t.tenantId, t.id] }),
      foreignKey({
        name: 'client_certificate_client_fk',
        columns: [t.tenantId, t.clientId],
        foreignColumns: [apiClient.tenantId, apiClient.id],
      }),
      uniqueIndex('client_certificate_client_fingerprint_idx').on(t.tenantId, t.clientId, t.fingerprint),
      check('client_certificate_fingerprint_check', sql`${t.fingerprint} ~ '^[0-9a-f]{64}$'`),
      isolation('client_certificate'),
    ],
  )
  .enableRLS();

/** A package (article) licensed to one system in one tenant, and the data it may see. */
export const licence = iam
  .table(
    'licence',
    {
      id: id(),
      tenantId: text('tenant_id').notNull(),
      clientId: uuid('client_id').notNull(),
      /** Article number of the package in schema/packages.yaml, e.g. "8873". */
      package: text('package').notNull(),
      /** tenant: the whole municipality; provider: only data of providerUnits; subject: one citizen. */
      scope: text('scope').notNull(),
      providerUnits: integer('provider_units').array(),
      /** The citizen (person id) a subject-scoped licence is limited to. */
      subjectId: text('subject_id'),
      /** Fair-share limits overriding the defaults (FairShareLimits); null: the defaults. */
      limits: jsonb('limits'),
      /** A BI tool that cannot present a certificate: allowed only together with an address allow-list. */
      noCertificate: boolean('no_certificate').notNull().default(false),
      /** Client addresses (IPs) a no-certificate licence may be used from. */
      allowedAddresses: text('allowed_addresses').array(),
      createdAt: at('created_at').notNull().defaultNow(),
      revokedAt: at('revoked_at'),
    },
    (t) => [
      primaryKey({ name: 'licence_pkey', columns: [t.tenantId, t.id] }),
      foreignKey({
        name: 'licence_client_fk',
        columns: [t.tenantId, t.clientId],
        foreignColumns: [apiClient.tenantId, apiClient.id],
      }),
      uniqueIndex('licence_client_package_idx').on(t.tenantId, t.clientId, t.package),
      check('licence_no_certificate_check', sql`not ${t.noCertificate} or cardinality(${t.allowedAddresses}) > 0`),
      check(
        'licence_scope_check',
        sql`${t.scope} = 'tenant'
      or (${t.scope} = 'provider' and cardinality(${t.providerUnits}) > 0)
      or (${t.scope} = 'subject' and ${t.subjectId} is not null)`,
      ),
      isolation('licence'),
    ],
  )
  .enableRLS();

/** An API key of a licence; several may be live at once (rotation). */
export const apiKey = iam
  .table(
    'api_key',
    {
      id: id(),
      tenantId: text('tenant_id').notNull(),
      licenceId: uuid('licence_id').notNull(),
      /**
       * The public part of the key (`lcs_<prefix>_…`), the key's id in logs: 60 random bits, so unique
       * across tenants in practice; the database enforces it per tenant (a key is found by prefix and
       * then matched by its hash, so even a cross-tenant collision could not confuse two keys).
       */
      prefix: text('prefix').notNull(),
      /** SHA-256 (hex) of the whole key; the key itself is never stored. */
      secretHash: text('secret_hash').notNull(),
      label: text('label'),
      createdAt: at('created_at').notNull().defaultNow(),
      expiresAt: at('expires_at').notNull(),
      revokedAt: at('revoked_at'),
    },
    (t) => [
      primaryKey({ name: 'api_key_pkey', columns: [t.tenantId, t.id] }),
      foreignKey({
        name: 'api_key_licence_fk',
        columns: [t.tenantId, t.licenceId],
        foreignColumns: [licence.tenantId, licence.id],
      }),
      uniqueIndex('api_key_tenant_prefix_idx').on(t.tenantId, t.prefix),
      index('api_key_prefix_idx').on(t.prefix),
      index('api_key_licence_idx').on(t.tenantId, t.licenceId),
      isolation('api_key'),
    ],
  )
  .enableRLS();

/** Usage per key and minute (requests served, rows returned, requests refused by the fair share). */
export const apiKeyUsage = iam
  .table(
    'api_key_usage',
    {
      tenantId: text('tenant_id').notNull(),
      /** The key's public id. */
      keyId: text('key_id').notNull(),
      minute: at('minute').notNull(),
      requests: bigint('requests', { mode: 'number' }).notNull().default(0),
      rows: bigint('rows', { mode: 'number' }).notNull().default(0),
      rejects: bigint('rejects', { mode: 'number' }).notNull().default(0),
    },
    (t) => [primaryKey({ columns: [t.tenantId, t.keyId, t.minute] }), isolation('api_key_usage')],
  )
  .enableRLS();

/** Changes to credentials that weaken a check (e.g. a no-certificate licence): who, what, when. */
export const credentialAudit = iam
  .table(
    'credential_audit',
    {
      id: id(),
      tenantId: text('tenant_id').notNull(),
      at: at('at').notNull().defaultNow(),
      actor: text('actor').notNull(),
      action: text('action').notNull(),
      target: text('target').notNull(),
      detail: jsonb('detail'),
    },
    (t) => [
      primaryKey({ name: 'credential_audit_pkey', columns: [t.tenantId, t.id] }),
      index('credential_audit_tenant_at_idx').on(t.tenantId, t.at),
      isolation('credential_audit'),
    ],
  )
  .enableRLS();

/**
 * One row, one number: bumped in the same transaction as any change to the tables a key's verdict
 * is read from (api_client, client_certificate, licence, api_key; triggers in `credentialSql`).
 * Facade processes that keep verdicts (rest-facade verdict-cache.ts) read it every second and drop
 * what they keep when it moves, so a revocation reaches every process within a poll, whichever
 * process or tool made it. Not tenant data (a count, the same for every tenant): readable by all.
 */
export const credentialGeneration = iam
  .table(
    'credential_generation',
    {
      id: integer('id').primaryKey(),
      generation: bigint('generation', { mode: 'number' }).notNull().default(0),
      updatedAt: at('updated_at').notNull().defaultNow(),
    },
    (t) => [
      check('credential_generation_one_row', sql`${t.id} = 1`),
      pgPolicy('credential_generation_all', { as: 'permissive', for: 'all', using: sql`true`, withCheck: sql`true` }),
    ],
  )
  .enableRLS();

/** The credential tables, for `SubgraphDefinition.tables` (drizzle migrations). */
export const credentialTables = {
  apiClient,
  clientCertificate,
  licence,
  apiKey,
  apiKeyUsage,
  credentialAudit,
  credentialGeneration,
};

/** The tables `iam.lookup_api_key` reads: a change to any of them moves the credential generation. */
const VERDICT_TABLES = ['api_client', 'client_certificate', 'licence', 'api_key'];

/**
 * Run after migrations as the owner (MigrationSet.post). The lookup function runs as its owner;
 * FORCE ROW LEVEL SECURITY applies to the owner too (unless it is a superuser), so the owner gets
 * a read-only policy of its own on the three tables the function reads. The app role cannot act
 * as the owner, so for it nothing changes: it sees credentials of its request's tenant only, and
 * across tenants only this function's narrow answer for one key prefix.
 *
 * The function is PL/pgSQL, not SQL, for its plan: a SQL function that cannot be inlined (SECURITY
 * DEFINER) is planned anew on every call, and every partner request calls it once; PL/pgSQL keeps
 * its query's plan for the session. Per call, 0.62 ms → 0.05 ms (2,000 calls in a loop in psql).
 */
export const credentialSql: string[] = [
  `DO $$ DECLARE t text; BEGIN
    FOREACH t IN ARRAY ARRAY['api_client', 'licence', 'api_key', 'client_certificate'] LOOP
      EXECUTE format('DROP POLICY IF EXISTS %I ON iam.%I', t || '_owner_lookup', t);
      EXECUTE format('CREATE POLICY %I ON iam.%I AS PERMISSIVE FOR SELECT TO %I USING (true)',
        t || '_owner_lookup', t, current_user);
    END LOOP; END $$`,
  // The result type grew (limits, no-certificate licences): CREATE OR REPLACE cannot change it.
  `DROP FUNCTION IF EXISTS iam.lookup_api_key(text, text)`,
  `CREATE FUNCTION iam.lookup_api_key(key_prefix text, certificate_fingerprint text)
    RETURNS TABLE (key_tenant text, key_secret_hash text, key_client_id uuid, key_package text, key_scope text,
                   key_provider_units integer[], key_subject_id text, key_expires_at timestamptz, key_revoked boolean,
                   key_certificate_bound boolean,
                   key_limits jsonb, key_no_certificate boolean, key_allowed_addresses text[], key_client_name text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $fn$ BEGIN RETURN QUERY
    SELECT k.tenant_id, k.secret_hash, l.client_id, l.package, l.scope, l.provider_units, l.subject_id, k.expires_at,
           (k.revoked_at IS NOT NULL OR l.revoked_at IS NOT NULL OR c.disabled_at IS NOT NULL),
           EXISTS (SELECT 1 FROM iam.client_certificate cc
                   WHERE cc.tenant_id = k.tenant_id AND cc.client_id = l.client_id
                     AND cc.fingerprint = certificate_fingerprint AND cc.revoked_at IS NULL),
           l.limits, l.no_certificate, l.allowed_addresses, c.name
    FROM iam.api_key k
    JOIN iam.licence l ON l.id = k.licence_id AND l.tenant_id = k.tenant_id
    JOIN iam.api_client c ON c.id = l.client_id AND c.tenant_id = k.tenant_id
    WHERE k.prefix = key_prefix;
  END $fn$`,
  `REVOKE ALL ON FUNCTION iam.lookup_api_key(text, text) FROM PUBLIC`,
  `INSERT INTO iam.credential_generation (id) VALUES (1) ON CONFLICT (id) DO NOTHING`,
  // Runs as whoever changed the credentials (the app role may update the row: RLS lets everyone).
  `CREATE OR REPLACE FUNCTION iam.bump_credential_generation() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
  AS $fn$ BEGIN
    UPDATE iam.credential_generation SET generation = generation + 1, updated_at = now() WHERE id = 1;
    RETURN NULL;
  END $fn$`,
  ...VERDICT_TABLES.map(
    (t) => `CREATE OR REPLACE TRIGGER ${t}_credential_generation
      AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON iam.${t}
      FOR EACH STATEMENT EXECUTE FUNCTION iam.bump_credential_generation()`,
  ),
];

/** The credential generation now (see `credentialGeneration`): one indexed read of one row. */
export async function readCredentialGeneration(db: AppDatabase): Promise<number> {
  const [row] = rowsOf<{ generation: number | string }>(
    await executePrepared(db, sql`select generation from iam.credential_generation where id = 1`),
  );
  if (!row) throw new Error('iam.credential_generation has no row: run the migrations');
  return Number(row.generation);
}

export type LicenceScope = NonNullable<Principal['scope']>;

const KEY_FORMAT = /^lcs_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** A new key: `lcs_` + public id + secret (256 random bits). */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = [...randomBytes(12)].map((b) => BASE32[b & 31]).join('');
  const key = `lcs_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: sha256(key).toString('hex') };
}

/** The public id of a well-formed key (undefined otherwise); safe to log. */
export function apiKeyPrefix(key: string): string | undefined {
  return KEY_FORMAT.exec(key)?.[1];
}

/** Lower-case hex without separators, from node's `AB:CD:…` or any hex spelling. */
export function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toLowerCase();
}

/** A SHA-256 fingerprint as given (any separators), normalised; BAD_USER_INPUT naming `fingerprint` otherwise. */
export function sha256Fingerprint(given: unknown): string {
  const fingerprint = normaliseFingerprint(String(given ?? ''));
  if (!/^[0-9a-f]{64}$/.test(fingerprint))
    throw badInput('fingerprint must be a SHA-256 fingerprint (64 hex digits, separators allowed)', 'fingerprint');
  return fingerprint;
}

/** A key's public id: the 12 base32 characters after `lcs_` (`generateApiKey`'s prefix). */
export const KEY_ID = /^[a-z2-7]{12}$/;

/** Runs `fn` in a transaction as `tenant` (row-level security applies). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function asTenant<T>(db: AppDatabase, tenant: string, fn: (tx: any) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    return fn(tx);
  });
}

const changeListeners = new Set<() => void>();

/**
 * Calls `listener` after each change to credentials this process commits (a facade's verdict
 * cache drops what it keeps at once; other processes see the credential generation move).
 * Returns the function that stops it.
 */
export function onCredentialsChanged(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Tells this process's listeners that credentials changed (after the change committed). */
export function credentialsChanged(): void {
  for (const listener of changeListeners) listener();
}

/** `asTenant` for a transaction that changes credentials: the listeners hear of it once it committed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same untyped transaction as asTenant
async function changeAsTenant<T>(db: AppDatabase, tenant: string, fn: (tx: any) => Promise<T>): Promise<T> {
  try {
    return await asTenant(db, tenant, fn);
  } finally {
    // also after a failure: a commit whose answer was lost may still have changed something
    credentialsChanged();
  }
}

/** True when the update (as `tenant`) changed a row: the revoke/disable/unbind commands. */
async function changedAny(
  db: AppDatabase,
  tenant: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same untyped transaction as asTenant
  update: (tx: any) => Promise<unknown[]>,
): Promise<boolean> {
  return changeAsTenant(db, tenant, async (tx) => (await update(tx)).length > 0);
}

/** All rows of one credential table the tenant sees, in `order`. */
function listAll<T extends AnyPgTable>(db: AppDatabase, tenant: string, table: T, order: AnyColumn) {
  return asTenant(db, tenant, (tx) => tx.select().from(table).orderBy(order)) as Promise<T['$inferSelect'][]>;
}

export interface VerifiedKey {
  tenant: string;
  package: string;
  clientId: string;
  /** The receiving system's name (audit log). */
  clientName?: string;
  /** The key's public id (its prefix). */
  keyId: string;
  scope: LicenceScope;
  /** Fair-share limits of the licence (unset fields: the defaults). */
  limits?: FairShareLimits;
  /** A no-certificate licence: the addresses it may be used from (the certificate check is replaced by this). */
  allowedAddresses?: string[];
}

/** Per licence; every field optional (the platform's defaults apply: fair-share-limits.ts). */
export type FairShareLimits = Partial<Limits>;

export type KeyCheck =
  /** validUntil: when the key expires (a verdict kept for later must not outlive it). */
  | { ok: true; key: VerifiedKey; validUntil: Date }
  /** unknown: no such key (or malformed, or wrong secret); unbound: live key, other certificate. */
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'unbound'; expiredAt?: Date };

/** A row of iam.lookup_api_key (the columns `verifyApiKey` reads). */
interface LookupKeyRow {
  key_secret_hash: string;
  key_revoked: boolean;
  key_expires_at: Date | string;
  key_no_certificate: boolean;
  key_certificate_bound: boolean;
  key_allowed_addresses: unknown;
  key_scope: string;
  key_provider_units: unknown;
  key_subject_id: string | null;
  key_limits: string | FairShareLimits | null;
  key_tenant: string;
  key_package: string;
  key_client_id: string;
  key_client_name: string | null;
}

// Compared against when the prefix is unknown, so both paths take the same time.
const DUMMY_HASH = sha256('lcs-no-such-key');

/**
 * Verifies a presented key for a client certificate (its SHA-256 fingerprint): the key exists,
 * its hash matches (constant time), it is live (not revoked or expired; nor its licence or
 * system), and the certificate is bound to the key's system. Runs without a tenant.
 */
export async function verifyApiKey(
  db: AppDatabase,
  key: string,
  fingerprint: string | undefined,
  now = new Date(),
): Promise<KeyCheck> {
  const m = KEY_FORMAT.exec(key);
  if (!m) return { ok: false, reason: 'unknown' };
  const prefix = m[1]!;
  const rows = rowsOf<LookupKeyRow>(
    await executePrepared(
      db,
      sql`select * from iam.lookup_api_key(${prefix}, ${fingerprint ? normaliseFingerprint(fingerprint) : ''})`,
    ),
  );
  const presented = sha256(key);
  // The prefix is unique per tenant: the key is the row whose hash matches (constant-time compares).
  const same = (stored: Buffer) => stored.length === presented.length && timingSafeEqual(stored, presented);
  if (!rows.length) same(DUMMY_HASH);
  const row = rows.find((r) => same(Buffer.from(String(r.key_secret_hash), 'hex')));
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.key_revoked) return { ok: false, reason: 'revoked' };
  const expires = new Date(row.key_expires_at);
  if (!(expires.getTime() > now.getTime())) return { ok: false, reason: 'expired', expiredAt: expires };
  // A bound certificate is the normal case; otherwise a no-certificate licence leaves it to its address allow-list.
  const allowedAddresses =
    row.key_no_certificate && !row.key_certificate_bound ? parseTextArray(row.key_allowed_addresses) : undefined;
  // A no-certificate licence needs no bound certificate (its address allow-list is checked by the caller).
  if (!row.key_certificate_bound && !allowedAddresses) return { ok: false, reason: 'unbound' };
  const scope: LicenceScope =
    row.key_scope === 'provider'
      ? { type: 'provider', units: parseIntArray(row.key_provider_units) }
      : row.key_scope === 'subject'
        ? { type: 'subject', personId: String(row.key_subject_id) }
        : { type: 'tenant' };
  const limits = typeof row.key_limits === 'string' ? JSON.parse(row.key_limits) : (row.key_limits ?? undefined);
  return {
    ok: true,
    key: {
      tenant: row.key_tenant,
      package: row.key_package,
      clientId: String(row.key_client_id),
      clientName: row.key_client_name ?? undefined,
      keyId: prefix,
      scope,
      limits,
      allowedAddresses,
    },
    validUntil: expires,
  };
}

function parseTextArray(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.replace(/[{}"]/g, '').split(',').filter(Boolean);
  return [];
}

/** An int[] column as the drivers return it (an array, or PostgreSQL's `{1,2}` text). */
export function parseIntArray(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(Number);
  if (typeof v === 'string') return v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
  return [];
}

// ---- administration, as the tenant (an administration API and audit around these are issue 6) ----

/** The system's id, creating it when there is none of that name in the tenant. */
export async function ensureApiClient(
  db: AppDatabase,
  tenant: string,
  o: { name: string; description?: string },
): Promise<string> {
  return changeAsTenant(db, tenant, async (tx) => {
    const found = await tx
      .select({ id: apiClient.id })
      .from(apiClient)
      .where(sql`${apiClient.name} = ${o.name}`);
    if (found[0]) return found[0].id as string;
    const [row] = await tx
      .insert(apiClient)
      .values({ tenantId: tenant, name: o.name, description: o.description })
      .returning({ id: apiClient.id });
    return row.id as string;
  });
}

/** Binds a client certificate (by fingerprint) to a system; binding it again changes nothing. */
export async function bindCertificate(
  db: AppDatabase,
  tenant: string,
  clientId: string,
  o: { fingerprint: string; subject?: string; notAfter?: Date },
): Promise<void> {
  const fingerprint = sha256Fingerprint(o.fingerprint);
  await changeAsTenant(db, tenant, (tx) =>
    tx
      .insert(clientCertificate)
      .values({
        tenantId: tenant,
        clientId,
        fingerprint,
        subject: o.subject,
        notAfter: o.notAfter,
      })
      .onConflictDoNothing(),
  );
}

export interface LicenceInput {
  clientId: string;
  package: string;
  scope: LicenceScope;
}

/** The licence of (system, package), creating it when there is none. */
export async function ensureLicence(db: AppDatabase, tenant: string, o: LicenceInput): Promise<string> {
  return changeAsTenant(db, tenant, async (tx) => {
    const found = await tx
      .select({ id: licence.id })
      .from(licence)
      .where(sql`${licence.clientId} = ${o.clientId} and ${licence.package} = ${o.package}`);
    if (found[0]) return found[0].id as string;
    const [row] = await tx
      .insert(licence)
      .values({
        tenantId: tenant,
        clientId: o.clientId,
        package: o.package,
        scope: o.scope.type,
        providerUnits: o.scope.type === 'provider' ? o.scope.units : null,
        subjectId: o.scope.type === 'subject' ? o.scope.personId : null,
      })
      .returning({ id: licence.id });
    return row.id as string;
  });
}

/** Default lifetime of a new key. */
export const KEY_LIFETIME_DAYS = 365;

/** Issues a new key for a licence; the key is returned once and only its hash is kept. */
export async function issueApiKey(
  db: AppDatabase,
  tenant: string,
  licenceId: string,
  o: { expiresAt?: Date; label?: string } = {},
): Promise<{ key: string; keyId: string; expiresAt: Date }> {
  const { key, prefix, secretHash } = generateApiKey();
  const expiresAt = o.expiresAt ?? new Date(Date.now() + KEY_LIFETIME_DAYS * 86_400_000);
  await changeAsTenant(db, tenant, (tx) =>
    tx.insert(apiKey).values({ tenantId: tenant, licenceId, prefix, secretHash, label: o.label, expiresAt }),
  );
  return { key, keyId: prefix, expiresAt };
}

/** Revokes a key by its id (prefix); true if the tenant had such a live key. */
export async function revokeApiKey(db: AppDatabase, tenant: string, keyId: string, at = new Date()): Promise<boolean> {
  return changedAny(db, tenant, (tx) =>
    tx
      .update(apiKey)
      .set({ revokedAt: at })
      .where(sql`${apiKey.prefix} = ${keyId} and ${apiKey.revokedAt} is null`)
      .returning({ id: apiKey.id }),
  );
}

// ---- administration for the CLI (`pnpm lcs client|licence|key|cert|usage`), as the tenant ----

export async function listApiClients(db: AppDatabase, tenant: string) {
  return listAll(db, tenant, apiClient, apiClient.name);
}

/** Disables a system: its keys stop working at once. True if it was live. */
export async function disableApiClient(
  db: AppDatabase,
  tenant: string,
  clientId: string,
  at = new Date(),
): Promise<boolean> {
  return changedAny(db, tenant, (tx) =>
    tx
      .update(apiClient)
      .set({ disabledAt: at })
      .where(sql`${apiClient.id} = ${clientId} and ${apiClient.disabledAt} is null`)
      .returning({ id: apiClient.id }),
  );
}

export async function listCertificates(db: AppDatabase, tenant: string) {
  return listAll(db, tenant, clientCertificate, clientCertificate.createdAt);
}

/** Unbinds a certificate (by fingerprint) from a system: keys no longer work with it. */
export async function unbindCertificate(
  db: AppDatabase,
  tenant: string,
  clientId: string,
  fingerprint: string,
  at = new Date(),
): Promise<boolean> {
  return changedAny(db, tenant, (tx) =>
    tx
      .update(clientCertificate)
      .set({ revokedAt: at })
      .where(
        sql`${clientCertificate.clientId} = ${clientId} and ${clientCertificate.fingerprint} =
          ${normaliseFingerprint(fingerprint)} and ${clientCertificate.revokedAt} is null`,
      )
      .returning({ id: clientCertificate.id }),
  );
}

export async function listLicences(db: AppDatabase, tenant: string) {
  return listAll(db, tenant, licence, licence.createdAt);
}

export async function revokeLicence(
  db: AppDatabase,
  tenant: string,
  licenceId: string,
  at = new Date(),
): Promise<boolean> {
  return changedAny(db, tenant, (tx) =>
    tx
      .update(licence)
      .set({ revokedAt: at })
      .where(sql`${licence.id} = ${licenceId} and ${licence.revokedAt} is null`)
      .returning({ id: licence.id }),
  );
}

/** Sets a licence's fair-share limits (null: back to the defaults). */
export async function setLicenceLimits(
  db: AppDatabase,
  tenant: string,
  licenceId: string,
  limits: FairShareLimits | null,
): Promise<boolean> {
  return changedAny(db, tenant, (tx) =>
    tx
      .update(licence)
      .set({ limits })
      .where(sql`${licence.id} = ${licenceId}`)
      .returning({ id: licence.id }),
  );
}

/**
 * Marks a licence "no certificate" (a BI tool that cannot present one), only together with an
 * address allow-list; `null` turns the certificate requirement back on. Audited with the actor.
 */
export async function setNoCertificate(
  db: AppDatabase,
  tenant: string,
  licenceId: string,
  addresses: string[] | null,
  actor: string,
): Promise<boolean> {
  if (addresses && !addresses.length) throw badInput('a no-certificate licence needs at least one allowed address');
  const notAnAddress = addresses?.find((a) => !isIP(a));
  if (notAnAddress !== undefined)
    throw badInput(`"${notAnAddress.slice(0, 60)}" is not an IP address (IPv4 or IPv6, no ranges)`, 'addresses');
  return changeAsTenant(db, tenant, async (tx) => {
    const rows = await tx
      .update(licence)
      .set({ noCertificate: !!addresses, allowedAddresses: addresses })
      .where(sql`${licence.id} = ${licenceId}`)
      .returning({ id: licence.id });
    if (!rows.length) return false;
    await tx.insert(credentialAudit).values({
      tenantId: tenant,
      actor,
      action: addresses ? 'licence.no-certificate.on' : 'licence.no-certificate.off',
      target: licenceId,
      detail: { addresses },
    });
    return true;
  });
}

export async function listCredentialAudit(db: AppDatabase, tenant: string) {
  return listAll(db, tenant, credentialAudit, credentialAudit.at);
}

export async function listApiKeys(db: AppDatabase, tenant: string) {
  return asTenant(db, tenant, (tx) =>
    tx
      .select({
        keyId: apiKey.prefix,
        licenceId: apiKey.licenceId,
        label: apiKey.label,
        createdAt: apiKey.createdAt,
        expiresAt: apiKey.expiresAt,
        revokedAt: apiKey.revokedAt,
      })
      .from(apiKey)
      .orderBy(apiKey.createdAt),
  ) as Promise<
    {
      keyId: string;
      licenceId: string;
      label: string | null;
      createdAt: Date;
      expiresAt: Date;
      revokedAt: Date | null;
    }[]
  >;
}

export interface UsageDelta {
  tenant: string;
  keyId: string;
  /** Start of the minute the counts belong to. */
  minute: Date;
  requests: number;
  rows: number;
  rejects: number;
}

/** Adds usage counts (batched by the facade); one transaction per tenant. */
export async function recordUsage(db: AppDatabase, deltas: UsageDelta[]): Promise<void> {
  const byTenant = new Map<string, UsageDelta[]>();
  for (const d of deltas) byTenant.set(d.tenant, [...(byTenant.get(d.tenant) ?? []), d]);
  for (const [tenant, ds] of byTenant) {
    await asTenant(db, tenant, async (tx) => {
      for (const d of ds) {
        await tx
          .insert(apiKeyUsage)
          .values({
            tenantId: tenant,
            keyId: d.keyId,
            minute: d.minute,
            requests: d.requests,
            rows: d.rows,
            rejects: d.rejects,
          })
          .onConflictDoUpdate({
            target: [apiKeyUsage.tenantId, apiKeyUsage.keyId, apiKeyUsage.minute],
            set: {
              requests: sql`${apiKeyUsage.requests} + ${d.requests}`,
              rows: sql`${apiKeyUsage.rows} + ${d.rows}`,
              rejects: sql`${apiKeyUsage.rejects} + ${d.rejects}`,
            },
          });
      }
    });
  }
}

/** Usage per key of the tenant since `since` (default: the last 24 hours). */
export async function readUsage(db: AppDatabase, tenant: string, since = new Date(Date.now() - 86_400_000)) {
  return asTenant(db, tenant, async (tx) =>
    rowsOf<{
      keyId: string;
      requests: string | number;
      rows: string | number;
      rejects: string | number;
      lastMinute: Date | string;
    }>(
      await tx.execute(sql`
    select key_id as "keyId", sum(requests)::bigint as requests, sum(rows)::bigint as rows, sum(rejects)::bigint as
    rejects, max(minute) as "lastMinute"
    from iam.api_key_usage where minute >= ${since.toISOString()}::timestamptz group by key_id order by key_id`),
    ).map((r) => ({
      keyId: String(r.keyId),
      requests: Number(r.requests),
      rows: Number(r.rows),
      rejects: Number(r.rejects),
      lastMinute: new Date(r.lastMinute),
    })),
  );
}
