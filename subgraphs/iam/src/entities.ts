/** The iam subgraph's entities, declared once. */
import type { EntitySpec } from '@lcs/platform';

export const entities: EntitySpec[] = [
  {
    name: 'Tenant', description: 'A municipality using the platform.',
    fields: {
      domain: { type: 'String', nullable: false, description: 'The domain the APIs name the tenant by (the contract\'s `domain`).' },
      name: { type: 'String', nullable: false, description: 'Name of the municipality.' },
      municipalityCode: { type: 'String', nullable: false, description: 'Four-digit municipality code (kommunkod).' },
    },
  },
];
