/**
 * In-process subgraph calls for the all-in-one: the gateway hands each subgraph fetch straight to
 * that subgraph's Apollo Server in the same process — no HTTP hop, no JSON serialisation between
 * them, no token signing. The caller's principal is passed as is: it never crosses a process
 * boundary, so there is nothing to forge. (Separately deployed subgraphs keep the signed HTTP path.)
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { BaseContext } from '@apollo/server';
import type { Principal, SubgraphService } from '@lcs/platform';
import type { GatewayContext } from './server.ts';

export class InProcessDataSource implements GraphQLDataSource<GatewayContext & BaseContext> {
  constructor(private readonly service: Pick<SubgraphService, 'execute'>) {}

  async process(
    o: GraphQLDataSourceProcessOptions<GatewayContext & BaseContext>,
  ): ReturnType<GraphQLDataSource['process']> {
    const context = (o as { context?: GatewayContext }).context;
    const principal = context?.principal as Principal | undefined;
    if (!principal)
      return {
        errors: [{ message: 'no principal for an in-process subgraph call', extensions: { code: 'UNAUTHENTICATED' } }],
      } as Awaited<ReturnType<GraphQLDataSource['process']>>;
    const { query, variables, operationName } = o.request;
    const opts = context?.deferAudit ? { deferAudit: context.deferAudit } : undefined;
    return (await this.service.execute({ query: query!, variables, operationName }, principal, opts)) as Awaited<
      ReturnType<GraphQLDataSource['process']>
    >;
  }
}
