/**
 * Request bodies against the contract's definitions (Swagger 2.0 schemas, checked with ajv), with
 * field-level errors named as the contract names them (e.g. `ProviderPersonnelUnitAccess[0].UnitId`)
 * for RFC 9457 problem details. Swagger 2.0 has no `nullable`: an optional property may be null.
 * Bodies are checked in the platform's camelCase form (`camelKeys`), so a JSON Patch result and a
 * posted body are checked alike; error names are mapped back to the contract's spelling.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { contract, definitionName, refName, type ContractSchema } from './contract.ts';
import { camel } from './naming.ts';
import { PlatformError } from './errors.ts';

/** One invalid field: its contract path, a JSON pointer into the body, and what is wrong. */
export interface FieldError {
  field: string;
  pointer: string;
  detail: string;
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  a: Ajv,
) => Ajv;

let ajv: Ajv | undefined;
function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
    addFormats(ajv);
    ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
    });
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    // .NET contracts say "double"/"float"/"decimal"/"uuid"…: any number or string is fine
    for (const f of ['double', 'float', 'decimal', 'byte']) ajv.addFormat(f, { type: 'number', validate: () => true });
  }
  return ajv;
}

/** camelCase property → the contract's own spelling (for error messages). */
const contractNames = new Map<string, string>();

/** A contract-shaped (PascalCase) JSON value with the platform's camelCase keys. */
export function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [camel(k), camelKeys(x)]));
}

/** The contract schema as JSON Schema: refs inlined (bounded depth), optional properties nullable. */
function jsonSchema(s: ContractSchema, depth: number): Record<string, unknown> {
  if (s.$ref) return depth > 8 ? {} : jsonSchema(contract().definitions[refName(s.$ref)]!, depth + 1);
  const out: Record<string, unknown> = {};
  if (s.type) out.type = s.type;
  if (s.format) out.format = s.format;
  if (s.enum) out.enum = s.enum;
  if (s.items) out.items = jsonSchema(s.items, depth);
  if (s.allOf) out.allOf = s.allOf.map((p) => jsonSchema(p, depth));
  if (s.properties) {
    const required = new Set(s.required ?? []);
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => {
        const inner = jsonSchema(v, depth);
        contractNames.set(camel(k), k);
        return [camel(k), required.has(k) ? inner : { anyOf: [inner, { type: 'null' }] }];
      }),
    );
    if (s.required?.length) out.required = s.required.map(camel);
  }
  return out;
}

const compiled = new Map<string, ValidateFunction>();
function validator(def: string): ValidateFunction {
  const full = definitionName(def);
  let v = compiled.get(full);
  if (!v) compiled.set(full, (v = instance().compile(jsonSchema(contract().definitions[full]!, 0))));
  return v;
}

/** "/providerPersonnelUnitAccess/0/unitId" → "ProviderPersonnelUnitAccess[0].UnitId" (the contract's names). */
export function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => contractNames.get(seg) ?? seg)
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** A camelCase JSON pointer in the contract's spelling. */
export const contractPointer = (pointer: string) =>
  pointer
    .split('/')
    .map((seg) => contractNames.get(seg) ?? seg)
    .join('/');

function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  const out = new Map<string, FieldError>();
  for (const e of errors) {
    // anyOf [T, null] reports both branches and the anyOf itself: the branch error says it best
    if (e.keyword === 'anyOf' || (e.keyword === 'type' && e.params.type === 'null')) continue;
    const pointer = e.keyword === 'required' ? `${e.instancePath}/${e.params.missingProperty}` : e.instancePath;
    const detail =
      e.keyword === 'required'
        ? 'is required'
        : e.keyword === 'enum'
          ? `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`
          : (e.message ?? 'is invalid');
    const field = fieldName(pointer);
    if (!out.has(pointer))
      out.set(pointer, { field: field || '(body)', pointer: `#${contractPointer(pointer)}`, detail });
  }
  return [...out.values()];
}

/** Field errors of a camelCase `value` against a contract definition (empty: valid). */
export function contractErrors(def: string, value: unknown): FieldError[] {
  const v = validator(def);
  return v(value) ? [] : toFieldErrors(v.errors ?? []);
}

/** 422 with the field errors (GraphQL `extensions.errors`; the facade's problem `errors`). */
export function invalid(errors: FieldError[], message?: string): PlatformError {
  const detail = message ?? `the request is invalid: ${errors.map((e) => `${e.field} ${e.detail}`).join('; ')}`;
  return new PlatformError('UNPROCESSABLE', detail, { errors });
}
