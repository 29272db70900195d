/**
 * The REST facade: the published Lifecare Elderly care contract, served from the generated route
 * table. Every route runs a persisted GraphQL operation through the gateway; nothing here is
 * written per route. Security (key, certificate, licence, tenant) is checked below every route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PlatformError,
  checkText,
  sendProblem,
  contract,
  definitionName,
  failureHeaders,
  failureOf,
  refName,
  requestInfo,
  secondsSince,
  statusClass,
  type Metrics,
  type Principal,
} from '@lcs/platform';
import type { RouteEntry, RouteTable } from './manifest.ts';
import { jsonFor, mapperFor, type JsonWriter, type Mapper } from './contract-json.ts';
import { variablesFor } from './query.ts';
import { send, type Representation } from './respond.ts';
import { OFFERED, negotiateMedia } from './negotiate.ts';
import type { FairShare, Admission, Limits } from './fair-share.ts';
import { serveWrite } from './write.ts';
import { admitRead, identify, meteredOf, principalOf, throwIfFailed } from './caller.ts';

/** A licensed caller, as established by the credential checks. */
export interface FacadeCaller {
  tenant: string;
  /** Article number of the licensed package, e.g. "8873". */
  package: string;
  /** The receiving system (API client) and the key it used. */
  clientId: string;
  /** The system's name, for the audit log. */
  clientName?: string;
  keyId: string;
  scope: NonNullable<Principal['scope']>;
  /** The licence's fair-share limits (unset: the defaults). */
  limits?: Partial<Limits>;
}

export type Authenticate = (req: IncomingMessage, url: URL) => Promise<FacadeCaller>;

export interface ExecutionResult {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs a persisted operation (by id) as the principal. */
export type Execute = (
  operationId: string,
  variables: Record<string, unknown>,
  principal: Principal,
) => Promise<ExecutionResult>;

export interface FacadeOptions {
  routes: RouteTable;
  authenticate: Authenticate;
  execute: Execute;
  /** Extra routes outside the contract's base path (docs, OpenAPI, health), by exact path. */
  extra?: Record<string, (req: IncomingMessage, res: ServerResponse) => unknown>;
  /** Rate, burst, concurrency and rows budget per key and tenant; none: unlimited. */
  fairShare?: FairShare;
  /** Requests per route, package, tenant and status class; none: not recorded. */
  metrics?: Metrics;
  /**
   * Platform extensions beyond the contract under the base path (export jobs, the OData feed),
   * tried before the route table; each answers true when it served the request. Errors they throw
   * are answered like the routes' (problem details).
   */
  extensions?: ((req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>)[];
}

interface CompiledRoute {
  entry: RouteEntry;
  pattern: RegExp;
  names: string[];
  map?: Mapper;
  /** The item's contract JSON straight from the GraphQL item (list routes' JSON answers). */
  json?: JsonWriter;
}

function compile(entry: RouteEntry): CompiledRoute {
  const g = entry.group;
  const itemDefinition = entry.modified?.definition ?? (g ? itemsDefinition(g.definition, g.items) : entry.definition);
  if (entry.flatten && entry.definition) {
    // the related object is the item, with the entity itself nested under `as`
    const { through, as } = entry.flatten;
    const key = as.charAt(0).toLowerCase() + as.slice(1);
    const inner = mapperFor(entry.definition);
    const map: Mapper = (node) => {
      const n = node as Record<string, any>;
      return inner({ ...(n[through] ?? {}), [key]: n });
    };
    return { entry, map, ...namesOf(entry) };
  }
  return {
    entry,
    ...namesOf(entry),
    map: itemDefinition ? mapperFor(itemDefinition) : undefined,
    json: itemDefinition ? jsonFor(itemDefinition) : undefined,
  };
}

/** A list of GraphQL items: mapped to contract objects only if a format needs them (JSON is written straight). */
function listOf(route: CompiledRoute, nodes: readonly unknown[]): Representation {
  let body: unknown[] | undefined;
  const map = route.map!;
  return {
    get body() {
      return (body ??= nodes.map((n) => map(n)));
    },
    definition: route.entry.definition!,
    single: false,
    ...(route.json ? { json: { nodes, write: route.json } } : {}),
  };
}

function itemsDefinition(def: string, prop: string): string {
  const p = contract().definitions[definitionName(def)]!.properties![prop]!;
  return refName((p.items ?? p).$ref!);
}

/** Groups mapped rows by a related object (see PathSpec.group). */
function grouped(
  g: NonNullable<RouteEntry['group']>,
  nodes: Record<string, any>[],
  map: Mapper,
): Record<string, unknown> {
  const groups = new Map<string, Record<string, any>>();
  const max: Record<string, number> = {};
  for (const node of nodes) {
    const by = node[g.by] ?? {};
    const key = String(by.id ?? '');
    let group = groups.get(key);
    if (!group) {
      group = Object.fromEntries(Object.entries(g.fields).map(([prop, field]) => [prop, by[field] ?? null]));
      group[g.items] = [];
      groups.set(key, group);
    }
    const item = map(node) as Record<string, any>;
    const same = g.mergeBy
      ? group[g.items].find((x: Record<string, any>) => x[g.mergeBy!] === item[g.mergeBy!])
      : undefined;
    if (same) for (const c of g.concat ?? []) same[c] = [...new Set([...(same[c] ?? []), ...(item[c] ?? [])])];
    else group[g.items].push(item);
    for (const [prop, of] of Object.entries(g.max ?? {}))
      if (typeof item[of] === 'number') max[prop] = Math.max(max[prop] ?? 0, item[of]);
  }
  return {
    ...Object.fromEntries(Object.keys(g.max ?? {}).map((p) => [p, max[p] ?? null])),
    [g.into]: [...groups.values()],
  };
}

function namesOf(entry: RouteEntry): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const src = entry.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
    names.push(a ?? b);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${src}$`), names };
}

/** A path parameter, percent-decoded; malformed encoding or a NUL character is the caller's error, naming the parameter. */
function pathParameter(raw: string, name: string): string {
  let v: string;
  try {
    v = decodeURIComponent(raw);
  } catch {
    throw new PlatformError('BAD_USER_INPUT', `the path parameter ${name} is not valid percent-encoding`, {
      field: name,
    });
  }
  checkText(v, name);
  return v;
}

/** Query parameter names and values may not carry NUL characters (the database cannot store them). */
function checkQueryParameters(q: URLSearchParams): void {
  for (const [k, v] of q) {
    checkText(k, 'a query parameter name');
    checkText(v, k);
  }
}

/** RFC 9457 problem details, with the error registry's status for the code (platform sendProblem). */
export const problem = sendProblem;

export function createFacade(o: FacadeOptions) {
  const base = o.routes.basePath;
  const compiled = o.routes.routes.map(compile);

  const match = (method: string, path: string) => {
    const candidates = compiled.map((c) => ({ c, m: c.pattern.exec(path) })).filter((x) => x.m);
    if (!candidates.length) return { status: 404 as const };
    // A literal segment beats a parameter (e.g. /provider_personnel/unit-access over /{personnelId}).
    candidates.sort((a, b) => a.c.names.length - b.c.names.length);
    const hit = candidates.find((x) => x.c.entry.method === method);
    if (!hit) return { status: 405 as const, allow: [...new Set(candidates.map((x) => x.c.entry.method))] };
    const params = Object.fromEntries(hit.c.names.map((n, i) => [n, pathParameter(hit.m![i + 1]!, n)]));
    return { status: 200 as const, route: hit.c, params };
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'https://facade.invalid');
    } catch {
      return problem(res, 'BAD_USER_INPUT', 'malformed request URL');
    }
    let admission: Admission | undefined;
    const info = requestInfo(req);
    const t0 = process.hrtime.bigint();
    let route: string | undefined;
    let caller: FacadeCaller | undefined;
    let labels: { tenant?: string; package?: string } = {};
    try {
      checkQueryParameters(url.searchParams);
      const extra = o.extra?.[url.pathname];
      if (extra) return void (await extra(req, res));
      if (info) info.route = 'unmatched'; // the raw path is never logged: it may hold identifiers
      if (!url.pathname.startsWith(`${base}/`))
        return problem(res, 'NOT_FOUND', `no route ${url.pathname}; the contract is served under ${base}`);
      for (const extension of o.extensions ?? []) if (await extension(req, res, url)) return;
      const path = url.pathname.slice(base.length);
      const found = match(req.method ?? 'GET', path);
      if (found.status === 404) return problem(res, 'NOT_FOUND', `no route ${path} in the Lifecare contract`);
      if (found.status === 405) {
        res.setHeader('allow', found.allow.join(', '));
        return problem(
          res,
          'METHOD_NOT_ALLOWED',
          `method ${req.method} is not allowed on ${path}; allowed: ${found.allow.join(', ')}`,
        );
      }
      const { route: matched, params } = found;
      const r = matched.entry;
      route = `${r.method} ${r.path}`;
      if (info) info.route = route;
      // A key already over its limits is refused before the (database) credential checks.
      const who = await identify(o.authenticate, o.fairShare, req, url, (known) => {
        labels = { tenant: known.tenant, package: known.package };
        if (info) Object.assign(info, { tenant: known.tenant, package: known.package });
      });
      caller = who.caller;
      labels = { tenant: caller.tenant, package: caller.package };
      if (info)
        Object.assign(info, {
          tenant: caller.tenant,
          package: caller.package,
          principalKind: 'partner',
          principalId: caller.clientId,
        });
      const licensed = r.packages[caller.package];
      if (!licensed)
        return problem(res, 'FORBIDDEN', `package ${caller.package} does not include ${r.method} ${r.path}`);
      if (r.gone) {
        res.setHeader('link', `<${base}${r.gone.successor}>; rel="successor-version"`);
        return problem(res, 'GONE', `${r.method} ${r.path} was removed on ${r.gone.since}; use ${r.gone.successor}`, {
          successor: `${base}${r.gone.successor}`,
        });
      }
      if (r.kind === 'write') {
        admission = await o.fairShare?.admit({ tenant: caller.tenant, keyId: caller.keyId, limits: caller.limits });
        return await serveWrite(
          req,
          res,
          r,
          licensed.id,
          params,
          url,
          principalOf(caller, req.socket.remoteAddress),
          o.execute,
        );
      }
      // Refuse an unservable Accept before running anything.
      if (!negotiateMedia(req))
        return problem(res, 'NOT_ACCEPTABLE', `none of the offered media types is acceptable: ${OFFERED.join(', ')}`, {
          offered: OFFERED,
        });
      if (r.deprecated) {
        res.setHeader('deprecation', `@${Math.floor(new Date(r.deprecated.since).getTime() / 1000)}`);
        res.setHeader('sunset', new Date(r.deprecated.sunset).toUTCString());
        res.setHeader('link', `<${base}${r.deprecated.successor}>; rel="successor-version"`);
      }
      const variables = variablesFor(r, params, url.searchParams, o.routes.limits);
      admission = await admitRead(o.fairShare, who);
      const result = await o.execute(licensed.id, variables, principalOf(caller, req.socket.remoteAddress));
      throwIfFailed(result, licensed.operation);
      const data = result.data ?? {};
      let rep: Representation;
      if (r.kind === 'byId') {
        if (!data.item || (data.item.etag && data.item.deleted))
          return problem(res, 'NOT_FOUND', `${r.path.replace(/\{\w+\}/, Object.values(params)[0]!)} not found`);
        rep = { body: matched.map!(data.item), definition: r.definition!, single: true, version: data.item.etag };
      } else if (r.kind === 'group') {
        rep = { body: grouped(r.group!, data.page.nodes, matched.map!), definition: r.definition!, single: true };
      } else if (r.kind === 'modified') {
        const nodes = data.page.nodes as { id: string; deleted?: boolean }[];
        rep = {
          body: {
            [r.modified!.items]: nodes.filter((n) => !n.deleted).map(matched.map!),
            [r.modified!.deletedIds]: nodes.filter((n) => n.deleted).map((n) => Number(n.id)),
          },
          definition: r.definition!,
          single: true,
        };
      } else if (r.kind === 'one') {
        const item = data.page.nodes[0];
        if (!item || (item.etag && item.deleted)) return problem(res, 'NOT_FOUND', `${path} not found`);
        rep = { body: matched.map!(item), definition: r.definition!, single: true, version: item.etag };
      } else if (r.kind === 'children') {
        if (!data.parent) return problem(res, 'NOT_FOUND', `${Object.values(params)[0]} not found`);
        rep = listOf(matched, data.parent.items);
      } else {
        rep = listOf(matched, data.page.nodes);
        if (data.page.pageInfo.hasNextPage && data.page.pageInfo.endCursor) {
          const next = new URLSearchParams(url.searchParams);
          next.delete('key'); // never echo a credential
          next.delete('offset');
          next.set('after', data.page.pageInfo.endCursor);
          res.setHeader(
            'link',
            [res.getHeader('link'), `<${base}${path}?${next}>; rel="next"`].filter(Boolean).join(', '),
          );
        }
      }
      const rows = rep.json ? rep.json.nodes.length : Array.isArray(rep.body) ? rep.body.length : 1;
      if (info) info.rows = rows;
      o.metrics?.facadeRows.inc({ route, package: caller.package, tenant: caller.tenant }, rows);
      await o.fairShare?.rows(meteredOf(caller), rows);
      await send(req, res, 200, rep);
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      // caller errors as problems (database failures translated); anything else masked, logged under its id
      const f = failureOf(e, { route: route ?? 'unmatched', ...(info?.traceId ? { traceId: info.traceId } : {}) });
      failureHeaders(res, f);
      const x = f.extensions;
      problem(res, f.code, f.message, {
        ...(x.field ? { field: x.field } : {}),
        ...(Array.isArray(x.errors) ? { errors: x.errors } : {}),
        ...(x.errorId ? { errorId: x.errorId } : {}),
        ...(x.retryAfter ? { retryAfter: x.retryAfter } : {}),
      });
    } finally {
      admission?.release();
      if (o.metrics && route) {
        const l = {
          route,
          package: labels.package ?? 'none',
          status_class: statusClass(res.headersSent ? res.statusCode : 499),
        };
        const seconds = secondsSince(t0);
        o.metrics.facadeRequests.inc({ ...l, tenant: labels.tenant ?? 'none' });
        o.metrics.facadeDuration.observe(l, seconds);
        if (labels.tenant) o.metrics.tenantDuration.observe({ tenant: labels.tenant, part: 'facade' }, seconds);
      }
    }
  };
}
