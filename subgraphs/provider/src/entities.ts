/** The provider subgraph's entities (executing side of the care chain), declared once. */
import {
  camel,
  definition,
  properties,
  type EntitySpec,
  type ExtraField,
  type RefSpec,
  type ScopeSpec,
} from '@lcs/platform';

const execution = (inverse?: string, via = 'executionId'): RefSpec => ({
  entity: 'Execution',
  via,
  inverse,
  description: 'The execution (verkställighet).',
});
const unit = (inverse: string, via = 'providerUnitId'): RefSpec => ({
  entity: 'ProviderUnit',
  via,
  inverse,
  description: 'The provider unit.',
});
const client = (inverse?: string): RefSpec => ({
  entity: 'Client',
  via: 'clientId',
  inverse,
  description: 'The client (brukare).',
});
/**
 * Scopes (platform row-scope.ts): a provider-scoped licence sees the rows of its units; rows keyed
 * by client only, the clients with an execution at its units (Execution is the anchor). A subject
 * sees the rows of the client whose execution names the citizen's personId.
 */
const atUnit = (unit = 'providerUnitId'): ScopeSpec => ({ client: 'clientId', unit });
const ofExecution: ScopeSpec = { parent: [{ entity: 'Execution', via: 'executionId' }] };
const staff = (
  inverse?: string,
  via = 'providerPersonnelId',
  description = 'The staff member (provider personnel).',
): RefSpec => ({ entity: 'ProviderPersonnel', via, inverse, description });

/**
 * Workaround: the kit unites versioned definitions by the contract's property name, so V1 "Text" and
 * V2 "text" of the provider note would both become GraphQL `text`. Until the union keys by the
 * camelCase name, the V2 properties are added as extra fields (same names and columns; nested
 * objects as JSON instead of their value type).
 */
function extraFieldsFrom(def: string, skip: string[]): Record<string, ExtraField> {
  const out: Record<string, ExtraField> = {};
  for (const [prop, s] of Object.entries(properties(definition(def)))) {
    const name = camel(prop);
    if (name === 'id' || skip.includes(name)) continue;
    const type: ExtraField['type'] =
      s.type === 'integer'
        ? s.format === 'int64'
          ? 'Float'
          : 'Int'
        : s.type === 'number'
          ? 'Float'
          : s.type === 'boolean'
            ? 'Boolean'
            : s.type === 'string'
              ? s.format === 'date-time'
                ? 'DateTime'
                : 'String'
              : 'JSON';
    out[name] = { type, description: s.description?.trim() };
  }
  return out;
}

export const entities: EntitySpec[] = [
  { name: 'ProviderUnit', contract: 'ProviderUnit.V1.ProviderUnit', scope: { unit: 'id', openTo: ['subject'] } },
  {
    name: 'ExecutingProvider',
    contract: 'ExecutingProvider.V1.ExecutingProvider',
    scope: { unit: 'providerUnitId', ...ofExecution },
    refs: { execution: execution('executingProviders'), providerUnit: unit('executingProviders') },
  },
  {
    name: 'Execution',
    contract: 'Execution.V1.Execution',
    updatedAt: 'updateTime',
    scope: { client: 'clientId', unit: 'providerUnitId', person: 'personId', anchor: true },
    refs: {
      client: client('executions'),
      // The contract's own ProviderUnit field is a nested {Id, Name}; the relation is `unit`.
      unit: unit('executions'),
      order: {
        entity: 'Order',
        via: 'orderId',
        inverse: 'executions',
        description: 'The order this execution enacts.',
      },
    },
  },
  {
    name: 'ExecutedDecision',
    contract: 'ExecutedDecision.V1.ExecutedDecision',
    scope: ofExecution,
    refs: {
      execution: execution('executedDecisions'),
      solDecision: { entity: 'SolDecision', via: 'decisionId', inverse: 'executedDecisions' },
      lssDecision: { entity: 'LssDecision', via: 'decisionId', inverse: 'executedDecisions' },
    },
  },
  {
    name: 'ExecutedService',
    contract: 'ExecutedService.V1.ExecutedService',
    updatedAt: 'updateTime',
    personal: ['name'], // the client's name
    scope: atUnit(),
    refs: {
      execution: execution('executedServices'),
      client: client('executedServices'),
      providerUnit: unit('executedServices'),
    },
  },
  {
    name: 'PlannedWorkshift',
    contract: 'PlannedWorkshift.V1.PlannedWorkshift',
    updatedAt: 'modificationTime',
    scope: { parent: [{ entity: 'PlanningUnit', via: 'planningUnitId' }] },
    refs: { planningUnit: { entity: 'PlanningUnit', via: 'planningUnitId', inverse: 'plannedWorkshifts' } },
  },
  {
    name: 'PlanningUnit',
    contract: 'PlanningUnit.V1.PlanningUnit',
    scope: { unit: 'connectedToProviderUnitId' },
    refs: { providerUnit: unit('planningUnits', 'connectedToProviderUnitId') },
  },

  // Staff. ProviderPersonnel (packages 8931/8973/9079/9067) and Personnel (8961) describe the same
  // people in two APIs; V1 and V2 of each are united. A staff member can have access to several units
  // (providerPersonnelUnitAccess, with roles per unit); `homeUnit` is the first of them, which is
  // what ProviderUnit.personnel lists.
  {
    name: 'ProviderPersonnel',
    list: 'providerPersonnels',
    // A provider sees the staff whose home unit is one of its units.
    scope: { unit: 'providerUnitId' },
    contract: ['ProviderPersonnel.V2.ProviderPersonnel', 'ProviderPersonnel.V1.ProviderPersonnelWithRoles'],
    refs: {
      homeUnit: { ...unit('personnel'), description: "The staff member's home unit (the first of the unit accesses)." },
    },
  },
  {
    // A staff member's access to one unit, with the roles held there (many-to-many staff ↔ units).
    name: 'ProviderPersonnelUnitAccess',
    contract: 'ProviderPersonnel.V2.ProviderPersonnelUnitAccess',
    scope: { unit: 'unitId' },
    description: "A staff member's access to a provider unit, with the roles held there.",
    refs: {
      personnel: staff('unitAccesses', 'providerPersonnelId', 'The staff member.'),
      unit: { entity: 'ProviderUnit', via: 'unitId', inverse: 'personnelAccesses', description: 'The provider unit.' },
    },
  },
  {
    name: 'Personnel',
    list: 'personnels',
    contract: ['ProviderPersonnel.V2.PersonnelV2', 'Common.V1.PersonnelWithActive'],
    scope: { parent: [{ entity: 'ProviderPersonnel', via: 'providerPersonnelId' }] },
    description: 'A staff member in Lifecare Provider, as user administration (package 8961) sees it.',
    refs: {
      providerPersonnel: staff(
        undefined,
        'providerPersonnelId',
        'The same staff member as provider personnel (unit access and roles).',
      ),
    },
  },
  {
    name: 'ProviderAdministrator',
    contract: ['ProviderAdministrator.V2.ProviderAdministratorV2', 'ProviderAdministrator.V1.ProviderAdministrator'],
    // The contract names no unit; the platform keeps the unit an administrator administers, so a
    // provider-scoped licence (8931) sees the administrators of its units. None: the municipality's
    // own administrators (created through 9067 without a unit), seen by tenant-scoped callers only.
    scope: { unit: 'providerUnitId' },
    refs: {
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        description: 'The provider unit the administrator administers (none: not tied to a unit).',
      },
    },
  },
  {
    name: 'ProviderContactPersonnel',
    list: 'providerContactPersonnels',
    contract: 'ProviderContactPersonnel.V1.ProviderContactPersonnel',
    scope: atUnit(),
    description: "A client's contact person (kontaktperson) among the staff of a provider unit.",
    refs: {
      client: client('providerContactPersonnels'),
      providerUnit: unit('contactPersonnels'),
      personnel: staff('contactAssignments'),
    },
  },

  // Documentation on the provider side.
  { name: 'ProviderHeadline', contract: 'ProviderHeadline.V1.ProviderNoteHeadline', scope: 'reference' },
  {
    // V1 is the documentation note, V2 the journal note (see extraFieldsFrom); the V2 `headline` is the
    // headline's name, so the relation is providerHeadline.
    name: 'ProviderNote',
    contract: 'ProviderNote.V1.ProviderDocumentationNote',
    fields: extraFieldsFrom('ProviderNote.V2.JournalNoteV2Dto', ['text']),
    scope: atUnit(),
    refs: {
      client: client('providerNotes'),
      providerUnit: unit('providerNotes'),
      execution: execution('providerNotes'),
      providerHeadline: {
        entity: 'ProviderHeadline',
        via: 'headlineId',
        inverse: 'notes',
        description: 'The headline the note is written under.',
      },
      author: staff(undefined, 'createdById', 'The staff member who wrote the note.'),
    },
  },
  {
    // Per client and service: the texts describing what the service contains. `providerUnit` is the contract's nested
    // {Id, Name}.
    name: 'ServiceHeadline',
    contract: 'ServiceHeadline.V1.ServiceHeadline',
    scope: atUnit(),
    refs: {
      client: client('serviceHeadlines'),
      unit: unit('serviceHeadlines'),
      execution: execution('serviceHeadlines'),
      serviceConfiguration: {
        entity: 'ServiceConfiguration',
        via: 'serviceTypeId',
        description: 'The service type in the service configuration.',
      },
    },
  },
  {
    name: 'ImplementationPlan',
    contract: 'ServicePlan.V1.ServicePlan',
    scope: atUnit(),
    description:
      'An implementation plan (genomförandeplan): how the provider carries out the decided services together with ' +
      'the client.',
    refs: {
      client: client('implementationPlans'),
      providerUnit: unit('implementationPlans'),
      execution: execution('implementationPlans'),
    },
  },

  // Registrations from the mobile app, and planning.
  {
    name: 'ReportedVisit',
    contract: 'ReportedVisit.V1.ReportedVisit',
    updatedAt: 'lastUpdatedTime',
    scope: atUnit(),
    refs: {
      client: client('reportedVisits'),
      providerUnit: unit('reportedVisits'),
      execution: execution('reportedVisits'),
      personnel: staff('reportedVisits'),
      reportedWorkshift: {
        entity: 'ReportedWorkshift',
        via: 'reportedWorkshiftId',
        inverse: 'visits',
        description: 'The workshift the visit was reported in.',
      },
      plannedWorkshift: {
        entity: 'PlannedWorkshift',
        via: 'plannedWorkshiftId',
        inverse: 'reportedVisits',
        description: 'The planned workshift the visit was planned in, if any.',
      },
    },
    // the contract's ExternalId is "External system unique ID": one visit per id and reporting system
    naturalKeys: [['externalId', 'reportingSystem']],
  },
  {
    name: 'ReportedWorkshift',
    contract: 'ReportedWorkshift.V1.ReportedWorkshift',
    scope: { unit: 'providerUnitId' },
    refs: { personnel: staff('reportedWorkshifts'), providerUnit: unit('reportedWorkshifts') },
  },
  {
    name: 'PlannedWorkload',
    contract: 'PlanningWorkload.V1.PlanningWorkload',
    scope: { client: 'clientId' },
    refs: {
      planningUnit: { entity: 'PlanningUnit', via: 'planningUnitId', inverse: 'plannedWorkloads' },
      client: client(),
      execution: execution(),
    },
  },
];
