/**
 * Compiled in-process reads (platform compiled.ts) answer exactly as Apollo Server's path: every
 * subgraph request the gateway makes for every persisted operation (and for a deep federated
 * query, `_entities` included) is replayed through Apollo and compared — data, errors, and the
 * audit records both write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, type Principal, type SubgraphService } from '@lcs/platform';
import { loadPersisted } from '@lcs/cli/stack';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';

let s: TestStack;
type Execute = SubgraphService['execute'];
const seen: {
  execute: Execute;
  name: string;
  request: Parameters<Execute>[0];
  principal: Principal;
  result: unknown;
}[] = [];

beforeAll(async () => {
  s = await startTestStack({ clients: 20 });
  for (const service of s.subgraphs) {
    const execute = service.execute.bind(service);
    service.execute = async (request, principal, opts) => {
      const result = await execute(request, principal, opts);
      // a copy: the gateway merges into the answer it got
      seen.push({ execute, name: service.name, request, principal, result: JSON.parse(JSON.stringify(result)) });
      return result;
    };
  }
});
afterAll(async () => {
  await s?.close();
});

const plain = (x: unknown) => {
  const { extensions: _ignored, ...rest } = JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
  return rest;
};

describe(`compiled in-process reads on ${DB_KIND}`, () => {
  it('answer each subgraph request of every persisted operation and a deep query as Apollo Server does', async () => {
    const persisted = loadPersisted();
    const principal: Principal = {
      tenant: 'demo',
      kind: 'partner',
      sub: 'compiled-test',
      scope: { type: 'tenant' },
      package: '8873',
      keyId: 'k',
    };
    for (const query of Object.values(persisted)) {
      if (/^mutation/.test(query)) continue;
      const variables: Record<string, unknown> = /\(\$id: ID!\)/.test(query)
        ? { id: '1010' }
        : /\$first: Int/.test(query)
          ? { first: 20 }
          : {};
      await s.gateway.execute(query, variables, {
        principal: { ...principal, package: /BusinessLogs/.test(query) ? 'business-logs' : '8873' },
        token: 'in-process',
      });
    }
    const deep = await s.gql(`{ clients(first: 10) { nodes { id fullName personId executions { id unit { name }
        executedServices(first: 3) { id startTime } }
      hslOrders { id startDate } housingApplicationEvents { status } } } }`);
    expect(deep.body.errors).toBeUndefined();
    // errors too: a bad cursor (resolver error) and a variable that does not fit
    await s.gql('query Bad($a: String) { clients(after: $a) { nodes { id } } }', { a: 'not-a-cursor' });
    await s.gql('query Worse($f: Int) { clients(first: $f) { nodes { id } } }', { f: 99999 });

    expect(seen.length).toBeGreaterThan(80);
    expect(seen.some((x) => /_entities/.test(x.request.query))).toBe(true);
    const audits = (tenant: string) =>
      s.asTenant(tenant, async (tx) =>
        rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from platform.audit_log`)),
      );
    const count = async (tenant: string) => {
      const rows = await audits(tenant);
      return Number(rows[0]!.n);
    };
    let compared = 0;
    let withErrors = 0;
    for (const x of seen.splice(0)) {
      // they read the audit log this comparison writes to
      if (/BusinessLogs|accessReview/.test(x.request.query)) continue;
      const before = await count(x.principal.tenant);
      const viaApollo = await x.execute(x.request, x.principal, { compiled: false });
      const wrote = (await count(x.principal.tenant)) - before;
      const name = `${x.name} ${x.request.operationName ?? x.request.query.slice(0, 60)}`;
      expect(plain(x.result), name).toEqual(plain(viaApollo));
      // both paths audit alike: a receipt when a record was written, none otherwise
      expect(!!(x.result as { extensions?: Record<string, unknown> }).extensions?.lcsAuditReceipt, name).toBe(
        wrote > 0,
      );
      if ((viaApollo as { errors?: unknown[] }).errors) withErrors++;
      compared++;
    }
    expect(withErrors).toBeGreaterThanOrEqual(2);
    expect(compared).toBeGreaterThan(80);
  });
});
