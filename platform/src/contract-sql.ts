/**
 * A contract definition's JSON for a row, written by PostgreSQL: the text the REST facade writes
 * for a list item (rest-facade contract-json.ts, `JSON.stringify` of the item mapped from the
 * GraphQL result), byte for byte, as one SQL expression over the entity's table. A whole-tenant
 * export then costs the serving process one string a row instead of a row's values parsed, run
 * through GraphQL execution, mapped and stringified again (about 13 µs of CPU a row; the floor of
 * `pnpm bench --scale`, COPY of the same JSON, does the same work in PostgreSQL).
 *
 * Only definitions whose every property is a plain column of the entity, in a form PostgreSQL
 * writes exactly as JavaScript does, have an expression (`contractJsonSql` is undefined for the
 * others, which the facade then serves from the GraphQL items as before):
 *
 * - integer and number properties of integer columns; number properties of double precision ones
 *   (-0 as 0, and JavaScript's choice between decimal and exponent notation); booleans; strings of
 *   text, integer and date columns; date-times of timestamp columns, to the second in UTC
 *   (`2025-01-03T12:34:56Z`);
 * - a row holding a value PostgreSQL cannot write as JavaScript does (a magnitude from 2^53 on,
 *   NaN, a year beyond 1–9999) has no JSON (SQL NULL): its page is then read as GraphQL items;
 * - a nested definition held in a jsonb column whose properties are all plain strings;
 * - properties the entity has no GraphQL field for are left out, as the mapper leaves them out;
 * - protected identities are masked as the read gate masks them (privacy.ts `maskRows`), under
 *   the same flag.
 *
 * Strings go through `to_json`, whose escapes are JSON.stringify's (`\"`, `\\`, `\b`, `\f`, `\n`,
 * `\r`, `\t`, `\u00XX` for other control characters).
 */
import { sql, type SQL } from 'drizzle-orm';
import { contract, definitionName, properties, refName, type ContractSchema } from './contract.ts';
import type { EntityModel, FieldModel, SubgraphModel } from './model.ts';
import { camel } from './naming.ts';
import { entityPrivacy, maskedValue } from './privacy.ts';
import type { AnyTable } from './tables.ts';

/** A property of a row: its key and value text (SQL NULL when the row cannot be written: see below). */
type Part = (t: AnyTable, masked: SQL | undefined) => { key: string; value: SQL };
/** A value's JSON text from an expression (a column, or a jsonb value inside one). */
type Writer = (v: SQL) => SQL;

const text = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);

/**
 * A double precision value as JSON.stringify writes a number: PostgreSQL's shortest text has the
 * same digits, but switches to exponent notation outside [1e-4, 1e15) where JavaScript does outside
 * [1e-6, 1e21), and writes the exponent with a leading zero (`1e-07` for JavaScript's `1e-7`).
 * Inside JavaScript's decimal range the digits are spelled out by numeric (exact from the text).
 * NULL from 2^53 on: there a short decimal can lie exactly between two doubles and the two can
 * choose different shortest digits (PostgreSQL writes 1e23 as 9.999999999999999e+22); NaN and the
 * infinities, which GraphQL's Float refuses, are NULL too.
 */
const floatJson: Writer = (col) =>
  sql`(case when ${col} is null then 'null' when ${col} = 0 then '0'
    when abs(${col}) >= 9007199254740992 then null
    when abs(${col}) >= 1e-6 then ((${col})::text::numeric)::text
    else regexp_replace((${col})::text, 'e-0*', 'e-') end)`;

/**
 * A timestamp as the contract's date-time: ISO 8601 in UTC to the second (`2025-01-03T12:34:56Z`,
 * the GraphQL value's milliseconds cut off), from JSON's ISO text of the UTC time (whatever the
 * session's DateStyle). NULL outside years 1–9999, where JavaScript writes another text.
 */
const timestampJson: Writer = (col) =>
  sql`(case when ${col} is null then 'null'
    when ${col} >= '0001-01-01T00:00:00Z'::timestamptz and ${col} < '10000-01-01T00:00:00Z'::timestamptz
    then left(to_json(date_trunc('second', (${col}) at time zone 'UTC'))::text, -1) || 'Z"' end)`;

const plainJson: Writer = (col) => sql`coalesce((${col})::text, 'null')`;
const stringJson: Writer = (col) => sql`coalesce(to_json(${col})::text, 'null')`;

/** An enum's text: NULL when it is none of the enum's values (GraphQL refuses it). */
const enumJson =
  (values: readonly unknown[]): Writer =>
  (col) =>
    sql`(case when ${col} is null then 'null' when ${col} in (${sql.join(
      values.map((v) => text(String(v))),
      sql`, `,
    )}) then to_json(${col})::text end)`;

/** The writer of a top-level property of a column, or undefined when PostgreSQL cannot write it as the facade does. */
function columnWriter(s: ContractSchema, f: FieldModel, model: SubgraphModel): Writer | undefined {
  const kind = f.column!.kind;
  if (kind === 'jsonb') return s.$ref || s.type === 'array' ? jsonbWriter(s, model, 0) : undefined;
  switch (s.type) {
    case 'integer':
    case 'number':
      if (kind === 'int') return plainJson;
      if (kind === 'float' && (s.type === 'number' || s.format === 'int64')) return floatJson;
      return undefined;
    case 'boolean':
      return kind === 'bool' ? plainJson : undefined;
    case 'string':
      if (s.format === 'date-time') return kind === 'timestamp' ? timestampJson : undefined;
      if (kind === 'text') return s.enum?.length ? enumJson(s.enum) : stringJson;
      if (kind === 'date') return stringJson;
      if (kind === 'int') return (col) => sql`coalesce('"' || (${col})::text || '"', 'null')`;
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The writer of a value inside a jsonb column (as the platform stores what its validated writes
 * and seeds give: the contract's types), at `depth` as the facade's operation selects it (nested
 * objects below depth 3 are not selected, so not written). Undefined for what PostgreSQL cannot
 * write as the facade does: free-form objects, related objects (x-from), and nested definitions
 * that are entities of the subgraph (their fields may have resolvers).
 */
function jsonbWriter(s: ContractSchema, model: SubgraphModel, depth: number): Writer | undefined {
  if (s.$ref) return objectWriter(refName(s.$ref), model, depth);
  switch (s.type) {
    case 'array': {
      const item = jsonbWriter(s.items ?? {}, model, depth);
      if (!item) return undefined;
      // a NULL item (not writable) makes the array NULL, as it does the row
      return (v) => sql`(case when jsonb_typeof(${v}) = 'array' then (select case when count(w) = count(*)
        then '[' || coalesce(string_agg(w, ',' order by o), '') || ']' end
        from (select ${item(sql`a.e`)} as w, a.o from jsonb_array_elements(${v}) with ordinality a(e, o)) items)
        else 'null' end)`;
    }
    case 'integer':
      // (int64 is a GraphQL Float: a safe integer, written alike)
      return (v) => sql`(case jsonb_typeof(${v}) when 'number' then (${v})::text else 'null' end)`;
    case 'number':
      return (v) =>
        sql`(case jsonb_typeof(${v}) when 'number' then ${floatJson(sql`(${v})::text::float8`)} else 'null' end)`;
    case 'boolean':
      return (v) => sql`(case jsonb_typeof(${v}) when 'boolean' then (${v})::text else 'null' end)`;
    case 'string':
      if (s.format === 'date-time') return isoDateTimeJson;
      if (s.enum?.length) {
        const e = enumJson(s.enum);
        return (v) => e(textOf(v));
      }
      return (v) => stringJson(textOf(v));
    default:
      return undefined;
  }
}

/**
 * A date-time inside jsonb, as the platform stores one (`2025-01-03T12:34:56.780Z`, what
 * Date.toISOString gives): GraphQL's DateTime passes that text on as it is and the facade cuts it to
 * the second (`2025-01-03T12:34:56Z`). Any other text is NULL: GraphQL reparses it through Date,
 * which SQL cannot mirror, so its row is read as GraphQL items.
 */
const isoDateTimeJson: Writer = (v) =>
  sql`(case when ${v} is null or jsonb_typeof(${v}) = 'null' then 'null'
    when jsonb_typeof(${v}) = 'string'
      and ${textOf(v)} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$'
    then '"' || left(${textOf(v)}, 19) || 'Z"' end)`;

/**
 * A jsonb property (`(x -> 'k')`, objectWriter) as text: `(x ->> 'k')`, the same text as
 * `((x -> 'k') #>> '{}')` (a string unquoted, other values as JSON, JSON null as NULL) without
 * the copy of the property's value in between (about a tenth of an executed-service row's CPU in
 * PostgreSQL). Any other jsonb value: `#>> '{}'`.
 */
const propertyText = new WeakMap<SQL, SQL>();
const textOf = (v: SQL): SQL => propertyText.get(v) ?? sql`(${v} #>> '{}')`;

function objectWriter(def: string, model: SubgraphModel, depth: number): Writer | undefined {
  const full = definitionName(def);
  if (model.entities.some((x) => [x.spec.contract ?? []].flat().some((c) => definitionName(c) === full)))
    return undefined;
  const props: [string, string, Writer][] = [];
  for (const [p, s] of Object.entries(properties(contract().definitions[full]!))) {
    if (s['x-from']) return undefined;
    if ((s.$ref ?? s.items?.$ref) && depth + 1 >= 3) continue; // not selected that deep
    const w = jsonbWriter(s, model, depth + 1);
    if (!w) return undefined;
    props.push([p, camel(p), w]);
  }
  return (v) => {
    const fields = props.flatMap(([p, key, w], i) => {
      const property = sql`(${v} -> ${text(key)})`;
      propertyText.set(property, sql`(${v} ->> ${text(key)})`);
      return [text(`${i ? ',' : '{'}${JSON.stringify(p)}:`), w(property)];
    });
    const body = fields.length ? sql.join(fields, sql` || `) : text('{');
    return sql`(case when jsonb_typeof(${v}) = 'object' then ${body} || '}' else 'null' end)`;
  };
}

const compiled = new WeakMap<EntityModel, Map<string, Part[] | null>>();

/** `def`'s full name when it is a contract definition `e` mirrors; else (no such definition either) undefined. */
export function ownDefinition(e: EntityModel, def: string): string | undefined {
  let full: string;
  try {
    full = definitionName(def);
  } catch {
    return undefined;
  }
  return [e.spec.contract ?? []].flat().some((c) => definitionName(c) === full) ? full : undefined;
}

function partsOf(model: SubgraphModel, e: EntityModel, def: string): Part[] | null {
  const full = ownDefinition(e, def);
  if (!full) return null;
  let byDef = compiled.get(e);
  if (!byDef) compiled.set(e, (byDef = new Map()));
  const known = byDef.get(full);
  if (known !== undefined) return known;
  const personal = new Set(entityPrivacy(e).personal);
  const parts: Part[] = [];
  let ok = true;
  for (const [p, s] of Object.entries(properties(contract().definitions[full]!))) {
    const path = s['x-from']?.split('.') ?? [camel(p)];
    if (path.length === 1 && e.spec.omit?.includes(path[0]!)) continue; // never stored nor served
    // the contract's Id can be another field of ours (the operation selects `id: <that field>`)
    const name = path.length === 1 && path[0] === 'id' && e.spec.contractId ? e.spec.contractId : path[0];
    const f = e.fields.find((x) => x.name === name);
    if (path.length === 1 && (!f || f.hidden)) continue; // no GraphQL field: the mapper leaves it out
    const write = path.length === 1 && f?.column ? columnWriter(s, f, model) : undefined;
    if (!f || !write) {
      ok = false;
      break;
    }
    const key = `${parts.length ? ',' : '{'}${JSON.stringify(p)}:`;
    const mask = personal.has(f) ? JSON.stringify(maskedValue(f)) : undefined; // as maskRows masks it
    parts.push((t, masked) => {
      const w = write(sql`${t[f.name]}`);
      const value = mask !== undefined && masked ? sql`(case when ${masked} then ${text(mask)} else ${w} end)` : w;
      return { key, value };
    });
  }
  const result = ok && parts.length ? parts : null;
  byDef.set(full, result);
  return result;
}

/**
 * The expression writing `def`'s contract JSON for a row of `e` (table `t`, subgraph `model`),
 * masked where `masked` (the read gate's protected flag) holds; undefined when the definition has
 * no such expression. It is NULL for a row holding a value PostgreSQL cannot write as JavaScript
 * does (a float from 2^53 on or NaN, a year outside 1–9999, an enum text that is none of its
 * values): `||` carries a NULL part to the whole row, and the page is then read as GraphQL items.
 */
export function contractJsonSql(
  model: SubgraphModel,
  e: EntityModel,
  t: AnyTable,
  def: string,
  masked?: SQL,
): SQL | undefined {
  const parts = partsOf(model, e, def)?.map((part) => part(t, masked));
  if (!parts) return undefined;
  // text || text (concat() looks up each argument's output function on every call, and would drop a NULL part)
  return sql`(${sql.join(
    parts.flatMap((p) => [text(p.key), p.value]),
    sql` || `,
  )} || '}')`;
}

/** Whether `def` has a PostgreSQL expression for rows of `e` (see contractJsonSql). */
export function hasContractJsonSql(model: SubgraphModel, e: EntityModel, def: string): boolean {
  return partsOf(model, e, def) !== null;
}
