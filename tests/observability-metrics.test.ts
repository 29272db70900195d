/**
 * Metrics (issue 15): after a mix of REST (2xx, 4xx, 429) and GraphQL (ok, error) traffic, the
 * admin listener's /metrics parses as a Prometheus exposition and every family holds the counts
 * of exactly that traffic, with the right labels. Also: /metrics is not on the public ports, /readyz
 * reports each dependency with its latency, and a drained stack finishes its in-flight request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeFetch, facadeRequest } from './helpers/facade.ts';
import { demoPeople } from './helpers/people.ts';
import { parseExposition, samples, total, type Family } from './helpers/prometheus.ts';

let stack: TestStack;
let release!: () => void;
let entered!: () => void;
const slowEntered = new Promise<void>((r) => (entered = r));
const gate = new Promise<void>((r) => (release = r));

beforeAll(async () => {
  stack = await startTestStack({
    tenants: ['demo'],
    clients: 10,
    admin: true,
    // one key's burst is small, so a flood of it is refused with 429
    fairShare: { defaults: { ratePerMinute: 60, burst: 4 } },
    facadeExtra: {
      '/slow': async (_req, res) => {
        entered();
        await gate;
        res.end('done');
      },
    },
  });
}, 300_000);
afterAll(async () => {
  release?.();
  await stack?.close();
});

const CLIENTS = 'GET /api/v1/clients';

async function scrape(): Promise<Map<string, Family>> {
  const res = await fetch(stack.metricsUrl!);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text());
}

describe('metrics after REST, GraphQL, 4xx and 429 traffic', () => {
  // client-side tally of what the facade answered, by route|package|status class
  const seen = new Map<string, number>();
  const tally = (route: string, pkg: string, status: number) => {
    const k = `${route}|${pkg}|${Math.floor(status / 100)}xx`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  };
  let refused = 0;
  let admitted = 0;
  let families: Map<string, Family>;

  beforeAll(async () => {
    const reader = facadeClient(stack.facadeUrl!, 'demo', '8973');
    for (let i = 0; i < 3; i++) {
      const r = await reader('/api/v1/clients?limit=5');
      expect(r.status).toBe(200);
      tally(CLIENTS, '8973', r.status);
      admitted++;
    }
    const bad = await reader('/api/v1/clients?q=nosuchfield:1');
    expect(bad.status).toBe(400);
    tally(CLIENTS, '8973', bad.status);
    const unknown = await reader('/api/v1/no_such_things');
    expect(unknown.status).toBe(404);
    // a flood of another key: beyond its burst it is refused with 429
    const flooder = facadeClient(stack.facadeUrl!, 'demo', '8931');
    const flood = await Promise.all(Array.from({ length: 14 }, () => flooder('/api/v1/clients?limit=1')));
    for (const r of flood) {
      tally(CLIENTS, '8931', r.status);
      if (r.status === 429) refused++;
      else if (r.status === 200) admitted++;
      else throw new Error(`unexpected ${r.status}`);
    }
    expect(refused).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++)
      expect((await stack.gql('query Probe { clients(first: 2) { nodes { id } } }')).status).toBe(200);
    expect((await stack.gql('query Broken { noSuchField }')).status).toBe(400);
    families = await scrape();
  }, 300_000);

  it('counts facade requests per route, package, tenant and status class, with latency histograms', () => {
    for (const [k, n] of seen) {
      const [route, pkg, cls] = k.split('|') as [string, string, string];
      expect(
        total(families, 'lcs_facade_requests_total', { route, package: pkg, tenant: 'demo', status_class: cls }),
        k,
      ).toBe(n);
      expect(
        total(families, 'lcs_facade_request_duration_seconds', { route, package: pkg, status_class: cls }),
        k,
      ).toBe(n);
    }
    expect(families.get('lcs_facade_request_duration_seconds')!.type).toBe('HISTOGRAM');
    expect(total(families, 'lcs_facade_rows_total', { route: CLIENTS, package: '8973', tenant: 'demo' })).toBe(15);
    expect(total(families, 'lcs_tenant_request_duration_seconds', { tenant: 'demo', part: 'facade' })).toBe(
      [...seen.values()].reduce((a, b) => a + b),
    );
    // every facade request, matched or not, by status class
    expect(total(families, 'lcs_http_requests_total', { part: 'facade', status_class: '4xx' })).toBe(
      (seen.get(`${CLIENTS}|8973|4xx`) ?? 0) + (seen.get(`${CLIENTS}|8931|4xx`) ?? 0) + 1,
    );
  });

  it('counts fair-share admissions, 429 refusals by reason, and tenants in flight', () => {
    expect(total(families, 'lcs_fair_share_refusals_total', { tenant: 'demo' })).toBe(refused);
    expect(total(families, 'lcs_fair_share_refusals_total', { tenant: 'demo', reason: 'rate' })).toBe(refused);
    expect(total(families, 'lcs_fair_share_admissions_total', { tenant: 'demo' })).toBe(admitted);
    expect(total(families, 'lcs_fair_share_in_flight', { tenant: 'demo' })).toBe(0);
  });

  it('counts GraphQL operations by name and outcome, and subgraph fetches', () => {
    expect(total(families, 'lcs_graphql_operations_total', { operation: 'Probe', outcome: 'ok', tenant: 'demo' })).toBe(
      2,
    );
    expect(total(families, 'lcs_graphql_operation_duration_seconds', { operation: 'Probe', outcome: 'ok' })).toBe(2);
    expect(total(families, 'lcs_graphql_operations_total', { outcome: 'error', tenant: 'demo' })).toBe(1);
    // the facade's persisted operations run through the gateway too (one per admitted read)
    expect(total(families, 'lcs_graphql_operations_total', { outcome: 'ok', tenant: 'demo' })).toBe(2 + admitted);
    expect(total(families, 'lcs_subgraph_fetch_duration_seconds', { subgraph: 'care', outcome: 'ok' })).toBe(
      2 + admitted,
    );
    expect(total(families, 'lcs_subgraph_fetch_errors_total')).toBe(0);
  });

  it('counts SQL statements with durations, the pool, and audit inserts', () => {
    const selects = total(families, 'lcs_sql_statements_total', { operation: 'select', outcome: 'ok' });
    expect(selects).toBeGreaterThanOrEqual(2 + admitted);
    expect(total(families, 'lcs_sql_statement_duration_seconds', { operation: 'select' })).toBe(
      selects + total(families, 'lcs_sql_statements_total', { operation: 'select', outcome: 'error' }),
    );
    expect(total(families, 'lcs_sql_statements_total', { operation: 'insert', outcome: 'ok' })).toBeGreaterThan(0);
    expect(total(families, 'lcs_db_pool_in_use')).toBe(0);
    expect(total(families, 'lcs_db_pool_waiting')).toBe(0);
    expect(total(families, 'lcs_db_pool_size')).toBe(stack.db.kind === 'pglite' ? 1 : 10);
    // every delivered read of clients has its record: one insert per subgraph request that ran, plus a
    // copy per caller an identical in-flight read was shared with (gateway/src/dedup.ts; PostgreSQL only)
    const inserts = total(families, 'lcs_audit_inserts_total', { subgraph: 'care', outcome: 'ok' });
    expect(inserts).toBeGreaterThanOrEqual(stack.db.kind === 'pglite' ? 2 + admitted : 3);
    expect(inserts).toBeLessThanOrEqual(2 + admitted);
    expect(total(families, 'lcs_audit_inserts_total', { outcome: 'error' })).toBe(0);
    expect(total(families, 'lcs_audit_records_total', { subgraph: 'care' })).toBeGreaterThanOrEqual(2 + admitted);
    // on PostgreSQL reads' records are committed by the group commit (platform audit.ts AuditWriter)
    const commits = total(families, 'lcs_audit_batch_records');
    const grouped = total(families, 'lcs_audit_batch_records_sum');
    if (stack.db.kind === 'pglite') expect(commits).toBe(0);
    else {
      expect(commits).toBeGreaterThan(0);
      expect(grouped).toBeGreaterThanOrEqual(commits);
      expect(grouped).toBeLessThanOrEqual(total(families, 'lcs_audit_records_total'));
    }
  });

  it('has the process families: event-loop lag, heap, GC', () => {
    for (const name of [
      'lcs_nodejs_eventloop_lag_p99_seconds',
      'lcs_nodejs_heap_size_used_bytes',
      'lcs_process_cpu_seconds_total',
    ]) {
      expect(total(families, name), name).toBeGreaterThan(0);
    }
    expect(samples(families, 'lcs_nodejs_eventloop_lag_seconds')).toHaveLength(1);
    expect(families.get('lcs_nodejs_gc_duration_seconds')!.type).toBe('HISTOGRAM');
  });

  it('labels carry no key, client id or personal data', async () => {
    const values = [...families.values()].flatMap((f) => f.metrics.flatMap((m) => Object.values(m.labels ?? {})));
    const keys = Object.values(stack.demoKeys.demo!);
    const people = await demoPeople(stack, 'demo');
    const secrets = [...keys, ...people.numbers, ...people.names];
    expect(secrets.length).toBeGreaterThan(10);
    for (const v of values) for (const s of secrets) expect(v.includes(s), `label value ${v}`).toBe(false);
    expect(
      samples(families, 'lcs_facade_requests_total').every(
        (m) => Object.keys(m.labels!).sort().join() === 'package,route,status_class,tenant',
      ),
    ).toBe(true);
  });
});

describe('admin listener, readiness and draining', () => {
  it('serves /metrics on the admin listener only', async () => {
    expect(new URL(stack.metricsUrl!).hostname).toBe('127.0.0.1');
    const onFacade = await facadeFetch(`${new URL(stack.facadeUrl!).origin}/metrics`);
    expect(onFacade.status).toBe(404);
    const onGateway = await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'));
    expect(onGateway.status).toBe(404);
  });

  it('reports every dependency with its latency', async () => {
    const res = await fetch(new URL('/readyz', stack.metricsUrl!));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      status: string;
      checks: { name: string; ready: boolean; latencyMs: number }[];
    };
    expect(body.status).toBe('ready');
    expect(body.checks.map((c) => c.name).sort()).toEqual([
      'database',
      'subgraph:care',
      'subgraph:housing',
      'subgraph:hsl',
      'subgraph:iam',
      'subgraph:provider',
    ]);
    for (const c of body.checks) {
      expect(c.ready).toBe(true);
      expect(typeof c.latencyMs).toBe('number');
    }
    const gw = await fetch(stack.gatewayUrl.replace('/graphql', '/readyz'));
    expect(gw.status).toBe(200);
    expect(total(await scrape(), 'lcs_readiness_check_up', { check: 'database' })).toBe(1);
    // a further dependency (e.g. Redis) is one more entry
    stack.readiness.add({
      name: 'redis',
      check: async () => {
        throw new Error('connection refused');
      },
    });
    const down = await fetch(new URL('/readyz', stack.metricsUrl!));
    expect(down.status).toBe(503);
    const r = (await down.json()) as { status: string; checks: { name: string; ready: boolean; detail?: string }[] };
    expect(r.status).toBe('unavailable');
    expect(r.checks.find((c) => c.name === 'redis')).toMatchObject({ ready: false, detail: 'connection refused' });
    stack.readiness.add({ name: 'redis', check: async () => 'PONG' });
  });

  it('drains: not ready, refuses new connections, finishes the request in flight, then closes', async () => {
    const origin = new URL(stack.facadeUrl!).origin;
    const inFlight = facadeRequest(`${origin}/slow`, {
      identity: { ca: stack.pki.ca.cert, cert: stack.pki.demoClient.cert, key: stack.pki.demoClient.key },
    });
    await slowEntered;
    const drained = stack.drain();
    const ready = await fetch(new URL('/readyz', stack.metricsUrl!));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { status: string }).status).toBe('draining');
    await expect(
      facadeRequest(`${origin}/slow`, {
        identity: { ca: stack.pki.ca.cert, cert: stack.pki.demoClient.cert, key: stack.pki.demoClient.key },
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    release();
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(done.body.toString()).toBe('done');
    await drained;
    await expect(fetch(stack.metricsUrl!)).rejects.toThrow();
  });
});
