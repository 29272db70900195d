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
import { o } from 'odata';
import { sql } from 'drizzle-orm';
import { contract, definitionName, properties, rowsOf } from '@lcs/platform';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { restRows, type Caller } from './helpers/bi.ts';
import { facadeRequest } from './helpers/facade.ts';
import type { RouteEntry } from '../rest-facade/src/manifest.ts';

/**
 * CSDL JSON as odata-csdl gives it: `$`-members are an element's attributes, the others its
 * children (schemas, entity sets, types, properties), keyed by name.
 */
interface CsdlAttributes {
  $Version?: string;
  $Kind?: string;
  $Type?: string;
  $Key?: string[];
  $Collection?: boolean;
}
type Csdl = CsdlAttributes & { [name: string]: Csdl };

/** The element at a path of child names (Lifecare, Container, …); fails the test when it is missing. */
function el(root: Csdl, ...names: string[]): Csdl {
  let at: Csdl | undefined = root;
  for (const n of names) at = at?.[n];
  expect(at, names.join('.')).toBeDefined();
  return at!;
}

/** The name of an element's type within the Lifecare schema. */
const typeName = (e: Csdl) => (e.$Type ?? '').replace(/^Lifecare\./, '');

/** One page of an entity set, as o.js hands it over. */
interface ODataPage {
  value: Record<string, unknown>[];
  '@odata.context'?: string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

/** o.js options: its config type is fetch's RequestInit, which does not name undici's dispatcher. */
type OConfig = Parameters<typeof o>[1];

const { xml2json } = createRequire(import.meta.url)('odata-csdl') as { xml2json: (xml: string) => Csdl };

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
  return o(root, { headers: new Headers({ 'x-api-key': key, ...headers }), fragment: '', dispatcher } as OConfig);
}

/** Every row of an entity set through o.js, following @odata.nextLink; and the pages seen. */
async function allRows(set: string, query: Record<string, string> = {}, pageSize = 100) {
  const rows: Record<string, unknown>[] = [];
  let page: ODataPage = await client(c.key, { prefer: `odata.maxpagesize=${pageSize}` })
    .get(set)
    .query(query);
  let pages = 1;
  rows.push(...page.value);
  while (page['@odata.nextLink']) {
    page = await o(page['@odata.nextLink'], {
      headers: new Headers({ 'x-api-key': c.key, prefer: `odata.maxpagesize=${pageSize}` }),
      fragment: '',
      dispatcher,
    } as OConfig)
      .get()
      .query();
    rows.push(...page.value);
    pages++;
  }
  return { rows, pages, last: page };
}

let csdl: Csdl;

describe('$metadata', () => {
  it("is CSDL odata-csdl reads: an entity set per 8873 list route, the contract's properties, a key each", async () => {
    const res: Response = (await client().get('$metadata').fetch()) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get('odata-version')).toBe('4.0');
    csdl = xml2json(await res.text());
    expect(csdl.$Version).toBe('4.0');
    const schema = el(csdl, 'Lifecare');
    const container = el(schema, 'Container');
    expect(container.$Kind).toBe('EntityContainer');
    const table = (await import('../rest-facade/src/__generated__/routes.json', { with: { type: 'json' } }))
      .default as unknown as { routes: RouteEntry[] };
    const expected = table.routes.filter(
      (r) =>
        r.method === 'GET' &&
        r.kind === 'list' &&
        !r.flatten &&
        r.definition &&
        r.packages['8873'] &&
        !r.params.some((p) => p.in === 'path'),
    );
    expect(expected.length).toBeGreaterThan(20);
    let synthetic = 0;
    for (const r of expected) {
      const version = r.path.startsWith('/api/v1/') ? '' : `_${r.path.split('/')[2]}`;
      const name = `${r.path.split('/').slice(3).join('_')}${version}`;
      const type = el(schema, typeName(el(container, name)));
      expect(type.$Kind).toBe('EntityType');
      const contractProps = Object.keys(properties(contract().definitions[definitionName(r.definition!)]!));
      const props = Object.keys(type).filter((k) => !k.startsWith('$'));
      if (contractProps.includes('Id')) {
        expect(type.$Key).toEqual(['Id']);
        expect(props).toEqual(contractProps);
      } else {
        // no Id in the contract: a synthetic, non-null string key
        synthetic++;
        expect(type.$Key, name).toEqual(['RowKey']);
        expect(type.RowKey).toEqual({}); // CSDL JSON: Edm.String and $Nullable false are the defaults
        expect(props).toEqual(['RowKey', ...contractProps]);
      }
    }
    expect(synthetic).toBeGreaterThan(5);
    // every structural property's own type is a complex type (never an entity type)
    type Element = { $Kind?: string; $Type?: string };
    for (const [n, t] of Object.entries(schema as Record<string, Element>)) {
      if (t.$Kind !== 'EntityType' && t.$Kind !== 'ComplexType') continue;
      for (const [p, d] of Object.entries(t as Record<string, Element>)) {
        const ref =
          typeof d === 'object' && d.$Type?.startsWith('Lifecare.') ? d.$Type.slice('Lifecare.'.length) : null;
        if (ref) expect(schema[ref]?.$Kind, `${n}.${p}: ${ref}`).toBe('ComplexType');
      }
    }
  });

  it("is per licence: 8900 gets its one route (keyed by RowKey), none of 8873's sets", async () => {
    const res: Response = (await client(s.demoKeys.demo!['8900']!).get('$metadata').fetch()) as Response;
    expect(res.status).toBe(200);
    const doc = xml2json(await res.text());
    const sets = Object.keys(el(doc, 'Lifecare', 'Container')).filter((k) => !k.startsWith('$'));
    expect(sets).toEqual(['hsl_performed_services']);
    const type = el(doc, 'Lifecare', typeName(el(doc, 'Lifecare', 'Container', 'hsl_performed_services')));
    expect(type.$Key).toEqual(['RowKey']);
  });
});

describe('paging', () => {
  it("o.js follows @odata.nextLink and gets the REST route's rows, in order, typed as $metadata says", async () => {
    const rest = await restRows(c, '/api/v1/executed_services', { limit: '100' });
    s.resetStatements();
    const { rows, pages, last } = await allRows('executed_services');
    // (without $select the values are the items as the database writes their contract JSON)
    expect(s.statements.some((q) => q.includes(`'{"Id":' ||`))).toBe(true);
    expect(pages).toBe(Math.ceil(rest.length / 100));
    expect(rows).toEqual(rest);
    expect(last['@odata.context']).toMatch(/\/odata\/\$metadata#executed_services$/);
    const type = el(csdl, 'Lifecare', 'ExecutedService_V1');
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
        const prop = el(type, k);
        const t = prop.$Type ?? 'Edm.String';
        if (v !== null && edm[t] && !prop.$Collection) expect(edm[t]!(v), `${k}: ${t} ${JSON.stringify(v)}`).toBe(true);
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

  it('also on routes without contract gt/lt (executed services), and with eq on a searchable property', async () => {
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

describe('$count', () => {
  it('$count=true: @odata.count is every row $filter selects (not $top), on every page o.js follows', async () => {
    const rest = await restRows(c, '/api/v1/executed_services', { limit: '100' });
    const counted = await allRows('executed_services', { $count: 'true' });
    expect(counted.rows).toEqual(rest);
    expect(counted.last['@odata.count']).toBe(rest.length);
    type Page = { value: unknown[]; '@odata.count'?: number };
    const first = <Page>(
      await client(c.key, { prefer: 'odata.maxpagesize=100' }).get('executed_services').query({ $count: true, $top: 5 })
    );
    expect(first['@odata.count']).toBe(rest.length);
    expect(first.value).toEqual(rest.slice(0, 5));
    const t = String(rest[Math.floor(rest.length / 3)]!.UpdateTime);
    const filtered = await allRows('executed_services', { $count: 'true', $filter: `UpdateTime gt ${t}` });
    expect(filtered.last['@odata.count']).toBe(rest.filter((r) => String(r.UpdateTime) > t).length);
    expect(filtered.last['@odata.count']).toBe(filtered.rows.length);
    const none = <Page>(
      await client().get('executed_services').query({ $count: true, $filter: 'UpdateTime ge 2099-01-01T00:00:00Z' })
    );
    expect(none['@odata.count']).toBe(0);
    expect(none.value).toEqual([]);
  });

  it('/$count: the number as text, with $filter; equal to the REST route with the same gt/lt', async () => {
    const all = await restRows(c, '/api/v1/executions', { limit: '1000' });
    const times = [...new Set(all.map((r) => String(r.UpdateTime)))].sort();
    const gt = times[Math.floor(times.length / 4)]!;
    const lt = times[Math.floor((times.length * 3) / 4)]!;
    const rest = await restRows(c, '/api/v1/executions', { limit: '1000', gt, lt });
    const res = (await client()
      .get('executions/$count')
      .fetch({ $filter: `UpdateTime gt ${gt} and UpdateTime lt ${lt}` })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(String(rest.length));
    expect(await client().get('executions/$count').query()).toBe(all.length); // o.js reads the number
  });
});

describe('entity sets without an Id in the contract', () => {
  it('executed_decisions: the REST rows with a RowKey that is unique and the same in every request', async () => {
    const rest = await restRows(c, '/api/v1/executed_decisions', { limit: '100' });
    expect(rest.length).toBeGreaterThan(0);
    const small = await allRows('executed_decisions', {}, 7);
    const big = await allRows('executed_decisions', {}, 1000);
    expect(small.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'RowKey')))).toEqual(rest);
    expect(small.rows.map((r) => r.RowKey)).toEqual(big.rows.map((r) => r.RowKey));
    expect(new Set(big.rows.map((r) => r.RowKey)).size).toBe(big.rows.length);
    expect(big.rows.every((r) => typeof r.RowKey === 'string' && (r.RowKey as string).length >= 22)).toBe(true);
    const sel = await allRows('executed_decisions', { $select: 'RowKey,ExecutionId' }, 1000);
    expect(sel.rows).toEqual(big.rows.map((r) => ({ RowKey: r.RowKey, ExecutionId: r.ExecutionId })));
    const counted = await client().get('executed_decisions/$count').query();
    expect(counted).toBe(rest.length);
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
      '$count=maybe',
      '$expand=Personnel',
      '$select=Nope',
      '$top=-1',
    ]) {
      const r = await raw(`executed_services?${q}`, c.key);
      expect(r.status, q).toBe(400);
      expect(JSON.parse(r.body.toString()).detail, q).toBeTruthy();
    }
    const token = await raw('executed_services?$skiptoken=not-ours', c.key);
    expect(token.status).toBe(400);
    expect(JSON.parse(token.body.toString())).toMatchObject({
      field: '$skiptoken',
      detail: expect.stringMatching(/^\$skiptoken is not a token/),
    });
    expect((await raw('nothing_here', c.key)).status).toBe(404);
    expect((await raw('executed_services')).status).toBe(401);
    const doc = JSON.parse((await raw('', c.key)).body.toString());
    expect((doc as { value: { name: string }[] }).value.map((v) => v.name)).toContain('executed_services');
  });

  it('audits the rows it returns as the REST route does', async () => {
    const mark = rowsOf<{ t: string }>(
      await s.asTenant('demo', (tx) => tx.execute(sql`select clock_timestamp()::text as t`)),
    )[0]!.t as string;
    const { rows } = await allRows('clients', {}, 1000);
    const audited = await s.asTenant(
      'demo',
      async (tx) =>
        rowsOf<{ n: number }>(
          await tx.execute(sql`
      select coalesce(sum(record_count), 0)::int as n from platform.audit_log
      where at > ${mark}::timestamptz and activity = 'Read' and principal_kind = 'partner' and package = '8873'`),
        )[0]!.n,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(audited).toBeGreaterThanOrEqual(rows.length);
  });
});
