/**
 * The facade's read-ahead (rest-facade read-ahead.ts), black-box on PGlite and PostgreSQL: a
 * caller walking a list by its Link next gets exactly the pages it would get without it, each
 * page's audit record is committed when that page is delivered (a page read ahead but never asked
 * for leaves none), a held page goes to nobody but the caller and request it was read for, a page
 * masked as the register of protected identities no longer stands is read anew, and a page whose
 * record cannot be committed is not delivered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { MASKED_NAME, rowsOf } from '@lcs/platform';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';
import { whileRefusing } from './helpers/refusing.ts';

let s: TestStack;
beforeAll(async () => {
  // pages of 10 items are read ahead (the platform's default is 1,000); room for all these tests hold
  s = await startTestStack({ clients: 10, tenants: ['demo'], admin: true, readAhead: { minRows: 10, maxHeld: 64 } });
}, 300_000);
afterAll(async () => {
  await s?.close();
});

const PAGE = '/api/v1/executed_services?limit=10';
const RECORDS = sql`operation like 'V1ExecutedServices%' and activity = 'Read'`;

/** Read records of the executed-services JSON operation so far. */
const records = () =>
  s.asTenant('demo', async (tx) =>
    Number(
      rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from platform.audit_log where ${RECORDS}`),
      )[0]!.n,
    ),
  );

/** Pages read ahead by outcome, from the admin listener's /metrics. */
async function readAhead(outcome: string): Promise<number> {
  const text = await (await fetch(s.metricsUrl!)).text();
  const m = new RegExp(`^lcs_facade_read_ahead_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) : 0;
}

/** The next page's path from a response's Link header (without the domain, which the client adds). */
function nextOf(r: Response): string | undefined {
  const m = /<\/WE\.EC\.Integration\.Host(\/api\/v1\/executed_services\?[^>]*)>; rel="next"/.exec(
    r.headers.get('link') ?? '',
  );
  return m ? m[1]!.replace(/&?domain=demo/, '') : undefined;
}

/** Held pages are delivered or dropped within moments; waits until none is left reading. */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe(`read-ahead of list pages on ${DB_KIND}`, () => {
  it('gives a walking caller the same pages, each recorded once when delivered', async () => {
    const get = facadeClient(s.facadeUrl!, 'demo', '8873');
    const before = await records();
    const delivered = await readAhead('delivered');
    const paths: string[] = [];
    const bodies: string[] = [];
    for (let path: string | undefined = PAGE; path;) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      paths.push(path);
      bodies.push(await r.text());
      // the record of the page just delivered is committed before its first byte left
      expect(await records()).toBe(before + paths.length);
      path = nextOf(r);
    }
    expect(paths.length).toBeGreaterThan(5);
    // every page from the third on was read ahead (the second is the first a cursor was followed to)
    expect((await readAhead('delivered')) - delivered).toBe(paths.length - 2);
    // the same pages read one by one, last first (so none is taken from what a walk holds)
    for (let i = paths.length - 1; i >= 0; i--) expect(await (await get(paths[i]!)).text()).toBe(bodies[i]);
    await settle();
    expect(await records()).toBe(before + 2 * paths.length);
  });

  it('reads ahead for an OData client following @odata.nextLink: the same pages, each recorded once', async () => {
    // (another package's key: a key's rate allows some 100 requests at once, which the test above spent)
    const get = facadeClient(s.facadeUrl!, 'demo', '8932');
    const prefer = { headers: { prefer: 'odata.maxpagesize=10' } };
    const base = new URL(s.facadeUrl!).pathname;
    const before = await records();
    const delivered = await readAhead('delivered');
    const paths: string[] = [];
    const bodies: string[] = [];
    for (let path: string | undefined = '/odata/executed_services'; path;) {
      const r = await get(path, prefer);
      expect(r.status, path).toBe(200);
      const text = await r.text();
      paths.push(path);
      bodies.push(text);
      expect(await records()).toBe(before + paths.length);
      const next = (JSON.parse(text) as { '@odata.nextLink'?: string })['@odata.nextLink'];
      if (!next) break;
      const u = new URL(next);
      u.searchParams.delete('domain');
      path = `${u.pathname.slice(base.length)}?${u.searchParams}`;
    }
    expect(paths.length).toBeGreaterThan(5);
    expect((await readAhead('delivered')) - delivered).toBe(paths.length - 2);
    for (let i = paths.length - 1; i >= 0; i--) {
      const r = await get(paths[i]!, prefer);
      const text = await r.text();
      expect(r.status, text).toBe(200);
      expect(text).toBe(bodies[i]);
    }
    await settle();
    expect(await records()).toBe(before + 2 * paths.length);
  });

  it('leaves no record of pages read ahead but never asked for, and delivers a held page once', async () => {
    const get = facadeClient(s.facadeUrl!, 'demo', '8873');
    let path: string | undefined = PAGE;
    const walked: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await get(path!);
      walked.push(path!);
      path = nextOf(r);
    }
    await settle(); // the next pages are read ahead and held
    const before = await records();
    const delivered = await readAhead('delivered');
    await settle();
    expect(await records()).toBe(before); // held, not delivered: no record
    const r = await get(path!); // the fourth page: held, now delivered (and recorded)
    expect(r.status).toBe(200);
    expect(await readAhead('delivered')).toBe(delivered + 1);
    expect(await records()).toBe(before + 1);
    // asked for again: read as usual (a held page is delivered once), with its own record
    const again = await get(path!);
    expect(await again.text()).toBe(await r.text());
    expect(await readAhead('delivered')).toBe(delivered + 1);
    expect(await records()).toBe(before + 2);
  });

  it('holds a page for its caller only: another package’s key reading the same page is served on its own', async () => {
    const own = facadeClient(s.facadeUrl!, 'demo', '8873');
    let path: string | undefined = PAGE;
    for (let i = 0; i < 3; i++) path = nextOf(await own(path!));
    await settle();
    const delivered = await readAhead('delivered');
    // another licence of the same tenant on the same route: its own read, never the held page
    const other = facadeClient(s.facadeUrl!, 'demo', '8932');
    expect((await other(path!)).status).toBe(200);
    expect(await readAhead('delivered')).toBe(delivered);
    // a different request of the same caller (another page size) is not the held page either
    expect((await own(path!.replace('limit=10', 'limit=11'))).status).toBe(200);
    expect(await readAhead('delivered')).toBe(delivered);
  });

  it('reads a held page anew when a client was marked protected since it was read', async () => {
    const own = facadeClient(s.facadeUrl!, 'demo', '8873');
    const other = facadeClient(s.facadeUrl!, 'demo', '8932');
    let path: string | undefined = PAGE;
    for (let i = 0; i < 3; i++) path = nextOf(await own(path!));
    await settle(); // the fourth page is read ahead and held, masked as the register stands now
    const open = await (await other(path!)).text(); // (another key: the same rows, in its own order)
    const marked = await s.asTenant('demo', async (tx) =>
      rowsOf<{ id: number }>(
        await tx.execute(
          sql`update care.client set protected_registration = true
            where not coalesce(protected_registration, false) and not coalesce(is_confidential, false) returning id`,
        ),
      ).map((r) => Number(r.id)),
    );
    try {
      expect(marked.length).toBeGreaterThan(0);
      const before = await records();
      const remasked = await readAhead('remasked');
      const delivered = await readAhead('delivered');
      const r = await own(path!);
      expect(r.status).toBe(200);
      const body = await r.text();
      // not the held page: read again, masked as the register stands now
      expect(await readAhead('remasked')).toBe(remasked + 1);
      expect(await readAhead('delivered')).toBe(delivered);
      // every client is protected now: every item masked (some were not before), as read anew gives it
      const names = (text: string) => (JSON.parse(text) as { Name: string }[]).map((x) => x.Name);
      expect(names(open).some((n) => n !== MASKED_NAME)).toBe(true);
      expect(names(body).length).toBe(10);
      expect(names(body).every((n) => n === MASKED_NAME)).toBe(true);
      expect(await (await own(path!)).text()).toBe(body);
      expect(await records()).toBe(before + 2);
    } finally {
      await s.asTenant('demo', (tx) =>
        tx.execute(sql`update care.client set protected_registration = false where id = any(${sql.param(marked)})`),
      );
    }
  });

  it('does not deliver a held page whose audit record cannot be committed', async () => {
    const get = facadeClient(s.facadeUrl!, 'demo', '8873');
    let path: string | undefined = PAGE;
    for (let i = 0; i < 3; i++) path = nextOf(await get(path!));
    await settle();
    const before = await records();
    const unaudited = await readAhead('unaudited');
    await whileRefusing(
      s,
      {
        table: 'platform.audit_log',
        events: 'insert',
        when: 'before',
        rows: `new.operation like 'V1ExecutedServices%'`,
      },
      async () => {
        const r = await get(path!);
        expect(r.status).toBeGreaterThanOrEqual(500);
        const text = await r.text();
        expect(text).not.toMatch(/"PersonId"|"Name"/);
      },
    );
    expect(await readAhead('unaudited')).toBe(unaudited + 1);
    expect(await records()).toBe(before);
  });
});
