/**
 * The facade's OpenAPI document and docs page: the committed rest-facade/openapi.json is what the
 * generator makes of the route table, validates as OpenAPI 3.1, has every route with its packages,
 * and only resolvable references; the facade serves /docs with its assets from its own origin and
 * /openapi.json (mounted by default, behind the same mutual TLS as the API); and what the facade
 * answers — to the demo system's certificate and package key — matches the document's schemas.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { RouteEntry } from '@lcs/rest-facade/manifest';
import { loadRoutes } from '@lcs/cli/stack';
import { OPENAPI_FILE, buildOpenApi } from '@lcs/cli/openapi-gen';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { demoKey, facadeFetch, facadeRequest } from './helpers/facade.ts';

const PACKAGE = '8873';
// ajv-formats is CommonJS: its default export is the plugin or a namespace holding it
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
  ajv: Ajv2020,
) => void;

const table = loadRoutes();
const doc = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'));
const opOf = (r: RouteEntry) => doc.paths[r.path]?.[r.method.toLowerCase()];

/** Every `$ref` in a JSON value. */
function refs(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => refs(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string') out.push(x);
      else refs(x, out);
    }
  }
  return out;
}
/** An OpenAPI parameter, or a reference to one. */
interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  content?: Record<string, unknown>;
}
const pointer = (ref: string) =>
  ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], doc) as Parameter;

describe('OpenAPI document', () => {
  it('is the committed rest-facade/openapi.json (pnpm generate writes it)', () => {
    expect(doc).toEqual(buildOpenApi(table));
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(doc));
    expect(res.errors).toBeUndefined();
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has every route of the route table, and nothing else', () => {
    const tags = new Set(doc.tags.map((t: { name: string }) => t.name));
    for (const r of table.routes) {
      const op = opOf(r);
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(op['x-packages'].map((p: { package: string }) => p.package).sort()).toEqual(
        Object.keys(r.packages).sort(),
      );
      for (const t of op.tags) expect(tags.has(t)).toBe(true);
      for (const a of Object.keys(r.packages)) expect(op.tags.some((t: string) => t.startsWith(`${a} `))).toBe(true);
      const params: Parameter[] = op.parameters.map((p: Parameter) => (p.$ref ? pointer(p.$ref) : p));
      for (const [, name] of r.path.matchAll(/\{(\w+)\}/g))
        expect(params.some((p) => p.in === 'path' && p.name === name && p.required)).toBe(true);
      expect(params.some((p) => p.name === 'domain' && p.in === 'query')).toBe(true);
      expect(params.some((p) => p.name === 'after')).toBe(r.kind === 'list');
      if (r.kind === 'gone') {
        expect(op.deprecated).toBe(true);
        expect(Object.keys(op.responses)).toContain('410');
        expect(op.responses['200']).toBeUndefined();
      } else if (r.kind === 'write') {
        const ok = op.responses['200'] ?? op.responses['204'];
        expect(ok, `${r.method} ${r.path}`).toBeDefined();
        if (op.responses['200']) expect(Object.keys(ok.content)).toContain('application/json');
        expect(params.some((p) => p.name === 'Idempotency-Key' && p.in === 'header')).toBe(true);
        for (const s of ['400', '401', '403', '409', '412', '422', '429'])
          expect(pointer(op.responses[s].$ref).content).toHaveProperty(['application/problem+json']);
      } else {
        const ok = op.responses['200'];
        expect(Object.keys(ok.content)).toEqual(
          expect.arrayContaining(['application/json', 'application/xml', 'text/xml', 'text/csv']),
        );
        for (const s of ['400', '401', '403', '406', '429'])
          expect(pointer(op.responses[s].$ref).content).toHaveProperty(['application/problem+json']);
        if (r.deprecated) {
          expect(op.deprecated).toBe(true);
          expect(Object.keys(ok.headers)).toEqual(expect.arrayContaining(['Deprecation', 'Sunset', 'Link']));
        }
      }
    }
    const served = new Set(table.routes.map((r) => `${r.method.toLowerCase()} ${r.path}`));
    const all = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m} ${p}`));
    // the BI extensions beyond the contract (export jobs, OData feed: docs/bi.md), and nothing else
    const extension = (k: string) => {
      const [m, p] = k.split(' ');
      return doc.paths[p!][m!].tags.includes('BI access (platform extension)');
    };
    expect(all.filter(extension).sort()).toEqual([
      'delete /api/v1/exports/{id}',
      'get /api/v1/exports/{id}',
      'get /api/v1/exports/{id}/download',
      'get /odata/',
      'get /odata/$metadata',
      'get /odata/{entitySet}',
      'post /api/v1/exports',
    ]);
    const documented = all.filter((k) => !extension(k));
    expect(documented.sort()).toEqual([...served].sort());
    const ids = documented.map((k) => {
      const [m, p] = k.split(' ');
      return doc.paths[p!][m!].operationId;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref, and has only the components the routes reach', () => {
    for (const ref of refs(doc)) expect(pointer(ref), ref).toBeDefined();
    const reached = new Set<string>();
    const walk = (v: unknown) => {
      for (const ref of refs(v)) {
        if (reached.has(ref)) continue;
        reached.add(ref);
        walk(pointer(ref));
      }
    };
    walk(doc.paths);
    for (const name of Object.keys(doc.components.schemas))
      expect(reached.has(`#/components/schemas/${name}`), name).toBe(true);
    // JSON Schema 2020-12: nullability as type arrays / anyOf null, never OpenAPI 3.0's `nullable`
    expect(JSON.stringify(doc.components.schemas)).not.toMatch(/"nullable"|"x-nullable"|#\/definitions\//);
  });

  it('declares the X-Api-Key header, the key query parameter and mutual TLS', () => {
    const s = doc.components.securitySchemes;
    expect(s.ApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
    expect(s.ApiKeyQuery).toMatchObject({ type: 'apiKey', in: 'query', name: 'key' });
    expect(s.ClientCertificate).toMatchObject({ type: 'mutualTLS' });
    expect(doc.security).toEqual([
      { ApiKey: [], ClientCertificate: [] },
      { ApiKeyQuery: [], ClientCertificate: [] },
    ]);
  });
});

describe('served by the facade', () => {
  let s: TestStack;
  let origin: string;
  // the document's schemas, with their `#/components/...` refs resolved against the document
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'urn:lcs:openapi', components: doc.components });
  const withBase = (schema: object) =>
    JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"urn:lcs:openapi#/components/'));
  const validate = (schema: object, body: unknown) => {
    const v = ajv.compile(withBase(schema));
    return v(body) ? [] : v.errors!.slice(0, 5);
  };

  /** The facade as the demo system, licensed for PACKAGE (client certificate + key). */
  let get: (url: string | URL, init?: { headers?: Record<string, string> }) => Promise<Response>;

  beforeAll(async () => {
    s = await startTestStack({ clients: 5, tenants: ['demo'] });
    origin = new URL(s.facadeUrl!).origin;
    const key = demoKey(s.facadeUrl!, 'demo', PACKAGE);
    get = (url, init = {}) => facadeFetch(url, { headers: { 'x-api-key': key, ...init.headers } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('serves /docs with its script and styles from its own origin', async () => {
    const res = await get(`${origin}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await res.text();
    const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.filter((u) => u.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    expect(urls.some((u) => u.endsWith('.css'))).toBe(true);
    // nothing from another host: no absolute or protocol-relative URL anywhere in the page
    expect(html).not.toMatch(/\b(https?:)?\/\/[a-z0-9]/i);
    expect(html).not.toMatch(/<script>/); // no inline script
    for (const u of urls) {
      const target = new URL(u, `${origin}/docs`);
      expect(target.origin).toBe(origin);
      const asset = await get(target, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.status, u).toBe(200);
      const body = Buffer.from(await asset.arrayBuffer());
      expect(body.length, u).toBeGreaterThan(0);
      if (u.endsWith('.js')) expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      if (u.endsWith('.css')) expect(asset.headers.get('content-type')).toMatch(/^text\/css/);
      if (u.endsWith('swagger-ui-bundle.js')) expect(body.toString('utf8')).toContain('SwaggerUIBundle');
      const again = await get(target, { headers: { 'if-none-match': asset.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
    const init = await (await get(`${origin}/docs/init.js`)).text();
    expect(init).toContain('validatorUrl: null');
    expect(init).not.toMatch(/https?:\/\//);
  });

  it('serves /openapi.json', async () => {
    const res = await get(`${origin}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual(doc);
  });

  it(`answers package ${PACKAGE}'s routes as the document describes`, async () => {
    const mine = table.routes.filter((r) => r.packages[PACKAGE] && r.kind !== 'gone');
    expect(mine.length).toBeGreaterThan(10);
    const firstIds = new Map<string, unknown>();
    const checked: string[] = [];
    for (const r of mine.filter((x) => x.kind === 'list')) {
      // a list under a path parameter (e.g. an order's services) may well be empty: the shape still counts
      const path = r.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        r.params.find((p) => p.name === name)?.type === 'integer' ? '1' : 'x',
      );
      const res = await get(`${s.facadeUrl}${path}?limit=3`);
      const body = await res.json();
      expect(res.status, `${r.path}: ${JSON.stringify(body)}`).toBe(200);
      const op = opOf(r);
      expect(validate(op.responses['200'].content['application/json'].schema, body), r.path).toEqual([]);
      for (const h of Object.keys(op.responses['200'].headers ?? {}))
        if (h !== 'Link') expect(res.headers.get(h), `${r.path} ${h}`).not.toBeNull();
      if (body[0]?.Id !== undefined) firstIds.set(r.path, body[0].Id);
      checked.push(r.path);
    }
    for (const r of mine.filter((x) => x.kind === 'byId')) {
      const id = firstIds.get(r.path.replace(/\/\{\w+\}$/, ''));
      if (id === undefined) continue;
      const res = await get(`${s.facadeUrl}${r.path.replace(/\{\w+\}/, String(id))}`);
      expect(res.status, r.path).toBe(200);
      expect(validate(opOf(r).responses['200'].content['application/json'].schema, await res.json()), r.path).toEqual(
        [],
      );
      expect(res.headers.get('etag')).not.toBeNull();
      checked.push(r.path);
    }
    expect(checked.length).toBeGreaterThan(10);
    expect(firstIds.size, 'lists with rows to check').toBeGreaterThan(10);
  });

  it('answers errors as the problem schema', async () => {
    const list = table.routes.find((r) => r.packages[PACKAGE] && r.kind === 'list')!;
    const bad = await get(`${s.facadeUrl}${list.path}?limit=0`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(validate({ $ref: '#/components/schemas/LCS.Problem' }, await bad.json())).toEqual([]);
    const byId = table.routes.find((r) => r.packages[PACKAGE] && r.kind === 'byId')!;
    const missing = await get(`${s.facadeUrl}${byId.path.replace(/\{\w+\}/, '999999999')}`);
    expect(missing.status).toBe(404);
    expect(validate({ $ref: '#/components/schemas/LCS.Problem' }, await missing.json())).toEqual([]);
  });

  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  it.skipIf(!chromium)(
    'renders in headless Chromium without the network',
    async () => {
      const profile = mkdtempSync(join(tmpdir(), 'lcs-chromium-'));
      // Headless Chromium cannot present a client certificate: a local forwarder (as a
      // TLS-terminating proxy would) holds the demo system's and passes everything else through.
      const forwarder: Server = createServer((req, res) => {
        facadeRequest(`${origin}${req.url}`, {
          method: req.method,
          headers: { 'accept-encoding': String(req.headers['accept-encoding'] ?? '') },
        }).then(
          (r) => {
            res.writeHead(r.status, r.headers as Record<string, string>);
            res.end(r.body);
          },
          () => {
            res.writeHead(502);
            res.end();
          },
        );
      });
      await new Promise<void>((r) => forwarder.listen(0, '127.0.0.1', r));
      const via = `http://127.0.0.1:${(forwarder.address() as AddressInfo).port}`;
      try {
        const { stdout } = await promisify(execFile)(
          chromium!,
          [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            `--user-data-dir=${profile}`,
            '--virtual-time-budget=15000',
            '--dump-dom',
            `${via}/docs`,
          ],
          { timeout: 50_000, maxBuffer: 64 * 1024 * 1024 },
        );
        expect(stdout).toContain('swagger-ui');
        // the rendered operations come from /openapi.json
        expect(stdout).toContain(doc.info.title.split(' — ')[0]);
        expect(stdout).toContain('OAS 3.1');
        for (const t of doc.tags) expect(stdout).toContain(t.name);
      } finally {
        forwarder.closeAllConnections();
        await new Promise((r) => forwarder.close(r));
        rmSync(profile, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
