/**
 * Persisted operations one subgraph answers alone go straight to it once planned
 * (gateway/src/direct.ts): the answer must be the one the gateway gives, for every persisted
 * operation, and the gateway's pipeline must not run for them after the first time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@lcs/platform';
import { loadPersisted } from '@lcs/cli/stack';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { executePersisted, V1ClientsDocument, V1ExecutedServicesDocument } from './helpers/persisted.ts';

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 10, tenants: ['demo'] });
});
afterAll(async () => {
  await s?.close();
});

const partner: Principal = {
  tenant: 'demo',
  kind: 'partner',
  sub: 'direct-test',
  scope: { type: 'tenant' },
  package: '8873',
  keyId: 'test',
};

describe(`persisted operations straight to their one subgraph on ${DB_KIND}`, () => {
  it('answers every persisted operation as the gateway does, without its pipeline from the second run on', async () => {
    const persisted = loadPersisted();
    const context = { principal: partner, token: 'in-process' };
    const viaGateway = async (query: string, variables: Record<string, unknown>) => {
      const r = await s.gateway.apollo.executeOperation({ query, variables }, { contextValue: context });
      return r.body.kind === 'single' ? r.body.singleResult : undefined;
    };
    let pipelineRuns = 0;
    const executeOperation = s.gateway.apollo.executeOperation.bind(s.gateway.apollo);
    s.gateway.apollo.executeOperation = ((...a: Parameters<typeof executeOperation>) => (
      pipelineRuns++,
      executeOperation(...a)
    )) as typeof executeOperation;
    let direct = 0;
    let rows = 0;
    try {
      for (const query of Object.values(persisted)) {
        const byId = /\(\$id: ID!\)/.test(query);
        const variables: Record<string, unknown> = byId ? { id: '1' } : /\$first: Int/.test(query) ? { first: 5 } : {};
        const first = await s.gateway.execute(query, variables, context); // plans it (through the gateway)
        pipelineRuns = 0;
        const second = await s.gateway.execute(query, variables, context);
        if (pipelineRuns === 0) direct++;
        s.gateway.apollo.executeOperation = executeOperation;
        const expected = await viaGateway(query, variables);
        s.gateway.apollo.executeOperation = ((...a: Parameters<typeof executeOperation>) => (
          pipelineRuns++,
          executeOperation(...a)
        )) as typeof executeOperation;
        const name = /query (\w+)/.exec(query)?.[1];
        expect(JSON.parse(JSON.stringify(second)), name).toEqual(JSON.parse(JSON.stringify(expected)));
        expect(JSON.parse(JSON.stringify(first)), name).toEqual(JSON.parse(JSON.stringify(expected)));
        rows += JSON.stringify(second).length;
      }
    } finally {
      s.gateway.apollo.executeOperation = executeOperation;
    }
    // most of the contract's operations read one subgraph; the data compared is not all empty
    expect(direct).toBeGreaterThan(Object.keys(persisted).length / 2);
    expect(rows).toBeGreaterThan(10_000);
  });

  it('reports input errors from the subgraph with their code', async () => {
    const context = { principal: partner, token: 'in-process' };
    await executePersisted(s.gateway, V1ExecutedServicesDocument, { first: 1 }, context);
    const r = await executePersisted(
      s.gateway,
      V1ExecutedServicesDocument,
      { first: 1, after: 'not-a-cursor' },
      context,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a typed persisted read (the generated document, its variables and result types)', async () => {
    const context = { principal: partner, token: 'in-process' };
    const r = await executePersisted(s.gateway, V1ClientsDocument, { first: 2 }, context);
    expect(r.errors).toBeUndefined();
    const nodes = r.data?.page.nodes ?? [];
    expect(nodes).toHaveLength(2);
    for (const client of nodes) expect(typeof client.id).toBe('string');
  });
});
