/**
 * Write routes of the facade (POST, PUT, PATCH, DELETE): the body (JSON, or a JSON Patch), the
 * path and query parameters, `Idempotency-Key` and `If-Match` go to the route's persisted
 * mutation; its WriteResult becomes the HTTP response (status, contract-shaped body, `ETag`,
 * `Idempotent-Replayed`). Validation, idempotency, versions and scope live in the owning
 * subgraph (platform mutations.ts), so GraphQL callers get the same behaviour.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ERRORS,
  PlatformError,
  checkJson,
  checkText,
  parseJsonInput,
  readBody,
  type ErrorCode,
  type Principal,
} from '@lcs/platform';
import type { RouteEntry } from './manifest.ts';
import { mapperFor } from './contract-json.ts';
import type { Execute } from './server.ts';
import { problem } from './server.ts';
import { xmlBody } from './xml-in.ts';
import { send } from './respond.ts';
import { OFFERED, negotiateMedia } from './negotiate.ts';

/** Largest request body accepted. */
export const MAX_WRITE_BODY = 1024 * 1024;

const JSON_TYPES = /^(application\/(json|json-patch\+json|[\w.+-]+\+json)|text\/json)\s*(;|$)/i;
const XML_TYPES = /^(application|text)\/xml\s*(;|$)/i;

/** The body as JSON (undefined when the route takes none); 415/400 for anything else. */
async function bodyOf(req: IncomingMessage, r: RouteEntry): Promise<unknown> {
  const raw = await readBody(req, MAX_WRITE_BODY);
  if (!r.write?.body) return undefined;
  const type = req.headers['content-type'] ?? '';
  const xml = XML_TYPES.test(type) && r.write.body !== 'json-patch';
  if (!JSON_TYPES.test(type) && !xml) {
    throw new PlatformError(
      'UNSUPPORTED_MEDIA_TYPE',
      `send the body as application/json${r.write.body === 'json-patch' ? ' or application/json-patch+json' : ' or application/xml'} (got ${type || 'no Content-Type'})`,
    );
  }
  if (!raw.length) throw new PlatformError('BAD_USER_INPUT', 'the request body is missing', { field: '(body)' });
  const text = raw.toString('utf8');
  // NUL characters, nesting beyond any contract body, and prototype keys are refused before parsing goes further
  if (xml) {
    checkText(text, '(body)');
    const body = xmlBody(text, r.write.body);
    checkJson(body, '(body)', { protoKeys: false });
    return body;
  }
  return parseJsonInput(text, '(body)', { protoKeys: false });
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** The contract-shaped response body from the mutation's camelCase one. */
function responseBody(r: RouteEntry, body: unknown): unknown {
  if (!r.definition || body === null || body === undefined) return body ?? null;
  const map = mapperFor(r.definition);
  return Array.isArray(body) ? body.map(map) : map(body);
}

/** Serves a write route for an authenticated, licensed caller. */
export async function serveWrite(
  req: IncomingMessage,
  res: ServerResponse,
  r: RouteEntry,
  operationId: string,
  params: Record<string, string>,
  url: URL,
  principal: Principal,
  execute: Execute,
): Promise<void> {
  // an unservable Accept is refused before anything is written
  if (r.definition && !negotiateMedia(req))
    return problem(res, 'NOT_ACCEPTABLE', `none of the offered media types is acceptable: ${OFFERED.join(', ')}`, {
      offered: OFFERED,
    });
  const input = await bodyOf(req, r);
  const all: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (k !== 'domain' && k !== 'key') all[k] = v;
  Object.assign(all, params);
  const variables = {
    input: input ?? null,
    params: all,
    idempotencyKey: header(req, 'idempotency-key') ?? null,
    ifMatch: header(req, 'if-match') ?? null,
  };
  const result = await execute(operationId, variables, principal);
  const error = result.errors?.[0];
  if (error || !result.data?.result) {
    const code = error?.extensions?.code as ErrorCode | undefined;
    if (code && code in ERRORS && code !== 'INTERNAL') {
      const ext = error!.extensions!;
      if (code === 'CONFLICT' && ext.retryAfter) res.setHeader('retry-after', String(ext.retryAfter));
      if (code === 'PRECONDITION_FAILED' && typeof ext.etag === 'string') res.setHeader('etag', ext.etag);
      return problem(res, code, error!.message, {
        ...(ext.field ? { field: ext.field } : {}),
        ...(Array.isArray(ext.errors) ? { errors: ext.errors } : {}),
      });
    }
    if (typeof error?.extensions?.errorId === 'string')
      return problem(res, 'INTERNAL', error.message, { errorId: error.extensions.errorId });
    throw new Error(`write ${r.method} ${r.path} failed`, { cause: error });
  }
  const out = result.data.result as { status: number; body: unknown; etag: string | null; replayed: boolean };
  if (out.replayed) res.setHeader('idempotent-replayed', 'true');
  res.setHeader('cache-control', 'no-store');
  if (out.etag) res.setHeader('etag', out.etag);
  if (r.definition && out.status === 200 && out.body !== null) {
    // a contract object (or list of them): negotiated like a read (JSON, XML, CSV); ETag the version
    return send(req, res, 200, {
      body: responseBody(r, out.body),
      definition: r.definition,
      single: !r.write?.array,
      ...(out.etag ? { version: out.etag } : {}),
    });
  }
  if (out.status === 204) {
    res.statusCode = 204;
    return void res.end();
  }
  const text = JSON.stringify(responseBody(r, out.body));
  res.writeHead(out.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
