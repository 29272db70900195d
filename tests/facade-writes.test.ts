/**
 * Write APIs through the REST facade (mutual TLS + demo keys), on PGlite and PostgreSQL: reported
 * visits (8931, provider scope) and staff administration (9067 ProviderPersonnel V2) —
 * create → read → update → delete, Idempotency-Key (replay, 422 on another payload, 409 while the
 * first runs), If-Match (412, and 20 concurrent writers of one version: exactly one wins),
 * field-level 422, provider scope (403), and the change feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { idempotencyLockId } from '@lcs/platform';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

let s: TestStack;
let units: Record<string, number[]>;
let clientId8931: string;

const rowsOf = (r: any): any[] => r.rows ?? r;

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
const q = async (query: any) => s.asTenant('demo', async (tx) => rowsOf(await tx.execute(query)));

const call = (pkg: string) => (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  facadeClient(s.facadeUrl!, 'demo', pkg)(path, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

beforeAll(async () => {
  s = await startTestStack({ clients: 20 });
  const licences = await q(sql`select package, provider_units, client_id from iam.licence`);
  units = Object.fromEntries(licences.filter((l) => l.provider_units).map((l) => [l.package, (Array.isArray(l.provider_units) ? l.provider_units : String(l.provider_units).replace(/[{}]/g, '').split(',')).map(Number)]));
  clientId8931 = String(licences.find((l) => l.package === '8931')!.client_id);
});
afterAll(async () => {
  await s?.close();
});

/** A visit body for an execution at one of `at` (or outside them), reported by one of the unit's staff. */
async function visitBody(inside: boolean) {
  const at = units['8931']!;
  const [ex] = await q(sql`select id, person_id, provider_unit_id from provider.execution where not deleted and (provider_unit_id = any(${sql.param(at)})) = ${inside} order by id limit 1`);
  const [staff] = await q(sql`select person_id, user_id from provider.provider_personnel where not deleted order by id limit 1`);
  return {
    ExternalId: `EXT-${randomUUID()}`, ClientPersonId: ex.person_id.replace('-', ''), PersonnelPersonId: staff.person_id, PersonnelUserId: staff.user_id,
    ExecutionId: Number(ex.id), ProviderUnitId: Number(ex.provider_unit_id), StartTime: '2026-03-01T08:00:00Z', EndTime: '2026-03-01T08:30:00Z',
    Status: 'Completed', IsDoubleManning: false, StartQuittanceType: 'Nfc', EndQuittanceType: 'Nfc', ReportingSystem: 'TestPlanner',
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

    const patched = await v('PATCH', `/api/v1/reported_visits/${id}`, [{ op: 'replace', path: '/EndTime', value: '2026-03-01T09:00:00Z' }, { op: 'replace', path: '/Status', value: 'CompletedAndChangedTime' }], { 'if-match': etag1 });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const after = await patched.json();
    expect(after.EndTime).toBe('2026-03-01T09:00:00Z');
    expect(after.Status).toBe('CompletedAndChangedTime');
    const etag2 = patched.headers.get('etag')!;
    expect(etag2).not.toBe(etag1);

    // the change feed (gt) returns the visit as changed
    const since = new Date(Date.now() - 60_000).toISOString();
    const feed = await (await v('GET', `/api/v1/reported_visits?gt=${since}&limit=5000`)).json();
    expect(feed.map((x: any) => x.Id)).toContain(id);

    const stale = await v('DELETE', `/api/v1/reported_visits/${id}`, undefined, { 'if-match': etag1 });
    expect(stale.status).toBe(412);
    const deleted = await v('DELETE', `/api/v1/reported_visits/${id}`, undefined, { 'if-match': etag2 });
    expect(deleted.status, await deleted.clone().text()).toBe(204);
    expect((await v('GET', `/api/v1/reported_visits/${id}`)).status).toBe(404);
    const [row] = await q(sql`select deleted from provider.reported_visit where id = ${id}`);
    expect(row.deleted).toBe(true);
  });

  it('reported visit: delete by external id and reporting system', async () => {
    const v = call('8931');
    const body = await visitBody(true);
    expect((await v('POST', '/api/v1/reported_visits', body)).status).toBe(200);
    const r = await v('DELETE', `/api/v1/reported_visits?externalId=${body.ExternalId}&reportingSystem=${body.ReportingSystem}`);
    expect(r.status, await r.clone().text()).toBe(204);
    expect((await v('DELETE', `/api/v1/reported_visits?externalId=${body.ExternalId}&reportingSystem=${body.ReportingSystem}`)).status).toBe(404);
  });

  it('the same POST five times with one Idempotency-Key creates one visit and answers the same; another payload is 422', async () => {
    const v = call('8931');
    const body = await visitBody(true);
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const r = await v('POST', '/api/v1/reported_visits', body, { 'idempotency-key': `"${key}"` });
      answers.push({ status: r.status, body: await r.text(), etag: r.headers.get('etag'), replayed: r.headers.get('idempotent-replayed') });
    }
    expect(new Set(answers.map((a) => `${a.status} ${a.body} ${a.etag}`)).size).toBe(1);
    expect(answers[0]!.status).toBe(200);
    expect(answers.slice(1).every((a) => a.replayed === 'true')).toBe(true);
    const rows = await q(sql`select count(*)::int as n from provider.reported_visit where external_id = ${body.ExternalId}`);
    expect(rows[0].n).toBe(1);

    const other = await v('POST', '/api/v1/reported_visits', { ...body, EndTime: '2026-03-01T10:00:00Z' }, { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('an invalid identity number is 422 naming the field; a malformed body 400', async () => {
    const v = call('8931');
    const body = { ...(await visitBody(true)), ClientPersonId: '19121212-1213' };
    const r = await v('POST', '/api/v1/reported_visits', body);
    expect(r.status).toBe(422);
    const p = await r.json();
    expect(p.errors.map((e: any) => e.field)).toContain('ClientPersonId');

    const missing = await v('POST', '/api/v1/reported_visits', { ...body, ClientPersonId: undefined, Status: 'Whatever' });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors.map((e: any) => e.field).sort()).toEqual(['ClientPersonId', 'Status']);

    const bad = await facadeClient(s.facadeUrl!, 'demo', '8931')('/api/v1/reported_visits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ExternalId":' });
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
      const r = await call('8931')('POST', '/api/v1/reported_visits', await visitBody(true), { 'idempotency-key': key });
      expect(r.status).toBe(409);
    });
    await held;
  });

  it('ProviderPersonnel V2 (9067): create with roles on two units → read → add a role → unit access → delete; the change feed sees it', async () => {
    const p = call('9067');
    const unitsAll = (await q(sql`select id from provider.provider_unit where not deleted order by id limit 3`)).map((r) => Number(r.id));
    const key = randomUUID();
    const body = {
      IsActive: true, PersonId: pnr('19800314', 239 + (Date.now() % 500)), FirstName: 'Testa', LastName: 'Skrivsson', Disabled: false, Signature: `TS${Date.now() % 100000}`, Title: 'Undersköterska',
      HsaId: 'SE9999999999-TEST1', EmailAddress: 'testa@example.invalid', CanHaveDelegation: true,
      ProviderPersonnelUnitAccess: [
        { UnitId: unitsAll[0], ActiveFromDate: '2026-01-01T00:00:00Z', ProviderUnitRoles: [{ RoleName: 'Baspersonal' }] },
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
    expect((await q(sql`select count(*)::int as n from provider.provider_personnel where person_id = ${body.PersonId}`))[0].n).toBe(1);
    expect((await q(sql`select count(*)::int as n from provider.personnel where provider_personnel_id = ${person.Id}`))[0].n).toBe(1);

    const read = await p('GET', `/api/v2/provider_personnel/${person.Id}`);
    expect(read.status).toBe(200);
    const etag = read.headers.get('etag')!;
    expect((await read.json()).FirstName).toBe('Testa');

    const upd = await p('PUT', '/api/v2/provider_personnel', { ...body, ProviderPersonnelUnitAccess: undefined, Id: person.Id, Title: 'Sjuksköterska' }, { 'if-match': etag });
    expect(upd.status, await upd.clone().text()).toBe(204);
    const stale = await p('PUT', '/api/v2/provider_personnel', { ...body, ProviderPersonnelUnitAccess: undefined, Id: person.Id, Title: 'Vårdbiträde' }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect((await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json()).Title).toBe('Sjuksköterska');
    expect((await q(sql`select title from provider.personnel where provider_personnel_id = ${person.Id}`))[0].title).toBe('Sjuksköterska');

    // add a role on a unit, then a third unit, then remove that access again
    const access = person.ProviderPersonnelUnitAccess[0];
    const addRole = await p('PUT', '/api/v2/provider_personnel/unit-access', { Id: access.Id, UnitId: access.UnitId, ProviderUnitRoles: [...access.ProviderUnitRoles, { Id: 0, RoleName: 'Enhetschef' }] });
    expect(addRole.status, await addRole.clone().text()).toBe(204);
    const third = await p('POST', '/api/v2/provider_personnel/unit-access', { ProviderPersonnelId: person.Id, UnitId: unitsAll[2], ProviderUnitRoles: [{ RoleName: 'Baspersonal' }] });
    expect(third.status, await third.clone().text()).toBe(200);
    const thirdAccess = await third.json();
    const now = await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json();
    expect(now.ProviderPersonnelUnitAccess.map((a: any) => a.UnitId)).toEqual(unitsAll);
    expect(now.ProviderPersonnelUnitAccess[0].ProviderUnitRoles.map((r: any) => r.RoleName)).toContain('Enhetschef');
    const viaAccess = await p('GET', `/api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=${thirdAccess.Id}`);
    expect(viaAccess.status).toBe(200);
    expect((await p('DELETE', `/api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=${thirdAccess.Id}`)).status).toBe(204);
    expect((await (await p('GET', `/api/v2/provider_personnel/${person.Id}`)).json()).ProviderPersonnelUnitAccess).toHaveLength(2);

    const unknownUnit = await p('POST', '/api/v2/provider_personnel/unit-access', { ProviderPersonnelId: person.Id, UnitId: 999999, ProviderUnitRoles: [{ RoleName: 'Nope' }] });
    expect(unknownUnit.status).toBe(422);
    expect((await unknownUnit.json()).errors.map((e: any) => e.field).sort()).toEqual(['ProviderUnitRoles[0].RoleName', 'UnitId']);

    const del = await p('DELETE', `/api/v2/provider_personnel/${person.Id}`);
    expect(del.status).toBe(204);
    expect((await p('GET', `/api/v2/provider_personnel/${person.Id}`)).status).toBe(404);
    const feed = await (await p('GET', `/api/v2/modified_provider_personnel?modifiedAfter=${since}`)).json();
    expect(feed.DeletedProviderPersonnelIds).toContain(person.Id);
  });

  it('ProviderPersonnel V2: invalid identity number and unknown unit are 422 naming the fields; nothing is left behind', async () => {
    const before = (await q(sql`select count(*)::int as n from provider.provider_personnel`))[0].n;
    const r = await call('9067')('POST', '/api/v2/provider_personnel', {
      IsActive: true, PersonId: '19800314-2392', FirstName: 'Fel', LastName: 'Felsson', Disabled: false, Signature: 'FEL1', Title: 'X',
      ProviderPersonnelUnitAccess: [{ UnitId: 999999, ProviderUnitRoles: [{ RoleName: 'Baspersonal' }] }],
    });
    expect(r.status).toBe(422);
    expect((await r.json()).errors.map((e: any) => e.field).sort()).toEqual(['PersonId', 'ProviderPersonnelUnitAccess[0].UnitId']);
    expect((await q(sql`select count(*)::int as n from provider.provider_personnel`))[0].n).toBe(before);
  });

  it('20 concurrent PATCHes with one If-Match: exactly one wins per version, nothing lost', async () => {
    const v = call('8931');
    const created = await v('POST', '/api/v1/reported_visits', await visitBody(true));
    const id = await created.json();
    let etag = created.headers.get('etag')!;
    const winners: string[] = [];
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        v('PATCH', `/api/v1/reported_visits/${id}`, [{ op: 'replace', path: '/CancelledReason', value: `writer ${round}.${i}` }], { 'if-match': etag })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((x) => x === 200), JSON.stringify(statuses)).toHaveLength(1);
      expect(statuses.filter((x) => x === 412)).toHaveLength(19);
      const won = results.find((r) => r.status === 200)!;
      winners.push((await won.json()).CancelledReason);
      etag = won.headers.get('etag')!;
    }
    // the last winner's write is what is stored: no update was lost or applied twice
    const final = await (await v('GET', `/api/v1/reported_visits/${id}`)).json();
    expect(final.CancelledReason).toBe(winners[1]);
  });
});
