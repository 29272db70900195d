/** The care subgraph's entities (authority side of the care chain), declared once. */
import type { EntitySpec, RefSpec } from '@lcs/platform';

const client = (inverse: string): RefSpec => ({ entity: 'Client', via: 'clientId', inverse, description: 'The client (brukare).' });

export const entities: EntitySpec[] = [
  { name: 'Client', contract: 'Client.V1.Client', updatedAt: 'updateTime' },
  {
    name: 'Actualization', contract: 'Actualization.V1.Actualization',
    refs: { client: client('actualizations'), investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'actualizations' } },
  },
  { name: 'Investigation', contract: 'Investigation.V1.Investigation', updatedAt: 'updateTime', refs: { client: client('investigations') } },
  {
    name: 'SolDecision', contract: 'Decision.V1.Decision', description: 'A decision under the Social Services Act (SoL).',
    refs: { client: client('solDecisions'), investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'solDecisions' } },
  },
  {
    name: 'LssDecision', contract: 'Decision.V1.LssDecision',
    refs: { client: client('lssDecisions'), investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'lssDecisions' } },
  },
  {
    // decisionId points at a SoL or an LSS decision; ids are unique across both (one sequence per subgraph).
    name: 'DecisionService', contract: 'DecisionService.V1.DecisionService',
    refs: {
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'decisionServices' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'decisionServices' },
    },
  },
  {
    name: 'Order', contract: 'Order.V1.Order', updatedAt: 'updateTime',
    refs: {
      client: client('orders'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'orders' },
      providerUnit: { entity: 'ProviderUnit', via: 'providerUnitId', inverse: 'orders', description: 'The executing provider unit the order goes to.' },
      execution: { entity: 'Execution', via: 'executionId', description: 'The provider\'s execution of this order.' },
    },
  },
  {
    name: 'OrderedService', contract: 'OrderedService.V1.OrderedService',
    refs: {
      order: { entity: 'Order', via: 'orderId', inverse: 'orderedServices' },
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'orderedServices' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'orderedServices' },
      serviceConfiguration: { entity: 'ServiceConfiguration', via: 'serviceTypeId', inverse: 'orderedServices' },
    },
  },
  { name: 'ServiceConfiguration', contract: 'ServiceConfiguration.V1.ServiceConfiguration', updatedAt: 'updateTime' },
  {
    name: 'ServicePeriod', contract: 'ServicePeriod.V1.ServicePeriod', updatedAt: 'updateTime',
    refs: { client: client('servicePeriods'), execution: { entity: 'Execution', via: 'executionId', inverse: 'servicePeriods' } },
  },
  { name: 'ClientAbsence', contract: 'ClientAbsence.V1.ClientAbsence', refs: { client: client('absences') } },
  { name: 'Contact', contract: 'Contact.V1.ContactPerson', refs: { client: client('contacts') } },
  { name: 'Relative', contract: 'Relative.V1.RelativePerson', refs: { client: client('relatives') } },
];
