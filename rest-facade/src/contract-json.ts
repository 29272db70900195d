/**
 * GraphQL results (camelCase) → the contract's PascalCase bodies, driven by the contract
 * definitions: one compiled mapper per definition, built once and reused for every response.
 * For JSON, `jsonFor` writes the body's text straight from the GraphQL result (no mapped objects
 * in between): a function generated once per definition, equal to JSON.stringify of the mapper's
 * output.
 */
import { camel, contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';

export type Mapper = (value: unknown) => unknown;

const mappers = new Map<string, Mapper>();

/** The contract's date-time format: ISO 8601 in UTC, to the second. */
export function contractDateTime(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : String(v);
  // GraphQL's DateTime (toISOString: `…:05.678Z`) without a regular expression; anything else by one
  if (s.length === 24 && s.charCodeAt(19) === 46 && s.charCodeAt(23) === 90 && isDigits3(s))
    return `${s.slice(0, 19)}Z`;
  return s.replace(/\.\d{3}Z$/, 'Z');
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The three characters before the final Z are digits. */
const isDigits3 = (s: string) => isDigit(s.charCodeAt(20)) && isDigit(s.charCodeAt(21)) && isDigit(s.charCodeAt(22));

function scalar(s: ContractSchema): Mapper {
  switch (s.type) {
    case 'integer':
    case 'number':
      // ids are GraphQL IDs (strings) where the contract has integers
      return (v) => (v === null || v === undefined ? null : typeof v === 'number' ? v : Number(v));
    case 'boolean':
      return (v) => (v === null || v === undefined ? null : Boolean(v));
    case 'string':
      if (s.format === 'date-time') return contractDateTime;
      return (v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : String(v));
    default:
      return (v) => v ?? null;
  }
}

function schemaMapper(s: ContractSchema): Mapper {
  if (s.$ref) return mapperFor(refName(s.$ref));
  if (s.type === 'array') {
    const item = schemaMapper(s.items ?? {});
    return (v) => (Array.isArray(v) ? v.map(item) : v === null || v === undefined ? null : v);
  }
  return scalar(s);
}

/** Mapper for a contract definition (memoised; recursive definitions resolve lazily). */
export function mapperFor(def: string): Mapper {
  const full = definitionName(def);
  const known = mappers.get(full);
  if (known) return known;
  let props: [string, string[], Mapper][] | undefined;
  const mapper: Mapper = (value) => {
    if (value === null || value === undefined) return null;
    // x-from: the value sits in a related object the operation selected (e.g. client.personId)
    props ??= Object.entries(properties(contract().definitions[full]!)).map(([p, s]) => [
      p,
      s['x-from']?.split('.') ?? [camel(p)],
      schemaMapper(s),
    ]);
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [p, path, f] of props) {
      let v: unknown = src;
      for (const k of path) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
      if (v !== undefined) out[p] = f(v);
      else if (path.length > 1) out[p] = null; // the related object is absent (e.g. no access)
    }
    return out;
  };
  mappers.set(full, mapper);
  return mapper;
}

export type JsonWriter = (value: unknown) => string;

const writers = new Map<string, JsonWriter>();

const jsonNumber = (v: unknown): string => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? String(n) : 'null';
};

/** The JSON text of what `scalar(s)` maps a value to. */
function scalarJson(s: ContractSchema): JsonWriter {
  switch (s.type) {
    case 'integer':
    case 'number':
      return (v) => (v === null || v === undefined ? 'null' : jsonNumber(v));
    case 'boolean':
      return (v) => (v === null || v === undefined ? 'null' : v ? 'true' : 'false');
    case 'string':
      if (s.format === 'date-time') {
        return (v) => {
          const d = contractDateTime(v);
          return d === null ? 'null' : JSON.stringify(d);
        };
      }
      return (v) => (v === null || v === undefined ? 'null' : JSON.stringify(typeof v === 'string' ? v : String(v)));
    default:
      return (v) => JSON.stringify(v ?? null);
  }
}

function schemaJson(s: ContractSchema): JsonWriter {
  if (s.$ref) {
    const name = refName(s.$ref);
    let w: JsonWriter | undefined; // resolved lazily: definitions may be recursive
    return (v) => (w ??= jsonFor(name))(v);
  }
  if (s.type === 'array') {
    const item = schemaJson(s.items ?? {});
    return (v) => {
      if (!Array.isArray(v)) return JSON.stringify(v ?? null);
      let out = '[';
      for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + item(v[i]);
      return `${out}]`;
    };
  }
  return scalarJson(s);
}

/**
 * The JSON text of a contract definition's body for a GraphQL value: always equal to
 * `JSON.stringify(mapperFor(def)(value))` (tested over every route), without building the mapped
 * object. Generated once per definition from the contract (names are quoted as JSON literals).
 */
export function jsonFor(def: string): JsonWriter {
  const full = definitionName(def);
  const known = writers.get(full);
  if (known) return known;
  let compiled: JsonWriter | undefined;
  const writer: JsonWriter = (value) => (compiled ??= compileJson(full))(value);
  writers.set(full, writer);
  return writer;
}

function compileJson(full: string): JsonWriter {
  const props = Object.entries(properties(contract().definitions[full]!)).map(([p, s]) => ({
    key: `,${JSON.stringify(p)}:`,
    path: s['x-from']?.split('.') ?? [camel(p)],
    write: schemaJson(s),
  }));
  const lines: string[] = ['let s = "", v;'];
  props.forEach(({ key, path }, i) => {
    if (path.length === 1) {
      // absent from the result: left out, as the mapper leaves it out
      lines.push(`v = o[${JSON.stringify(path[0])}]; if (v !== undefined) s += ${JSON.stringify(key)} + w[${i}](v);`);
    } else {
      // through a related object: null when it is absent
      lines.push('v = o;');
      for (const k of path) lines.push(`v = v === null || v === undefined ? undefined : v[${JSON.stringify(k)}];`);
      lines.push(`s += ${JSON.stringify(key)} + (v === undefined ? "null" : w[${i}](v));`);
    }
  });
  lines.push('return s === "" ? "{}" : "{" + s.slice(1) + "}";');
  const make = new Function(
    'w',
    `return function (o) {\n  if (o === null || o === undefined) return "null";\n  ${lines.join('\n  ')}\n};`,
  ) as (w: JsonWriter[]) => JsonWriter;
  return make(props.map((p) => p.write));
}
