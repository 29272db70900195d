/**
 * The group commit of reads' audit records (platform/src/audit.ts AuditWriter), on PGlite and
 * PostgreSQL: trails that finish together are committed in one transaction with one insert per
 * tenant, every trail gets its own records and receipt back, row-level security still checks each
 * tenant's records, and a trail whose record cannot be written fails alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  AuditTrail,
  AuditWriter,
  inTenant,
  openDatabase,
  rowsOf,
  subgraphKit,
  type Database,
  type Principal,
} from '@lcs/platform';
import { definition } from '@lcs/care';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';

const Client = subgraphKit(definition).model.entities.find((e) => e.name === 'Client')!;
const A = 'group-a';
const B = 'group-b';

let tdb: TestDatabase;
let db: Database;
const statements: string[] = [];

beforeAll(async () => {
  tdb = await testDatabase(DB_KIND);
  db = await openDatabase({ url: tdb.url, onQuery: (q) => statements.push(q) }, [definition.migrations!]);
});
afterAll(async () => {
  await db?.close();
  await tdb?.drop();
});

const principal = (tenant: string, sub: string): Principal => ({
  tenant,
  kind: 'staff',
  sub,
  name: `Handläggare ${sub}`,
  roles: ['case-worker'],
  units: [7],
});

/** A trail of one read of the given clients, named after its operation. */
function readTrail(tenant: string, sub: string, operation: string, clients: number[]): AuditTrail {
  const t = new AuditTrail('care', principal(tenant, sub));
  t.read(
    Client,
    clients.map((id) => ({ id })),
  );
  t.meta = { operation, fields: ['clients'], outcome: 'ok' };
  return t;
}

/** The records with these ids, as the tenant's row-level security lets it read them. */
const recordsOf = (tenant: string, ids: string[]) =>
  inTenant(db.app, tenant, (scope) =>
    scope.run(async (tx) =>
      rowsOf<{
        id: string;
        tenant_id: string;
        principal_id: string;
        principal_name: string;
        operation: string;
        client_ids: number[];
        record_count: number;
        roles: string[];
        units: number[];
        fields: string[];
        activity: string;
      }>(
        await tx.execute(sql`select id::text as id, tenant_id, principal_id, principal_name, operation, client_ids,
            record_count, roles, units, fields, activity
          from platform.audit_log where id = any(${`{${ids.join(',')}}`}::bigint[]) order by id`),
      ),
    ),
  );

const inserts = () => statements.filter((s) => /^insert into platform\.audit_log/.test(s)).length;

describe(`audit group commit on ${DB_KIND}`, () => {
  it('commits trails that finish together in one insert per tenant, each with its records and receipt', async () => {
    const writer = new AuditWriter(db.app);
    const trails = Array.from({ length: 24 }, (_, i) =>
      readTrail(i % 3 === 2 ? B : A, `user-${i}`, `Op${i}`, [1000 + i, 2000 + i]),
    );
    const before = inserts();
    const counts = await Promise.all(trails.map((t) => writer.write(t)));
    expect(counts).toEqual(trails.map(() => 1));
    expect(inserts() - before).toBe(2); // one per tenant, in one commit

    for (const tenant of [A, B]) {
      const mine = trails.filter((t) => t.principal.tenant === tenant);
      const rows = await recordsOf(
        tenant,
        mine.map((t) => t.receipt!.id),
      );
      expect(rows).toHaveLength(mine.length);
      for (const t of mine) {
        const r = rows.find((x) => x.id === t.receipt!.id)!;
        // the receipt names this trail's own record
        expect(r).toMatchObject({
          tenant_id: tenant,
          principal_id: t.principal.sub,
          principal_name: t.principal.name,
          operation: t.meta.operation,
          activity: 'Read',
          record_count: 2,
          roles: ['case-worker'],
          units: [7],
          fields: ['clients'],
        });
        const n = Number(t.principal.sub.slice(5));
        expect(r.client_ids).toEqual([1000 + n, 2000 + n]);
      }
      // the other tenant sees none of them
      const other = tenant === A ? B : A;
      expect(
        await recordsOf(
          other,
          mine.map((t) => t.receipt!.id),
        ),
      ).toEqual([]);
    }
  });

  it('writes what the trail held inline the same way (one record per read, event and change)', async () => {
    const t = readTrail(A, 'inline', 'Inline', [5]);
    t.event('StartSession');
    t.change({ activity: 'Update', entity: 'Client', id: 5, clientIds: [5], before: { a: 1 }, after: { a: 2 } });
    const viaWriter = readTrail(A, 'grouped', 'Inline', [5]);
    viaWriter.event('StartSession');
    viaWriter.change({
      activity: 'Update',
      entity: 'Client',
      id: 5,
      clientIds: [5],
      before: { a: 1 },
      after: { a: 2 },
    });
    expect(await inTenant(db.app, A, (scope) => t.flushAndCommit(scope))).toBe(3);
    expect(await new AuditWriter(db.app).write(viaWriter)).toBe(3);
    const load = (sub: string) =>
      inTenant(db.app, A, (scope) =>
        scope.run(async (tx) =>
          rowsOf<Record<string, unknown>>(
            await tx.execute(sql`select activity, category, client_ids, entities, record_count, changes, outcome
              from platform.audit_log where principal_id = ${sub} order by id`),
          ),
        ),
      );
    const inline = await load('inline');
    expect(inline.map((r) => r.activity)).toEqual(['Read', 'StartSession', 'Update']);
    expect(await load('grouped')).toEqual(inline);
    expect(inline[2]!.changes).toEqual({ id: '5', before: { a: 1 }, after: { a: 2 } });
  });

  it('fails only the trail whose record cannot be written, and takes at most its batch size a commit', async () => {
    const writer = new AuditWriter(db.app, undefined, 4);
    const good = Array.from({ length: 9 }, (_, i) => readTrail(A, `ok-${i}`, 'Good', [i]));
    const bad = readTrail(A, 'bad', 'Bad', [1]);
    bad.meta = { ...bad.meta, outcome: 'nonsense' as 'ok' }; // violates the table's outcome check
    const before = inserts();
    const settled = await Promise.allSettled([...good.slice(0, 5), bad, ...good.slice(5)].map((t) => writer.write(t)));
    expect(settled.map((s) => s.status)).toEqual([
      ...good.slice(0, 5).map(() => 'fulfilled'),
      'rejected',
      ...good.slice(5).map(() => 'fulfilled'),
    ]);
    expect(bad.receipt).toBeUndefined();
    const rows = await recordsOf(
      A,
      good.map((t) => t.receipt!.id),
    );
    expect(rows.map((r) => r.principal_id)).toEqual(good.map((t) => t.principal.sub));
    // batches of at most 4: [g0–g3] in one insert; [g4, bad, g5, g6] fails and is retried one by one (1 + 4); [g7, g8]
    expect(inserts() - before).toBe(7);
    await writer.idle();
  });

  it('refuses a record whose tenant is not the one it is committed for (row-level security)', async () => {
    const writer = new AuditWriter(db.app);
    const t = readTrail(A, 'spoof', 'Spoof', [1]);
    // the record claims another tenant than the trail's principal, under which it is committed
    const records = t.toRecords();
    t.toRecords = () => records.map((r) => ({ ...r, tenant_id: B }));
    await expect(writer.write(t)).rejects.toThrow();
  });
});
