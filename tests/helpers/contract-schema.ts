/**
 * Validates response bodies against the Lifecare contract's definitions (Swagger 2.0 → JSON
 * Schema draft-07 for ajv). Swagger 2.0 cannot say "nullable", while the published service
 * writes nulls for absent values, so every property also accepts null.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { contract } from '@lcs/platform';

/** A JSON Schema (Swagger 2.0 or draft-07) node, as far as this conversion reads it. */
type SchemaNode = { $ref?: string; anyOf?: unknown[]; type?: unknown; enum?: unknown[]; [key: string]: unknown };

function convert(s: unknown): unknown {
  if (!s || typeof s !== 'object') return s;
  const node = s as SchemaNode;
  if (node.$ref) return { anyOf: [{ $ref: node.$ref.replace('#/definitions/', '#/definitions/') }, { type: 'null' }] };
  const out: SchemaNode = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'xml' || k === 'example' || k.startsWith('x-')) continue;
    if (k === 'properties')
      out.properties = Object.fromEntries(Object.entries(v as object).map(([p, ps]) => [p, nullable(convert(ps))]));
    else if (k === 'items') out.items = convert(v);
    else if (k === 'format') {
      if (v === 'date-time') out.format = 'date-time';
    } else if (k === 'required')
      continue; // the contract marks fields required that it also documents as optional
    else out[k] = v;
  }
  return out;
}

function nullable(schema: unknown): unknown {
  const s = schema as SchemaNode;
  if (s.anyOf) return s;
  if (typeof s.type === 'string')
    return { ...s, type: [s.type, 'null'], ...(s.enum ? { enum: [...s.enum, null] } : {}) };
  return s;
}

let ajv: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

export function validatorFor(definition: string, array: boolean): ValidateFunction {
  const key = `${definition}:${array}`;
  const v = cache.get(key);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
      ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      const defs = Object.fromEntries(Object.entries(contract().definitions).map(([k, d]) => [k, convert(d)]));
      ajv.addSchema({ $id: 'lifecare', definitions: defs });
    }
    const ref = { $ref: `lifecare#/definitions/${definition}` };
    const compiled = ajv.compile(array ? { type: 'array', items: ref } : ref);
    cache.set(key, compiled);
    return compiled;
  }
  return v;
}
