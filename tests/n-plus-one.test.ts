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
});
