/** Hand-written iam behaviour beyond the entity kit. */
import {
  isTenantAdministrator,
  PlatformError,
  badInput,
  type ResolverMap,
  type Row,
  type SubgraphKit,
} from '@lcs/platform';
import { accessReview, accessReviewTypeDefs } from './access-review.ts';
import { adminResolvers, adminTypeDefs } from './admin.ts';
import type { QueryResolvers, Tenant } from './__generated__/resolvers-types.ts';

export const typeDefs = /* GraphQL */ `
  extend type Query {
    "The tenant (municipality) the caller is signed in to."
    currentTenant: Tenant
  }
  ${accessReviewTypeDefs}
  ${adminTypeDefs}
`;

export const resolvers = (kit: SubgraphKit): ResolverMap => {
  const tenant = kit.tables.get('Tenant')!;
  const currentTenant: QueryResolvers['currentTenant'] = async (_parent, _args, ctx) => {
    // Row-level security leaves exactly the caller's tenant row visible.
    const rows: Row[] = await ctx.scope.run((tx) => tx.select().from(tenant).limit(1));
    return (rows[0] as Tenant | undefined) ?? null;
  };
  const review: QueryResolvers['accessReview'] = async (_parent, args, ctx) => {
    if (!isTenantAdministrator(ctx.principal))
      throw new PlatformError(
        'FORBIDDEN',
        'the access review is for tenant administrators (the system administrator role)',
      );
    const days = args.inactiveDays ?? 90;
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      throw badInput('inactiveDays must be an integer from 1 to 3650', 'inactiveDays');
    return ctx.scope.run((tx) => accessReview(tx, ctx.principal.tenant, days)) as never;
  };
  const adm = adminResolvers();
  return { Query: { currentTenant, accessReview: review, ...adm.Query }, Mutation: adm.Mutation };
};
