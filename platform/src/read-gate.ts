/**
 * The read gate: the one way rows of a kit entity leave the database for a caller. Every kit read
 * (list pages in resolvers.ts; by id, by reference and by column in loaders.ts) is a `read` here,
 * and a new read path is one too, so the compliance rule "rows leave the database" is written once:
 *
 * 1. row scope: the caller's data scope (row-scope.ts) is added to the read's conditions;
 * 2. protected identities: the read selects the protected flag and the rows delivered are masked
 *    (privacy.ts) unless the caller is entitled;
 * 3. audit: the rows delivered are recorded in the request's audit trail (audit.ts), which is
 *    inserted before the request commits.
 *
 * A read names only what is its own (conditions, order, limit, extra columns); it receives no
 * handle to the table's rows that bypasses the three steps.
 */
import {
  and,
  fillPlaceholders,
  getTableColumns,
  is,
  sql,
  type Column,
  type Query,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { PgTimestamp, type PgDialect, type PgSession } from 'drizzle-orm/pg-core';
import type { PgSelect, SelectedFields } from 'drizzle-orm/pg-core';
import type { AuditTrail } from './audit.ts';
import type { EntityModel, SubgraphModel } from './model.ts';
import { contractJsonSql, hasContractJsonSql } from './contract-sql.ts';
import { JsonBytes } from './json-text.ts';
import { entityPrivacy, maskRows, protectedColumn, PROTECTED_FLAG } from './privacy.ts';
import { unscoped, type RowScope } from './row-scope.ts';
import { rowsOf, type Row } from './rows.ts';
import type { ColumnChoice } from './field-demand.ts';
import type { Tx, TenantScope } from './scope.ts';
import type { AnyTable } from './tables.ts';
import type { Principal } from './trust.ts';

/** What a read adds to the gate's select (which already has the columns and the scoped conditions). */
export interface ReadSpec {
  /** The read's own conditions; the gate adds the caller's row scope. */
  where?: (SQL | undefined)[];
  /** Extra computed columns (e.g. a rank); dropped from the rows before they are delivered. */
  extra?: Record<string, SQL.Aliased>;
  /**
   * Order, limit, offset, or an outer query over the gate's select (as a subquery); default: the
   * select as it is. Returns the query (not run: the gate runs it).
   */
  shape?: (select: PgSelect, tx: Tx) => SQLWrapper;
  /** At most this many rows leave (a page reads one more to know whether another follows). */
  deliver?: number;
  /**
   * The read's structure, when its SQL text depends on nothing else: the values that vary go as
   * `sql.placeholder(name)` in `where` and `shape`, filled from `params`. The gate then builds the
   * statement once per (table, key, masking) and reuses its text (building it with drizzle was
   * ~15 % of a federated request's CPU). Reads under a row scope narrower than the tenant are built
   * every time (their conditions differ per caller).
   */
  key?: string;
  /** The values of the placeholders in `where` and `shape`. */
  params?: Record<string, unknown>;
  /**
   * Only these fields' columns (field-demand.ts: what the request's operation can use of the rows);
   * undefined: every column. `read` only; `readJson` selects what its JSON needs.
   */
  fields?: ColumnChoice;
}

export interface ReadResult {
  /** The rows delivered: in scope, masked where the caller may not see them, recorded in the audit trail. */
  rows: Row[];
  /** More rows were found than `deliver` allowed. */
  more: boolean;
}

export class ReadGate {
  /**
   * `rows`: the caller's data scope; `principal` decides masking (none without one: a trusted
   * internal read); `audit`: the request's trail (none: nothing is recorded, e.g. a test).
   */
  constructor(
    readonly scope: TenantScope,
    private readonly rows: RowScope = unscoped,
    private readonly principal?: Principal,
    private readonly audit?: AuditTrail,
  ) {}

  /** The caller's scope condition for `entity`, for reads nested inside another read (e.g. an EXISTS filter). */
  inScope(entity: string, t: AnyTable): SQL | undefined {
    return this.rows(entity, t);
  }

  /**
   * Reads rows of `e` through the gate (row scope, protected-identity mask, audit record), as the
   * driver returns them: columns named by their field in SQL, no ORM mapping per value, date-times
   * as ISO 8601 strings with milliseconds instead of Date objects (drizzle's per-value mapping and
   * the Date objects were ~15 % of a 1,000-row page's CPU).
   */
  async read(e: EntityModel, t: AnyTable, spec: ReadSpec = {}): Promise<ReadResult> {
    const mask = this.principal ? protectedColumn(e, t, this.principal) : undefined;
    const cols = spec.fields ? pickedColumns(t, spec.fields) : gateColumns(t);
    const variant = spec.fields ? `${mask ? 'm' : 'u'}:${spec.fields.key}` : mask ? 'm' : 'u';
    const { rows, more } = await this.select(e, t, spec, variant, () => ({
      ...cols.columns,
      ...(mask ? { [PROTECTED_FLAG]: mask.as(PROTECTED_FLAG) } : {}),
      ...spec.extra,
    }));
    for (const r of rows) for (const k of cols.timestamps) r[k] = isoDateTime(r[k]);
    maskRows(e, rows);
    this.audit?.read(e, rows);
    return { rows, more };
  }

  /**
   * Reads rows of `e` as contract definition `def`'s JSON, written by PostgreSQL (contract-sql.ts),
   * through the same three steps: the row scope, the protected-identity mask (in the statement,
   * under the same flag) and the audit record. Each row delivered carries its id, its
   * modification time and the client it concerns (for a page's cursor and the audit trail) and
   * `json`, its text. Undefined when `def` has no such expression for `e`. `audit: false` when the
   * same rows are also read (and recorded) by `read` in the same request.
   */
  async readJson(
    model: SubgraphModel,
    e: EntityModel,
    t: AnyTable,
    def: string,
    spec: ReadSpec = {},
    o: { audit?: boolean } = {},
  ): Promise<ReadResult | undefined> {
    if (!hasContractJsonSql(model, e, def)) return undefined;
    const mask = this.principal ? protectedColumn(e, t, this.principal) : undefined;
    const cols = gateColumns(t);
    const client = entityPrivacy(e).clientKey;
    // (the expression is built with the statement: once per key, not on every page)
    const { rows, more } = await this.select(
      e,
      t,
      spec,
      `json:${def}:${mask ? 'm' : 'u'}`,
      () => ({
        id: cols.columns.id!,
        [e.updatedKey]: cols.columns[e.updatedKey]!,
        ...(client ? { [client]: cols.columns[client]! } : {}),
        ...spec.extra,
        [CONTRACT_JSON]: contractJsonSql(model, e, t, def, mask)!.as(CONTRACT_JSON),
      }),
      CONTRACT_JSON,
    );
    for (const r of rows) r[e.updatedKey] = isoDateTime(r[e.updatedKey]);
    if (o.audit !== false) this.audit?.read(e, rows);
    return { rows, more };
  }

  /**
   * Runs a read's statement (built once per table, key and `variant` when the read has a key):
   * the rows it may deliver (`spec.deliver`, its extra columns dropped) and whether more were found.
   * Column `bytes`, where the driver can (postgres.js), is delivered as the bytes the server sent
   * (a JsonBytes), not decoded into a string.
   */
  private async select(
    e: EntityModel,
    t: AnyTable,
    spec: ReadSpec,
    variant: string,
    columns: () => Record<string, Column | SQL.Aliased | SQL>,
    bytes?: string,
  ): Promise<ReadResult> {
    const cols = gateColumns(t);
    const cacheKey = spec.key !== undefined && this.rows === unscoped ? `${e.name}:${variant}:${spec.key}` : undefined;
    const found = (await this.scope.run(async (tx) => {
      const { session, dialect } = tx as unknown as { session: PgSession; dialect: PgDialect };
      let query = cacheKey === undefined ? undefined : cols.built.get(cacheKey);
      if (!query) {
        const select = tx
          .select(columns() as SelectedFields)
          .from(t)
          .where(and(...(spec.where ?? []), this.rows(e.name, t)))
          .$dynamic();
        query = dialect.sqlToQuery((spec.shape ? spec.shape(select, tx) : select).getSQL());
        if (cacheKey !== undefined && cols.built.size < MAX_BUILT) cols.built.set(cacheKey, query);
      }
      // A named prepared statement (drizzle's `execute` sends every statement unprepared, so
      // PostgreSQL parsed and planned each page again; the floor's driver prepares): through
      // drizzle's session, so its query log (statement counts) and the observed driver still see
      // it. Behind PgBouncer the driver's own `prepare: false` (db.ts POOLED) still wins.
      const prepared = session.prepareQuery(query, undefined, 'read-gate', false);
      if (bytes !== undefined) {
        const raw = await executeKeeping(prepared, spec.params, bytes);
        if (raw) return raw;
      }
      return rowsOf(await prepared.execute(spec.params));
    })) as Row[];
    const more = spec.deliver !== undefined && found.length > spec.deliver;
    const rows = more ? found.slice(0, spec.deliver) : found;
    if (spec.extra) for (const r of rows) for (const k of Object.keys(spec.extra)) delete r[k];
    return { rows, more };
  }
}

/** drizzle's postgres.js prepared query, as far as `executeKeeping` uses it (drizzle-orm 0.45). */
interface PostgresJsPrepared {
  client: { unsafe(query: string, params: unknown[], o: { prepare?: boolean }): { raw(): Promise<RawResult> } };
  queryString: string;
  params: unknown[];
  prepare?: boolean;
  logger: { logQuery(query: string, params: unknown[]): void };
}
type RawResult = (Buffer | null)[][] & {
  columns: { name: string; parser?: ((s: string) => unknown) & { array?: boolean } }[];
};

/**
 * Runs drizzle's prepared postgres.js query as drizzle's `execute` does (its parameters filled in,
 * logged to the query log, the same prepare setting, through the observed client), with the
 * driver's `raw()`: every column comes as the server's bytes, and all but `keep` are decoded and
 * parsed here as the driver would have; `keep` is handed on as a JsonBytes. Undefined when the
 * prepared query is not postgres.js's (PGlite), which then runs as usual.
 */
async function executeKeeping(
  prepared: unknown,
  values: Record<string, unknown> | undefined,
  keep: string,
): Promise<Row[] | undefined> {
  const p = prepared as Partial<PostgresJsPrepared>;
  if (typeof p.client?.unsafe !== 'function' || typeof p.queryString !== 'string' || !p.logger) return undefined;
  const params = fillPlaceholders(p.params ?? [], values ?? {});
  p.logger.logQuery(p.queryString, params);
  const result = await p.client.unsafe(p.queryString, params, { prepare: p.prepare }).raw();
  const cols = result.columns;
  const rows = new Array<Row>(result.length);
  for (let r = 0; r < result.length; r++) {
    const values = result[r]!;
    const row: Row = {};
    for (let i = 0; i < cols.length; i++) {
      const { name, parser } = cols[i]!;
      const v = values[i];
      if (v === null || v === undefined) row[name] = null;
      else if (name === keep) row[name] = new JsonBytes(v);
      else if (!parser) row[name] = v.toString('utf8');
      else row[name] = parser.array === true ? parser(v.toString('utf8', 1)) : parser(v.toString('utf8'));
    }
    rows[r] = row;
  }
  // The driver's rows are let go of here, not when the request ends: something older than them
  // kept the driver's result reachable for the young-generation collector after the request was
  // done (the cause not found), so a page's rows were copied and promoted by every scavenge. With
  // the result emptied once its rows are converted (the JSON column's bytes live on in the
  // JsonBytes), the flood's victim's scavenges copy 1.5 instead of 2.8 MB and promote 1.2 instead of
  // 2.3 MB each, and pause 3.7–4.1 instead of 4.7–5.1 ms (v8.GCProfiler in the all-in-one).
  (result as unknown as unknown[]).length = 0;
  return rows;
}

/** The property of a row read by `readJson` that holds its contract JSON. */
export const CONTRACT_JSON = 'json';

/** A table's columns as the gate reads them (by field), its date-time fields, and its reads built once. */
interface GateColumns {
  columns: Record<string, Column | SQL.Aliased>;
  timestamps: string[];
  /** Statements of keyed reads (ReadSpec.key), by masking, column choice and key. */
  built: Map<string, Query>;
  /** Its columns narrowed to a choice of fields (ReadSpec.fields), by the choice's key. */
  picked: Map<string, Pick<GateColumns, 'columns' | 'timestamps'>>;
}

/** Keyed reads kept per table: the keys are the code's (a handful per table), this only bounds a mistake. */
const MAX_BUILT = 256;

const columnsOf = new WeakMap<AnyTable, GateColumns>();

function gateColumns(t: AnyTable): GateColumns {
  let r = columnsOf.get(t);
  if (!r) {
    const columns: GateColumns['columns'] = {};
    const timestamps: string[] = [];
    for (const [field, col] of Object.entries(getTableColumns(t)) as [string, Column][]) {
      columns[field] = col.name === field ? col : sql`${col}`.as(field);
      if (is(col, PgTimestamp)) timestamps.push(field);
    }
    columnsOf.set(t, (r = { columns, timestamps, built: new Map(), picked: new Map() }));
  }
  return r;
}

/** `t`'s columns of the fields `choice` names (those it has), built once per table and choice. */
function pickedColumns(t: AnyTable, choice: ColumnChoice): Pick<GateColumns, 'columns' | 'timestamps'> {
  const all = gateColumns(t);
  let p = all.picked.get(choice.key);
  if (!p) {
    const columns: GateColumns['columns'] = {};
    for (const f of choice.fields) if (all.columns[f]) columns[f] = all.columns[f];
    p = { columns, timestamps: all.timestamps.filter((f) => f in columns) };
    if (all.picked.size < MAX_BUILT) all.picked.set(choice.key, p);
  }
  return p;
}

/**
 * A date-time as PostgreSQL's text (`2025-01-03 12:34:56.78+00`, what both drivers hand drizzle) →
 * ISO 8601 with milliseconds (`2025-01-03T12:34:56.780Z`, what Date.toISOString gives): by slicing
 * when it is in UTC, through Date otherwise (another time zone, a year beyond 9999).
 */
export function isoDateTime(v: unknown): unknown {
  if (typeof v !== 'string') return v instanceof Date ? v.toISOString() : v;
  const n = v.length;
  if (
    n >= 22 &&
    n <= 29 &&
    v.charCodeAt(10) === 32 && // ' '
    v.charCodeAt(n - 3) === 43 && // '+'
    v.charCodeAt(n - 2) === 48 &&
    v.charCodeAt(n - 1) === 48 && // '00'
    (n === 22 || (n >= 24 && v.charCodeAt(19) === 46)) // '.'
  ) {
    const ms = n === 22 ? '000' : n === 26 ? v.slice(20, 23) : (v.slice(20, n - 3) + '00').slice(0, 3);
    return `${v.slice(0, 10)}T${v.slice(11, 19)}.${ms}Z`;
  }
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}
