/**
 * Hive Gateway (the benchmark's peer) as the platform's subgraphs need it: they refuse a request
 * without the signed context header `x-lcs-context` (platform/src/trust.ts). Like our gateway, it
 * authenticates the caller once per incoming request (a signed principal in `x-lcs-principal`,
 * verified with LCS_TRUST_KEYS; outside production also the development header `x-lcs-tenant`),
 * signs the context token with the same keys (HS256 via jose, `signPrincipal`), and sends it to
 * every subgraph the request reaches, through Hive's own `propagateHeaders` option.
 *
 * Hive's HTTP executor deduplicates identical in-flight subgraph queries by default (same URL,
 * headers and body: the benchmark's identical concurrent queries share subgraph work); a caller's
 * context token is reused while it is fresh, so that the headers stay the same.
 * BENCH_HIVE_DEDUP=0 turns that off, to show how much of Hive's lead it is.
 *
 * BENCH_HIVE_ROUTER=1 plans with Hive's Rust query planner (`@graphql-hive/router-runtime`'s
 * `unifiedGraphHandler`, a native addon) instead of the JavaScript one.
 *
 * Used as `hive-gateway supergraph <file> -c bench/hive.config.ts` by bench/run.ts.
 */
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
// The two modules only (not the package index, which loads the whole platform).
import { loadConfig } from '@lcs/platform/config';
import { CONTEXT_HEADER, PRINCIPAL_HEADER, signPrincipal, verifyPrincipal, type Principal } from '@lcs/platform/trust';

const config = loadConfig(process.env);
const trust = config.trust;
const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const tokens = new WeakMap<Request, Promise<string | undefined>>();

async function principalOf(request: Request): Promise<Principal | undefined> {
  const forwarded = request.headers.get(PRINCIPAL_HEADER);
  if (forwarded) return verifyPrincipal(forwarded, trust).catch(() => undefined);
  const tenant = request.headers.get('x-lcs-tenant');
  if (config.devAuth && tenant && DOMAIN.test(tenant))
    return { tenant, kind: 'dev', sub: 'developer', scope: { type: 'tenant' }, roles: ['developer'] };
  return undefined;
}

/**
 * Context tokens per caller, reused for half their lifetime: a caller's subgraph requests then carry
 * the same header, so Hive's upstream deduplication is not defeated by a token signed anew each
 * second (issue 19: "let each peer reuse a caller's token for its lifetime").
 */
const reused = new Map<string, { token: Promise<string>; until: number }>();
const REUSE_MS = ((trust.ttl ?? 60) * 1000) / 2;

/** The context token of an incoming request (the caller is verified on every request). */
function tokenFor(request: Request): Promise<string | undefined> {
  let t = tokens.get(request);
  if (!t) {
    t = principalOf(request).then((p) => {
      if (!p) return undefined;
      // the caller's own token (or, in development, its tenant) names the caller
      const key = request.headers.get(PRINCIPAL_HEADER) ?? `dev:${p.tenant}`;
      const now = Date.now();
      let hit = reused.get(key);
      if (!hit || hit.until <= now) {
        if (reused.size > 10_000) reused.clear();
        hit = { token: signPrincipal(p, trust), until: now + REUSE_MS };
        reused.set(key, hit);
      }
      return hit.token;
    });
    tokens.set(request, t);
  }
  return t;
}

export const gatewayConfig = defineConfig({
  ...(process.env.BENCH_HIVE_ROUTER === '1' ? { unifiedGraphHandler } : {}),
  ...(process.env.BENCH_HIVE_DEDUP === '0'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => {
      const token = await tokenFor(request);
      return token ? { [CONTEXT_HEADER]: token } : {};
    },
  },
});
