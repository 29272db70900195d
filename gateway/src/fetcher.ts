/**
 * The gateway's fetcher for its subgraphs (Apollo's RemoteGraphQLDataSource `fetcher`): one POST
 * over node:http(s) with keep-alive connections, the answer read whole into a string, within a
 * budget that covers the body too. Node's fetch (undici, WHATWG streams, a Request and a Response
 * per call) was ~15 % of the gateway's CPU in p1's varied workload; Apollo's default,
 * make-fetch-happen, more still. The data source needs little of a Response: ok, status,
 * statusText, url, headers.get, text() and json().
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

/**
 * Keep-alive connections to the subgraphs, as many as the load needs. An idle one is closed after
 * 4 s (undici's default; the subgraphs keep theirs 65 s), never reused just as the subgraph closes it:
 * Node's agent keeps idle sockets forever unless given a timeout (the server's Keep-Alive hint only
 * ever shortens one), and a request written on a socket the server had closed failed ECONNRESET
 * (seen once in 4,000 answers at 200 connections, after a minute's pause between rounds).
 */
const IDLE_MS = 4_000;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

/** A subgraph's answer, read whole. */
class SubgraphResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null; has(name: string): boolean };
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    raw: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const v = raw[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
      has: (name) => raw[name.toLowerCase()] !== undefined,
    };
  }
  text(): Promise<string> {
    return Promise.resolve(this.body);
  }
  json(): Promise<unknown> {
    return new Promise((resolve) => resolve(JSON.parse(this.body)));
  }
}

/** The error of a fetch that overran its budget (failure.ts: a TimeoutError is UNAVAILABLE). */
function budgetError(budgetMs: number): Error {
  const e = new Error(`the subgraph did not answer within ${budgetMs} ms`);
  e.name = 'TimeoutError';
  return Object.assign(e, { code: 'ETIMEDOUT' });
}

/** Statuses with which a proxy in front of a subgraph says it cannot reach one. */
const UPSTREAM_DOWN = new Set([502, 503, 504]);

/** A proxy's 502/503/504 without a GraphQL answer: the subgraph is unavailable (failure.ts transportFailure). */
function upstreamError(status: number): Error {
  const e = new Error(`the way to the subgraph answered ${status}`);
  e.name = 'UpstreamUnavailable';
  return Object.assign(e, { code: 'UPSTREAM_UNAVAILABLE' });
}

const parsed = new Map<string, URL>();

/** Apollo's fetcher for a subgraph: aborted when `budgetMs` has passed (the answer's body included). */
export function subgraphFetcher(budgetMs: number): Fetcher {
  return ((url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      let u = parsed.get(url);
      if (!u) parsed.set(url, (u = new URL(url)));
      const transport = u.protocol === 'https:' ? https : http;
      const req = transport.request(
        u,
        { method: init.method ?? 'POST', headers: init.headers, agent: agents[u.protocol as 'http:' | 'https:'] },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', fail);
          res.on('end', () => {
            clearTimeout(timer);
            const status = res.statusCode ?? 0;
            // a proxy's answer for the subgraph (HAProxy with no replica up, a bad gateway, its timeout)
            if (UPSTREAM_DOWN.has(status) && !/json/.test(String(res.headers['content-type'])))
              return reject(upstreamError(status));
            const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
            resolve(new SubgraphResponse(url, status, res.statusMessage ?? '', res.headers, body));
          });
        },
      );
      function fail(e: Error) {
        clearTimeout(timer);
        reject(e);
      }
      const timer = setTimeout(() => req.destroy(budgetError(budgetMs)), budgetMs);
      req.on('error', fail);
      req.end(init.body);
    })) as unknown as Fetcher;
}
