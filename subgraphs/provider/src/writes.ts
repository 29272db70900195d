/**
 * The provider subgraph's writes (platform mutations.ts gives each one validation, idempotency,
 * If-Match, scope, change feed and audit): reported visits and provider notes (8931), staff
 * administration (9067 ProviderPersonnel V2 and ProviderAdministrator V2), personnel (8961 V2).
 *
 * Staff is kept in three tables that must agree: the unit accesses are the source of truth for
 * who may work where; ProviderPersonnel keeps their contract-shaped copy (providerPersonnelUnitAccess,
 * roles, hsaIds, home unit) and Personnel the 8961 view of the same person. Every write that
 * changes one rebuilds the others in the same transaction.
 */
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import {
  PlatformError,
  normalisePersonId,
  plain,
  etagOf,
  type Row,
  type Write,
  type WriteBody,
  type WriteSpec,
} from '@lcs/platform';

/** Roles a staff member can hold on a provider unit (Lifecare Utförare's role catalogue). */
export const PROVIDER_UNIT_ROLES = [
  'Baspersonal',
  'Enhetschef',
  'Planerare',
  'Legitimerad personal',
  'Administratör',
  'Schemaläggare',
];

const ok = (w: Write, entity: string, row: Row, status = 200, body: unknown = plain(row)) => ({
  status,
  body,
  etag: etagOf(w.entity(entity), row),
});
const noContent = (w: Write, entity: string, row?: Row) => ({
  status: 204,
  etag: row ? etagOf(w.entity(entity), row) : null,
});

/**
 * A DELETE of the row an id parameter names (in the path: a malformed id is 404): the row read and
 * locked as the caller may see it (404 otherwise), `check` first (refusals, dependants removed), then
 * its tombstone, then `after` (copies rebuilt); 204.
 */
function removeById(
  entity: string,
  param: string,
  o: {
    inPath?: boolean;
    check?: (w: Write, before: Row) => void | Promise<void>;
    after?: (w: Write, before: Row) => Promise<unknown>;
  } = {},
): WriteSpec['run'] {
  return async (w) => {
    const before = await w.get(entity, w.intParam(param, o.inPath ?? true));
    await o.check?.(w, before);
    await w.remove(entity, before);
    await o.after?.(w, before);
    return noContent(w, entity);
  };
}

// ---------------------------------------------------------------------------------------------
// Reported visits (8931): an external planning system reports the visits its staff made.

const VISIT_READ_ONLY = ['id', 'lastUpdatedTime', 'deleted', 'externalId', 'reportingSystem'];

/** Domain checks of a visit (create and patch alike); resolves execution, client, unit and staff. */
async function checkVisit(w: Write, v: WriteBody): Promise<Row> {
  w.identityNumber('ClientPersonId', v.clientPersonId);
  const staffId = w.identityNumber('PersonnelPersonId', v.personnelPersonId) ? v.personnelPersonId : undefined;
  w.period('StartTime', v.startTime, 'EndTime', v.endTime);
  w.period('OriginalStartTime', v.originalStartTime, 'OriginalEndTime', v.originalEndTime);
  const execution = await w.exists('Execution', v.executionId);
  if (!execution) w.fail('ExecutionId', `execution ${v.executionId} does not exist`);
  else if (v.clientPersonId && normalisePersonId(execution.personId) !== normalisePersonId(v.clientPersonId)) {
    w.fail('ClientPersonId', `is not the client of execution ${v.executionId}`);
  }
  // a provider-scoped licence reports only for the clients of its own units
  if (execution && !(await w.find('Execution', eq(w.table('Execution').id, execution.id))).length) {
    throw new PlatformError('FORBIDDEN', `execution ${execution.id} is not at a unit this licence may report for`, {
      field: 'ExecutionId',
    });
  }
  const unitId = v.providerUnitId ?? execution?.providerUnitId;
  if (v.providerUnitId != null && !(await w.exists('ProviderUnit', v.providerUnitId)))
    w.fail('ProviderUnitId', `provider unit ${v.providerUnitId} does not exist`);
  const pp = w.table('ProviderPersonnel');
  const [staff] = staffId
    ? await w.find(
        'ProviderPersonnel',
        sql`regexp_replace(${pp.personId}, '[-+ ]', '', 'g') = ${normalisePersonId(staffId)}`,
        { scoped: false },
      )
    : [];
  if (staffId && !staff) w.fail('PersonnelPersonId', 'no provider personnel has this identity number');
  w.check();
  const row = {
    ...w.columns('ReportedVisit', v),
    providerUnitId: unitId,
    clientId: execution!.clientId,
    providerPersonnelId: staff?.id ?? null,
  };
  w.assertInScope('ReportedVisit', row);
  return row;
}

const visits: WriteSpec[] = [
  {
    field: 'createReportedVisit',
    entity: 'ReportedVisit',
    body: 'ReportedVisit.V1.ReportedVisit',
    description: 'POST /api/v1/reported_visits: report a visit (8931). Answers the new id.',
    async run(w) {
      const row = await checkVisit(w, w.body);
      const t = w.table('ReportedVisit');
      await w.serialize('ReportedVisit', w.body.externalId, w.body.reportingSystem);
      const dup = await w.find(
        'ReportedVisit',
        and(eq(t.externalId, w.body.externalId), eq(t.reportingSystem, w.body.reportingSystem)),
        { scoped: false },
      );
      if (dup.length)
        throw new PlatformError(
          'CONFLICT',
          `visit ${w.body.externalId} of ${w.body.reportingSystem} is already reported (id ${dup[0]!.id})`,
          { field: 'ExternalId' },
        );
      const created = await w.insert('ReportedVisit', row);
      return { status: 200, body: created.id, etag: etagOf(w.entity(), created) };
    },
  },
  {
    field: 'patchReportedVisit',
    entity: 'ReportedVisit',
    body: 'json-patch',
    description: 'PATCH /api/v1/reported_visits/{id}: change a reported visit with a JSON Patch (RFC 6902).',
    async run(w) {
      const before = await w.get('ReportedVisit', w.intParam('id', true));
      const doc = w.jsonPatch(plain(before)!, 'ReportedVisit.V1.ReportedVisit', VISIT_READ_ONLY);
      const row = await checkVisit(w, doc);
      const after = await w.update('ReportedVisit', before, row);
      return ok(w, 'ReportedVisit', after);
    },
  },
  {
    field: 'deleteReportedVisit',
    entity: 'ReportedVisit',
    description: 'DELETE /api/v1/reported_visits/{id}: remove a reported visit.',
    run: removeById('ReportedVisit', 'id', { check: (w, before) => w.assertInScope('ReportedVisit', before) }),
  },
  {
    field: 'deleteReportedVisitByExternalId',
    entity: 'ReportedVisit',
    description:
      'DELETE /api/v1/reported_visits?externalId=&reportingSystem=: remove a reported visit by the reporting ' +
      "system's id.",
    async run(w) {
      const t = w.table('ReportedVisit');
      const [before] = await w.find(
        'ReportedVisit',
        and(eq(t.externalId, w.stringParam('externalId')), eq(t.reportingSystem, w.stringParam('reportingSystem'))),
        { lock: true },
      );
      if (!before)
        throw new PlatformError('NOT_FOUND', `no visit ${w.params.externalId} of ${w.params.reportingSystem}`);
      await w.remove('ReportedVisit', before);
      return noContent(w, 'ReportedVisit');
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Staff (9067 ProviderPersonnel V2).

interface AccessInput {
  id?: number;
  unitId: number;
  activeFromDate?: string | null;
  activeToDate?: string | null;
  providerUnitRoles: { id?: number; roleName: string }[];
}

/** An update request's staff member (the fields these writes read; validated against the contract). */
interface StaffBody extends WriteBody {
  id: number;
  hsaId?: string | null;
  isActive?: boolean;
  disabled?: boolean;
}

/** A create request's staff member: its unit accesses (at least one: a create without any is refused first). */
interface NewStaffBody extends WriteBody {
  isActive?: boolean;
  disabled?: boolean;
  providerPersonnelUnitAccess: [AccessInput, ...AccessInput[]];
}

/** A stored staff member (ProviderPersonnel, Personnel, ProviderAdministrator): kit ids are integers. */
interface StaffRow extends Row {
  id: number;
  hsaId?: string | null;
  providerPersonnelId?: number | null;
}

/** A stored unit access (ProviderPersonnelUnitAccess). */
interface AccessRow extends Row {
  id: number;
  providerPersonnelId: number;
  unitId: number;
  unitName: string | null;
  activeFromDate: Date | string | null;
  activeToDate: Date | string | null;
  providerUnitRoles: unknown;
}

/**
 * Checks unit accesses (units exist, roles known, periods consistent, one access per unit).
 * `at(i)`: the contract path prefix of access i, e.g. "ProviderPersonnelUnitAccess[0]." ('' when the body is the
 * access).
 */
async function checkAccesses(w: Write, accesses: AccessInput[], at: (i: number) => string): Promise<Map<number, Row>> {
  const units = new Map<number, Row>();
  const seen = new Set<number>();
  for (const [i, a] of accesses.entries()) {
    const unit = await w.exists('ProviderUnit', a.unitId);
    if (!unit) w.fail(`${at(i)}UnitId`, `provider unit ${a.unitId} does not exist`);
    else units.set(a.unitId, unit);
    if (seen.has(a.unitId)) w.fail(`${at(i)}UnitId`, `unit ${a.unitId} is given twice`);
    seen.add(a.unitId);
    w.period(`${at(i)}ActiveFromDate`, a.activeFromDate, `${at(i)}ActiveToDate`, a.activeToDate);
    if (!a.providerUnitRoles?.length) w.fail(`${at(i)}ProviderUnitRoles`, 'must name at least one role');
    for (const [j, r] of (a.providerUnitRoles ?? []).entries()) {
      if (!PROVIDER_UNIT_ROLES.includes(r.roleName))
        w.fail(`${at(i)}ProviderUnitRoles[${j}].RoleName`, `unknown role; one of ${PROVIDER_UNIT_ROLES.join(', ')}`);
    }
  }
  return units;
}

async function accessRow(w: Write, personnelId: number, a: AccessInput, unit: Row, id?: number): Promise<Row> {
  const roleIds = await w.nextIds(a.providerUnitRoles.length);
  return {
    ...(id ? { id } : {}),
    providerPersonnelId: personnelId,
    unitId: a.unitId,
    unitName: unit.name ?? null,
    activeFromDate: a.activeFromDate ? new Date(a.activeFromDate) : null,
    activeToDate: a.activeToDate ? new Date(a.activeToDate) : null,
    providerUnitRoles: a.providerUnitRoles.map((r, k) => ({ id: r.id ?? roleIds[k], roleName: r.roleName })),
  };
}

/** The staff member's contract-shaped copy of its unit accesses, rebuilt from the access rows. */
async function denormalised(w: Write, personnelId: number, hsaId: unknown): Promise<Row> {
  const t = w.table('ProviderPersonnelUnitAccess');
  const access = (await w.tx
    .select()
    .from(t)
    .where(and(eq(t.providerPersonnelId, personnelId), eq(t.deleted, false)))
    .orderBy(asc(t.id))) as AccessRow[];
  const now = Date.now();
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : (d ?? null));
  return {
    providerUnitId: access[0]?.unitId ?? null,
    providerPersonnelUnitAccess: access.map((a) => ({
      id: a.id,
      unitId: a.unitId,
      unitName: a.unitName,
      activeFromDate: iso(a.activeFromDate),
      activeToDate: iso(a.activeToDate),
      providerUnitRoles: a.providerUnitRoles,
    })),
    roles: access.flatMap((a) =>
      (a.providerUnitRoles as { roleName: string }[]).map((r) => ({
        active: a.activeToDate == null || new Date(a.activeToDate).getTime() > now,
        fromDate: iso(a.activeFromDate),
        toDate: iso(a.activeToDate),
        name: r.roleName,
        providerUnitId: a.unitId,
      })),
    ),
    hsaIds: hsaId ? access.map((a) => ({ hsaId, providerUnitId: a.unitId })) : [],
  };
}

const PERSON_FIELDS = [
  'personId',
  'firstName',
  'lastName',
  'signature',
  'title',
  'hsaId',
  'phoneNumber',
  'emailAddress',
  'canHaveDelegation',
  'disabled',
] as const;
const personOf = (b: WriteBody) => ({
  ...Object.fromEntries(PERSON_FIELDS.filter((f) => f in b).map((f) => [f, b[f] ?? null])),
  ...(b.firstName !== undefined || b.lastName !== undefined
    ? { fullName: [b.firstName, b.lastName].filter(Boolean).join(' ') }
    : {}),
});

/** Identity number valid and, like the signature, not another live staff member's. */
async function checkPerson(
  w: Write,
  entity: 'ProviderPersonnel' | 'Personnel' | 'ProviderAdministrator',
  b: WriteBody,
  self?: number,
): Promise<void> {
  w.identityNumber('PersonId', b.personId);
  // one staff member per identity number and signature, also when two requests add the same at once
  if (b.personId) await w.serialize('Person', normalisePersonId(b.personId));
  if (b.signature) await w.serialize('Signature', b.signature);
  const t = w.table(entity);
  const notSelf = self ? ne(t.id, self) : undefined;
  if (
    b.personId &&
    (
      await w.find(
        entity,
        and(sql`regexp_replace(${t.personId}, '[-+ ]', '', 'g') = ${normalisePersonId(b.personId)}`, notSelf),
        { scoped: false },
      )
    ).length
  ) {
    w.fail('PersonId', `another ${entity} has this identity number`);
  }
  if (b.signature && (await w.find(entity, and(eq(t.signature, b.signature), notSelf), { scoped: false })).length)
    w.fail('Signature', `another ${entity} has this signature`);
}

/** Rebuilds the staff member's copy of its accesses and bumps its version (the change feed shows it). */
async function syncPersonnel(w: Write, personnelId: number): Promise<Row> {
  const before = await w.get('ProviderPersonnel', personnelId);
  return w.update('ProviderPersonnel', before, await denormalised(w, personnelId, before.hsaId), { ifMatch: false });
}

/** Keeps the 8961 Personnel view of a staff member in step (same person, other API). */
async function syncPersonnelView(w: Write, pp: Row, remove = false): Promise<void> {
  const t = w.table('Personnel');
  const [view] = await w.find('Personnel', eq(t.providerPersonnelId, pp.id), { lock: true, scoped: false });
  if (!view) return;
  if (remove) await w.remove('Personnel', view, { ifMatch: false });
  else
    await w.update('Personnel', view, { ...personOf(pp), active: pp.isActive, userId: pp.userId }, { ifMatch: false });
}

const staff: WriteSpec[] = [
  {
    field: 'createProviderPersonnel',
    entity: 'ProviderPersonnel',
    body: 'ProviderPersonnel.V2.CreateProviderPersonnelRequest',
    description:
      'POST /api/v2/provider_personnel: create a staff member with one or more roles on one or more units (9067).',
    async run(w) {
      const b = w.body as NewStaffBody;
      await checkPerson(w, 'ProviderPersonnel', b);
      if (!b.providerPersonnelUnitAccess?.length)
        w.fail('ProviderPersonnelUnitAccess', 'must give at least one unit access');
      const units = await checkAccesses(
        w,
        b.providerPersonnelUnitAccess ?? [],
        (i) => `ProviderPersonnelUnitAccess[${i}].`,
      );
      w.check();
      const [id, personnelId] = await w.nextIds(2);
      const accessIds = await w.nextIds(b.providerPersonnelUnitAccess.length);
      await w.insert('ProviderPersonnel', {
        id,
        ...personOf(b),
        isActive: b.isActive,
        disabled: b.disabled,
        providerUnitId: b.providerPersonnelUnitAccess[0].unitId,
      });
      for (const [i, a] of (b.providerPersonnelUnitAccess as AccessInput[]).entries()) {
        await w.insert('ProviderPersonnelUnitAccess', await accessRow(w, id!, a, units.get(a.unitId)!, accessIds[i]));
      }
      await w.insert('Personnel', { id: personnelId, ...personOf(b), active: b.isActive, providerPersonnelId: id });
      const created = await syncPersonnel(w, id!);
      return { status: 200, body: [plain(created)], etag: etagOf(w.entity(), created) };
    },
  },
  {
    field: 'updateProviderPersonnel',
    entity: 'ProviderPersonnel',
    body: 'ProviderPersonnel.V2.UpdateProviderPersonnelRequest',
    description: 'PUT /api/v2/provider_personnel: update a staff member (9067).',
    async run(w) {
      const b = w.body as StaffBody;
      const before = (await w.get('ProviderPersonnel', b.id)) as StaffRow;
      await checkPerson(w, 'ProviderPersonnel', b, before.id);
      w.check();
      // the HSA id is also in the copy of the accesses (hsaIds): rebuilt with the new one
      const after = await w.update('ProviderPersonnel', before, {
        ...personOf(b),
        isActive: b.isActive,
        ...(await denormalised(w, before.id, b.hsaId)),
      });
      await syncPersonnelView(w, after);
      return noContent(w, 'ProviderPersonnel', after);
    },
  },
  {
    field: 'deleteProviderPersonnel',
    entity: 'ProviderPersonnel',
    description: 'DELETE /api/v2/provider_personnel/{personnelId}: remove a staff member from Lifecare (9067).',
    run: removeById('ProviderPersonnel', 'personnelId', {
      async check(w, before) {
        const t = w.table('ProviderPersonnelUnitAccess');
        for (const a of await w.find('ProviderPersonnelUnitAccess', eq(t.providerPersonnelId, before.id), {
          lock: true,
          scoped: false,
        })) {
          await w.remove('ProviderPersonnelUnitAccess', a, { ifMatch: false });
        }
        await syncPersonnelView(w, before, true);
      },
    }),
  },
  {
    field: 'createProviderPersonnelUnitAccess',
    entity: 'ProviderPersonnelUnitAccess',
    body: 'ProviderPersonnel.V2.AddProviderPersonnelUnitAccessRequest',
    description:
      'POST /api/v2/provider_personnel/unit-access: give a staff member access to a unit, with roles (9067).',
    async run(w) {
      const b = w.body as WriteBody & AccessInput;
      const [person] = (await w.find('ProviderPersonnel', eq(w.table('ProviderPersonnel').id, b.providerPersonnelId), {
        lock: true,
      })) as StaffRow[];
      if (!person) w.fail('ProviderPersonnelId', `provider personnel ${b.providerPersonnelId} does not exist`);
      const units = await checkAccesses(w, [b], () => '');
      const t = w.table('ProviderPersonnelUnitAccess');
      if (
        person &&
        (
          await w.find(
            'ProviderPersonnelUnitAccess',
            and(eq(t.providerPersonnelId, person.id), eq(t.unitId, b.unitId)),
            { scoped: false },
          )
        ).length
      ) {
        w.fail('UnitId', `provider personnel ${person.id} already has access to unit ${b.unitId}`);
      }
      w.check();
      const created = await w.insert(
        'ProviderPersonnelUnitAccess',
        await accessRow(w, person!.id, b, units.get(b.unitId)!),
      );
      await syncPersonnel(w, person!.id);
      return ok(w, 'ProviderPersonnelUnitAccess', created);
    },
  },
  {
    field: 'updateProviderPersonnelUnitAccess',
    entity: 'ProviderPersonnelUnitAccess',
    body: 'ProviderPersonnel.V2.UpdateProviderPersonnelUnitAccessRequest',
    description:
      'PUT /api/v2/provider_personnel/unit-access: change a unit access (e.g. add a role on the unit) (9067).',
    async run(w) {
      const b = w.body as WriteBody & AccessInput;
      const before = (await w.get('ProviderPersonnelUnitAccess', b.id as number)) as AccessRow;
      const units = await checkAccesses(w, [b], () => '');
      const t = w.table('ProviderPersonnelUnitAccess');
      if (
        b.unitId !== before.unitId &&
        (
          await w.find(
            'ProviderPersonnelUnitAccess',
            and(eq(t.providerPersonnelId, before.providerPersonnelId), eq(t.unitId, b.unitId)),
            { scoped: false },
          )
        ).length
      ) {
        w.fail('UnitId', `the staff member already has access to unit ${b.unitId}`);
      }
      w.check();
      const changes = await accessRow(w, before.providerPersonnelId, b, units.get(b.unitId)!);
      delete changes.id;
      delete changes.providerPersonnelId;
      const after = await w.update('ProviderPersonnelUnitAccess', before, changes);
      await syncPersonnel(w, before.providerPersonnelId);
      return noContent(w, 'ProviderPersonnelUnitAccess', after);
    },
  },
  {
    field: 'deleteProviderPersonnelUnitAccess',
    entity: 'ProviderPersonnelUnitAccess',
    description:
      "DELETE /api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=: remove a staff member's access " +
      'to a unit (9067).',
    run: removeById('ProviderPersonnelUnitAccess', 'providerPersonnelUnitAccessId', {
      inPath: false,
      async check(w, before) {
        const t = w.table('ProviderPersonnelUnitAccess');
        const others = await w.find(
          'ProviderPersonnelUnitAccess',
          and(eq(t.providerPersonnelId, before.providerPersonnelId), ne(t.id, before.id)),
          { scoped: false },
        );
        if (!others.length)
          throw new PlatformError(
            'CONFLICT',
            "this is the staff member's last unit access; delete the staff member instead",
            { field: 'providerPersonnelUnitAccessId' },
          );
      },
      after: (w, before) => syncPersonnel(w, before.providerPersonnelId as number),
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Administrators (9067 ProviderAdministrator V2).

/** Administrator roles of Lifecare Utförare (V2 names). */
export const ADMIN_ROLES = ['EC.SystemansvarigUtförare', 'EC.PersonalAdministratör'];

/** An administrator's V2 status (a request's ProviderAdminStatus, or the role request itself). */
interface AdminStatus {
  roleName?: string | null;
  activeFromDate?: string | null;
  activeToDate?: string | null;
}

/** A create or update request's administrator (`id`: updates only). */
interface AdminBody extends WriteBody {
  id?: number;
  isActive?: boolean;
  providerAdminStatus?: AdminStatus | null;
}

/** A role request: the administrator's id and its new status. */
type AdminRoleBody = WriteBody & AdminStatus & { id: number };

function checkAdminStatus(w: Write, st: AdminStatus | null | undefined, at: string): void {
  if (!st) return;
  if (st.roleName != null && !ADMIN_ROLES.includes(st.roleName))
    w.fail(`${at}RoleName`, `unknown administrator role; one of ${ADMIN_ROLES.join(', ')}`);
  w.period(`${at}ActiveFromDate`, st.activeFromDate, `${at}ActiveToDate`, st.activeToDate);
}

/** The V1 roles list and V2 status of an administrator agree (V1 names the system role differently). */
const adminRoles = (st: AdminStatus | null | undefined) =>
  st?.roleName ? [st.roleName === 'EC.SystemansvarigUtförare' ? 'EC.Systemadministratör' : st.roleName] : [];

const adminStatus = (b: AdminStatus) => ({
  activeFromDate: b.activeFromDate ?? null,
  activeToDate: b.activeToDate ?? null,
  roleName: b.roleName ?? null,
});

/** An administrator's person, activity and status checked (create and update alike); `self` when updating. */
async function checkAdmin(w: Write, b: AdminBody, self?: number): Promise<void> {
  await checkPerson(w, 'ProviderAdministrator', b, self);
  checkAdminStatus(w, b.providerAdminStatus, 'ProviderAdminStatus.');
  w.check();
}

/** The stored columns of a create or update request's administrator. */
const adminRow = (b: AdminBody) => ({
  ...personOf(b),
  isActive: b.isActive,
  active: b.isActive,
  providerAdminStatus: b.providerAdminStatus,
  roles: adminRoles(b.providerAdminStatus),
});

/** Sets an administrator's role (POST and PUT /provider_administrators/role alike). */
async function setAdminRole(w: Write) {
  const b = w.body as AdminRoleBody;
  const before = await w.get('ProviderAdministrator', b.id);
  checkAdminStatus(w, b, '');
  w.check();
  const status = adminStatus(b);
  const after = await w.update('ProviderAdministrator', before, {
    providerAdminStatus: status,
    roles: adminRoles(status),
  });
  return ok(w, 'ProviderAdministrator', after);
}

const administrators: WriteSpec[] = [
  {
    field: 'createProviderAdministrator',
    entity: 'ProviderAdministrator',
    body: 'ProviderAdministrator.V2.CreateProviderAdminRequest',
    description: 'POST /api/v2/provider_administrators: create a staff member with the administrator role (9067).',
    async run(w) {
      await checkAdmin(w, w.body as AdminBody);
      const created = await w.insert('ProviderAdministrator', {
        ...adminRow(w.body as AdminBody),
        addresses: [],
        phones: [],
        emails: [],
      });
      return ok(w, 'ProviderAdministrator', created);
    },
  },
  {
    field: 'updateProviderAdministrator',
    entity: 'ProviderAdministrator',
    body: 'ProviderAdministrator.V2.UpdateProviderAdminRequest',
    description: 'PUT /api/v2/provider_administrators: update an administrator (9067).',
    async run(w) {
      const before = (await w.get('ProviderAdministrator', w.body.id as number)) as StaffRow;
      await checkAdmin(w, w.body as AdminBody, before.id);
      const after = await w.update('ProviderAdministrator', before, adminRow(w.body as AdminBody));
      return ok(w, 'ProviderAdministrator', after);
    },
  },
  {
    field: 'deleteProviderAdministrator',
    entity: 'ProviderAdministrator',
    description: 'DELETE /api/v2/provider_administrators/{id}: remove an administrator from Lifecare (9067).',
    run: removeById('ProviderAdministrator', 'id'),
  },
  {
    field: 'createProviderAdministratorRole',
    entity: 'ProviderAdministrator',
    body: 'ProviderAdministrator.V2.UpdateProviderAdminRoleRequest',
    description: 'POST /api/v2/provider_administrators/role: give an administrator its role (9067).',
    run: setAdminRole,
  },
  {
    field: 'updateProviderAdministratorRole',
    entity: 'ProviderAdministrator',
    body: 'ProviderAdministrator.V2.UpdateProviderAdminRoleRequest',
    description: "PUT /api/v2/provider_administrators/role: change an administrator's role or its period (9067).",
    run: setAdminRole,
  },
  {
    field: 'deleteProviderAdministratorRole',
    entity: 'ProviderAdministrator',
    description:
      'DELETE /api/v2/provider_administrators/role?adminId=: remove the administrator role from the user (9067).',
    async run(w) {
      const before = await w.get('ProviderAdministrator', w.intParam('adminId'));
      const after = await w.update('ProviderAdministrator', before, { providerAdminStatus: null, roles: [] });
      return noContent(w, 'ProviderAdministrator', after);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Personnel (8961 V2): the same people as ProviderPersonnel, as user administration sees them.

const personnel: WriteSpec[] = [
  {
    field: 'createPersonnel',
    entity: 'Personnel',
    body: 'ProviderPersonnel.V2.CreatePersonnelRequest',
    description: 'POST /api/v2/personnel: create a staff member (8961). Unit access is given through 9067.',
    async run(w) {
      await checkPerson(w, 'Personnel', w.body);
      w.check();
      const created = await w.insert('Personnel', { ...personOf(w.body), active: true });
      return ok(w, 'Personnel', created);
    },
  },
  {
    field: 'updatePersonnel',
    entity: 'Personnel',
    body: 'ProviderPersonnel.V2.UpdatePersonnelRequest',
    description: 'PUT /api/v2/personnel: update a staff member (8961); the provider personnel view follows.',
    async run(w) {
      const before = (await w.get('Personnel', w.body.id as number)) as StaffRow;
      await checkPerson(w, 'Personnel', w.body, before.id);
      w.check();
      const after = (await w.update('Personnel', before, personOf(w.body))) as StaffRow;
      if (after.providerPersonnelId) {
        const pp = (await w.get('ProviderPersonnel', after.providerPersonnelId)) as StaffRow;
        await w.update(
          'ProviderPersonnel',
          pp,
          { ...personOf(w.body), ...(await denormalised(w, pp.id, w.body.hsaId)) },
          { ifMatch: false },
        );
      }
      return ok(w, 'Personnel', after);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Provider notes (8931): documentation written in the external system, V1 (documentation note) and
// V2 (journal note). The client is care's; the provider knows it through its executions.

/** The note's client, unit and headline checked: the client has an execution (at the unit, for a provider scope). */
async function checkNote(
  w: Write,
  n: {
    clientId?: number;
    personId?: string;
    executionId?: number;
    unitId: number;
    headlineId?: unknown;
    authorId?: number;
  },
  names: Record<string, string>,
): Promise<{ execution: Row | undefined; author: Row | undefined }> {
  const ex = w.table('Execution');
  if (n.personId !== undefined) w.identityNumber(names.personId!, n.personId);
  if (n.executionId != null && !(await w.exists('Execution', n.executionId)))
    w.fail(names.executionId!, `execution ${n.executionId} does not exist`);
  const client =
    n.clientId != null
      ? sql`${ex.clientId} = ${n.clientId}`
      : n.personId
        ? sql`regexp_replace(${ex.personId}, '[-+ ]', '', 'g') = ${normalisePersonId(n.personId)}`
        : undefined;
  const match = client && (n.executionId != null ? and(client, eq(ex.id, n.executionId)) : client);
  const [known] = match ? await w.find('Execution', match, { scoped: false }) : [];
  if (client && !known) w.fail(names.client!, 'no execution of the provider has this client');
  // a provider-scoped licence writes only for the clients of its own units
  const [execution] = known ? await w.find('Execution', match) : [];
  if (known && !execution)
    throw new PlatformError('FORBIDDEN', 'the client has no execution at the units this licence may write for', {
      field: names.client,
    });
  if (!(await w.exists('ProviderUnit', n.unitId))) w.fail(names.unitId!, `provider unit ${n.unitId} does not exist`);
  if (n.headlineId != null && !(await w.exists('ProviderHeadline', n.headlineId)))
    w.fail(names.headlineId!, `headline ${n.headlineId} does not exist`);
  const author = n.authorId != null ? await w.exists('ProviderPersonnel', n.authorId) : undefined;
  if (n.authorId != null && !author) w.fail(names.authorId!, `provider personnel ${n.authorId} does not exist`);
  w.check();
  return { execution, author };
}

/** A V1 documentation note request (the fields these writes read). */
interface NoteV1Body extends WriteBody {
  providerUnitId: number;
  personId?: string | null;
  executionId?: number | null;
  createdById?: number | null;
  occurrenceDate?: string | null;
  createdDate?: string | null;
}

/** A V2 journal note request (the fields these writes read). */
interface NoteV2Body extends WriteBody {
  clientId: number;
  providerUnitId: number;
  executionId?: number | null;
  createdPersonnelId: number;
  occurrenceTimeUtc: string;
  createdDateTimeUtc?: string | null;
}

const audited = (p: Row | undefined, title: unknown, at: Date) =>
  p
    ? {
        personnelId: p.id,
        firstName: p.firstName,
        lastName: p.lastName,
        title: title ?? p.title,
        roleId: null,
        dateTimeUtc: at.toISOString(),
      }
    : null;

const notes: WriteSpec[] = [
  {
    field: 'createProviderNoteV1',
    entity: 'ProviderNote',
    body: 'ProviderNote.V1.ProviderDocumentationNote',
    description:
      'POST /api/v1/provider_notes: write a documentation note (8931; deprecated by the contract). Answers the note ' +
      'id.',
    async run(w) {
      const b = w.body as NoteV1Body;
      if (b.providerUnitId == null) w.fail('ProviderUnitId', 'is required');
      if (!b.personId && b.executionId == null) w.fail('PersonId', 'is required (or ExecutionId)');
      if (!b.text) w.fail('Text', 'is required');
      w.check();
      const { execution, author } = await checkNote(
        w,
        {
          personId: b.personId ?? undefined,
          executionId: b.executionId ?? undefined,
          unitId: b.providerUnitId,
          headlineId: b.headlineId,
          authorId: b.createdById ?? undefined,
        },
        {
          personId: 'PersonId',
          executionId: 'ExecutionId',
          client: 'PersonId',
          unitId: 'ProviderUnitId',
          headlineId: 'HeadlineId',
          authorId: 'CreatedById',
        },
      );
      const headline = b.headlineId != null ? await w.exists('ProviderHeadline', b.headlineId) : undefined;
      const now = new Date();
      const created = await w.insert('ProviderNote', {
        ...w.columns('ProviderNote', b),
        clientId: execution?.clientId ?? null,
        executionId: b.executionId ?? execution?.id ?? null,
        unitId: b.providerUnitId,
        personId: execution?.personId ?? b.personId,
        clientPersonId: execution?.personId ?? b.personId,
        headlineName: headline?.name ?? b.headlineName ?? null,
        headline: headline?.name ?? null,
        occurrenceTimeUtc: b.occurrenceDate ? new Date(b.occurrenceDate) : now,
        createdDate: b.createdDate ? new Date(b.createdDate) : now,
        createdByFirstName: author?.firstName ?? b.createdByFirstName ?? null,
        createdByLastName: author?.lastName ?? b.createdByLastName ?? null,
        createdByTitle: author?.title ?? b.createdByTitle ?? null,
        createdBy: audited(author, b.createdByTitle, now),
        isCds: b.isCds ?? false,
        law: b.law ?? 'SOL',
      });
      return { status: 200, body: [String(created.id)], etag: etagOf(w.entity(), created) };
    },
  },
  {
    field: 'createProviderNoteV2',
    entity: 'ProviderNote',
    body: 'ProviderNote.V2.CreateProviderJournalNoteRequest',
    description: 'POST /api/v2/provider_notes: write a journal note (8931).',
    async run(w) {
      const b = w.body as NoteV2Body;
      w.period('occurrenceTimeUtc', b.occurrenceTimeUtc, 'createdDateTimeUtc', b.createdDateTimeUtc);
      const { execution, author } = await checkNote(
        w,
        {
          clientId: b.clientId,
          executionId: b.executionId ?? undefined,
          unitId: b.providerUnitId,
          headlineId: b.headlineId,
          authorId: b.createdPersonnelId,
        },
        {
          executionId: 'executionId',
          client: 'clientId',
          unitId: 'providerUnitId',
          headlineId: 'headlineId',
          authorId: 'createdPersonnelId',
        },
      );
      const headline = await w.exists('ProviderHeadline', b.headlineId);
      const created = b.createdDateTimeUtc ? new Date(b.createdDateTimeUtc) : new Date();
      const signedBy = b.isSigned ? audited(author, b.createdPersonnelTitle, created) : null;
      const row = await w.insert('ProviderNote', {
        providerUnitId: b.providerUnitId,
        unitId: b.providerUnitId,
        clientId: b.clientId,
        executionId: b.executionId ?? execution?.id ?? null,
        headlineId: b.headlineId,
        headlineName: headline?.name ?? null,
        headline: headline?.name ?? null,
        text: b.text,
        occurrenceDate: new Date(b.occurrenceTimeUtc),
        occurrenceTimeUtc: new Date(b.occurrenceTimeUtc),
        createdDate: created,
        createdById: b.createdPersonnelId,
        createdByFirstName: author?.firstName ?? null,
        createdByLastName: author?.lastName ?? null,
        createdByTitle: b.createdPersonnelTitle,
        createdBy: audited(author, b.createdPersonnelTitle, created),
        signedBy,
        signedById: signedBy ? b.createdPersonnelId : null,
        signedDate: signedBy ? created : null,
        personId: execution?.personId ?? null,
        clientPersonId: execution?.personId ?? null,
        isCds: false,
        law: 'SOL',
      });
      return ok(w, 'ProviderNote', row);
    },
  },
];

export const writes: WriteSpec[] = [...visits, ...staff, ...administrators, ...personnel, ...notes];
