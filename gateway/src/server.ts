/**
 * The gateway: @apollo/gateway over the supergraph composed at build time (never by runtime
 * introspection). It authenticates the caller, and forwards who the caller is to the subgraphs
 * as a signed context token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { InProcessDataSource } from './local.ts';
import { DedupDataSource, TextKeepingRemoteDataSource, type ReplicateAudit } from './dedup.ts';
import { directPlanOf, type DirectPlan } from './direct.ts';
import { operationLimitsPlugin, type OperationLimits } from './limits.ts';
import {
  CONTEXT_HEADER, PRINCIPAL_HEADER, PlatformError, graphqlHandler, sendJson, signPrincipal, verifyPrincipal, type Principal, type Route, type SubgraphService, type TrustConfig,
} from '@lcs/platform';
import type { SamlService } from './saml.ts';

export interface GatewayContext {
  principal: Principal;
  /** The signed form of `principal`, sent to every subgraph this request reaches. */
  token: string;
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
  if (staff) return { ...staff, ip: req.socket.remoteAddress };
  const devTenant = req.headers['x-lcs-tenant'];
  if (o.devAuth && typeof devTenant === 'string') {
    if (!DOMAIN.test(devTenant)) throw new PlatformError('BAD_USER_INPUT', `x-lcs-tenant: "${devTenant}" is not a tenant domain`);
    // A developer may act with an entitlement (e.g. x-lcs-entitlements: protected-identity), never in production.
    const asked = req.headers['x-lcs-entitlements'];
    const entitlements = typeof asked === 'string' ? asked.split(',').map((x) => x.trim()).filter(Boolean) : undefined;
    return { tenant: devTenant, kind: 'dev', sub: 'developer', scope: { type: 'tenant' }, roles: ['developer'], entitlements, ip: req.socket.remoteAddress };
  }
  throw new PlatformError('UNAUTHENTICATED', o.devAuth
    ? 'not signed in: in development send the header x-lcs-tenant: <domain> (e.g. demo)'
    : 'not signed in');
}

/**
 * Partner (and facade) callers may run persisted operations only: the body names one by id
 * (`extensions.persistedQuery.sha256Hash`, or `id`); a document of their own is refused.
 * Signed-in staff may send documents (depth and cost limits come with issue 6).
 */
export function persistedOnly(body: unknown, principal: Principal, persisted: Record<string, string>): unknown {
  if (principal.kind !== 'partner') return body;
  const b = (body ?? {}) as { query?: unknown; id?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
  const id = b.extensions?.persistedQuery?.sha256Hash ?? b.id;
  if (typeof id !== 'string' || !persisted[id]) {
    throw new PlatformError('FORBIDDEN', 'partner callers may run persisted operations only; send a known operation id');
  }
  if (b.query !== undefined && b.query !== persisted[id]) throw new PlatformError('FORBIDDEN', 'the document does not match the persisted operation id');
  return { ...b, query: persisted[id], extensions: {} };
}

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
      if (o.direct === false || text === undefined || !persistedTexts.has(text) || direct.has(text) || !requestContext.document) return;
      const plan = directPlanOf(queryPlan, requestContext.document);
      direct.set(text, plan && sources.has(plan.subgraph) ? plan : null);
    },
    buildService: ({ name, url }) => {
      const target = o.subgraphUrls?.[name] ?? url!;
      subgraphs.push({ name, url: target });
      const local = o.localSubgraphs?.[name];
      const Remote = o.dedupe === false ? RemoteGraphQLDataSource : TextKeepingRemoteDataSource;
      const source = local ? new InProcessDataSource(local) : new Remote<GatewayContext>({
        url: target,
        willSendRequest({ request, context }) {
          if (context.token) request.http?.headers.set(CONTEXT_HEADER, context.token);
        },
      });
      // a shared answer's extra deliveries get their audit records (in process, or over HTTP with the signed context)
      const replicate: ReplicateAudit<GatewayContext> = local
        ? (p, receipt, times) => local.replicateAudit(receipt, p.context.principal, times)
        : async (p, receipt, times) => {
          const res = await fetch(new URL('/audit/replicate', target), {
            method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: p.context.token! }, body: JSON.stringify({ receipt, times }),
          });
          if (!res.ok) throw new Error(`${name}: audit records for a shared answer refused (${res.status})`);
        };
      const wrapped = o.dedupe === false ? source as GraphQLDataSource<GatewayContext> : new DedupDataSource<GatewayContext>(name, source as GraphQLDataSource<GatewayContext>, undefined, replicate);
      sources.set(name, wrapped);
      return wrapped;
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: o.introspection ?? false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), operationLimitsPlugin(o.limits)],
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  const handler = graphqlHandler<GatewayContext>({
    apollo,
    context: async (req) => {
      const principal = await authenticate(req, o);
      return { principal, token: await signPrincipal(principal, o.trust) };
    },
    prepareBody: (body, ctx) => persistedOnly(body, ctx.principal, o.persisted ?? {}),
    prefixRoutes: {
      ...o.prefixRoutes,
      ...(o.saml ? { '/saml/': async (req: IncomingMessage, res: ServerResponse) => { await o.saml!.handle(req, res); } } : {}),
    },
    routes: {
      ...o.routes,
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/readyz': async (_req, res) => {
        const checks = await Promise.all(subgraphs.map(async (s) => {
          try {
            const r = await fetch(s.url.replace(/\/graphql$/, '/readyz'), { signal: AbortSignal.timeout(2000) });
            return { name: s.name, ready: r.ok, ...(r.ok ? {} : { detail: await r.text() }) };
          } catch (e) {
            return { name: s.name, ready: false, detail: (e as Error).message };
          }
        }));
        const ready = checks.every((c) => c.ready);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', subgraphs: checks });
      },
    },
  });
  const execute: GatewayService['execute'] = async (query, variables, context) => {
    const plan = direct.get(query);
    if (plan) {
      const source = sources.get(plan.subgraph)!;
      const used: Record<string, unknown> = {};
      for (const v of plan.variableUsages) if (variables[v] !== undefined) used[v] = variables[v];
      const request = { query: plan.query, operationName: plan.operationName, variables: used };
      const incoming = { request: { query, variables }, context, operation: plan.operation, source: query, operationName: plan.operation.name?.value ?? null };
      const r = await source.process({ kind: 'incoming operation', request, context, incomingRequestContext: incoming, pathInIncomingRequest: [] } as unknown as Parameters<GraphQLDataSource<GatewayContext>['process']>[0]);
      // errors as the gateway would report them: message, path, extensions with the subgraph's name
      const errors = r.errors?.map((e) => ({ message: e.message, ...(e.path ? { path: e.path } : {}), extensions: { ...e.extensions, serviceName: plan.subgraph } }));
      return { ...(r.data !== undefined ? { data: r.data as GatewayResult['data'] } : {}), ...(errors?.length ? { errors: errors as GatewayResult['errors'] } : {}) };
    }
    const r = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (r.body.kind !== 'single') throw new Error('incremental delivery is not supported here');
    return r.body.singleResult as GatewayResult;
  };
  const served = o.explorer
    ? (async (req, res) => { if (!(await o.explorer!(req, res))) await handler(req, res); }) as typeof handler
    : handler;
  return { apollo, handler: served, subgraphs, execute, stop: () => apollo.stop() };
}
