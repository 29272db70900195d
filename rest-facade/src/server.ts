/**
 * The REST facade: the published Lifecare Elderly care contract, served from the generated route
 * table. Every route runs a persisted GraphQL operation through the gateway; nothing here is
 * written per route. Security (key, certificate, licence, tenant) is checked below every route.
 *
 * A request goes through named steps, each of which either hands on or ends the request with a
 * problem (thrown, answered by problems.ts answerFailure):
 *
 *   route → admit → authenticate → licence → run → represent
 *
 * - route: the query parameters are checked, then the extra routes (docs, OpenAPI, health) and
 *   the platform extensions (export jobs, OData) get their turn, then the route table's router
 *   finds the route and its path parameters (404, 405);
 * - admit: the fair share refuses a key already over its limits before the (database) credential
 *   checks (429);
 * - authenticate: key and client certificate, and `domain` must name the key's tenant (401, 403);
 * - licence: the key's package must include the route (403);
 * - run and represent, by route kind (KINDS): reads negotiate the media type, build the
 *   variables, are admitted by the fair share (rate, rows budget, requests in flight) and run
 *   the package's persisted operation; the kind's representer (represent.ts) turns its data into
 *   the representation sent (respond.ts). Writes run their mutation and answer its WriteResult
 *   (write.ts); a removed route answers 410 naming its successor.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PlatformError,
  checkText,
  requestInfo,
  secondsSince,
  statusClass,
  type AuditDeferral,
  type Limits,
  type Metrics,
  type Principal,
  type RequestInfo,
} from '@lcs/platform';
import type { RouteEntry, RouteKind, RouteTable } from './manifest.ts';
import { variablesFor } from './query.ts';
import { executeWalkedList } from './execute.ts';
import type { ReadAhead } from './read-ahead.ts';
import { send, type Representation } from './respond.ts';
import { negotiateMedia } from './negotiate.ts';
import type { FairShare, Admission } from './fair-share.ts';
import { representWrite, runWrite } from './write.ts';
import { admitRead, authenticated, meteredOf, principalOf, refuseEarly } from './caller.ts';
import { answerFailure, notAcceptable, problem, throwOperationFailure, type OperationError } from './problems.ts';
import { createRouter } from './router.ts';
import { REPRESENTERS, compileRoute, type CompiledRoute, type Node, type Representer } from './represent.ts';

export { problem };

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
  data?: Record<string, unknown> | null;
  errors?: readonly OperationError[];
}

/**
 * Runs a persisted operation (by id) as the principal. `o.deferAudit`: a read held for later
 * delivery (read-ahead.ts), honoured only by an executor marked `defersAudit` (in process).
 */
export type Execute = ((
  operationId: string,
  variables: Record<string, unknown>,
  principal: Principal,
  o?: { deferAudit?: AuditDeferral },
) => Promise<ExecutionResult>) & {
  /** It hands a held read's audit records to `o.deferAudit` instead of committing them: reads may be held. */
  defersAudit?: boolean;
};

export interface FacadeOptions {
  routes: RouteTable;
  authenticate: Authenticate;
  execute: Execute;
  /** Extra routes outside the contract's base path (docs, OpenAPI, health), by exact path. */
  extra?: Record<string, (req: IncomingMessage, res: ServerResponse) => unknown>;
  /** Rate, burst, concurrency and rows budget per key and tenant; none: unlimited. */
  fairShare?: FairShare;
  /** Large list pages read ahead for callers walking them (with an executor that `defersAudit`); none: not. */
  readAhead?: ReadAhead;
  /** Requests per route, package, tenant and status class; none: not recorded. */
  metrics?: Metrics;
  /**
   * Platform extensions beyond the contract under the base path (export jobs, the OData feed),
   * tried before the route table; each answers true when it served the request. Errors they throw
   * are answered like the routes' (problem details). An extension names the route it serves
   * (`route('GET /api/v1/exports/{id}')`, no identifiers) for the request's log line and metrics.
   */
  extensions?: Extension[];
}

/** A platform extension's handler: true when it served the request; `route` names what it serves. */
export type Extension = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  route: (label: string) => void,
) => Promise<boolean>;

/** What a request's metrics and log line take from it, filled in as the steps learn it. */
interface Trace {
  info: RequestInfo | undefined;
  /** `METHOD /path` of the matched route (none: unmatched, not in the metrics). */
  route?: string;
  tenant?: string;
  package?: string;
  /** The fair share's admission, released when the request ends. */
  admission?: Admission;
}

/** A routed, authenticated and licensed request: what the run and represent steps work with. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The contract's base path, and the request's path under it. */
  base: string;
  path: string;
  route: CompiledRoute;
  params: Record<string, string>;
  caller: FacadeCaller;
  /** The key as presented, when the fair share looked at it (for its early refusal). */
  key?: string;
  /** The persisted operation the caller's package runs for the route (and its contract-JSON variant, if any). */
  operation: RouteEntry['packages'][string];
  facade: FacadeOptions;
  trace: Trace;
}

/** Query parameter names and values may not carry NUL characters (the database cannot store them). */
function checkQueryParameters(q: URLSearchParams): void {
  for (const [k, v] of q) {
    checkText(k, 'a query parameter name');
    checkText(v, k);
  }
}

const principal = (x: Exchange) => principalOf(x.caller, x.req.socket.remoteAddress);

/** The route a request is counted and logged under (`METHOD /path` with placeholders, never the raw path). */
const nameRoute = (trace: Trace, label: string) => {
  trace.route = label;
  if (trace.info) trace.info.route = label;
};

/** Marks the step a request is in (its log line names it if the caller gives up or it fails). */
const stage = (trace: Trace, name: string) => {
  if (trace.info) trace.info.stage = name;
};

/** Run (reads): refuses an unservable Accept before running anything, then runs the operation. */
async function runRead(x: Exchange): Promise<Node> {
  const r = x.route.entry;
  const offer = negotiateMedia(x.req);
  if (!offer) throw notAcceptable();
  if (r.deprecated) {
    x.res.setHeader('deprecation', `@${Math.floor(new Date(r.deprecated.since).getTime() / 1000)}`);
    x.res.setHeader('sunset', new Date(r.deprecated.sunset).toUTCString());
    x.res.setHeader('link', `<${x.base}${r.deprecated.successor}>; rel="successor-version"`);
  }
  const variables = variablesFor(r, x.params, x.url.searchParams, x.facade.routes.limits);
  stage(x.trace, 'admit-read');
  x.trace.admission = await admitRead(x.facade.fairShare, x);
  stage(x.trace, 'turn');
  await x.trace.admission?.turn();
  stage(x.trace, 'run');
  // a JSON list: its items as the database writes their contract JSON where it can (sent as they are)
  const { result, operation, follow } = await executeWalkedList(
    x.facade,
    x.operation,
    variables,
    principal(x),
    meteredOf(x.caller),
    offer.format === 'json',
  );
  x.trace.admission?.endTurn(); // the response may stream to a slow caller: not on a turn
  throwOperationFailure(result.errors, operation);
  follow();
  return result.data ?? {};
}

/** Represent (reads): the rows served are counted (log line, metrics, the fair share's rows budget), then sent. */
async function sendRead(x: Exchange, rep: Representation): Promise<void> {
  const rows = rep.json ? rep.json.nodes.length : Array.isArray(rep.body) ? rep.body.length : 1;
  if (x.trace.info) x.trace.info.rows = rows;
  const { caller } = x;
  x.facade.metrics?.facadeRows.inc({ route: x.trace.route!, package: caller.package, tenant: caller.tenant }, rows);
  await x.facade.fairShare?.rows(meteredOf(caller), rows);
  stage(x.trace, 'send');
  await send(x.req, x.res, 200, rep);
}

const read =
  (represent: Representer) =>
  async (x: Exchange): Promise<void> =>
    sendRead(x, represent(await runRead(x), x));

/** A removed route: 410 naming its successor. */
async function gone(x: Exchange): Promise<void> {
  const r = x.route.entry;
  const successor = `${x.base}${r.gone!.successor}`;
  x.res.setHeader('link', `<${successor}>; rel="successor-version"`);
  throw new PlatformError('GONE', `${r.method} ${r.path} was removed on ${r.gone!.since}; use ${r.gone!.successor}`, {
    successor,
  });
}

/** Run and represent, by route kind. */
const KINDS: Record<RouteKind, (x: Exchange) => Promise<void>> = {
  ...(Object.fromEntries(Object.entries(REPRESENTERS).map(([kind, represent]) => [kind, read(represent)])) as Record<
    keyof typeof REPRESENTERS,
    (x: Exchange) => Promise<void>
  >),
  write: async (x) => {
    stage(x.trace, 'write');
    return representWrite(x, await runWrite(x, principal(x)));
  },
  gone,
};

export function createFacade(o: FacadeOptions) {
  const base = o.routes.basePath;
  const router = createRouter(o.routes.routes.map(compileRoute));

  /** Route: the route and its parameters; undefined when an extra route or an extension served the request. */
  async function route(req: IncomingMessage, res: ServerResponse, url: URL, trace: Trace) {
    checkQueryParameters(url.searchParams);
    const extra = o.extra?.[url.pathname];
    if (extra) return void (await extra(req, res));
    if (trace.info) trace.info.route = 'unmatched'; // the raw path is never logged: it may hold identifiers
    if (!url.pathname.startsWith(`${base}/`))
      throw new PlatformError('NOT_FOUND', `no route ${url.pathname}; the contract is served under ${base}`);
    const named = (label: string) => nameRoute(trace, label);
    for (const extension of o.extensions ?? []) if (await extension(req, res, url, named)) return undefined;
    const path = url.pathname.slice(base.length);
    const found = router.match(req.method ?? 'GET', path);
    if (found.status === 404) throw new PlatformError('NOT_FOUND', `no route ${path} in the Lifecare contract`);
    if (found.status === 405) {
      res.setHeader('allow', found.allow.join(', '));
      throw new PlatformError(
        'METHOD_NOT_ALLOWED',
        `method ${req.method} is not allowed on ${path}; allowed: ${found.allow.join(', ')}`,
      );
    }
    const r = found.route.entry;
    nameRoute(trace, `${r.method} ${r.path}`);
    return { path, route: found.route, params: found.params };
  }

  /** Admit: a key already over its limits is refused before the credential checks. */
  const admit = (req: IncomingMessage, url: URL, trace: Trace) =>
    refuseEarly(o.fairShare, req, url, (known) => {
      Object.assign(trace, { tenant: known.tenant, package: known.package });
      if (trace.info) Object.assign(trace.info, { tenant: known.tenant, package: known.package });
    });

  /** Authenticate: who is calling (key, client certificate, tenant). */
  async function authenticate(req: IncomingMessage, url: URL, trace: Trace): Promise<FacadeCaller> {
    const caller = await authenticated(o.authenticate, req, url);
    Object.assign(trace, { tenant: caller.tenant, package: caller.package });
    if (trace.info)
      Object.assign(trace.info, {
        tenant: caller.tenant,
        package: caller.package,
        principalKind: 'partner',
        principalId: caller.clientId,
      });
    return caller;
  }

  /** Licence: the persisted operation the caller's package runs for the route, if it includes the route. */
  function licence(route: CompiledRoute, caller: FacadeCaller): Exchange['operation'] {
    const r = route.entry;
    const licensed = r.packages[caller.package];
    if (!licensed)
      throw new PlatformError('FORBIDDEN', `package ${caller.package} does not include ${r.method} ${r.path}`);
    return licensed;
  }

  /** The request's metrics, once it has ended (matched routes only: unmatched paths are unbounded). */
  function record(res: ServerResponse, trace: Trace, t0: bigint): void {
    if (!o.metrics || !trace.route) return;
    const l = {
      route: trace.route,
      package: trace.package ?? 'none',
      status_class: statusClass(res.headersSent ? res.statusCode : 499),
    };
    const seconds = secondsSince(t0);
    o.metrics.facadeRequests.inc({ ...l, tenant: trace.tenant ?? 'none' });
    o.metrics.facadeDuration.observe(l, seconds);
    if (trace.tenant) o.metrics.tenantDuration.observe({ tenant: trace.tenant, part: 'facade' }, seconds);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'https://facade.invalid');
    } catch {
      return problem(res, 'BAD_USER_INPUT', 'malformed request URL');
    }
    const trace: Trace = { info: requestInfo(req) };
    const t0 = process.hrtime.bigint();
    try {
      stage(trace, 'route');
      const routed = await route(req, res, url, trace);
      if (!routed) return;
      stage(trace, 'admit');
      const key = await admit(req, url, trace);
      stage(trace, 'authenticate');
      const caller = await authenticate(req, url, trace);
      stage(trace, 'licence');
      const operation = licence(routed.route, caller);
      const x: Exchange = { req, res, url, base, ...routed, caller, key, operation, facade: o, trace };
      await KINDS[routed.route.entry.kind](x);
    } catch (e) {
      // caller errors as problems (database failures translated); anything else masked, logged under its id
      answerFailure(res, e, {
        route: trace.route ?? 'unmatched',
        ...(trace.info?.traceId ? { traceId: trace.info.traceId } : {}),
      });
    } finally {
      trace.admission?.release();
      record(res, trace, t0);
    }
  };
}
