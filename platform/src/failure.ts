/**
 * What a caller is told when something fails, decided in one place for GraphQL (every Apollo
 * server's `formatError`) and HTTP (graphqlHandler, the facade):
 *
 * - a PlatformError, or a GraphQL error with a known code: as it is;
 * - a database error caused by a caller's value (SQLSTATE class 22, data exception: invalid byte
 *   sequence, out-of-range number, bad date …): BAD_USER_INPUT naming the field where known;
 * - a write that collided with another request's at the same moment (SQLSTATE 23505 unique violation:
 *   two requests made the same thing, each having checked it was not there; 40001/40P01 serialization
 *   failure, deadlock): CONFLICT (409) — the caller's retry reads what the other request made;
 * - the database unreachable (connection refused or lost, shutting down or starting up): UNAVAILABLE
 *   (503) with Retry-After;
 * - anything else: masked to INTERNAL_SERVER_ERROR and an error id; the error (without quoted
 *   values or SQL parameters) goes to the log under that id.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERRORS, PlatformError, type ErrorCode } from './errors.ts';
import { logger, safeError } from './log.ts';

/** Seconds a caller is asked to wait while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 2;

/** GraphQL error codes whose message is meant for the caller (the registry's and graphql-js/Apollo's). */
const CALLER_CODES = new Set<string>([
  ...Object.keys(ERRORS).filter((c) => c !== 'INTERNAL'),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

/** Messages that would show internals even under a caller's code. */
const INTERNAL_TEXT = new RegExp(
  [
    'Maximum call stack',
    'Failed query',
    '\\bselect\\s',
    '\\binsert into\\b',
    '\\bupdate\\s+\\w+\\s+set\\b',
    'node_modules',
    '\\.[cm]?[jt]s:\\d',
    '\\n\\s+at ',
    '\\bparams:',
  ].join('|'),
  'i',
);

/** What data exceptions (SQLSTATE 22xxx) say about the value. */
const DATA_EXCEPTION: Record<string, string> = {
  '22001': 'is too long',
  '22003': 'is out of range',
  '22007': 'is not a valid date or time',
  '22008': 'is not a valid date or time',
  '22021': 'contains a character that cannot be stored (e.g. a NUL byte)',
  '22P05': 'contains a character that cannot be stored',
  '22P02': 'is not a valid value of its type',
  '2201E': 'is out of range',
  '22023': 'is not a valid value',
};

/** Connection-level failures: the database (or the way to it) is down, not the request wrong. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // undici (Node's fetch): the other side closed, connect / headers / body timeouts
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  // postgres.js
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, read_only_sql_transaction
  // (failover)
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '25006',
]);

/** The error and what it wraps (cause, originalError, AggregateError members), a few levels down. */
function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  const todo = [e];
  while (todo.length && out.length < 12) {
    const x = todo.shift();
    if (!x || typeof x !== 'object' || out.includes(x)) continue;
    out.push(x);
    const o = x as { cause?: unknown; originalError?: unknown; errors?: unknown };
    todo.push(o.originalError, o.cause, ...(Array.isArray(o.errors) ? o.errors : []));
  }
  return out;
}

/**
 * The caller-facing error for a database failure, if `e` is one: a data exception (the caller's
 * value), a collision with a concurrent write, or the database unreachable. `field` names what the
 * value was for, when known.
 */
export function databaseFailure(e: unknown, field?: string): PlatformError | undefined {
  for (const x of chain(e)) {
    const code = (x as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (/^22[0-9A-Z]{3}$/.test(code)) {
      const what = DATA_EXCEPTION[code] ?? 'is not a valid value';
      return new PlatformError(
        'BAD_USER_INPUT',
        field ? `${field}: a value given ${what}` : `a value given ${what}`,
        field ? { field } : {},
      );
    }
    if (code === '23505')
      return new PlatformError(
        'CONFLICT',
        `${field ? `${field}: ` : ''}conflicts with a record that exists already (another request may have made it ` +
          'at the same moment); read it before retrying',
        field ? { field } : {},
      );
    if (code === '40001' || code === '40P01')
      return new PlatformError('CONFLICT', 'collided with another request changing the same records; retry it');
    if (UNREACHABLE.has(code) || /^08/.test(code)) {
      return new PlatformError('UNAVAILABLE', `the database is unavailable; retry in ${RETRY_AFTER_SECONDS} s`, {
        retryAfter: RETRY_AFTER_SECONDS,
      });
    }
  }
  return undefined;
}

/**
 * HTTP agents' timeouts (@npmcli/agent, under make-fetch-happen, which Apollo uses by default), and
 * a proxy's 502/503/504 in front of a subgraph (gateway/src/fetcher.ts).
 */
const TRANSPORT_CODES = new Set([
  'ECONNECTIONTIMEOUT',
  'EIDLETIMEOUT',
  'ERESPONSETIMEOUT',
  'ETRANSFERTIMEOUT',
  'UPSTREAM_UNAVAILABLE',
]);

/**
 * Whether `e` is a failure of the way to another service (refused, reset, timed out, the name not
 * found): that service is unavailable, the request itself not wrong. Fetch libraries' timeouts
 * (minipass-fetch `request-timeout`, body timeouts) and aborts count.
 */
export function transportFailure(e: unknown): boolean {
  return chain(e).some((x) => {
    const o = x as { code?: unknown; type?: unknown; name?: unknown };
    return (
      (typeof o.code === 'string' && (UNREACHABLE.has(o.code) || TRANSPORT_CODES.has(o.code))) ||
      o.type === 'request-timeout' ||
      o.type === 'body-timeout' ||
      o.name === 'AbortError' ||
      o.name === 'TimeoutError'
    );
  });
}

/** A caller-facing PlatformError for `e`, or undefined when it is unexpected (to be masked). */
export function callerError(e: unknown, field?: string): PlatformError | undefined {
  if (e instanceof PlatformError) return e;
  const db = databaseFailure(e, field);
  if (db) return db;
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return new PlatformError('BAD_USER_INPUT', 'the input is nested too deeply', field ? { field } : {});
  return undefined;
}

export interface Masked {
  errorId: string;
  message: string;
}

/** Logs an unexpected error under a new id (no values, no SQL parameters) and returns what the caller sees. */
export function maskUnexpected(e: unknown, context: Record<string, unknown> = {}): Masked {
  const errorId = randomUUID();
  logger.error({ errorId, ...context, err: safeError(e) }, 'unexpected error');
  return { errorId, message: `internal error (error id ${errorId})` };
}

const MASKED = /^internal error \(error id [0-9a-f-]{36}\)$/;

/**
 * Apollo Server `formatError`: caller errors pass (database ones translated), anything else is
 * masked. A subgraph's masked error passes the gateway unchanged (its id is in that log).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = {
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
  const code = formatted.extensions?.code;
  const field = formatted.path
    ? String([...formatted.path].reverse().find((p) => typeof p === 'string') ?? '') || undefined
    : undefined;
  // a PlatformError anywhere in the chain, or a database failure, decides
  const original = chain(error).find((x) => x instanceof PlatformError) as PlatformError | undefined;
  const known =
    original ?? (code === 'UNAVAILABLE' || code === 'BAD_USER_INPUT' ? undefined : databaseFailure(error, field));
  if (known && !(code && CALLER_CODES.has(String(code)) && code === known.code)) {
    return { message: known.message, ...where, extensions: { ...stripped(known.extensions), code: known.code } };
  }
  // Apollo Server's own refusals of a request (a persisted query's hash that does not match its
  // query, an unsupported persisted-query version) carry a 4xx HTTP head but no code: the caller's
  // mistake, said as Apollo words it, not an internal error
  const head = error instanceof GraphQLError ? (error.extensions?.http as { status?: unknown } | undefined) : undefined;
  if (
    code === 'INTERNAL_SERVER_ERROR' &&
    typeof head?.status === 'number' &&
    head.status >= 400 &&
    head.status < 500 &&
    !INTERNAL_TEXT.test(formatted.message)
  )
    return { message: formatted.message, ...where, extensions: { code: 'BAD_REQUEST' } };
  if (typeof code === 'string' && CALLER_CODES.has(code)) {
    if (!INTERNAL_TEXT.test(formatted.message)) return formatted;
    return { message: ERRORS[code as ErrorCode]?.title ?? 'Bad request', ...where, extensions: { code } };
  }
  if (
    code === 'INTERNAL_SERVER_ERROR' &&
    typeof formatted.extensions?.errorId === 'string' &&
    MASKED.test(formatted.message)
  ) {
    return { message: formatted.message, ...where, extensions: { code, errorId: formatted.extensions.errorId } };
  }
  const m = maskUnexpected(error instanceof GraphQLError ? (error.originalError ?? error) : error, {
    code,
    path: formatted.path,
  });
  return { message: m.message, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId: m.errorId } };
}

/** The Apollo Server options every GraphQL server of the platform (gateway, subgraphs) shares. */
export const apolloServerBase = (introspection = false) => ({
  // the process's entry drains and stops it (app/src/serve.ts): Apollo's own signal handlers would race it
  stopOnTerminationSignals: false,
  introspection,
  includeStacktraceInErrorResponses: false,
  // caller errors pass, database failures are translated, anything else is masked
  formatError: formatGraphQLError,
});

/** Extensions a caller may see (no stack traces, no exception objects). */
function stripped(ext: Record<string, unknown> | undefined): Record<string, unknown> {
  const rest = { ...ext };
  delete rest.stacktrace;
  delete rest.exception;
  return rest;
}

/** `p`, or a rejection (`timedOut()`, by default "no answer within … ms") once `ms` have passed. */
export function within<T>(
  p: Promise<T>,
  ms: number,
  timedOut: () => Error = () => new Error(`no answer within ${ms} ms`),
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut()), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

/** `lookup`'s outcome, or UNAVAILABLE (503 + Retry-After, logged) once it has taken `budgetMs`. */
export function withinBudget<T>(
  lookup: Promise<T>,
  budgetMs: number,
  what: string,
  /** What to log beside the overrun (e.g. the pool's state). */
  context?: () => unknown,
): Promise<T> {
  return within(lookup, budgetMs, () => {
    logger.warn({ budgetMs, what, ...(context ? { context: context() } : {}) }, 'a database lookup overran its budget');
    return new PlatformError(
      'UNAVAILABLE',
      `the database is unavailable (the ${what} did not answer in ${budgetMs / 1000} s); ` +
        `retry in ${RETRY_AFTER_SECONDS} s`,
      { retryAfter: RETRY_AFTER_SECONDS },
    );
  });
}
