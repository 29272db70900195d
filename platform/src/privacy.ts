/**
 * Protected identities (skyddade personuppgifter): whose rows are masked, which fields are
 * personal, and the masking itself. Applied by the read gate (read-gate.ts) to every row a read
 * delivers; the audit trail (audit.ts) uses `entityPrivacy` to decide which reads it records.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EntityModel, FieldModel } from './model.ts';
import type { Principal } from './trust.ts';
import type { AnyTable } from './tables.ts';
import { executePrepared, rowsOf, type Row } from './rows.ts';
import type { TenantScope } from './scope.ts';

/** The explicit entitlement that lifts masking of protected identities (privacy.ts). */
export const PROTECTED_IDENTITY = 'protected-identity';

/**
 * The IAM role (TSS id) that entitles staff to see protected identities. No demo user holds it:
 * the municipality grants it explicitly (`PUT /api/v1/user-role`) to the few who need it.
 */
export const PROTECTED_IDENTITY_ROLE = 'SKYDDADE_PERSONUPPGIFTER';

/** A signed-in user's entitlements, from their roles. */
export function entitlementsOf(roles: readonly string[] | undefined): string[] {
  return roles?.includes(PROTECTED_IDENTITY_ROLE) ? [PROTECTED_IDENTITY] : [];
}

export function entitledToProtected(p: Principal): boolean {
  return p.entitlements?.includes(PROTECTED_IDENTITY) ?? false;
}

export interface EntityPrivacy {
  /** Field holding the client the row concerns (the client's own id for Client). */
  clientKey?: string;
  /** Fields holding personal data. */
  personal: FieldModel[];
  /** Reads of it are audited: it holds personal data or concerns a client. */
  audited: boolean;
}

const privacyOf = new WeakMap<EntityModel, EntityPrivacy>();

export function entityPrivacy(e: EntityModel): EntityPrivacy {
  let p = privacyOf.get(e);
  if (!p) {
    const scope = typeof e.spec.scope === 'object' ? e.spec.scope : undefined;
    const personal = e.fields.filter((f) => f.personal);
    p = { clientKey: scope?.client, personal, audited: personal.length > 0 || !!scope?.client };
    privacyOf.set(e, p);
  }
  return p;
}

/** Marker shown instead of a protected person's name. */
export const MASKED_NAME = 'Skyddad identitet';
/** Row property carrying whether the row concerns a client with a protected identity. */
export const PROTECTED_FLAG = '__protected';

/**
 * The extra column a read of `e` selects so its rows can be masked, or undefined when nothing
 * needs masking (no personal fields, no client, or the caller is entitled).
 */
export function protectedColumn(e: EntityModel, t: AnyTable, principal: Principal): SQL | undefined {
  const p = entityPrivacy(e);
  if (!p.personal.length || !p.clientKey || entitledToProtected(principal)) return undefined;
  // an uncorrelated IN: PostgreSQL hashes the (few) protected clients of the tenant once per query
  // instead of probing per row (row-level security limits the registry to the caller's tenant).
  // Built once per table and shared (it holds no values), as every read asks for it.
  let column = protectedColumns.get(t);
  if (!column)
    protectedColumns.set(
      t,
      (column = sql`coalesce(${t[p.clientKey]} in (select pc.client_id from platform.protected_client pc), false)`),
    );
  return column;
}
const protectedColumns = new WeakMap<AnyTable, SQL>();

/** What a personal field shows for a protected identity: an empty list, the marker for names, else null. */
export function maskedValue(f: FieldModel): unknown {
  if (f.gql.startsWith('[')) return [];
  return /name$/i.test(f.name) || (f.gql.endsWith('!') && f.gql.startsWith('String')) ? MASKED_NAME : null;
}

/** Masks, in place, the personal fields of rows flagged by `protectedColumn`; drops the flag. */
export function maskRows(e: EntityModel, rows: Row[]): void {
  const { personal } = entityPrivacy(e);
  for (const r of rows) {
    if (!(PROTECTED_FLAG in r)) continue;
    if (r[PROTECTED_FLAG]) {
      for (const f of personal) r[f.name] = maskedValue(f);
    }
    delete r[PROTECTED_FLAG];
  }
}

/**
 * The tenant's register of protected identities as it stands in the scope's transaction, as one
 * value that changes with any change to it: a client added, removed, or removed and added again
 * (each entry counts by its client and the transaction that inserted it). A read held for later
 * delivery (the facade's read-ahead) takes it before its first statement and again when it is
 * delivered: if the register changed in between, the read may have masked as it no longer should,
 * and it is not delivered (`RegisterChanged`).
 */
export async function protectedRegisterMark(scope: TenantScope): Promise<string> {
  const [r] = rowsOf<{ n: number; h: number }>(
    await scope.run((tx) =>
      executePrepared(
        tx,
        sql`select count(*)::int as n,
            coalesce(bit_xor(hashtext(pc.client_id::text || ':' || pc.xmin::text)), 0)::int as h
          from platform.protected_client pc`,
      ),
    ),
  );
  return `${r!.n}:${r!.h}`;
}

/** A held read was not delivered: the register of protected identities changed since it ran. */
export class RegisterChanged extends Error {
  constructor() {
    super('the register of protected identities changed since the read');
    this.name = 'RegisterChanged';
  }
}
