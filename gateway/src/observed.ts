/**
 * The gateway's part of observability: every subgraph fetch (in process or over HTTP, shared by
 * deduplication or not) in a client span with its latency and errors per subgraph, and every
 * GraphQL operation Apollo runs counted per operation name and outcome, its errors carrying the
 * request's trace id (`extensions.traceId`) so a caller can quote it.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  PlatformError,
  RETRY_AFTER_SECONDS,
  activeTraceId,
  inSpan,
  secondsSince,
  transportFailure,
  type Metrics,
  type RequestInfo,
} from '@lcs/platform';
import { SpanKind } from '@lcs/platform/tracing';

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

export type Outcome = 'ok' | 'partial' | 'error';
export const outcomeOf = (r: { data?: unknown; errors?: readonly unknown[] | null }): Outcome =>
  r.errors?.length ? (r.data ? 'partial' : 'error') : 'ok';

export class ObservedDataSource<C extends BaseContext> implements GraphQLDataSource<C> {
  constructor(
    private readonly name: string,
    private readonly inner: GraphQLDataSource<C>,
    private readonly metrics?: Metrics,
    /** Over HTTP a transport failure is this service's; in process, what is thrown is the database's or the query's */
    private readonly remote = true,
  ) {}

  process(o: GraphQLDataSourceProcessOptions<C>): Promise<Response> {
    return inSpan(
      `subgraph.fetch ${this.name}`,
      {
        'lcs.subgraph': this.name,
        ...(o.request.operationName ? { 'graphql.operation.name': o.request.operationName } : {}),
      },
      async () => {
        const t0 = process.hrtime.bigint();
        try {
          const r = await this.inner.process(o);
          const outcome = outcomeOf(r);
          this.metrics?.subgraphFetchDuration.observe({ subgraph: this.name, outcome }, secondsSince(t0));
          if (outcome === 'error') this.metrics?.subgraphFetchErrors.inc({ subgraph: this.name, reason: 'errors' });
          return r;
        } catch (e) {
          this.metrics?.subgraphFetchDuration.observe({ subgraph: this.name, outcome: 'error' }, secondsSince(t0));
          this.metrics?.subgraphFetchErrors.inc({ subgraph: this.name, reason: 'unreachable' });
          // refused, reset or past its budget: the subgraph is unavailable (503 + Retry-After), not an internal error
          if (this.remote && transportFailure(e))
            throw new PlatformError(
              'UNAVAILABLE',
              `the ${this.name} service is unavailable; retry in ${RETRY_AFTER_SECONDS} s`,
              { retryAfter: RETRY_AFTER_SECONDS },
            );
          throw e;
        }
      },
      SpanKind.CLIENT,
    );
  }
}

/** Counts operations (name, outcome, tenant) and stamps errors with the trace id. */
export function observabilityPlugin<C extends BaseContext & { principal: { tenant: string }; info?: RequestInfo }>(
  metrics?: Metrics,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      const t0 = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const outcome = outcomeOf(result);
          if (metrics) {
            const operation = metrics.operationName.of(operationName);
            metrics.graphqlOperations.inc({ operation, outcome, tenant: contextValue.principal.tenant });
            const seconds = secondsSince(t0);
            metrics.graphqlDuration.observe({ operation, outcome }, seconds);
            metrics.tenantDuration.observe({ tenant: contextValue.principal.tenant, part: 'graphql' }, seconds);
          }
          if (contextValue.info && operationName) contextValue.info.operation = operationName;
          if (result.errors?.length) {
            const traceId = contextValue.info?.traceId ?? activeTraceId();
            if (traceId) result.errors = result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, traceId } }));
          }
        },
      };
    },
  };
}
