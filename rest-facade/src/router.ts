/**
 * The facade's router: the generated route table in a radix tree (find-my-way, fastify's router),
 * so a request finds its route in time that does not grow with the number of routes. A literal
 * segment beats a parameter (e.g. /provider_personnel/unit-access over /{personnelId}); a path
 * served for other methods only is a 405 naming them.
 *
 * Paths are matched as they arrive (percent-encoded): a literal segment matches only as written,
 * and each path parameter is decoded here, so malformed encoding or a NUL character is the
 * caller's error naming the parameter rather than an unknown route.
 */
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { PlatformError, checkText } from '@lcs/platform';
import type { RouteEntry } from './manifest.ts';

export type RouteMatch<R> =
  { status: 200; route: R; params: Record<string, string> } | { status: 404 } | { status: 405; allow: string[] };

/** A path parameter, percent-decoded; malformed encoding or a NUL character names the parameter. */
export function pathParameter(raw: string, name: string): string {
  let v: string;
  try {
    v = decodeURIComponent(raw);
  } catch {
    throw new PlatformError('BAD_USER_INPUT', `the path parameter ${name} is not valid percent-encoding`, {
      field: name,
    });
  }
  checkText(v, name);
  return v;
}

/** `/clients/{clientId}` → `/clients/:clientId` (find-my-way's syntax). */
const routerPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * find-my-way decodes the path before matching; every `%` is handed to it as `%25` so that it
 * decodes back to the path as sent, and the parameters reach pathParameter undecoded.
 */
const undecoded = (path: string) => (path.includes('%') ? path.replaceAll('%', '%25') : path);

export interface Router<R> {
  match(method: string, path: string): RouteMatch<R>;
}

export function createRouter<R extends { entry: RouteEntry }>(routes: readonly R[]): Router<R> {
  // Parameters are as long as a request line allows (find-my-way's default stops at 100 characters).
  const tree = FindMyWay({ maxParamLength: 64 * 1024, caseSensitive: true, ignoreTrailingSlash: false });
  const methods: string[] = [];
  for (const route of routes) {
    const method = route.entry.method as HTTPMethod;
    tree.on(method, routerPath(route.entry.path), () => undefined, route);
    if (!methods.includes(method)) methods.push(method);
  }
  /** The route for a method, if one matches with every parameter non-empty. */
  const find = (method: string, probe: string) => {
    const found = tree.find(method as HTTPMethod, probe);
    if (!found) return undefined;
    for (const v of Object.values(found.params)) if (!v) return undefined;
    return found as unknown as { store: R; params: Record<string, string | undefined> };
  };
  return {
    match(method, path) {
      const probe = undecoded(path);
      const hit = methods.includes(method) ? find(method, probe) : undefined;
      if (!hit) {
        const allow = methods.filter((m) => m !== method && find(m, probe));
        return allow.length ? { status: 405, allow } : { status: 404 };
      }
      const params: Record<string, string> = {};
      for (const [name, raw] of Object.entries(hit.params)) params[name] = pathParameter(raw!, name);
      return { status: 200, route: hit.store, params };
    },
  };
}
