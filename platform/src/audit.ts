/**
 * The audit trail of one subgraph request (HSLF-FS 2016:40, 4 kap. 9 §: who accessed which
 * person's data — action, unit, time, user, patient identity).
 *
 * Reads are recorded where data leaves the database (the read gate, read-gate.ts, which every kit
 * read passes), so no resolver can forget it; writes call `change`. At the end of the request the
 * trail's records are inserted into platform.audit_log in ONE statement (auditInsert), and the
 * response is sent only after they committed (http.ts, subgraph.ts):
 *
 * - a write (and every request on PGlite): inside the request's own transaction, as its last
 *   statement, sent together with the COMMIT (one round trip; if the insert fails, the COMMIT rolls
 *   the transaction back);
 * - a read on PostgreSQL: by the group commit (AuditWriter), with other reads' records that
 *   finished meanwhile, in one transaction of their own — one WAL flush for many reads.
 *
 * Guarantee: every response that carried personal data has its audit record committed before the
 * caller received a byte of it. A crash before the commit loses the response and the record
 * together (the caller saw nothing); a crash after it loses nothing. If the audit insert fails,
 * the request fails (fail closed). Nothing is queued beyond requests still waiting for their
 * answer, so there is nothing to overflow.
 */
import { sql } from 'drizzle-orm';
import type { EntityModel, SubgraphName } from './model.ts';
import type { Principal } from './trust.ts';
import { inTenant, setTenant, TenantScope } from './scope.ts';
import type { AppDatabase } from './db.ts';
import { executePrepared, rowsOf, type KeyedStatement, type Row } from './rows.ts';
import type { Metrics } from './metrics.ts';
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
    const records = this.toRecords(f);
    if (!records.length) {
      await scope.end(true);
      return 0;
    }
    return this.inserted(rowsOf(await scope.commitWith(auditInsert(records))), records.length);
  }

  /**
   * The request's records, as the insert takes them (auditInsert): one per read, event and change,
   * the read's first. Nothing when there are none.
   */
  toRecords(f: AuditFinish = this.meta): AuditRecord[] {
    if (!this.pending) return [];
    const p = this.principal;
    const out: AuditRecord[] = [];
    const base = (
      activity: string,
      clientIds: number[],
      entities: string[],
      count: number,
      changes: unknown,
      category = 'Application',
      outcome: string = f.outcome,
    ): AuditRecord => ({
      tenant_id: p.tenant,
      subsystem: SUBSYSTEM[this.subgraph],
      component: this.component ?? this.subgraph,
      category,
      activity,
      principal_kind: p.kind,
      principal_id: p.sub,
      principal_name: p.name ?? null,
      key_id: p.keyId ?? null,
      package: p.package ?? null,
      roles: p.roles ?? null,
      units: p.units ?? (p.scope?.type === 'provider' ? p.scope.units : null),
      client_ids: clientIds,
      entities,
      record_count: count,
      operation: f.operation ?? null,
      fields: f.fields ?? null,
      outcome,
      ip: p.ip ?? null,
      changes,
    });
    if (this.records) out.push(base('Read', [...this.clients], [...this.entities], this.records, null));
    for (const e of this.events) out.push(base(e.activity, [], [], 0, null, e.category, e.outcome));
    for (const c of this.changes) {
      out.push(
        base(c.activity, c.clientIds ?? [], [c.entity], 1, {
          id: String(c.id),
          before: c.before ?? null,
          after: c.after ?? null,
        }),
      );
    }
    return out;
  }

  /**
   * Takes the insert's answer for this trail's records (in their order): the read's record (the
   * first) is the receipt. Resolves to how many were inserted.
   */
  inserted(rows: readonly unknown[], records: number): number {
    if (rows.length !== records)
      throw new Error(`the audit insert answered ${rows.length} rows for ${records} records`);
    // a receipt, so a caller sharing this answer gets a record too
    const first = rows[0] as { id: string; at: string } | undefined;
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

/** An audit record's columns, by the types the insert reads them as (the rest are defaults: id, at). */
const AUDIT_COLUMN_TYPES = {
  tenant_id: 'text',
  subsystem: 'text',
  component: 'text',
  category: 'text',
  activity: 'text',
  principal_kind: 'text',
  principal_id: 'text',
  principal_name: 'text',
  key_id: 'text',
  package: 'text',
  roles: 'text[]',
  units: 'int[]',
  client_ids: 'int[]',
  entities: 'text[]',
  record_count: 'int',
  operation: 'text',
  fields: 'text[]',
  outcome: 'text',
  ip: 'text',
  changes: 'jsonb',
} as const;

/** One audit record as the insert takes it (JSON: arrays as arrays, `changes` as an object). */
export type AuditRecord = Record<keyof typeof AUDIT_COLUMN_TYPES, unknown>;

const AUDIT_COLUMN_NAMES = Object.keys(AUDIT_COLUMN_TYPES) as (keyof typeof AUDIT_COLUMN_TYPES)[];
const AUDIT_COLUMNS = sql.raw(AUDIT_COLUMN_NAMES.join(', '));
const AUDIT_RECORDSET = sql.raw(AUDIT_COLUMN_NAMES.map((c) => `${c} ${AUDIT_COLUMN_TYPES[c]}`).join(', '));

/**
 * Inserts `records` (of one tenant, the transaction's: row-level security checks it) in one
 * statement whose text is the same for any number of records: they travel as one JSON array.
 * Answers their ids and times, in the records' order.
 */
export const auditInsert = (records: readonly AuditRecord[]): KeyedStatement => ({
  key: 'audit-insert',
  build: () => sql`insert into platform.audit_log (${AUDIT_COLUMNS})
      select ${AUDIT_COLUMNS} from jsonb_to_recordset(${sql.placeholder('records')}::jsonb) as r(${AUDIT_RECORDSET})
      returning id::text as id, at::text as at`,
  params: { records: JSON.stringify(records) },
});

/** A trail waiting for the group commit. */
interface Queued {
  trail: AuditTrail;
  records: AuditRecord[];
  resolve(records: number): void;
  reject(e: unknown): void;
}

/** How many records one group commit takes at most (the rest wait for the next). */
export const AUDIT_BATCH_RECORDS = 256;

/**
 * Group commit of reads' audit records (PostgreSQL). A read's own transaction then writes
 * nothing, so its COMMIT flushes no WAL; its records are committed with those of every other read
 * that finished meanwhile, in one transaction: one WAL flush for all of them, where each subgraph
 * request's commit used to wait for one of its own (measured, `pnpm bench --quick --only p1
 * --varied-targets ours,hive --requests 3000` alternated: p1's whole stack 5.85 / 5.82 → 4.77 / 4.75
 * ms of CPU a request; README § Benchmarks, 6 December, evening).
 *
 * The guarantee above holds: the caller waits for its records' commit before a byte of the answer
 * leaves, and fails if they were not committed. A commit that fails is retried one trail at a time,
 * so one trail's bad record fails only its own request. One commit is in flight at a time; trails
 * that finish meanwhile wait for the next (at most AUDIT_BATCH_RECORDS records each).
 */
export class AuditWriter {
  private readonly queue: Queued[] = [];
  private draining?: Promise<void>;

  constructor(
    private readonly db: AppDatabase,
    private readonly metrics?: Metrics,
    private readonly maxRecords = AUDIT_BATCH_RECORDS,
  ) {}

  /** Commits the trail's records with others'; resolves to how many once committed (its receipt set). */
  write(trail: AuditTrail): Promise<number> {
    const records = trail.toRecords();
    if (!records.length) return Promise.resolve(0);
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ trail, records, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves once every trail handed in so far was committed or failed. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    // the reads finishing in this turn of the event loop go into the first commit too
    await new Promise<void>((r) => setImmediate(r));
    try {
      while (this.queue.length) await this.commit(this.take());
    } finally {
      this.draining = undefined;
    }
  }

  /** The next batch: trails in the order they came, up to maxRecords records (at least one trail). */
  private take(): Queued[] {
    let n = 0;
    let i = 0;
    while (i < this.queue.length && (i === 0 || n + this.queue[i]!.records.length <= this.maxRecords))
      n += this.queue[i++]!.records.length;
    return this.queue.splice(0, i);
  }

  /** Commits a batch and settles every trail of it; never throws. */
  private async commit(batch: Queued[]): Promise<void> {
    let answers: unknown[][];
    try {
      answers = await this.insert(batch);
    } catch (e) {
      if (batch.length === 1) return batch[0]!.reject(e);
      for (const q of batch) await this.commit([q]);
      return;
    }
    this.metrics?.auditBatchRecords.observe(batch.reduce((n, q) => n + q.records.length, 0));
    batch.forEach((q, i) => {
      try {
        q.resolve(q.trail.inserted(answers[i]!, q.records.length));
      } catch (e) {
        q.reject(e);
      }
    });
  }

  /**
   * One transaction: each tenant's setting, then its records (row-level security checks each
   * insert against the setting before it), all sent at once. Answers each trail's inserted rows.
   */
  private async insert(batch: Queued[]): Promise<unknown[][]> {
    const byTenant = new Map<string, Queued[]>();
    for (const q of batch) {
      const t = q.trail.principal.tenant;
      const list = byTenant.get(t);
      if (list) list.push(q);
      else byTenant.set(t, [q]);
    }
    const answered = new Map<Queued, unknown[]>();
    await this.db.transaction(async (tx) => {
      const statements = [...byTenant].map(async ([tenant, qs]) => {
        const [, inserted] = await Promise.all([
          executePrepared(tx, setTenant(tenant)),
          executePrepared(tx, auditInsert(qs.flatMap((q) => q.records))),
        ]);
        const rows = rowsOf(inserted);
        let at = 0;
        for (const q of qs) {
          answered.set(q, rows.slice(at, at + q.records.length));
          at += q.records.length;
        }
      });
      const outcomes = await Promise.allSettled(statements);
      const failed = outcomes.find((o) => o.status === 'rejected');
      if (failed) throw failed.reason;
    });
    return batch.map((q) => answered.get(q)!);
  }
}

const writers = new WeakMap<AppDatabase, AuditWriter>();
/** The process's group commit for a database (the all-in-one's subgraphs share one). */
export function auditWriterFor(db: AppDatabase, metrics?: Metrics): AuditWriter {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = new AuditWriter(db, metrics)));
  return w;
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
