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
import type { EntityModel, FieldModel } from './model.ts';
import { camel } from './naming.ts';
import { entityPrivacy, MASKED_NAME } from './privacy.ts';
import type { AnyTable } from './tables.ts';

/**
 * How one property is written: its value's JSON text (never SQL NULL), and the condition under
 * which that text is exactly what the facade writes (none: always).
 */
interface Written {
  value: SQL;
  guard?: SQL;
}
type Writer = (col: SQL) => Written;
/** A property of a row: its key and value text, and its guard. */
type Part = (t: AnyTable, masked: SQL | undefined) => { key: string; value: SQL; guard?: SQL };

const text = (s: string) => sql.raw(`'${s.replace(/'/g, "''")}'`);
const jsonString = (value: SQL) => sql`coalesce(to_json(${value})::text, 'null')`;

/**
 * A double precision value as JSON.stringify writes a number: PostgreSQL's shortest text has the
 * same digits, but switches to exponent notation outside [1e-4, 1e15) where JavaScript does outside
 * [1e-6, 1e21), and writes the exponent with a leading zero (`1e-07` for JavaScript's `1e-7`).
 * Inside JavaScript's decimal range the digits are spelled out by numeric (exact from the text).
 * Guarded below 2^53: from there on a short decimal can lie exactly between two doubles and the two
 * can choose different shortest digits (PostgreSQL writes 1e23 as 9.999999999999999e+22); NaN and
 * the infinities, which GraphQL's Float refuses, fail the guard too.
 */
const jsonNumber: Writer = (col) => ({
  value: sql`case when ${col} is null then 'null' when ${col} = 0 then '0'
    when abs(${col}) >= 1e-6 then ((${col})::text::numeric)::text
    else regexp_replace((${col})::text, 'e-0*', 'e-') end`,
  guard: sql`coalesce(abs(${col}) < 9007199254740992, true)`,
});

/**
 * A timestamp as the contract's date-time: ISO 8601 in UTC to the second (`2025-01-03T12:34:56Z`,
 * the GraphQL value's milliseconds cut off), from JSON's ISO text of the UTC time (whatever the
 * session's DateStyle). Guarded to years 1–9999, where JavaScript writes the same text.
 */
const jsonDateTime: Writer = (col) => ({
  value: sql`coalesce(left(to_json(date_trunc('second', (${col}) at time zone 'UTC'))::text, -1) || 'Z"', 'null')`,
  guard: sql`coalesce(${col} >= '0001-01-01T00:00:00Z'::timestamptz
    and ${col} < '10000-01-01T00:00:00Z'::timestamptz, true)`,
});

const plain: Writer = (col) => ({ value: sql`coalesce((${col})::text, 'null')` });

/** The part of a scalar property of a column, or undefined when PostgreSQL cannot write it as the facade does. */
function scalarPart(s: ContractSchema, f: FieldModel): Writer | undefined {
  const kind = f.column!.kind;
  switch (s.type) {
    case 'integer':
    case 'number':
      if (kind === 'int') return plain;
      if (kind === 'float' && s.type === 'number') return jsonNumber;
      return undefined;
    case 'boolean':
      return kind === 'bool' ? plain : undefined;
    case 'string':
      if (s.format === 'date-time') return kind === 'timestamp' ? jsonDateTime : undefined;
      if (kind === 'text' || kind === 'date') return (col) => ({ value: jsonString(col) });
      if (kind === 'int') return (col) => ({ value: sql`coalesce('"' || (${col})::text || '"', 'null')` });
      return undefined;
    default:
      return undefined;
  }
}

/** A nested definition in a jsonb column whose properties are all plain strings (its keys: the GraphQL fields). */
function nestedPart(def: string): Writer | undefined {
  const props = Object.entries(properties(contract().definitions[definitionName(def)]!));
  if (!props.length) return undefined;
  for (const [, s] of props) if (s.type !== 'string' || s.format || s.$ref || s['x-from'] || s.enum) return undefined;
  return (col) => {
    const fields = props.flatMap(([p], i) => [
      text(`${i ? ',' : '{'}${JSON.stringify(p)}:`),
      jsonString(sql`${col}->>${text(camel(p))}`),
    ]);
    return {
      value: sql`case when jsonb_typeof(${col}) = 'object' then ${sql.join(fields, sql` || `)} || '}' else 'null' end`,
    };
  };
}

/** The masked value of a personal field, as privacy.ts maskRows writes it (its JSON text). */
function maskedJson(f: FieldModel): string {
  if (f.gql.startsWith('[')) return '[]';
  return /name$/i.test(f.name) || (f.gql.endsWith('!') && f.gql.startsWith('String'))
    ? JSON.stringify(MASKED_NAME)
    : 'null';
}

const compiled = new WeakMap<EntityModel, Map<string, Part[] | null>>();

function partsOf(e: EntityModel, def: string): Part[] | null {
  const full = definitionName(def);
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
    if (path.length > 1 || !f?.column) {
      ok = false;
      break;
    }
    const value = s.$ref ? (f.column.kind === 'jsonb' ? nestedPart(refName(s.$ref)) : undefined) : scalarPart(s, f);
    if (!value) {
      ok = false;
      break;
    }
    const key = `${parts.length ? ',' : '{'}${JSON.stringify(p)}:`;
    const mask = personal.has(f) ? maskedJson(f) : undefined;
    parts.push((t, masked) => {
      const w = value(sql`${t[f.name]}`);
      const v =
        mask !== undefined && masked ? sql`case when ${masked} then ${text(mask)} else ${w.value} end` : w.value;
      return { key, value: v, guard: w.guard };
    });
  }
  const result = ok && parts.length ? parts : null;
  byDef.set(full, result);
  return result;
}

/**
 * The expression writing `def`'s contract JSON for a row of `e` (table `t`), masked where `masked`
 * (the read gate's protected flag) holds; undefined when the definition has no such expression. It
 * is NULL for a row holding a value PostgreSQL cannot write as JavaScript does (a guard fails: see
 * jsonNumber and jsonDateTime); the page is then read as GraphQL items.
 */
export function contractJsonSql(e: EntityModel, t: AnyTable, def: string, masked?: SQL): SQL | undefined {
  const parts = partsOf(e, def)?.map((part) => part(t, masked));
  if (!parts) return undefined;
  // text || text (concat() looks up each argument's output function on every call: ~15 % slower here)
  const json = sql`(${sql.join(
    parts.flatMap((p) => [text(p.key), p.value]),
    sql` || `,
  )} || '}')`;
  const guards = parts.flatMap((p) => (p.guard ? [p.guard] : []));
  return guards.length ? sql`(case when ${sql.join(guards, sql` and `)} then ${json} end)` : json;
}

/** Whether `def` has a PostgreSQL expression for rows of `e` (see contractJsonSql). */
export function hasContractJsonSql(e: EntityModel, def: string): boolean {
  return partsOf(e, def) !== null;
}
