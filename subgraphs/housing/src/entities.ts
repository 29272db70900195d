/** The housing subgraph's entities (special housing: apartment register and its events), declared once. */
import type { EntitySpec } from '@lcs/platform';

export const entities: EntitySpec[] = [
  {
    name: 'HousingApartment', contract: 'HousingRegister.V1.Apartment',
    description: 'An apartment of the special-housing apartment register (lägenhetsregistret; the contract\'s HousingRegister Apartment).',
    fields: {
      status: {
        type: 'String',
        description: 'Current status, derived from the apartment events: vacant, offered (reserved for an applicant), occupied or blocked (e.g. renovation).',
      },
    },
    refs: {
      providerUnit: { entity: 'ProviderUnit', via: 'providerUnitId', inverse: 'housingApartments', description: 'The special-housing provider unit the apartment belongs to.' },
    },
  },
  {
    name: 'HousingApartmentEvent', contract: 'HousingApartmentEvent.V1.HousingApartmentEvent', updatedAt: 'eventDateTime',
    description: 'An event of an apartment (e.g. a status change: reserved, placed, free, renovation).',
    refs: {
      apartment: { entity: 'HousingApartment', via: 'apartmentId', inverse: 'events', description: 'The apartment.' },
      client: { entity: 'Client', via: 'clientId', inverse: 'housingApartmentEvents', description: 'The tenant or applicant the event concerns, if any.' },
    },
  },
  {
    name: 'HousingApplicationEvent', contract: 'HousingApplicationEvent.V1.HousingApplicationEvent', updatedAt: 'eventDateTime',
    refs: { client: { entity: 'Client', via: 'clientId', inverse: 'housingApplicationEvents', description: 'The applicant.' } },
  },
];
