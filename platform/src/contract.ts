import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A Swagger 2.0 property or schema, as far as the platform reads it. */
export interface ContractSchema {
  type?: string;
  format?: string;
  description?: string;
  enum?: (string | number)[];
  items?: ContractSchema;
  $ref?: string;
  properties?: Record<string, ContractSchema>;
  required?: string[];
  allOf?: ContractSchema[];
  xml?: { name?: string; wrapped?: boolean };
  /** Platform extension: the value is another entity's field, e.g. "client.personId". */
  'x-from'?: string;
}

/** A Swagger 2.0 parameter of a contract operation. */
export interface ContractParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'body' | 'formData';
  type?: string;
  format?: string;
  required?: boolean;
  description?: string;
  enum?: (string | number)[];
  items?: ContractSchema;
  schema?: ContractSchema;
}

/** A Swagger 2.0 operation of the contract, as far as the platform reads it. */
export interface ContractOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  consumes?: string[];
  produces?: string[];
  parameters?: ContractParameter[];
  responses?: Record<string, { description?: string; schema?: ContractSchema }>;
  deprecated?: boolean;
}

export interface Contract {
  definitions: Record<string, ContractSchema>;
  /** Path → method (lower case) → operation. */
  paths: Record<string, Record<string, ContractOperation>>;
  basePath: string;
}

const CONTRACT_FILE = fileURLToPath(new URL('../../schema/contract/lifecare-ec-api.json', import.meta.url));
/** The platform's own additions (APIs a licensed package needs that the published contract lacks). */
const EXTENSIONS_FILE = fileURLToPath(new URL('../../schema/contract/lcs-extensions.json', import.meta.url));
const PREFIX = 'WE.EC.Integration.Contracts.';

let cached: Contract | undefined;
/** The published Lifecare Elderly care contract (vendored in schema/contract). Immutable, so loaded once. */
export function contract(): Contract {
  if (!cached) {
    const published = JSON.parse(readFileSync(CONTRACT_FILE, 'utf8')) as Contract;
    const ext = JSON.parse(readFileSync(EXTENSIONS_FILE, 'utf8')) as Pick<Contract, 'paths' | 'definitions'>;
    cached = {
      ...published,
      paths: { ...published.paths, ...ext.paths },
      definitions: { ...published.definitions, ...ext.definitions },
    };
  }
  return cached;
}

/** Full definition name from a short one: "Client.V1.Client" → "WE.EC.Integration.Contracts.Client.V1.Client". */
export function definitionName(name: string): string {
  const defs = contract().definitions;
  if (defs[name]) return name;
  if (defs[PREFIX + name]) return PREFIX + name;
  throw new Error(`contract has no definition ${name}`);
}

export function definition(name: string): ContractSchema {
  return contract().definitions[definitionName(name)]!;
}

/** The definition a $ref points at. */
export function refName(ref: string): string {
  return ref.replace(/^#\/definitions\//, '');
}

/** Properties of a definition, with allOf parents flattened in declaration order. */
export function properties(def: ContractSchema): Record<string, ContractSchema> {
  const out: Record<string, ContractSchema> = {};
  for (const part of def.allOf ?? []) {
    Object.assign(out, properties(part.$ref ? contract().definitions[refName(part.$ref)]! : part));
  }
  return Object.assign(out, def.properties ?? {});
}

let names: Map<string, string> | undefined;
/**
 * Stable GraphQL type name for a contract definition that is not an entity: its last segment
 * ("Common.V1.CodeText" → "CodeText"); where two definitions share a last segment, the Common one
 * keeps it and the others are prefixed with their namespace and version.
 */
export function valueTypeName(def: string): string {
  if (!names) {
    names = new Map();
    const byLast = new Map<string, string[]>();
    for (const full of Object.keys(contract().definitions)) {
      if (full.includes('`')) continue; // .NET generic JsonPatch wrappers: never exposed
      const last = full.split('.').pop()!;
      byLast.set(last, [...(byLast.get(last) ?? []), full]);
    }
    for (const [last, fulls] of byLast) {
      for (const full of fulls) {
        const tail = full.replace(/^.*?Contracts\./, '').replace(/^WE\.Api\.Models\./, '');
        const unique = fulls.length === 1 || /\.Common\.V1\./.test(full);
        names.set(full, unique ? last : tail.replace(/\./g, ''));
      }
    }
  }
  const n = names.get(definitionName(def));
  if (!n) throw new Error(`no GraphQL name for ${def}`);
  return n;
}
