/** The hsl subgraph's entities (municipal health care), declared once. */
import type { EntitySpec } from '@lcs/platform';

export const entities: EntitySpec[] = [
  {
    name: 'HslOrder', contract: 'HslOrder.V1.HslOrder', description: 'An HSL order (HSL-uppdrag) of the Procapita HSL module.',
    refs: {
      client: { entity: 'Client', via: 'clientId', inverse: 'hslOrders', description: 'The patient.' },
      execution: { entity: 'Execution', via: 'executionId', inverse: 'hslOrders' },
    },
  },
];
