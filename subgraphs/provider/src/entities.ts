/** The provider subgraph's entities (executing side of the care chain), declared once. */
import type { EntitySpec, RefSpec } from '@lcs/platform';

const execution = (inverse: string): RefSpec => ({ entity: 'Execution', via: 'executionId', inverse });
const unit = (inverse: string, via = 'providerUnitId'): RefSpec => ({ entity: 'ProviderUnit', via, inverse, description: 'The provider unit.' });

export const entities: EntitySpec[] = [
  { name: 'ProviderUnit', contract: 'ProviderUnit.V1.ProviderUnit' },
  { name: 'ExecutingProvider', contract: 'ExecutingProvider.V1.ExecutingProvider', refs: { execution: execution('executingProviders'), providerUnit: unit('executingProviders') } },
  {
    name: 'Execution', contract: 'Execution.V1.Execution', updatedAt: 'updateTime',
    refs: {
      client: { entity: 'Client', via: 'clientId', inverse: 'executions' },
      // The contract's own ProviderUnit field is a nested {Id, Name}; the relation is `unit`.
      unit: unit('executions'),
      order: { entity: 'Order', via: 'orderId', inverse: 'executions', description: 'The order this execution enacts.' },
    },
  },
  {
    name: 'ExecutedDecision', contract: 'ExecutedDecision.V1.ExecutedDecision',
    refs: {
      execution: execution('executedDecisions'),
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'executedDecisions' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'executedDecisions' },
    },
  },
  {
    name: 'ExecutedService', contract: 'ExecutedService.V1.ExecutedService', updatedAt: 'updateTime',
    refs: { execution: execution('executedServices'), client: { entity: 'Client', via: 'clientId', inverse: 'executedServices' }, providerUnit: unit('executedServices') },
  },
  { name: 'PlannedWorkshift', contract: 'PlannedWorkshift.V1.PlannedWorkshift', updatedAt: 'modificationTime', refs: { planningUnit: { entity: 'PlanningUnit', via: 'planningUnitId', inverse: 'plannedWorkshifts' } } },
  { name: 'PlanningUnit', contract: 'PlanningUnit.V1.PlanningUnit', refs: { providerUnit: unit('planningUnits', 'connectedToProviderUnitId') } },
];
