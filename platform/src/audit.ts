/**
 * The audit trail of one subgraph request (HSLF-FS 2016:40, 4 kap. 9 §: who accessed which
 * person's data — action, unit, time, user, patient identity).
 *
 * Reads are recorded where data leaves the database (the kit's list query and its loaders), so no
 * resolver can forget it; writes call `change`. At the end of the request the trail is inserted
 * into platform.audit_log in ONE statement, inside the request's own transaction, before it
 * commits — and the response is sent only after the commit (http.ts, subgraph.ts).
 *
 * Guarantee: every response that carried personal data has its audit record committed before the
 * caller received a byte of it. A crash before the commit loses the response and the record
 * together (the caller saw nothing); a crash after it loses nothing. If the audit insert fails,
 * the request fails (fail closed). There is no queue to overflow.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EntityModel, FieldModel, SubgraphName } from './model.ts';
import type { Principal } from './trust.ts';
import { inTenant, type TenantScope } from './scope.ts';
import { rowsOf, type AppDatabase } from './db.ts';
import type { AnyTable } from './tables.ts';
import type { Row } from './loaders.ts';

export type AuditSubsystem = 'Ec' | 'EcProvider' | 'Iam';

/** The contract's business-log subsystem of each subgraph. */
export const SUBSYSTEM: Record<SubgraphName, AuditSubsystem> = {
  care: 'Ec',
  hsl: 'Ec',
  housing: 'Ec',
  provider: 'EcProvider',
  iam: 'Iam',
};

export interface AuditChange {
  activity: 'Create' | 'Update' | 'Delete';
  entity: string;
  id: number | string;
  clientIds?: number[];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

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
  // instead of probing per row (row-level security limits the registry to the caller's tenant)
  return sql`coalesce(${t[p.clientKey]} in (select pc.client_id from platform.protected_client pc), false)`;
}

/** Masks, in place, the personal fields of rows flagged by `protectedColumn`; drops the flag. */
export function maskRows(e: EntityModel, rows: Row[]): void {
  const { personal } = entityPrivacy(e);
  for (const r of rows) {
    if (!(PROTECTED_FLAG in r)) continue;
    if (r[PROTECTED_FLAG]) {
      for (const f of personal) {
        const list = f.gql.startsWith('[');
        const nonNull = f.gql.endsWith('!');
        r[f.name] = list ? [] : /name$/i.test(f.name) || (nonNull && f.gql.startsWith('String')) ? MASKED_NAME : null;
      }
    }
    delete r[PROTECTED_FLAG];
  }
}

export interface AuditFinish {
  /** The operation's name (the gateway names subgraph fetches after the client operation). */
  operation?: string;
  /** Root fields of the operation (the path into the data). */
  fields?: string[];
  outcome: 'ok' | 'partial' | 'denied' | 'error';
}

export class AuditTrail {
  private readonly clients = new Set<number>();
  private readonly entities = new Set<string>();
  private records = 0;
  private readonly changes: AuditChange[] = [];
  private readonly events: { activity: string; category: string; outcome: string }[] = [];
  /** Set when the response is ready: the operation, its root fields and the outcome. */
  meta: AuditFinish = { outcome: 'ok' };

  /** `component`: what served the request when it is not the subgraph itself (e.g. the gateway's sign-in). */
  constructor(
    readonly subgraph: SubgraphName,
    readonly principal: Principal,
    readonly component?: string,
  ) {}

  /** Rows of `e` about to be returned. */
  read(e: EntityModel, rows: readonly (Row | null)[]): void {
    const p = entityPrivacy(e);
    if (!p.audited) return;
    let n = 0;
    for (const r of rows) {
      if (!r) continue;
      n++;
      if (p.clientKey) {
        const c = r[p.clientKey];
        if (typeof c === 'number') this.clients.add(c);
      }
    }
    if (n) {
      this.records += n;
      this.entities.add(e.name);
    }
  }

  change(c: AuditChange): void {
    this.changes.push(c);
  }

  /** An event without data, e.g. a sign-in (StartSession, category Security). */
  event(
    activity: string,
    category: 'Application' | 'Security' = 'Security',
    outcome: AuditFinish['outcome'] = 'ok',
  ): void {
    this.events.push({ activity, category, outcome });
  }

  get pending(): boolean {
    return this.records > 0 || this.changes.length > 0 || this.events.length > 0;
  }

  /** Inserts the request's records (one statement) in the request's transaction. */
  /** Resolves to the number of records inserted. */
  async flush(scope: TenantScope, f: AuditFinish = this.meta): Promise<number> {
    if (!this.pending) return 0;
    const p = this.principal;
    const rows: SQL[] = [];
    const base = (
      activity: string,
      clientIds: number[],
      entities: string[],
      count: number,
      changes: unknown,
      category = 'Application',
      outcome: string = f.outcome,
    ) => sql`(
      ${p.tenant}, ${SUBSYSTEM[this.subgraph]}, ${this.component ?? this.subgraph}, ${category}, ${activity}, ${p.kind}, ${p.sub}, ${p.name ?? null},
      ${p.keyId ?? null}, ${p.package ?? null}, ${textArray(p.roles)}, ${intArray(p.units ?? (p.scope?.type === 'provider' ? p.scope.units : undefined))},
      ${intArray(clientIds)}, ${textArray(entities)}, ${count}, ${f.operation ?? null}, ${textArray(f.fields)}, ${outcome}, ${p.ip ?? null},
      ${changes === null ? null : JSON.stringify(changes)}::jsonb)`;
    if (this.records) rows.push(base('Read', [...this.clients], [...this.entities], this.records, null));
    for (const e of this.events) rows.push(base(e.activity, [], [], 0, null, e.category, e.outcome));
    for (const c of this.changes) {
      rows.push(
        base(c.activity, c.clientIds ?? [], [c.entity], 1, {
          id: String(c.id),
          before: c.before ?? null,
          after: c.after ?? null,
        }),
      );
    }
    const inserted = await scope.run((tx) =>
      tx.execute(sql`insert into platform.audit_log (${AUDIT_COLUMNS})
      values ${sql.join(rows, sql`, `)} returning id::text as id, at::text as at`),
    );
    // the read's record (first row): a receipt, so a caller sharing this answer gets a record too
    const first = rowsOf(inserted)[0] as { id: string; at: string } | undefined;
    if (this.records && first) this.receipt = { id: first.id, at: first.at }; // at as text: microseconds kept
    return rows.length;
  }

  /** The read record this request wrote (after flush). */
  receipt?: AuditReceipt;
}

/** Identifies a read's audit record (returned with the answer, see replicateRead). */
export interface AuditReceipt {
  id: string;
  at: string;
}

/** Response extension / HTTP header carrying the receipt from a subgraph to the gateway. */
export const AUDIT_RECEIPT = 'lcsAuditReceipt';
export const AUDIT_RECEIPT_HEADER = 'x-lcs-audit-receipt';

/**
 * One answer delivered to more callers than executed it (the gateway's in-flight deduplication of
 * identical reads by the same principal): `times` more copies of its read record, so every
 * delivery has its own. Only the principal the record names may copy it; the gateway hands the
 * shared answer to the extra callers only after this committed.
 */
export async function replicateRead(
  db: AppDatabase,
  principal: Principal,
  receipt: AuditReceipt,
  times: number,
): Promise<void> {
  if (
    !/^\d{1,19}$/.test(receipt.id) ||
    typeof receipt.at !== 'string' ||
    receipt.at.length > 40 ||
    !Number.isInteger(times) ||
    times < 1 ||
    times > 10_000
  ) {
    throw new Error('invalid audit receipt');
  }
  await inTenant(db, principal.tenant, async (scope) => {
    const r = await scope.run((tx) =>
      tx.execute(sql`insert into platform.audit_log (${AUDIT_COLUMNS})
      select ${AUDIT_COLUMNS} from platform.audit_log, generate_series(1, ${times}::int)
      where id = ${receipt.id}::bigint and at = ${receipt.at}::timestamptz and activity = 'Read'
        and principal_kind = ${principal.kind} and principal_id = ${principal.sub}
      returning id`),
    );
    if (rowsOf(r).length !== times)
      throw new Error(`audit receipt ${receipt.id} is not a read record of this principal`);
  });
}

/** The columns an audit record is written with (the rest are defaults: id, at). */
const AUDIT_COLUMNS =
  sql.raw(`tenant_id, subsystem, component, category, activity, principal_kind, principal_id, principal_name, key_id, package,
  roles, units, client_ids, entities, record_count, operation, fields, outcome, ip, changes`);

const intArray = (v: readonly number[] | undefined) => (v ? sql`${`{${v.join(',')}}`}::int[]` : sql`null`);
const textArray = (v: readonly string[] | undefined) =>
  v ? sql`${`{${v.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]` : sql`null`;

/** Records one event (e.g. a staff sign-in) in its own transaction, outside any request. */
export async function recordAuditEvent(
  db: AppDatabase,
  subgraph: SubgraphName,
  component: string,
  principal: Principal,
  activity: string,
  category: 'Application' | 'Security' = 'Security',
): Promise<void> {
  const trail = new AuditTrail(subgraph, principal, component);
  trail.event(activity, category);
  await inTenant(db, principal.tenant, (scope) => trail.flush(scope));
}
