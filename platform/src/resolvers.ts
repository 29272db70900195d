/** Entity kit, part 4: resolvers for every entity, derived from the model. */
import { GraphQLScalarType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { and, asc, sql, type Column, type SQL } from 'drizzle-orm';
import { inversesOf, type EntityModel, type SubgraphModel } from './model.ts';
import { filterFields } from './sdl.ts';
import type { AnyTable } from './tables.ts';
import type { Loaders } from './loaders.ts';
import { anyValue, type Row } from './rows.ts';
import { CONTRACT_JSON, type ReadGate, type ReadSpec } from './read-gate.ts';
import { isJsonText, type JsonText } from './json-text.ts';
import { ownDefinition } from './contract-sql.ts';
import type { TenantScope } from './scope.ts';
import type { Principal } from './trust.ts';
import type { RowScope } from './row-scope.ts';
import { badInput } from './errors.ts';
import { calendarInstant, onCalendar } from './iso-time.ts';
import type { AuditTrail } from './audit.ts';
import { FieldDemand, type ColumnChoice } from './field-demand.ts';

/** What every subgraph resolver receives. Built per request; nothing in it outlives the request. */
export interface RequestContext {
  principal: Principal;
  scope: TenantScope;
  loaders: Loaders;
  /** The one way rows leave the database for this caller (read-gate.ts); the loaders read through it. */
  gate: ReadGate;
  /** The caller's data scope as a condition per entity; the read gate adds it to every kit read. */
  rows: RowScope;
  /** What this request read and changed; written to the audit log before the request commits. */
  audit: AuditTrail;
}

/** A field resolver (parent, arguments, request context, info); GraphQL calls it with what the schema says. */
export type FieldResolver = (...args: never[]) => unknown;

/** The resolvers of one type: field name (or `__resolveReference`) to resolver. */
export type TypeResolvers = Record<string, FieldResolver>;

/** A subgraph's resolvers: type name to its field resolvers, or a custom scalar. */
export type ResolverMap = Record<string, TypeResolvers | GraphQLScalarType>;

export const MAX_PAGE = 5000;

export function pageSize(first: unknown): number {
  const n = first ?? 100;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_PAGE) {
    throw badInput(`first must be an integer from 0 to ${MAX_PAGE}`, 'first');
  }
  return n;
}

/** Ids are integers; anything else cannot exist, so it is simply not found. */
export function parseId(id: unknown): number | null {
  const s = String(id);
  return /^\d{1,10}$/.test(s) && Number(s) <= 2147483647 ? Number(s) : null;
}

export function encodeCursor(at: Date | string, id: number): string {
  return Buffer.from(`${(at instanceof Date ? at : new Date(at)).getTime()}.${id}`).toString('base64url');
}

export function decodeCursor(c: string): { at: Date; id: number } {
  const m = /^(\d{1,15})\.(\d{1,10})$/.exec(Buffer.from(c, 'base64url').toString());
  if (!m) throw badInput('after is not a cursor this API returned', 'after');
  return { at: new Date(Number(m[1])), id: Number(m[2]) };
}

export interface ListArgs {
  first?: number;
  after?: string;
  ids?: string[];
  modifiedAfter?: Date;
  modifiedBefore?: Date;
  includeDeleted?: boolean;
  offset?: number;
  filter?: Record<string, unknown>;
}

export const MAX_OFFSET = 1_000_000;

export function pageOffset(offset: unknown): number {
  const n = offset ?? 0;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_OFFSET)
    throw badInput(`offset must be an integer from 0 to ${MAX_OFFSET}`, 'offset');
  return n;
}

/** Filter definitions per entity: derived from the immutable model once, not on every list request. */
const filtersByEntity = new WeakMap<EntityModel, Map<string, ReturnType<typeof filterFields>[number]>>();

/**
 * The values of a list read's conditions, as placeholders (read-gate.ts ReadSpec.key): `bind`
 * records a value under a name and returns its placeholder; `key` describes the conditions' shape
 * (undefined once a condition's SQL depends on more than its values, e.g. a nested `some`).
 */
class Bindings {
  readonly params: Record<string, unknown> = {};
  key: string | undefined = '';
  bind(name: string, value: unknown): SQL {
    this.params[name] = value;
    if (this.key !== undefined) this.key = this.key ? `${this.key},${name}` : name;
    return sql.placeholder(name) as unknown as SQL;
  }
}

/** SQL conditions for a filter input (names and kinds come from the model, never from the caller). */
function filterConditions(
  e: EntityModel,
  t: AnyTable,
  filter: Record<string, unknown> | undefined,
  k: KitParts,
  b: Bindings,
  prefix = 'f',
): SQL[] {
  if (!filter) return [];
  let known = filtersByEntity.get(e);
  if (!known) filtersByEntity.set(e, (known = new Map(filterFields(e, k.model).map((f) => [f.name, f]))));
  return Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([name, v]) => {
      const f = known.get(name);
      if (!f) throw badInput(`${name} is not a filter of ${e.name}`, name);
      const col = t[f.field.name];
      const p = (value: unknown, suffix = '') => b.bind(`${prefix}.${name}${suffix}`, value);
      const iso = (x: unknown) => (x instanceof Date ? x : new Date(String(x))).toISOString();
      switch (f.op) {
        case 'day': {
          const day = new Date(`${String(v)}T00:00:00Z`);
          const next = new Date(day.getTime() + 86400_000).toISOString();
          return sql`${col} >= ${p(day.toISOString())}::timestamptz and ${col} < ${p(next, '.next')}::timestamptz`;
        }
        case 'gte':
          return sql`${col} >= ${p(iso(v))}::timestamptz`;
        case 'gt':
          return sql`${col} > ${p(v)}`;
        case 'lte':
          return sql`${col} <= ${p(iso(v))}::timestamptz`;
        case 'activeFrom':
          return sql`(${col} >= ${p(iso(v))}::timestamptz or ${col} is null)`;
        case 'activeTo':
          return sql`${col} <= ${p(iso(v))}::timestamptz`;
        case 'some': {
          const st = k.tables.get(f.source!.name)!;
          const inner = filterConditions(f.source!, st, v as Record<string, unknown>, k, b, `${prefix}.${name}`);
          // Related rows out of the caller's scope must not decide a match either.
          const scoped = k.gate.inScope(f.source!.name, st);
          const conds = [...inner, ...(scoped ? [scoped] : [])];
          const more = conds.length ? sql` and ${and(...conds)}` : sql``;
          b.key = undefined;
          return sql`exists (select 1 from ${st} where ${st[f.via!]} = ${t.id}${more})`;
        }
        default:
          return sql`${col} = ${p(f.type === 'ID' ? (parseId(v) ?? -1) : (col as Column).mapToDriverValue(v))}`;
      }
    });
}

/** The keyset condition of a page after `cursor`: (modification time, id) beyond the cursor's. */
function afterCursor(b: Bindings, upd: unknown, id: unknown, cursor: { at: Date; id: number }): SQL {
  const at = b.bind('after', cursor.at.toISOString());
  return sql`(${upd}, ${id}) > (${at}::timestamptz, ${b.bind('afterId', cursor.id)}::int)`;
}

/** The parts of a subgraph kit a list read needs. */
export interface KitParts {
  model: SubgraphModel;
  tables: Map<string, AnyTable>;
  /** The request's read gate (row scope, masking, audit). */
  gate: ReadGate;
}

/** What a list field's selection asks of its page, its `contractJson` argument as written (literal or variable). */
interface PageAsk {
  nodes: boolean;
  contractJson?: { literal?: string; variable?: string };
}
/**
 * What a field asks, by its first field node (an object of the query's parsed document, which the
 * document cache and compiled queries reuse from request to request). Keyed by the node, not by
 * `info.fieldNodes`: graphql-js builds that array afresh in every execution, so a cache keyed by it
 * missed on every request. The whole node list is kept and compared, since a field can merge
 * different nodes (a directive's variable decides whether a second one is included).
 */
const asks = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; ask: PageAsk }>();

function pageAsk(info: GraphQLResolveInfo): PageAsk {
  const fieldNodes = info.fieldNodes;
  const known = asks.get(fieldNodes[0]!);
  if (known && known.nodes.length === fieldNodes.length && known.nodes.every((n, i) => n === fieldNodes[i]))
    return known.ask;
  const out: PageAsk = { nodes: false };
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[sel.name.value]?.selectionSet);
      else if (sel.name.value === 'nodes') out.nodes = true;
      else if (sel.name.value === 'contractJson') {
        const arg = sel.arguments?.find((a) => a.name.value === 'definition')?.value;
        out.contractJson =
          arg?.kind === Kind.STRING
            ? { literal: arg.value }
            : arg?.kind === Kind.VARIABLE
              ? { variable: arg.name.value }
              : undefined;
      }
    }
  };
  for (const node of fieldNodes) walk(node.selectionSet);
  asks.set(fieldNodes[0]!, { nodes: fieldNodes, ask: out });
  return out;
}

/**
 * What a list field's selection asks of its page: `contractJson(definition:)` (its definition, the
 * argument given literally or as a variable) and whether it also selects `nodes`. Fragments count.
 */
export function pageSelection(info: GraphQLResolveInfo | undefined): { contractJson?: string; nodes: boolean } {
  if (!info) return { nodes: true };
  const ask = pageAsk(info);
  if (!ask.contractJson) return ask.nodes ? NODES : NOTHING;
  const { literal, variable } = ask.contractJson;
  const v = literal ?? (variable === undefined ? undefined : info.variableValues[variable]);
  return typeof v === 'string' ? { contractJson: v, nodes: ask.nodes } : ask.nodes ? NODES : NOTHING;
}
const NODES = { nodes: true } as const;
const NOTHING = { nodes: false } as const;

/** The rows' contract JSON, or null when the database could not write one of them (contract-sql.ts). */
function writtenItems(rows: readonly Row[]): JsonText[] | null {
  const out = new Array<JsonText>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const text = rows[i]![CONTRACT_JSON];
    if (!isJsonText(text)) return null;
    out[i] = text;
  }
  return out;
}

/**
 * Keyset page over (modification time, id); served by the (tenant_id, updated_at, id) index. With
 * `contractJson`, the page's items as that contract definition's JSON, written by PostgreSQL
 * (contract-sql.ts; null when it cannot write it), read instead of `nodes` unless those are asked too.
 */
export async function listPage(
  e: EntityModel,
  t: AnyTable,
  args: ListArgs,
  k: KitParts,
  want: { contractJson?: string; nodes: boolean } = { nodes: true },
  fields?: ColumnChoice,
) {
  const first = pageSize(args.first);
  const upd = t[e.updatedKey];
  const includeDeleted = args.includeDeleted ?? args.modifiedAfter != null;
  const ids = args.ids?.map(parseId).filter((x): x is number => x !== null);
  const cursor = args.after ? decodeCursor(args.after) : undefined;
  const offset = pageOffset(args.offset);
  // every value a placeholder, so that the statement is built once per shape (read-gate.ts)
  const b = new Bindings();
  const where = [
    // a literal, not a parameter: the live rows' partial index (tables.ts) serves the statement's generic plan
    includeDeleted ? undefined : sql`not ${t.deleted}`,
    args.modifiedAfter ? sql`${upd} > ${b.bind('modifiedAfter', args.modifiedAfter.toISOString())}` : undefined,
    args.modifiedBefore ? sql`${upd} < ${b.bind('modifiedBefore', args.modifiedBefore.toISOString())}` : undefined,
    ids ? sql`${t.id} = any(${b.bind('ids', anyValue(ids))})` : undefined,
    cursor ? afterCursor(b, upd, t.id, cursor) : undefined,
    ...filterConditions(e, t, args.filter, k, b),
  ];
  const limit = b.bind('limit', first + 1);
  // A page at an offset: its first row found by skipping in an index — the live rows' partial one,
  // or with deleted rows the (tenant_id, modification time, id, deleted) one (tables.ts; an
  // index-only scan where the table is vacuumed) — then the page read from there
  // in that index's order, as a keyset page is. OFFSET on the whole select visited every skipped row
  // in the table (at offset 40,000 of 46,000 executed services, 22–25 ms of PostgreSQL for a
  // 100-row page). Skipping the page's ids in the index and then looking them up one by one
  // (`id = any(array(…))`) and sorting them cost a 1,000-row page 21.5 ms of PostgreSQL (median of
  // 14 offsets, `explain (analyze, timing off)`); reading on from its first row, 16.6 ms. (modification
  // time, id) is unique, so the rows from the n-th on are exactly those OFFSET n gives.
  const deep = offset > 0;
  if (deep) {
    const skip = b.bind('offset', offset);
    // (the subquery's column references name the table as the outer ones do: in SQL they bind to
    // the innermost FROM, the subquery's own)
    const scoped = and(...where, k.gate.inScope(e.name, t));
    where.push(sql`(${upd}, ${t.id}) >= (select ${upd}, ${t.id} from ${t} where ${scoped}
      order by ${upd}, ${t.id} limit 1 offset ${skip})`);
  }
  const spec: ReadSpec = {
    where,
    shape: (select) => select.orderBy(asc(upd), asc(t.id)).limit(limit as never),
    deliver: first,
    fields,
    key: b.key === undefined ? undefined : `list${includeDeleted ? '+deleted' : ''}${deep ? '+offset' : ''}:${b.key}`,
    params: b.params,
  };
  if (want.contractJson !== undefined && !ownDefinition(e, want.contractJson))
    throw badInput(
      `contractJson: ${want.contractJson} is not a contract definition of ${e.name} ` +
        `(${[e.spec.contract ?? []].flat().join(', ')})`,
      'definition',
    );
  const json =
    want.contractJson === undefined
      ? undefined
      : await k.gate.readJson(k.model, e, t, want.contractJson, spec, { audit: !want.nodes });
  const read = json && !want.nodes ? undefined : await k.gate.read(e, t, spec);
  const { rows, more: hasNextPage } = (read ?? json)!;
  const last = rows[rows.length - 1];
  return {
    nodes: read?.rows ?? [],
    contractJson: json ? writtenItems(json.rows) : null,
    pageInfo: {
      hasNextPage,
      endCursor: last ? encodeCursor(last[e.updatedKey] as string, last.id as number) : null,
    },
  };
}

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A date-time variable: ISO 8601 (a date alone is its midnight UTC) on the calendar, else undefined. */
const isoDateTime = (v: unknown) => calendarInstant(v, /^\d{4}-\d{2}-\d{2}([T ]|$)/);

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  // ISO strings with milliseconds (the read gate's rows, read-gate.ts) are already what toISOString gives
  serialize: (v) =>
    v instanceof Date
      ? v.toISOString()
      : typeof v === 'string'
        ? ISO_MS.test(v)
          ? v
          : new Date(v).toISOString()
        : null,
  parseValue: (v) => {
    const d = isoDateTime(v);
    if (!d) throw badInput(`not an ISO 8601 date-time: ${String(v).slice(0, 40)}`);
    return d;
  },
  parseLiteral: (ast) => {
    const d = ast.kind === Kind.STRING ? isoDateTime(ast.value) : undefined;
    if (!d) throw badInput('not an ISO 8601 date-time');
    return d;
  },
});

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || !onCalendar(v))
      throw badInput(`not a date (YYYY-MM-DD): ${String(v).slice(0, 40)}`);
    return v;
  },
});

const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (v) => v, parseValue: (v) => v });

/** A JSON text: a string, or the bytes the database sent (json-text.ts), handed on unchanged. Output only. */
const JsonTextScalar = new GraphQLScalarType({
  name: 'JsonText',
  serialize: (v) => {
    if (isJsonText(v)) return v;
    throw new TypeError('JsonText: not a JSON text');
  },
  parseValue: () => {
    throw new TypeError('JsonText is an output type');
  },
});

/** The platform's scalars, as every subgraph's resolvers carry them. */
export const scalarResolvers = { DateTime, Date: DateScalar, JSON: JSONScalar, JsonText: JsonTextScalar } as const;

/**
 * `own`: the subgraph's own resolvers merged over these (a read for a field one of them resolves
 * keeps every column; field-demand.ts).
 */
export function entityResolvers(
  m: SubgraphModel,
  tables: Map<string, AnyTable>,
  own: Readonly<Record<string, object>> = {},
): ResolverMap {
  const Query: TypeResolvers = {};
  const r: ResolverMap = { Query, ...scalarResolvers };
  const table = (name: string) => tables.get(name)!;
  const entities = new Map(m.entities.map((e) => [e.name, e]));
  const entity = (name: string) => entities.get(name)!;
  // each read selects the columns its operation's fields need (field-demand.ts)
  const demand = new FieldDemand(m, own);
  const byId = (ctx: RequestContext, name: string, id: unknown, info: GraphQLResolveInfo | undefined) => {
    const n = parseId(id);
    if (n === null) return null;
    const e = entity(name);
    return ctx.loaders.byId(e, table(name), demand.columns(e, info)).load(n);
  };
  const inverseResolvers = (target: string) => {
    const out: TypeResolvers = {};
    for (const { source, ref } of inversesOf(m, target)) {
      out[ref.inverse!] = (parent: Row, args: { first?: number }, ctx: RequestContext, info?: GraphQLResolveInfo) => {
        const id = parseId(parent.id);
        return id === null
          ? []
          : ctx.loaders
              .byColumn(source, table(source.name), ref.via, pageSize(args.first), demand.columns(source, info))
              .load(id);
      };
    }
    return out;
  };
  for (const e of m.entities) {
    Query[e.listField] = (_: unknown, args: ListArgs, ctx: RequestContext, info?: GraphQLResolveInfo) =>
      listPage(
        e,
        table(e.name),
        args,
        { model: m, tables, gate: ctx.gate },
        pageSelection(info),
        demand.columns(e, info),
      );
    Query[e.byIdField] = (_: unknown, args: { id: string }, ctx: RequestContext, info?: GraphQLResolveInfo) =>
      byId(ctx, e.name, args.id, info);
    const type: TypeResolvers = {
      __resolveReference: (ref: { id: string }, ctx: RequestContext, info?: GraphQLResolveInfo) =>
        byId(ctx, e.name, ref.id, info),
      ...inverseResolvers(e.name),
    };
    for (const ref of e.refs) {
      type[ref.field] = ref.local
        ? (row: Row, _: unknown, ctx: RequestContext, info?: GraphQLResolveInfo) =>
            row[ref.via] == null ? null : byId(ctx, ref.entity, row[ref.via], info)
        : (row: Row) => (row[ref.via] == null ? null : { __typename: ref.entity, id: String(row[ref.via]) });
    }
    r[e.name] = type;
  }
  for (const name of m.foreign) {
    const inv = inverseResolvers(name);
    if (Object.keys(inv).length) r[name] = { __resolveReference: (ref: { id: string }) => ref, ...inv };
  }
  return r;
}
