/**
 * Loader factory: one DataLoader per (entity, key) per request, created on first use and kept in
 * the request context, never shared across requests. Batches by key with `= ANY($1)`. Every batch
 * is a read through the request's read gate (read-gate.ts: row scope, masking, audit).
 */
import DataLoader from 'dataloader';
import { asc, eq, lte, sql } from 'drizzle-orm';
import type { AnyTable } from './tables.ts';
import type { EntityModel } from './model.ts';
import type { ReadGate, ReadSpec } from './read-gate.ts';
import type { ColumnChoice } from './field-demand.ts';
import { anyValue, type Row } from './rows.ts';

export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly gate: ReadGate) {}

  private get<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let l = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!l) {
      l = new DataLoader<number, V>(batch, { maxBatchSize: 5000 });
      this.cache.set(key, l as DataLoader<number, unknown>);
    }
    return l;
  }

  /**
   * Rows by id (null when absent, in another tenant or out of the caller's scope); with `fields`,
   * only those of their columns (field-demand.ts; undefined: all).
   */
  byId(e: EntityModel, t: AnyTable, fields?: ColumnChoice): DataLoader<number, Row | null> {
    return this.get(fields ? `id:${e.name}:${fields.key}` : `id:${e.name}`, async (ids) => {
      const { rows } = await this.gate.read(e, t, {
        ...staticSpec(t, 'id', () => byIdSpec(t)),
        fields,
        params: { ids: anyValue(ids) },
      });
      const by = new Map(rows.map((r) => [r.id as number, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
  }

  /**
   * Live rows whose `column` is one of the keys, at most `limit` per key, in id order; with
   * `fields`, only those of their columns, which hold `column` (field-demand.ts: a relation's key).
   */
  byColumn(
    e: EntityModel,
    t: AnyTable,
    column: string,
    limit: number,
    fields?: ColumnChoice,
  ): DataLoader<number, Row[]> {
    return this.get(`col:${e.name}:${column}:${limit}${fields ? `:${fields.key}` : ''}`, async (keys) => {
      const key = `col:${column}:${limit}`;
      const { rows } = await this.gate.read(e, t, {
        ...staticSpec(t, key, () => byColumnSpec(t, column, limit)),
        fields: fields && !fields.fields.includes(column) ? undefined : fields,
        params: { keys: anyValue(keys) },
      });
      const groups = new Map<number, Row[]>(keys.map((k) => [k, []]));
      for (const r of rows) groups.get(r[column] as number)?.push(r);
      return keys.map((k) => groups.get(k)!);
    });
  }
}

/** A loader's read without its values: conditions, rank and shape over the table's columns and placeholders. */
type StaticSpec = Pick<ReadSpec, 'where' | 'extra' | 'shape' | 'key'>;

/**
 * Each loader's read is the same for every request but its values (placeholders), so its drizzle
 * fragments are built once per (table, key) and shared: building them per batch was ~0.6 % of a
 * federated request's CPU (`pnpm bench --quick --only p1 --varied-targets ours --profile DIR`),
 * although the gate reuses the statement text built from them.
 */
const staticSpecs = new WeakMap<AnyTable, Map<string, StaticSpec>>();
function staticSpec(t: AnyTable, key: string, build: () => Omit<StaticSpec, 'key'>): StaticSpec {
  let byKey = staticSpecs.get(t);
  if (!byKey) staticSpecs.set(t, (byKey = new Map()));
  let spec = byKey.get(key);
  if (!spec) byKey.set(key, (spec = { ...build(), key }));
  return spec;
}

const byIdSpec = (t: AnyTable): Omit<StaticSpec, 'key'> => ({ where: [sql`${t.id} = any(${sql.placeholder('ids')})`] });

function byColumnSpec(t: AnyTable, column: string, limit: number): Omit<StaticSpec, 'key'> {
  const col = t[column];
  return {
    where: [sql`${col} = any(${sql.placeholder('keys')})`, eq(t.deleted, false)],
    extra: { rn: sql<number>`row_number() over (partition by ${col} order by ${t.id})`.as('rn') },
    shape: (select, tx) => {
      const sq = select.as('sq');
      return tx.select().from(sq).where(lte(sq.rn, limit)).orderBy(asc(sq.id));
    },
  };
}
