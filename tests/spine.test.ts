/**
 * The platform spine, black-box through HTTP: federation across all five subgraphs, batching
 * (SQL statements per request), tenant isolation by row-level security, paging and delta reads,
 * health, and clear errors. Runs on PGlite and on PostgreSQL (vitest projects).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import { DB_KIND, dataStatements, startTestStack, type TestStack } from './helpers/stack.ts';

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
});
afterAll(async () => {
  await s?.close();
});

const FEDERATED = /* GraphQL */ `
  query Federated($first: Int) {
    clients(first: $first) {
      nodes {
        id
        personId
        fullName
        protectedRegistration
        isConfidential
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
          serviceCategoryName
          unit {
            id
            name
          }
          executedServices(first: 5) {
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
          status
        }
      }
    }
  }
`;

/** A page of executions (ids and modification times). */
interface ExecutionsPage {
  nodes: { id: string; updateTime: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

describe(`spine on ${DB_KIND}`, () => {
  it('answers a cross-subgraph query with fields from care, provider, hsl and housing', async () => {
    const r = await s.gql(FEDERATED, { first: 30 });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    const clients: {
      executions: { unit: { name: string }; executedServices: unknown[] }[];
      hslOrders: unknown[];
      housingApplicationEvents: unknown[];
      protectedRegistration: boolean | null;
      isConfidential: boolean | null;
      personId: string | null;
      fullName: string | null;
    }[] = r.body.data.clients.nodes;
    expect(clients).toHaveLength(30);
    expect(clients.some((c) => c.executions.length > 0 && c.executions[0]!.unit.name)).toBe(true);
    expect(clients.some((c) => c.executions.some((e) => e.executedServices.length > 0))).toBe(true);
    expect(clients.some((c) => c.hslOrders.length > 0)).toBe(true);
    expect(clients.some((c) => c.housingApplicationEvents.length > 0)).toBe(true);
    // protected identities are masked for this (unentitled) caller; everyone else's shows
    for (const c of clients) {
      if (c.protectedRegistration || c.isConfidential)
        expect([c.personId, c.fullName]).toEqual([null, 'Skyddad identitet']);
      else expect(c.personId).toMatch(/^\d{12}$/);
    }
  });

  it('batches: one SQL statement per entity batch, whatever the number of clients', async () => {
    const count = async (first: number) => {
      s.resetStatements();
      const r = await s.gql(FEDERATED, { first });
      expect(r.body.errors).toBeUndefined();
      return dataStatements(s.statements);
    };
    const few = await count(5);
    const many = await count(30);
    // clients, sol decisions, decision services | executions, units, executed services | hsl orders | housing events
    expect(many.length).toBe(8);
    expect(few.length).toBe(many.length);
    expect(many.every((q) => !/ in \(\$/i.test(q))).toBe(true); // batched with = any($1), not IN lists
  });

  it('row-level security: a query that forgets its tenant filter sees only its tenant', async () => {
    const count = (tenant: string | null) =>
      s.db.app.transaction(async (tx) => {
        if (tenant) await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
        const res = await tx.execute(sql`select tenant_id, count(*)::int as n from care.client group by tenant_id`);
        return rowsOf(res) as { tenant_id: string; n: number }[];
      });
    expect(await count('demo')).toEqual([{ tenant_id: 'demo', n: 30 }]);
    expect(await count('demo2')).toEqual([{ tenant_id: 'demo2', n: 30 }]);
    expect(await count(null)).toEqual([]); // unset tenant sees nothing
    // and a tenant cannot write rows for another one
    await expect(
      s.db.app.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', 'demo', true)`);
        await tx.execute(sql`insert into care.client (tenant_id, first_name) values ('demo2', 'Intrång')`);
      }),
    ).rejects.toSatisfy((e: Error & { cause?: { message?: string } }) =>
      /row-level security/.test(`${e.message} ${e.cause?.message}`),
    );
  });

  it('every table forces row-level security and the app role owns none and bypasses nothing', async () => {
    const res = await s.db.app.execute(sql`
      select n.nspname || '.' || c.relname as t, c.relrowsecurity as rls, c.relforcerowsecurity as force,
      pg_get_userbyid(c.relowner) as owner
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('platform', 'care', 'provider', 'hsl', 'housing', 'iam') and c.relkind in ('r', 'p')`);
    const tables = rowsOf(res) as { t: string; rls: boolean; force: boolean; owner: string }[];
    expect(tables.length).toBeGreaterThan(20);
    // the audit log (partitioned: parent, default and monthly partitions) and the protected-client registry too
    expect(tables.map((t) => t.t)).toEqual(
      expect.arrayContaining(['platform.audit_log', 'platform.audit_log_default', 'platform.protected_client']),
    );
    for (const t of tables) {
      expect({ t: t.t, rls: t.rls, force: t.force }).toEqual({ t: t.t, rls: true, force: true });
      expect(t.owner).not.toBe(s.db.appRole);
    }
    const role = await s.db.app.execute(
      sql`select current_user as u, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(rowsOf(role)[0]).toEqual({ u: 'lcs_app', rolsuper: false, rolbypassrls: false });
  });

  it("another tenant's id is not found", async () => {
    const other = await s.gql('{ clients(first: 1) { nodes { id } } }', {}, 'demo2');
    const id = other.body.data.clients.nodes[0].id;
    const r = await s.gql('query($id: ID!) { client(id: $id) { id } clients(ids: [$id]) { nodes { id } } }', { id });
    expect(r.body.data).toEqual({ client: null, clients: { nodes: [] } });
  });

  it('pages with a keyset cursor in a stable order and reads deltas', async () => {
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { body: { data?: { executions: ExecutionsPage } } } = await s.gql(
        'query($after: String) { executions(first: 7, after: $after) { nodes { id updateTime } pageInfo { ' +
          'endCursor hasNextPage } } }',
        { after },
      );
      const page = r.body.data!.executions;
      all.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const one = await s.gql('{ executions(first: 5000) { nodes { id updateTime } } }');
    const full = one.body.data.executions.nodes;
    expect(all).toEqual(full.map((n: { id: string }) => n.id));
    expect(new Set(all).size).toBe(all.length);
    const mid = full[Math.floor(full.length / 2)].updateTime;
    const after_ = await s.gql(
      'query($t: DateTime) { executions(first: 5000, modifiedAfter: $t) { nodes { id updateTime } } }',
      { t: mid },
    );
    const before = await s.gql('query($t: DateTime) { executions(first: 5000, modifiedBefore: $t) { nodes { id } } }', {
      t: mid,
    });
    expect(after_.body.data.executions.nodes.every((n: { updateTime: string }) => n.updateTime > mid)).toBe(true);
    expect(after_.body.data.executions.nodes.length + before.body.data.executions.nodes.length).toBe(
      full.length - full.filter((n: { updateTime: string }) => n.updateTime === mid).length,
    );
  });

  it('rejects bad arguments with a clear message instead of failing', async () => {
    const bad = await s.gql('{ clients(first: 1, after: "nonsense") { nodes { id } } }');
    expect(bad.body.errors![0].message).toMatch(/cursor/);
    expect(bad.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const big = await s.gql('{ clients(first: 100000) { nodes { id } } }');
    expect(big.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const date = await s.gql('{ clients(modifiedAfter: "yesterday") { nodes { id } } }');
    expect(date.status).toBeLessThan(500);
    expect(JSON.stringify(date.body.errors)).toMatch(/ISO 8601/);
    const dateVar = await s.gql('query($t: DateTime) { clients(modifiedAfter: $t) { nodes { id } } }', {
      t: 'yesterday',
    });
    expect(dateVar.status).toBeLessThan(500);
    expect(JSON.stringify(dateVar.body.errors)).toMatch(/ISO 8601/);
    const nonsenseId = await s.gql('{ client(id: "x\'; drop table") { id } }');
    expect(nonsenseId.body.data.client).toBeNull();
  });

  it('answers malformed GraphQL and bad requests with 4xx and a message, never 5xx', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(s.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo', ...headers },
        body,
      });
    const cases = [
      await post('{"query":"{ clients( "}'),
      await post('not json'),
      await post('{"query":"{ noSuchField }"}'),
      await post('{"query": 42}'),
      await post('{"query":"{ clients { nodes { id } } }"}', { 'x-lcs-tenant': 'Not A Domain!' }),
      await fetch(s.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'x-lcs-tenant': 'demo' },
        body: '{}',
      }),
      await fetch(s.gatewayUrl, { method: 'DELETE' }),
    ];
    for (const r of cases) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      const body = await r.json();
      expect(body.errors[0].message.length).toBeGreaterThan(5);
    }
    expect(cases[0]!.status).toBe(400);
    expect((await post('{"query":"{ clients { nodes { id } } }"}', { 'x-lcs-tenant': '' })).status).toBeLessThan(500);
  });

  it('refuses documents that are too deep or could fan out too far, with a 400 that says so', async () => {
    const deep = await s.gql(
      '{ clients { nodes { executions { client { executions { client { executions { client { executions { ' +
        'client { executions { client { executions { id } } } } } } } } } } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors![0].message).toMatch(/levels deep; at most 12/);
    const wide = await s.gql(
      '{ clients(first: 5000) { nodes { executions(first: 5000) { executedServices(first: 5000) { id } } } } }',
    );
    expect(wide.status).toBe(400);
    expect(wide.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(
      (await s.gql('{ clients(first: 100) { nodes { executions { executedServices(first: 1000) { id } } } } }')).status,
    ).toBe(200);
  });

  it('remembers a cost per value of the variables it depends on, and still checks the others', async () => {
    // the cost is remembered by `first`'s variable only: a different id must not change it, a
    // different page size must
    const q = (extra = '') =>
      `query Wide($n: Int, $after: String) { clients(first: $n, after: $after) { nodes { ` +
      `executions(first: $n) { executedServices(first: $n) { id } } } } }${extra}`;
    expect((await s.gql(q(), { n: 5, after: null })).status).toBe(200);
    expect((await s.gql(q(), { n: 5 })).status).toBe(200);
    const wide = await s.gql(q(), { n: 5000 });
    expect(wide.status).toBe(400);
    expect(wide.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    // an invalid other variable, with a cost remembered or not: a 400 that names it
    for (const query of [q(), q(' # another document')]) {
      const bad = await s.gql(query, { n: 5, after: { not: 'a string' } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.body.errors![0].message).toMatch(/^Variable "\$after" got invalid value/);
    }
  });

  it('refuses callers without a sign-in, and subgraphs called directly', async () => {
    const anon = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ clients { nodes { id } } }"}',
    });
    expect(anon.status).toBe(401);
    for (const url of Object.values(s.subgraphUrls)) {
      const direct = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lcs-context': 'forged' },
        body: '{"query":"{ _service { sdl } }"}',
      });
      expect(direct.status).toBe(401);
      const body = await direct.json();
      expect(body.data).toBeUndefined();
    }
  });

  it('reports health and readiness', async () => {
    const base = s.gatewayUrl.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body.status).toBe('ready');
    // one check per dependency, each with its latency: the database and every subgraph
    const subgraphs = body.checks.filter((c: { name: string }) => c.name.startsWith('subgraph:'));
    expect(subgraphs.map((c: { name: string }) => c.name.slice('subgraph:'.length)).sort()).toEqual([
      'care',
      'housing',
      'hsl',
      'iam',
      'provider',
    ]);
    expect(
      body.checks.every((c: { ready: boolean; latencyMs: unknown }) => c.ready && typeof c.latencyMs === 'number'),
    ).toBe(true);
  });
});
