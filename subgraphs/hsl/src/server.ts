/** The hsl subgraph's definition (the all-in-one and tests build it; app/src/subgraph.ts runs it alone). */
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@lcs/platform';
import { entities } from './entities.ts';

export const definition: SubgraphDefinition = {
  name: 'hsl',
  entities,
  // care owns Documentation as an entity; here it is only nested text of an HSL order service.
  valueTypeNames: { 'Common.V1.Documentation': 'HslDocumentationText' },
  migrations: { schema: 'hsl', folder: fileURLToPath(new URL('../drizzle', import.meta.url)) },
};
