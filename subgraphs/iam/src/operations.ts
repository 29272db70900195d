/**
 * Operations data for the admin console (issue 17), in iam's GraphQL: the service windows and
 * incidents of the installation (anyone signed in may read them — they are on the public status
 * page too), the caller's tenant's resident-register freshness, and the operator's mutations for
 * windows. An operator is a principal with the entitlement `platform-operator` (platform
 * operations.ts: staff of the operator tenant holding PLATFORM_OPERATOR; never a partner key).
 */
import {
  ENVIRONMENTS,
  PlatformError,
  addWindow,
  badInput,
  isPlatformOperator,
  listIncidents,
  listWindows,
  removeWindow,
  residentRegisterStatus,
  type Environment,
  type RequestContext,
  type ResolverMap,
} from '@lcs/platform';

export const operationsTypeDefs = /* GraphQL */ `
  "A planned service window (service description 4.5); times are instants (ISO 8601), shown in Europe/Stockholm."
  type ServiceWindow {
    id: ID!
    "prod or utb."
    environment: String!
    start: DateTime!
    end: DateTime!
    "utb-early (UTB 10 days before PROD, 08–18), utb-late (UTB 2 days before, 16–19), prod (22–02), or extra."
    kind: String!
    "Announced less than 7 days ahead."
    emergency: Boolean!
    description: String
  }
  type IncidentUpdate {
    at: DateTime!
    "investigating, identified, monitoring or resolved."
    state: String!
    message: String!
  }
  "An incident posted by the operator on the status page."
  type Incident {
    id: ID!
    title: String!
    state: String!
    startedAt: DateTime!
    updatedAt: DateTime!
    resolvedAt: DateTime
    "Newest first."
    updates: [IncidentUpdate!]!
  }
  "The Tax Agency's notifications to the resident register (KIR), required at least weekly (5.5)."
  type ResidentRegisterStatus {
    lastBatchAt: DateTime
    ageDays: Int
    "No batch for more than 7 days (or never)."
    stale: Boolean!
  }
  extend type Query {
    "Service windows not yet ended (and those of the last 30 days), of one environment (prod, utb) or both."
    serviceWindows(environment: String): [ServiceWindow!]!
    "The installation's incidents, newest first; resolved ones only when asked."
    incidents(includeResolved: Boolean): [Incident!]!
    "The caller's tenant's resident-register freshness."
    residentRegisterStatus: ResidentRegisterStatus
  }
  extend type Mutation {
    "Operator only: plan a service window (refused less than 7 days ahead unless emergency, or overlapping another)."
    addServiceWindow(
      environment: String!
      start: DateTime!
      end: DateTime!
      emergency: Boolean
      description: String
    ): ServiceWindow!
    "Operator only: remove a planned window; false when there was none."
    removeServiceWindow(id: ID!): Boolean!
  }
`;

const environmentArg = (v: unknown): Environment | undefined => {
  if (v === undefined || v === null) return undefined;
  if (!(ENVIRONMENTS as readonly string[]).includes(String(v)))
    throw badInput('environment must be prod or utb', 'environment');
  return v as Environment;
};

const operatorOnly = (ctx: RequestContext) => {
  if (!isPlatformOperator(ctx.principal))
    throw new PlatformError(
      'FORBIDDEN',
      'service windows are planned by the platform operator (role PLATFORM_OPERATOR in the operator tenant)',
    );
};

const asIso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

export const operationsResolvers = (): ResolverMap => ({
  Query: {
    serviceWindows: (_: unknown, a: { environment?: string | null }, ctx: RequestContext) =>
      ctx.scope.run((tx) =>
        listWindows(tx, { environment: environmentArg(a.environment), since: new Date(Date.now() - 30 * 86_400_000) }),
      ),
    incidents: (_: unknown, a: { includeResolved?: boolean | null }, ctx: RequestContext) =>
      ctx.scope.run((tx) => listIncidents(tx, { includeResolved: a.includeResolved ?? false })),
    residentRegisterStatus: (_: unknown, _a: unknown, ctx: RequestContext) =>
      ctx.scope.run((tx) => residentRegisterStatus(tx)),
  },
  Mutation: {
    addServiceWindow: async (
      _: unknown,
      a: { environment: string; start: unknown; end: unknown; emergency?: boolean | null; description?: string | null },
      ctx: RequestContext,
    ) => {
      operatorOnly(ctx);
      return ctx.scope.run((tx) =>
        addWindow(tx, {
          environment: a.environment,
          start: asIso(a.start),
          end: asIso(a.end),
          emergency: a.emergency ?? false,
          description: a.description ?? undefined,
        }),
      );
    },
    removeServiceWindow: async (_: unknown, a: { id: string }, ctx: RequestContext) => {
      operatorOnly(ctx);
      return ctx.scope.run((tx) => removeWindow(tx, a.id));
    },
  },
});
