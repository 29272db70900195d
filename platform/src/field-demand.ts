/**
 * Which columns a request's reads need: a kit read selects only the columns of the fields its
 * operation selects on the entity (anywhere in the operation, its fragments included), not the
 * whole row. Every column the read gate selects is parsed by the driver into a value, and written
 * as text by PostgreSQL first; a deep query that asks a client's name and a decision's dates read
 * all of their 20–40 columns before (the driver's parsing and the row values' garbage were ~15 %
 * of the all-in-one's CPU under p1's varied workload).
 *
 * What a read of entity E selects, for an operation:
 *  - the column of every field of E the operation selects (a value type's fields are its column);
 *  - the key column of every relation of E (a relation field resolves through it, a list by
 *    column groups by it), its id, its modification time (a page's cursor) and the client column
 *    the audit record is made from;
 *  - everything, when the operation selects a field of E that the kit does not resolve from the
 *    row's own column, relation or id — a subgraph's own resolver (e.g. a write's `etag`) may
 *    read any column —, or when the read has no operation (a write's, the business log's).
 *
 * The selection per type is found once per (schema, operation document) and the choice once per
 * (selection, entity); both documents and their choices are held weakly, so nothing grows with
 * the number of requests. Every read of E in one request makes the same choice, so a loader's
 * batches are not split by it.
 */
import {
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { inversesOf, type EntityModel, type SubgraphModel } from './model.ts';
import { entityPrivacy } from './privacy.ts';

/** The fields a read selects (by field name; the gate maps them to columns), and a short key naming the set. */
export interface ColumnChoice {
  readonly fields: readonly string[];
  readonly key: string;
}

/** What of a resolver's info the choice needs: the operation it belongs to. */
export type OperationInfo = Pick<GraphQLResolveInfo, 'schema' | 'operation' | 'fragments'>;

const selections = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, Set<string>>>>();

/** Field names selected per object type anywhere in `info`'s operation and its fragments. */
export function selectedFields(info: OperationInfo): Map<string, Set<string>> {
  let bySchema = selections.get(info.schema);
  if (!bySchema) selections.set(info.schema, (bySchema = new WeakMap()));
  let out = bySchema.get(info.operation);
  if (out) return out;
  const found = new Map<string, Set<string>>();
  const types = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(types, {
    Field(node) {
      const parent = types.getParentType();
      if (!parent) return;
      // a field selected on an interface is selected on every type that implements it
      const owners = isAbstractType(parent) ? info.schema.getPossibleTypes(parent) : [parent];
      for (const owner of owners) {
        let s = found.get(owner.name);
        if (!s) found.set(owner.name, (s = new Set()));
        s.add(node.name.value);
      }
    },
  });
  visit(info.operation, visitor);
  for (const f of Object.values(info.fragments ?? {})) visit(f, visitor);
  bySchema.set(info.operation, (out = found));
  return out;
}

/** One choice object per distinct field list (their keys name statements, so equal lists share them). */
const interned = new Map<string, ColumnChoice>();
/** Distinct lists are bounded by the schema's entities and the documents' shapes; this bounds a mistake. */
const MAX_INTERNED = 10_000;

function intern(fields: string[]): ColumnChoice | undefined {
  const text = fields.join(',');
  let c = interned.get(text);
  if (!c) {
    if (interned.size >= MAX_INTERNED) return undefined;
    interned.set(text, (c = { fields, key: `c${interned.size}` }));
  }
  return c;
}

interface EntityColumns {
  /** Fields of the entity that are a column of its row (value types included: their column is jsonb). */
  columns: Set<string>;
  /** Relation field → the field holding the target's id. */
  refs: Map<string, string>;
  /** List fields of other rows pointing at this one (resolved by its id). */
  inverses: Set<string>;
  /** Read whatever is selected: id, modification time, the audit's client, every relation's key. */
  always: string[];
  /** Fields the subgraph resolves with resolvers of its own. */
  own: Set<string>;
}

export class FieldDemand {
  private readonly entities = new Map<string, EntityColumns>();
  private readonly chosen = new WeakMap<Map<string, Set<string>>, Map<string, ColumnChoice | null>>();

  /** `own`: the subgraph's own resolvers besides the kit's, field names by type name. */
  constructor(model: SubgraphModel, own: Readonly<Record<string, object>>) {
    for (const e of model.entities) {
      const refs = new Map(e.refs.map((r) => [r.field, r.via]));
      const client = entityPrivacy(e).clientKey;
      this.entities.set(e.name, {
        columns: new Set(e.fields.filter((f) => f.column && !f.hidden).map((f) => f.name)),
        refs,
        inverses: new Set(inversesOf(model, e.name).map(({ ref }) => ref.inverse!)),
        always: [...new Set(['id', e.updatedKey, ...(client ? [client] : []), ...refs.values()])],
        own: new Set(Object.keys(own[e.name] ?? {})),
      });
    }
  }

  /** The fields `e`'s reads select for `info`'s operation; undefined: every column. */
  columns(e: EntityModel, info: OperationInfo | undefined): ColumnChoice | undefined {
    const known = this.entities.get(e.name);
    if (!known || !info?.operation || !info.schema) return undefined;
    const selected = selectedFields(info);
    let byEntity = this.chosen.get(selected);
    if (!byEntity) this.chosen.set(selected, (byEntity = new Map()));
    let c = byEntity.get(e.name);
    if (c === undefined) byEntity.set(e.name, (c = choose(known, selected.get(e.name)) ?? null));
    return c ?? undefined;
  }
}

function choose(known: EntityColumns, selected: Set<string> | undefined): ColumnChoice | undefined {
  // (a read of a type the operation does not select on is not one this operation's fields resolve)
  if (!selected) return undefined;
  const fields = new Set(known.always);
  for (const f of selected) {
    if (known.own.has(f)) return undefined; // the subgraph's own resolver may read any column
    if (f === '__typename' || known.inverses.has(f)) continue;
    if (known.columns.has(f)) fields.add(f);
    else if (!known.refs.has(f)) return undefined; // resolved by something else: it may read any column
  }
  return intern([...fields].sort());
}
