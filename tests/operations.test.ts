/**
 * Operations (issue 17) through HTTP on the all-in-one: the environment header, the status page
 * (server-rendered, no script, no external asset) with incidents and windows, maintenance mode
 * (503 + Retry-After on REST and GraphQL while /status answers; read-only mode refuses writes
 * only), the service-window calendar, the operator-only GraphQL mutations, and the resident
 * register: a notification batch masks a newly protected client at once, and a tenant without a
 * batch for more than 7 days is flagged on the status page and in /readyz.
 *
 * Changes are made the way the CLI makes them (the platform functions on the database); the
 * running stack sees them through its short-lived cache (≤ 2 s), so the test polls for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import {
  MASKED_NAME,
  addWindow,
  listWindows,
  openIncident,
  removeWindow,
  residentRegisterAges,
  rowsOf,
  setMaintenance,
  updateIncident,
} from '@lcs/platform';
import { importKirBatch, syntheticKirBatch, KIR_FORMAT } from '@lcs/care/resident-register';
import { recordUsage } from '@lcs/iam/credentials';
import { usageReport } from '@lcs/cli/usage-report';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeFetch } from './helpers/facade.ts';
import { whileRefusing } from './helpers/refusing.ts';

let s: TestStack;
let origin: string;

beforeAll(async () => {
  s = await startTestStack({ clients: 12 });
  origin = new URL(s.gatewayUrl).origin;
});
afterAll(async () => s?.close());

/** Polls until `check` passes (the stack re-reads operations state at most every 2 s). */
async function eventually<T>(fn: () => Promise<T>, check: (v: T) => boolean, tries = 40): Promise<T> {
  let v = await fn();
  for (let i = 0; i < tries && !check(v); i++) {
    await new Promise((r) => setTimeout(r, 250));
    v = await fn();
  }
  return v;
}

const page = async () => {
  const r = await fetch(`${origin}/status`);
  return { status: r.status, headers: r.headers, text: await r.text() };
};
const gqlPost = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  fetch(s.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo', ...headers },
    body: JSON.stringify({ query, variables }),
  });
/** The gateway's answer to a small query once it answers `status` (a maintenance change takes a moment). */
const gqlOnceStatus = (status: number) =>
  eventually(
    () => gqlPost('{ currentTenant { domain } }'),
    (r) => r.status === status,
  );

describe(`operations on ${DB_KIND}`, () => {
  it('names the environment in a header on every answer, and on the status and docs pages', async () => {
    const g = await gqlPost('{ currentTenant { domain } }');
    expect(g.status).toBe(200);
    expect(g.headers.get('x-lcs-environment')).toBe('prod');
    const rest = await facadeClient(s.facadeUrl!, 'demo', '8873')('/api/v1/clients?limit=1');
    expect(rest.status).toBe(200);
    expect(rest.headers.get('x-lcs-environment')).toBe('prod');
    const p = await page();
    expect(p.status).toBe(200);
    expect(p.headers.get('x-lcs-environment')).toBe('prod');
    expect(p.text).toContain('Driftstatus <span class="env">PROD</span>');
    // server-rendered, works without JavaScript, loads nothing from elsewhere
    expect(p.text).not.toMatch(/<script/i);
    expect(p.text).not.toMatch(/(src|href)="(https?:)?\/\//i);
    for (const c of ['gateway', 'REST facade', 'subgraph care', 'subgraph iam', 'database', 'sign-in'])
      expect(p.text).toContain(c);
    const docs = await facadeFetch(`${new URL(s.facadeUrl!).origin}/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('x-lcs-environment')).toBe('prod');
    expect(await docs.text()).toMatch(/<title>[^<]*PROD<\/title>/);
    expect((await (await fetch(`${origin}/status.json`)).json()).environment).toBe('prod');
  });

  it('shows incidents the operator opens, updates and resolves, on the page and in the feed', async () => {
    const i = await openIncident(s.db.app, 'prod', {
      title: 'Långsamma svar från REST-API',
      message: 'Vi undersöker långsamma svar.',
    });
    let p = await eventually(page, (x) => x.text.includes('Långsamma svar från REST-API'));
    expect(p.text).toContain('Vi undersöker långsamma svar.');
    expect(p.text).toContain('Utreds');
    await updateIncident(s.db.app, i.id, { message: 'Orsaken är hittad.', state: 'identified' });
    await updateIncident(s.db.app, i.id, { message: 'Åtgärdat.', state: 'resolved' });
    p = await page();
    expect(p.text).toContain('Orsaken är hittad.');
    expect(p.text).toContain('Åtgärdad');
    const feed = await (await fetch(`${origin}/status/feed.json`)).json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    const item = feed.items.find((x: { id: string }) => x.id === `incident-${i.id}`);
    expect(item.content_text).toContain('Orsaken är hittad.');
    expect(item.tags).toContain('resolved');
    await expect(updateIncident(s.db.app, i.id, { message: 'igen' })).rejects.toThrow(/resolved/);
    // through GraphQL for the console
    const open = await (await gqlPost('{ incidents { id } }')).json();
    expect(open.data.incidents.map((x: { id: string }) => x.id)).not.toContain(i.id);
    const all = await (
      await gqlPost('{ incidents(includeResolved: true) { id state resolvedAt updates { state message } } }')
    ).json();
    const mine = all.data.incidents.find((x: { id: string }) => x.id === i.id);
    expect(mine.state).toBe('resolved');
    expect(mine.updates.map((u: { state: string }) => u.state)).toEqual(['resolved', 'identified', 'investigating']);
  });

  it('answers 503 + Retry-After on REST and GraphQL in maintenance, while /status answers', async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await setMaintenance(s.db.app, 'prod', { mode: 'on', reason: 'uppgradering', until });
    try {
      const g = await gqlOnceStatus(503);
      expect(g.status).toBe(503);
      const retry = Number(g.headers.get('retry-after'));
      expect(retry).toBeGreaterThan(3000);
      expect(retry).toBeLessThanOrEqual(3600);
      const body = await g.json();
      expect(body.detail).toContain(until);
      expect(body.maintenance.until).toBe(until);
      expect(body.errors[0].extensions.code).toBe('UNAVAILABLE');
      const rest = await facadeClient(s.facadeUrl!, 'demo', '8873')('/api/v1/clients?limit=1');
      expect(rest.status).toBe(503);
      expect(Number(rest.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(rest.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await rest.json()).detail).toContain(until);
      // the status page and health endpoints still answer, and say so
      const p = await page();
      expect(p.status).toBe(200);
      expect(p.text).toContain('Underhåll pågår');
      const health = await (await fetch(`${origin}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', maintenance: 'on', until });
      const ready = await fetch(`${origin}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).maintenance).toMatchObject({ mode: 'on', until });
      // read-only: reads pass, writes are refused
      await setMaintenance(s.db.app, 'prod', { mode: 'read-only', reason: 'flytt av databas', until });
      const read = await eventually(
        () => gqlPost('{ currentTenant { domain } }'),
        (r) => r.status === 200,
      );
      expect(read.status).toBe(200);
      const write = await gqlPost('mutation { removeServiceWindow(id: "999999") }');
      expect(write.status).toBe(503);
      expect(Number(write.headers.get('retry-after'))).toBeGreaterThan(3000);
      const restRead = await facadeClient(s.facadeUrl!, 'demo', '8873')('/api/v1/clients?limit=1');
      expect(restRead.status).toBe(200);
      const restWrite = await facadeClient(
        s.facadeUrl!,
        'demo',
        '8931',
      )('/api/v1/reported_visits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(restWrite.status).toBe(503);
    } finally {
      await setMaintenance(s.db.app, 'prod', { mode: 'off', reason: null, until: null });
    }
    const back = await gqlOnceStatus(200);
    expect(back.status).toBe(200);
  });

  it("is in maintenance during a service window, with Retry-After to the window's end", async () => {
    const end = new Date(Date.now() + 20 * 60_000);
    const w = await addWindow(s.db.app, {
      environment: 'prod',
      start: new Date(Date.now() - 60_000).toISOString(),
      end: end.toISOString(),
      emergency: true,
      description: 'akut patch',
    });
    try {
      const g = await gqlOnceStatus(503);
      expect(g.status).toBe(503);
      const retry = Number(g.headers.get('retry-after'));
      expect(retry).toBeGreaterThan(1000);
      expect(retry).toBeLessThanOrEqual(1200);
      expect((await g.json()).maintenance.windowId).toBe(w.id);
      expect((await page()).text).toContain('akut patch');
    } finally {
      await removeWindow(s.db.app, w.id);
    }
    expect((await gqlOnceStatus(200)).status).toBe(200);
  });

  it('publishes planned windows as ICS and JSON; GraphQL mutations are for the operator only', async () => {
    const add =
      'mutation($s: DateTime!, $e: DateTime!) { addServiceWindow(environment: "prod", start: $s, end: $e, ' +
      'description: "Release 6.3") { id kind start end emergency } }';
    const vars = { s: '2027-10-30T22:00:00+02:00', e: '2027-10-31T02:00:00+01:00' };
    const refused = await (await gqlPost(add, {}, vars)).json();
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    const made = await (await gqlPost(add, { 'x-lcs-entitlements': 'platform-operator' }, vars)).json();
    expect(made.data.addServiceWindow).toMatchObject({
      kind: 'prod',
      emergency: false,
      start: '2027-10-30T20:00:00.000Z',
      end: '2027-10-31T01:00:00.000Z',
    });
    const tooSoon = await (
      await gqlPost(
        add,
        { 'x-lcs-entitlements': 'platform-operator' },
        { s: new Date(Date.now() + 86_400_000).toISOString(), e: new Date(Date.now() + 90_000_000).toISOString() },
      )
    ).json();
    expect(tooSoon.errors[0].message).toMatch(/7 days/);
    const listed = await (
      await gqlPost('{ serviceWindows(environment: "prod") { id environment start end kind emergency description } }')
    ).json();
    expect(listed.data.serviceWindows).toContainEqual({
      id: made.data.addServiceWindow.id,
      environment: 'prod',
      start: '2027-10-30T20:00:00.000Z',
      end: '2027-10-31T01:00:00.000Z',
      kind: 'prod',
      emergency: false,
      description: 'Release 6.3',
    });
    const ics = await fetch(`${origin}/status/prod.ics`);
    expect(ics.headers.get('content-type')).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(await ics.text()));
    ICAL.TimezoneService.register(comp.getFirstSubcomponent('vtimezone')!);
    const ev = comp
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.includes('PROD') && e.description === 'Release 6.3')!;
    expect([ev.startDate.hour, ev.endDate.hour]).toEqual([22, 2]);
    expect(ev.endDate.toJSDate().toISOString()).toBe('2027-10-31T01:00:00.000Z');
    const json = await (await fetch(`${origin}/status/windows.json?environment=prod`)).json();
    expect(json.windows.map((w: { id: string }) => w.id)).toContain(made.data.addServiceWindow.id);
    expect((await fetch(`${origin}/status/windows.json?environment=test`)).status).toBe(400);
    const removed = await (
      await gqlPost(
        'mutation($id: ID!) { removeServiceWindow(id: $id) }',
        { 'x-lcs-entitlements': 'platform-operator' },
        { id: made.data.addServiceWindow.id },
      )
    ).json();
    expect(removed.data.removeServiceWindow).toBe(true);
  });

  it('lets only one of two overlapping windows added at the same moment in', async () => {
    const at = (day: number) => ({
      environment: 'prod',
      start: `2028-06-0${day}T22:00:00+02:00`,
      end: `2028-06-0${day + 1}T02:00:00+02:00`,
      description: 'Concurrent add',
    });
    // the first add's transaction stays open while the second one checks for overlaps
    let second: Promise<unknown> | undefined;
    const first = await s.db.app.transaction(async (tx) => {
      const made = await addWindow(tx as unknown as typeof s.db.app, at(1));
      second = addWindow(s.db.app, at(1)).then(
        () => 'added',
        (e: { code?: string }) => e.code,
      );
      await new Promise((r) => setTimeout(r, 300));
      return made;
    });
    expect(await second).toBe('CONFLICT');
    // a window that does not overlap goes in beside it
    const other = await addWindow(s.db.app, at(3));
    for (const w of [first, other]) await removeWindow(s.db.app, w.id);
    expect((await listWindows(s.db.app)).filter((w) => w.description === 'Concurrent add')).toEqual([]);
  });

  it('reports no success for a change that did not commit (a check deferred to the COMMIT refuses it)', async () => {
    const operator = { 'x-lcs-entitlements': 'platform-operator' };
    const add =
      'mutation($s: DateTime!, $e: DateTime!, $d: String) { addServiceWindow(environment: "utb", start: $s, end: $e, ' +
      'description: $d) { id } }';
    const at = (d: string, extra: object = {}) => ({
      s: '2028-03-04T22:00:00Z',
      e: '2028-03-05T01:00:00Z',
      d,
      ...extra,
    });
    const remove = 'mutation($id: ID!) { removeServiceWindow(id: $id) }';
    const described = async (d: string) =>
      (await listWindows(s.db.app, { environment: 'utb' })).filter((w) => w.description === d);
    const kept = await (await gqlPost(add, operator, at('RefusedCommit kept'))).json();
    expect(kept.errors).toBeUndefined();
    await whileRefusing(
      s,
      { table: 'platform.service_window', events: 'insert or delete', when: 'at commit' },
      async () => {
        for (const [label, r] of [
          [
            'add',
            await gqlPost(
              add,
              operator,
              at('RefusedCommit new', { s: '2028-04-04T22:00:00Z', e: '2028-04-05T01:00:00Z' }),
            ),
          ],
          [
            'remove',
            await gqlPost(remove, operator, {
              id: kept.data.addServiceWindow.id,
            }),
          ],
        ] as const) {
          const body = await r.json();
          expect(body.data ?? null, label).toBeNull();
          expect(body.errors?.[0]?.extensions?.code, label).toBe('INTERNAL_SERVER_ERROR');
          expect(JSON.stringify(body), label).not.toMatch(/service_window|refused by the test|insert |delete /i);
        }
      },
    );
    // nothing changed: the new window is not there, the kept one still is
    expect(await described('RefusedCommit new')).toHaveLength(0);
    expect(await described('RefusedCommit kept')).toHaveLength(1);
    const removed = await (
      await gqlPost(remove, operator, {
        id: kept.data.addServiceWindow.id,
      })
    ).json();
    expect(removed.data.removeServiceWindow).toBe(true);
    expect(await described('RefusedCommit kept')).toHaveLength(0);
  });

  it('imports a resident-register batch: masking reacts at once; no batch for 7 days flags a tenant', async () => {
    const client = await s.asTenant(
      'demo',
      async (tx) =>
        rowsOf<{ id: number; person_id: string }>(
          await tx.execute(sql`select id, person_id from care.client
      where not coalesce(protected_registration, false) and not coalesce(is_confidential, false) and person_id is not
      null order by id limit 1`),
        )[0]!,
    );
    const Q = 'query($id: ID!) { client(id: $id) { fullName personId protectedRegistration } }';
    const before = await s.gql(Q, { id: String(client.id) });
    expect(before.body.data.client.fullName).not.toBe(MASKED_NAME);
    const batch = {
      format: KIR_FORMAT,
      batchId: 'SKV-test-1',
      createdAt: new Date().toISOString(),
      notifications: [{ type: 'protected', personId: client.person_id, protectedRegistration: true }],
    };
    const r = await importKirBatch(s.db.app, 'demo', 'prod', JSON.stringify(batch));
    expect(r).toMatchObject({ applied: 1, unmatched: 0, protectedChanged: 1 });
    const after = await s.gql(Q, { id: String(client.id) });
    expect(after.body.data.client).toEqual({ fullName: MASKED_NAME, personId: null, protectedRegistration: true });
    await expect(importKirBatch(s.db.app, 'demo', 'prod', JSON.stringify(batch))).rejects.toThrow(/already imported/);
    await expect(
      importKirBatch(
        s.db.app,
        'demo',
        'prod',
        JSON.stringify({ ...batch, batchId: 'x', notifications: [{ type: 'protected', personId: '19121212121' }] }),
      ),
    ).rejects.toThrow(/not a valid/);
    // a generated batch applies names, addresses and deaths too
    const gen = await syntheticKirBatch(s.db.app, 'demo', {
      batchId: 'SKV-test-2',
      createdAt: new Date().toISOString(),
      size: 4,
    });
    const g = await importKirBatch(s.db.app, 'demo', 'prod', JSON.stringify(gen));
    expect(g).toMatchObject({ notifications: 5, applied: 4, unmatched: 1 });
    const renamed = gen.notifications.find((n) => n.type === 'name')!;
    const named = await s.asTenant(
      'demo',
      async (tx) =>
        rowsOf<{ first_name: string }>(
          await tx.execute(sql`select first_name from care.client where person_id = ${renamed.personId}`),
        )[0]!,
    );
    expect(named.first_name).toBe((renamed as { firstName: string }).firstName);

    // demo has a fresh batch; demo2 never had one: stale on the status page, in /readyz and in GraphQL
    const ages = await residentRegisterAges(s.db.app);
    expect(ages.find((a) => a.tenant === 'demo')).toMatchObject({ stale: false });
    expect(ages.find((a) => a.tenant === 'demo2')).toMatchObject({ stale: true, lastBatchAt: null });
    const p = await page();
    expect(p.text).toMatch(/ingen avisering från Skatteverket på mer än 7 dagar för demo2/);
    expect(p.text).not.toMatch(/7 dagar för [^<]*\bdemo\b(?!2)/);
    const ready = await (await fetch(`${origin}/readyz`)).json();
    expect(ready.residentRegister.stale.map((t: { tenant: string }) => t.tenant)).toEqual(['demo2']);
    // and as metrics (the alert LcsResidentRegisterStale reads lcs_resident_register_stale)
    const exposition = await s.metrics!.registry.metrics();
    expect(exposition).toMatch(/^lcs_resident_register_stale\{tenant="demo2"\} 1$/m);
    expect(exposition).toMatch(/^lcs_resident_register_stale\{tenant="demo"\} 0$/m);
    expect(exposition).toMatch(/^lcs_resident_register_last_batch_age_seconds\{tenant="demo"\} \d+$/m);
    expect(exposition).not.toMatch(/^lcs_resident_register_last_batch_age_seconds\{tenant="demo2"\}/m);
    // 8 days old counts as stale, a new batch makes the tenant fresh
    const old = new Date(Date.now() - 8 * 86_400_000);
    await importKirBatch(
      s.db.app,
      'demo2',
      'prod',
      JSON.stringify({ ...batch, batchId: 'SKV-old', notifications: [] }),
      old,
    );
    expect((await residentRegisterAges(s.db.app)).find((a) => a.tenant === 'demo2')).toMatchObject({
      stale: true,
      lastBatchAt: old.toISOString(),
    });
    const status2 = await (
      await gqlPost('{ residentRegisterStatus { lastBatchAt ageDays stale } }', { 'x-lcs-tenant': 'demo2' })
    ).json();
    expect(status2.data.residentRegisterStatus).toEqual({ lastBatchAt: old.toISOString(), ageDays: 8, stale: true });
    await importKirBatch(
      s.db.app,
      'demo2',
      'prod',
      JSON.stringify({ ...batch, batchId: 'SKV-new', notifications: [] }),
    );
    expect((await residentRegisterAges(s.db.app)).every((a) => !a.stale)).toBe(true);
    expect((await page()).text).not.toContain('ingen avisering från Skatteverket');
  });

  it('reports usage per tenant, key and day, and the heaviest hours of day, across tenants', async () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const at = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 10, day, hour, minute));
    // a nightly job of demo's key k-night at 02:xx Stockholm (01:xx UTC) on three days; light daytime use by demo2
    await recordUsage(s.db.app, [
      ...[18, 19, 20].flatMap((d) =>
        [0, 1, 2].map((m) => ({
          tenant: 'demo',
          keyId: 'k-night',
          minute: at(d, 1, m),
          requests: 100,
          rows: 100_000,
          rejects: m === 2 ? 5 : 0,
        })),
      ),
      { tenant: 'demo', keyId: 'k-night', minute: at(19, 10), requests: 3, rows: 30, rejects: 0 },
      { tenant: 'demo2', keyId: 'k-day', minute: at(20, 9), requests: 10, rows: 500, rejects: 1 },
    ]);
    const r = await usageReport(s.db.app, { days: 3, top: 3, now });
    const mine = r.daily.filter((d) => d.key.startsWith('k-'));
    expect(mine).toEqual([
      { tenant: 'demo', key: 'k-night', day: '2026-11-18', requests: 300, rows: 300_000, refusals: 5 },
      { tenant: 'demo', key: 'k-night', day: '2026-11-19', requests: 303, rows: 300_030, refusals: 5 },
      { tenant: 'demo', key: 'k-night', day: '2026-11-20', requests: 300, rows: 300_000, refusals: 5 },
      { tenant: 'demo2', key: 'k-day', day: '2026-11-20', requests: 10, rows: 500, refusals: 1 },
    ]);
    expect(r.heaviestHours[0]).toEqual({
      tenant: 'demo',
      key: 'k-night',
      hourOfDay: '02:00',
      days: 3,
      requests: 900,
      rows: 900_000,
      refusals: 15,
      shareOfKeyRows: 1,
    });
    const only = await usageReport(s.db.app, { days: 3, top: 3, now, tenant: 'demo2' });
    expect(only.daily.map((d) => d.tenant)).toEqual(['demo2']);
  });
});
