/** The iam subgraph's definition (the all-in-one and tests build it; app/src/subgraph.ts runs it alone). */
import { fileURLToPath } from 'node:url';
import { writeKit, type SubgraphDefinition } from '@lcs/platform';
import { entities } from './entities.ts';
import { typeDefs, resolvers } from './extra.ts';
import { writes } from './writes.ts';
import { credentialSql, credentialTables } from './credentials.ts';
import { samlTables } from './saml.ts';
import { operationsResolvers, operationsTypeDefs } from './operations.ts';

// The contract's write APIs for users and roles (platform mutations.ts); idempotency keys in iam's schema.
const write = writeKit('iam', writes);

export const definition: SubgraphDefinition = {
  name: 'iam',
  entities,
  typeDefs: `${typeDefs}\n${write.typeDefs}\n${operationsTypeDefs}`,
  resolvers: (kit) => {
    const own = resolvers(kit);
    const w = write.resolvers(kit);
    const ops = operationsResolvers();
    return {
      ...own,
      ...w,
      Query: { ...(own.Query as object), ...(ops.Query as object) },
      Mutation: { ...(w.Mutation as object), ...(own.Mutation as object), ...(ops.Mutation as object) },
    };
  },
  // The partners' credential store and staff sign-in (SAML) configuration: tables in iam's
  // migrations, never in GraphQL.
  tables: { ...credentialTables, ...samlTables, ...write.tables },
  businessLog: { field: 'iamBusinessLogs' },
  // the credential audit is append-only too
  migrations: {
    schema: 'iam',
    folder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    post: (role) => [...credentialSql, `REVOKE UPDATE, DELETE, TRUNCATE ON iam.credential_audit FROM ${role}`],
  },
};
