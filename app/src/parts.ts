/**
 * Each part of the platform as a process of its own, configured from its environment (scale-out:
 * any number of replicas of each behind a load balancer): `node --import tsx app/src/serve.ts
 * <part>`, or `pnpm lcs serve <part>`; `pnpm lcs start --split` starts one of each for development.
 * Each part's composition root reads its configuration once (`…Config(env)`) and wires its pieces
 * (`start…(config)`): subgraph.ts, gateway.ts, facade.ts; the all-in-one is stack.ts.
 *
 * Every part (environment):
 *   PORT, LCS_HOST (127.0.0.1), NODE_ENV, LCS_TRUST_KEYS (the same on every part: the signed
 *   context between them), DATABASE_URL (the owner, straight to PostgreSQL: migrations take a
 *   session-level lock), APP_DATABASE_URL (the app role; through PgBouncer in transaction mode
 *   with LCS_DB_POOLED=1), LCS_DB_POOL (connections per process), REDIS_URL (shared state),
 *   LCS_ADMIN_HOST / LCS_ADMIN_PORT (the admin listener: /metrics, /healthz, /readyz; plain HTTP,
 *   also the probes' port), LCS_METRICS=0 (no metrics), OTEL_EXPORTER_OTLP_ENDPOINT (traces),
 *   LCS_DRAIN_MS (how long /readyz says "draining" before the listener closes on SIGTERM; 2000),
 *   LCS_HEAP_GROWTH (the old generation's growth past what is live, percent; 100; env.ts).
 * The gateway and the facade read more: see gateway.ts and facade.ts; `all-in-one` (every part in one
 * process, what `pnpm start` runs after preparing development keys and demo data): all-in-one.ts.
 *
 * SIGTERM: /readyz turns 503 ("draining") while requests are still served (with Connection:
 * close), so the load balancer moves away; after LCS_DRAIN_MS the listener closes, in-flight
 * requests finish (at most 25 s), then pools and connections close and spans are flushed.
 */
import type { RunningPart } from '@lcs/platform';
import { SUBGRAPHS } from './subgraphs.ts';
import { subgraphConfig, startSubgraph } from './subgraph.ts';
import { gatewayConfig, startGateway } from './gateway.ts';
import { facadeConfig, startFacade } from './facade.ts';
import { allInOneConfig, startAllInOne } from './all-in-one.ts';
import { ConfigError } from './env.ts';

export const PARTS = ['gateway', 'facade', ...SUBGRAPHS.map((d) => d.name), 'all-in-one'] as const;

export { ConfigError } from './env.ts';
export type { RunningPart } from '@lcs/platform';

/** Reads the part's configuration from `env` (ConfigError when it is incomplete), then starts it. */
export async function startPart(part: string, env: NodeJS.ProcessEnv = process.env): Promise<RunningPart> {
  if (part === 'gateway') return startGateway(gatewayConfig(env));
  if (part === 'facade') return startFacade(facadeConfig(env));
  if (SUBGRAPHS.some((d) => d.name === part)) return startSubgraph(subgraphConfig(part, env));
  if (part === 'all-in-one') return startAllInOne(allInOneConfig(env));
  throw new ConfigError(`no part "${part}"; one of: ${PARTS.join(', ')}`);
}
