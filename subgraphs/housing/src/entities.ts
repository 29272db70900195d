/** The housing subgraph's entities (special housing: apartment register and its events), declared once. */
import type { EntitySpec } from '@lcs/platform';

/**
 * Scopes (platform row-scope.ts): a provider-scoped licence sees its units' apartments and their
 * events; housing has no unit anchor for clients, so applications (client only) are not in any
 * provider scope. A subject sees the events of the client whose application names the citizen.
 */
export const entities: EntitySpec[] = [
  {
    name: 'HousingApartment',
    contract: 'HousingRegister.V1.Apartment',
    scope: { unit: 'providerUnitId' },
    description:
      "An apartment of the special-housing apartment register (lägenhetsregistret; the contract's HousingRegister " +
      'Apartment).',
    fields: {
      status: {
        type: 'String',
        description:
          'Current status, derived from the apartment events: vacant, offered (reserved for an applicant), occupied ' +
          'or blocked (e.g. renovation).',
      },
    },
    refs: {
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        inverse: 'housingApartments',
        description: 'The special-housing provider unit the apartment belongs to.',
      },
    },
  },
  {
    name: 'HousingApartmentEvent',
    contract: 'HousingApartmentEvent.V1.HousingApartmentEvent',
    updatedAt: 'eventDateTime',
    scope: { client: 'clientId', parent: [{ entity: 'HousingApartment', via: 'apartmentId' }] },
    description: 'An event of an apartment (e.g. a status change: reserved, placed, free, renovation).',
    refs: {
      apartment: { entity: 'HousingApartment', via: 'apartmentId', inverse: 'events', description: 'The apartment.' },
      client: {
        entity: 'Client',
        via: 'clientId',
        inverse: 'housingApartmentEvents',
        description: 'The tenant or applicant the event concerns, if any.',
      },
    },
  },
  {
    name: 'HousingApplicationEvent',
    contract: 'HousingApplicationEvent.V1.HousingApplicationEvent',
    updatedAt: 'eventDateTime',
    scope: { client: 'clientId', person: 'personId', anchor: true },
    refs: {
      client: { entity: 'Client', via: 'clientId', inverse: 'housingApplicationEvents', description: 'The applicant.' },
    },
  },
];
