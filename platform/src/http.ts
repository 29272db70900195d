/**
 * Apollo Server on plain node:http (no framework on the hot path), with the request lifecycle
 * owned here: the context is built before execution and always finished afterwards, so a
 * request's transaction can never be left open.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ERRORS, PlatformError, errorBody, type ErrorCode } from './errors.ts';
import { RETRY_AFTER_SECONDS, callerError, maskUnexpected } from './failure.ts';
import { checkDocument, checkJson, parseJsonInput } from './input.ts';
import { observed, requestInfo, type ObserveOptions } from './observe.ts';

export type Route = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface GraphQLHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Path GraphQL is served on. */
  path?: string;
  /** Builds the request context; throw a PlatformError to refuse the request. */
  context: (req: IncomingMessage) => Promise<C>;
  /** Runs after the response is computed, whatever happened. */
  finish?: (ctx: C, failed: boolean) => Promise<void>;
  /** After a successful finish, before the body is written: e.g. headers that finishing produced. */
  afterFinish?: (ctx: C, res: ServerResponse) => void;
  /** Other routes, by exact path. */
  routes?: Record<string, Route>;
  /** Routes for every path under a prefix (e.g. `/saml/` → `/saml/<domain>/acs`), tried after exact routes. */
  prefixRoutes?: Record<string, Route>;
  /** Largest accepted request body in bytes. */
  maxBodyBytes?: number;
  /** Rewrites or refuses a POST body once the caller is known (e.g. persisted operations only). */
  prepareBody?: (body: unknown, ctx: C) => unknown;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const s = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(s) });
  res.end(s);
}

/** RFC 9457 problem details (application/problem+json), with the error registry's status for the code. */
export function sendProblem(
  res: ServerResponse,
  code: ErrorCode,
  detail: string,
  extra: Record<string, unknown> = {},
  status?: number,
): void {
  const s = status ?? ERRORS[code].status;
  if (code === 'UNAVAILABLE' && !res.hasHeader('retry-after'))
    res.setHeader('retry-after', String(extra.retryAfter ?? RETRY_AFTER_SECONDS));
  const info = res.req && requestInfo(res.req);
  if (info) info.code = code;
  const body = JSON.stringify({
    type: `https://lcs.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: ERRORS[code].title,
    status: s,
    detail,
    code,
    ...extra,
    ...(info?.traceId ? { traceId: info.traceId } : {}),
  });
  res.writeHead(s, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(res.getHeaders() as Record<string, string>),
  });
  res.end(body);
}

export function sendError(res: ServerResponse, code: ErrorCode, message: string, req?: IncomingMessage): void {
  const info = req && requestInfo(req);
  if (info) info.code = code;
  sendJson(res, ERRORS[code].status, errorBody(code, message, info?.traceId ? { traceId: info.traceId } : undefined));
}

/**
 * What every HTTP server of the platform is told, deliberately rather than by Node's defaults:
 * how long a client may take to send its headers and its whole request, how long an idle
 * keep-alive connection stays open (above common load balancers' 60 s), and the largest header
 * block.
 */
export const HTTP_SERVER_OPTIONS = {
  headersTimeout: 20_000,
  requestTimeout: 120_000,
  keepAliveTimeout: 65_000,
  maxHeaderSize: 16 * 1024,
} as const;

/** Beyond the body limit a request is still read (and dropped) up to this, so the client gets its 413. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Reads a request body up to `limit` bytes. A larger body is refused with PAYLOAD_TOO_LARGE (413), a
 * compressed one (Content-Encoding other than identity) with UNSUPPORTED_MEDIA_TYPE (415), after the
 * rest was read and dropped, so the client receives the answer instead of a reset
 * connection; a body beyond 64 MiB is not waited for (the answer then closes the connection).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // a compressed body would be read as its bytes ("not valid JSON (Unexpected token '\u001f'…)"):
    // refused by name instead, once it has been read and dropped
    const encoding = String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    const encoded =
      encoding && encoding !== 'identity'
        ? new PlatformError(
            'UNSUPPORTED_MEDIA_TYPE',
            `Content-Encoding "${encoding.slice(0, 40)}" is not accepted: send the body uncompressed`,
            { field: 'Content-Encoding' },
          )
        : undefined;
    const tooLarge = (close: boolean) =>
      new PlatformError(
        'PAYLOAD_TOO_LARGE',
        `the request body is larger than ${limit} bytes`,
        close ? { close: true } : {},
      );
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > DRAIN_LIMIT) {
      req.resume();
      return reject(tooLarge(true));
    }
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit && !encoded) chunks.push(c);
      else if (size > DRAIN_LIMIT) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge(true));
      }
    });
    req.on('end', () =>
      encoded ? reject(encoded) : size > limit ? reject(tooLarge(false)) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}

/** The caller-facing error for anything thrown while serving a request (unexpected ones masked and logged). */
export function failureOf(
  e: unknown,
  context: Record<string, unknown> = {},
): { code: ErrorCode; status: number; message: string; extensions: Record<string, unknown> } {
  const known = callerError(e);
  if (known) return { code: known.code, status: known.status, message: known.message, extensions: known.extensions };
  const m = maskUnexpected(e, context);
  return { code: 'INTERNAL', status: 500, message: m.message, extensions: { errorId: m.errorId } };
}

/**
 * Headers that go with a failure: Retry-After for UNAVAILABLE and RATE_LIMITED, Connection: close after an
 * undrained body.
 */
export function failureHeaders(res: ServerResponse, f: { code: ErrorCode; extensions: Record<string, unknown> }): void {
  if ((f.code === 'UNAVAILABLE' || f.code === 'RATE_LIMITED') && !res.hasHeader('retry-after'))
    res.setHeader('retry-after', String(f.extensions.retryAfter ?? 1));
  if (f.extensions.close) res.setHeader('connection', 'close');
}

/** Refuses NUL, over-deep nesting and oversized documents in a GraphQL request (body or GET parameters). */
function checkGraphQLRequest(body: unknown, search: URLSearchParams): void {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    if (typeof b.query === 'string') checkDocument(b.query);
    for (const k of ['variables', 'extensions', 'operationName'] as const)
      if (b[k] !== undefined) checkJson(b[k], k, { protoKeys: false });
  }
  const q = search.get('query');
  if (q) checkDocument(q);
  for (const k of ['variables', 'extensions'] as const) {
    const raw = search.get(k);
    if (raw) parseJsonInput(raw, k);
  }
  const op = search.get('operationName');
  if (op) checkJson(op, 'operationName');
}

export function graphqlHandler<C extends BaseContext>(o: GraphQLHttpOptions<C>) {
  const path = o.path ?? '/graphql';
  const limit = o.maxBodyBytes ?? 1_000_000;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(res, 'BAD_USER_INPUT', 'malformed request URL');
    }
    try {
      const route = o.routes?.[url.pathname];
      if (route) return void (await route(req, res));
      for (const [prefix, r] of Object.entries(o.prefixRoutes ?? {}))
        if (url.pathname.startsWith(prefix)) return void (await r(req, res));
      if (url.pathname !== path)
        return sendError(res, 'NOT_FOUND', `no route ${url.pathname}; GraphQL is served at ${path}`, req);
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('allow', 'GET, POST');
        return sendJson(
          res,
          405,
          errorBody('BAD_USER_INPUT', `method ${req.method} is not allowed; use POST (or GET)`),
        );
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let body: unknown;
      if (req.method === 'POST') {
        const text = (await readBody(req, limit)).toString('utf8');
        if (!/json/i.test(headers.get('content-type') ?? '')) {
          return sendError(
            res,
            'UNSUPPORTED_MEDIA_TYPE',
            'send the operation as JSON with content-type: application/json',
            req,
          );
        }
        body = text ? parseJsonInput(text, 'request body') : {};
      }
      checkGraphQLRequest(body, url.searchParams);
      const info = requestInfo(req);
      if (info) {
        const name =
          (body as { operationName?: unknown } | undefined)?.operationName ?? url.searchParams.get('operationName');
        if (typeof name === 'string') info.operation = name;
      }
      const ctx = await o.context(req);
      if (o.prepareBody) {
        try {
          body = o.prepareBody(body, ctx);
        } catch (e) {
          await o.finish?.(ctx, true);
          throw e;
        }
      }
      let failed = true;
      let finished = false;
      try {
        const result = await o.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
          context: async () => ctx,
        });
        failed = (result.status ?? 200) >= 400;
        if (result.body.kind === 'complete') {
          // Finish (audit record, commit) before a byte of the answer leaves: what the caller
          // receives was committed with its audit record (audit.ts states the guarantee).
          finished = true;
          await o.finish?.(ctx, failed);
          o.afterFinish?.(ctx, res);
        }
        // personal data: never stored by caches (the cache-control plugin, which used to say so, is off)
        res.setHeader('cache-control', 'no-store');
        for (const [k, v] of result.headers) res.setHeader(k, v);
        res.statusCode = result.status ?? 200;
        if (result.body.kind === 'complete') {
          res.setHeader('content-length', Buffer.byteLength(result.body.string));
          res.end(result.body.string);
        } else {
          for await (const chunk of result.body.asyncIterator) res.write(chunk);
          res.end();
        }
      } finally {
        if (!finished) await o.finish?.(ctx, failed);
      }
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      const info = requestInfo(req);
      const f = failureOf(e, { path: url.pathname, ...(info?.traceId ? { traceId: info.traceId } : {}) });
      if (info) info.code = f.code;
      failureHeaders(res, f);
      const ext = {
        code: f.code,
        ...(f.extensions.field ? { field: f.extensions.field } : {}),
        ...(f.extensions.errorId ? { errorId: f.extensions.errorId } : {}),
        ...(f.extensions.retryAfter ? { retryAfter: f.extensions.retryAfter } : {}),
        ...(info?.traceId ? { traceId: info.traceId } : {}),
      };
      // an oversized body is refused as a problem (RFC 9457) that still carries GraphQL's `errors`
      if (f.code === 'PAYLOAD_TOO_LARGE')
        return sendProblem(res, f.code, f.message, { errors: [{ message: f.message, extensions: ext }] });
      sendJson(res, f.status, { errors: [{ message: f.message, extensions: ext }] });
    }
  };
}

/**
 * Requests Node refuses before any handler runs (a header block over the limit, a malformed
 * request line, a request that took too long) still get a problem body naming the limit, not a
 * bare status line or a reset.
 */
function clientError(err: Error & { code?: string }, socket: import('node:stream').Duplex): void {
  if (!socket.writable || (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent)
    return void socket.destroy();
  const [code, detail]: [ErrorCode, string] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ['HEADERS_TOO_LARGE', `the request line and headers exceed ${HTTP_SERVER_OPTIONS.maxHeaderSize} bytes`]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [
            'REQUEST_TIMEOUT',
            `the request was not received within ${HTTP_SERVER_OPTIONS.requestTimeout / 1000} s ` +
              `(headers within ${HTTP_SERVER_OPTIONS.headersTimeout / 1000} s)`,
          ]
        : ['BAD_USER_INPUT', 'malformed HTTP request'];
  const status = ERRORS[code].status;
  const body = JSON.stringify({
    type: `https://lcs.example/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: ERRORS[code].title,
    status,
    detail,
    code,
  });
  socket.end(
    `HTTP/1.1 ${status} ${ERRORS[code].title}\r\n` +
      'content-type: application/problem+json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'connection: close\r\n\r\n' +
      body,
  );
}

export interface Listening {
  server: Server;
  port: number;
  url: string;
  /** Stops at once: open connections are cut. */
  close(): Promise<void>;
  /**
   * Graceful: stops accepting, lets requests in flight finish (idle keep-alive connections are
   * closed as they become idle), cuts what is still open after `deadlineMs`.
   */
  drain(deadlineMs?: number): Promise<void>;
}

/**
 * Listens on host:port (port 0 = any free port); over HTTPS when given TLS options (certificate,
 * key, and for mutual TLS `requestCert`, `rejectUnauthorized` and the client CAs).
 */
export function listen(
  handler: Route,
  port: number,
  host = '127.0.0.1',
  tls?: HttpsOptions,
  observe?: ObserveOptions,
): Promise<Listening> {
  const watched = observe ? observed(handler, observe) : undefined;
  if (watched) handler = watched;
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    // every answer: no content sniffing (OWASP); over TLS, browsers keep to HTTPS for a year
    res.setHeader('x-content-type-options', 'nosniff');
    if (tls) res.setHeader('strict-transport-security', 'max-age=31536000');
    void handler(req, res);
  };
  const server: Server = tls
    ? createHttpsServer({ ...HTTP_SERVER_OPTIONS, ...tls }, serve)
    : createServer({ ...HTTP_SERVER_OPTIONS }, serve);
  server.on('clientError', clientError);
  if (watched) server.once('close', () => watched.close());
  server.headersTimeout = HTTP_SERVER_OPTIONS.headersTimeout;
  server.requestTimeout = HTTP_SERVER_OPTIONS.requestTimeout;
  server.keepAliveTimeout = HTTP_SERVER_OPTIONS.keepAliveTimeout;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: p,
        url: `${tls ? 'https' : 'http'}://${host}:${p}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
        drain: (deadlineMs = 25_000) =>
          new Promise((r) => {
            const idle = setInterval(() => server.closeIdleConnections(), 50);
            const cut = setTimeout(() => server.closeAllConnections(), deadlineMs);
            server.close(() => {
              clearInterval(idle);
              clearTimeout(cut);
              r();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
