/**
 * In-flight deduplication of subgraph reads (dedup.ts): identical concurrent reads by the same
 * principal run once; a different principal, another tenant, a mutation, or a read inside a
 * mutation run on their own. Asserts execution counts, never time.
 */
import { AUDIT_RECEIPT } from '@lcs/platform';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OperationTypeNode } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { principalIdentity, type Principal } from '@lcs/platform';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DedupDataSource, TextKeepingRemoteDataSource, queriesOnly } from './dedup.ts';
import { createGateway, standardPlugins, type GatewayContext } from './server.ts';

/** The shape of the answers these tests fetch. */
type Clients = { clients: { nodes: { id: string; fullName?: string }[] } };

type Ctx = { principal?: Principal };
type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** A subgraph that counts its executions and answers once released (so calls overlap). */
function countingSource() {
  const calls: GraphQLDataSourceProcessOptions<Ctx>[] = [];
  const pending: (() => void)[] = [];
  const source: GraphQLDataSource<Ctx> = {
    process(o) {
      calls.push(o);
      return new Promise<Response>((resolve) =>
        pending.push(() => resolve({ data: { clients: { nodes: [{ id: String(calls.length) }] } } })),
      );
    },
  };
  return { source, calls, release: () => pending.splice(0).forEach((f) => f()) };
}

const alice: Principal = {
  tenant: 'demo',
  kind: 'staff',
  sub: 'alice',
  scope: { type: 'provider', units: [1, 2] },
  roles: ['nurse'],
  units: [1, 2],
};
const READ = 'query Q__care__0($first:Int){clients(first:$first){nodes{id}}}';
const WRITE = 'mutation M__care__0($id:ID!){cancel(id:$id){id}}';

function fetchOf(
  principal: Principal | undefined,
  o: { query?: string; variables?: Record<string, unknown>; incoming?: OperationTypeNode } = {},
): GraphQLDataSourceProcessOptions<Ctx> {
  const context = { principal };
  return {
    kind: 'incoming operation',
    request: { query: o.query ?? READ, variables: o.variables ?? { first: 10 } },
    context,
    incomingRequestContext: { context, operation: { operation: o.incoming ?? OperationTypeNode.QUERY } },
  } as unknown as GraphQLDataSourceProcessOptions<Ctx>;
}

async function both(
  d: DedupDataSource<Ctx>,
  release: () => void,
  a: GraphQLDataSourceProcessOptions<Ctx>,
  b: GraphQLDataSourceProcessOptions<Ctx>,
) {
  const pa = d.process(a);
  const pb = d.process(b);
  release();
  const r = await Promise.all([pa, pb]);
  release(); // anything that started late
  return r;
}

describe('in-flight deduplication of subgraph reads', () => {
  it('runs two identical concurrent reads by the same principal once, and gives each caller its own copy', async () => {
    const { source, calls, release } = countingSource();
    const d = new DedupDataSource<Ctx>('care', source);
    // the same identity in another object (as a second request's verified token would give), with token claims
    const again = { ...alice, scope: { type: 'provider' as const, units: [1, 2] }, iat: 1, exp: 2 } as Principal;
    const [a, b] = await both(d, release, fetchOf(alice), fetchOf(again));
    expect(calls).toHaveLength(1);
    expect(d.stats).toEqual({ executed: 1, shared: 1 });
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    (a.data as Clients).clients.nodes[0]!.id = 'changed by the first caller';
    expect((b.data as Clients).clients.nodes[0]!.id).toBe('1');
  });

  it('shares nothing once the read has answered (not a cache)', async () => {
    const { source, calls, release } = countingSource();
    const d = new DedupDataSource<Ctx>('care', source);
    const first = d.process(fetchOf(alice));
    release();
    await first;
    const second = d.process(fetchOf(alice));
    release();
    await second;
    expect(calls).toHaveLength(2);
  });

  it('never shares across principals or tenants', async () => {
    const others: Principal[] = [
      { ...alice, tenant: 'demo2' },
      { ...alice, sub: 'bob' },
      { ...alice, kind: 'partner' },
      { ...alice, scope: { type: 'provider', units: [1] } },
      { ...alice, scope: { type: 'tenant' } },
      { ...alice, units: [1, 2, 3] },
      { ...alice, roles: ['nurse', 'admin'] },
      { ...alice, package: '8873', keyId: 'k1' },
    ];
    const partner: Principal = {
      tenant: 'demo',
      kind: 'partner',
      sub: 'client-1',
      scope: { type: 'tenant' },
      package: '8873',
      keyId: 'k1',
    };
    const pairs: [Principal, Principal][] = [
      ...others.map((o): [Principal, Principal] => [alice, o]),
      [partner, { ...partner, keyId: 'k2' }],
      [partner, { ...partner, package: '8874' }],
    ];
    for (const [p, q] of pairs) {
      const { source, calls, release } = countingSource();
      const d = new DedupDataSource<Ctx>('care', source);
      await both(d, release, fetchOf(p), fetchOf(q));
      expect(calls, `${principalIdentity(p)} vs ${principalIdentity(q)}`).toHaveLength(2);
    }
  });

  it('runs different variables or documents separately', async () => {
    const { source, calls, release } = countingSource();
    const d = new DedupDataSource<Ctx>('care', source);
    await both(d, release, fetchOf(alice, { variables: { first: 10 } }), fetchOf(alice, { variables: { first: 11 } }));
    await both(
      d,
      release,
      fetchOf(alice),
      fetchOf(alice, { query: 'query Q__care__0($first:Int){clients(first:$first){nodes{id fullName}}}' }),
    );
    expect(calls).toHaveLength(4);
  });

  it('never deduplicates mutations, reads within a mutation, or callers without a principal', async () => {
    const { source, calls, release } = countingSource();
    const d = new DedupDataSource<Ctx>('care', source);
    await both(
      d,
      release,
      fetchOf(alice, { query: WRITE, incoming: OperationTypeNode.MUTATION }),
      fetchOf(alice, { query: WRITE, incoming: OperationTypeNode.MUTATION }),
    );
    expect(calls).toHaveLength(2);
    // an entity read that follows a mutation must see its write
    await both(
      d,
      release,
      fetchOf(alice, { incoming: OperationTypeNode.MUTATION }),
      fetchOf(alice, { incoming: OperationTypeNode.MUTATION }),
    );
    expect(calls).toHaveLength(4);
    await both(d, release, fetchOf(undefined), fetchOf(undefined));
    expect(calls).toHaveLength(6);
    expect(d.stats.shared).toBe(0);
  });

  it('tells reads from writes by the document', () => {
    expect(queriesOnly(READ)).toBe(true);
    expect(queriesOnly('{clients{nodes{id}}}')).toBe(true);
    expect(queriesOnly(WRITE)).toBe(false);
    expect(queriesOnly('query A{a} mutation B{b}')).toBe(false);
    expect(queriesOnly('subscription S{s}')).toBe(false);
    expect(queriesOnly('not graphql')).toBe(false);
  });

  it('passes a failure to every caller of the shared read', async () => {
    let n = 0;
    let fail!: (e: Error) => void;
    const d = new DedupDataSource<Ctx>('care', { process: () => (n++, new Promise((_, reject) => (fail = reject))) });
    const a = d.process(fetchOf(alice));
    const b = d.process(fetchOf(alice));
    fail(new Error('subgraph down'));
    await expect(a).rejects.toThrow('subgraph down');
    await expect(b).rejects.toThrow('subgraph down');
    expect(n).toBe(1);
  });
});

describe('over HTTP', () => {
  it(
    'sends one request for two identical concurrent reads, each caller getting its own copy parsed from the ' + 'text',
    async () => {
      let requests = 0;
      const server = createServer((req, res) => {
        requests++;
        req.resume().on('end', () =>
          setTimeout(() => {
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify({ data: { clients: { nodes: [{ id: '1', fullName: 'Å "B"' }] } } }));
          }, 30),
        );
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
        const d = new DedupDataSource<Ctx>('care', new TextKeepingRemoteDataSource<Ctx>({ url }));
        const [a, b] = await Promise.all([d.process(fetchOf(alice)), d.process(fetchOf(alice))]);
        expect(requests).toBe(1);
        expect(a.data).toEqual({ clients: { nodes: [{ id: '1', fullName: 'Å "B"' }] } });
        expect(b.data).toEqual(a.data);
        (a.data as Clients).clients.nodes[0]!.id = 'changed';
        expect((b.data as Clients).clients.nodes[0]!.id).toBe('1');
        await Promise.all([d.process(fetchOf(alice)), d.process(fetchOf({ ...alice, tenant: 'demo2' }))]);
        expect(requests).toBe(3);
      } finally {
        server.close();
      }
    },
  );
});

describe('the gateway deduplicates subgraph reads', () => {
  const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
  const trust = { keys: [{ kid: 't', secret: 'x'.repeat(43) }] };

  async function gatewayWithCountingCare(o: { receipt?: boolean; replicateFails?: boolean; dedup?: boolean } = {}) {
    const executed: Principal[] = [];
    const replicated: { receipt: unknown; times: number }[] = [];
    const pending: (() => void)[] = [];
    const care = {
      execute: (_req: unknown, principal: Principal) => {
        executed.push(principal);
        const extensions = o.receipt ? { [AUDIT_RECEIPT]: { id: String(executed.length), at: 'now' } } : undefined;
        return new Promise<{ data: unknown }>((resolve) =>
          pending.push(() =>
            resolve({
              data: { clients: { nodes: [{ id: '7', fullName: 'A B' }] } },
              ...(extensions ? { extensions } : {}),
            }),
          ),
        );
      },
      replicateAudit: async (receipt: unknown, _p: Principal, times: number) => {
        if (o.replicateFails) throw new Error('audit store down');
        replicated.push({ receipt, times });
      },
    };
    const gw = await createGateway({
      supergraphSdl,
      trust,
      plugins: standardPlugins({ persisted: {}, dedup: o.dedup }),
      localSubgraphs: { care: care as never },
    });
    return { gw, executed, replicated, release: () => pending.splice(0).forEach((f) => f()) };
  }

  const run = (gw: Awaited<ReturnType<typeof createGateway>>, principal: Principal) =>
    gw.apollo.executeOperation(
      { query: 'query Q { clients(first: 5) { nodes { id fullName } } }' },
      { contextValue: { principal, token: 'unused' } as GatewayContext },
    );

  it(
    'one subgraph execution for two identical concurrent queries by the same principal; separate ones across ' +
      'principals and tenants',
    async () => {
      const { gw, executed, release } = await gatewayWithCountingCare();
      try {
        const until = async (n: number) => {
          for (let i = 0; i < 100 && executed.length < n; i++) await new Promise((r) => setImmediate(r));
        };
        const same = [run(gw, alice), run(gw, { ...alice })];
        await until(1);
        await new Promise((r) => setTimeout(r, 20)); // give a second execution every chance to start
        release();
        const answers = await Promise.all(same);
        expect(executed).toHaveLength(1);
        for (const a of answers)
          expect(a.body.kind === 'single' && a.body.singleResult.data).toEqual({
            clients: { nodes: [{ id: '7', fullName: 'A B' }] },
          });

        const apart = [run(gw, alice), run(gw, { ...alice, tenant: 'demo2' }), run(gw, { ...alice, sub: 'bob' })];
        await until(4);
        release();
        await Promise.all(apart);
        expect(executed.map((p) => `${p.tenant}/${p.sub}`)).toEqual([
          'demo/alice',
          'demo/alice',
          'demo2/alice',
          'demo/bob',
        ]);
      } finally {
        release();
        await gw.stop();
      }
    },
  );

  it('with dedup off (LCS_GATEWAY_DEDUP=0, for benchmarks) identical concurrent queries each run', async () => {
    const { gw, executed, release } = await gatewayWithCountingCare({ dedup: false });
    try {
      const same = [run(gw, alice), run(gw, { ...alice })];
      for (let i = 0; i < 100 && executed.length < 2; i++) await new Promise((r) => setImmediate(r));
      release();
      await Promise.all(same);
      expect(executed).toHaveLength(2);
    } finally {
      release();
      await gw.stop();
    }
  });

  it(
    'a shared answer of an audited read gets one audit record per extra caller before they see it; if that ' +
      'fails, each runs on its own',
    async () => {
      const until = async (executed: unknown[], n: number) => {
        for (let i = 0; i < 100 && executed.length < n; i++) await new Promise((r) => setImmediate(r));
      };
      const ok = await gatewayWithCountingCare({ receipt: true });
      try {
        const three = [run(ok.gw, alice), run(ok.gw, { ...alice }), run(ok.gw, { ...alice })];
        await until(ok.executed, 1);
        await new Promise((r) => setTimeout(r, 20));
        ok.release();
        await Promise.all(three);
        expect(ok.executed).toHaveLength(1);
        expect(ok.replicated).toEqual([{ receipt: { id: '1', at: 'now' }, times: 2 }]);
      } finally {
        ok.release();
        await ok.gw.stop();
      }
      const failing = await gatewayWithCountingCare({ receipt: true, replicateFails: true });
      try {
        const two = [run(failing.gw, alice), run(failing.gw, { ...alice })];
        await until(failing.executed, 1);
        await new Promise((r) => setTimeout(r, 20));
        failing.release();
        await until(failing.executed, 2);
        failing.release();
        const answers = await Promise.all(two);
        expect(failing.executed).toHaveLength(2); // the joiner ran (and was audited) itself
        for (const a of answers)
          expect(a.body.kind === 'single' && a.body.singleResult.data).toEqual({
            clients: { nodes: [{ id: '7', fullName: 'A B' }] },
          });
      } finally {
        failing.release();
        await failing.gw.stop();
      }
    },
  );
});
