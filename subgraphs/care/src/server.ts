/** Builds the care subgraph (importable by tests and the all-in-one); src/index.ts listens. */
import { fileURLToPath } from 'node:url';
import { createSubgraphService, type SubgraphDefinition, type SubgraphServerOptions } from '@lcs/platform';
import { entities } from './entities.ts';
import { privacyDeleteSql, privacySql } from './privacy-sql.ts';

export const definition: SubgraphDefinition = {
  name: 'care',
  entities,
  businessLog: { field: 'ecBusinessLogs', targetClients: { entity: 'Client', ssn: 'personId', name: 'fullName' } },
  migrations: {
    schema: 'care',
    folder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    post: [...privacySql, ...privacyDeleteSql],
  },
};

export const createServer = (o: SubgraphServerOptions) => createSubgraphService(definition, o);
