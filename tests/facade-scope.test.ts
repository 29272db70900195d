/**
 * Licence scopes, black-box through the REST facade (mutual TLS + demo keys) on PGlite and
 * PostgreSQL: a provider-scoped key (8973, 8931, 9079) never sees a client without an execution at
 * its licence's units, nor another unit's executions or staff; a subject-scoped key (8932) never
 * sees another citizen. The scope is enforced in the subgraphs (platform row-scope.ts), so this
 * also holds for nested and by-id reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { providerUnits } from './helpers/visits.ts';
import { facadeClient } from './helpers/facade.ts';
import { rowsOf } from '@lcs/platform';

let s: TestStack;
let units: Record<string, number[]>;
let subject: string;

const ids = (body: { Id: number }[]) => body.map((x) => Number(x.Id));

beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
  const licences = await s.asTenant('demo', async (tx) =>
    rowsOf<{ package: string; provider_units: unknown; subject_id: string | null }>(
      await tx.execute(sql`select package, provider_units, subject_id from iam.licence`),
    ),
  );
  units = Object.fromEntries(
    licences.filter((l) => l.provider_units).map((l) => [l.package, providerUnits(l.provider_units)]),
  );
  subject = licences.find((l) => l.package === '8932')!.subject_id as string;
});
afterAll(async () => {
  await s?.close();
});

/** Clients (care ids) with a live execution at one of `at`, read directly as the tenant. */
async function clientsWithExecutionAt(at: number[]): Promise<Set<number>> {
  const rows = await s.asTenant('demo', async (tx) =>
    rowsOf<{ client_id: number }>(
      await tx.execute(
        sql`select distinct client_id from provider.execution where not deleted and provider_unit_id =
          any(${sql.param(at)})`,
      ),
    ),
  );
  return new Set(rows.map((r) => Number(r.client_id)));
}

/** A contract item as far as these tests read it. */
interface Item {
  Id: number;
  PersonId?: string;
  [field: string]: unknown;
}

async function list<T = Item>(pkg: string, path: string): Promise<T[]> {
  const r = await facadeClient(s.facadeUrl!, 'demo', pkg)(`${path}${path.includes('?') ? '&' : '?'}limit=5000`);
  expect(r.status, await r.clone().text()).toBe(200);
  return r.json();
}

describe(`licence scopes through the facade on ${DB_KIND}`, () => {
  it.each(['8973', '8931', '9079'])(
    "provider scope %s: only clients with an execution at the licence's units",
    async (pkg) => {
      const at = units[pkg]!;
      expect(at.length).toBeGreaterThan(0);
      const allowed = await clientsWithExecutionAt(at);
      const all = await s.asTenant('demo', async (tx) =>
        rowsOf<{ id: number }>(await tx.execute(sql`select id from care.client where not deleted`)).map((r) =>
          Number(r.id),
        ),
      );
      const outside = all.filter((id) => !allowed.has(id));
      expect(outside.length, 'the seed has clients elsewhere').toBeGreaterThan(0);

      const seen = ids(await list(pkg, '/api/v1/clients'));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((id) => !allowed.has(id))).toEqual([]);
      // by id: another unit's client does not exist for this key
      const r = await facadeClient(s.facadeUrl!, 'demo', pkg)(`/api/v1/clients/${outside[0]}`);
      expect(r.status).toBe(404);

      const executions = await list(pkg, '/api/v1/executions');
      expect(executions.length).toBeGreaterThan(0);
      const execUnits = await s.asTenant('demo', async (tx) =>
        rowsOf<{ provider_unit_id: number }>(
          await tx.execute(
            sql`select provider_unit_id from provider.execution where id = any(${sql.param(ids(executions))})`,
          ),
        ).map((x) => Number(x.provider_unit_id)),
      );
      expect(execUnits.filter((u) => !at.includes(u))).toEqual([]);

      const unitsSeen = ids(await list(pkg, '/api/v1/provider_units'));
      expect(unitsSeen.length).toBeGreaterThan(0);
      expect(unitsSeen.filter((u) => !at.includes(u))).toEqual([]);
    },
  );

  it('provider scope 8931: care and hsl reads keyed by client stay within the clients at its units', async () => {
    const allowed = await clientsWithExecutionAt(units['8931']!);
    for (const path of [
      '/api/v1/investigations',
      '/api/v1/client_absences',
      '/api/v1/relatives',
      '/api/v1/hsl_orders',
    ]) {
      const rows = await list('8931', path);
      const clientIds = rows.map((x) => Number(x.ClientId ?? x.clientId)).filter((x) => !Number.isNaN(x));
      expect(
        clientIds.filter((id) => !allowed.has(id)),
        path,
      ).toEqual([]);
    }
  });

  it("provider scope 8931: administrators and role → users of the licence's units only, no other units", async () => {
    const at = units['8931']!;
    const q = <R>(x: SQL) => s.asTenant('demo', async (tx) => rowsOf<R>(await tx.execute(x)));
    const admins = await q<{ id: number; person_id: string; here: boolean }>(
      sql`select id, person_id, provider_unit_id = any(${sql.param(at)}) as here from provider.provider_administrator
        where not deleted`,
    );
    const adminsAt = admins.filter((a) => a.here).map((r) => Number(r.id));
    const adminsAll = admins.map((r) => Number(r.id));
    expect(adminsAt.length).toBeGreaterThan(0);
    expect(adminsAll.length).toBeGreaterThan(adminsAt.length);
    const personsAt = admins
      .filter((a) => a.here)
      .map((a) => a.person_id)
      .sort();
    for (const path of ['/api/v1/provider_administrators', '/api/v2/provider_administrators']) {
      expect((await list('8931', path)).map((a) => a.PersonId).sort(), path).toEqual(personsAt);
    }
    const elsewhere = adminsAll.find((id) => !adminsAt.includes(id))!;
    expect(
      (await facadeClient(s.facadeUrl!, 'demo', '8931')(`/api/v2/provider_administrators/${elsewhere}`)).status,
    ).toBe(404);
    expect(
      (await facadeClient(s.facadeUrl!, 'demo', '8931')(`/api/v2/provider_administrators/${adminsAt[0]}`)).status,
    ).toBe(200);
    // a tenant-scoped package sees them all
    expect(await list('9067', '/api/v2/provider_administrators')).toHaveLength(adminsAll.length);

    // roles: those held on the units; users of a role: its holders there
    const held = await q<{ role: string; user: string }>(
      sql`select distinct r.tss_id as role, u.tss_id as user from iam.role_assignment a join iam.role r on r.id =
        a.role_id join iam."user" u on u.id = a.user_id where not a.deleted and a.provider_unit_id =
        any(${sql.param(at)})`,
    );
    const roles = (await list<{ Id: string }>('8931', '/api/v1/roles')).map((r) => r.Id);
    expect(roles.sort()).toEqual([...new Set(held.map((h) => h.role))].sort());
    expect(roles).not.toContain('BISTANDSHANDLAGGARE'); // municipal case officers hold no unit
    for (const role of roles) {
      const users = (await list<{ Id: string }>('8931', `/api/v1/roles/${role}/users`)).map((u) => u.Id);
      expect(users.length, role).toBeGreaterThan(0);
      const onUnits = new Set(held.map((h) => h.user));
      expect(
        users.filter((u) => !onUnits.has(u)),
        role,
      ).toEqual([]);
    }
    expect(await list('8931', '/api/v1/roles/BISTANDSHANDLAGGARE/users')).toEqual([]);
    expect((await list('9067', '/api/v1/roles/BISTANDSHANDLAGGARE/users')).length).toBeGreaterThan(0);
  });

  it('subject scope 8932: only the one citizen', async () => {
    expect(subject).toBeTruthy();
    const clients = await list('8932', '/api/v1/clients');
    expect(clients).toHaveLength(1);
    expect(clients[0]!.PersonId).toBe(subject);
    const self = Number(clients[0]!.Id);
    const others = await s.asTenant('demo', async (tx) =>
      rowsOf<{ id: number }>(
        await tx.execute(sql`select id from care.client where id <> ${self} and not deleted limit 3`),
      ).map((r) => Number(r.id)),
    );
    for (const id of others)
      expect((await facadeClient(s.facadeUrl!, 'demo', '8932')(`/api/v1/clients/${id}`)).status).toBe(404);
    for (const path of [
      '/api/v1/executions',
      '/api/v1/investigations',
      '/api/v1/orders',
      '/api/v1/client_absences',
      '/api/v1/service_periods',
      '/api/v1/executed_services',
    ]) {
      const rows = await list('8932', path);
      const clientIds = rows.map((x) => Number(x.ClientId)).filter((x) => !Number.isNaN(x));
      expect(
        clientIds.filter((id) => id !== self),
        path,
      ).toEqual([]);
      const persons = rows.map((x) => x.PersonId).filter(Boolean);
      expect(
        persons.filter((p) => p !== subject),
        path,
      ).toEqual([]);
    }
    // reference data stays readable
    expect((await list('8932', '/api/v1/service_configurations')).length).toBeGreaterThan(0);
  });

  it('a tenant-scoped key still sees every client', async () => {
    const all = await s.asTenant(
      'demo',
      async (tx) =>
        rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from care.client where not deleted`))[0]!
          .n,
    );
    expect(await list('8873', '/api/v1/clients')).toHaveLength(all);
  });
});
