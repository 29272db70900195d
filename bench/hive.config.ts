/**
 * Hive Gateway (the benchmark's peer) as the platform's subgraphs need it: they refuse a request
 * without the signed context header `x-lcs-context` (platform/src/trust.ts). Like our gateway,
 * it reads the development sign-in header `x-lcs-tenant`, signs the same principal once per
 * incoming request with the same LCS_TRUST_KEYS (HS256 via jose, `signPrincipal`), and sends it
 * to every subgraph the request reaches, through Hive's own `propagateHeaders` option.
 *
 * Used as `hive-gateway supergraph <file> -c bench/hive.config.ts` by bench/run.ts.
 */
import { defineConfig } from '@graphql-hive/gateway';
import { CONTEXT_HEADER, loadConfig, signPrincipal } from '@lcs/platform';

const trust = loadConfig(process.env).trust;
const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const tokens = new WeakMap<Request, Promise<string | undefined>>();

function tokenFor(request: Request): Promise<string | undefined> {
  let t = tokens.get(request);
  if (!t) {
    const tenant = request.headers.get('x-lcs-tenant');
    t = tenant && DOMAIN.test(tenant)
      ? signPrincipal({ tenant, kind: 'dev', sub: 'developer', scope: { type: 'tenant' }, roles: ['developer'] }, trust)
      : Promise.resolve(undefined);
    tokens.set(request, t);
  }
  return t;
}

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => {
      const token = await tokenFor(request);
      return token ? { [CONTEXT_HEADER]: token } : {};
    },
  },
});
