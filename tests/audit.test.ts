/**
 * Accountability and protected identities (issue 7), black-box on PGlite and PostgreSQL:
 * - the audit log is append-only for the app role (the database refuses UPDATE, DELETE, TRUNCATE);
 * - N personal-data reads → N audit records, each naming the principal, key, package and clients;
 * - a process killed mid-load keeps the audit record of every read it delivered;
 * - clients with protected registration or confidentiality are masked in every subgraph for every
 *   principal without the explicit entitlement, through GraphQL and REST.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadConfig, openDatabase, MASKED_NAME, type Database } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { progressBars, seedTenant } from '@lcs/cli/seed';
import { DB_KIND, startTestStack, testDatabase, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

const rowsOf = (r: any): any[] => r.rows ?? r;
let s: TestStack;
let protectedIds: number[];
let protectedPersons: string[];
let openIds: number[];

beforeAll(async () => {
  s = await startTestStack({ clients: 60 });
  const clients = await s.asTenant('demo', async (tx) =>
    rowsOf(await tx.execute(sql`select id, person_id, coalesce(protected_registration, false) or coalesce(is_confidential, false) as prot from care.client where not deleted order by id`)));
  protectedIds = clients.filter((c) => c.prot).map((c) => Number(c.id));
  protectedPersons = clients.filter((c) => c.prot).map((c) => String(c.person_id));
  openIds = clients.filter((c) => !c.prot).map((c) => Number(c.id));
  // the seed protects about 3%; make sure there are a few whatever the seed gave
  if (protectedIds.length < 2) {
    const extra = openIds.splice(0, 2);
    await s.asTenant('demo', (tx) => tx.execute(sql`update care.client set protected_registration = true where id = any(${sql.param(extra)})`));
    protectedIds.push(...extra);
    protectedPersons.push(...clients.filter((c) => extra.includes(Number(c.id))).map((c) => String(c.person_id)));
  }
});
afterAll(async () => {
  await s?.close();
});

/** The database's own message for a statement that should fail (drizzle wraps it as the cause). */
const failure = (p: Promise<unknown>) => p.then(() => 'succeeded', (e) => String(e?.cause?.message ?? e?.message));

const auditCount = (where: ReturnType<typeof sql>) =>
  s.asTenant('demo', async (tx) => Number(rowsOf(await tx.execute(sql`select count(*)::int as n from platform.audit_log where ${where}`))[0].n));

describe(`audit log on ${DB_KIND}`, () => {
  it('is append-only for the app role: UPDATE, DELETE and TRUNCATE fail; partitions are out of reach', async () => {
    const r = await s.gql('query AppendOnly { clients(first: 1) { nodes { id } } }');
    expect(r.body.errors).toBeUndefined();
    expect(await auditCount(sql`operation like 'AppendOnly%'`)).toBe(1);
    expect(await failure(s.asTenant('demo', (tx) => tx.execute(sql`update platform.audit_log set outcome = 'error'`)))).toMatch(/permission denied/);
    expect(await failure(s.asTenant('demo', (tx) => tx.execute(sql`delete from platform.audit_log`)))).toMatch(/permission denied/);
    expect(await failure(s.asTenant('demo', (tx) => tx.execute(sql`truncate platform.audit_log`)))).toMatch(/permission denied/);
    expect(await failure(s.asTenant('demo', (tx) => tx.execute(sql`select * from platform.audit_log_default`)))).toMatch(/permission denied/);
    // another tenant's record cannot be forged, and other tenants' records cannot be read
    expect(await failure(s.asTenant('demo', (tx) => tx.execute(sql`insert into platform.audit_log (tenant_id, subsystem, component, activity, principal_kind, principal_id, outcome)
      values ('demo2', 'Ec', 'care', 'Read', 'dev', 'x', 'ok')`)))).toMatch(/row-level security/);
    const foreign = await s.asTenant('demo2', async (tx) => rowsOf(await tx.execute(sql`select count(*)::int as n from platform.audit_log where operation like 'AppendOnly%'`)));
    expect(foreign[0].n).toBe(0);
    expect(await auditCount(sql`operation like 'AppendOnly%'`)).toBe(1);
  });

  it('is partitioned by month, with partitions made ahead and a default that loses nothing', async () => {
    const parts = await s.asTenant('demo', async (tx) => rowsOf(await tx.execute(sql`select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'platform.audit_log'::regclass order by 1`)).map((x) => String(x.relname)));
    const now = new Date();
    const month = `audit_log_y${now.getUTCFullYear()}m${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(parts).toContain('audit_log_default');
    expect(parts).toContain(month);
    expect(parts.length).toBeGreaterThanOrEqual(13);
  });

  it('writes one record per personal-data read, through REST and GraphQL, naming principal, key, package and clients', async () => {
    const rest = facadeClient(s.facadeUrl!, 'demo', '8873');
    const ids = openIds.slice(0, 12);
    for (const id of ids) expect((await rest(`/api/v1/clients/${id}`)).status).toBe(200);
    const records = await s.asTenant('demo', async (tx) => rowsOf(await tx.execute(sql`select * from platform.audit_log where operation like 'V1ClientsById%' and package = '8873' order by id`)));
    expect(records).toHaveLength(ids.length);
    records.forEach((r, i) => {
      expect(r).toMatchObject({ tenant_id: 'demo', subsystem: 'Ec', component: 'care', activity: 'Read', principal_kind: 'partner', outcome: 'ok', record_count: 1 });
      expect(r.key_id).toBeTruthy();
      expect(r.principal_id).toBeTruthy();
      expect(r.ip).toMatch(/127\.0\.0\.1/);
      expect(r.entities).toEqual(['Client']);
      expect(r.client_ids.map(Number)).toEqual([ids[i]]);
    });
    // GraphQL: five reads, five records; a list read names every client it returned
    for (let i = 0; i < 5; i++) expect((await s.gql('query AuditProbe($id: ID!) { client(id: $id) { id fullName } }', { id: String(ids[i]) })).body.errors).toBeUndefined();
    expect(await auditCount(sql`operation like 'AuditProbe%'`)).toBe(5);
    const list = await s.gql('query AuditList { clients(first: 7) { nodes { id } } }');
    const listed = list.body.data.clients.nodes.map((c: any) => Number(c.id)).sort();
    const rec = await s.asTenant('demo', async (tx) => rowsOf(await tx.execute(sql`select client_ids, record_count, fields from platform.audit_log where operation like 'AuditList%'`)));
    expect(rec).toHaveLength(1);
    expect(rec[0].client_ids.map(Number).sort()).toEqual(listed);
    expect(rec[0].fields).toEqual(['clients']);
    // a read of reference data (no person in it) is not a personal-data read
    expect((await s.gql('query NoPerson { serviceConfigurations(first: 5) { nodes { id } } }')).body.errors).toBeUndefined();
    expect(await auditCount(sql`operation like 'NoPerson%'`)).toBe(0);
  });

  it('keeps the record of every read it delivered when the process is killed mid-load', async () => {
    // A separate database and a child process running the all-in-one stack.
    const tdb = await testDatabase();
    const dataDir = tdb.url ? undefined : mkdtempSync(join(tmpdir(), 'lcs-crash-'));
    const dbOpts = loadConfig({ NODE_ENV: 'test', ...(tdb.url ? { DATABASE_URL: tdb.url } : { LCS_DATA_DIR: dataDir }) }).db;
    const reopen = () => openDatabase(dbOpts, SUBGRAPHS.map((d) => d.migrations));
    let db: Database = await reopen();
    await seedTenant(db.app, { tenant: 'demo', clients: 10, historyMonths: 1 }, progressBars(false));
    const ids = rowsOf(await db.app.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', 'demo', true)`);
      return tx.execute(sql`select id from care.client order by id limit 10`);
    })).map((r) => String(r.id));
    await db.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/crash-child.ts'], {
      env: { ...process.env, ...(tdb.url ? { DATABASE_URL: tdb.url } : { LCS_DATA_DIR: dataDir }), LCS_DB_POOL: '4' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((r) => child.on('exit', r));
    const { gatewayUrl } = JSON.parse(await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', () => reject(new Error('the child stack exited before it answered')));
    }));
    let delivered = 0;
    let killed = false;
    const CONCURRENCY = 8;
    const worker = async (w: number) => {
      for (let i = w; !killed; i += CONCURRENCY) {
        try {
          const res = await fetch(gatewayUrl, {
            method: 'POST', headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo' },
            body: JSON.stringify({ query: 'query CrashProbe($id: ID!) { client(id: $id) { id personId } }', variables: { id: ids[i % ids.length] } }),
          });
          const body = await res.json();
          if (res.status === 200 && body.data?.client?.id) delivered++;
        } catch {
          return; // the process is gone
        }
        if (delivered >= 60 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
    await exited;
    expect(delivered).toBeGreaterThanOrEqual(60);

    db = await reopen();
    const recorded = Number(rowsOf(await db.app.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', 'demo', true)`);
      return tx.execute(sql`select count(*)::int as n from platform.audit_log where operation like 'CrashProbe%'`);
    }))[0].n);
    await db.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    await tdb.drop();
    // every delivered read has its record; at most the reads in flight at the kill have one too
    expect(recorded).toBeGreaterThanOrEqual(delivered);
    expect(recorded).toBeLessThanOrEqual(delivered + CONCURRENCY);
  }, 180_000);
});

describe(`protected identities on ${DB_KIND}`, () => {
  const CLIENT = 'query Masked($id: ID!) { client(id: $id) { id personId firstName lastName fullName addresses { streetAddress } phones { phoneNumber } emails { emailAddress } protectedRegistration isConfidential } }';

  it('masks name, identity number, addresses, phones and e-mails through GraphQL without the entitlement', async () => {
    for (const id of protectedIds) {
      const c = (await s.gql(CLIENT, { id: String(id) })).body.data.client;
      expect(c.protectedRegistration || c.isConfidential).toBe(true);
      expect(c).toMatchObject({ personId: null, firstName: MASKED_NAME, lastName: MASKED_NAME, fullName: MASKED_NAME, addresses: [], phones: [], emails: [] });
    }
    const open = (await s.gql(CLIENT, { id: String(openIds[0]) })).body.data.client;
    expect(open.personId).toMatch(/^\d{12}$/);
    expect(open.fullName).not.toBe(MASKED_NAME);
  });

  it('shows them to a principal with the explicit entitlement', async () => {
    const res = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo', 'x-lcs-entitlements': 'protected-identity' },
      body: JSON.stringify({ query: CLIENT, variables: { id: String(protectedIds[0]) } }),
    });
    const c = (await res.json()).data.client;
    expect(protectedPersons).toContain(c.personId);
    expect(c.fullName).not.toBe(MASKED_NAME);
  });

  it('masks them in every subgraph: a protected client’s identity number appears in no REST answer', async () => {
    const rest = facadeClient(s.facadeUrl!, 'demo', '8873');
    for (const path of ['/api/v1/clients', '/api/v1/executed_services', '/api/v1/executions', '/api/v1/sol_decisions', '/api/v1/hsl_orders', '/api/v1/lifecare_hsl_journal', '/api/v1/contacts']) {
      const r = await rest(`${path}?limit=5000`);
      expect(r.status, path).toBe(200);
      const text = await r.text();
      expect(text.length, path).toBeGreaterThan(2);
      for (const p of protectedPersons) expect(text.includes(p), `${path} shows ${p}`).toBe(false);
    }
    const one = await (await rest(`/api/v1/clients/${protectedIds[0]}`)).json();
    expect(one.FullName).toBe(MASKED_NAME);
    expect(one.PersonId ?? null).toBeNull();
  });

  it('follows care at once: a client marked confidential is masked everywhere in the same moment', async () => {
    const id = openIds[1]!;
    const before = (await s.gql(CLIENT, { id: String(id) })).body.data.client;
    expect(before.personId).toMatch(/^\d{12}$/);
    await s.asTenant('demo', (tx) => tx.execute(sql`update care.client set is_confidential = true where id = ${id}`));
    const after = (await s.gql(CLIENT, { id: String(id) })).body.data.client;
    expect(after.personId).toBeNull();
    const services = await s.gql('query Es($id: ID!) { client(id: $id) { executions { executedServices(first: 50) { personId name } } } }', { id: String(id) });
    for (const e of services.body.data.client.executions) for (const x of e.executedServices) expect([x.personId, x.name]).toEqual([null, MASKED_NAME]);
    await s.asTenant('demo', (tx) => tx.execute(sql`update care.client set is_confidential = false where id = ${id}`));
    expect((await s.gql(CLIENT, { id: String(id) })).body.data.client.personId).toBe(before.personId);
  });
});
