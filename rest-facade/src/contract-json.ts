/**
 * GraphQL results (camelCase) → the contract's PascalCase bodies, driven by the contract
 * definitions: one compiled mapper per definition, built once and reused for every response.
 */
import { camel, contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';

export type Mapper = (value: unknown) => unknown;

const mappers = new Map<string, Mapper>();

/** The contract's date-time format: ISO 8601 in UTC, to the second. */
export function contractDateTime(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : String(v);
  return s.replace(/\.\d{3}Z$/, 'Z');
}

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
    props ??= Object.entries(properties(contract().definitions[full]!)).map(([p, s]) => [p, s['x-from']?.split('.') ?? [camel(p)], schemaMapper(s)]);
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
