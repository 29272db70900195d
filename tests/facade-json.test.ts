/**
 * The facade writes JSON lists straight from the GraphQL items (contract-json.ts jsonFor): for
 * every list route, on seeded data, each item's text must be exactly JSON.stringify of the
 * mapped contract object (what the facade sent before, and what XML and CSV are made from).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lcs/platform';
import { loadPersisted, loadRoutes } from '@lcs/cli/stack';
import { jsonFor, mapperFor } from '@lcs/rest-facade/contract-json';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';

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
});
