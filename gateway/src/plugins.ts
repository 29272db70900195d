/**
 * The gateway's features as plugins: `createGateway` (server.ts) runs a core — the supergraph, the
 * signed context towards the subgraphs, the HTTP routes, /readyz — and each composition root (the
 * all-in-one, the gateway alone) lists the features it wants: operation limits, persisted-only
 * callers, in-flight deduplication, the direct path, staff sign-in (SAML), development sign-in,
 * maintenance, shared-state health, the console and explorer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayConfig, GraphQLDataSource } from '@apollo/gateway';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  CONTEXT_HEADER,
  PLATFORM_OPERATOR,
  PLATFORM_OPERATOR_ROLE,
  PlatformError,
  type MaintenanceNow,
  type Metrics,
  type Principal,
  type Readiness,
  type Route,
  type SubgraphService,
} from '@lcs/platform';
import type { RedisHealth } from '@lcs/platform/redis';
import { DedupDataSource, TextKeepingRemoteDataSource, type ReplicateAudit } from './dedup.ts';
import { directPlanOf, type DirectPlan } from './direct.ts';
import { DEFAULT_LIMITS, operationLimitsPlugin, type OperationLimits } from './limits.ts';
import { outcomeOf } from './observed.ts';
import type { SamlService } from './saml.ts';
import type { GatewayContext, GatewayResult } from './server.ts';

type Source = GraphQLDataSource<GatewayContext>;
type PlanInfo = Parameters<NonNullable<GatewayConfig['experimental_didResolveQueryPlan']>>[0];

/** A subgraph as the gateway reaches it, handed to `wrapSource`. */
export interface SubgraphSource {
  name: string;
  /** Its GraphQL URL (the supergraph's, or the override). */
  url: string;
  /** The subgraph in this process (the all-in-one), called without HTTP. */
  local?: Pick<SubgraphService, 'execute' | 'replicateAudit'>;
  source: Source;
}

/** What the gateway hands plugins once its data sources are built. */
export interface GatewayInternals {
  sources: ReadonlyMap<string, Source>;
  metrics?: Metrics;
}

export interface GatewayPlugin {
  /** For diagnostics. */
  name: string;
  /** Apollo Server plugins. */
  apollo?: ApolloServerPlugin<GatewayContext>[];
  /** A caller this feature recognises (e.g. a SAML session); undefined: not one of its callers. */
  authenticate?: (req: IncomingMessage) => Promise<Principal | undefined>;
  /** Added to the "not signed in" answer (e.g. how to sign in during development). */
  signInHint?: string;
  /** Rewrites a request's body once the caller is known (persisted-only). */
  prepareBody?: (body: unknown, context: GatewayContext) => unknown;
  /** The HTTP data source class for remote subgraphs. */
  remoteSource?: typeof RemoteGraphQLDataSource;
  /** Wraps each subgraph's data source, in the order the plugins are listed. */
  wrapSource?: (s: SubgraphSource) => Source;
  /** Sees each query plan. */
  planned?: (p: PlanInfo) => void;
  /** Answers an operation run in process (`GatewayService.execute`) itself; undefined: the gateway runs it. */
  execute?: (
    query: string,
    variables: Record<string, unknown>,
    context: GatewayContext,
  ) => Promise<GatewayResult | undefined>;
  /** Routes by exact path, and by path prefix. */
  routes?: Record<string, Route>;
  prefixRoutes?: Record<string, Route>;
  /** Answers a request before the GraphQL handler (e.g. a browser's page for /graphql); true: answered. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Adds checks and details to /readyz. */
  readiness?: (r: Readiness) => void;
  /** Called once the data sources are built. */
  attach?: (gw: GatewayInternals) => void;
}

/** Depth and cost limits for documents from anyone but partners (who run persisted operations only). */
export function limitsPlugin(limits: OperationLimits = DEFAULT_LIMITS): GatewayPlugin {
  return { name: 'limits', apollo: [operationLimitsPlugin(limits)] };
}

/**
 * Partner (and facade) callers may run persisted operations only: the body names one by id
 * (`extensions.persistedQuery.sha256Hash`, or `id`); a document of their own is refused.
 * Signed-in staff may send documents (within the operation limits).
 */
export function persistedOnly(body: unknown, principal: Principal, persisted: Record<string, string>): unknown {
  if (principal.kind !== 'partner') return body;
  const b = (body ?? {}) as {
    query?: unknown;
    id?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown } };
  };
  const id = b.extensions?.persistedQuery?.sha256Hash ?? b.id;
  if (typeof id !== 'string' || !persisted[id]) {
    throw new PlatformError(
      'FORBIDDEN',
      'partner callers may run persisted operations only; send a known operation id',
    );
  }
  if (b.query !== undefined && b.query !== persisted[id])
    throw new PlatformError('FORBIDDEN', 'the document does not match the persisted operation id');
  return { ...b, query: persisted[id], extensions: {} };
}

/** The persisted operations (id → document): the only ones partner and facade callers may run. */
export function persistedOnlyPlugin(persisted: Record<string, string>): GatewayPlugin {
  return { name: 'persisted-only', prepareBody: (body, ctx) => persistedOnly(body, ctx.principal, persisted) };
}

/**
 * Identical subgraph reads in flight at once for the same principal share one execution
 * (dedup.ts); a shared answer's extra deliveries get their audit records, in process or over HTTP
 * with the signed context.
 */
export function dedupPlugin(): GatewayPlugin {
  return {
    name: 'dedup',
    remoteSource: TextKeepingRemoteDataSource,
    wrapSource({ name, url, local, source }) {
      const replicate: ReplicateAudit<GatewayContext> = local
        ? (p, receipt, times) => local.replicateAudit(receipt, p.context.principal, times)
        : async (p, receipt, times) => {
            const res = await fetch(new URL('/audit/replicate', url), {
              method: 'POST',
              headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: p.context.token },
              body: JSON.stringify({ receipt, times }),
            });
            if (!res.ok) throw new Error(`${name}: audit records for a shared answer refused (${res.status})`);
          };
      return new DedupDataSource<GatewayContext>(name, source, undefined, replicate);
    },
  };
}

/**
 * Persisted operations that one subgraph answers alone go straight to it from their second run on,
 * through `GatewayService.execute` (direct.ts).
 */
export function directPathPlugin(persisted: Record<string, string>): GatewayPlugin {
  const texts = new Set(Object.values(persisted));
  // direct plans (null: the gateway runs it), by document, learnt on first run
  const direct = new Map<string, DirectPlan | null>();
  let gw: GatewayInternals | undefined;
  return {
    name: 'direct-path',
    attach: (internals) => void (gw = internals),
    planned({ queryPlan, requestContext }) {
      const text = requestContext.source;
      if (text === undefined || !texts.has(text) || direct.has(text) || !requestContext.document) return;
      const plan = directPlanOf(queryPlan, requestContext.document);
      direct.set(text, plan && gw?.sources.has(plan.subgraph) ? plan : null);
    },
    async execute(query, variables, context) {
      const plan = direct.get(query);
      if (!plan || !gw) return undefined;
      const t0 = process.hrtime.bigint();
      const source = gw.sources.get(plan.subgraph)!;
      const used: Record<string, unknown> = {};
      for (const v of plan.variableUsages) if (variables[v] !== undefined) used[v] = variables[v];
      const request = { query: plan.query, operationName: plan.operationName, variables: used };
      const incoming = {
        request: { query, variables },
        context,
        operation: plan.operation,
        source: query,
        operationName: plan.operation.name?.value ?? null,
      };
      const r = await source.process({
        kind: 'incoming operation',
        request,
        context,
        incomingRequestContext: incoming,
        pathInIncomingRequest: [],
      } as unknown as Parameters<Source['process']>[0]);
      // errors as the gateway would report them: message, path, extensions with the subgraph's name
      const errors = r.errors?.map((e) => ({
        message: e.message,
        ...(e.path ? { path: e.path } : {}),
        extensions: { ...e.extensions, serviceName: plan.subgraph },
      }));
      const metrics = gw.metrics;
      if (metrics) {
        // counted here: Apollo (and its plugin) does not see operations that go straight to a subgraph
        const operation = metrics.operationName.of(plan.operation.name?.value);
        const outcome = outcomeOf(r);
        metrics.graphqlOperations.inc({ operation, outcome, tenant: context.principal.tenant });
        metrics.graphqlDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - t0) / 1e9);
      }
      return {
        ...(r.data !== undefined ? { data: r.data as GatewayResult['data'] } : {}),
        ...(errors?.length ? { errors: errors as GatewayResult['errors'] } : {}),
      };
    },
  };
}

/**
 * Staff sign-in over SAML (`/saml/<domain>/…`) and the sessions it creates. The operator tenant's
 * staff holding the role PLATFORM_OPERATOR are platform operators (platform operations.ts).
 */
export function samlPlugin(saml: SamlService, o: { operatorTenant?: string } = {}): GatewayPlugin {
  return {
    name: 'saml',
    async authenticate(req) {
      const staff = await saml.authenticate(req);
      if (!staff) return undefined;
      const operator =
        !!o.operatorTenant && staff.tenant === o.operatorTenant && !!staff.roles?.includes(PLATFORM_OPERATOR_ROLE);
      return {
        ...staff,
        ...(operator ? { entitlements: [...(staff.entitlements ?? []), PLATFORM_OPERATOR] } : {}),
        ip: req.socket.remoteAddress,
      };
    },
    prefixRoutes: {
      '/saml/': async (req, res) => {
        await saml.handle(req, res);
      },
    },
  };
}

const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * DEVELOPMENT ONLY: the header `x-lcs-tenant: <domain>` acts as a staff user of that tenant, with
 * the entitlements of `x-lcs-entitlements` (e.g. protected-identity). Composed only when
 * configuration allows it (never in production, platform config.ts).
 */
export function devSignInPlugin(): GatewayPlugin {
  return {
    name: 'dev-sign-in',
    signInHint: 'in development send the header x-lcs-tenant: <domain> (e.g. demo)',
    async authenticate(req) {
      const devTenant = req.headers['x-lcs-tenant'];
      if (typeof devTenant !== 'string') return undefined;
      if (!DOMAIN.test(devTenant))
        throw new PlatformError('BAD_USER_INPUT', `x-lcs-tenant: "${devTenant}" is not a tenant domain`);
      const asked = req.headers['x-lcs-entitlements'];
      const entitlements =
        typeof asked === 'string'
          ? asked
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          : undefined;
      return {
        tenant: devTenant,
        kind: 'dev',
        sub: 'developer',
        scope: { type: 'tenant' },
        roles: ['developer'],
        entitlements,
        ip: req.socket.remoteAddress,
      };
    },
  };
}

/** The maintenance state's verdict on an operation kind (platform status-page.ts gatewayWriteGate). */
export type OperationGate = (
  kind: 'query' | 'mutation' | 'subscription',
  /** The state the HTTP gate admitted the request under; none (in-process callers): read it now. */
  seen?: MaintenanceNow,
) => Promise<{ status: number; retryAfter: number; message: string } | undefined>;

/** Refuses operations the maintenance state does not allow (503 + Retry-After). */
export function maintenancePlugin(gate: OperationGate): GatewayPlugin {
  const apollo: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const kind = (operation?.operation ?? 'query') as 'query' | 'mutation' | 'subscription';
          const refused = await gate(kind, contextValue.maintenance);
          if (!refused) return;
          // Apollo Server reads extensions.http (status, headers as a Map) from errors thrown here
          const http = { status: refused.status, headers: new Map([['retry-after', String(refused.retryAfter)]]) };
          throw new GraphQLError(refused.message, {
            extensions: { code: 'UNAVAILABLE', retryAfter: refused.retryAfter, http: http as never },
          });
        },
      };
    },
  };
  return { name: 'maintenance', apollo: [apollo] };
}

/**
 * Shared state's health (platform/src/redis.ts) in /readyz. Redis down does not make the process
 * not-ready: it serves in its degraded mode (SAML sign-in refused with 503, per-process limits).
 */
export function addRedisReadiness(readiness: Readiness, health: () => Promise<RedisHealth>): void {
  // one PING per report: the check's answer is also the report's `redis` detail (details follow the checks)
  let last: Promise<RedisHealth> | undefined;
  readiness.add({
    name: 'redis',
    critical: false,
    check: async () => {
      const h = await (last = health());
      if (h.configured && !h.ok) throw new Error(h.detail ?? 'Redis is unreachable');
    },
  });
  readiness.addDetail(async () => ({ redis: await (last ?? health()) })); // {configured, ok, latencyMs, degraded}
}

export function redisHealthPlugin(health: () => Promise<RedisHealth>): GatewayPlugin {
  return { name: 'redis-health', readiness: (r) => addRedisReadiness(r, health) };
}

/** More detail for /readyz (e.g. maintenance, resident-register freshness); `ready: false` makes it 503. */
export function readyDetailPlugin(detail: () => Promise<Record<string, unknown> & { ready?: boolean }>): GatewayPlugin {
  return { name: 'ready-detail', readiness: (r) => r.addDetail(detail) };
}

/** More routes (e.g. the console, the development IdP at /dev-idp/); `intercept` for the explorer. */
export function routesPlugin(
  name: string,
  o: Pick<GatewayPlugin, 'routes' | 'prefixRoutes' | 'intercept'>,
): GatewayPlugin {
  return { name, ...o };
}

/**
 * The features every gateway runs with: operation limits, persisted-only partner callers,
 * in-flight deduplication and the direct path. Composition roots add sign-in, maintenance,
 * health and routes. `dedup: false` leaves the deduplication out (LCS_GATEWAY_DEDUP=0: benchmarks
 * compare with and without it).
 */
export function standardPlugins(o: {
  persisted: Record<string, string>;
  limits?: OperationLimits;
  dedup?: boolean;
}): GatewayPlugin[] {
  return [
    limitsPlugin(o.limits),
    persistedOnlyPlugin(o.persisted),
    ...(o.dedup === false ? [] : [dedupPlugin()]),
    directPathPlugin(o.persisted),
  ];
}
