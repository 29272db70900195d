/**
 * The hsl subgraph's entities (municipal health care under HSL), declared once. Two modules live
 * side by side: the legacy Procapita HSL (HSL orders, their services, performed KVÅ services and
 * the patients of package 8974) and Lifecare HSL (journals, orders, order services, activities,
 * planned occurrences, performed registrations and the order ↔ execution link).
 *
 * Every patient-related entity points at care's `Client` by key (an internal `clientId`), so names,
 * identity numbers and addresses are read from care and never copied here where the contract does
 * not carry them itself.
 */
import type { EntitySpec, RefSpec, ScopeSpec } from '@lcs/platform';

const client = (inverse: string, description = "The patient (care's client)."): RefSpec => ({
  entity: 'Client',
  via: 'clientId',
  inverse,
  description,
});

/**
 * Scopes (platform row-scope.ts): rows follow the patient (care's client). A provider-scoped
 * licence sees the patients with a Lifecare HSL order received by one of its units (the unit
 * anchor); a subject-scoped one the patient whose HSL order or journal names the citizen.
 */
const byClient: ScopeSpec = { client: 'clientId' };

export const entities: EntitySpec[] = [
  // ---- Procapita HSL ----
  {
    name: 'HslPatient',
    description:
      'A patient with a Procapita HSL journal (package 8974 "Client"): one row per journal; the id is the journal id ' +
      '(HslOrder.investigationId). The row is a tombstone (deleted) once the journal has ended, so the live rows are ' +
      'the patients with an ongoing journal. Name, identity number and address are read through `client`.',
    list: 'hslPatients',
    scope: byClient,
    fields: {
      journalStartDate: { type: 'DateTime', description: 'When the HSL journal was opened.' },
      journalEndDate: { type: 'DateTime', description: 'When the HSL journal ended; null while it is ongoing.' },
      organizationUnitId: { type: 'String', description: 'Id of the HSL organisation unit that owns the journal.' },
      organizationUnitName: { type: 'String', description: 'Name of the HSL organisation unit that owns the journal.' },
    },
    refs: { client: client('hslPatients') },
  },
  {
    name: 'HslOrder',
    contract: 'HslOrder.V1.HslOrder',
    description: 'An HSL order (HSL-uppdrag) of the Procapita HSL module.',
    scope: { client: 'clientId', person: 'personId', anchor: true },
    refs: {
      client: client('hslOrders'),
      execution: { entity: 'Execution', via: 'executionId', inverse: 'hslOrders' },
      patient: {
        entity: 'HslPatient',
        via: 'investigationId',
        inverse: 'orders',
        description: "The patient's HSL journal (the contract's investigation).",
      },
    },
  },
  {
    name: 'HslOrderService',
    contract: 'HslOrderService.V1.HslOrderService',
    updatedAt: 'updatedTime',
    scope: byClient,
    description: 'A service (åtgärd) of a Procapita HSL order.',
    refs: {
      hslOrder: { entity: 'HslOrder', via: 'hslOrderId', inverse: 'orderServices', description: 'The HSL order.' },
      client: client('hslOrderServices'),
    },
  },
  {
    name: 'HslPerformedService',
    contract: 'HslPerformedService.V1.HslPerformedService',
    updatedAt: 'updatedDate',
    scope: byClient,
    description:
      'A performed (or not performed) Procapita HSL service with its KVÅ codes. Package 8900 exports it ' +
      'de-identified: ' +
      'the patient is only a reference, never copied here.',
    refs: {
      orderService: {
        entity: 'HslOrderService',
        via: 'hslOrderServiceId',
        inverse: 'performedServices',
        description: 'The HSL order service this registration belongs to.',
      },
      client: client('hslPerformedServices'),
    },
  },

  // ---- Lifecare HSL ----
  {
    name: 'LifecareHslJournal',
    contract: 'LifecareHslJournal.V1.LifecareHslJournal',
    updatedAt: 'modifiedDate',
    scope: { client: 'clientId', person: 'personId', anchor: true },
    description: "A patient's Lifecare HSL journal.",
    refs: { client: client('lifecareHslJournals') },
  },
  {
    name: 'LifecareHslOrder',
    contract: ['LifecareHslOrder.V1.LifecareHslOrder', 'LifecareHslOrder.V2.LifecareHslOrder'],
    scope: { client: 'clientId', unit: 'receiverProviderUnitId', anchor: true },
    description: 'A Lifecare HSL order (HSL-uppdrag): delegated activities handed to a social-care provider unit.',
    refs: {
      journal: {
        entity: 'LifecareHslJournal',
        via: 'lHslJournalId',
        inverse: 'orders',
        description: "The patient's journal.",
      },
      receiverProviderUnit: {
        entity: 'ProviderUnit',
        via: 'receiverProviderUnitId',
        inverse: 'receivedLifecareHslOrders',
        description: 'The provider unit receiving the order.',
      },
      client: client('lifecareHslOrders'),
    },
  },
  {
    // V4 first: its nested types (KVÅ codes with IsPrimary, order activities with ModifiedDate and
    // care-plan flag, assignments with Partially/EnrollmentCause) are supersets of the older ones.
    name: 'LifecareHslOrderService',
    contract: [
      'LifecareHslOrderServices.V4.LifecareHslOrderService',
      'LifecareHslOrderServices.V3.LifecareHslOrderService',
      'LifecareHslOrderServices.V2.LifecareHslOrderService',
      'LifecareHslOrderServices.V1.LifecareHslOrderService',
    ],
    description: 'An activity as included in a Lifecare HSL order (åtgärd i uppdrag); versions V1–V4 united.',
    scope: byClient,
    refs: {
      order: {
        entity: 'LifecareHslOrder',
        via: 'lifecareHslOrderId',
        inverse: 'orderServices',
        description: 'The Lifecare HSL order.',
      },
      activity: {
        entity: 'LifecareHslActivity',
        via: 'activityId',
        inverse: 'orderServices',
        description: 'The journal activity.',
      },
      client: client('lifecareHslOrderServices'),
    },
  },
  {
    name: 'LifecareHslActivity',
    contract: 'LifecareHslActivity.V1.Activity',
    updatedAt: 'systemStartTime',
    description: "A Lifecare HSL activity (åtgärd) in a patient's journal, with its KVÅ codes.",
    list: 'lifecareHslActivities',
    scope: byClient,
    refs: {
      journal: {
        entity: 'LifecareHslJournal',
        via: 'lHslJournalId',
        inverse: 'activities',
        description: "The patient's journal.",
      },
      client: client('lifecareHslActivities'),
    },
  },
  {
    name: 'LifecareHslActivityOccurrence',
    contract: 'LifecareHslActivityOccurrence.V1.Activity',
    contractId: 'activityId',
    scope: byClient,
    description:
      'Planned occurrences of a Lifecare HSL activity in one calendar month (the contract groups them per patient ' +
      'in an ' +
      'ActivityResponse; the patient is `client`, the activity `activity`).',
    fields: {
      activityId: { type: 'Int', description: "The planned activity (the contract's Id of an occurrence)." },
      periodStart: { type: 'DateTime', description: 'Start of the month the planned dates cover.' },
      periodEnd: { type: 'DateTime', description: 'End (exclusive) of the month the planned dates cover.' },
    },
    refs: {
      activity: {
        entity: 'LifecareHslActivity',
        via: 'activityId',
        inverse: 'occurrences',
        description: 'The planned activity.',
      },
      client: client('lifecareHslActivityOccurrences'),
    },
  },
  {
    name: 'LifecareHslActivityPerformed',
    contract: 'LifecareHslActivityPerformed.V1.ActivityPerformed',
    updatedAt: 'systemStartTime',
    description: 'A performed / not performed registration of a Lifecare HSL activity occurrence.',
    list: 'lifecareHslActivitiesPerformed',
    scope: byClient,
    refs: {
      activity: {
        entity: 'LifecareHslActivity',
        via: 'activityId',
        inverse: 'performedRegistrations',
        description: 'The activity registered on.',
      },
      client: client('lifecareHslActivitiesPerformed'),
    },
  },
  {
    name: 'LifecareHslOrderExecutionConnection',
    contract: 'LifecareHslOrderExecutionConnection.V1.LifecareHslOrderExecutionConnection',
    description: 'Which social-care execution (and provider unit) carries out a Lifecare HSL order.',
    scope: { unit: 'providerUnitId', parent: [{ entity: 'LifecareHslOrder', via: 'hslOrderId' }] },
    refs: {
      order: {
        entity: 'LifecareHslOrder',
        via: 'hslOrderId',
        inverse: 'executionConnections',
        description: 'The Lifecare HSL order.',
      },
      execution: {
        entity: 'Execution',
        via: 'executionId',
        inverse: 'lifecareHslOrderExecutionConnections',
        description: 'The social-care execution.',
      },
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        inverse: 'lifecareHslOrderExecutionConnections',
        description: 'The provider unit.',
      },
    },
  },
];
