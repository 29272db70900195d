/**
 * GraphQL results (camelCase) → the contract's PascalCase bodies, driven by the contract
 * definitions: one compiled mapper per definition, built once and reused for every response.
 * For JSON, `jsonFor` writes the body's text from the GraphQL result through one object literal
 * per item (a function generated once per definition), equal to JSON.stringify of the mapper's output.
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

/** The mapper of a property's schema; a reference maps through `byRef` (the mapped object, or the literal). */
function schemaMapper(s: ContractSchema, byRef: (def: string) => Mapper = mapperFor): Mapper {
  if (s.$ref) return byRef(refName(s.$ref));
  if (s.type === 'array') {
    const item = schemaMapper(s.items ?? {}, byRef);
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

/**
 * One item's contract JSON; `many` writes the JSON array of `values[from..to)` in one
 * JSON.stringify (lists are written in batches of items).
 */
export type JsonWriter = ((value: unknown) => string) & {
  many?: (values: readonly unknown[], from: number, to: number) => string;
  /** The values are their JSON texts already (written by the database): sent as they are. */
  texts?: true;
};

const writers = new Map<string, JsonWriter>();
const literals = new Map<string, Mapper>();

/**
 * The contract object of a definition as one object literal (generated once per definition from the
 * contract): what `mapperFor` maps a value to, except that properties it leaves out are present as
 * `undefined`, which JSON.stringify leaves out too. V8 stringifies objects of one literal's shape on
 * its fast path; writing the text field by field (JSON.stringify per string) cost about half as much
 * again, in many more intermediate strings.
 */
function literalFor(full: string): Mapper {
  const known = literals.get(full);
  if (known) return known;
  let compiled: Mapper | undefined;
  const lazy: Mapper = (value) => (compiled ??= compileLiteral(full))(value);
  literals.set(full, lazy);
  return lazy;
}

function compileLiteral(full: string): Mapper {
  const props = Object.entries(properties(contract().definitions[full]!)).map(([p, s]) => ({
    key: JSON.stringify(p),
    path: s['x-from']?.split('.') ?? [camel(p)],
    map: schemaMapper(s, (def) => literalFor(definitionName(def))),
  }));
  const fields = props.map(({ key, path }, i) => {
    const at = (k: string) => `[${JSON.stringify(k)}]`;
    // absent from the result: undefined (left out, as the mapper leaves it out)
    if (path.length === 1) return `${key}: (v = o${at(path[0]!)}) === undefined ? undefined : f[${i}](v)`;
    // through a related object: null when it is absent
    const steps = path.map((k) => `v = v === null || v === undefined ? undefined : v${at(k)}`).join(', ');
    return `${key}: (v = o, ${steps}, v === undefined ? null : f[${i}](v))`;
  });
  const make = new Function(
    'f',
    [
      'return function (o) {',
      '  if (o === null || o === undefined) return null;',
      '  let v;',
      `  return {\n    ${fields.join(',\n    ')}\n  };`,
      '};',
    ].join('\n'),
  ) as (f: Mapper[]) => Mapper;
  return make(props.map((p) => p.map));
}

/**
 * The JSON text of a contract definition's body for a GraphQL value: always equal to
 * `JSON.stringify(mapperFor(def)(value))` (tested over every route), through the definition's
 * literal (above) instead of the mapped object.
 */
export function jsonFor(def: string): JsonWriter {
  const full = definitionName(def);
  const known = writers.get(full);
  if (known) return known;
  const literal = literalFor(full);
  const writer: JsonWriter = (value) => JSON.stringify(literal(value));
  writer.many = (values, from, to) => {
    const out = new Array<unknown>(to - from);
    for (let i = from; i < to; i++) out[i - from] = literal(values[i]);
    return JSON.stringify(out);
  };
  writers.set(full, writer);
  return writer;
}
