/**
 * The read gate (platform/src/read-gate.ts), on PGlite and PostgreSQL: a read path the kit does
 * not know — a list and a loader written here, in the test — gets the caller's row scope, the
 * protected-identity mask and an audit record without a line of its own for any of them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { asc, eq, sql } from 'drizzle-orm';
import {
  anyOf,
  anyValue,
  AuditTrail,
  inTenant,
  MASKED_NAME,
  openDatabase,
  ReadGate,
  rowScope,
  rowsOf,
  subgraphKit,
  TenantScope,
  type Database,
  type Principal,
  type Row,
} from '@lcs/platform';
import { definition } from '@lcs/care';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';

const kit = subgraphKit(definition);
const Client = kit.model.entities.find((e) => e.name === 'Client')!;
const client = kit.tables.get('Client')!;
const TENANT = 'gate-test';
const SURNAME = 'Grindvakt';
const OPEN = '191212121212';
const PROTECTED = '191010101010';

let tdb: TestDatabase;
let db: Database;
let protectedId: number;
let openId: number;

beforeAll(async () => {
  tdb = await testDatabase(DB_KIND);
  db = await openDatabase({ url: tdb.url }, [definition.migrations!]);
  const ids = await inTenant(db.app, TENANT, (scope) =>
    scope.run(async (tx) =>
      rowsOf<{ id: number; person_id: string }>(
        await tx.execute(sql`insert into care.client (tenant_id, person_id, first_name, last_name, full_name,
            protected_registration)
          values (${TENANT}, ${OPEN}, 'Öppen', ${SURNAME}, ${`Öppen ${SURNAME}`}, false),
                 (${TENANT}, ${PROTECTED}, 'Hemlig', ${SURNAME}, ${`Hemlig ${SURNAME}`}, true)
          returning id, person_id`),
      ),
    ),
  );
  openId = ids.find((r) => r.person_id === OPEN)!.id;
  protectedId = ids.find((r) => r.person_id === PROTECTED)!.id;
});
afterAll(async () => {
  await db?.close();
  await tdb?.drop();
});

/** A request as the subgraph builds one: its transaction, the caller's scope, its audit trail and gate. */
function request(principal: Principal) {
  const scope = new TenantScope(db.app, principal.tenant);
  const audit = new AuditTrail('care', principal);
  const gate = new ReadGate(scope, rowScope(kit.model, kit.tables, principal), principal, audit);
  return { scope, audit, gate };
}

/** A new list path: clients by surname, in id order (nothing in it about scope, masking or audit). */
async function clientsBySurname(gate: ReadGate, surname: string): Promise<Row[]> {
  const { rows } = await gate.read(Client, client, {
    where: [eq(client.lastName, surname), eq(client.deleted, false)],
    shape: (select) => select.orderBy(asc(client.id)),
  });
  return rows;
}

/** A new loader path: the batch function of a loader of live clients by id. */
async function liveClients(gate: ReadGate, keys: readonly number[]): Promise<(Row | null)[]> {
  const { rows } = await gate.read(Client, client, {
    where: [sql`${client.id} = ${anyOf(keys)}`, eq(client.deleted, false)],
  });
  return keys.map((k) => rows.find((r) => r.id === k) ?? null);
}

/** The same loader as a keyed read (ReadSpec.key): its statement built once, the keys by placeholder. */
async function liveClientsKeyed(gate: ReadGate, keys: readonly number[]): Promise<(Row | null)[]> {
  const { rows } = await gate.read(Client, client, {
    where: [sql`${client.id} = any(${sql.placeholder('keys')})`, eq(client.deleted, false)],
    key: 'test:live-by-id',
    params: { keys: anyValue(keys) },
  });
  return keys.map((k) => rows.find((r) => r.id === k) ?? null);
}

/** Finishes the request as the subgraph does: the audit record as its transaction's last statement, with the commit. */
async function finish(r: ReturnType<typeof request>, operation: string): Promise<void> {
  await r.audit.flushAndCommit(r.scope, { operation, outcome: 'ok' });
}

const auditOf = (operation: string) =>
  inTenant(db.app, TENANT, (scope) =>
    scope.run(async (tx) =>
      rowsOf<{ client_ids: number[]; record_count: number; entities: string[] }>(
        await tx.execute(sql`select client_ids, record_count, entities from platform.audit_log
          where operation = ${operation} and activity = 'Read' order by id`),
      ),
    ),
  );

const staff: Principal = { tenant: TENANT, kind: 'staff', sub: 'gate-staff', scope: { type: 'tenant' } };

describe(`read gate on ${DB_KIND}`, () => {
  it('a new list path: masked protected identity and an audit record, for a tenant-wide caller', async () => {
    const r = request(staff);
    const rows = await clientsBySurname(r.gate, SURNAME);
    await finish(r, 'GateList');
    expect(rows.map((x) => x.id)).toEqual([openId, protectedId].sort((a, b) => a - b));
    const open = rows.find((x) => x.id === openId)!;
    const hidden = rows.find((x) => x.id === protectedId)!;
    expect(open.personId).toBe(OPEN);
    expect(open.firstName).toBe('Öppen');
    expect(hidden.personId).not.toBe(PROTECTED);
    expect(hidden.firstName).toBe(MASKED_NAME);
    expect(hidden.fullName).toBe(MASKED_NAME);
    expect(Object.keys(hidden)).not.toContain('__protected');
    const [rec] = await auditOf('GateList');
    expect(rec?.record_count).toBe(2);
    expect(rec?.entities).toEqual(['Client']);
    expect([...(rec?.client_ids ?? [])].sort()).toEqual([openId, protectedId].sort());
  });

  it('a new list path: the caller’s row scope applies (a citizen sees only their own row)', async () => {
    const r = request({ ...staff, kind: 'partner', sub: 'gate-citizen', scope: { type: 'subject', personId: OPEN } });
    const rows = await clientsBySurname(r.gate, SURNAME);
    await finish(r, 'GateSubject');
    expect(rows.map((x) => x.id)).toEqual([openId]);
    expect((await auditOf('GateSubject'))[0]?.client_ids).toEqual([openId]);
  });

  it('a new loader path: scope, mask and audit record alike', async () => {
    const r = request({
      ...staff,
      kind: 'partner',
      sub: 'gate-loader',
      scope: { type: 'subject', personId: PROTECTED },
    });
    const [own, other] = await liveClients(r.gate, [protectedId, openId]);
    await finish(r, 'GateLoader');
    expect(other).toBeNull(); // out of the caller's scope
    expect(own?.id).toBe(protectedId);
    expect(own?.lastName).toBe(MASKED_NAME); // protected, and the caller is not entitled
    const [rec] = await auditOf('GateLoader');
    expect(rec?.record_count).toBe(1);
    expect(rec?.client_ids).toEqual([protectedId]);
  });

  it('a keyed read is built once per masking, reused with new values; a narrower scope: each time', async () => {
    const built = vi.spyOn(PgDialect.prototype, 'sqlToQuery');
    try {
      const builds = async (principal: Principal, keys: number[]) => {
        const r = request(principal);
        const before = built.mock.results.length;
        const rows = await liveClientsKeyed(r.gate, keys);
        await finish(r, 'GateKeyed');
        // statements built of the client table (not the tenant setting's or the audit record's)
        const reads = built.mock.results
          .slice(before)
          .filter((x) => /^select .* from "care"\."client"/s.test((x.value as { sql: string }).sql));
        return { rows, builds: reads.length, all: built.mock.results.length - before };
      };
      const first = await builds(staff, [openId]);
      expect(first.rows.map((x) => x?.firstName)).toEqual(['Öppen']);
      expect(first.builds).toBe(1);
      // the same shape again, other values: no statement built, the mask still applies
      const again = await builds(staff, [protectedId, openId]);
      expect(again.builds).toBe(0);
      // nor any other statement: the tenant setting and the audit insert (one record) are built
      // once per shape too (rows.ts KeyedStatement), their values sent as parameters
      expect(again.all).toBe(0);
      const records = await auditOf('GateKeyed');
      expect(records).toHaveLength(2);
      expect(records[1]!.record_count).toBe(2);
      expect([...records[1]!.client_ids].sort()).toEqual([openId, protectedId].sort());
      expect(records[1]!.entities).toEqual(['Client']);
      expect(again.rows.map((x) => x?.firstName)).toEqual([MASKED_NAME, 'Öppen']);
      // an entitled caller reads unmasked: a statement of its own (built once), never the masked one
      const entitled = { ...staff, sub: 'gate-keyed-entitled', entitlements: ['protected-identity'] };
      const e1 = await builds(entitled, [protectedId]);
      expect(e1.rows[0]?.firstName).toBe('Hemlig');
      expect(e1.builds).toBe(1);
      expect((await builds(entitled, [protectedId])).builds).toBe(0);
      expect((await builds(staff, [protectedId])).rows[0]?.firstName).toBe(MASKED_NAME);
      // a caller scoped to one person: its conditions are its own, built every time, never shared
      const subject: Principal = {
        ...staff,
        kind: 'partner',
        sub: 'gate-keyed-subject',
        scope: { type: 'subject', personId: OPEN },
      };
      for (let i = 0; i < 2; i++) {
        const s = await builds(subject, [protectedId, openId]);
        expect(s.builds).toBe(1);
        expect(s.rows.map((x) => x?.id ?? null)).toEqual([null, openId]);
      }
      expect((await builds(staff, [protectedId, openId])).rows.map((x) => x?.id)).toEqual([protectedId, openId]);
    } finally {
      built.mockRestore();
    }
  });

  it('the entitlement lifts the mask; an unscoped partner sees nothing', async () => {
    const entitled = request({ ...staff, sub: 'gate-entitled', entitlements: ['protected-identity'] });
    const [seen] = await liveClients(entitled.gate, [protectedId]);
    await finish(entitled, 'GateEntitled');
    expect(seen?.firstName).toBe('Hemlig');
    const none = request({ tenant: TENANT, kind: 'partner', sub: 'gate-none' });
    expect(await clientsBySurname(none.gate, SURNAME)).toEqual([]);
    await none.scope.end(true);
  });
});
