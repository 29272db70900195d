/** Builds the provider subgraph (importable by tests and the all-in-one); src/index.ts listens. */
import { fileURLToPath } from 'node:url';
import { createSubgraphService, writeKit, type SubgraphDefinition, type SubgraphServerOptions } from '@lcs/platform';
import { entities } from './entities.ts';
import { writes } from './writes.ts';

// The contract's write APIs (platform mutations.ts); their idempotency keys live in provider's schema.
const write = writeKit('provider', writes);

export const definition: SubgraphDefinition = {
  name: 'provider',
  entities,
  typeDefs: write.typeDefs,
  resolvers: write.resolvers,
  tables: write.tables,
  businessLog: {
    field: 'ecProviderBusinessLogs',
    targetClients: { entity: 'Execution', via: 'clientId', ssn: 'personId' },
  },
  migrations: { schema: 'provider', folder: fileURLToPath(new URL('../drizzle', import.meta.url)) },
};

export const createServer = (o: SubgraphServerOptions) => createSubgraphService(definition, o);
