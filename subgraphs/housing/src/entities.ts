/** The housing subgraph's entities (special housing), declared once. */
import type { EntitySpec } from '@lcs/platform';

export const entities: EntitySpec[] = [
  {
    name: 'HousingApplicationEvent', contract: 'HousingApplicationEvent.V1.HousingApplicationEvent', updatedAt: 'eventDateTime',
    refs: { client: { entity: 'Client', via: 'clientId', inverse: 'housingApplicationEvents', description: 'The applicant.' } },
  },
];
