/** Builds the iam subgraph (importable by tests and the all-in-one); src/index.ts listens. */
import { fileURLToPath } from 'node:url';
import { createSubgraphService, type SubgraphDefinition, type SubgraphServerOptions } from '@lcs/platform';
import { entities } from './entities.ts';
import { typeDefs, resolvers } from './extra.ts';
import { credentialSql, credentialTables } from './credentials.ts';
import { samlTables } from './saml.ts';

export const definition: SubgraphDefinition = {
  name: 'iam',
  entities,
  typeDefs,
  resolvers,
  // The partners' credential store and staff sign-in (SAML) configuration: tables in iam's
  // migrations, never in GraphQL.
  tables: { ...credentialTables, ...samlTables },
  businessLog: { field: 'iamBusinessLogs' },
  migrations: { schema: 'iam', folder: fileURLToPath(new URL('../drizzle', import.meta.url)), post: (role) => [...credentialSql, `REVOKE UPDATE, DELETE, TRUNCATE ON iam.credential_audit FROM ${role}`] } /* the credential audit is append-only too */,
};

export const createServer = (o: SubgraphServerOptions) => createSubgraphService(definition, o);
