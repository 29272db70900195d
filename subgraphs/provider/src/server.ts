/** Builds the provider subgraph (importable by tests and the all-in-one); src/index.ts listens. */
import { fileURLToPath } from 'node:url';
import { createSubgraphService, type SubgraphDefinition, type SubgraphServerOptions } from '@lcs/platform';
import { entities } from './entities.ts';

export const definition: SubgraphDefinition = {
  name: 'provider',
  entities,
  businessLog: { field: 'ecProviderBusinessLogs', targetClients: { entity: 'Execution', via: 'clientId', ssn: 'personId' } },
  migrations: { schema: 'provider', folder: fileURLToPath(new URL('../drizzle', import.meta.url)) },
};

export const createServer = (o: SubgraphServerOptions) => createSubgraphService(definition, o);
