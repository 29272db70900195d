import { describe, expect, it } from 'vitest';
import { PlatformError } from '@lcs/platform';
import type { RouteEntry } from './manifest.ts';
import { createRouter } from './router.ts';

const entry = (method: string, path: string): { entry: RouteEntry } => ({
  entry: { method, path, kind: 'list', params: [], targets: {}, searchable: {}, packages: {} },
});

const routes = [
  entry('GET', '/api/v1/clients'),
  entry('GET', '/api/v1/clients/{clientId}'),
  entry('PATCH', '/api/v1/clients/{clientId}'),
  entry('GET', '/api/v2/provider_personnel/{personnelId}'),
  entry('GET', '/api/v2/provider_personnel/unit-access'),
  entry('GET', '/api/v2/provider_personnel/{personnelId}/roles'),
];
const router = createRouter(routes);
const hit = (method: string, path: string) => {
  const m = router.match(method, path);
  return m.status === 200 ? { path: m.route.entry.path, params: m.params } : m;
};

describe('the facade router', () => {
  it('finds a route and decodes its path parameters', () => {
    expect(hit('GET', '/api/v1/clients')).toEqual({ path: '/api/v1/clients', params: {} });
    expect(hit('GET', '/api/v1/clients/12')).toEqual({
      path: '/api/v1/clients/{clientId}',
      params: { clientId: '12' },
    });
    expect(hit('GET', '/api/v1/clients/a%20b%2Fc')).toEqual({
      path: '/api/v1/clients/{clientId}',
      params: { clientId: 'a b/c' },
    });
  });

  it('prefers a literal segment to a parameter, whatever the order of the table', () => {
    expect(hit('GET', '/api/v2/provider_personnel/unit-access')).toMatchObject({
      path: '/api/v2/provider_personnel/unit-access',
    });
    expect(hit('GET', '/api/v2/provider_personnel/7')).toMatchObject({ params: { personnelId: '7' } });
    expect(hit('GET', '/api/v2/provider_personnel/unit-access/roles')).toMatchObject({
      path: '/api/v2/provider_personnel/{personnelId}/roles',
      params: { personnelId: 'unit-access' },
    });
  });

  it('answers 405 with the methods a path has, 404 for a path it does not know', () => {
    expect(hit('DELETE', '/api/v1/clients/12')).toEqual({ status: 405, allow: ['GET', 'PATCH'] });
    expect(hit('HEAD', '/api/v1/clients')).toEqual({ status: 405, allow: ['GET'] });
    for (const path of [
      '/api/v1/nothing',
      '/api/v1/clients/',
      '/api/v1/clients//',
      '/api/v1/Clients',
      '/api/v1/client%73',
    ])
      expect(hit('GET', path)).toEqual({ status: 404 });
  });

  it("matches the path as sent: malformed encoding and NUL are the caller's error, naming the parameter", () => {
    for (const raw of ['%ZZ', '%E0%A4%A', '%C0%AF', '%', '1%00']) {
      let error: unknown;
      try {
        router.match('GET', `/api/v1/clients/${raw}`);
      } catch (e) {
        error = e;
      }
      expect(error, raw).toBeInstanceOf(PlatformError);
      expect((error as PlatformError).code).toBe('BAD_USER_INPUT');
      expect((error as PlatformError).message).toMatch(/clientId/);
    }
    expect(hit('GET', '/api/v1/clients/%2525')).toMatchObject({ params: { clientId: '%25' } });
  });

  it("takes parameters longer than find-my-way's default limit", () => {
    const long = 'x'.repeat(1000);
    expect(hit('GET', `/api/v1/clients/${long}`)).toMatchObject({ params: { clientId: long } });
  });
});
