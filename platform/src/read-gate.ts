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
import { and, getTableColumns, type SQL } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { AuditTrail } from './audit.ts';
import type { EntityModel } from './model.ts';
import { maskRows, protectedColumn, PROTECTED_FLAG } from './privacy.ts';
import { unscoped, type RowScope } from './row-scope.ts';
import type { Row } from './rows.ts';
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
   * select as it is. Returns the rows found.
   */
  shape?: (select: PgSelect, tx: Tx) => PromiseLike<unknown[]>;
  /** At most this many rows leave (a page reads one more to know whether another follows). */
  deliver?: number;
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

  /** Reads rows of `e` through the gate (row scope, protected-identity mask, audit record). */
  async read(e: EntityModel, t: AnyTable, spec: ReadSpec = {}): Promise<ReadResult> {
    const mask = this.principal ? protectedColumn(e, t, this.principal) : undefined;
    const columns = {
      ...getTableColumns(t),
      ...(mask ? { [PROTECTED_FLAG]: mask.as(PROTECTED_FLAG) } : {}),
      ...spec.extra,
    };
    const found = (await this.scope.run(async (tx) => {
      const select = tx
        .select(columns)
        .from(t)
        .where(and(...(spec.where ?? []), this.rows(e.name, t)))
        .$dynamic();
      return spec.shape ? await spec.shape(select, tx) : await select;
    })) as Row[];
    const more = spec.deliver !== undefined && found.length > spec.deliver;
    const rows = more ? found.slice(0, spec.deliver) : found;
    if (spec.extra) for (const r of rows) for (const k of Object.keys(spec.extra)) delete r[k];
    maskRows(e, rows);
    this.audit?.read(e, rows);
    return { rows, more };
  }
}
