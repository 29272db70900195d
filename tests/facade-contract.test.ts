/**
 * Wire compatibility, generated from the route table: every GET route of every licensed package
 * is called through the facade with that package's credentials — over mutual TLS with the demo
 * client certificate and the package's demo API key — (path parameters filled from a list call)
 * and its body is validated against the contract's definition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoutes } from '@lcs/cli/stack';
import { packageScopes } from '@lcs/cli/demo-keys';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';
import { validatorFor } from './helpers/contract-schema.ts';

const table = loadRoutes();
const CASES = table.routes
  .filter((r) => r.method === 'GET' && r.kind !== 'gone')
  .flatMap((r) => Object.keys(r.packages).map((pkg) => ({ name: `${pkg} ${r.method} ${r.path}`, r, pkg })));

/** Where a path parameter's value comes from: a list route and the contract field to take. */
const SOURCES: Record<string, [string, string]> = {
  '/api/v1/provider_units/{id}/provider_personnels': ['/api/v1/provider_units', 'Id'],
  '/api/v1/lifecare_hsl_order_services/{orderId}': ['/api/v1/lifecare_hsl_orders', 'OrderId'],
  '/api/v2/lifecare_hsl_order_services/{orderId}': ['/api/v1/lifecare_hsl_orders', 'OrderId'],
  '/api/v3/lifecare_hsl_order_services/{orderId}': ['/api/v1/lifecare_hsl_orders', 'OrderId'],
  '/api/v4/lifecare_hsl_order_services/{orderId}': ['/api/v1/lifecare_hsl_orders', 'OrderId'],
  '/api/v2/provider_personnel/{personnelId}': ['/api/v2/provider_units/provider_personnel', 'Id'],
  '/api/v2/provider_personnel/person-id/{personId}': ['/api/v2/provider_units/provider_personnel', 'PersonId'],
  '/api/v2/provider_units/{unitId}/provider_personnel': ['/api/v1/provider_units', 'Id'],
  '/api/v1/ibic_assessment_general_goals/{id}': ['/api/v1/ibic_assessment_general_goals', 'AssessmentId'],
  '/api/v1/roles/{role}/users': ['/api/v1/roles', 'Id'],
  // every unit has a unit manager (Enhetschef)
  '/api/v1/provider_units/{providerUnitId}/roles/ENHETSCHEF/users': ['/api/v1/provider_units', 'Id'],
};

/** Fixed parts of paths whose parameters are not all taken from a list. */
const FIXED: Record<string, string> = {
  '/api/v1/provider_units/{providerUnitId}/roles/{role}/users': '/api/v1/provider_units/{providerUnitId}/roles/ENHETSCHEF/users',
};

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 25 });
  // business logs exist once personal data has been read: one read in each subsystem
  const r = await s.gql('{ clients(first: 2) { nodes { id } } executedServices(first: 2) { nodes { id } } users(first: 2) { nodes { id } } }');
  expect(r.body.errors).toBeUndefined();
});
afterAll(async () => {
  await s?.close();
});

const SCOPES = packageScopes();
/** Provider- and subject-scoped demo keys see only part of the tenant: a route may be empty for them. */
const scoped = (pkg: string) => SCOPES[pkg] !== 'tenant';

/** A client that may call `path`: `pkg` itself when it may (ids then lie in its scope), else a tenant-wide package. */
function clientFor(path: string, pkg: string) {
  const r = table.routes.find((x) => x.method === 'GET' && x.path === path);
  if (!r) throw new Error(`no route ${path}`);
  const pkgs = Object.keys(r.packages);
  const use = pkgs.includes(pkg) ? pkg : pkgs.find((p) => !scoped(p)) ?? pkgs[0]!;
  return facadeClient(s.facadeUrl!, 'demo', use);
}

/** The path with its parameters filled; null when a scoped package has nothing in scope to fill it with. */
async function fill(template: string, pkg: string): Promise<string | null> {
  const path = FIXED[template] ?? template;
  const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  if (!params.length) return path;
  const [source, field] = SOURCES[path] ?? [path.replace(/\/\{\w+\}$/, ''), 'Id'];
  const res = await clientFor(source, pkg)(`${source}?limit=1`);
  expect(res.status, `${source} feeds ${path}`).toBe(200);
  const [first] = (await res.json()) as Record<string, unknown>[];
  if (!first && scoped(pkg)) return null;
  expect(first, `${source} has data to feed ${path}`).toBeTruthy();
  return path.replace(`{${params[0]}}`, encodeURIComponent(String(first![field])));
}

describe(`facade contract on ${DB_KIND}`, () => {
  it.each(CASES)('$name', async ({ r, pkg }) => {
    const path = await fill(r.path, pkg);
    if (path === null) return; // nothing in this scoped key's scope to address
    const res = await facadeClient(s.facadeUrl!, 'demo', pkg)(`${path}${r.kind === 'list' ? '?limit=20' : ''}`);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    const body = JSON.parse(text);
    const validate = validatorFor(r.definition!, r.kind === 'list' || r.kind === 'children');
    expect(validate(body) ? [] : validate.errors!.slice(0, 5)).toEqual([]);
    if (Array.isArray(body) && !scoped(pkg)) expect(body.length, 'seeded data behind every list').toBeGreaterThan(0);
  });
});
