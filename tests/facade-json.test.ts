/**
 * The facade writes JSON lists straight from the GraphQL items (contract-json.ts jsonFor): for
 * every list route, on seeded data, each item's text must be exactly JSON.stringify of the
 * mapped contract object (what the facade sent before, and what XML and CSV are made from).
 * Where the database writes a list's items as the contract's JSON (the route's `json` operation,
 * platform contract-sql.ts), each item's text must be exactly what the facade writes from the
 * GraphQL item, for every package, masked items and awkward values included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { JsonBytes, jsonTextString, rowsOf, type JsonText, type Principal } from '@lcs/platform';
import { loadPersisted, loadRoutes } from '@lcs/cli/stack';
import { jsonFor, mapperFor } from '@lcs/rest-facade/contract-json';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 10, tenants: ['demo'] });
});
afterAll(async () => {
  await s?.close();
});

describe(`contract JSON written straight from GraphQL items on ${DB_KIND}`, () => {
  it('equals JSON.stringify of the mapped item for every list route', async () => {
    const persisted = loadPersisted();
    const routes = loadRoutes().routes.filter((r) => r.kind === 'list' && !r.flatten && r.definition);
    const principal: Principal = {
      tenant: 'demo',
      kind: 'partner',
      sub: 'json-test',
      scope: { type: 'tenant' },
      package: '8873',
      keyId: 'test',
    };
    let items = 0;
    let withData = 0;
    for (const r of routes) {
      const [pkg, op] = Object.entries(r.packages)[0]!;
      const res = await s.gateway.execute(
        persisted[op.id]!,
        { first: 200 },
        { principal: { ...principal, package: pkg }, token: 'in-process' },
      );
      expect(res.errors, `${r.path}: ${JSON.stringify(res.errors)}`).toBeUndefined();
      const nodes = (res.data?.page?.nodes ?? []) as unknown[];
      const write = jsonFor(r.definition!);
      const map = mapperFor(r.definition!);
      for (const n of nodes) expect(write(n), r.path).toBe(JSON.stringify(map(n)));
      items += nodes.length;
      if (nodes.length) withData++;
    }
    expect(routes.length).toBeGreaterThan(40);
    expect(withData).toBeGreaterThan(routes.length / 2);
    expect(items).toBeGreaterThan(1000);
  });

  it('is what the database writes for every list route with a contract-JSON operation, for every package', async () => {
    const persisted = loadPersisted();
    // awkward values next to the seeded ones: control characters, quotes, non-ASCII text, and the
    // numbers where PostgreSQL and JavaScript write floats differently; one row of a protected client
    const quantities = [
      1e-7,
      1e-6,
      0.00001,
      1.5e-5,
      0.0001,
      123.456,
      1e15,
      2 ** 53 - 1,
      1.5e-300,
      -0,
      -3.25,
      0.1 + 0.2,
    ];
    const protectedClient = await s.asTenant('demo', async (tx) => {
      // a client with a protected registration (the trigger publishes it to platform.protected_client)
      const [c] = rowsOf<{ id: number }>(
        await tx.execute(sql`update care.client set protected_registration = true
          where id = (select min(id) from care.client) returning id`),
      );
      return c!.id;
    });
    // nested jsonb: awkward strings, a key missing, an explicit null, empty and one-item arrays, deeper objects
    await s.asTenant('demo', (tx) =>
      tx.execute(sql`update care.actualization set
        caseworker = ${JSON.stringify({
          id: 'H"1\\',
          firstName: 'Tab\tÅ\u0002',
          lastName: null,
          types: [],
          organizationUnit: { id: 'U\n1' },
        })}::jsonb,
        lss_services = '[]'::jsonb,
        service_categories = ${JSON.stringify([{ services: [], serviceCategory: { code: 3, text: '"x"' } }])}::jsonb
        where id = (select min(id) from care.actualization)`),
    );
    await s.asTenant('demo', async (tx) => {
      for (const [i, q] of quantities.entries())
        await tx.execute(sql`insert into provider.executed_service
          (tenant_id, name, quantity, person_id, client_id, start_time, end_time,
           organization_unit, personnel, work_type)
          values ('demo', ${`Tab\there "quoted" \\ back\u0001slash\nnew line ÅÄÖ ✓ ${i}`}, ${q}, '19121212-1212',
            ${i === 0 ? protectedClient : null}, '2026-01-02 03:04:05.678+00', null,
            ${JSON.stringify({ id: 7, name: 'Enhet "7"' })}::jsonb,
            ${JSON.stringify({ personId: 'p1', firstName: 'Å' })}::jsonb,
            'Normal')`);
    });
    const routes = loadRoutes().routes.filter((r) => Object.values(r.packages).some((p) => p.json));
    const base: Omit<Principal, 'package'> = {
      tenant: 'demo',
      kind: 'partner',
      sub: 'json-test',
      scope: { type: 'tenant' },
      keyId: 'test',
    };
    let compared = 0;
    let masked = 0;
    let awkward = 0;
    for (const r of routes) {
      const write = jsonFor(r.definition!);
      for (const [pkg, op] of Object.entries(r.packages)) {
        if (!op.json) continue;
        const run = async (id: string) => {
          const res = await s.gateway.execute(
            persisted[id]!,
            { first: 5000 },
            { principal: { ...base, package: pkg }, token: 'in-process' },
          );
          expect(res.errors, `${r.path} (${pkg}): ${JSON.stringify(res.errors)}`).toBeUndefined();
          return res.data!.page as { nodes?: unknown[]; contractJson?: JsonText[]; pageInfo: unknown };
        };
        const [items, written] = [await run(op.id), await run(op.json.id)];
        expect(written.pageInfo, r.path).toEqual(items.pageInfo);
        // in process, PostgreSQL's texts come as the bytes the server sent (platform json-text.ts), PGlite's as strings
        for (const t of written.contractJson!) expect(t instanceof JsonBytes, r.path).toBe(DB_KIND === 'postgres');
        const texts = written.contractJson!.map(jsonTextString);
        expect(texts, r.path).toEqual(items.nodes!.map((n) => write(n)));
        compared += items.nodes!.length;
        for (const t of texts) {
          if (t.includes('"Skyddad identitet"')) masked++;
          if (t.includes('\\u0001slash')) awkward++;
        }
      }
    }
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/api/v1/executed_services', '/api/v1/actualizations']),
    );
    expect(routes.length).toBeGreaterThanOrEqual(40); // of 64 plain list routes (nested date-times, x-from: not)
    expect(compared).toBeGreaterThan(200);
    expect(awkward).toBeGreaterThanOrEqual(quantities.length);
    expect(masked).toBeGreaterThan(0);
  });

  it('refuses a definition the entity does not mirror (BAD_USER_INPUT), and reads both when asked', async () => {
    for (const definition of ['Nope.V1.Nope', 'Client.V1.Client']) {
      const r = await s.gql('query ($d: String!) { executedServices(first: 1) { contractJson(definition: $d) } }', {
        d: definition,
      });
      expect(r.body.errors?.[0]?.extensions?.code, definition).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toContain('is not a contract definition of ExecutedService');
    }
    const both = await s.gql(`{ executedServices(first: 3) {
      nodes { id } contractJson(definition: "ExecutedService.V1.ExecutedService") pageInfo { hasNextPage } } }`);
    expect(both.body.errors).toBeUndefined();
    const page = both.body.data.executedServices;
    expect(page.contractJson.map((t: string) => JSON.parse(t).Id)).toEqual(
      page.nodes.map((n: { id: string }) => +n.id),
    );
  });

  it('sends the database-written items over REST, the GraphQL items where it cannot write a row', async () => {
    const get = facadeClient(s.facadeUrl!, 'demo', '8873');
    const persisted = loadPersisted();
    const route = loadRoutes().routes.find((r) => r.kind === 'list' && r.path === '/api/v1/executed_services')!;
    const op = route.packages['8873']!;
    const principal: Principal = {
      tenant: 'demo',
      kind: 'partner',
      sub: 'json-test',
      scope: { type: 'tenant' },
      package: '8873',
      keyId: 'test',
    };
    /** The body the facade wrote from GraphQL items before (and still does for XML and CSV). */
    const fromItems = async () => {
      const res = await s.gateway.execute(persisted[op.id]!, { first: 5000 }, { principal, token: 'in-process' });
      const write = jsonFor(route.definition!);
      return `[${(res.data!.page as { nodes: unknown[] }).nodes.map((n) => write(n)).join(',')}]`;
    };
    const written = async () =>
      (await s.gateway.execute(persisted[op.json!.id]!, { first: 5000 }, { principal, token: 'in-process' })).data!
        .page as { contractJson: string[] | null };

    s.resetStatements();
    const r = await get('/api/v1/executed_services?limit=5000');
    expect(r.status).toBe(200);
    expect(await r.text()).toBe(await fromItems());
    expect(
      s.statements.some((q) => q.includes(`'{"Id":' ||`)),
      'the database wrote the items',
    ).toBe(true);

    // 1e23: PostgreSQL's shortest digits are not JavaScript's (9.999999999999999e+22): that page is GraphQL items
    await s.asTenant('demo', (tx) =>
      tx.execute(sql`insert into provider.executed_service (tenant_id, name, quantity) values ('demo', 'Huge', 1e23)`),
    );
    expect((await written()).contractJson).toBeNull();
    const again = await get('/api/v1/executed_services?limit=5000');
    expect(again.status).toBe(200);
    const body = await again.text();
    expect(body).toContain('"Quantity":1e+23');
    expect(body).toBe(await fromItems());

    // a date-time inside jsonb not in toISOString's form: GraphQL reparses it, so that page is GraphQL items too
    const clients = loadRoutes().routes.find((r) => r.kind === 'list' && r.path === '/api/v1/clients')!;
    const co = clients.packages['8873']!;
    const [client] = await s.asTenant('demo', async (tx) =>
      rowsOf<{ id: number }>(
        await tx.execute(sql`update care.client set deregistration = '{"date": "2026-10-25T00:00:00Z"}'::jsonb
          where id = (select max(id) from care.client) returning id`),
      ),
    );
    const asClients = { ...principal };
    const clientPage = async (id: string) =>
      (await s.gateway.execute(persisted[id]!, { first: 5000 }, { principal: asClients, token: 'in-process' })).data!
        .page as { nodes?: unknown[]; contractJson?: string[] | null };
    expect((await clientPage(co.json!.id)).contractJson).toBeNull();
    const viaRest = await (await get('/api/v1/clients?limit=5000')).text();
    const write = jsonFor(clients.definition!);
    expect(viaRest).toBe(`[${(await clientPage(co.id)).nodes!.map((n) => write(n)).join(',')}]`);
    expect(viaRest).toContain(`"Id":${client!.id}`);
    expect(viaRest).toContain('"Date":"2026-10-25T00:00:00Z"');
  });
});
