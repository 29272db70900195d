/**
 * Calling the REST facade as a licensed partner: over HTTPS with a client certificate (the
 * demo receiving system's, from the test stack's in-memory PKI) and the package's demo API key.
 */
import { Agent, request } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { DevPki } from '@lcs/cli/pki';
import type { DemoKeys } from '@lcs/cli/demo-keys';

/** What a TLS client presents: the CA it trusts, and optionally a client certificate and key. */
export interface TlsIdentity {
  ca: string;
  cert?: string;
  key?: string;
}

interface Registered {
  pki: DevPki;
  demoKeys: DemoKeys;
  /** Keep-alive connections with the demo client certificate. */
  agent: Agent;
}

// Test stacks by facade origin, so facadeClient(facadeUrl, …) finds the stack's credentials.
const stacks = new Map<string, Registered>();

/** Called by startTestStack; the returned function forgets the stack and closes its connections. */
export function registerFacade(facadeUrl: string, pki: DevPki, demoKeys: DemoKeys): () => void {
  const origin = new URL(facadeUrl).origin;
  const agent = new Agent({ keepAlive: true, ca: pki.ca.cert, cert: pki.demoClient.cert, key: pki.demoClient.key });
  stacks.set(origin, { pki, demoKeys, agent });
  return () => {
    stacks.delete(origin);
    agent.destroy();
  };
}

function registered(url: string): Registered {
  const r = stacks.get(new URL(url).origin);
  if (!r) throw new Error(`no test stack with a TLS facade at ${new URL(url).origin}`);
  return r;
}

/** The demo API key of `tenant` for package `pkg`. */
export function demoKey(facadeUrl: string, tenant: string, pkg: string): string {
  const key = registered(facadeUrl).demoKeys[tenant]?.[pkg];
  if (!key) throw new Error(`no demo key for tenant ${tenant}, package ${pkg}`);
  return key;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent (not decompressed). */
  body: Buffer;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Who the client is; default: the demo system of the facade's test stack. */
  identity?: TlsIdentity;
}

/**
 * One HTTPS request; rejects when the TLS handshake (or the connection) is refused. The
 * response body is returned exactly as sent.
 */
export function facadeRequest(url: string | URL, options: RawRequest = {}): Promise<RawResponse> {
  const u = new URL(String(url));
  const tls = options.identity
    ? { ca: options.identity.ca, cert: options.identity.cert, key: options.identity.key, agent: false as const }
    : { agent: registered(u.href).agent };
  return new Promise((resolve, reject) => {
    const req = request(u, { method: options.method ?? 'GET', headers: options.headers, ...tls }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decoded(r: RawResponse): Buffer {
  switch (r.headers['content-encoding']) {
    case 'gzip':
      return gunzipSync(r.body);
    case 'br':
      return brotliDecompressSync(r.body);
    case 'deflate':
      return inflateSync(r.body);
    default:
      return r.body;
  }
}

/** fetch-like over the facade's mutual TLS: a Response with the body decompressed, as fetch does. */
export async function facadeFetch(
  url: string | URL,
  init: { method?: string; headers?: Record<string, string>; body?: string; identity?: TlsIdentity } = {},
): Promise<Response> {
  const r = await facadeRequest(url, init);
  const headers = new Headers();
  for (const [k, v] of Object.entries(r.headers)) {
    if (v === undefined || (k === 'content-encoding' && r.body.length)) continue;
    for (const x of Array.isArray(v) ? v : [v]) headers.append(k, x);
  }
  const body = r.status === 204 || r.status === 304 ? null : decoded(r);
  if (body) headers.set('content-length', String(body.length));
  return new Response(body as unknown as BodyInit | null, { status: r.status, headers });
}

/**
 * A client of the facade as `tenant` licensed for package `pkg`: the demo client certificate and that package's demo
 * key.
 */
export function facadeClient(facadeUrl: string, tenant: string, pkg: string) {
  const key = demoKey(facadeUrl, tenant, pkg);
  return (path: string, init: RequestInit = {}) => {
    const url = `${facadeUrl}${path}${path.includes('?') ? '&' : '?'}domain=${tenant}`;
    const headers: Record<string, string> = {
      'x-api-key': key,
      ...Object.fromEntries(new Headers(init.headers).entries()),
    };
    return facadeFetch(url, {
      method: init.method,
      headers,
      body: typeof init.body === 'string' ? init.body : undefined,
    });
  };
}
