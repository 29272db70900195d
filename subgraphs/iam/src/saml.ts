/**
 * Staff sign-in (SAML) data in iam: each tenant's identity provider (its metadata XML, the
 * required level of assurance and the attribute profile), and the link from a signed-in person to
 * an iam user of that tenant with the user's roles and units.
 *
 * A hand-written table beside the credential store, never in GraphQL. Everything runs as the app
 * role inside a transaction scoped to the tenant named by the SAML URL (`/saml/<domain>/…`), so
 * row-level security decides what is visible: a person is only ever matched within that tenant.
 */
import { sql } from 'drizzle-orm';
import { pgPolicy, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import { rowsOf, tenantPredicate, type AppDatabase } from '@lcs/platform';

const iam = pgSchema('iam');

export const SAML_PROFILES = ['sweden-connect', 'inera', 'adfs'] as const;
export type SamlProfile = (typeof SAML_PROFILES)[number];
export const DEFAULT_LOA = 'http://id.elegnamnden.se/loa/1.0/loa3';

/** One identity provider per tenant. */
export const idpConfig = iam
  .table(
    'idp_config',
    {
      tenantId: text('tenant_id').primaryKey(),
      /** The IdP's SAML metadata (EntityDescriptor) as configured. */
      metadataXml: text('metadata_xml').notNull(),
      /** The IdP's entity id (from the metadata), for logs and the admin view. */
      entityId: text('entity_id').notNull(),
      /** The AuthnContextClassRef requested and required (at least this level). */
      loa: text('loa').notNull(),
      /** Attribute profile: which attribute names carry the identity number, HSA id and names. */
      profile: text('profile').notNull(),
      updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3, mode: 'date' }).notNull().defaultNow(),
    },
    () => [
      pgPolicy('idp_config_tenant_isolation', {
        as: 'permissive',
        for: 'all',
        using: tenantPredicate,
        withCheck: tenantPredicate,
      }),
    ],
  )
  .enableRLS();

export const samlTables = { idpConfig };

export interface IdpConfig {
  tenant: string;
  metadataXml: string;
  entityId: string;
  loa: string;
  profile: SamlProfile;
  updatedAt: Date;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function asTenant<T>(db: AppDatabase, tenant: string, fn: (tx: any) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    return fn(tx);
  });
}

/** Sets (or replaces) the tenant's identity provider. */
export async function setIdpConfig(
  db: AppDatabase,
  tenant: string,
  o: { metadataXml: string; entityId: string; loa?: string; profile?: SamlProfile },
): Promise<void> {
  const profile = o.profile ?? 'sweden-connect';
  if (!SAML_PROFILES.includes(profile))
    throw new Error(`unknown attribute profile "${profile}" (${SAML_PROFILES.join(', ')})`);
  const values = {
    tenantId: tenant,
    metadataXml: o.metadataXml,
    entityId: o.entityId,
    loa: o.loa ?? DEFAULT_LOA,
    profile,
    updatedAt: new Date(),
  };
  await asTenant(db, tenant, (tx) =>
    tx
      .insert(idpConfig)
      .values(values)
      .onConflictDoUpdate({
        target: idpConfig.tenantId,
        set: {
          metadataXml: values.metadataXml,
          entityId: values.entityId,
          loa: values.loa,
          profile,
          updatedAt: values.updatedAt,
        },
      }),
  );
}

/** The tenant's identity provider, if one is configured. */
export async function getIdpConfig(db: AppDatabase, tenant: string): Promise<IdpConfig | undefined> {
  const rows: (typeof idpConfig.$inferSelect)[] = await asTenant(db, tenant, (tx) => tx.select().from(idpConfig));
  const r = rows[0];
  return (
    r && {
      tenant: r.tenantId,
      metadataXml: r.metadataXml,
      entityId: r.entityId,
      loa: r.loa,
      profile: r.profile as SamlProfile,
      updatedAt: r.updatedAt,
    }
  );
}

export interface StaffUserLink {
  userId: number;
  tssId: string;
  fullName: string | null;
  /** Refused: disabled, or outside validFrom/validTo. */
  active: boolean;
  /** Roles (TSS ids) currently held, whole-municipality or on a unit. */
  roles: string[];
  /** Provider units the user currently holds a role on. */
  units: number[];
}

/**
 * The iam user of `tenant` with this identity number (preferred) or HSA id; undefined when there
 * is none (or more than one, which is refused rather than guessed).
 */
export async function findStaffUser(
  db: AppDatabase,
  tenant: string,
  who: { personId?: string; hsaId?: string },
  now = new Date(),
): Promise<StaffUserLink | undefined> {
  if (!who.personId && !who.hsaId) return undefined;
  return asTenant(db, tenant, async (tx) => {
    const by = who.personId ? sql`person_id = ${who.personId}` : sql`hsa_id = ${who.hsaId}`;
    const users = rowsOf<{
      id: number | string;
      tss_id: string;
      full_name: string | null;
      disabled: boolean | null;
      valid_from: Date | string | null;
      valid_to: Date | string | null;
    }>(
      await tx.execute(
        sql`select id, tss_id, full_name, disabled, valid_from, valid_to from iam."user" where not deleted and ${by}
          limit 2`,
      ),
    );
    if (users.length !== 1) return undefined;
    const u = users[0]!;
    const t = now.toISOString();
    const assignments = rowsOf<{ role_tss_id: string; provider_unit_id: number | string | null }>(
      await tx.execute(sql`
      select ra.role_tss_id, ra.provider_unit_id from iam.role_assignment ra
      where ra.user_id = ${u.id} and not ra.deleted
        and (ra.valid_from is null or ra.valid_from <= ${t}::timestamptz)
        and (ra.valid_to is null or ra.valid_to > ${t}::timestamptz)`),
    );
    const from = u.valid_from ? new Date(u.valid_from) : undefined;
    const to = u.valid_to ? new Date(u.valid_to) : undefined;
    const active = !u.disabled && !(from && from > now) && !(to && to <= now);
    return {
      userId: Number(u.id),
      tssId: String(u.tss_id),
      fullName: u.full_name ?? null,
      active,
      roles: [...new Set(assignments.map((a) => String(a.role_tss_id)))].sort(),
      units: [
        ...new Set(assignments.filter((a) => a.provider_unit_id != null).map((a) => Number(a.provider_unit_id))),
      ].sort((a, b) => a - b),
    };
  });
}

/** Active users with at least one current role (for the development IdP's user picker). */
export async function listStaffUsers(
  db: AppDatabase,
  tenant: string,
  limit = 12,
  now = new Date(),
): Promise<{ personId: string; hsaId: string | null; tssId: string; fullName: string | null; roles: string[] }[]> {
  return asTenant(db, tenant, async (tx) => {
    const t = now.toISOString();
    const rows = rowsOf<{
      person_id: string;
      hsa_id: string | null;
      tss_id: string;
      full_name: string | null;
      roles: string[] | string | null;
    }>(
      await tx.execute(sql`
      select u.person_id, u.hsa_id, u.tss_id, u.full_name,
             array_agg(distinct ra.role_tss_id order by ra.role_tss_id) as roles
      from iam."user" u join iam.role_assignment ra on ra.user_id = u.id and not ra.deleted
        and (ra.valid_from is null or ra.valid_from <= ${t}::timestamptz) and (ra.valid_to is null or ra.valid_to >
        ${t}::timestamptz)
      where not u.deleted and not coalesce(u.disabled, false) and u.person_id is not null
      group by u.id, u.person_id, u.hsa_id, u.tss_id, u.full_name order by u.id limit ${limit}`),
    );
    return rows.map((r) => ({
      personId: String(r.person_id),
      hsaId: r.hsa_id ?? null,
      tssId: String(r.tss_id),
      fullName: r.full_name ?? null,
      roles: Array.isArray(r.roles)
        ? r.roles.map(String)
        : String(r.roles ?? '')
            .replace(/[{}]/g, '')
            .split(',')
            .filter(Boolean),
    }));
  });
}
