/**
 * Loader factory: one DataLoader per (entity, key) per request, created on first use and kept in
 * the request context, never shared across requests. Batches by key with `= ANY($1)`.
 */
import DataLoader from 'dataloader';
import { and, asc, eq, lte, sql, getTableColumns } from 'drizzle-orm';
import type { AnyTable } from './tables.ts';
import type { TenantScope } from './scope.ts';
import type { RowScope } from './row-scope.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Row = Record<string, any>;

/** A single array parameter (drizzle would otherwise expand an array into a parameter list). */
export const anyOf = (values: readonly unknown[]) => sql`any(${sql.param(values)})`;

export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();
  /** `rows`: the caller's data scope, added to every read (row-scope.ts). */
  constructor(private readonly scope: TenantScope, private readonly rows: RowScope = () => undefined) {}

  private get<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let l = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!l) {
      l = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
      this.cache.set(key, l as DataLoader<number, unknown>);
    }
    return l;
  }

  /** Rows by id (null when absent or in another tenant). */
  byId(name: string, t: AnyTable): DataLoader<number, Row | null> {
    return this.get(`id:${name}`, async (ids) => {
      const rows: Row[] = await this.scope.run((tx) => tx.select().from(t).where(and(sql`${t.id} = ${anyOf(ids)}`, this.rows(name, t))));
      const by = new Map(rows.map((r) => [r.id as number, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
  }

  /** Live rows whose `column` is one of the keys, at most `limit` per key, in id order. */
  byColumn(name: string, t: AnyTable, column: string, limit: number): DataLoader<number, Row[]> {
    return this.get(`col:${name}:${column}:${limit}`, async (keys) => {
      const col = t[column];
      const ranked = this.scope.run((tx) => {
        const sq = tx
          .select({ ...getTableColumns(t), rn: sql<number>`row_number() over (partition by ${col} order by ${t.id})`.as('rn') })
          .from(t)
          .where(and(sql`${col} = ${anyOf(keys)}`, eq(t.deleted, false), this.rows(name, t)))
          .as('sq');
        return tx.select().from(sq).where(lte(sq.rn, limit)).orderBy(asc(sq.id));
      });
      const groups = new Map<number, Row[]>(keys.map((k) => [k, []]));
      for (const r of (await ranked) as Row[]) groups.get(r[column] as number)?.push(r);
      return keys.map((k) => groups.get(k)!);
    });
  }
}
