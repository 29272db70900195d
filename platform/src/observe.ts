/**
 * Every HTTP request of every part (facade, gateway, subgraph) passes through `observed`: it
 * continues the caller's trace (W3C traceparent) in a server span, gives the request an id, and
 * when the response is done writes ONE log line and the request metrics. What only the handler
 * knows (tenant, principal, route, package, operation, rows, error code) it records on the
 * request's `RequestInfo` (`requestInfo(req)`), which the log line and the span take it from.
 *
 * The log line holds ids and names of routes and operations only — no query string, no body, no
 * header values — and goes through the redacting logger (log.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  startSpan,
  traceIdFor,
  randomHex,
} from './tracing.ts';
import { REDACTED, REQUEST_LINE_REDACT_PATHS } from './log.ts';
import { secondsSince, statusClass, type Metrics } from './metrics.ts';
import { RefusalLines } from './refusal-lines.ts';
import type { Principal } from './trust.ts';

export interface RequestInfo {
  /** This request's id (also sent back as x-request-id). */
  id: string;
  traceId: string;
  /** Which part served it: facade, gateway, subgraph:<name>, admin. */
  part: string;
  tenant?: string;
  principalKind?: string;
  /** The principal's id (user id, API client id) — an id, never a name. */
  principalId?: string;
  /** Facade: the contract route template, e.g. "GET /api/v1/clients". */
  route?: string;
  package?: string;
  /** GraphQL operation name. */
  operation?: string;
  /** Items returned (facade lists). */
  rows?: number;
  /** Error registry code of a refused or failed request. */
  code?: string;
  /** The step the request was in last (facade: route, admit, authenticate, run, …); logged if it was not answered. */
  stage?: string;
}

const INFO = Symbol.for('lcs.requestInfo');

/** The request's RequestInfo (undefined outside `observed`). */
export function requestInfo(req: IncomingMessage): RequestInfo | undefined {
  return (req as unknown as Record<symbol, RequestInfo | undefined>)[INFO];
}

/** Notes who the caller is on the request's RequestInfo (ids only) and returns it. */
export function notePrincipal(req: IncomingMessage, principal: Principal): RequestInfo | undefined {
  const info = requestInfo(req);
  if (info)
    Object.assign(info, {
      tenant: principal.tenant,
      principalKind: principal.kind,
      principalId: principal.sub,
      package: principal.package,
    });
  return info;
}

export interface ObserveOptions {
  /** The part this listener serves (a label and the log line's `part`). */
  part: string;
  metrics?: Metrics;
  /** Where request lines go; none: not logged. */
  log?: Logger;
  /** Paths logged at debug only (health probes, metrics scrapes). */
  quiet?: (path: string) => boolean;
  /**
   * Refusals (429) of one kind logged one by one at most once per this many ms, the rest as a count
   * (refusal-lines.ts); default 10 s; 0: every refusal its own line.
   */
  refusalLinesEveryMs?: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
/** An observed handler; `close` writes the refusals it still holds (when its server closes). */
export type ObservedHandler = Handler & { close(): void };

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

export function observed(handler: Handler, o: ObserveOptions): ObservedHandler {
  const quiet = o.quiet ?? ((p: string) => QUIET.has(p));
  // the request line, with the redaction its fixed fields need (log.ts REQUEST_LINE_REDACT_PATHS)
  const log = o.log?.child({}, { redact: { paths: REQUEST_LINE_REDACT_PATHS, censor: REDACTED } });
  const every = o.refusalLinesEveryMs ?? 10_000;
  const refusals =
    log && every > 0 ? new RefusalLines((s) => log.info({ status: 429, ...s }, 'requests refused'), every) : undefined;
  const observing: Handler = (req, res) => {
    const start = process.hrtime.bigint();
    const parent = req.headers.traceparent ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT;
    const path = (req.url ?? '/').split('?')[0]!;
    const span = startSpan(
      `${o.part} ${req.method}`,
      { 'lcs.part': o.part, 'http.request.method': req.method ?? 'GET' },
      SpanKind.SERVER,
      parent,
    );
    const info: RequestInfo = {
      id: randomHex(8),
      traceId: traceIdFor(span, req.headers.traceparent),
      part: o.part,
    };
    (req as unknown as Record<symbol, RequestInfo>)[INFO] = info;
    res.setHeader('x-request-id', info.id);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const seconds = secondsSince(start);
      // 499: the caller went away
      const status = res.writableFinished ? res.statusCode : res.headersSent ? res.statusCode : 499;
      const cls = statusClass(status);
      o.metrics?.httpRequests.inc({ part: o.part, status_class: cls });
      o.metrics?.httpDuration.observe({ part: o.part }, seconds);
      if (span) {
        const what =
          info.route ?? (info.operation ? `${req.method} ${path} ${info.operation}` : `${req.method} ${path}`);
        span.updateName(`${o.part} ${what}`);
        span.setAttributes({
          'http.response.status_code': status,
          ...(info.tenant ? { 'lcs.tenant': info.tenant } : {}),
          ...(info.package ? { 'lcs.package': info.package } : {}),
          ...(info.route ? { 'http.route': info.route } : {}),
          ...(info.operation ? { 'graphql.operation.name': info.operation } : {}),
          ...(info.principalKind ? { 'lcs.principal.kind': info.principalKind } : {}),
        });
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
      if (log) {
        const level = status >= 500 ? 'error' : quiet(path) ? 'debug' : 'info';
        const alike =
          status === 429 &&
          refusals &&
          !log.isLevelEnabled('debug') &&
          !refusals.first({
            part: o.part,
            tenant: info.tenant,
            package: info.package,
            route: info.route,
            path: info.route ? undefined : path,
            code: info.code,
          });
        if (!alike && log.isLevelEnabled(level)) {
          log[level](
            {
              reqId: info.id,
              traceId: info.traceId,
              part: o.part,
              method: req.method,
              path: info.route ? undefined : path,
              route: info.route,
              operation: info.operation,
              tenant: info.tenant,
              principal: info.principalKind ? { kind: info.principalKind, id: info.principalId } : undefined,
              package: info.package,
              status,
              durationMs: Math.round(seconds * 10_000) / 10,
              rows: info.rows,
              code: info.code,
              // where a request the caller gave up on (499) or that failed was waiting
              stage: status === 499 || status >= 500 ? info.stage : undefined,
            },
            'request',
          );
        }
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    return span ? context.with(trace.setSpan(parent, span), () => handler(req, res)) : handler(req, res);
  };
  return Object.assign(observing, { close: () => refusals?.close() });
}
