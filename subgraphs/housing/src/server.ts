/** The housing subgraph's definition (the all-in-one and tests build it; app/src/subgraph.ts runs it alone). */
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@lcs/platform';
import { entities } from './entities.ts';

export const definition: SubgraphDefinition = {
  name: 'housing',
  entities,
  migrations: { schema: 'housing', folder: fileURLToPath(new URL('../drizzle', import.meta.url)) },
};
