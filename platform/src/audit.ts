/**
 * The audit trail of one subgraph request (HSLF-FS 2016:40, 4 kap. 9 §: who accessed which
 * person's data — action, unit, time, user, patient identity).
 *
 * Reads are recorded where data leaves the database (the read gate, read-gate.ts, which every kit
 * read passes), so no resolver can forget it; writes call `change`. At the end of the request the
 * trail is inserted into platform.audit_log in ONE statement, inside the request's own transaction,
 * as its last statement, sent together with the COMMIT (one round trip; if the insert fails, the
 * COMMIT rolls the transaction back) — and the response is sent only after the commit (http.ts, subgraph.ts).
 *
 * Guarantee: every response that carried personal data has its audit record committed before the
 * caller received a byte of it. A crash before the commit loses the response and the record
 * together (the caller saw nothing); a crash after it loses nothing. If the audit insert fails,
 * the request fails (fail closed). There is no queue to overflow.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EntityModel, SubgraphName } from './model.ts';
import type { Principal } from './trust.ts';
import { inTenant, TenantScope } from './scope.ts';
import type { AppDatabase } from './db.ts';
import { rowsOf, type KeyedStatement, type Row } from './rows.ts';
import { entityPrivacy } from './privacy.ts';

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

  /**
   * Inserts the request's records as the last statement of its transaction and commits, in one
   * round trip (TenantScope.commitWith). Resolves to the number of records once committed; throws
   * (and nothing of the transaction is committed) if the insert fails.
   */
  async flushAndCommit(scope: TenantScope, f: AuditFinish = this.meta): Promise<number> {
    const insert = this.insert(f);
    if (!insert) {
      await scope.end(true);
      return 0;
    }
    return this.inserted(await scope.commitWith(insert.statement), insert.records);
  }

  /**
   * The request's records as one insert statement, or nothing when there are none. Every value is
   * a placeholder, so the statement's text depends only on how many records it inserts and is
   * built once per count (rows.ts KeyedStatement).
   */
  private insert(f: AuditFinish): { statement: KeyedStatement; records: number } | undefined {
    if (!this.pending) return undefined;
    const p = this.principal;
    const rows: unknown[][] = [];
    const base = (
      activity: string,
      clientIds: number[],
      entities: string[],
      count: number,
      changes: unknown,
      category = 'Application',
      outcome: string = f.outcome,
    ): unknown[] => [
      p.tenant,
      SUBSYSTEM[this.subgraph],
      this.component ?? this.subgraph,
      category,
      activity,
      p.kind,
      p.sub,
      p.name ?? null,
      p.keyId ?? null,
      p.package ?? null,
      textArray(p.roles),
      intArray(p.units ?? (p.scope?.type === 'provider' ? p.scope.units : undefined)),
      intArray(clientIds),
      textArray(entities),
      count,
      f.operation ?? null,
      textArray(f.fields),
      outcome,
      p.ip ?? null,
      changes === null ? null : JSON.stringify(changes),
    ];
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
    const params: Record<string, unknown> = {};
    rows.forEach((r, i) => r.forEach((v, j) => (params[`r${i}c${j}`] = v)));
    return {
      statement: { key: `audit-insert:${rows.length}`, build: () => auditInsert(rows.length), params },
      records: rows.length,
    };
  }

  /** Takes the insert's answer: the read's record (its first row) is the receipt. */
  private inserted(result: unknown, records: number): number {
    // a receipt, so a caller sharing this answer gets a record too
    const first = rowsOf(result)[0] as { id: string; at: string } | undefined;
    if (this.records && first) this.receipt = { id: first.id, at: first.at }; // at as text: microseconds kept
    return records;
  }

  /** The read record this request wrote (after flushAndCommit). */
  receipt?: AuditReceipt;
}

/**
 * A read whose answer is held for a caller who has not asked for it yet (the facade's read-ahead,
 * rest-facade read-ahead.ts) commits no audit record when it runs: its subgraph ends the read's
 * transaction and hands the trail's commit here instead. The holder runs it when, and only if, the
 * answer is delivered, before a byte of it leaves; an answer never delivered leaves no record,
 * as its rows never left. Only in process: an answer over HTTP has its record committed already.
 */
export interface AuditDeferral {
  /**
   * Takes the commit of a held read's records: in a transaction of its own, resolving to how many
   * were inserted, throwing if they were not committed.
   */
  hold(commit: () => Promise<number>): void;
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

/** The columns an audit record is written with (the rest are defaults: id, at), in the order `base` gives them. */
const AUDIT_COLUMN_NAMES = [
  'tenant_id',
  'subsystem',
  'component',
  'category',
  'activity',
  'principal_kind',
  'principal_id',
  'principal_name',
  'key_id',
  'package',
  'roles',
  'units',
  'client_ids',
  'entities',
  'record_count',
  'operation',
  'fields',
  'outcome',
  'ip',
  'changes',
] as const;
const AUDIT_COLUMNS = sql.raw(AUDIT_COLUMN_NAMES.join(', '));
/** The columns whose value is cast in the insert (array text and JSON text); the others' types are inferred. */
const AUDIT_CASTS: Partial<Record<(typeof AUDIT_COLUMN_NAMES)[number], string>> = {
  roles: 'text[]',
  units: 'int[]',
  client_ids: 'int[]',
  entities: 'text[]',
  fields: 'text[]',
  changes: 'jsonb',
};

/** Array values as PostgreSQL's array text (the insert casts them: `auditInsert`). */
const intArray = (v: readonly number[] | undefined) => (v ? `{${v.join(',')}}` : null);
const textArray = (v: readonly string[] | undefined) =>
  v ? `{${v.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}` : null;

/** The audit insert of `n` records, every value a placeholder `r<record>c<column>`. */
function auditInsert(n: number): SQL {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      sql`(${sql.join(
        AUDIT_COLUMN_NAMES.map((column, j) => {
          const v = sql.placeholder(`r${i}c${j}`);
          const cast = AUDIT_CASTS[column];
          return cast ? sql`${v}::${sql.raw(cast)}` : sql`${v}`;
        }),
        sql`, `,
      )})`,
  );
  return sql`insert into platform.audit_log (${AUDIT_COLUMNS})
      values ${sql.join(rows, sql`, `)} returning id::text as id, at::text as at`;
}

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
  await trail.flushAndCommit(new TenantScope(db, principal.tenant));
}
