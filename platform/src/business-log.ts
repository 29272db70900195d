/**
 * The business-log API (the contract's `GET /api/v1/business-logs/{elderly-care,iam,
 * elderly-care-provider}`): the audit log (audit.ts) of one subsystem, as the contract's
 * BusinessLogItem — one item per client concerned (a read of 12 clients is 12 items), items
 * without a client once. Served by the subgraph owning the subsystem (care: Ec, provider:
 * EcProvider, iam: Iam), to a tenant administrator only. Reading it is itself audited.
 */
import { sql } from 'drizzle-orm';
import type { Principal } from './trust.ts';
import type { RequestContext, ResolverMap } from './resolvers.ts';
import { MAX_PAGE, pageOffset, pageSize } from './resolvers.ts';
import { badInput, PlatformError } from './errors.ts';
import type { AuditSubsystem } from './audit.ts';
import type { EntityModel } from './model.ts';
import type { AnyTable } from './tables.ts';
import { rowsOf } from './rows.ts';

/** The licence (package id in iam and the facade manifest) that may read business logs. */
export const BUSINESS_LOG_PACKAGE = 'business-logs';
/** Staff role (TSS id) that may read business logs. */
export const BUSINESS_LOG_ROLE = 'SYSTEMADMINISTRATOR';

/**
 * A tenant administrator: reads business logs and the access review (the business-logs licence, or staff with
 * BUSINESS_LOG_ROLE).
 */
export function isTenantAdministrator(p: Principal): boolean {
  if (p.kind === 'partner') return p.package === BUSINESS_LOG_PACKAGE && p.scope?.type === 'tenant';
  if (p.kind === 'staff') return p.roles?.includes(BUSINESS_LOG_ROLE) ?? false;
  return p.kind === 'dev';
}

const ARGS = `
    "Page size (default 100, at most ${MAX_PAGE})."
    first: Int = 100
    "Cursor from pageInfo.endCursor of the previous page."
    after: String
    "Skip this many items (after the cursor, if any)."
    offset: Int = 0
    "Only events after this time (the contract's gt)."
    modifiedAfter: DateTime
    "Only events before this time (the contract's lt)."
    modifiedBefore: DateTime
    "By time, oldest first (default) or newest first."
    sortOrder: SortOrder
  `;

/** SDL shared (identically) by the subgraphs serving business logs, plus one query field. */
export function businessLogSdl(field: string, subsystem: AuditSubsystem): string {
  return /* GraphQL */ `
"Sort order by time."
enum SortOrder { Ascending Descending }

"A business-log entry: one audited event (a read or a change of personal data), per client concerned."
type BusinessLogItem @shareable {
  "When the event occurred (UTC)."
  timeUtc: DateTime
  "Ec, EcProvider or Iam."
  subSystem: String
  "The subgraph that served the event."
  module: String
  "The operation (the persisted operation or the client's operation name)."
  component: String
  category: String
  "Read, Create, Update or Delete."
  activity: String
  description: String
  "The user, or the API client (system) with its key."
  user: BusinessLogUser
  userRole: BusinessLogRole
  userIpAddress: String
  "Web (signed-in staff) or Api (a licensed system)."
  userDevice: String
  targetClient: BusinessLogClient
  targetUser: BusinessLogUser
  "Entities, fields, record count, outcome, licence and key; for changes each changed field with its old value."
  properties: [BusinessLogItemProperty!]!
  organisationUnit: BusinessLogOrganisationUnit
}
type BusinessLogUser @shareable {
  id: String
  signature: String
  ssn: String @personalData
  name: String @personalData
  description: String
}
type BusinessLogRole @shareable { id: String! name: String }
type BusinessLogClient @shareable { id: Int ssn: String @personalData name: String @personalData }
type BusinessLogItemProperty @shareable { name: String value: String oldValue: String }
type BusinessLogOrganisationUnit @shareable { id: String name: String }
type BusinessLogItemPage @shareable { nodes: [BusinessLogItem!]! pageInfo: PageInfo! }

extend type Query {
  "The ${subsystem} business log (audit log) of the caller's tenant. Tenant administrators only."
  ${field}(${ARGS}): BusinessLogItemPage!
}
`;
}

interface LogArgs {
  first?: number;
  after?: string;
  offset?: number;
  modifiedAfter?: Date;
  modifiedBefore?: Date;
  sortOrder?: 'Ascending' | 'Descending';
}

/**
 * Where a subgraph finds a client's identity for business-log items: an entity of its own read
 * through the kit's loaders (so masked and audited like any read) — by id, or by its client column.
 */
export interface TargetClientSource {
  entity: string;
  /** Column holding the client id; absent: the entity's id is the client id. */
  via?: string;
  ssn: string;
  name?: string;
}

export interface BusinessLogConfig {
  /** The query field, e.g. ecBusinessLogs. */
  field: string;
  targetClients?: TargetClientSource;
}

type TargetClients = (
  ctx: RequestContext,
  ids: number[],
) => Promise<Map<number, { ssn: string | null; name: string | null }>>;

export function targetClientsFrom(src: TargetClientSource, entity: EntityModel, table: AnyTable): TargetClients {
  return async (ctx, ids) => {
    const out = new Map<number, { ssn: string | null; name: string | null }>();
    const rows = src.via
      ? (await ctx.loaders.byColumn(entity, table, src.via, 1).loadMany(ids)).map((x) =>
          Array.isArray(x) ? x[0] : undefined,
        )
      : await ctx.loaders.byId(entity, table).loadMany(ids);
    ids.forEach((id, i) => {
      const r = rows[i];
      if (r && !(r instanceof Error))
        out.set(id, { ssn: (r[src.ssn] as string) ?? null, name: src.name ? ((r[src.name] as string) ?? null) : null });
    });
    return out;
  };
}

/** A row of the business-log query: an audit_log entry, once per target client (`ord`). */
interface AuditLogRow {
  id: string;
  at: Date | string;
  component: string;
  activity: string;
  operation: string | null;
  entities: string[] | null;
  fields: string[] | null;
  record_count: number;
  outcome: string;
  principal_kind: string;
  principal_id: string;
  principal_name: string | null;
  key_id: string | null;
  package: string | null;
  roles: string[] | null;
  units: number[] | null;
  ip: string | null;
  changes: unknown;
  client_id: number | null;
  ord: number;
}

function cursorOf(at: Date, id: string, ord: number): string {
  return Buffer.from(`${at.toISOString()}|${id}|${ord}`).toString('base64url');
}
function parseCursor(c: string): { at: string; id: string; ord: number } {
  const m = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|(\d{1,19})\|(\d{1,6})$/.exec(Buffer.from(c, 'base64url').toString());
  if (!m) throw badInput('after is not a cursor this API returned', 'after');
  return { at: m[1]!, id: m[2]!, ord: Number(m[3]) };
}

const strip = (op: string | null) => (op ? op.replace(/__\w+__\d+$/, '') : null);

export function businessLogResolvers(
  field: string,
  subsystem: AuditSubsystem,
  targetClients?: TargetClients,
): ResolverMap {
  return {
    Query: {
      [field]: async (_: unknown, args: LogArgs, ctx: RequestContext) => {
        if (!isTenantAdministrator(ctx.principal))
          throw new PlatformError(
            'FORBIDDEN',
            'business logs are for tenant administrators (the business-logs licence, or the system administrator role)',
          );
        const first = pageSize(args.first);
        const offset = pageOffset(args.offset);
        const desc = args.sortOrder === 'Descending';
        const c = args.after ? parseCursor(args.after) : undefined;
        const key = sql`(a.at, a.id, t.ord)`;
        const rows = await ctx.scope.run(async (tx) =>
          rowsOf<AuditLogRow>(
            await tx.execute(sql`
          select a.id::text as id, a.at, a.component, a.activity, a.operation, a.entities, a.fields, a.record_count,
          a.outcome,
                 a.principal_kind, a.principal_id, a.principal_name, a.key_id, a.package, a.roles, a.units, a.ip,
                 a.changes,
                 t.client_id, t.ord::int as ord
          from platform.audit_log a
          cross join lateral unnest(case when cardinality(a.client_ids) = 0 then array[null]::int[] else a.client_ids
          end) with ordinality t(client_id, ord)
          where a.subsystem = ${subsystem}
            ${args.modifiedAfter ? sql`and a.at > ${args.modifiedAfter.toISOString()}::timestamptz` : sql``}
            ${args.modifiedBefore ? sql`and a.at < ${args.modifiedBefore.toISOString()}::timestamptz` : sql``}
            ${
              c
                ? desc
                  ? sql`and ${key} < (${c.at}::timestamptz, ${c.id}::bigint, ${c.ord}::bigint)`
                  : sql`and ${key} >
            (${c.at}::timestamptz, ${c.id}::bigint, ${c.ord}::bigint)`
                : sql``
            }
          order by ${desc ? sql`a.at desc, a.id desc, t.ord desc` : sql`a.at, a.id, t.ord`}
          limit ${first + 1} offset ${offset}`),
          ),
        );
        const hasNextPage = rows.length > first;
        const page = rows.slice(0, first);
        const ids = [
          ...new Set(
            page
              .map((r) => r.client_id)
              .filter((x) => x != null)
              .map(Number),
          ),
        ];
        const clients = ids.length && targetClients ? await targetClients(ctx, ids) : new Map();
        const nodes = page.map((r) => {
          const partner = r.principal_kind === 'partner';
          const changes = r.changes as {
            id: string;
            before: Record<string, unknown> | null;
            after: Record<string, unknown> | null;
          } | null;
          const props: { name: string; value: string | null; oldValue?: string | null }[] = [
            { name: 'Entities', value: (r.entities ?? []).join(',') },
            { name: 'Records', value: String(r.record_count) },
            { name: 'Outcome', value: r.outcome },
          ];
          if (r.fields?.length) props.push({ name: 'Fields', value: r.fields.join(',') });
          if (r.package) props.push({ name: 'Package', value: r.package });
          if (r.key_id) props.push({ name: 'KeyId', value: r.key_id });
          if (changes) {
            props.push({ name: 'Id', value: changes.id });
            const names = new Set([...Object.keys(changes.before ?? {}), ...Object.keys(changes.after ?? {})]);
            for (const n of names) {
              const v = (x: unknown) =>
                x === undefined || x === null ? null : typeof x === 'string' ? x : JSON.stringify(x);
              const before = v(changes.before?.[n]);
              const after = v(changes.after?.[n]);
              if (before !== after) props.push({ name: n, value: after, oldValue: before });
            }
          }
          const clientId = r.client_id == null ? null : Number(r.client_id);
          const who = clients.get(clientId ?? -1);
          const at = r.at instanceof Date ? r.at : new Date(r.at);
          const by = partner
            ? `by API client ${r.principal_name ?? r.principal_id}`
            : `by ${r.principal_kind} ${r.principal_id}`;
          return {
            cursor: cursorOf(at, r.id, r.ord),
            timeUtc: at,
            subSystem: subsystem,
            module: r.component,
            component: strip(r.operation),
            category: 'Application',
            activity: r.activity,
            description: `${r.activity} ${r.record_count} ${(r.entities ?? []).join(', ') || 'record'} ${by}`,
            user: {
              id: r.principal_id,
              signature: r.principal_kind === 'staff' ? r.principal_id : null,
              ssn: null,
              name: r.principal_name,
              description: partner
                ? `API client; licence ${r.package ?? '?'}; key ${r.key_id ?? '?'}`
                : r.principal_kind,
            },
            userRole: r.roles?.length
              ? { id: r.roles[0], name: r.roles[0] }
              : r.package
                ? { id: r.package, name: `licence ${r.package}` }
                : null,
            userIpAddress: r.ip,
            userDevice: partner ? 'Api' : 'Web',
            targetClient: clientId == null ? null : { id: clientId, ssn: who?.ssn ?? null, name: who?.name ?? null },
            targetUser: null,
            properties: props,
            organisationUnit: r.units?.length ? { id: String(r.units[0]), name: null } : null,
          };
        });
        const last = nodes[nodes.length - 1];
        return { nodes, pageInfo: { hasNextPage, endCursor: last ? last.cursor : null } };
      },
    },
  };
}
