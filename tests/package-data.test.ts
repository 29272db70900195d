/**
 * Every package's demo key gets data from every GET route of its package — generated from
 * schema/packages.yaml (each package, its scope and the routes it holds) and the facade's route
 * table: one case per (package, route), called over mutual TLS with that package's demo key, path
 * parameters filled from a list the same key can read. Provider-scoped keys (the demo licence's
 * units) and the subject-scoped key (one demo citizen) included: a route the package is licensed
 * for that answers nothing for its own licence is a scope or seed bug, not an empty success.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoutes } from '@lcs/cli/stack';
import { loadManifest } from '@lcs/cli/facade-gen';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { readInEachSubsystem } from './helpers/reads.ts';
import { facadeClient } from './helpers/facade.ts';
import { routeFiller } from './helpers/route-params.ts';

const manifest = loadManifest();
const table = loadRoutes();

const CASES = Object.entries(manifest.packages)
  .flatMap(([pkg, p]) =>
    Object.values(p.routes)
      .flat()
      .map((r) => (typeof r === 'string' ? r : r.route))
      .filter((r) => r.startsWith('GET '))
      .map((r) => {
        const path = r.slice(4).trim();
        const route = table.routes.find((x) => x.method === 'GET' && x.path === path);
        return { name: `${pkg} (${p.scope}) GET ${path}`, pkg, path, route };
      }),
  )
  .filter((c) => c.route?.kind !== 'gone');

/** A list answer has rows; a single answer is an entity with content (nested lists count as content). */
function hasData(body: unknown): boolean {
  if (Array.isArray(body)) return body.length > 0;
  if (body && typeof body === 'object')
    return Object.values(body).some((v) =>
      v && typeof v === 'object' ? hasData(v) : v !== null && v !== undefined && v !== '',
    );
  return false;
}

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
  // business logs exist once personal data has been read: one read in each subsystem
  await readInEachSubsystem(s);
});
afterAll(async () => {
  await s?.close();
});

const filler = routeFiller(
  table,
  () => s.facadeUrl!,
  (pkg) => manifest.packages[pkg]?.scope === 'tenant',
);

describe(`every package's demo key gets data from every GET route of its package, on ${DB_KIND}`, () => {
  it('covers every package of the manifest and every GET route it holds', () => {
    expect(new Set(CASES.map((c) => c.pkg))).toEqual(new Set(Object.keys(manifest.packages)));
    expect(CASES.filter((c) => !c.route || !(c.pkg in c.route.packages)).map((c) => c.name)).toEqual([]);
    expect(CASES.length).toBeGreaterThan(100);
  });

  it.each(CASES)('$name', async ({ pkg, path: template, route }) => {
    const path = await filler.fill(template, pkg);
    const res = await facadeClient(s.facadeUrl!, 'demo', pkg)(`${path}${route!.kind === 'list' ? '?limit=20' : ''}`);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(200);
    expect(hasData(JSON.parse(text)), `${pkg} ${path}: ${text.slice(0, 200)}`).toBe(true);
  });
});
