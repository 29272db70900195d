/**
 * Pages at an offset (platform resolvers.ts listPage), black-box through the REST facade on PGlite
 * and PostgreSQL. A page at an offset finds its first row in the (tenant_id, modification time, id,
 * deleted) index and then reads on from it in that order, so the offset must count exactly what
 * the whole list shows: live rows in the caller's scope, in (modification time, id) order, never
 * a soft-deleted row, never a row outside a provider-scoped licence's units. Each page is still
 * one statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import { DB_KIND, dataStatements, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

let s: TestStack;

const ids = (body: { Id: number }[]) => body.map((x) => Number(x.Id));

async function page(pkg: string, path: string): Promise<number[]> {
  const r = await facadeClient(s.facadeUrl!, 'demo', pkg)(path);
  expect(r.status, await r.clone().text()).toBe(200);
  return ids(await r.json());
}

beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
  // a soft-deleted row in the middle of the order: the offsets after it must not count it
  await s.asTenant('demo', async (tx) => {
    const [mid] = rowsOf<{ id: number }>(
      await tx.execute(sql`select id from provider.executed_service where not deleted
        order by updated_at, id offset 40 limit 1`),
    );
    await tx.execute(sql`update provider.executed_service set deleted = true where id = ${mid!.id}`);
  });
});
afterAll(async () => {
  await s?.close();
});

describe(`pages at an offset on ${DB_KIND}`, () => {
  it('give the same rows as the whole list, the soft-deleted one left out', async () => {
    const all = await page('8873', '/api/v1/executed_services?limit=5000');
    expect(all.length).toBeGreaterThan(120);
    const deleted = await s.asTenant('demo', async (tx) =>
      rowsOf<{ id: number }>(await tx.execute(sql`select id from provider.executed_service where deleted`)).map((r) =>
        Number(r.id),
      ),
    );
    expect(deleted.length).toBeGreaterThan(0);
    expect(all.filter((id) => deleted.includes(id))).toEqual([]);
    for (const [offset, limit] of [
      [1, 10],
      [39, 5],
      [40, 5],
      [41, 50],
      [all.length - 3, 10],
      [all.length - 1, 1],
      [all.length, 10],
      [all.length + 5, 10],
    ] as const) {
      s.resetStatements();
      const got = await page('8873', `/api/v1/executed_services?limit=${limit}&offset=${offset}`);
      expect(got, `offset ${offset}, limit ${limit}`).toEqual(all.slice(offset, offset + limit));
      // still one read of executed services for the page, from its first row on
      const reads = dataStatements(s.statements).filter((q) => q.includes('"executed_service"'));
      expect(reads, `offset ${offset}`).toHaveLength(1);
      const at = '"provider"."executed_service"."updated_at", "provider"."executed_service"."id"';
      expect(reads[0]).toContain(`(${at}) >= (select ${at} from "provider"."executed_service" where `);
    }
  });

  it("count only the rows in a provider-scoped licence's units", async () => {
    const scopedAll = await page('8973', '/api/v1/clients?limit=5000');
    const everything = await page('8873', '/api/v1/clients?limit=5000');
    expect(scopedAll.length).toBeGreaterThan(3);
    expect(scopedAll.length, 'the licence sees part of the tenant').toBeLessThan(everything.length);
    for (const offset of [1, 5, Math.floor(scopedAll.length / 2), scopedAll.length - 1]) {
      const got = await page('8973', `/api/v1/clients?limit=7&offset=${offset}`);
      expect(got, `offset ${offset}`).toEqual(scopedAll.slice(offset, offset + 7));
    }
  });

  it('page on from an offset through the Link header to the end of the list', async () => {
    const all = await page('8873', '/api/v1/executed_services?limit=5000');
    const seen: number[] = [];
    let next: string | null = '/api/v1/executed_services?limit=40&offset=30';
    while (next) {
      const r: Response = await facadeClient(s.facadeUrl!, 'demo', '8873')(next);
      expect(r.status).toBe(200);
      seen.push(...ids(await r.json()));
      const m = /<\/WE\.EC\.Integration\.Host(\/api\/v1\/executed_services\?[^>]*)>; rel="next"/.exec(
        r.headers.get('link') ?? '',
      );
      next = m ? m[1]!.replace(/&?domain=demo/, '') : null;
    }
    expect(seen).toEqual(all.slice(30));
  });
});
