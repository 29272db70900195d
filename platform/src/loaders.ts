/**
 * Loader factory: one DataLoader per (entity, key) per request, created on first use and kept in
 * the request context, never shared across requests. Batches by key with `= ANY($1)`.
 */
import DataLoader from 'dataloader';
import { and, asc, eq, lte, sql, getTableColumns } from 'drizzle-orm';
import type { AnyTable } from './tables.ts';
import type { TenantScope } from './scope.ts';
import type { RowScope } from './row-scope.ts';
import type { EntityModel } from './model.ts';
import type { Principal } from './trust.ts';
import { maskRows, protectedColumn, PROTECTED_FLAG, type AuditTrail } from './audit.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

/** A single array parameter (drizzle would otherwise expand an array into a parameter list). */
export const anyOf = (values: readonly unknown[]) => sql`any(${sql.param(values)})`;

export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();
  /**
   * `rows`: the caller's data scope, added to every read (row-scope.ts); `principal` decides the
   * masking of protected identities; every row loaded is recorded in `audit` (audit.ts).
   */
  constructor(
    private readonly scope: TenantScope,
    private readonly rows: RowScope = () => undefined,
    private readonly principal?: Principal,
    private readonly audit?: AuditTrail,
  ) {}

  /** The columns a read selects (the table's, plus the protected flag when masking applies). */
  private columns(e: EntityModel, t: AnyTable) {
    const mask = this.principal ? protectedColumn(e, t, this.principal) : undefined;
    return mask ? { ...getTableColumns(t), [PROTECTED_FLAG]: mask.as(PROTECTED_FLAG) } : getTableColumns(t);
  }

  private delivered(e: EntityModel, rows: Row[]): void {
    maskRows(e, rows);
    this.audit?.read(e, rows);
  }

  private get<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let l = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!l) {
      l = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
      this.cache.set(key, l as DataLoader<number, unknown>);
    }
    return l;
  }

  /** Rows by id (null when absent or in another tenant). */
  byId(e: EntityModel, t: AnyTable): DataLoader<number, Row | null> {
    const name = e.name;
    return this.get(`id:${name}`, async (ids) => {
      const rows: Row[] = await this.scope.run((tx) =>
        tx
          .select(this.columns(e, t))
          .from(t)
          .where(and(sql`${t.id} = ${anyOf(ids)}`, this.rows(name, t))),
      );
      this.delivered(e, rows);
      const by = new Map(rows.map((r) => [r.id as number, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
  }

  /** Live rows whose `column` is one of the keys, at most `limit` per key, in id order. */
  byColumn(e: EntityModel, t: AnyTable, column: string, limit: number): DataLoader<number, Row[]> {
    const name = e.name;
    return this.get(`col:${name}:${column}:${limit}`, async (keys) => {
      const col = t[column];
      const ranked = this.scope.run((tx) => {
        const sq = tx
          .select({
            ...this.columns(e, t),
            rn: sql<number>`row_number() over (partition by ${col} order by ${t.id})`.as('rn'),
          })
          .from(t)
          .where(and(sql`${col} = ${anyOf(keys)}`, eq(t.deleted, false), this.rows(name, t)))
          .as('sq');
        return tx.select().from(sq).where(lte(sq.rn, limit)).orderBy(asc(sq.id));
      });
      const groups = new Map<number, Row[]>(keys.map((k) => [k, []]));
      const found = (await ranked) as Row[];
      for (const r of found) delete r.rn;
      this.delivered(e, found);
      for (const r of found) groups.get(r[column] as number)?.push(r);
      return keys.map((k) => groups.get(k)!);
    });
  }
}
