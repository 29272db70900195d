/** The care subgraph's entities (authority side of the care chain), declared once. */
import type { EntitySpec, RefSpec, ScopeSpec } from '@lcs/platform';

const client = (inverse: string): RefSpec => ({
  entity: 'Client',
  via: 'clientId',
  inverse,
  description: 'The client (brukare).',
});

/**
 * Scopes (platform row-scope.ts): rows of one client follow the client. A provider-scoped licence
 * sees the clients with an order to one of its units (Order is care's unit anchor: every execution
 * enacts an order to its unit), a subject-scoped one the client whose personId is the citizen's.
 */
const byClient: ScopeSpec = { client: 'clientId' };

export const entities: EntitySpec[] = [
  {
    name: 'Client',
    contract: 'Client.V1.Client',
    updatedAt: 'updateTime',
    scope: { client: 'id', person: 'personId', anchor: true },
  },
  {
    name: 'Actualization',
    contract: 'Actualization.V1.Actualization',
    scope: byClient,
    refs: {
      client: client('actualizations'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'actualizations' },
    },
  },
  {
    name: 'Investigation',
    contract: 'Investigation.V1.Investigation',
    updatedAt: 'updateTime',
    scope: byClient,
    refs: { client: client('investigations') },
  },
  {
    name: 'SolDecision',
    contract: 'Decision.V1.Decision',
    description: 'A decision under the Social Services Act (SoL).',
    scope: byClient,
    refs: {
      client: client('solDecisions'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'solDecisions' },
    },
  },
  {
    name: 'LssDecision',
    contract: 'Decision.V1.LssDecision',
    scope: byClient,
    refs: {
      client: client('lssDecisions'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'lssDecisions' },
    },
  },
  {
    // decisionId points at a SoL or an LSS decision; ids are unique across both (one sequence per subgraph).
    name: 'DecisionService',
    contract: 'DecisionService.V1.DecisionService',
    scope: {
      parent: [
        { entity: 'SolDecision', via: 'decisionId' },
        { entity: 'LssDecision', via: 'decisionId' },
      ],
    },
    refs: {
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'decisionServices' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'decisionServices' },
    },
  },
  {
    name: 'Order',
    contract: 'Order.V1.Order',
    updatedAt: 'updateTime',
    // A provider sees the orders to its units; an order places its client at the unit (anchor).
    scope: { client: 'clientId', unit: 'providerUnitId', anchor: true },
    refs: {
      client: client('orders'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'orders' },
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        inverse: 'orders',
        description: 'The executing provider unit the order goes to.',
      },
      execution: { entity: 'Execution', via: 'executionId', description: "The provider's execution of this order." },
    },
  },
  {
    name: 'OrderedService',
    contract: 'OrderedService.V1.OrderedService',
    scope: { parent: [{ entity: 'Order', via: 'orderId' }] },
    refs: {
      order: { entity: 'Order', via: 'orderId', inverse: 'orderedServices' },
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'orderedServices' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'orderedServices' },
      serviceConfiguration: { entity: 'ServiceConfiguration', via: 'serviceTypeId', inverse: 'orderedServices' },
    },
  },
  {
    name: 'ServiceConfiguration',
    contract: 'ServiceConfiguration.V1.ServiceConfiguration',
    updatedAt: 'updateTime',
    scope: 'reference',
  },
  {
    name: 'ServicePeriod',
    contract: 'ServicePeriod.V1.ServicePeriod',
    updatedAt: 'updateTime',
    scope: byClient,
    refs: {
      client: client('servicePeriods'),
      execution: { entity: 'Execution', via: 'executionId', inverse: 'servicePeriods' },
    },
  },
  {
    name: 'ClientAbsence',
    contract: 'ClientAbsence.V1.ClientAbsence',
    scope: byClient,
    refs: { client: client('absences') },
  },
  { name: 'Contact', contract: 'Contact.V1.ContactPerson', scope: byClient, refs: { client: client('contacts') } },
  { name: 'Relative', contract: 'Relative.V1.RelativePerson', scope: byClient, refs: { client: client('relatives') } },

  // Social documentation. The contract's Documentation carries no client or person; the client is an
  // internal column (so Client.documentations and subject scoping work), the rest are contract ids.
  {
    name: 'Headline',
    contract: 'Headline.V1.Headline',
    scope: 'reference',
    description: 'A documentation headline (dokumentationsrubrik); headlines form trees (TreeId) by ParentId.',
    refs: {
      parent: {
        entity: 'Headline',
        via: 'parentId',
        inverse: 'children',
        description: 'The parent headline in its tree.',
      },
    },
  },
  {
    name: 'Documentation',
    contract: 'Common.V1.Documentation',
    // A provider sees what was written in executions at its units (not the authority's own notes).
    scope: { client: 'clientId', unit: 'providerUnitId' },
    refs: {
      client: client('documentations'),
      headline: {
        entity: 'Headline',
        via: 'headlineId',
        inverse: 'documentations',
        description: 'The headline the text is written under.',
      },
      execution: {
        entity: 'Execution',
        via: 'executionId',
        inverse: 'documentations',
        description: "The provider's execution the text is written in (none for the authority's own notes).",
      },
      // Denormalised from the execution, so provider-scoped reads can filter in care alone.
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        inverse: 'documentations',
        description: 'The provider unit of that execution.',
      },
      parent: {
        entity: 'Documentation',
        via: 'parentId',
        inverse: 'attachments',
        description: 'The note this one is attached to.',
      },
      origin: { entity: 'Documentation', via: 'originId', description: 'The first version of this text.' },
      previousVersion: {
        entity: 'Documentation',
        via: 'previousHistoryId',
        description: 'The version this one replaced.',
      },
      nextVersion: {
        entity: 'Documentation',
        via: 'nextHistoryId',
        description: 'The version that replaced this one (status History).',
      },
    },
  },
  {
    name: 'GeneralNote',
    contract: 'GeneralNote.V1.GeneralNote',
    scope: byClient,
    refs: { client: client('generalNotes') },
  },

  // IBIC (Individens behov i centrum): an assessment per investigation, an area per ICF life area
  // (d1–d9) and general goals. The contract ties a general goal to its assessment only; the area it
  // was set for is an internal column, so goals can be read per area as well.
  {
    name: 'IbicAssessment',
    contract: 'IbicAssessment.V1.IbicAssessment',
    updatedAt: 'updateTime',
    scope: byClient,
    refs: {
      client: client('ibicAssessments'),
      investigation: { entity: 'Investigation', via: 'investigationId', inverse: 'ibicAssessments' },
    },
  },
  {
    // V2 first: its area detail is a superset of V1's (adds Services and AimOfSupport), and nested
    // types follow the first definition.
    name: 'IbicAssessmentArea',
    contract: ['IbicAssessmentArea.V2.IbicAssessmentArea', 'IbicAssessmentArea.V1.IbicAssessmentArea'],
    scope: { parent: [{ entity: 'IbicAssessment', via: 'assessmentId' }] },
    refs: {
      assessment: {
        entity: 'IbicAssessment',
        via: 'assessmentId',
        inverse: 'areas',
        description: 'The assessment this life area belongs to.',
      },
    },
  },
  {
    name: 'IbicAssessmentGeneralGoal',
    contract: 'IbicAssessmentGeneralGoal.V1.IbicAssessmentGeneralGoal',
    scope: { parent: [{ entity: 'IbicAssessment', via: 'assessmentId' }] },
    refs: {
      assessment: {
        entity: 'IbicAssessment',
        via: 'assessmentId',
        inverse: 'generalGoals',
        description: 'The assessment the goal was set in.',
      },
      area: {
        entity: 'IbicAssessmentArea',
        via: 'areaId',
        inverse: 'generalGoals',
        description: 'The life area the goal was set for.',
      },
    },
  },
];
