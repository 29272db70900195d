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
  let props: [string, string, Mapper][] | undefined;
  const mapper: Mapper = (value) => {
    if (value === null || value === undefined) return null;
    props ??= Object.entries(properties(contract().definitions[full]!)).map(([p, s]) => [p, camel(p), schemaMapper(s)]);
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [p, c, f] of props) {
      const v = src[c];
      if (v !== undefined) out[p] = f(v);
    }
    return out;
  };
  mappers.set(full, mapper);
  return mapper;
}
