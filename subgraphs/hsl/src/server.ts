/** Builds the hsl subgraph (importable by tests and the all-in-one); src/index.ts listens. */
import { fileURLToPath } from 'node:url';
import { createSubgraphService, type SubgraphDefinition, type SubgraphServerOptions } from '@lcs/platform';
import { entities } from './entities.ts';

export const definition: SubgraphDefinition = {
  name: 'hsl',
  entities,
  // care owns Documentation as an entity; here it is only nested text of an HSL order service.
  valueTypeNames: { 'Common.V1.Documentation': 'HslDocumentationText' },
  migrations: { schema: 'hsl', folder: fileURLToPath(new URL('../drizzle', import.meta.url)) },
};

export const createServer = (o: SubgraphServerOptions) => createSubgraphService(definition, o);
