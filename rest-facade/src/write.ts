/**
 * Write routes of the facade (POST, PUT, PATCH, DELETE): the body (JSON, or a JSON Patch), the
 * path and query parameters, `Idempotency-Key` and `If-Match` go to the route's persisted
 * mutation; its WriteResult becomes the HTTP response (status, contract-shaped body, `ETag`,
 * `Idempotent-Replayed`). Validation, idempotency, versions and scope live in the owning
 * subgraph (platform mutations.ts), so GraphQL callers get the same behaviour.
 */
import type { IncomingMessage } from 'node:http';
import { PlatformError, checkJson, checkText, parseJsonInput, readBody, type Principal } from '@lcs/platform';
import type { RouteEntry } from './manifest.ts';
import { mapperFor } from './contract-json.ts';
import type { Exchange } from './server.ts';
import { xmlBody } from './xml-in.ts';
import { send } from './respond.ts';
import { negotiateMedia } from './negotiate.ts';
import { notAcceptable, throwOperationFailure } from './problems.ts';

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
    const or = r.write.body === 'json-patch' ? 'application/json-patch+json' : 'application/xml';
    throw new PlatformError(
      'UNSUPPORTED_MEDIA_TYPE',
      `send the body as application/json or ${or} (got ${type || 'no Content-Type'})`,
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

/** What a write mutation answers (platform mutations.ts WriteResult). */
export interface WriteOutcome {
  status: number;
  body: unknown;
  etag: string | null;
  replayed: boolean;
}

/**
 * Run (writes): admitted by the fair share, an unservable Accept refused before anything is
 * written, then the mutation with the body, the path and query parameters and the headers.
 */
export async function runWrite(x: Exchange, principal: Principal): Promise<WriteOutcome> {
  const { req, route, caller } = x;
  const r = route.entry;
  x.trace.admission = await x.facade.fairShare?.admit({
    tenant: caller.tenant,
    keyId: caller.keyId,
    limits: caller.limits,
  });
  if (r.definition && !negotiateMedia(req)) throw notAcceptable();
  const input = await bodyOf(req, r);
  const all: Record<string, string> = {};
  for (const [k, v] of x.url.searchParams) if (k !== 'domain' && k !== 'key') all[k] = v;
  Object.assign(all, x.params);
  const variables = {
    input: input ?? null,
    params: all,
    idempotencyKey: header(req, 'idempotency-key') ?? null,
    ifMatch: header(req, 'if-match') ?? null,
  };
  await x.trace.admission?.turn(); // after the body is read: a slow upload waits on no turn
  const result = await x.facade.execute(x.operation.id, variables, principal);
  x.trace.admission?.endTurn();
  throwOperationFailure(result.errors, x.operation.operation);
  const out = result.data?.result as WriteOutcome | null | undefined;
  if (!out) throw new Error(`write ${r.method} ${r.path} answered no result`);
  return out;
}

/** Represent (writes): the WriteResult as the HTTP response (status, contract-shaped body, ETag, replay). */
export async function representWrite(x: Exchange, out: WriteOutcome): Promise<void> {
  const { req, res } = x;
  const r = x.route.entry;
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
