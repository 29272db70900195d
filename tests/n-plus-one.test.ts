/**
 * The N+1 bound: a deep federated query over 100 clients — decisions, decision services,
 * executions, executed services, HSL orders, housing events — takes a fixed number of SQL
 * statements (one per entity batch), whatever the number of rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KIND, dataStatements, startTestStack, type TestStack } from './helpers/stack.ts';

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 100, tenants: ['demo'] });
});
afterAll(async () => {
  await s?.close();
});

const DEEP = /* GraphQL */ `
  query Deep($first: Int) {
    clients(first: $first) {
      nodes {
        id
        fullName
        solDecisions {
          id
          decisionServices {
            id
            serviceType {
              text
            }
          }
        }
        executions {
          id
          executedServices(first: 1000) {
            id
            startTime
            duration
          }
        }
        hslOrders {
          id
          startDate
        }
        housingApplicationEvents {
          eventType
          status
        }
      }
    }
  }
`;

describe(`N+1 bound on ${DB_KIND}`, () => {
  it('answers 100 clients deep across four subgraphs in at most 8 SQL statements', async () => {
    const count = async (first: number) => {
      s.resetStatements();
      const r = await s.gql(DEEP, { first });
      expect(r.body.errors).toBeUndefined();
      const nodes = r.body.data.clients.nodes;
      const rows =
        nodes.length +
        nodes.reduce(
          (n: number, c: Record<'solDecisions' | 'executions' | 'hslOrders' | 'housingApplicationEvents', unknown[]>) =>
            n + c.solDecisions.length + c.executions.length + c.hslOrders.length + c.housingApplicationEvents.length,
          0,
        ) +
        nodes.reduce(
          (n: number, c: { executions: { executedServices: unknown[] }[] }) =>
            n + c.executions.reduce((m, e) => m + e.executedServices.length, 0),
          0,
        );
      return { statements: dataStatements(s.statements).length, clients: nodes.length, rows };
    };
    const small = await count(10);
    const big = await count(100);
    expect(big.clients).toBe(100);
    expect(big.rows).toBeGreaterThan(2000);
    expect(big.statements).toBeLessThanOrEqual(8);
    expect(big.statements).toBe(small.statements); // independent of the number of rows
  });

  it('reads only the columns the query selects, and the same values as a query selecting more', async () => {
    // the narrow query asks a client's name and an executed service's times; the wide one more of both
    const query = (more: string) => /* GraphQL */ `
      query Cols($first: Int) {
        clients(first: $first) {
          nodes {
            id
            fullName
            ${more ? 'personId firstName addresses { city }' : ''}
            executions {
              id
              executedServices(first: 50) {
                id
                startTime
                ${more ? 'name quantity endTime' : ''}
              }
            }
          }
        }
      }
    `;
    const run = async (more: boolean) => {
      s.resetStatements();
      const r = await s.gql(query(more ? 'x' : ''), { first: 20 });
      expect(r.body.errors).toBeUndefined();
      const reads = dataStatements(s.statements);
      const of = (table: string) => reads.filter((q) => q.includes(`."${table}" where`)).join('\n');
      return { data: r.body.data.clients.nodes as Record<string, unknown>[], of, statements: reads.length };
    };
    const narrow = await run(false);
    const wide = await run(true);
    // the narrow reads select neither the identity number nor the address nor the services' names
    const clientRead = narrow.of('client');
    expect(clientRead).toContain('"full_name"');
    expect(clientRead).not.toContain('"person_id"');
    expect(clientRead).not.toContain('"addresses"');
    expect(wide.of('client')).toContain('"person_id"');
    expect(wide.of('client')).toContain('"addresses"');
    const serviceRead = narrow.of('executed_service');
    expect(serviceRead).toContain('"start_time"');
    expect(serviceRead).not.toContain('"quantity"');
    expect(wide.of('executed_service')).toContain('"quantity"');
    // as many statements either way, and the narrow answer is the wide one without its extra fields
    expect(narrow.statements).toBe(wide.statements);
    const pick = (nodes: Record<string, unknown>[]) =>
      nodes.map((c) => ({
        id: c.id,
        fullName: c.fullName,
        executions: (c.executions as { id: string; executedServices: Record<string, unknown>[] }[]).map((x) => ({
          id: x.id,
          executedServices: x.executedServices.map((e) => ({ id: e.id, startTime: e.startTime })),
        })),
      }));
    expect(narrow.data.length).toBe(20);
    expect(narrow.data.some((c) => (c.executions as unknown[]).length > 0)).toBe(true);
    expect(pick(narrow.data)).toEqual(pick(wide.data));
    expect(wide.data.every((c) => c.personId !== undefined && c.firstName !== undefined)).toBe(true);
  });
});
