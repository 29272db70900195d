/**
 * The OData v4 feed, consumed by independent OData tooling over mutual TLS: o.js (the `odata`
 * package, an OData client) fetches the pages and follows @odata.nextLink, and the OASIS TC's
 * odata-csdl parses $metadata. The feed must return the REST route's rows, in its order, with the
 * properties and types $metadata declares; `$filter` on the modification time equals REST gt/lt;
 * a window without changes is an empty page with the same context; licence, audit, bad options.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { o, type OdataConfig } from 'odata';
import { sql } from 'drizzle-orm';
import { contract, definitionName, properties, rowsOf } from '@lcs/platform';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { restRows, type Caller } from './helpers/bi.ts';
import { facadeRequest } from './helpers/facade.ts';
import type { RouteTable } from '@lcs/rest-facade/manifest';

/** CSDL as JSON (odata-csdl's xml2json): schemas, containers and types by name, `$`-prefixed attributes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk CSDL documents of any depth
type CsdlJson = Record<string, any>;
const { xml2json } = createRequire(import.meta.url)('odata-csdl') as { xml2json: (xml: string) => CsdlJson };

/** o.js options plus the undici dispatcher that carries the client certificate (passed on to fetch). */
type ClientOptions = Partial<OdataConfig> & { dispatcher: Agent };

/** One page of an entity set. */
interface FeedPage {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  [annotation: string]: unknown;
}

let s: TestStack;
let c: Caller;
let root: string;
let dispatcher: Agent;

beforeAll(async () => {
  s = await startTestStack({ clients: 20, tenants: ['demo'] });
  c = { facadeUrl: s.facadeUrl!, key: s.demoKeys.demo!['8873']!, tenant: 'demo' };
  root = `${s.facadeUrl}/odata/`;
  dispatcher = new Agent({ connect: { ca: s.pki.ca.cert, cert: s.pki.demoClient.cert, key: s.pki.demoClient.key } });
}, 300_000);
afterAll(async () => {
  await dispatcher?.close();
  await s?.close();
});

/** An o.js handler over the feed: the client certificate (undici dispatcher) and the API key. */
function client(key = c.key, headers: Record<string, string> = {}) {
  const options: ClientOptions = { headers: new Headers({ 'x-api-key': key, ...headers }), fragment: '', dispatcher };
  return o(root, options);
}

/** Every row of an entity set through o.js, following @odata.nextLink; and the pages seen. */
async function allRows(set: string, query: Record<string, string> = {}, pageSize = 100) {
  const rows: Record<string, unknown>[] = [];
  let page: FeedPage = await client(c.key, { prefer: `odata.maxpagesize=${pageSize}` })
    .get(set)
    .query(query);
  let pages = 1;
  rows.push(...page.value);
  while (page['@odata.nextLink']) {
    page = await o(page['@odata.nextLink'], {
      headers: new Headers({ 'x-api-key': c.key, prefer: `odata.maxpagesize=${pageSize}` }),
      fragment: '',
      dispatcher,
    } as ClientOptions)
      .get()
      .query();
    rows.push(...page.value);
    pages++;
  }
  return { rows, pages, last: page };
}

let csdl: CsdlJson;

describe('$metadata', () => {
  it('is CSDL odata-csdl reads: an entity set per 8873 list route with an Id, its properties, key Id', async () => {
    const res: Response = (await client().get('$metadata').fetch()) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get('odata-version')).toBe('4.0');
    csdl = xml2json(await res.text());
    expect(csdl.$Version).toBe('4.0');
    const schema = csdl.Lifecare;
    const container = schema.Container;
    expect(container.$Kind).toBe('EntityContainer');
    const table = (await import('../rest-facade/src/__generated__/routes.json', { with: { type: 'json' } }))
      .default as unknown as RouteTable;
    const expected = table.routes.filter(
      (r) =>
        r.method === 'GET' &&
        r.kind === 'list' &&
        r.packages['8873'] &&
        !r.params.some((p) => p.in === 'path') &&
        properties(contract().definitions[definitionName(r.definition!)]!).Id,
    );
    expect(expected.length).toBeGreaterThan(10);
    for (const r of expected) {
      const version = r.path.startsWith('/api/v1/') ? '' : `_${r.path.split('/')[2]}`;
      const name = `${r.path.split('/').slice(3).join('_')}${version}`;
      const set = container[name];
      expect(set, name).toBeDefined();
      const type = schema[set.$Type.replace(/^Lifecare\./, '')];
      expect(type.$Kind).toBe('EntityType');
      expect(type.$Key).toEqual(['Id']);
      const props = Object.keys(type).filter((k) => !k.startsWith('$'));
      expect(props).toEqual(Object.keys(properties(contract().definitions[definitionName(r.definition!)]!)));
    }
  });

  it('is per licence: 8900 (its one route has no Id to key an entity on) gets no 8873 sets, but 403', async () => {
    const res: Response = (await client(s.demoKeys.demo!['8900']!).get('$metadata').fetch()) as Response;
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toMatch(/package 8900 has no list routes the OData feed serves/);
  });
});

describe('paging', () => {
  it("o.js follows @odata.nextLink and gets the REST route's rows, in order, typed as $metadata says", async () => {
    const rest = await restRows(c, '/api/v1/executed_services', { limit: '100' });
    const { rows, pages, last } = await allRows('executed_services');
    expect(pages).toBe(Math.ceil(rest.length / 100));
    expect(rows).toEqual(rest);
    expect(last['@odata.context']).toMatch(/\/odata\/\$metadata#executed_services$/);
    const type = csdl.Lifecare.ExecutedService_V1;
    const edm: Record<string, (v: unknown) => boolean> = {
      'Edm.Int32': (v) => Number.isInteger(v),
      'Edm.Int64': (v) => Number.isInteger(v),
      'Edm.Double': (v) => typeof v === 'number',
      'Edm.Boolean': (v) => typeof v === 'boolean',
      'Edm.String': (v) => typeof v === 'string',
      'Edm.DateTimeOffset': (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v as string)),
    };
    for (const r of rows.slice(0, 50)) {
      for (const [k, v] of Object.entries(r)) {
        const t = type[k].$Type ?? 'Edm.String';
        if (v !== null && edm[t] && !type[k].$Collection)
          expect(edm[t]!(v), `${k}: ${t} ${JSON.stringify(v)}`).toBe(true);
      }
    }
  });

  it('$top across pages, $select, $orderby on the stable key', async () => {
    const rest = await restRows(c, '/api/v1/executed_services', { limit: '100' });
    const top = await allRows('executed_services', { $top: '150' });
    expect(top.rows).toEqual(rest.slice(0, 150));
    expect(top.pages).toBe(2);
    const sel = await allRows('executed_services', { $select: 'Id,UpdateTime', $orderby: 'UpdateTime,Id' }, 1000);
    expect(sel.rows).toEqual(rest.map((r) => ({ Id: r.Id, UpdateTime: r.UpdateTime })));
  });
});

describe('$filter and incremental refresh', () => {
  it('on the modification time equals REST gt/lt (gt/lt exactly; ge/le as gt/lt one millisecond wider)', async () => {
    const all = await restRows(c, '/api/v1/executions', { limit: '1000' });
    const times = [...new Set(all.map((r) => String(r.UpdateTime)))].sort();
    const gt = times[Math.floor(times.length / 4)]!;
    const lt = times[Math.floor((times.length * 3) / 4)]!;
    const rest = await restRows(c, '/api/v1/executions', { limit: '100', gt, lt });
    expect(rest.length).toBeGreaterThan(0);
    const strict = await allRows('executions', { $filter: `UpdateTime gt ${gt} and UpdateTime lt ${lt}` });
    expect(strict.rows).toEqual(rest);
    const inclusive = await allRows('executions', { $filter: `UpdateTime ge ${gt} and UpdateTime le ${lt}` });
    // the database keeps milliseconds: ge t is gt t−1ms, le t is lt t+1ms
    const ms = (iso: string, d: number) => new Date(new Date(iso).getTime() + d).toISOString();
    expect(inclusive.rows).toEqual(
      await restRows(c, '/api/v1/executions', { limit: '100', gt: ms(gt, -1), lt: ms(lt, 1) }),
    );
    expect(inclusive.rows.length).toBeGreaterThanOrEqual(rest.length);
    const ids = new Set(inclusive.rows.map((r) => r.Id));
    expect(rest.every((r) => ids.has(r.Id))).toBe(true);
  });

  it('also on routes whose contract has no gt/lt (executed services), and eq on searchable properties', async () => {
    const all = await restRows(c, '/api/v1/executed_services', { limit: '1000' });
    const t = String(all[Math.floor(all.length / 2)]!.UpdateTime);
    const after = await allRows('executed_services', { $filter: `UpdateTime gt ${t}` });
    expect(after.rows).toEqual(all.filter((r) => String(r.UpdateTime) > t));
    const person = String(all[0]!.PersonId);
    const mine = await allRows('executed_services', { $filter: `PersonId eq '${person}'` });
    expect(mine.rows).toEqual(
      await restRows(c, '/api/v1/executed_services', { limit: '100', q: `PersonId='${person}'` }),
    );
  });

  it('a RangeStart/RangeEnd window without changes is an empty page with the same context', async () => {
    const { rows, pages, last } = await allRows('executed_services', {
      $filter: 'UpdateTime ge 2099-01-01T00:00:00Z and UpdateTime lt 2099-01-02T00:00:00Z',
    });
    expect(rows).toEqual([]);
    expect(pages).toBe(1);
    expect(last['@odata.context']).toMatch(/\$metadata#executed_services$/);
    expect(last['@odata.nextLink']).toBeUndefined();
  });
});

describe('same gate as REST', () => {
  const raw = (path: string, key?: string) =>
    facadeRequest(new URL(`${s.facadeUrl}/odata/${path}`), { headers: key ? { 'x-api-key': key } : {} });

  it('refuses what it cannot map with 400 naming what is supported; unknown sets 404; no key 401', async () => {
    for (const q of [
      "$filter=Name eq 'x'",
      '$filter=UpdateTime ge 2024-01-01T00:00:00Z or Id eq 1',
      '$orderby=Name',
      '$count=true',
      '$expand=Personnel',
      '$select=Nope',
      '$top=-1',
    ]) {
      const r = await raw(`executed_services?${q}`, c.key);
      expect(r.status, q).toBe(400);
      expect(JSON.parse(r.body.toString()).detail, q).toBeTruthy();
    }
    expect((await raw('nothing_here', c.key)).status).toBe(404);
    expect((await raw('executed_services')).status).toBe(401);
    const doc = JSON.parse((await raw('', c.key)).body.toString());
    expect(doc.value.map((v: { name: string }) => v.name)).toContain('executed_services');
  });

  it('audits the rows it returns as the REST route does', async () => {
    const mark = rowsOf(await s.asTenant('demo', (tx) => tx.execute(sql`select clock_timestamp()::text as t`)))[0]
      .t as string;
    const { rows } = await allRows('clients', {}, 1000);
    const audited = await s.asTenant(
      'demo',
      async (tx) =>
        rowsOf(
          await tx.execute(sql`
      select coalesce(sum(record_count), 0)::int as n from platform.audit_log where at > ${mark}::timestamptz and
      activity = 'Read' and principal_kind = 'partner' and package = '8873'`),
        )[0].n,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(audited).toBeGreaterThanOrEqual(rows.length);
  });
});
