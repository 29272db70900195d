/**
 * Natural keys (EntitySpec.naturalKeys): at most one live row of a tenant per key value, as a
 * partial unique index on (tenant_id, …key) over the rows not deleted. The writes check the key
 * themselves, one request at a time (`Write.serialize`), and answer the existing row or a clear
 * refusal; the index is the backstop that makes a second row impossible whatever path a write takes
 * (a violation is a 409 CONFLICT, failure.ts).
 *
 * A database written before a key existed can hold duplicates (two concurrent writes of one user
 * each passed the check before `Write.serialize`), and the index cannot be made over them. The
 * migration adding the key runs `dedupeSql` first: of each set of live rows sharing a key value the
 * first made (lowest id) stays, the others are marked deleted (kept, and shown as deleted by the
 * change feeds), and what pointed at them in the subgraph points at the one kept.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EntityModel, FieldModel, SubgraphModel } from './model.ts';

export interface NaturalKey {
  /** The unique index's name. */
  index: string;
  fields: { field: FieldModel; column: string; reference: boolean }[];
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** The entity's natural keys, each field checked to be a column of it. */
export function naturalKeys(e: EntityModel): NaturalKey[] {
  return (e.spec.naturalKeys ?? []).map((key) => {
    if (!key.length) throw new Error(`${e.name}: a natural key needs at least one field`);
    const fields = key.map((name) => {
      const field = e.fields.find((f) => f.name === name);
      if (!field?.column) throw new Error(`${e.name}: natural key field ${name} is not a column of the entity`);
      return { field, column: field.column.name, reference: e.refs.some((r) => r.via === name) };
    });
    const index = `${e.table}_${fields.map((f) => f.column).join('_')}_key`;
    if (index.length > 63) throw new Error(`${e.name}: natural key index name ${index} is longer than 63 characters`);
    return { index, fields };
  });
}

/**
 * A key field as the index holds it: a nullable reference with its null as 0 (ids start at 1000),
 * so "no unit" is one value; any other field as it is (PostgreSQL counts nulls apart).
 */
export function keyPart(f: NaturalKey['fields'][number], column: SQL | unknown): SQL | unknown {
  return f.reference && !f.field.column!.notNull ? sql`coalesce(${column}, 0)` : column;
}

/** The rows the index covers: live, and no plain key field null. */
function coveredSql(key: NaturalKey): string {
  return [
    'not deleted',
    ...key.fields.filter((f) => !f.reference && !f.field.column!.notNull).map((f) => `${quote(f.column)} is not null`),
  ].join(' and ');
}

const updatedColumn = (e: EntityModel) => e.fields.find((f) => f.name === e.updatedKey)?.column?.name ?? 'updated_at';

/**
 * SQL marking the later live duplicates of `key` deleted, the first made kept, and pointing this
 * subgraph's references to a deleted one at the one kept (one statement; nothing happens on a
 * database without duplicates). Row-level security is lifted from the tables it touches for the
 * migration's transaction (the migrator runs as their owner; the next start forces it again, db.ts
 * `harden`). `all`: every subgraph's model, to refuse a key of an entity other subgraphs point at,
 * whose references this cannot reach (their tables may live in other databases).
 */
export function dedupeSql(all: SubgraphModel[], model: SubgraphModel, e: EntityModel, key: NaturalKey): string[] {
  for (const other of all) {
    if (other.name === model.name) continue;
    for (const x of other.entities)
      for (const r of x.refs)
        if (r.entity === e.name)
          throw new Error(
            `${e.name} has a natural key and ${other.name}'s ${x.name} points at it (${r.via}): ` +
              'its duplicates could not be merged by the migration adding the key',
          );
  }
  const table = `${quote(model.name)}.${quote(e.table)}`;
  const pointing = model.entities.flatMap((x) =>
    x.refs
      .filter((r, i, refs) => r.entity === e.name && refs.findIndex((o) => o.via === r.via) === i)
      .map((r) => ({
        table: `${quote(model.name)}.${quote(x.table)}`,
        via: x.fields.find((f) => f.name === r.via)!,
        x,
      })),
  );
  const tables = [...new Set([table, ...pointing.map((p) => p.table)])];
  const partition = ['tenant_id', ...key.fields.map((f) => quote(f.column))].join(', ');
  const moves = pointing.map(
    (p, i) => `moved_${i} as (
  update ${p.table} c set ${quote(p.via.column!.name)} = dup.keep, ${quote(updatedColumn(p.x))} = now()
  from dup where dup.id <> dup.keep and c.tenant_id = dup.tenant_id and c.${quote(p.via.column!.name)} = dup.id
  returning 1
)`,
  );
  return [
    ...tables.map((t) => `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY;`),
    `-- ${e.name}'s natural key (${key.fields.map((f) => f.field.name).join(', ')}): later live duplicates marked ` +
      `deleted, the first made kept\nwith dup as (
  select tenant_id, id, min(id) over (partition by ${partition}) as keep from ${table} where ${coveredSql(key)}
)${moves.length ? ',\n' + moves.join(',\n') : ''}
update ${table} x set deleted = true, ${quote(updatedColumn(e))} = now()
from dup where dup.id <> dup.keep and x.tenant_id = dup.tenant_id and x.id = dup.id;`,
  ];
}
