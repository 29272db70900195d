/**
 * Access review: every principal with access to a tenant — users with their roles and units, API
 * clients with their licences, keys and certificates — with last use, flagging those unused for
 * `inactiveDays` (90 by default). The municipality reviews its grants with it (CLI
 * `pnpm lcs access-review`, GraphQL `accessReview`); nothing here changes a grant.
 *
 * Last use: a user's latest audit event (sign-in or personal-data read); an API client's latest
 * metered request (iam.api_key_usage) or audit event, whichever is later.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '@lcs/platform';
import { parseIntArray } from './credentials.ts';

export const DEFAULT_INACTIVE_DAYS = 90;

export interface ReviewGrant {
  role: string;
  unitId: number | null;
  validFrom: Date | null;
  validTo: Date | null;
}
export interface ReviewUser {
  id: number;
  tssId: string;
  name: string | null;
  active: boolean;
  roles: ReviewGrant[];
  lastUsed: Date | null;
  unused: boolean;
}
export interface ReviewKey {
  id: string;
  label: string | null;
  expiresAt: Date;
  revoked: boolean;
  lastUsed: Date | null;
}
export interface ReviewLicence {
  id: string;
  package: string;
  scope: string;
  providerUnits: number[] | null;
  revoked: boolean;
  keys: ReviewKey[];
}
export interface ReviewCertificate {
  fingerprint: string;
  subject: string | null;
  notAfter: Date | null;
  revoked: boolean;
}
export interface ReviewApiClient {
  id: string;
  name: string;
  disabled: boolean;
  licences: ReviewLicence[];
  certificates: ReviewCertificate[];
  lastUsed: Date | null;
  unused: boolean;
}
export interface AccessReview {
  tenant: string;
  generatedAt: Date;
  inactiveDays: number;
  users: ReviewUser[];
  apiClients: ReviewApiClient[];
}

/** A timestamp as a driver returns it. */
type Stamp = Date | string;

const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const intList = (v: unknown): number[] | null => (v == null ? null : parseIntArray(v));

/** Builds the review inside a transaction already scoped to `tenant` (RLS shows nothing else). */
export async function accessReview(
  tx: Tx,
  tenant: string,
  inactiveDays = DEFAULT_INACTIVE_DAYS,
  now = new Date(),
): Promise<AccessReview> {
  if (!Number.isInteger(inactiveDays) || inactiveDays < 1 || inactiveDays > 3650)
    throw new RangeError('inactiveDays must be an integer from 1 to 3650');
  const cutoff = new Date(now.getTime() - inactiveDays * 86_400_000);
  const users = rowsOf<{
    id: number | string;
    tss_id: string;
    full_name: string | null;
    active: boolean;
    last_used: Stamp | null;
  }>(
    await tx.execute(sql`
    select u.id, u.tss_id, u.full_name, not coalesce(u.disabled, false) and (u.valid_to is null or u.valid_to >
    ${now.toISOString()}::timestamptz) as active,
      (select max(a.at) from platform.audit_log a where a.tenant_id = u.tenant_id and a.principal_kind = 'staff' and
      a.principal_id = u.tss_id) as last_used
    from iam."user" u where not u.deleted order by u.tss_id`),
  );
  const grants = rowsOf<{
    user_id: number | string;
    role_tss_id: string;
    provider_unit_id: number | string | null;
    valid_from: Stamp | null;
    valid_to: Stamp | null;
  }>(
    await tx.execute(sql`
    select ra.user_id, ra.role_tss_id, ra.provider_unit_id, ra.valid_from, ra.valid_to from iam.role_assignment ra
    where not ra.deleted and (ra.valid_to is null or ra.valid_to > ${now.toISOString()}::timestamptz) order by
      ra.user_id, ra.role_tss_id, ra.provider_unit_id`),
  );
  const clients = rowsOf<{ id: string; name: string; disabled: boolean; last_used: Stamp | null }>(
    await tx.execute(sql`
    select c.id::text as id, c.name, c.disabled_at is not null as disabled,
      greatest((select max(k.minute) from iam.api_key_usage k join iam.api_key ak on ak.prefix = k.key_id join
      iam.licence l on l.id = ak.licence_id where l.client_id = c.id),
               (select max(a.at) from platform.audit_log a where a.tenant_id = c.tenant_id and a.principal_kind =
               'partner' and a.principal_id = c.id::text)) as last_used
    from iam.api_client c order by c.name`),
  );
  const licences = rowsOf<{
    id: string;
    client_id: string;
    package: string;
    scope: string;
    provider_units: unknown;
    revoked: boolean;
  }>(
    await tx.execute(
      sql`select l.id::text as id, l.client_id::text as client_id, l.package, l.scope, l.provider_units, l.revoked_at is
        not null as revoked from iam.licence l order by l.package`,
    ),
  );
  const keys = rowsOf<{
    prefix: string;
    licence_id: string;
    label: string | null;
    expires_at: Stamp;
    revoked: boolean;
    last_used: Stamp | null;
  }>(
    await tx.execute(sql`
    select k.prefix, k.licence_id::text as licence_id, k.label, k.expires_at, k.revoked_at is not null as revoked,
      (select max(u.minute) from iam.api_key_usage u where u.key_id = k.prefix) as last_used
    from iam.api_key k order by k.created_at`),
  );
  const certs = rowsOf<{
    client_id: string;
    fingerprint: string;
    subject: string | null;
    not_after: Stamp | null;
    revoked: boolean;
  }>(
    await tx.execute(
      sql`select client_id::text as client_id, fingerprint, subject, not_after, revoked_at is not null as revoked from
        iam.client_certificate order by created_at`,
    ),
  );

  const unused = (last: Date | null) => !last || last < cutoff;
  return {
    tenant,
    generatedAt: now,
    inactiveDays,
    users: users.map((u) => {
      const lastUsed = date(u.last_used);
      return {
        id: Number(u.id),
        tssId: u.tss_id,
        name: u.full_name ?? null,
        active: !!u.active,
        lastUsed,
        unused: unused(lastUsed),
        roles: grants
          .filter((g) => Number(g.user_id) === Number(u.id))
          .map((g) => ({
            role: g.role_tss_id,
            unitId: g.provider_unit_id == null ? null : Number(g.provider_unit_id),
            validFrom: date(g.valid_from),
            validTo: date(g.valid_to),
          })),
      };
    }),
    apiClients: clients.map((c) => {
      const lastUsed = date(c.last_used);
      return {
        id: c.id,
        name: c.name,
        disabled: !!c.disabled,
        lastUsed,
        unused: unused(lastUsed),
        licences: licences
          .filter((l) => l.client_id === c.id)
          .map((l) => ({
            id: l.id,
            package: l.package,
            scope: l.scope,
            providerUnits: intList(l.provider_units),
            revoked: !!l.revoked,
            keys: keys
              .filter((k) => k.licence_id === l.id)
              .map((k) => ({
                id: k.prefix,
                label: k.label ?? null,
                expiresAt: date(k.expires_at)!,
                revoked: !!k.revoked,
                lastUsed: date(k.last_used),
              })),
          })),
        certificates: certs
          .filter((x) => x.client_id === c.id)
          .map((x) => ({
            fingerprint: x.fingerprint,
            subject: x.subject ?? null,
            notAfter: date(x.not_after),
            revoked: !!x.revoked,
          })),
      };
    }),
  };
}

export const accessReviewTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    Everyone with access to the caller's tenant, with last use; those unused for inactiveDays are flagged.
    Tenant administrators only.
    """
    accessReview(
      "Flag principals unused for this many days."
      inactiveDays: Int = ${DEFAULT_INACTIVE_DAYS}
    ): AccessReview!
  }
  type AccessReview {
    tenant: String! generatedAt: DateTime! inactiveDays: Int!
    users: [AccessReviewUser!]! apiClients: [AccessReviewApiClient!]!
  }
  type AccessReviewUser {
    id: ID! tssId: String! name: String @personalData active: Boolean! roles: [AccessReviewGrant!]!
    "Latest sign-in or personal-data read."
    lastUsed: DateTime
    "Not used within inactiveDays: review the grant."
    unused: Boolean!
  }
  type AccessReviewGrant {
    role: String!
    "Null: the whole municipality."
    unitId: Int
    validFrom: DateTime
    validTo: DateTime
  }
  type AccessReviewApiClient {
    id: ID! name: String! disabled: Boolean!
    licences: [AccessReviewLicence!]! certificates: [AccessReviewCertificate!]!
    lastUsed: DateTime
    unused: Boolean!
  }
  type AccessReviewLicence {
    id: ID! package: String! scope: String! providerUnits: [Int!] revoked: Boolean! keys: [AccessReviewKey!]!
  }
  type AccessReviewKey { id: String! label: String expiresAt: DateTime! revoked: Boolean! lastUsed: DateTime }
  type AccessReviewCertificate { fingerprint: String! subject: String notAfter: DateTime revoked: Boolean! }
`;
