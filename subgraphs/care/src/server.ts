/** The care subgraph's definition (the all-in-one and tests build it; app/src/subgraph.ts runs it alone). */
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@lcs/platform';
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
