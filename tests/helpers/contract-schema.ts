/**
 * Validates response bodies against the Lifecare contract's definitions (Swagger 2.0 → JSON
 * Schema draft-07 for ajv). Swagger 2.0 cannot say "nullable", while the published service
 * writes nulls for absent values, so every property also accepts null.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { contract } from '@lcs/platform';

function convert(s: any): any {
  if (!s || typeof s !== 'object') return s;
  if (s.$ref) return { anyOf: [{ $ref: s.$ref.replace('#/definitions/', '#/definitions/') }, { type: 'null' }] };
  const out: any = {};
  for (const [k, v] of Object.entries(s)) {
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

function nullable(s: any): any {
  if (s.anyOf) return s;
  if (typeof s.type === 'string')
    return { ...s, type: [s.type, 'null'], ...(s.enum ? { enum: [...s.enum, null] } : {}) };
  return s;
}

let ajv: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

export function validatorFor(definition: string, array: boolean): ValidateFunction {
  const key = `${definition}:${array}`;
  let v = cache.get(key);
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
