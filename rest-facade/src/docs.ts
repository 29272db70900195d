/**
 * The facade's documentation, offline: `/openapi.json` (the generated OpenAPI 3.1 document) and
 * `/docs`, a Swagger UI page whose script, styles and icon are served by the facade itself from
 * the swagger-ui-dist package, never from a CDN. The page loads nothing from another origin (its
 * Content-Security-Policy says so to the browser too), runs no inline script, and disables
 * Swagger UI's online validator badge, the one feature that would call out.
 *
 * `docsRoutes(openapi)` is a handler map for `createFacade({ extra })`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface DocsOptions {
  /** Path of the page; its assets are served below it (default /docs). */
  prefix?: string;
  /** Path of the OpenAPI document (default /openapi.json). */
  specPath?: string;
  /** Page title (default: the document's info.title). */
  title?: string;
}

/** The swagger-ui-dist assets the page uses, by the name it is served under. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** Served to the browser as a policy: same origin only (Swagger UI's icons are data: URIs). */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

let distDir: string | undefined;
/** The installed swagger-ui-dist folder. */
export function swaggerUiDist(): string {
  distDir ??= dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return distDir;
}

interface Body {
  type: string;
  raw: Buffer;
  gz?: Buffer;
  etag: string;
  headers?: Record<string, string>;
  cache: string;
}

const body = (type: string, content: string | Buffer, cache: string, headers?: Record<string, string>): Body => {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { type, raw, etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`, cache, headers };
};

/** Serves a body: GET and HEAD, ETag/If-None-Match, gzip when accepted (text only). */
function serve(load: () => Body): Handler {
  let b: Body | undefined;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('method not allowed\n');
    }
    b ??= load();
    const headers: Record<string, string | number> = {
      'content-type': b.type,
      etag: b.etag,
      'cache-control': b.cache,
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
      ...b.headers,
    };
    if (
      String(req.headers['if-none-match'] ?? '')
        .split(',')
        .some((t) => t.trim().replace(/^W\//, '') === b!.etag)
    ) {
      res.writeHead(304, headers);
      return void res.end();
    }
    let data = b.raw;
    if (!b.type.startsWith('image/') && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      b.gz ??= gzipSync(b.raw);
      data = b.gz;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = data.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `/docs` (and its assets) and `/openapi.json`, for `createFacade({ extra })`. */
export function docsRoutes(openapi: object, o: DocsOptions = {}): Record<string, Handler> {
  const prefix = o.prefix ?? '/docs';
  const specPath = o.specPath ?? '/openapi.json';
  const info = (openapi as { info?: { title?: string } }).info;
  const title = o.title ?? info?.title ?? 'API';
  const asset = (name: string) => `${prefix}/${name}`;

  const specLink = `<a href="${specPath}">${specPath}</a>`;
  const page = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${asset('swagger-ui.css')}">`,
    `<link rel="icon" type="image/png" href="${asset('favicon-32x32.png')}">`,
    '<style>body { margin: 0; } .swagger-ui .topbar { display: none; }</style>',
    '</head>',
    '<body>',
    `<noscript>This page needs JavaScript; the OpenAPI document is at ${specLink}.</noscript>`,
    `<div id="swagger-ui" data-spec-url="${specPath}"></div>`,
    `<script src="${asset('swagger-ui-bundle.js')}"></script>`,
    `<script src="${asset('init.js')}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');

  // No inline script (the CSP forbids it): the initialiser is a file of its own.
  const init = `'use strict';
(function () {
  var el = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: new URL(el.getAttribute('data-spec-url'), window.location.href).href,
    domNode: el,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    displayOperationId: true,
    docExpansion: 'none',
    defaultModelsExpandDepth: 0,
    filter: true,
    tryItOutEnabled: false,
    persistAuthorization: false,
  });
})();
`;

  const dist = (name: string) => () =>
    body(ASSETS[name]!, readFileSync(join(swaggerUiDist(), name)), 'public, max-age=86400');
  const pageHandler = serve(() =>
    body('text/html; charset=utf-8', page, 'no-cache', {
      'content-security-policy': CSP,
      'referrer-policy': 'no-referrer',
    }),
  );
  const routes: Record<string, Handler> = {
    [prefix]: pageHandler,
    [`${prefix}/`]: pageHandler,
    [asset('init.js')]: serve(() => body('text/javascript; charset=utf-8', init, 'no-cache')),
    [specPath]: serve(() =>
      body('application/json; charset=utf-8', JSON.stringify(openapi), 'no-cache', {
        'access-control-allow-origin': '*',
      }),
    ),
  };
  for (const name of Object.keys(ASSETS)) routes[asset(name)] = serve(dist(name));
  return routes;
}
