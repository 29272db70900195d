/**
 * Write APIs through the REST facade (mutual TLS + demo keys), on PGlite and PostgreSQL: reported
 * visits (8931, provider scope) and staff administration (9067 ProviderPersonnel V2) —
 * create → read → update → delete, Idempotency-Key (replay, 422 on another payload, 409 while the
 * first runs), If-Match (412, and 20 concurrent writers of one version: exactly one wins),
 * field-level 422, provider scope (403), and the change feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { idempotencyLockId, rowsOf, type Row } from '@lcs/platform';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';
import { FIRST_STAFF, providerUnits, reportedVisit, type VisitExecution, type VisitStaff } from './helpers/visits.ts';

let s: TestStack;
let units: Record<string, number[]>;
let clientId8931: string;

/** A valid personnummer (Luhn check digit) for a birth date and serial, e.g. pnr('19800314', 239). */
function pnr(date: string, serial: number): string {
  const nine = date.slice(2) + String(serial).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return `${date}-${String(serial).padStart(3, '0')}${(10 - (sum % 10)) % 10}`;
}
const q = async <R = Row>(query: SQL) => s.asTenant('demo', async (tx) => rowsOf<R>(await tx.execute(query)));

const call =
  (pkg: string) =>
  (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    facadeClient(
      s.facadeUrl!,
      'demo',
      pkg,
    )(path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

beforeAll(async () => {
  s = await startTestStack({ clients: 20 });
  const licences = await q<{ package: string; provider_units: unknown; client_id: string }>(
    sql`select package, provider_units, client_id from iam.licence`,
  );
  units = Object.fromEntries(
    licences.filter((l) => l.provider_units).map((l) => [l.package, providerUnits(l.provider_units)]),
  );
  clientId8931 = String(licences.find((l) => l.package === '8931')!.client_id);
});
afterAll(async () => {
  await s?.close();
});

/** A visit body for an execution at one of `at` (or outside them), reported by one of the unit's staff. */
async function visitBody(inside: boolean) {
  const at = units['8931']!;
  const [ex] = await q<VisitExecution>(
    sql`select id, person_id, provider_unit_id from provider.execution where not deleted and (provider_unit_id =
      any(${sql.param(at)})) = ${inside} order by id limit 1`,
  );
  const [staff] = await q<VisitStaff>(FIRST_STAFF);
  return {
    ExternalId: `EXT-${randomUUID()}`,
    ...reportedVisit(ex!, staff!),
  };
}

describe(`writes through the facade on ${DB_KIND}`, () => {
  it('reported visit: create → read → patch → delete, and the change feed sees each step', async () => {
    const v = call('8931');
    const body = await visitBody(true);
    const created = await v('POST', '/api/v1/reported_visits', body, { 'idempotency-key': randomUUID() });
    expect(created.status, await created.clone().text()).toBe(200);
    const id = await created.json();
    expect(typeof id).toBe('number');
    const etag1 = created.headers.get('etag')!;
    expect(etag1).toMatch(/^"v[0-9a-z]+"$/);

    const read = await v('GET', `/api/v1/reported_visits/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(etag1);
    expect((await read.json()).ExternalId).toBe(body.ExternalId);

    const patched = await v(
      'PATCH',
      `/api/v1/reported_visits/${id}`,
      [
        { op: 'replace', path: '/EndTime', value: '2026-03-01T09:00:00Z' },
        { op: 'replace', path: '/Status', value: 'CompletedAndChangedTime' },
      ],
      { 'if-match': etag1 },
    );
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = await patched.json();
    expect(after.EndTime).toBe('2026-03-01T09:00:00Z');
    expect(after.Status).toBe('CompletedAndChangedTime');
    const etag2 = patched.headers.get('etag')!;
    expect(etag2).not.toBe(etag1);

    // the change feed (gt) returns the visit as changed
    const since = new Date(Date.now() - 60_000).toISOString();
    const feed = await (await v('GET', `/api/v1/reported_visits?gt=${since}&limit=5000`)).json();
    expect(feed.map((x: { Id: number }) => x.Id)).toContain(id);

    const stale = await v('DELETE', `/api/v1/reported_visits/${id}`, undefined, { 'if-match': etag1 });
    expect(stale.status).toBe(412);
    const deleted = await v('DELETE', `/api/v1/reported_visits/${id}`, undefined, { 'if-match': etag2 });
    expect(deleted.status, await deleted.clone().text()).toBe(204);
    expect((await v('GET', `/api/v1/reported_visits/${id}`)).status).toBe(404);
    const [row] = await q<{ deleted: boolean }>(sql`select deleted from provider.reported_visit where id = ${id}`);
    expect(row!.deleted).toBe(true);

    // every change is in the audit log with the principal and before/after; the refused one is not
    const audit = await q<{
      activity: string;
      changes: { before: unknown; after: unknown };
    }>(sql`select activity, principal_kind, package, key_id, subsystem, entities, changes from platform.audit_log
      where changes->>'id' = ${String(id)} and 'ReportedVisit' = any(entities) order by id`);
    expect(audit.map((a) => a.activity)).toEqual(['Create', 'Update', 'Delete']);
    for (const a of audit)
      expect(a).toMatchObject({ principal_kind: 'partner', package: '8931', subsystem: 'EcProvider' });
    expect(audit[0]!.changes.before).toBeNull();
    expect(audit[1]!.changes.before).toBeTruthy();
    expect(audit[1]!.changes.after).toBeTruthy();
    expect(JSON.stringify(audit[1]!.changes.before)).not.toBe(JSON.stringify(audit[1]!.changes.after));
  });

  it('reported visit: delete by external id and reporting system', async () => {
    const v = call('8931');
    const body = await visitBody(true);
    expect((await v('POST', '/api/v1/reported_visits', body)).status).toBe(200);
    const r = await v(
      'DELETE',
      `/api/v1/reported_visits?externalId=${body.ExternalId}&reportingSystem=${body.ReportingSystem}`,
    );
    expect(r.status, await r.clone().text()).toBe(204);
    expect(
      (
        await v(
          'DELETE',
          `/api/v1/reported_visits?externalId=${body.ExternalId}&reportingSystem=${body.ReportingSystem}`,
        )
      ).status,
    ).toBe(404);
  });

  it('a POST five times with one Idempotency-Key creates one visit, answers alike; other payload: 422', async () => {
    const v = call('8931');
    const body = await visitBody(true);
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const r = await v('POST', '/api/v1/reported_visits', body, { 'idempotency-key': `"${key}"` });
      answers.push({
        status: r.status,
        body: await r.text(),
        etag: r.headers.get('etag'),
        replayed: r.headers.get('idempotent-replayed'),
      });
    }
    expect(new Set(answers.map((a) => `${a.status} ${a.body} ${a.etag}`)).size).toBe(1);
    expect(answers[0]!.status).toBe(200);
    expect(answers.slice(1).every((a) => a.replayed === 'true')).toBe(true);
    const rows = await q<{ n: number }>(
      sql`select count(*)::int as n from provider.reported_visit where external_id = ${body.ExternalId}`,
    );
    expect(rows[0]!.n).toBe(1);

    const other = await v(
      'POST',
      '/api/v1/reported_visits',
      { ...body, EndTime: '2026-03-01T10:00:00Z' },
      { 'idempotency-key': key },
    );
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('an invalid identity number is 422 naming the field; a malformed body 400', async () => {
    const v = call('8931');
    const body = { ...(await visitBody(true)), ClientPersonId: '19121212-1213' };
    const r = await v('POST', '/api/v1/reported_visits', body);
    expect(r.status).toBe(422);
    const p = await r.json();
    expect(p.errors.map((e: { field: string }) => e.field)).toContain('ClientPersonId');

    const missing = await v('POST', '/api/v1/reported_visits', {
      ...body,
      ClientPersonId: undefined,
      Status: 'Whatever',
    });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'ClientPersonId',
      'Status',
    ]);

    const bad = await facadeClient(
      s.facadeUrl!,
      'demo',
      '8931',
    )('/api/v1/reported_visits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ExternalId":',
    });
    expect(bad.status).toBe(400);
  });

  it("a visit at another provider's unit is 403", async () => {
    const r = await call('8931')('POST', '/api/v1/reported_visits', await visitBody(false));
    expect(r.status, await r.clone().text()).toBe(403);
  });

  it.skipIf(DB_KIND === 'pglite')('a retry while the first request with the key is still running is 409', async () => {
    const key = randomUUID();
    // hold the key's lock as the first request would
    const held = s.db.app.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', 'demo', true)`);
      await tx.execute(sql`select pg_advisory_xact_lock(${idempotencyLockId('demo', clientId8931, key)})`);
      const r = await call('8931')('POST', '/api/v1/reported_visits', await visitBody(true), {
        'idempotency-key': key,
      });
      expect(r.status).toBe(409);
    });
    await held;
  });

  it('ProviderPersonnel V2 (9067): create on 2 units → read → role → unit access → delete; change feed', async () => {
    const p = call('9067');
    const unitsAll = (
      await q<{ id: number }>(sql`select id from provider.provider_unit where not deleted order by id limit 3`)
    ).map((r) => Number(r.id));
    const key = randomUUID();
    const body = {
      IsActive: true,
      PersonId: pnr('19800314', 239 + (Date.now() % 500)),
      FirstName: 'Testa',
      LastName: 'Skrivsson',
      Disabled: false,
      Signature: `TS${Date.now() % 100000}`,
      Title: 'Undersköterska',
      HsaId: 'SE9999999999-TEST1',
      EmailAddress: 'testa@example.invalid',
      CanHaveDelegation: true,
      ProviderPersonnelUnitAccess: [
        {
          UnitId: unitsAll[0],
          ActiveFromDate: '2026-01-01T00:00:00Z',
          ProviderUnitRoles: [{ RoleName: 'Baspersonal' }],
        },
        { UnitId: unitsAll[1], ProviderUnitRoles: [{ RoleName: 'Baspersonal' }, { RoleName: 'Planerare' }] },
      ],
    };
    const since = new Date(Date.now() - 1000).toISOString();
    const created = await p('POST', '/api/v2/provider_personnel', body, { 'idempotency-key': key });
    expect(created.status, await created.clone().text()).toBe(200);
    const [person] = await created.json();
    expect(person.ProviderPersonnelUnitAccess).toHaveLength(2);
    const again = await p('POST', '/api/v2/provider_personnel', body, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect((await again.json())[0].Id).toBe(person.Id);
    expect(
      (
        await q<{ n: number }>(
          sql`select count(*)::int as n from provider.provider_personnel where person_id = ${body.PersonId}`,
        )
      )[0]!.n,
    ).toBe(1);
    expect(
      (
        await q<{ n: number }>(
          sql`select count(*)::int as n from provider.personnel where provider_personnel_id = ${person.Id}`,
        )
      )[0]!.n,
    ).toBe(1);

    const read = await p('GET', `/api/v2/provider_personnel/${person.Id}`);
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag')!;
    expect((await read.json()).FirstName).toBe('Testa');

    const upd = await p(
      'PUT',
      '/api/v2/provider_personnel',
      { ...body, ProviderPersonnelUnitAccess: undefined, Id: person.Id, Title: 'Sjuksköterska' },
      { 'if-match': etag },
    );
    expect(upd.status, await upd.clone().text()).toBe(204);
    const stale = await p(
      'PUT',
      '/api/v2/provider_personnel',
      { ...body, ProviderPersonnelUnitAccess: undefined, Id: person.Id, Title: 'Vårdbiträde' },
      { 'if-match': etag },
    );
    expect(stale.status).toBe(412);
    expect((await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json()).Title).toBe('Sjuksköterska');
    expect(
      (
        await q<{ title: string }>(sql`select title from provider.personnel where provider_personnel_id = ${person.Id}`)
      )[0]!.title,
    ).toBe('Sjuksköterska');

    // add a role on a unit, then a third unit, then remove that access again
    const access = person.ProviderPersonnelUnitAccess[0];
    const addRole = await p('PUT', '/api/v2/provider_personnel/unit-access', {
      Id: access.Id,
      UnitId: access.UnitId,
      ProviderUnitRoles: [...access.ProviderUnitRoles, { Id: 0, RoleName: 'Enhetschef' }],
    });
    expect(addRole.status, await addRole.clone().text()).toBe(204);
    const third = await p('POST', '/api/v2/provider_personnel/unit-access', {
      ProviderPersonnelId: person.Id,
      UnitId: unitsAll[2],
      ProviderUnitRoles: [{ RoleName: 'Baspersonal' }],
    });
    expect(third.status, await third.clone().text()).toBe(200);
    const thirdAccess = await third.json();
    const now = await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json();
    expect(now.ProviderPersonnelUnitAccess.map((a: { UnitId: number }) => a.UnitId)).toEqual(unitsAll);
    expect(now.ProviderPersonnelUnitAccess[0].ProviderUnitRoles.map((r: { RoleName: string }) => r.RoleName)).toContain(
      'Enhetschef',
    );
    const viaAccess = await p(
      'GET',
      `/api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=${thirdAccess.Id}`,
    );
    expect(viaAccess.status).toBe(200);
    expect(
      (await p('DELETE', `/api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=${thirdAccess.Id}`))
        .status,
    ).toBe(204);
    expect(
      (await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json()).ProviderPersonnelUnitAccess,
    ).toHaveLength(2);

    const unknownUnit = await p('POST', '/api/v2/provider_personnel/unit-access', {
      ProviderPersonnelId: person.Id,
      UnitId: 999999,
      ProviderUnitRoles: [{ RoleName: 'Nope' }],
    });
    expect(unknownUnit.status).toBe(422);
    expect((await unknownUnit.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'ProviderUnitRoles[0].RoleName',
      'UnitId',
    ]);

    const del = await p('DELETE', `/api/v2/provider_personnel/${person.Id}`);
    expect(del.status).toBe(204);
    expect((await p('GET', `/api/v2/provider_personnel/${person.Id}`)).status).toBe(404);
    const feed = await (await p('GET', `/api/v2/modified_provider_personnel?modifiedAfter=${since}`)).json();
    expect(feed.DeletedProviderPersonnelIds).toContain(person.Id);
  });

  it('ProviderPersonnel V2: bad identity number, unknown unit: 422 naming the fields; nothing left', async () => {
    const before = (await q<{ n: number }>(sql`select count(*)::int as n from provider.provider_personnel`))[0]!.n;
    const r = await call('9067')('POST', '/api/v2/provider_personnel', {
      IsActive: true,
      PersonId: '19800314-2392',
      FirstName: 'Fel',
      LastName: 'Felsson',
      Disabled: false,
      Signature: 'FEL1',
      Title: 'X',
      ProviderPersonnelUnitAccess: [{ UnitId: 999999, ProviderUnitRoles: [{ RoleName: 'Baspersonal' }] }],
    });
    expect(r.status).toBe(422);
    expect((await r.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'PersonId',
      'ProviderPersonnelUnitAccess[0].UnitId',
    ]);
    expect((await q<{ n: number }>(sql`select count(*)::int as n from provider.provider_personnel`))[0]!.n).toBe(
      before,
    );
  });

  it('20 concurrent PATCHes with one If-Match: exactly one wins per version, nothing lost', async () => {
    const v = call('8931');
    const created = await v('POST', '/api/v1/reported_visits', await visitBody(true));
    const id = await created.json();
    let etag = created.headers.get('etag')!;
    const winners: string[] = [];
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          v(
            'PATCH',
            `/api/v1/reported_visits/${id}`,
            [{ op: 'replace', path: '/CancelledReason', value: `writer ${round}.${i}` }],
            { 'if-match': etag },
          ),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(
        statuses.filter((x) => x === 200),
        JSON.stringify(statuses),
      ).toHaveLength(1);
      expect(statuses.filter((x) => x === 412)).toHaveLength(19);
      const won = results.find((r) => r.status === 200)!;
      winners.push((await won.json()).CancelledReason);
      etag = won.headers.get('etag')!;
    }
    // the last winner's write is what is stored: no update was lost or applied twice
    const final = await (await v('GET', `/api/v1/reported_visits/${id}`)).json();
    expect(final.CancelledReason).toBe(winners[1]);
  });

  it('8 concurrent writes of one natural key make one row: users, role grants, visits, staff', async () => {
    // each write checks whether its key is taken, then inserts; without Write.serialize eight
    // concurrent POSTs of one user made four users with one TSS id on PostgreSQL
    const u = call('9067');
    const at8 = <T>(fn: () => Promise<T>) => Promise.all(Array.from({ length: 8 }, fn));
    const tssId = `c${Date.now() % 1_000_000}`;
    const user = { Id: tssId, FirstName: 'Samtidig', LastName: 'Användare', PersonId: pnr('19850505', 124) };
    const saved = await at8(() => u('POST', '/api/v1/users', user, { 'idempotency-key': randomUUID() }));
    expect(saved.map((r) => r.status)).toEqual(Array(8).fill(200));
    const users = await q<{ id: number }>(sql`select id from iam."user" where tss_id = ${tssId} and not deleted`);
    expect(users).toHaveLength(1);

    const [role] = await q<{ tss_id: string }>(sql`select tss_id from iam.role where not deleted order by id limit 1`);
    const grant = `/api/v1/user-role?userId=${tssId}&roleId=${encodeURIComponent(role!.tss_id)}`;
    expect((await at8(() => u('PUT', grant))).map((r) => r.status)).toEqual(Array(8).fill(200));
    const grants = await q(sql`select id from iam.role_assignment where user_id = ${users[0]!.id} and not deleted`);
    expect(grants).toHaveLength(1);

    const v = call('8931');
    const visit = await visitBody(true);
    const reported = await at8(() => v('POST', '/api/v1/reported_visits', visit, { 'idempotency-key': randomUUID() }));
    const statuses = reported.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(7).fill(409)]);
    const visits = await q(sql`select id from provider.reported_visit where external_id = ${visit.ExternalId}`);
    expect(visits).toHaveLength(1);

    const p = call('8961');
    const personId = pnr('19900101', 900 + (Date.now() % 90));
    const staff = (i: number) => ({
      PersonId: personId,
      FirstName: 'Dubbel',
      LastName: `Nr ${i}`,
      Disabled: false,
      Signature: `DB${i}${Date.now() % 10000}`,
      Title: 'Vårdbiträde',
    });
    const added = await Promise.all(Array.from({ length: 8 }, (_, i) => p('POST', '/api/v2/personnel', staff(i))));
    expect(added.map((r) => r.status).sort(), await added[0]!.clone().text()).toEqual([200, ...Array(7).fill(422)]);
    const people = await q(
      sql`select id from provider.personnel where regexp_replace(person_id, '[-+ ]', '', 'g') =
        ${personId.replace('-', '')} and not deleted`,
    );
    expect(people).toHaveLength(1);
  });

  it('ProviderAdministrator V2 (9067): create → read → update → role → revoke role → delete', async () => {
    const a = call('9067');
    const body = {
      PersonId: pnr('19750620', 100 + (Date.now() % 800)),
      FirstName: 'Admin',
      LastName: 'Skrivare',
      IsActive: true,
      Signature: `AS${Date.now() % 100000}`,
      Title: 'Personaladministratör',
      ProviderAdminStatus: { ActiveFromDate: '2026-01-01T00:00:00Z', RoleName: 'EC.PersonalAdministratör' },
    };
    const created = await a('POST', '/api/v2/provider_administrators', body, { 'idempotency-key': randomUUID() });
    expect(created.status, await created.clone().text()).toBe(200);
    const admin = await created.json();
    expect(admin.ProviderAdminStatus.RoleName).toBe('EC.PersonalAdministratör');
    const read = await a('GET', `/api/v2/provider_administrators/${admin.Id}`);
    expect(read.status).toBe(200);
    const upd = await a(
      'PUT',
      '/api/v2/provider_administrators',
      { ...body, Id: admin.Id, Title: 'Systemförvaltare' },
      { 'if-match': read.headers.get('etag')! },
    );
    expect(upd.status, await upd.clone().text()).toBe(200);
    expect((await upd.json()).Title).toBe('Systemförvaltare');
    const role = await a('PUT', '/api/v2/provider_administrators/role', {
      Id: admin.Id,
      RoleName: 'EC.SystemansvarigUtförare',
      ActiveFromDate: '2026-02-01T00:00:00Z',
    });
    expect(role.status, await role.clone().text()).toBe(200);
    expect((await role.json()).ProviderAdminStatus.RoleName).toBe('EC.SystemansvarigUtförare');
    const badRole = await a('POST', '/api/v2/provider_administrators/role', { Id: admin.Id, RoleName: 'Kung' });
    expect(badRole.status).toBe(422);
    expect((await badRole.json()).errors[0].field).toBe('RoleName');
    expect((await a('DELETE', `/api/v2/provider_administrators/role?adminId=${admin.Id}`)).status).toBe(204);
    expect(
      (await (await a('GET', `/api/v2/provider_administrators/${admin.Id}`)).json()).ProviderAdminStatus,
    ).toBeNull();
    expect((await a('DELETE', `/api/v2/provider_administrators/${admin.Id}`)).status).toBe(204);
    expect((await a('GET', `/api/v2/provider_administrators/${admin.Id}`)).status).toBe(404);
  });

  it('Personnel V2 (8961): create → update → modified feed; V1 writes are gone', async () => {
    const p = call('8961');
    const since = new Date(Date.now() - 1000).toISOString();
    const body = {
      PersonId: pnr('19900101', 300 + (Date.now() % 600)),
      FirstName: 'Per',
      LastName: 'Sonal',
      Disabled: false,
      Signature: `PS${Date.now() % 100000}`,
      Title: 'Vårdbiträde',
    };
    const created = await p('POST', '/api/v2/personnel', body);
    expect(created.status, await created.clone().text()).toBe(200);
    const person = await created.json();
    const upd = await p(
      'PUT',
      '/api/v2/personnel',
      { ...body, Id: person.Id, LastName: 'Sonalsson' },
      { 'if-match': created.headers.get('etag')! },
    );
    expect(upd.status, await upd.clone().text()).toBe(200);
    expect((await upd.json()).LastName).toBe('Sonalsson');
    const feed = await (await p('GET', `/api/v2/personnel/modified_personnel?modifiedAfter=${since}`)).json();
    expect(feed.ModifiedPersonnel.map((x: { Id: string }) => x.Id)).toContain(person.Id);
    expect((await p('POST', '/api/v1/personnels', body)).status).toBe(410);
  });

  it("provider notes V1 and V2 (8931): written for the licence's own clients only", async () => {
    const n = call('8931');
    const at = units['8931']!;
    const [ex] = (await q<VisitExecution & { client_id: number }>(
      sql`select id, client_id, person_id, provider_unit_id from provider.execution where not deleted and
        provider_unit_id = any(${sql.param(at)}) order by id limit 1`,
    )) as [VisitExecution & { client_id: number }];
    const [other] = (await q<{ id: number; client_id: number }>(
      sql`select id, client_id from provider.execution where not deleted and not (provider_unit_id =
        any(${sql.param(at)})) and client_id not in (select client_id from provider.execution where provider_unit_id =
        any(${sql.param(at)})) order by id limit 1`,
    )) as [{ id: number; client_id: number }];
    const [headline] = (await q<{ id: number }>(
      sql`select id from provider.provider_headline order by id limit 1`,
    )) as [{ id: number }];
    const [author] = (await q<{ id: number }>(
      sql`select id from provider.provider_personnel where not deleted and provider_unit_id = ${ex.provider_unit_id}
        limit 1`,
    )) as [{ id: number }];
    const v2 = {
      occurrenceTimeUtc: '2026-03-02T10:00:00Z',
      text: 'Besök genomfört.',
      clientId: Number(ex.client_id),
      providerUnitId: Number(ex.provider_unit_id),
      headlineId: Number(headline.id),
      createdPersonnelId: Number(author.id),
      createdPersonnelTitle: 'Undersköterska',
      isSigned: true,
    };
    const r2 = await n('POST', '/api/v2/provider_notes', v2, { 'idempotency-key': randomUUID() });
    expect(r2.status, await r2.clone().text()).toBe(200);
    const note = await r2.json();
    expect(note.text).toBe('Besök genomfört.');
    expect(note.signedBy.personnelId).toBe(Number(author.id));
    const forbidden = await n('POST', '/api/v2/provider_notes', { ...v2, clientId: Number(other.client_id) });
    expect(forbidden.status, await forbidden.clone().text()).toBe(403);
    const r1 = await n('POST', '/api/v1/provider_notes', {
      ProviderUnitId: Number(ex.provider_unit_id),
      ExecutionId: Number(ex.id),
      PersonId: ex.person_id,
      HeadlineId: String(headline.id),
      Text: 'Anteckning',
      OccurrenceDate: '2026-03-02T11:00:00Z',
    });
    expect(r1.status, await r1.clone().text()).toBe(200);
    const ids = await r1.json();
    expect(ids).toHaveLength(1);
    expect(
      (await q<{ text: string }>(sql`select text from provider.provider_note where id = ${Number(ids[0])}`))[0]!.text,
    ).toBe('Anteckning');
  });

  it('User V1 and Role V1 (9067): create → read → JSON Patch → assign and revoke a role', async () => {
    const u = call('9067');
    const tssId = `t${Date.now() % 1_000_000}`;
    const created = await u(
      'POST',
      '/api/v1/users',
      { Id: tssId, FirstName: 'Tss', LastName: 'Användare', PersonId: pnr('19850505', 123), Password: 'never-stored' },
      { 'idempotency-key': randomUUID() },
    );
    expect(created.status, await created.clone().text()).toBe(200);
    expect(await created.json()).toBe(tssId);
    const read = await u('GET', `/api/v1/users/${tssId}`);
    expect(read.status).toBe(200);
    expect((await read.json()).Password ?? null).toBeNull();
    const patched = await u(
      'PATCH',
      `/api/v1/users/${tssId}`,
      [
        { op: 'replace', path: '/LastName', value: 'Patchad' },
        { op: 'add', path: '/Description', value: 'från AD' },
      ],
      { 'if-match': read.headers.get('etag')!, 'content-type': 'application/json-patch+json' },
    );
    expect(patched.status, await patched.clone().text()).toBe(200);
    expect((await patched.json()).LastName).toBe('Patchad');
    const badPatch = await u('PATCH', `/api/v1/users/${tssId}`, [{ op: 'replace', path: '/PersonId', value: '12345' }]);
    expect(badPatch.status).toBe(422);
    expect((await badPatch.json()).errors[0].field).toBe('PersonId');

    const [role] = (await q<{ tss_id: string }>(
      sql`select tss_id from iam.role where not deleted order by id limit 1`,
    )) as [{ tss_id: string }];
    const assign = await u('PUT', `/api/v1/user-role?userId=${tssId}&roleId=${encodeURIComponent(role.tss_id)}`);
    expect(assign.status, await assign.clone().text()).toBe(200);
    const roles = await (await u('GET', `/api/v1/roles?userId=${tssId}`)).json();
    expect(roles.map((r: { Id: string }) => r.Id)).toContain(role.tss_id);
    expect(
      (await u('DELETE', `/api/v1/user-role?userId=${tssId}&roleId=${encodeURIComponent(role.tss_id)}`)).status,
    ).toBe(200);
    expect(
      (await u('DELETE', `/api/v1/user-role?userId=${tssId}&roleId=${encodeURIComponent(role.tss_id)}`)).status,
    ).toBe(404);
    const unknown = await u('PUT', `/api/v1/user-role?userId=${tssId}&roleId=no-such-role`);
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors[0].field).toBe('roleId');
  });

  it('bad input is never a 5xx', async () => {
    const c9067 = call('9067');
    const c8931 = call('8931');
    const raw = (pkg: string, method: string, path: string, body: string, type = 'application/json') =>
      facadeClient(s.facadeUrl!, 'demo', pkg)(path, { method, headers: { 'content-type': type }, body });
    const answers = await Promise.all([
      raw('8931', 'POST', '/api/v1/reported_visits', '[]'),
      raw('8931', 'POST', '/api/v1/reported_visits', '"x"'),
      raw('8931', 'POST', '/api/v1/reported_visits', '{}', 'application/xml'),
      raw('8931', 'POST', '/api/v1/reported_visits', ''),
      c8931('POST', '/api/v1/reported_visits', { ExecutionId: 99999999999, StartTime: 'yesterday', Status: 1 }),
      c8931('PATCH', '/api/v1/reported_visits/1', { op: 'replace' }),
      c8931('PATCH', '/api/v1/reported_visits/abc', [{ op: 'replace', path: '/Status', value: 'Completed' }]),
      c8931('DELETE', '/api/v1/reported_visits'),
      c9067('DELETE', '/api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=x'),
      c9067('PUT', '/api/v2/provider_personnel', { Id: 'one' }),
      c9067('POST', '/api/v2/provider_personnel', { ProviderPersonnelUnitAccess: 'all' }, { 'idempotency-key': 'a b' }),
      c9067('PUT', '/api/v2/provider_administrators/role', { Id: 2147483647 }),
      c9067('PATCH', '/api/v1/users/nobody', [{ op: 'remove', path: '/Nothing' }]),
      c9067('PUT', '/api/v1/user-role'),
    ]);
    const statuses = answers.map((r) => r.status);
    expect(
      statuses.filter((x) => x >= 500),
      JSON.stringify(statuses),
    ).toEqual([]);
    expect(
      statuses.every((x) => x >= 400),
      JSON.stringify(statuses),
    ).toBe(true);
    for (const r of answers) expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('XML bodies as the contract consumes them (ASP.NET shape, i:nil for null)', async () => {
    const pid = pnr('19660606', 500 + (Date.now() % 400));
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<CreateProviderAdminRequest xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <PersonId>${pid}</PersonId><FirstName>Xml</FirstName><LastName>Admin</LastName><IsActive>true</IsActive>
  <Signature>XA${Date.now() % 100000}</Signature><Title>Personaladministratör</Title><HsaId i:nil="true"/>
  <ProviderAdminStatus><ActiveFromDate>2026-01-01T00:00:00Z</ActiveFromDate>
  <RoleName>EC.PersonalAdministratör</RoleName></ProviderAdminStatus>
</CreateProviderAdminRequest>`;
    const r = await facadeClient(
      s.facadeUrl!,
      'demo',
      '9067',
    )('/api/v2/provider_administrators', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: xml });
    expect(r.status, await r.clone().text()).toBe(200);
    const admin = await r.json();
    expect(admin.IsActive).toBe(true);
    expect(admin.PersonId).toBe(pid);
    expect(admin.ProviderAdminStatus.RoleName).toBe('EC.PersonalAdministratör');
    // and the answer in XML when asked for
    const asXml = await facadeClient(
      s.facadeUrl!,
      'demo',
      '9067',
    )('/api/v2/provider_administrators/role', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', accept: 'application/xml' },
      body: JSON.stringify({ Id: admin.Id, RoleName: 'EC.SystemansvarigUtförare' }),
    });
    expect(asXml.status).toBe(200);
    expect(asXml.headers.get('content-type')).toMatch(/xml/);
    expect(await asXml.text()).toMatch(/<RoleName>EC.SystemansvarigUtförare<\/RoleName>/);
    const bad = await facadeClient(
      s.facadeUrl!,
      'demo',
      '9067',
    )('/api/v2/provider_administrators', {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body: xml.replace('<IsActive>true', '<IsActive>maybe'),
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: { field: string }) => e.field)).toEqual(['IsActive']);
  });

  it('the same mutations over GraphQL: field errors in extensions, nothing written on failure', async () => {
    const body = await visitBody(true);
    const m =
      'mutation($input: JSON, $key: String) { createReportedVisit(input: $input, idempotencyKey: $key) { ' +
      'status body etag replayed } }';
    const bad = await s.gql(m, { input: { ...body, PersonnelPersonId: '19000101-0000' } });
    expect(bad.body.errors![0].extensions.code).toBe('UNPROCESSABLE');
    expect((bad.body.errors![0]!.extensions.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'PersonnelPersonId',
    ]);
    expect(
      (
        await q<{ n: number }>(
          sql`select count(*)::int as n from provider.reported_visit where external_id = ${body.ExternalId}`,
        )
      )[0]!.n,
    ).toBe(0);
    const key = randomUUID();
    const first = await s.gql(m, { input: body, key });
    expect(first.body.data.createReportedVisit).toMatchObject({ status: 200, replayed: false });
    const again = await s.gql(m, { input: body, key });
    expect(again.body.data.createReportedVisit).toMatchObject({
      status: 200,
      replayed: true,
      body: first.body.data.createReportedVisit.body,
    });
  });
});
