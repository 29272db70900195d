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

export function sendError(res: ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, ERRORS[code].status, errorBody(code, message));
}

/** The request body as text, refused with 413 beyond `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new PlatformError('PAYLOAD_TOO_LARGE', `request body is larger than ${limit} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function graphqlHandler<C extends BaseContext>(o: GraphQLHttpOptions<C>) {
  const path = o.path ?? '/graphql';
  const limit = o.maxBodyBytes ?? 1_000_000;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const route = o.routes?.[url.pathname];
      if (route) return void (await route(req, res));
      for (const [prefix, r] of Object.entries(o.prefixRoutes ?? {})) if (url.pathname.startsWith(prefix)) return void (await r(req, res));
      if (url.pathname !== path) return sendError(res, 'NOT_FOUND', `no route ${url.pathname}; GraphQL is served at ${path}`);
      if (req.method !== 'GET' && req.method !== 'POST') {
        res.setHeader('allow', 'GET, POST');
        return sendJson(res, 405, errorBody('BAD_USER_INPUT', `method ${req.method} is not allowed; use POST (or GET)`));
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req, limit);
        if (!/json/i.test(headers.get('content-type') ?? '')) {
          return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', 'send the operation as JSON with content-type: application/json');
        }
        try {
          body = text ? JSON.parse(text) : {};
        } catch (e) {
          return sendError(res, 'BAD_USER_INPUT', `request body is not valid JSON: ${(e as Error).message}`);
        }
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
      if (e instanceof PlatformError) return sendError(res, e.code, e.message);
      console.error('request failed', e);
      sendError(res, 'INTERNAL', 'internal error');
    }
  };
}

export interface Listening {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Listens on host:port (port 0 = any free port); over HTTPS when given TLS options (certificate,
 * key, and for mutual TLS `requestCert`, `rejectUnauthorized` and the client CAs).
 */
export function listen(handler: Route, port: number, host = '127.0.0.1', tls?: HttpsOptions): Promise<Listening> {
  const server: Server = tls
    ? createHttpsServer({ keepAliveTimeout: 65_000, ...tls }, (req, res) => void handler(req, res))
    : createServer({ keepAliveTimeout: 65_000 }, (req, res) => void handler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = (server.address() as AddressInfo).port;
      resolve({
        server, port: p, url: `${tls ? 'https' : 'http'}://${host}:${p}`,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
