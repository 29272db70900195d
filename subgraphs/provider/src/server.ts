/** The provider subgraph's definition (the all-in-one and tests build it; app/src/subgraph.ts runs it alone). */
import { fileURLToPath } from 'node:url';
import { writeKit, type SubgraphDefinition } from '@lcs/platform';
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
