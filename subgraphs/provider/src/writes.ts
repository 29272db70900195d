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
import { PlatformError, normalisePersonId, plain, etagOf, type Row, type Write, type WriteSpec } from '@lcs/platform';

/** Roles a staff member can hold on a provider unit (Lifecare Utförare's role catalogue). */
export const PROVIDER_UNIT_ROLES = ['Baspersonal', 'Enhetschef', 'Planerare', 'Legitimerad personal', 'Administratör', 'Schemaläggare'];

const ok = (w: Write, entity: string, row: Row, status = 200, body: unknown = plain(row)) => ({ status, body, etag: etagOf(w.entity(entity), row) });
const noContent = (w: Write, entity: string, row?: Row) => ({ status: 204, etag: row ? etagOf(w.entity(entity), row) : null });

// ---------------------------------------------------------------------------------------------
// Reported visits (8931): an external planning system reports the visits its staff made.

const VISIT_READ_ONLY = ['id', 'lastUpdatedTime', 'deleted', 'externalId', 'reportingSystem'];

/** Domain checks of a visit (create and patch alike); resolves execution, client, unit and staff. */
async function checkVisit(w: Write, v: Record<string, any>): Promise<Row> {
  w.identityNumber('ClientPersonId', v.clientPersonId);
  w.identityNumber('PersonnelPersonId', v.personnelPersonId);
  w.period('StartTime', v.startTime, 'EndTime', v.endTime);
  w.period('OriginalStartTime', v.originalStartTime, 'OriginalEndTime', v.originalEndTime);
  const execution = await w.exists('Execution', v.executionId);
  if (!execution) w.fail('ExecutionId', `execution ${v.executionId} does not exist`);
  else if (v.clientPersonId && normalisePersonId(execution.personId) !== normalisePersonId(v.clientPersonId)) {
    w.fail('ClientPersonId', `is not the client of execution ${v.executionId}`);
  }
  const unitId = v.providerUnitId ?? execution?.providerUnitId;
  if (v.providerUnitId != null && !(await w.exists('ProviderUnit', v.providerUnitId))) w.fail('ProviderUnitId', `provider unit ${v.providerUnitId} does not exist`);
  const pp = w.table('ProviderPersonnel');
  const [staff] = v.personnelPersonId ? await w.find('ProviderPersonnel', sql`regexp_replace(${pp.personId}, '[-+ ]', '', 'g') = ${normalisePersonId(v.personnelPersonId)}`, { scoped: false }) : [];
  if (v.personnelPersonId && !staff) w.fail('PersonnelPersonId', 'no provider personnel has this identity number');
  w.check();
  const row = { ...w.columns('ReportedVisit', v), providerUnitId: unitId, clientId: execution!.clientId, providerPersonnelId: staff?.id ?? null };
  w.assertInScope('ReportedVisit', row);
  return row;
}

const visits: WriteSpec[] = [
  {
    field: 'createReportedVisit', entity: 'ReportedVisit', body: 'ReportedVisit.V1.ReportedVisit',
    description: 'POST /api/v1/reported_visits: report a visit (8931). Answers the new id.',
    async run(w) {
      const row = await checkVisit(w, w.body);
      const t = w.table('ReportedVisit');
      const dup = await w.find('ReportedVisit', and(eq(t.externalId, w.body.externalId), eq(t.reportingSystem, w.body.reportingSystem)), { scoped: false });
      if (dup.length) throw new PlatformError('CONFLICT', `visit ${w.body.externalId} of ${w.body.reportingSystem} is already reported (id ${dup[0]!.id})`, { field: 'ExternalId' });
      const created = await w.insert('ReportedVisit', row);
      return { status: 200, body: created.id, etag: etagOf(w.entity(), created) };
    },
  },
  {
    field: 'patchReportedVisit', entity: 'ReportedVisit', body: 'json-patch',
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
    field: 'deleteReportedVisit', entity: 'ReportedVisit',
    description: 'DELETE /api/v1/reported_visits/{id}: remove a reported visit.',
    async run(w) {
      const before = await w.get('ReportedVisit', w.intParam('id', true));
      w.assertInScope('ReportedVisit', before);
      await w.remove('ReportedVisit', before);
      return noContent(w, 'ReportedVisit');
    },
  },
  {
    field: 'deleteReportedVisitByExternalId', entity: 'ReportedVisit',
    description: 'DELETE /api/v1/reported_visits?externalId=&reportingSystem=: remove a reported visit by the reporting system\'s id.',
    async run(w) {
      const t = w.table('ReportedVisit');
      const [before] = await w.find('ReportedVisit', and(eq(t.externalId, w.stringParam('externalId')), eq(t.reportingSystem, w.stringParam('reportingSystem'))), { lock: true });
      if (!before) throw new PlatformError('NOT_FOUND', `no visit ${w.params.externalId} of ${w.params.reportingSystem}`);
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

/** Checks unit accesses (units exist, roles known, periods consistent, one access per unit). */
async function checkAccesses(w: Write, accesses: AccessInput[], at: (i: number) => string): Promise<Map<number, Row>> {
  const units = new Map<number, Row>();
  const seen = new Set<number>();
  for (const [i, a] of accesses.entries()) {
    const unit = await w.exists('ProviderUnit', a.unitId);
    if (!unit) w.fail(`${at(i)}.UnitId`, `provider unit ${a.unitId} does not exist`);
    else units.set(a.unitId, unit);
    if (seen.has(a.unitId)) w.fail(`${at(i)}.UnitId`, `unit ${a.unitId} is given twice`);
    seen.add(a.unitId);
    w.period(`${at(i)}.ActiveFromDate`, a.activeFromDate, `${at(i)}.ActiveToDate`, a.activeToDate);
    if (!a.providerUnitRoles?.length) w.fail(`${at(i)}.ProviderUnitRoles`, 'must name at least one role');
    for (const [j, r] of (a.providerUnitRoles ?? []).entries()) {
      if (!PROVIDER_UNIT_ROLES.includes(r.roleName)) w.fail(`${at(i)}.ProviderUnitRoles[${j}].RoleName`, `unknown role; one of ${PROVIDER_UNIT_ROLES.join(', ')}`);
    }
  }
  return units;
}

async function accessRow(w: Write, personnelId: number, a: AccessInput, unit: Row, id?: number): Promise<Row> {
  const roleIds = await w.nextIds(a.providerUnitRoles.length);
  return {
    ...(id ? { id } : {}), providerPersonnelId: personnelId, unitId: a.unitId, unitName: unit.name ?? null,
    activeFromDate: a.activeFromDate ? new Date(a.activeFromDate) : null, activeToDate: a.activeToDate ? new Date(a.activeToDate) : null,
    providerUnitRoles: a.providerUnitRoles.map((r, k) => ({ id: r.id ?? roleIds[k], roleName: r.roleName })),
  };
}

/** The staff member's contract-shaped copy of its unit accesses, rebuilt from the access rows. */
async function denormalised(w: Write, personnelId: number, hsaId: unknown): Promise<Row> {
  const t = w.table('ProviderPersonnelUnitAccess');
  const access = (await w.tx.select().from(t).where(and(eq(t.providerPersonnelId, personnelId), eq(t.deleted, false))).orderBy(asc(t.id))) as Row[];
  const now = Date.now();
  const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : d ?? null);
  return {
    providerUnitId: access[0]?.unitId ?? null,
    providerPersonnelUnitAccess: access.map((a) => ({ id: a.id, unitId: a.unitId, unitName: a.unitName, activeFromDate: iso(a.activeFromDate), activeToDate: iso(a.activeToDate), providerUnitRoles: a.providerUnitRoles })),
    roles: access.flatMap((a) => (a.providerUnitRoles as { roleName: string }[]).map((r) => ({
      active: a.activeToDate == null || new Date(a.activeToDate).getTime() > now, fromDate: iso(a.activeFromDate), toDate: iso(a.activeToDate), name: r.roleName, providerUnitId: a.unitId,
    }))),
    hsaIds: hsaId ? access.map((a) => ({ hsaId, providerUnitId: a.unitId })) : [],
  };
}

const PERSON_FIELDS = ['personId', 'firstName', 'lastName', 'signature', 'title', 'hsaId', 'phoneNumber', 'emailAddress', 'canHaveDelegation', 'disabled'] as const;
const personOf = (b: Record<string, any>) => ({
  ...Object.fromEntries(PERSON_FIELDS.filter((f) => f in b).map((f) => [f, b[f] ?? null])),
  ...(b.firstName !== undefined || b.lastName !== undefined ? { fullName: [b.firstName, b.lastName].filter(Boolean).join(' ') } : {}),
});

/** Identity number valid and, like the signature, not another live staff member's. */
async function checkPerson(w: Write, entity: 'ProviderPersonnel' | 'Personnel' | 'ProviderAdministrator', b: Record<string, any>, self?: number): Promise<void> {
  w.identityNumber('PersonId', b.personId);
  const t = w.table(entity);
  const notSelf = self ? ne(t.id, self) : undefined;
  if (b.personId && (await w.find(entity, and(sql`regexp_replace(${t.personId}, '[-+ ]', '', 'g') = ${normalisePersonId(b.personId)}`, notSelf), { scoped: false })).length) {
    w.fail('PersonId', `another ${entity} has this identity number`);
  }
  if (b.signature && (await w.find(entity, and(eq(t.signature, b.signature), notSelf), { scoped: false })).length) w.fail('Signature', `another ${entity} has this signature`);
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
  else await w.update('Personnel', view, { ...personOf(pp), active: pp.isActive, userId: pp.userId }, { ifMatch: false });
}

const staff: WriteSpec[] = [
  {
    field: 'createProviderPersonnel', entity: 'ProviderPersonnel', body: 'ProviderPersonnel.V2.CreateProviderPersonnelRequest',
    description: 'POST /api/v2/provider_personnel: create a staff member with one or more roles on one or more units (9067).',
    async run(w) {
      const b = w.body;
      await checkPerson(w, 'ProviderPersonnel', b);
      if (!b.providerPersonnelUnitAccess?.length) w.fail('ProviderPersonnelUnitAccess', 'must give at least one unit access');
      const units = await checkAccesses(w, b.providerPersonnelUnitAccess ?? [], (i) => `ProviderPersonnelUnitAccess[${i}]`);
      w.check();
      const [id, personnelId] = await w.nextIds(2);
      const accessIds = await w.nextIds(b.providerPersonnelUnitAccess.length);
      await w.insert('ProviderPersonnel', { id, ...personOf(b), isActive: b.isActive, disabled: b.disabled, providerUnitId: b.providerPersonnelUnitAccess[0].unitId });
      for (const [i, a] of (b.providerPersonnelUnitAccess as AccessInput[]).entries()) {
        await w.insert('ProviderPersonnelUnitAccess', await accessRow(w, id!, a, units.get(a.unitId)!, accessIds[i]));
      }
      await w.insert('Personnel', { id: personnelId, ...personOf(b), active: b.isActive, providerPersonnelId: id });
      const created = await syncPersonnel(w, id!);
      return { status: 200, body: [plain(created)], etag: etagOf(w.entity(), created) };
    },
  },
  {
    field: 'updateProviderPersonnel', entity: 'ProviderPersonnel', body: 'ProviderPersonnel.V2.UpdateProviderPersonnelRequest',
    description: 'PUT /api/v2/provider_personnel: update a staff member (9067).',
    async run(w) {
      const b = w.body;
      const before = await w.get('ProviderPersonnel', b.id);
      await checkPerson(w, 'ProviderPersonnel', b, before.id);
      w.check();
      const after = await w.update('ProviderPersonnel', before, { ...personOf(b), isActive: b.isActive });
      await syncPersonnelView(w, after);
      return noContent(w, 'ProviderPersonnel', after);
    },
  },
  {
    field: 'deleteProviderPersonnel', entity: 'ProviderPersonnel',
    description: 'DELETE /api/v2/provider_personnel/{personnelId}: remove a staff member from Lifecare (9067).',
    async run(w) {
      const before = await w.get('ProviderPersonnel', w.intParam('personnelId', true));
      const t = w.table('ProviderPersonnelUnitAccess');
      for (const a of await w.find('ProviderPersonnelUnitAccess', eq(t.providerPersonnelId, before.id), { lock: true, scoped: false })) {
        await w.remove('ProviderPersonnelUnitAccess', a, { ifMatch: false });
      }
      await syncPersonnelView(w, before, true);
      await w.remove('ProviderPersonnel', before);
      return noContent(w, 'ProviderPersonnel');
    },
  },
  {
    field: 'createProviderPersonnelUnitAccess', entity: 'ProviderPersonnelUnitAccess', body: 'ProviderPersonnel.V2.AddProviderPersonnelUnitAccessRequest',
    description: 'POST /api/v2/provider_personnel/unit-access: give a staff member access to a unit, with roles (9067).',
    async run(w) {
      const b = w.body;
      const [person] = await w.find('ProviderPersonnel', eq(w.table('ProviderPersonnel').id, b.providerPersonnelId), { lock: true });
      if (!person) w.fail('ProviderPersonnelId', `provider personnel ${b.providerPersonnelId} does not exist`);
      const units = await checkAccesses(w, [b], () => '');
      const t = w.table('ProviderPersonnelUnitAccess');
      if (person && (await w.find('ProviderPersonnelUnitAccess', and(eq(t.providerPersonnelId, person.id), eq(t.unitId, b.unitId)), { scoped: false })).length) {
        w.fail('UnitId', `provider personnel ${person.id} already has access to unit ${b.unitId}`);
      }
      fixRootNames(w);
      w.check();
      const created = await w.insert('ProviderPersonnelUnitAccess', await accessRow(w, person!.id, b, units.get(b.unitId)!));
      await syncPersonnel(w, person!.id);
      return ok(w, 'ProviderPersonnelUnitAccess', created);
    },
  },
  {
    field: 'updateProviderPersonnelUnitAccess', entity: 'ProviderPersonnelUnitAccess', body: 'ProviderPersonnel.V2.UpdateProviderPersonnelUnitAccessRequest',
    description: 'PUT /api/v2/provider_personnel/unit-access: change a unit access (e.g. add a role on the unit) (9067).',
    async run(w) {
      const b = w.body;
      const before = await w.get('ProviderPersonnelUnitAccess', b.id);
      const units = await checkAccesses(w, [b], () => '');
      const t = w.table('ProviderPersonnelUnitAccess');
      if (b.unitId !== before.unitId && (await w.find('ProviderPersonnelUnitAccess', and(eq(t.providerPersonnelId, before.providerPersonnelId), eq(t.unitId, b.unitId)), { scoped: false })).length) {
        w.fail('UnitId', `the staff member already has access to unit ${b.unitId}`);
      }
      fixRootNames(w);
      w.check();
      const { id: _id, providerPersonnelId: _p, ...changes } = await accessRow(w, before.providerPersonnelId, b, units.get(b.unitId)!);
      const after = await w.update('ProviderPersonnelUnitAccess', before, changes);
      await syncPersonnel(w, before.providerPersonnelId);
      return noContent(w, 'ProviderPersonnelUnitAccess', after);
    },
  },
  {
    field: 'deleteProviderPersonnelUnitAccess', entity: 'ProviderPersonnelUnitAccess',
    description: 'DELETE /api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=: remove a staff member\'s access to a unit (9067).',
    async run(w) {
      const before = await w.get('ProviderPersonnelUnitAccess', w.intParam('providerPersonnelUnitAccessId'));
      const t = w.table('ProviderPersonnelUnitAccess');
      const others = await w.find('ProviderPersonnelUnitAccess', and(eq(t.providerPersonnelId, before.providerPersonnelId), ne(t.id, before.id)), { scoped: false });
      if (!others.length) throw new PlatformError('CONFLICT', 'this is the staff member\'s last unit access; delete the staff member instead', { field: 'providerPersonnelUnitAccessId' });
      await w.remove('ProviderPersonnelUnitAccess', before);
      await syncPersonnel(w, before.providerPersonnelId);
      return noContent(w, 'ProviderPersonnelUnitAccess');
    },
  },
];

/** Field errors of a single-access body were recorded as ".UnitId": the body is the access itself. */
function fixRootNames(w: Write): void {
  for (const e of w.errors) {
    if (e.field.startsWith('.')) {
      e.field = e.field.slice(1);
      e.pointer = `#/${e.field.replace(/\[(\d+)\]/g, '/$1').replace(/\./g, '/')}`;
    }
  }
}

export const writes: WriteSpec[] = [...visits, ...staff];
