/**
 * The gateway: @apollo/gateway over the supergraph composed at build time (never by runtime
 * introspection). It authenticates the caller, and forwards who the caller is to the subgraphs
 * as a signed context token. Its features (limits, persisted-only callers, deduplication, the
 * direct path, sign-in, maintenance, …) are plugins (plugins.ts) the composition root lists.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { InProcessDataSource } from './local.ts';
import { subgraphFetcher } from './fetcher.ts';
import {
  CONTEXT_HEADER,
  MAX_DOCUMENT_TOKENS,
  PRINCIPAL_HEADER,
  PlatformError,
  RETRY_AFTER_SECONDS,
  apolloServerBase,
  graphqlHandler,
  sendJson,
  signPrincipalReused,
  verifyPrincipal,
  type Principal,
  type Route,
  type SubgraphService,
  type TrustConfig,
  Readiness,
  httpReadyCheck,
  inSpan,
  injectTraceHeaders,
  notePrincipal,
  type Metrics,
  type RequestInfo,
  type AuditDeferral,
  type MaintenanceNow,
  maintenanceSeen,
} from '@lcs/platform';
import { ObservedDataSource, observabilityPlugin } from './observed.ts';
import type { GatewayPlugin } from './plugins.ts';

export * from './plugins.ts';

export interface GatewayContext {
  principal: Principal;
  /** The signed form of `principal`, sent to every subgraph this request reaches. */
  token: string;
  /** The HTTP request's log/trace record (observe.ts), when it came over HTTP. */
  info?: RequestInfo;
  /** The maintenance state the listener's gate admitted the request under (status-page.ts). */
  maintenance?: MaintenanceNow;
  /**
   * A read held for later delivery (the facade's read-ahead): the in-process subgraphs hand their
   * audit records' commit to it (platform audit.ts AuditDeferral); it runs alone (no in-flight
   * sharing), and a subgraph over HTTP refuses it (its record would be committed at once).
   */
  deferAudit?: AuditDeferral;
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding the ones in the supergraph. */
  subgraphUrls?: Record<string, string>;
  trust: TrustConfig;
  introspection?: boolean;
  /** The features, in order (plugins.ts: standardPlugins, samlPlugin, devSignInPlugin, …). */
  plugins?: GatewayPlugin[];
  /** Subgraphs in this process, called directly instead of over HTTP (the all-in-one). */
  localSubgraphs?: Record<string, Pick<SubgraphService, 'execute' | 'replicateAudit'>>;
  /** The process's metrics (operations, subgraph fetches); none: not recorded. */
  metrics?: Metrics;
  /** /readyz: these checks (e.g. the database in the all-in-one) plus one per subgraph. */
  readiness?: Readiness;
  /** Budget of one subgraph fetch over HTTP, answer included; default SUBGRAPH_TIMEOUT_MS. */
  subgraphTimeoutMs?: number;
}

/**
 * A subgraph fetch over HTTP that has not answered in full by then is given up: the operation
 * answers UNAVAILABLE (503) instead of waiting on. Below the facade's budget for the gateway
 * (rest-facade GATEWAY_TIMEOUT_MS, 30 s), so a slow subgraph is a clear error there too.
 */
export const SUBGRAPH_TIMEOUT_MS = 25_000;

/**
 * Who is calling: a partner principal the REST facade forwarded (signed with the trust key), else
 * whoever a sign-in plugin recognises (a SAML session; in development the x-lcs-tenant header).
 */
export async function authenticate(
  req: IncomingMessage,
  o: Pick<GatewayOptions, 'trust' | 'plugins'>,
): Promise<Principal> {
  const forwarded = req.headers[PRINCIPAL_HEADER];
  if (typeof forwarded === 'string') {
    try {
      return await verifyPrincipal(forwarded, o.trust);
    } catch (e) {
      throw new PlatformError('UNAUTHENTICATED', `invalid forwarded principal (${(e as Error).message})`);
    }
  }
  for (const p of o.plugins ?? []) {
    const principal = await p.authenticate?.(req);
    if (principal) return principal;
  }
  const hint = o.plugins?.find((p) => p.signInHint)?.signInHint;
  throw new PlatformError('UNAUTHENTICATED', hint ? `not signed in: ${hint}` : 'not signed in');
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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON whose shape the operation decides
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
  const plugins = o.plugins ?? [];
  const subgraphs: { name: string; url: string }[] = [];
  const sources = new Map<string, GraphQLDataSource<GatewayContext>>();
  const Remote = [...plugins].reverse().find((p) => p.remoteSource)?.remoteSource ?? RemoteGraphQLDataSource;
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    experimental_didResolveQueryPlan: (p) => {
      for (const plugin of plugins) plugin.planned?.(p);
    },
    buildService: ({ name, url }) => {
      const target = o.subgraphUrls?.[name] ?? url!;
      subgraphs.push({ name, url: target });
      const local = o.localSubgraphs?.[name];
      let source: GraphQLDataSource<GatewayContext> = local
        ? new InProcessDataSource(local)
        : new Remote<GatewayContext>({
            url: target,
            // node:http with keep-alive and a budget that covers the body too (fetcher.ts)
            fetcher: subgraphFetcher(o.subgraphTimeoutMs ?? SUBGRAPH_TIMEOUT_MS),
            // cache hints are off (every answer is no-store personal data): no subgraph's
            // cache-control header needs parsing on every fetch
            honorSubgraphCacheControlHeader: false,
            willSendRequest({ request, context }) {
              if (context.deferAudit)
                throw new Error(`${name}: a read held for later delivery is served by in-process subgraphs only`);
              if (context.token) request.http?.headers.set(CONTEXT_HEADER, context.token);
              // W3C traceparent: the subgraph continues the trace
              if (request.http) injectTraceHeaders(request.http.headers);
            },
          });
      for (const plugin of plugins)
        if (plugin.wrapSource) source = plugin.wrapSource({ name, url: target, local, source });
      const wrapped = new ObservedDataSource<GatewayContext>(name, source, o.metrics, !local);
      sources.set(name, wrapped);
      return wrapped;
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    ...apolloServerBase(o.introspection),
    gateway,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...plugins.flatMap((p) => p.apollo ?? []),
      unavailablePlugin,
      observabilityPlugin<GatewayContext>(o.metrics),
    ],
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
  });
  await apollo.start();
  for (const p of plugins) p.attach?.({ sources, metrics: o.metrics });
  const readiness = o.readiness ?? new Readiness([], o.metrics);
  // A subgraph that is not ready makes the gateway `degraded`, not unready: every gateway replica sees
  // the same subgraph, so a critical check would take all of them out of the load balancer at once
  // (a subgraph's rolling restart turned into 503s for everything). The gateway keeps answering what
  // the other subgraphs serve; fields of the missing one are UNAVAILABLE (503 + Retry-After at the facade).
  for (const s of subgraphs)
    readiness.add({
      ...httpReadyCheck(`subgraph:${s.name}`, s.url.replace(/\/graphql$/, '/readyz')),
      critical: false,
    });
  for (const p of plugins) p.readiness?.(readiness);
  const handler = graphqlHandler<GatewayContext>({
    apollo,
    context: async (req) => {
      const principal = await authenticate(req, o);
      const info = notePrincipal(req, principal);
      return {
        principal,
        token: await signPrincipalReused(principal, o.trust),
        info,
        maintenance: maintenanceSeen(req),
      };
    },
    prepareBody: (body, ctx) => plugins.reduce((b, p) => (p.prepareBody ? p.prepareBody(b, ctx) : b), body),
    prefixRoutes: Object.assign({}, ...plugins.map((p) => p.prefixRoutes ?? {})) as Record<string, Route>,
    routes: {
      ...(Object.assign({}, ...plugins.map((p) => p.routes ?? {})) as Record<string, Route>),
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
    for (const p of plugins) {
      const answered = await p.execute?.(query, variables, context);
      if (answered) return answered;
    }
    const r = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (r.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return r.body.singleResult as GatewayResult;
  };
  const intercepts = plugins.flatMap((p) => (p.intercept ? [p.intercept] : []));
  const served = intercepts.length
    ? ((async (req: IncomingMessage, res: ServerResponse) => {
        for (const i of intercepts) if (await i(req, res)) return;
        await handler(req, res);
      }) as typeof handler)
    : handler;
  return { apollo, handler: served, subgraphs, execute, readiness, stop: () => apollo.stop() };
}
