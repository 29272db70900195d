/**
 * Filling a contract route's path parameters for black-box tests generated from the route table:
 * each parameter's value is taken from a list route (by default the path without its last
 * `/{param}`, field Id), read with the package's own demo key when the package holds that list
 * (so the value lies in its scope), else with a tenant-wide package's key.
 */
import { expect } from 'vitest';
import type { RouteTable } from '@lcs/rest-facade/manifest';
import { facadeClient } from './facade.ts';

/** Where a path parameter's value comes from: a list route and the contract field to take. */
export const SOURCES: Record<string, [string, string]> = {
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
export const FIXED: Record<string, string> = {
  '/api/v1/provider_units/{providerUnitId}/roles/{role}/users':
    '/api/v1/provider_units/{providerUnitId}/roles/ENHETSCHEF/users',
};

export interface RouteFiller {
  /**
   * The path with its parameters filled from the first row of the source list; null when that
   * list is empty and `allowEmpty` says an empty scope is acceptable.
   */
  fill(
    template: string,
    pkg: string,
    o?: { allowEmpty?: (pkg: string) => boolean; tenant?: string },
  ): Promise<string | null>;
}

export function routeFiller(
  table: RouteTable,
  facadeUrl: () => string,
  tenantWide: (pkg: string) => boolean,
): RouteFiller {
  /**
   * A client that may call `path`: `pkg` itself when it may (ids then lie in its scope), else a tenant-wide package.
   */
  const clientFor = (path: string, pkg: string, tenant: string) => {
    const r = table.routes.find((x) => x.method === 'GET' && x.path === path);
    if (!r) throw new Error(`no route ${path}`);
    const pkgs = Object.keys(r.packages);
    const use = pkgs.includes(pkg) ? pkg : (pkgs.find(tenantWide) ?? pkgs[0]!);
    return facadeClient(facadeUrl(), tenant, use);
  };
  return {
    async fill(template, pkg, o = {}) {
      const tenant = o.tenant ?? 'demo';
      const path = FIXED[template] ?? template;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (!params.length) return path;
      const [source, field] = SOURCES[path] ?? [path.replace(/\/\{\w+\}$/, ''), 'Id'];
      const res = await clientFor(source, pkg, tenant)(`${source}?limit=1`);
      expect(res.status, `${source} feeds ${path}`).toBe(200);
      const [first] = (await res.json()) as Record<string, unknown>[];
      if (!first && o.allowEmpty?.(pkg)) return null;
      expect(first, `${source} has data (for ${pkg}) to feed ${path}`).toBeTruthy();
      return path.replace(`{${params[0]}}`, encodeURIComponent(String(first![field])));
    },
  };
}
