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
import { readInEachSubsystem } from './helpers/reads.ts';
import { facadeClient } from './helpers/facade.ts';
import { validatorFor } from './helpers/contract-schema.ts';
import { routeFiller } from './helpers/route-params.ts';

const table = loadRoutes();
const CASES = table.routes
  .filter((r) => r.method === 'GET' && r.kind !== 'gone')
  .flatMap((r) => Object.keys(r.packages).map((pkg) => ({ name: `${pkg} ${r.method} ${r.path}`, r, pkg })));

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 25 });
  // business logs exist once personal data has been read: one read in each subsystem
  await readInEachSubsystem(s);
});
afterAll(async () => {
  await s?.close();
});

const SCOPES = packageScopes();
/** Provider- and subject-scoped demo keys see only part of the tenant: a route may be empty for them. */
const scoped = (pkg: string) => SCOPES[pkg] !== 'tenant';

const filler = routeFiller(
  table,
  () => s.facadeUrl!,
  (pkg) => !scoped(pkg),
);

describe(`facade contract on ${DB_KIND}`, () => {
  it.each(CASES)('$name', async ({ r, pkg }) => {
    const path = await filler.fill(r.path, pkg, { allowEmpty: scoped });
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
