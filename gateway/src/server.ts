/**
 * The gateway: @apollo/gateway over the supergraph composed at build time (never by runtime
 * introspection). It authenticates the caller, and forwards who the caller is to the subgraphs
 * as a signed context token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { InProcessDataSource } from './local.ts';
import { DedupDataSource, TextKeepingRemoteDataSource, type ReplicateAudit } from './dedup.ts';
import { directPlanOf, type DirectPlan } from './direct.ts';
import { operationLimitsPlugin, type OperationLimits } from './limits.ts';
import {
  CONTEXT_HEADER,
  MAX_DOCUMENT_TOKENS,
  PLATFORM_OPERATOR,
  PLATFORM_OPERATOR_ROLE,
  PRINCIPAL_HEADER,
  PlatformError,
  RETRY_AFTER_SECONDS,
  formatGraphQLError,
  graphqlHandler,
  sendJson,
  signPrincipal,
  verifyPrincipal,
  type Principal,
  type Route,
  type SubgraphService,
  type TrustConfig,
  Readiness,
  httpReadyCheck,
  inSpan,
  injectTraceHeaders,
  requestInfo,
  type Metrics,
  type RequestInfo,
} from '@lcs/platform';
import { ObservedDataSource, observabilityPlugin, outcomeOf } from './observed.ts';
import type { SamlService } from './saml.ts';
import type { RedisHealth } from '@lcs/platform/redis';

/** Refuses operations the maintenance state does not allow (503 + Retry-After, GatewayOptions.operationGate). */
function maintenancePlugin(gate: NonNullable<GatewayOptions['operationGate']>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const refused = await gate((operation?.operation ?? 'query') as 'query' | 'mutation' | 'subscription');
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
}

export interface GatewayContext {
  principal: Principal;
  /** The signed form of `principal`, sent to every subgraph this request reaches. */
  token: string;
  /** The HTTP request's log/trace record (observe.ts), when it came over HTTP. */
  info?: RequestInfo;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding the ones in the supergraph. */
  subgraphUrls?: Record<string, string>;
  trust: TrustConfig;
  /** Development sign-in: the header `x-lcs-tenant: <domain>` acts as a staff user of that tenant. */
  devAuth: boolean;
  introspection?: boolean;
  /** Depth and cost limits for documents from anyone but partners (who run persisted operations only). */
  limits?: OperationLimits;
  /**
   * Identical subgraph reads in flight at once for the same principal share one execution
   * (gateway/src/dedup.ts); default true.
   */
  dedupe?: boolean;
  /**
   * Persisted operations that one subgraph answers alone go straight to it from their second run
   * on, through `GatewayService.execute` (gateway/src/direct.ts); default true.
   */
  direct?: boolean;
  /** Subgraphs in this process, called directly instead of over HTTP (the all-in-one). */
  localSubgraphs?: Record<string, Pick<SubgraphService, 'execute' | 'replicateAudit'>>;
  /** The persisted operations (id → document): the only ones partner and facade callers may run. */
  persisted?: Record<string, string>;
  /** Staff sign-in over SAML (`/saml/<domain>/…`) and the sessions it creates. */
  saml?: SamlService;
  /** More routes by path prefix (e.g. the development IdP at /dev-idp/). */
  prefixRoutes?: Record<string, Route>;
  /** The process's metrics (operations, subgraph fetches); none: not recorded. */
  metrics?: Metrics;
  /** /readyz: these checks (e.g. the database in the all-in-one) plus one per subgraph. */
  readiness?: Readiness;
  /**
   * Shared state's health (platform/src/redis.ts), reported by /readyz. Redis down does not make
   * the gateway not-ready: it serves in its degraded mode (SAML sign-in refused with 503).
   */
  redisHealth?: () => Promise<RedisHealth>;
  /**
   * Maintenance (platform status-page.ts gatewayWriteGate): refuses an operation of this kind
   * with 503 + Retry-After while the service is in maintenance (mutations only in read-only mode).
   */
  operationGate?: (
    kind: 'query' | 'mutation' | 'subscription',
  ) => Promise<{ status: number; retryAfter: number; message: string } | undefined>;
  /** The supplier's own tenant: its staff holding the role PLATFORM_OPERATOR are platform operators. */
  operatorTenant?: string;
  /** More detail for /readyz (e.g. maintenance, resident-register freshness); `ready: false` makes it 503. */
  readyDetail?: () => Promise<Record<string, unknown> & { ready?: boolean }>;
  /** More routes by exact path (e.g. the console's /console/session). */
  routes?: Record<string, Route>;
  /** Answers a browser's request for /graphql as HTML (the explorer, gateway/src/console.ts); false: not such a request. */
  explorer?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

const DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Who is calling: a forwarded partner principal, a signed-in staff session (SAML), or in development the x-lcs-tenant header. */
export async function authenticate(req: IncomingMessage, o: GatewayOptions): Promise<Principal> {
  const forwarded = req.headers[PRINCIPAL_HEADER];
  if (typeof forwarded === 'string') {
    // A partner the REST facade authenticated (key + client certificate), signed with the trust key.
    try {
      return await verifyPrincipal(forwarded, o.trust);
    } catch (e) {
      throw new PlatformError('UNAUTHENTICATED', `invalid forwarded principal (${(e as Error).message})`);
    }
  }
  const staff = await o.saml?.authenticate(req);
  if (staff) {
    // the operator entitlement: only the operator tenant's PLATFORM_OPERATOR role holders (platform operations.ts)
    const operator =
      !!o.operatorTenant && staff.tenant === o.operatorTenant && !!staff.roles?.includes(PLATFORM_OPERATOR_ROLE);
    return {
      ...staff,
      ...(operator ? { entitlements: [...(staff.entitlements ?? []), PLATFORM_OPERATOR] } : {}),
      ip: req.socket.remoteAddress,
    };
  }
  const devTenant = req.headers['x-lcs-tenant'];
  if (o.devAuth && typeof devTenant === 'string') {
    if (!DOMAIN.test(devTenant))
      throw new PlatformError('BAD_USER_INPUT', `x-lcs-tenant: "${devTenant}" is not a tenant domain`);
    // A developer may act with an entitlement (e.g. x-lcs-entitlements: protected-identity), never in production.
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
  }
  throw new PlatformError(
    'UNAUTHENTICATED',
    o.devAuth ? 'not signed in: in development send the header x-lcs-tenant: <domain> (e.g. demo)' : 'not signed in',
  );
}

/**
 * Partner (and facade) callers may run persisted operations only: the body names one by id
 * (`extensions.persistedQuery.sha256Hash`, or `id`); a document of their own is refused.
 * Signed-in staff may send documents (depth and cost limits come with issue 6).
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

/**
 * An answer without data whose errors say the database is unavailable goes out as 503 with
 * Retry-After (the errors keep their code UNAVAILABLE), so clients and load balancers back off.
 */
const unavailablePlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data || !errors?.length || !errors.every((e) => e.extensions?.code === 'UNAVAILABLE')) return;
        response.http.status = 503;
        // the longest wait any error asks for (maintenance names its end), else the database's retry
        const asked = errors.map((e) => Number(e.extensions?.retryAfter)).filter((n) => Number.isFinite(n) && n > 0);
        if (!response.http.headers.has('retry-after'))
          response.http.headers.set('retry-after', String(asked.length ? Math.max(...asked) : RETRY_AFTER_SECONDS));
      },
    };
  },
};

/** What the gateway answers an operation with (the GraphQL response body). */
export interface GatewayResult {
  data?: Record<string, any> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown>; [k: string]: unknown }[];
}

export interface GatewayService {
  apollo: ApolloServer<GatewayContext>;
  /**
   * Runs a document in process as the context's principal. A persisted operation that one
   * subgraph answers alone goes straight to it once planned (gateway/src/direct.ts); anything
   * else through the gateway.
   */
  execute(query: string, variables: Record<string, unknown>, context: GatewayContext): Promise<GatewayResult>;
  handler: ReturnType<typeof graphqlHandler<GatewayContext>>;
  subgraphs: { name: string; url: string }[];
  /** Its /readyz (each subgraph, and what `readiness` was given); drains on shutdown. */
  readiness: Readiness;
  stop(): Promise<void>;
}

export async function createGateway(o: GatewayOptions): Promise<GatewayService> {
  const subgraphs: { name: string; url: string }[] = [];
  const sources = new Map<string, GraphQLDataSource<GatewayContext>>();
  // Persisted operations' direct plans (null: the gateway runs it), by document, learnt on first run.
  const persistedTexts = new Set(Object.values(o.persisted ?? {}));
  const direct = new Map<string, DirectPlan | null>();
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
      const text = requestContext.source;
      if (
        o.direct === false ||
        text === undefined ||
        !persistedTexts.has(text) ||
        direct.has(text) ||
        !requestContext.document
      )
        return;
      const plan = directPlanOf(queryPlan, requestContext.document);
      direct.set(text, plan && sources.has(plan.subgraph) ? plan : null);
    },
    buildService: ({ name, url }) => {
      const target = o.subgraphUrls?.[name] ?? url!;
      subgraphs.push({ name, url: target });
      const local = o.localSubgraphs?.[name];
      const Remote = o.dedupe === false ? RemoteGraphQLDataSource : TextKeepingRemoteDataSource;
      const source = local
        ? new InProcessDataSource(local)
        : new Remote<GatewayContext>({
            url: target,
            willSendRequest({ request, context }) {
              if (context.token) request.http?.headers.set(CONTEXT_HEADER, context.token);
              if (request.http) injectTraceHeaders(request.http.headers); // W3C traceparent: the subgraph continues the trace
            },
          });
      // a shared answer's extra deliveries get their audit records (in process, or over HTTP with the signed context)
      const replicate: ReplicateAudit<GatewayContext> = local
        ? (p, receipt, times) => local.replicateAudit(receipt, p.context.principal, times)
        : async (p, receipt, times) => {
            const res = await fetch(new URL('/audit/replicate', target), {
              method: 'POST',
              headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: p.context.token! },
              body: JSON.stringify({ receipt, times }),
            });
            if (!res.ok) throw new Error(`${name}: audit records for a shared answer refused (${res.status})`);
          };
      const deduped =
        o.dedupe === false
          ? (source as GraphQLDataSource<GatewayContext>)
          : new DedupDataSource<GatewayContext>(
              name,
              source as GraphQLDataSource<GatewayContext>,
              undefined,
              replicate,
            );
      const wrapped = new ObservedDataSource<GatewayContext>(name, deduped, o.metrics);
      sources.set(name, wrapped);
      return wrapped;
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: o.introspection ?? false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin(o.limits),
      unavailablePlugin,
      observabilityPlugin<GatewayContext>(o.metrics),
      ...(o.operationGate ? [maintenancePlugin(o.operationGate)] : []),
    ],
    includeStacktraceInErrorResponses: false,
    // caller errors pass, database failures are translated, anything else is masked (platform failure.ts)
    formatError: formatGraphQLError,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
  });
  await apollo.start();
  const readiness = o.readiness ?? new Readiness([], o.metrics);
  for (const s of subgraphs)
    readiness.add(httpReadyCheck(`subgraph:${s.name}`, s.url.replace(/\/graphql$/, '/readyz')));
  // maintenance and resident-register freshness (operations); `ready: false` makes it 503
  if (o.readyDetail) readiness.addDetail(o.readyDetail);
  // shared state: its loss degrades (SAML sign-in refused, local limits) but does not stop reads
  if (o.redisHealth) {
    const health = o.redisHealth;
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
  const handler = graphqlHandler<GatewayContext>({
    apollo,
    context: async (req) => {
      const principal = await authenticate(req, o);
      const info = requestInfo(req);
      if (info)
        Object.assign(info, {
          tenant: principal.tenant,
          principalKind: principal.kind,
          principalId: principal.sub,
          package: principal.package,
        });
      return { principal, token: await signPrincipal(principal, o.trust), info };
    },
    prepareBody: (body, ctx) => persistedOnly(body, ctx.principal, o.persisted ?? {}),
    prefixRoutes: {
      ...o.prefixRoutes,
      ...(o.saml
        ? {
            '/saml/': async (req: IncomingMessage, res: ServerResponse) => {
              await o.saml!.handle(req, res);
            },
          }
        : {}),
    },
    routes: {
      ...o.routes,
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/readyz': readiness.handle,
    },
  });
  // in process (the facade of the all-in-one): a span of its own, as the gateway's HTTP server span would be
  const execute: GatewayService['execute'] = (query, variables, context) =>
    inSpan('gateway', { 'lcs.part': 'gateway', 'lcs.tenant': context.principal.tenant }, () =>
      executeHere(query, variables, context),
    );
  const executeHere: GatewayService['execute'] = async (query, variables, context) => {
    const plan = direct.get(query);
    if (plan) {
      const t0 = process.hrtime.bigint();
      const source = sources.get(plan.subgraph)!;
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
      } as unknown as Parameters<GraphQLDataSource<GatewayContext>['process']>[0]);
      // errors as the gateway would report them: message, path, extensions with the subgraph's name
      const errors = r.errors?.map((e) => ({
        message: e.message,
        ...(e.path ? { path: e.path } : {}),
        extensions: { ...e.extensions, serviceName: plan.subgraph },
      }));
      if (o.metrics) {
        // counted here: Apollo (and its plugin) does not see operations that go straight to a subgraph
        const operation = o.metrics.operationName.of(plan.operation.name?.value),
          outcome = outcomeOf(r);
        o.metrics.graphqlOperations.inc({ operation, outcome, tenant: context.principal.tenant });
        o.metrics.graphqlDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - t0) / 1e9);
      }
      return {
        ...(r.data !== undefined ? { data: r.data as GatewayResult['data'] } : {}),
        ...(errors?.length ? { errors: errors as GatewayResult['errors'] } : {}),
      };
    }
    const r = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (r.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return r.body.singleResult as GatewayResult;
  };
  const served = o.explorer
    ? ((async (req, res) => {
        if (!(await o.explorer!(req, res))) await handler(req, res);
      }) as typeof handler)
    : handler;
  return { apollo, handler: served, subgraphs, execute, readiness, stop: () => apollo.stop() };
}
