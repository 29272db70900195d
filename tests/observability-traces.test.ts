/**
 * Traces (issue 15): one REST call is one trace with facade, gateway, subgraph fetch, subgraph and
 * SQL spans — in the all-in-one (in process, the SDK's in-memory exporter) and with every part a
 * process of its own (W3C traceparent over HTTP; each child exports over OTLP/HTTP to a receiver
 * in this test). The trace id a caller sees in a problem body / GraphQL error is the trace's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { openDatabase, setupTracing } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { ROOT } from '@lcs/cli/generate';
import { progressBars, seedTenant } from '@lcs/cli/seed';
import { createDevPki, type DevPki } from '@lcs/cli/pki';
import { ensureDemoCredentials, type DemoKeys } from '@lcs/cli/demo-keys';
import { DB_KIND, startTestStack, testDatabase, type TestDatabase, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeRequest } from './helpers/facade.ts';
import { demoPeople } from './helpers/people.ts';

interface SpanView {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  service: string;
  attributes: Record<string, unknown>;
}

/** The ancestor chain (root first) of a SELECT span of `root`'s trace that ran in the care subgraph. */
function chainOf(spans: SpanView[], root: SpanView): string[] {
  const inTrace = spans.filter((s) => s.traceId === root.traceId);
  const byId = new Map(inTrace.map((s) => [s.spanId, s]));
  const chains = inTrace
    .filter((s) => s.attributes['db.system.name'] === 'postgresql' && s.attributes['db.operation.name'] === 'select')
    .map((sql) => {
      const chain: string[] = [];
      for (let s: SpanView | undefined = sql; s; s = s.parentSpanId ? byId.get(s.parentSpanId) : undefined)
        chain.unshift(`${s.service}: ${s.name}`);
      return chain;
    });
  const chain = chains.find((c) => c.some((n) => /subgraph[ :]care/.test(n) && !n.includes('fetch')));
  expect(chain, `a SELECT span under the care subgraph in ${inTrace.map((s) => s.name).join(', ')}`).toBeDefined();
  return chain!;
}

const exporter = new InMemorySpanExporter();
const viewOf = (s: ReadableSpan): SpanView => ({
  traceId: s.spanContext().traceId,
  spanId: s.spanContext().spanId,
  parentSpanId: s.parentSpanContext?.spanId,
  name: s.name,
  service: 'aio',
  attributes: s.attributes,
});

describe('all-in-one: one trace per REST call', () => {
  let stack: TestStack;
  beforeAll(async () => {
    await setupTracing({ serviceName: 'lcs-test', exporter });
    stack = await startTestStack({ tenants: ['demo'], clients: 5 });
  }, 300_000);
  afterAll(async () => stack?.close());

  it('facade → gateway → subgraph fetch → subgraph → SQL, with tenant, package and route', async () => {
    exporter.reset();
    const r = await facadeClient(stack.facadeUrl!, 'demo', '8973')('/api/v1/clients?limit=2');
    expect(r.status).toBe(200);
    // the server span ends when the response has been written out, which may be just after the client read it
    const facade = await vi.waitFor(() => {
      const f = exporter
        .getFinishedSpans()
        .map(viewOf)
        .find((s) => s.attributes['http.route'] === 'GET /api/v1/clients');
      if (!f) throw new Error('no facade span yet');
      return f;
    });
    const spans = exporter.getFinishedSpans().map(viewOf);
    expect(facade).toMatchObject({
      name: 'facade GET /api/v1/clients',
      attributes: { 'lcs.tenant': 'demo', 'lcs.package': '8973', 'http.response.status_code': 200 },
    });
    expect(facade!.parentSpanId).toBeUndefined();
    const chain = chainOf(spans, facade!);
    expect(chain.slice(0, 1)).toEqual(['aio: facade GET /api/v1/clients']);
    expect(chain).toContain('aio: gateway');
    expect(chain).toContain('aio: subgraph.fetch care');
    expect(chain).toContain('aio: subgraph care');
    expect(chain.indexOf('aio: gateway')).toBeLessThan(chain.indexOf('aio: subgraph.fetch care'));
    expect(chain.indexOf('aio: subgraph.fetch care')).toBeLessThan(chain.indexOf('aio: subgraph care'));
    // no personal data, key or SQL parameter in any attribute
    const people = await demoPeople(stack, 'demo');
    const secrets = [...Object.values(stack.demoKeys.demo!), ...people.numbers, ...people.names];
    for (const s of spans)
      for (const v of Object.values(s.attributes))
        for (const x of secrets) expect(String(v).includes(x), `${s.name}: ${String(v)}`).toBe(false);
  });

  it('puts the trace id in problem bodies and GraphQL errors', async () => {
    exporter.reset();
    const bad = await facadeClient(stack.facadeUrl!, 'demo', '8973')('/api/v1/clients?q=nosuchfield:1');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { traceId: string };
    expect(body.traceId).toMatch(/^[\da-f]{32}$/);
    await vi.waitFor(() =>
      expect(
        exporter
          .getFinishedSpans()
          .some((s) => s.name === 'facade GET /api/v1/clients' && s.spanContext().traceId === body.traceId),
      ).toBe(true),
    );
    const g = await stack.gql('query Broken { noSuchField }');
    const traceId = g.body.errors![0].extensions.traceId;
    expect(traceId).toMatch(/^[\da-f]{32}$/);
    await vi.waitFor(() =>
      expect(
        exporter.getFinishedSpans().some((s) => s.name.startsWith('gateway ') && s.spanContext().traceId === traceId),
      ).toBe(true),
    );
  });
});

// Separate processes need one database they all reach: PostgreSQL (the PGlite project skips this part).
describe.skipIf(DB_KIND !== 'postgres')('parts as separate processes: one trace over HTTP', () => {
  const children: ChildProcess[] = [];
  const received: SpanView[] = [];
  let receiver: Server;
  let tdb: TestDatabase;
  let pki: DevPki;
  let keys: DemoKeys;
  let facadeUrl = '';
  let dir = '';

  /** Starts an entry point as its own process; resolves with the URL it prints once it listens. */
  // each part's own entry (app/src/serve.ts <part>, what `lcs serve <part>` runs)
  const start = (part: string, env: Record<string, string>, listening: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const entry = 'app/src/serve.ts';
      const child = spawn(process.execPath, ['--import', 'tsx', entry, part], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d;
        const m = listening.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr!.on('data', (d: Buffer) => void (out += d));
      child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before listening:\n${out}`)));
    });

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const doc = JSON.parse(body) as {
          resourceSpans: {
            resource: { attributes: { key: string; value: { stringValue?: string } }[] };
            scopeSpans: {
              spans: {
                traceId: string;
                spanId: string;
                parentSpanId?: string;
                name: string;
                attributes?: { key: string; value: Record<string, unknown> }[];
              }[];
            }[];
          }[];
        };
        for (const rs of doc.resourceSpans) {
          const service = rs.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
          for (const ss of rs.scopeSpans)
            for (const s of ss.spans) {
              const attributes = Object.fromEntries(
                (s.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]]),
              );
              received.push({
                traceId: s.traceId,
                spanId: s.spanId,
                parentSpanId: s.parentSpanId || undefined,
                name: s.name,
                service,
                attributes,
              });
            }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    tdb = await testDatabase('postgres');
    pki = await createDevPki();
    const db = await openDatabase(
      { url: tdb.url },
      SUBGRAPHS.map((d) => d.migrations),
    );
    await seedTenant(db.app, { tenant: 'demo', clients: 5, historyMonths: 1 }, progressBars(false));
    keys = await ensureDemoCredentials(db.app, { tenants: ['demo'], fingerprint: pki.demoClient.fingerprint });
    await db.analyze();
    await db.close();
    dir = mkdtempSync(join(tmpdir(), 'lcs-traces-'));
    for (const [n, pem] of Object.entries({
      'ca.crt': pki.ca.cert,
      'server.crt': pki.server.cert,
      'server.key': pki.server.key,
    }))
      writeFileSync(join(dir, n), pem);
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: tdb.url!,
      LCS_TRUST_KEYS: `t:${'s'.repeat(40)}`,
      PORT: '0',
      LCS_ADMIN_PORT: '0',
      LCS_LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const urls = await Promise.all(SUBGRAPHS.map((d) => start(d.name, env, /ready: (http\S+)/)));
    const subgraphEnv = Object.fromEntries(SUBGRAPHS.map((d, i) => [`SUBGRAPH_${d.name.toUpperCase()}_URL`, urls[i]!]));
    const gatewayUrl = await start('gateway', { ...env, ...subgraphEnv }, /gateway ready: (http\S+)/);
    facadeUrl = await start(
      'facade',
      {
        ...env,
        GATEWAY_URL: gatewayUrl,
        LCS_TLS_CA: join(dir, 'ca.crt'),
        LCS_TLS_CERT: join(dir, 'server.crt'),
        LCS_TLS_KEY: join(dir, 'server.key'),
      },
      /facade ready: (https\S+)/,
    );
  }, 600_000);

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    receiver?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await tdb?.drop();
  });

  it('facade, gateway, subgraph fetch, subgraph and SQL spans share the trace; all drain on SIGTERM', async () => {
    const identity = { ca: pki.ca.cert, cert: pki.demoClient.cert, key: pki.demoClient.key };
    const r = await facadeRequest(`${facadeUrl}/api/v1/clients?limit=2&domain=demo`, {
      headers: { 'x-api-key': keys.demo!['8973']! },
      identity,
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body.toString())).toHaveLength(2);
    // SIGTERM: each part drains, closes its pools and flushes its spans, and exits 0
    const exits = children.map((c) => new Promise<number | null>((res) => c.once('exit', (code) => res(code))));
    for (const c of children) c.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual(children.map(() => 0));
    const facade = received.find(
      (s) => s.service === 'lcs-facade' && s.attributes['http.route'] === 'GET /api/v1/clients',
    );
    expect(facade, `spans: ${received.map((s) => `${s.service}:${s.name}`).join(', ')}`).toBeDefined();
    expect(facade!.attributes['lcs.tenant']).toBe('demo');
    const chain = chainOf(received, facade!);
    expect(chain[0]).toBe('lcs-facade: facade GET /api/v1/clients');
    expect(chain.some((c) => c.startsWith('lcs-gateway: gateway POST /graphql'))).toBe(true);
    expect(chain).toContain('lcs-gateway: subgraph.fetch care');
    expect(chain.some((c) => c.startsWith('lcs-subgraph-care: subgraph:care POST /graphql'))).toBe(true);
    expect(chain.at(-1)).toMatch(/^lcs-subgraph-care: SELECT$/);
  }, 120_000);
});
