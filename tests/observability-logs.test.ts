/**
 * Structured request logs (issue 15): one JSON line per request with request id, trace id, tenant,
 * principal kind and id, route/operation, status, duration and rows — and no line of a stack's
 * REST and GraphQL traffic (reads of names and identity numbers, searches by them, failures that
 * echo them, GraphQL variables holding them) contains any demo client's identity number or name.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@lcs/platform';
import { loadRoutes } from '@lcs/cli/stack';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient, facadeFetch } from './helpers/facade.ts';
import { demoPeople } from './helpers/people.ts';

const log: string[] = [];
let stack: TestStack;
let people: { numbers: string[]; names: string[] };
let requests = 0;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, cb) {
      log.push(String(chunk));
      cb();
    },
  });
  stack = await startTestStack({ tenants: ['demo'], clients: 20, log: createLogger(sink, 'debug') });
  people = await demoPeople(stack, 'demo');
  const routes = loadRoutes().routes;
  // every package's list routes (a few each), the client lookups, searches and failures
  for (const [pkg] of Object.entries(stack.demoKeys.demo!)) {
    const call = facadeClient(stack.facadeUrl!, 'demo', pkg);
    const lists = routes
      .filter((r) => r.method === 'GET' && r.kind === 'list' && r.packages[pkg] && !r.path.includes('{'))
      .slice(0, 6);
    for (const r of lists) {
      await call(`${r.path}?limit=5`);
      requests++;
    }
  }
  const call = facadeClient(stack.facadeUrl!, 'demo', '8973');
  const clients = (await (await call('/api/v1/clients?limit=5')).json()) as { Id: number }[];
  requests++;
  for (const c of clients) {
    expect((await call(`/api/v1/clients/${c.Id}`)).status).toBe(200);
    requests++;
  }
  const [pin] = people.numbers;
  const [name] = people.names;
  for (const path of [
    `/api/v1/clients?q=PersonId:${pin}`,
    `/api/v1/clients?q=FirstName:${encodeURIComponent(name!.split(' ')[0]!)}`,
    `/api/v1/clients?q=Nickname:${pin}`,
    `/api/v1/clients/${pin}`,
    `/api/v1/clients?limit=${pin}`,
    `/api/v1/no_such/${pin}`,
  ]) {
    await call(path);
    requests++;
  }
  // the platform extensions: an export job (unknown id) and the OData feed name their routes, not their paths
  const bi = facadeClient(stack.facadeUrl!, 'demo', '8873');
  expect((await bi('/api/v1/exports/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  expect((await bi('/odata/$metadata')).status).toBe(200);
  requests += 2;
  const wrongKey = await facadeFetch(`${stack.facadeUrl}/api/v1/clients?domain=demo&key=lcs_nope_${pin}`);
  expect(wrongKey.status).toBe(401);
  requests++;
  // GraphQL: names and identity numbers read, variables holding them, failures echoing them
  expect((await stack.gql('query People { clients(first: 20) { nodes { id fullName personId } } }')).status).toBe(200);
  expect(
    (
      await stack.gql(
        'query Find($pin: String) { clients(first: 5, filter: { personId: $pin }) { nodes { id fullName } } }',
        { pin },
      )
    ).status,
  ).toBeLessThan(500);
  expect((await stack.gql(`query Broken { client(id: "${pin}") { fullName } nope }`)).status).toBe(400);
  expect(
    (
      await fetch(
        `${stack.gatewayUrl}?query=${encodeURIComponent(`{ clients(first: 2) { nodes { fullName } } }`)}&pin=${pin}`,
        { headers: { 'x-lcs-tenant': 'demo' } },
      )
    ).status,
  ).toBeLessThan(500);
  requests += 4;
}, 400_000);
afterAll(async () => stack?.close());

/** One JSON log line: pino's fields and the request record's (observe.ts). */
interface LogLine {
  msg?: string;
  part?: string;
  level?: string;
  status?: number;
  route?: string;
  operation?: string;
  principal: { kind?: string; id?: string };
  [field: string]: unknown;
}

describe('request logs', () => {
  const lines = () =>
    log
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine);

  it('has one JSON line per request with ids, tenant, principal, route, status, duration and rows', () => {
    const all = lines();
    const facade = all.filter((l) => l.msg === 'request' && l.part === 'facade');
    expect(facade.length).toBe(requests - 4);
    for (const l of [...facade, ...all.filter((x) => x.msg === 'request')]) {
      expect(l.reqId).toMatch(/^[\da-f]{16}$/);
      expect(l.traceId).toMatch(/^[\da-f]{32}$/);
      expect(typeof l.status).toBe('number');
      expect(typeof l.durationMs).toBe('number');
      expect(['info', 'warn', 'error', 'debug']).toContain(l.level);
    }
    const read = facade.find((l) => l.route === 'GET /api/v1/clients/{id}' && l.status === 200)!;
    expect(read).toMatchObject({
      tenant: 'demo',
      package: '8973',
      principal: { kind: 'partner' },
      rows: 1,
      level: 'info',
    });
    expect(read.principal.id).toBeTruthy();
    expect(facade.find((l) => l.route === 'GET /api/v1/exports/{id}')).toMatchObject({ status: 404 });
    expect(facade.find((l) => l.route === 'GET /odata/$metadata')).toMatchObject({ status: 200 });
    expect(facade.filter((l) => l.route?.includes('00000000-0000'))).toEqual([]);
    const unauth = facade.find((l) => l.status === 401)!;
    expect(unauth).toMatchObject({ code: 'UNAUTHENTICATED', route: 'GET /api/v1/clients' });
    const gql = all.find((l) => l.part === 'gateway' && l.operation === 'People')!;
    expect(gql).toMatchObject({ tenant: 'demo', principal: { kind: 'dev', id: 'developer' }, status: 200 });
    // a document that does not validate has no operation (Apollo names none): its line still says 400
    expect(all.filter((l) => l.part === 'gateway' && l.status === 400).length).toBeGreaterThanOrEqual(1);
  });

  it('no line contains a demo identity number or name', () => {
    const text = log.join('');
    expect(people.numbers.length).toBeGreaterThanOrEqual(60); // 20 clients, each number in three or four written forms
    expect(people.names.length).toBeGreaterThanOrEqual(15);
    for (const n of people.numbers) expect(text.includes(n), `identity number ${n} in the log`).toBe(false);
    for (const n of people.names) expect(text.includes(n), `name ${n} in the log`).toBe(false);
  });
});
