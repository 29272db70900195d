/** Hand-written iam behaviour beyond the entity kit. */
import type { ResolverMap, Row, SubgraphKit } from '@lcs/platform';
import type { QueryResolvers, Tenant } from './__generated__/resolvers-types.ts';

export const typeDefs = /* GraphQL */ `
  extend type Query {
    "The tenant (municipality) the caller is signed in to."
    currentTenant: Tenant
  }
`;

export const resolvers = (kit: SubgraphKit): ResolverMap => {
  const tenant = kit.tables.get('Tenant')!;
  const currentTenant: QueryResolvers['currentTenant'] = async (_parent, _args, ctx) => {
    // Row-level security leaves exactly the caller's tenant row visible.
    const rows: Row[] = await ctx.scope.run((tx) => tx.select().from(tenant).limit(1));
    return (rows[0] as Tenant | undefined) ?? null;
  };
  return { Query: { currentTenant } };
};
