/**
 * The administrators' web console at `/console/` and the GraphQL explorer (GraphiQL) at
 * `/graphql` for browsers, both static files built by the console package (console/dist).
 *
 * Served with a strict Content-Security-Policy: scripts, styles, fonts and data from this origin
 * only, no inline scripts, nothing external. The console's pages hold no data; everything they
 * show comes from the gateway's GraphQL as the signed-in user (so it is audited and tenant-scoped
 * like any other call). The explorer is for signed-in staff; it is off with NODE_ENV=production
 * unless LCS_GRAPHQL_EXPLORER=1 (and on elsewhere unless LCS_GRAPHQL_EXPLORER=0).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { isTenantAdministrator, sendJson, type Principal, type Route } from '@lcs/platform';

export const CONSOLE_PATH = '/console/';

/** The console's CSP: nothing inline, nothing from elsewhere. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src " +
  "'self'; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/**
 * The explorer's CSP: the same, but GraphiQL's editor (monaco) adds style elements at run time
 * and runs its language services in workers from this origin. Still no inline or foreign script.
 */
export const EXPLORER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self' blob:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Whether the explorer is served: never in production unless asked for, always elsewhere unless turned off. */
export function explorerEnabled(env: NodeJS.ProcessEnv, production: boolean): boolean {
  const v = env.LCS_GRAPHQL_EXPLORER;
  return production ? v === '1' || v === 'true' : v !== '0' && v !== 'false';
}

export interface ConsoleOptions {
  /** The built console (console/dist). */
  dir: string;
  /** The signed-in staff member of the request, if any (the SAML session). */
  staff(req: IncomingMessage): Promise<Principal | undefined>;
  explorer: boolean;
  /** The facade's persisted operations (id → document), offered in the explorer as examples. */
  persisted?: Record<string, string>;
}

function headers(csp: string, type: string, cache: string): Record<string, string> {
  return {
    'content-type': type,
    'cache-control': cache,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}

function htmlPage(res: ServerResponse, status: number, title: string, body: string) {
  const page =
    `<!doctype html><html lang="en"><meta ` +
    `charset="utf-8"><title>${title}</title><body><h1>${title}</h1>${body}</body></html>`;
  res.writeHead(status, headers(CONSOLE_CSP, 'text/html; charset=utf-8', 'no-store'));
  res.end(page);
}

export interface ConsoleRoutes {
  /** Exact-path routes (`/console`, `/console/session`, `/console/examples`). */
  routes: Record<string, Route>;
  /** Prefix routes (`/console/` → index and assets). */
  prefixRoutes: Record<string, Route>;
  /** Serves the explorer when a browser asks `/graphql` for HTML; false when the request is not that. */
  explorer(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Whether the explorer is on (the gateway then answers introspection, which GraphiQL needs). */
  explorerOn: boolean;
}

export function consoleRoutes(o: ConsoleOptions): ConsoleRoutes {
  const root = resolve(o.dir);
  const built = () => existsSync(join(root, 'index.html'));
  const notBuilt = (res: ServerResponse) =>
    htmlPage(
      res,
      503,
      'Console not built',
      '<p>Run <code>pnpm build</code> (the console package builds to console/dist).</p>',
    );

  function file(res: ServerResponse, rel: string, csp: string, cache: string): boolean {
    const path = resolve(root, rel);
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return false;
    const ext = /\.[a-z0-9]+$/i.exec(path)?.[0]?.toLowerCase() ?? '';
    res.writeHead(200, {
      ...headers(csp, TYPES[ext] ?? 'application/octet-stream', cache),
      'content-length': String(statSync(path).size),
    });
    createReadStream(path).pipe(res);
    return true;
  }

  const session: Route = async (req, res) => {
    const p = await o.staff(req);
    res.setHeader('cache-control', 'no-store');
    sendJson(
      res,
      200,
      p
        ? {
            signedIn: true,
            tenant: p.tenant,
            user: p.sub,
            name: p.name ?? null,
            roles: p.roles ?? [],
            administrator: isTenantAdministrator(p),
            explorer: o.explorer,
          }
        : { signedIn: false, explorer: o.explorer },
    );
  };

  const examples: Route = async (req, res) => {
    if (!(await o.staff(req)))
      return sendJson(res, 401, { errors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }] });
    // One example per operation name (the persisted list holds each operation once per package).
    const seen = new Map<string, { query: string; mutation: boolean }>();
    for (const doc of Object.values(o.persisted ?? {})) {
      const m = /^\s*(query|mutation)\s+(\w+)/m.exec(doc);
      if (m && !seen.has(m[2]!)) seen.set(m[2]!, { query: doc, mutation: m[1] === 'mutation' });
    }
    res.setHeader('cache-control', 'no-store');
    // reads first (safe to try), then the writes
    const list = [...seen].sort(([a, x], [b, y]) => Number(x.mutation) - Number(y.mutation) || a.localeCompare(b));
    sendJson(
      res,
      200,
      list.map(([name, e]) => ({ name, query: e.query })),
    );
  };

  const assets: Route = async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, { errors: [{ message: 'GET only', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    if (!built()) return notBuilt(res);
    const rel = url.pathname.slice(CONSOLE_PATH.length);
    if (rel === '' || rel === 'index.html') {
      if (!file(res, 'index.html', CONSOLE_CSP, 'no-store')) notBuilt(res);
      return;
    }
    // hashed, immutable build output only
    if (/^assets\/[A-Za-z0-9._-]+$/.test(rel) && file(res, rel, CONSOLE_CSP, 'public, max-age=31536000, immutable'))
      return;
    htmlPage(res, 404, 'Not found', `<p><a href="${CONSOLE_PATH}">The console</a>.</p>`);
  };

  return {
    explorerOn: o.explorer,
    routes: {
      '/console': (_req, res) => {
        res.writeHead(301, { location: CONSOLE_PATH });
        res.end();
      },
      '/console/session': session,
      '/console/examples': examples,
    },
    prefixRoutes: { [CONSOLE_PATH]: assets },
    async explorer(req, res) {
      if (!o.explorer || req.method !== 'GET') return false;
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== '/graphql') return false;
      // GraphQL over GET (?query=…) stays GraphQL; a browser opening the page asks for HTML.
      if (url.searchParams.has('query') || !/\btext\/html\b/.test(String(req.headers.accept ?? ''))) return false;
      if (!built()) {
        notBuilt(res);
        return true;
      }
      if (!(await o.staff(req))) {
        htmlPage(
          res,
          401,
          'Sign in to use the GraphQL explorer',
          `<p>The explorer is for signed-in staff: <a href="${CONSOLE_PATH}">sign in</a>, then come back to <a ` +
            `href="/graphql">/graphql</a>.</p>`,
        );
        return true;
      }
      if (!file(res, 'explorer.html', EXPLORER_CSP, 'no-store')) notBuilt(res);
      return true;
    },
  };
}
