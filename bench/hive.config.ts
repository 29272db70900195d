/**
 * Hive Gateway (the benchmark's peer) as the platform's subgraphs need it: they refuse a request
 * without the signed context header `x-lcs-context` (platform/src/trust.ts). Like our gateway, it
 * authenticates the caller once per incoming request (a signed principal in `x-lcs-principal`,
 * verified with LCS_TRUST_KEYS; outside production also the development header `x-lcs-tenant`),
 * signs the context token with the same keys (HS256 via jose, `signPrincipal`), and sends it to
 * every subgraph the request reaches, through Hive's own `propagateHeaders` option.
 *
 * Hive's HTTP executor deduplicates identical in-flight subgraph queries by default (same URL,
 * headers and body: the benchmark's identical concurrent queries share subgraph work).
 * BENCH_HIVE_DEDUP=0 turns that off, to show how much of Hive's lead it is.
 *
 * Used as `hive-gateway supergraph <file> -c bench/hive.config.ts` by bench/run.ts.
 */
import { defineConfig } from '@graphql-hive/gateway';
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

/** The context token of an incoming request (made once, whatever the number of subgraph calls). */
function tokenFor(request: Request): Promise<string | undefined> {
  let t = tokens.get(request);
  if (!t) {
    t = principalOf(request).then((p) => (p ? signPrincipal(p, trust) : undefined));
    tokens.set(request, t);
  }
  return t;
}

export const gatewayConfig = defineConfig({
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
