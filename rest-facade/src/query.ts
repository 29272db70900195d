/**
 * Query parameters of the contract → operation variables: paging (limit, offset, and our keyset
 * `after`), delta (gt, lt), the `q` search syntax (`Field='Value' and Field2='Value2'` on the
 * fields the contract marks [Searchable]) and path-specific parameters.
 */
import { PlatformError, onCalendar } from '@lcs/platform';
import type { RouteEntry, RouteParam } from './manifest.ts';

export class BadRequest extends PlatformError {
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message, field ? { field } : {});
  }
}

/**
 * One term of `q`: `Field='Value'` (the contract's form; `''` is a quote inside the value), or
 * `Field:Value` as integrations write it against the published service (unquoted: no spaces or
 * quotes in the value; `Field:'Value'` quotes it).
 */
const TERM = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(?:=\s*'((?:[^']|'')*)'|:\s*(?:'((?:[^']|'')*)'|([^\s']+)))\s*/;

/** The grammar of `q`, as the OpenAPI description states it (cli/src/openapi-gen.ts uses this text). */
export const Q_GRAMMAR = [
  "Search: one or more terms joined by `and` (case-insensitive), each `Field='Value'` or `Field:Value`, " +
    'where `Field` is a searchable property of the result (PascalCase, as in the response).',
  "`Field='Value'` quotes the value; a quote inside it is written twice (`Name='O''Brien'`).",
  '`Field:Value` takes the value up to the next space, unquoted (`PersonId:199001011234`); ' +
    "`Field:'Value with spaces'` quotes it.",
  'Dates are written `yyyy-MM-dd`, date-times `yyyy-MM-ddTHH:mm:ss` (UTC unless an offset is given), ' +
    'e.g. `StartDate:2024-01-31`.',
  "Example: `PersonId:199001011234 and Status='Active'`. Anything else is refused with 400 naming `q`.",
].join(' ');

/** Parses `q`: terms `Field='Value'` or `Field:Value` joined by `and`. Throws "Invalid query format" otherwise. */
export function parseQ(q: string): [string, string][] {
  const terms: [string, string][] = [];
  let rest = q.trim();
  if (!rest) return terms;
  for (;;) {
    const m = TERM.exec(rest);
    if (!m)
      throw new BadRequest(
        `Invalid query format: expected Field='Value' or Field:Value [and …] in q=${JSON.stringify(q)}`,
        'q',
      );
    const quoted = m[2] ?? m[3];
    terms.push([m[1]!, quoted !== undefined ? quoted.replace(/''/g, "'") : m[4]!]);
    rest = rest.slice(m[0].length);
    if (!rest) return terms;
    const and = /^and\s+/i.exec(rest);
    if (!and) throw new BadRequest(`Invalid query format: terms are joined by "and" in q=${JSON.stringify(q)}`, 'q');
    rest = rest.slice(and[0].length);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseDateTime(v: string, name: string): string {
  const d = new Date(DATE.test(v) ? `${v}T00:00:00Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(v) ? v : `${v}Z`);
  if (!DATE_TIME.test(v) || Number.isNaN(d.getTime()) || !onCalendar(v))
    throw new BadRequest(`${name} must be a date (yyyy-MM-dd) or date-time (yyyy-MM-ddTHH:mm:ss), not "${v}"`, name);
  return d.toISOString();
}

function parseInteger(v: string, name: string, min: number, max: number): number {
  if (!/^\d{1,10}$/.test(v) || Number(v) < min || Number(v) > max)
    throw new BadRequest(`${name} must be a whole number from ${min} to ${max}, not "${v}"`, name);
  return Number(v);
}

function parseBoolean(v: string, name: string): boolean {
  if (/^(true|1)$/i.test(v)) return true;
  if (/^(false|0)$/i.test(v)) return false;
  throw new BadRequest(`${name} must be true or false, not "${v}"`, name);
}

/** A value for a filter of the given GraphQL input type. */
function forFilter(type: string | undefined, v: string, name: string): unknown {
  switch (type) {
    case 'Int':
      return parseInteger(v, name, 0, 2147483647);
    case 'ID':
      return String(parseInteger(v, name, 0, 2147483647));
    case 'Float': {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new BadRequest(`${name} must be a number, not "${v}"`, name);
      return n;
    }
    case 'Boolean':
      return parseBoolean(v, name);
    case 'DateTime':
      return parseDateTime(v, name);
    case 'Date':
      return parseDateTime(v, name).slice(0, 10);
    default:
      return v;
  }
}

/** A value for a contract-typed parameter. */
function typed(p: Pick<RouteParam, 'type' | 'format' | 'enum'>, v: string, name: string): unknown {
  if (p.type === 'integer') return parseInteger(v, name, 0, 2147483647);
  if (p.type === 'boolean') return parseBoolean(v, name);
  if (p.format === 'date-time') return parseDateTime(v, name);
  if (p.enum && !p.enum.includes(v)) throw new BadRequest(`${name} must be one of ${p.enum.join(', ')}`, name);
  return v;
}

export interface Limits {
  default: number;
  max: number;
}

/** Variables for the route's operation from the request's path and query parameters. */
export function variablesFor(
  r: RouteEntry,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  limits: Limits,
): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  const filter: Record<string, unknown> = {};
  const max = r.maxLimit ?? limits.max;
  if (r.kind === 'byId' || r.kind === 'children') vars.id = Object.values(pathParams)[0];
  if (r.kind === 'list' || r.kind === 'children' || r.kind === 'one')
    vars.first = limits.default > max ? max : limits.default;
  if (r.kind === 'modified') Object.assign(vars, { first: max, includeDeleted: true });
  if (r.kind === 'group') vars.first = max;
  for (const p of r.params) {
    if (p.in === 'path' && r.kind !== 'list' && r.kind !== 'one') continue;
    const raw = p.in === 'path' ? (pathParams[p.name] ?? null) : query.get(p.name);
    if (raw === null || raw === '') continue;
    if (p.name === 'q') {
      for (const [field, value] of parseQ(raw)) {
        const s = r.searchable[field];
        if (!s) {
          const names = Object.keys(r.searchable);
          const searchable = names.length ? ` (searchable: ${names.join(', ')})` : '';
          throw new BadRequest(`Invalid query format: ${field} is not searchable here${searchable}`, 'q');
        }
        if (s.field === 'id')
          vars.ids = [...((vars.ids as string[]) ?? []), String(parseInteger(value, field, 0, 2147483647))];
        else filter[s.field] = s.day ? parseDateTime(value, field).slice(0, 10) : typed({ type: s.type }, value, field);
      }
      continue;
    }
    const t = r.targets[p.name];
    if (!t) continue;
    switch (t.to) {
      case 'first':
        vars.first = parseInteger(raw, p.name, 1, max);
        break;
      case 'offset':
        vars.offset = parseInteger(raw, p.name, 0, 1_000_000);
        break;
      case 'modifiedAfter': {
        vars.modifiedAfter = parseDateTime(raw, p.name);
        if (t.maxAgeDays && Date.now() - new Date(vars.modifiedAfter as string).getTime() > t.maxAgeDays * 86400_000) {
          throw new BadRequest(`${p.name} may be at most ${t.maxAgeDays} days back`, p.name);
        }
        break;
      }
      case 'modifiedBefore':
        vars.modifiedBefore = parseDateTime(raw, p.name);
        break;
      case 'includeDeleted':
        vars.includeDeleted = parseBoolean(raw, p.name);
        break;
      case 'after':
        vars.after = raw;
        break;
      case 'ids':
        vars.ids = raw.split(',').map((x) => String(parseInteger(x.trim(), p.name, 0, 2147483647)));
        break;
      case 'filter': {
        // a dotted field filters through a relation: rolesSome.roleTssId → { rolesSome: { roleTssId } }
        const [head, ...rest] = t.field.split('.');
        const value = t.type ? forFilter(t.type, raw, p.name) : typed(p, raw, p.name);
        if (rest.length) filter[head!] = { ...(filter[head!] as object), [rest.join('.')]: value };
        else filter[head!] = value;
        break;
      }
      case 'cursorTime': {
        const at = new Date(parseDateTime(raw, p.name)).getTime();
        const id = query.get(t.idParam);
        vars.after = Buffer.from(`${at}.${id ? parseInteger(id, t.idParam, 0, 2147483647) : 0}`).toString('base64url');
        break;
      }
      case 'unlessTrue':
        break; // applied below, also when absent
      case 'sortOrder': {
        if (raw !== 'Ascending' && raw !== 'Descending')
          throw new BadRequest(`${p.name} must be Ascending or Descending, not "${raw}"`, p.name);
        vars.sortOrder = raw;
        break;
      }
      case 'ignore':
        break;
    }
  }
  for (const [name, t] of Object.entries(r.targets)) {
    if (t.to !== 'unlessTrue') continue;
    const raw = query.get(name);
    if (raw !== null && raw !== '' && parseBoolean(raw, name)) continue;
    filter[t.field] = t.value === 'now' ? new Date().toISOString() : t.value;
  }
  // Our keyset cursor (from the Link header), accepted on every list route.
  const after = query.get('after');
  if (after && r.kind === 'list') vars.after = after;
  if (Object.keys(filter).length) vars.filter = filter;
  return vars;
}

/**
 * Variables for a bulk read of a list route (export jobs, the OData feed): the route's own query
 * parameters mapped exactly as the REST route maps them, a page (`first`, keyset `after`,
 * `offset`), and `gt`/`lt` on the modification time on every list — the kit's modifiedAfter and
 * modifiedBefore — also where the contract's route has no gt/lt (e.g. executed services), so
 * that BI tools can refresh incrementally.
 */
export function bulkVariables(
  r: RouteEntry,
  params: Record<string, string>,
  limits: Limits,
  page: { first: number; after?: string | null; offset?: number },
): Record<string, unknown> {
  const declared = new Set(r.params.filter((p) => p.in === 'query').map((p) => p.name));
  const query = new URLSearchParams();
  const time: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (declared.has(name)) query.set(name, value);
    else if (name === 'gt') time.modifiedAfter = parseDateTime(value, name);
    else if (name === 'lt') time.modifiedBefore = parseDateTime(value, name);
    else throw new BadRequest(`${name} is not a parameter of GET ${r.path}`, name);
  }
  if (page.after) query.set('after', page.after);
  const vars: Record<string, unknown> = {
    ...variablesFor(r, {}, query, limits),
    ...time,
    first: Math.min(page.first, r.maxLimit ?? limits.max),
  };
  if (page.offset) vars.offset = page.offset;
  return vars;
}
