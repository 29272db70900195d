/**
 * A seeded sweep of bad input over every operation there is, beside hostile.test.ts's named cases:
 * every route of the committed OpenAPI document (rest-facade/openapi.json) with its parameters
 * and bodies drawn from a list of hostile values (out-of-range and malformed numbers and dates,
 * broken percent-encoding, quotes and search syntax, 5,000-character strings, JSON that is not
 * the body asked for), and every root field and mutation of the gateway's schema (introspected)
 * with arguments drawn the same way and a random selection three levels deep. The draws are
 * deterministic (a fixed seed): a failure names the request, and re-running repeats it.
 *
 * Holds when: no answer is a 5xx or a GraphQL INTERNAL_SERVER_ERROR; every refusal of the facade
 * is a problem+json that says what was wrong; no refusal shows internals (SQL, stack frames, source
 * paths); every operation got past authentication at least once (the sweep reached the routes'
 * own checks); the processes still serve afterwards.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { demoKey, facadeRequest } from './helpers/facade.ts';

let s: TestStack;

const INTERNALS = [
  /\bselect\s.*\bfrom\b/i,
  /Failed query/i,
  /\n\s*at\s/,
  /\bat [\w$.<>]+ \(/,
  /\.[cm]?[jt]s:\d/,
  /node_modules/,
  /SQLSTATE|\bpg_catalog\b/,
  /"stacktrace"/,
];

/** A small deterministic PRNG (the sweep must repeat itself). */
function prng(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return { next, pick: <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)]! };
}

/** Raw (already encoded where it starts with %) values for parameters. */
const VALUES = [
  '',
  '-1',
  '0',
  '1',
  '2147483648',
  '99999999999999999999',
  '1e309',
  'NaN',
  'abc',
  '%00',
  '%ZZ',
  '%',
  "'",
  "''",
  '"',
  '\\',
  'null',
  'true',
  '2024-13-45',
  '2024-02-30',
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  '2024-01-01T25:00:00',
  '2024-01-01T00:00:00+99:00',
  '-2024-01-01',
  'x'.repeat(5000),
  '%F0%9F%98%80',
  '%C3%28',
  '%EF%BF%BF',
  '00000000-0000-0000-0000-000000000000',
  '19121212-1212',
  "Name='a' and",
  "Name:'",
  'a and b',
  'Id=1 or 1=1',
  '(',
  '*',
  'Id:1 and Id:2 and Id:3',
  'Id>1',
  '[]',
  '{}',
  '1,2,3',
  '  1  ',
  '+1',
  '0x10',
  '1.5',
  '-0',
] as const;
const BODIES = [
  '',
  '{',
  '[]',
  'null',
  '{"a":1}',
  '[{"op":"replace","path":"/x","value":1}]',
  '"text"',
  '{"__proto__":{"x":1}}',
  '1'.repeat(100),
  '{"Id":"x","Date":"y","UnitId":-1}',
  '[{"op":"remove","path":"/Id"}]',
  '{"Name":"\\u0000"}',
] as const;
const encode = (v: string) => (v.startsWith('%') ? v : encodeURIComponent(v));

interface Operation {
  method: string;
  path: string;
  pkg: string;
  parameters: { name: string; in: string; schema?: { type?: string; enum?: string[] } }[];
}

function operations(): Operation[] {
  const doc = JSON.parse(readFileSync(new URL('../rest-facade/openapi.json', import.meta.url), 'utf8'));
  const resolve = (p: { $ref?: string }) =>
    p.$ref
      ? p.$ref
          .split('/')
          .slice(1)
          .reduce((a: Record<string, unknown>, k) => a[k] as never, doc)
      : p;
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, { tags?: string[]; parameters?: object[] }>>(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        // BI access (OData, export jobs) takes any package's key
        pkg: /^\d+$|^business-logs$/.test(op.tags?.[0]?.split(' ')[0] ?? '') ? op.tags![0]!.split(' ')[0]! : '8873',
        parameters: (op.parameters ?? []).map(resolve) as Operation['parameters'],
      });
    }
  return out;
}

/** One drawn request for `op`: each parameter hostile half the time, otherwise plausible. */
function draw(op: Operation, r: ReturnType<typeof prng>) {
  let path = op.path;
  const query: string[] = [];
  for (const p of op.parameters) {
    if (p.name === 'domain') continue;
    const plausible = p.schema?.enum?.length
      ? r.pick(p.schema.enum)
      : p.schema?.type === 'integer'
        ? '1'
        : '2024-01-01';
    const v = r.next() < 0.5 ? r.pick(VALUES) : plausible;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encode(v));
    else if (p.in === 'query' && r.next() < 0.6) query.push(`${p.name}=${encode(v)}`);
  }
  if (r.next() < 0.15)
    query.push(`${r.pick(['limit', 'offset', 'q', 'gt', 'lt', 'after', 'id'])}=${encode(r.pick(VALUES))}`);
  query.push('domain=demo');
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (op.method !== 'GET' && op.method !== 'DELETE') {
    body = r.pick(BODIES);
    headers['content-type'] = r.pick(['application/json', 'application/json-patch+json', 'text/plain']);
    headers['idempotency-key'] = r.next() < 0.9 ? randomUUID() : r.pick(['', 'x'.repeat(300)]);
  }
  if (r.next() < 0.05) headers['if-none-match'] = r.pick(['*', '"x"', 'W/"', '']);
  if (r.next() < 0.05) headers.accept = r.pick(['text/csv', 'application/xml', 'garbage/x', '*/*']);
  return { url: `${path}?${query.join('&')}`, headers, body };
}

// ----------------------------------------------------------------------------- GraphQL

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args?: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  enumValues: { name: string }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  fields: Field[] | null;
}

const INTROSPECTION = `{ __schema { queryType { name } mutationType { name }
  types { name kind enumValues { name } inputFields { name type { ...T } }
    fields { name args { name type { ...T } } type { ...T } } } }
} fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

const SCALARS: Record<string, readonly string[]> = {
  Int: ['0', '-1', '2147483647', '-2147483648', '10000000000', '1.5', '"x"', 'null'],
  Float: ['0', '-1e308', '1e308', 'null', '"x"'],
  String: [
    '""',
    '"\\u0000"',
    `"${'x'.repeat(3000)}"`,
    '"19121212-1212"',
    `"'; drop table x"`,
    '"2024-02-30"',
    'null',
    '1',
  ],
  Boolean: ['true', 'null', '"x"'],
  ID: ['"1"', '"-1"', '"abc"', '"00000000-0000-0000-0000-000000000000"', '99999999999999999999', 'null'],
};
const CUSTOM = ['"2024-01-01"', '"2024-13-01"', '"x"', '0', 'null', '"9999-12-31T23:59:59Z"', '-1', '{a: 1}'];
/** What a caller would plausibly send per scalar (three arguments in four get one: most documents pass validation). */
const PLAUSIBLE: Record<string, string> = {
  Int: '1',
  Float: '1.5',
  String: '"a"',
  Boolean: 'true',
  ID: '"1"',
  Date: '"2024-01-01"',
  DateTime: '"2024-01-01T08:00:00Z"',
  JSON: '{}',
};

function graphqlDrawer(types: Map<string, SchemaType>, r: ReturnType<typeof prng>) {
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
  const kindOf = (t: TypeRef) => types.get(named(t).name!)?.kind;
  const literal = (t: TypeRef, depth = 0): string => {
    const n = named(t).name!;
    if (PLAUSIBLE[n] && r.next() < 0.75) return PLAUSIBLE[n];
    if (SCALARS[n]) return r.pick(SCALARS[n]);
    const T = types.get(n);
    if (T?.kind === 'ENUM') return r.next() < 0.8 ? r.pick(T.enumValues!).name : 'NO_SUCH_VALUE';
    if (T?.kind === 'INPUT_OBJECT' && depth < 3)
      return `{${(T.inputFields ?? [])
        .filter((f) => f.type.kind === 'NON_NULL' || r.next() < 0.6)
        .map((f) => `${f.name}: ${literal(f.type, depth + 1)}`)
        .join(', ')}}`;
    return r.pick(CUSTOM);
  };
  const args = (f: Field) => {
    const a = (f.args ?? []).filter((x) => x.type.kind === 'NON_NULL' || r.next() < 0.5);
    return a.length ? `(${a.map((x) => `${x.name}: ${literal(x.type)}`).join(', ')})` : '';
  };
  const selection = (t: TypeRef, depth: number): string => {
    const T = types.get(named(t).name!);
    if (!T?.fields) return '';
    const leaves = T.fields.filter((f) => ['SCALAR', 'ENUM'].includes(kindOf(f.type) ?? ''));
    const parts = leaves.filter(() => r.next() < 0.5).map((f) => f.name);
    if (depth < 3)
      for (const f of T.fields.filter((f) => ['OBJECT', 'INTERFACE'].includes(kindOf(f.type) ?? '')).slice(0, 12)) {
        if (r.next() >= 0.25) continue;
        const inner = selection(f.type, depth + 1);
        if (inner) parts.push(`${f.name}${args(f)} ${inner}`);
      }
    if (!parts.length) parts.push(leaves[0]?.name ?? '__typename');
    return `{ ${parts.join(' ')} }`;
  };
  return (root: 'query' | 'mutation', f: Field) => `${root} { ${f.name}${args(f)} ${selection(f.type, 0)} }`;
}

/** Runs `jobs` with at most `n` at once. */
async function inParallel<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

beforeAll(async () => {
  // limits out of the way: the sweep is about input, and a 429 would keep a request from its route's checks
  s = await startTestStack({ clients: 8, fairShare: { defaults: { ratePerMinute: 1_000_000, burst: 100_000 } } });
}, 120_000);
afterAll(() => s?.close());

describe(`a seeded sweep of bad input over every operation on ${DB_KIND}`, () => {
  it('the facade: every route, four draws each — 4xx problems that say what was wrong, never a 5xx', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(120);
    const r = prng(19);
    const requests = ops.flatMap((op) => Array.from({ length: 4 }, () => ({ op, ...draw(op, r) })));
    const answers = await inParallel(
      requests.map((q) => async () => {
        const res = await facadeRequest(`${s.facadeUrl}${q.url}`, {
          method: q.op.method,
          headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', q.op.pkg), ...q.headers },
          body: q.body,
        });
        return { q, status: res.status, type: String(res.headers['content-type'] ?? ''), text: res.body.toString() };
      }),
      6,
    );
    const wrong: string[] = [];
    const reached = new Set<string>();
    for (const a of answers) {
      const what = `${a.q.op.method} ${a.q.url.slice(0, 200)} → ${a.status}`;
      if (![401, 403].includes(a.status)) reached.add(`${a.q.op.method} ${a.q.op.path}`);
      if (a.status >= 500) wrong.push(`${what}: ${a.text.slice(0, 200)}`);
      else if (a.status >= 400) {
        const problem = /problem\+json/.test(a.type)
          ? (JSON.parse(a.text) as { detail?: unknown; code?: unknown })
          : {};
        if (typeof problem.detail !== 'string' || !problem.detail || typeof problem.code !== 'string')
          wrong.push(`${what}: not a problem with a detail and a code (${a.type}) ${a.text.slice(0, 120)}`);
        const shown = INTERNALS.find((re) => re.test(a.text));
        if (shown) wrong.push(`${what}: shows internals (${shown}): ${a.text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    const counts = answers.reduce<Record<number, number>>((c, a) => ({ ...c, [a.status]: (c[a.status] ?? 0) + 1 }), {});
    expect(Object.keys(counts).length, JSON.stringify(counts)).toBeGreaterThanOrEqual(4);
    expect(counts[200] ?? 0, 'some draws are plausible enough to be answered').toBeGreaterThan(0);
    expect(ops.filter((op) => !reached.has(`${op.method} ${op.path}`)).map((op) => `${op.method} ${op.path}`)).toEqual(
      [],
    );
  }, 300_000);

  it('the gateway: every root field and mutation, three draws each — never an internal error', async () => {
    const base = new URL(s.gatewayUrl);
    const post = async (query: string) => {
      const res = await fetch(`${base.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lcs-tenant': 'demo' },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, text: await res.text() };
    };
    const intro = JSON.parse((await post(INTROSPECTION)).text) as {
      data: { __schema: { queryType: { name: string }; mutationType: { name: string } | null; types: SchemaType[] } };
    };
    const types = new Map(intro.data.__schema.types.map((t) => [t.name, t]));
    const rootFields = (name?: string) => (name ? types.get(name)!.fields! : []).filter((f) => !f.name.startsWith('_'));
    const queries = rootFields(intro.data.__schema.queryType.name);
    const mutations = rootFields(intro.data.__schema.mutationType?.name);
    expect(queries.length).toBeGreaterThanOrEqual(100);
    expect(mutations.length).toBeGreaterThanOrEqual(20);
    const doc = graphqlDrawer(types, prng(7));
    const documents = [
      ...queries.flatMap((f) => [doc('query', f), doc('query', f), doc('query', f)]),
      ...mutations.flatMap((f) => [doc('mutation', f), doc('mutation', f), doc('mutation', f)]),
    ];
    const answers = await inParallel(
      documents.map((query) => async () => ({ query, ...(await post(query)) })),
      6,
    );
    const wrong: string[] = [];
    const codes: Record<string, number> = {};
    for (const a of answers) {
      const what = `${a.query.slice(0, 200)} → ${a.status}`;
      const body = JSON.parse(a.text) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const e of body.errors ?? [])
        codes[e.extensions?.code ?? 'none'] = (codes[e.extensions?.code ?? 'none'] ?? 0) + 1;
      if (a.status >= 500 || ![200, 400].includes(a.status)) wrong.push(`${what}: ${a.text.slice(0, 200)}`);
      const internal = (body.errors ?? []).find(
        (e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR',
      );
      if (internal) wrong.push(`${what}: ${JSON.stringify(internal).slice(0, 200)}`);
      const shown = body.errors?.length ? INTERNALS.find((re) => re.test(JSON.stringify(body.errors))) : undefined;
      if (shown) wrong.push(`${what}: shows internals (${shown})`);
    }
    expect(wrong).toEqual([]);
    expect(codes.BAD_USER_INPUT ?? 0, JSON.stringify(codes)).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 200 && !JSON.parse(a.text).errors).length).toBeGreaterThan(0);
  }, 300_000);

  it('still serves after all of it', async () => {
    const gw = await fetch(new URL('/readyz', s.gatewayUrl));
    expect(gw.status).toBe(200);
    const res = await facadeRequest(`${s.facadeUrl}/api/v1/clients?limit=1&domain=demo`, {
      headers: { 'x-api-key': demoKey(s.facadeUrl!, 'demo', '8873') },
    });
    expect(res.status).toBe(200);
  });
});
