/**
 * The gateway's fetcher for its subgraphs (Apollo's RemoteGraphQLDataSource `fetcher`): one POST
 * through undici's Agent (`request`, not `fetch`) with keep-alive connections, the answer read
 * whole into a string, within a budget that covers the body too. Node's fetch (undici plus WHATWG
 * streams, a Request and a Response per call) was ~15 % of the gateway's CPU in p1's varied
 * workload; Apollo's default, make-fetch-happen, more still; and this takes 0.84 × the CPU per fetch
 * of a node:http keep-alive client (`node --import tsx bench/fetchers.ts`). The data source needs
 * little of a Response: ok, status, statusText, url, headers.get, text() and json().
 */
import { EventEmitter } from 'node:events';
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent } from 'undici';

type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

/**
 * Keep-alive connections to the subgraphs, as many as the load needs. An idle one is closed after
 * 4 s (undici's default; the subgraphs keep theirs 65 s, and a server's longer Keep-Alive hint is
 * not followed), so it is never reused just as the subgraph closes it: with Node's agent keeping
 * idle sockets for good, a request written on a socket the server had closed failed ECONNRESET
 * (seen once in 4,000 answers at 200 connections, after a minute's pause between rounds).
 */
const IDLE_MS = 4_000;
const agent = new Agent({ keepAliveTimeout: IDLE_MS, keepAliveMaxTimeout: IDLE_MS });

/** A subgraph answer's headers, as the data source reads them (`get`, `has`). */
class AnswerHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}
  get(name: string): string | null {
    const v = this.raw[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

/** A subgraph's answer, read whole (its header view a class of its own: no closures made per answer). */
class SubgraphResponse {
  readonly ok: boolean;
  readonly headers: AnswerHeaders;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    raw: IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new AnswerHeaders(raw);
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

const parsed = new Map<string, { origin: string; path: string }>();

/** Apollo's fetcher for a subgraph: aborted when `budgetMs` has passed (the answer's body included). */
export function subgraphFetcher(budgetMs: number): Fetcher {
  return (async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    let target = parsed.get(url);
    if (!target) {
      const u = new URL(url);
      parsed.set(url, (target = { origin: u.origin, path: u.pathname + u.search }));
    }
    // an emitter is undici's cheapest abort signal; the timer covers the body as well
    const abort = new EventEmitter();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.emit('abort');
    }, budgetMs);
    try {
      const res = await agent.request({
        origin: target.origin,
        path: target.path,
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: abort,
      });
      const status = res.statusCode;
      // a proxy's answer for the subgraph (HAProxy with no replica up, a bad gateway, its timeout)
      if (UPSTREAM_DOWN.has(status) && !/json/.test(String(res.headers['content-type']))) {
        res.body.resume();
        throw upstreamError(status);
      }
      const text = await res.body.text();
      return new SubgraphResponse(url, status, STATUS_CODES[status] ?? '', res.headers as IncomingHttpHeaders, text);
    } catch (e) {
      throw timedOut ? budgetError(budgetMs) : e;
    } finally {
      clearTimeout(timer);
    }
  }) as unknown as Fetcher;
}
