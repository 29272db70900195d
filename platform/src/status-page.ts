/**
 * The public status page of one environment (service description 4.4) and the maintenance gate
 * in front of the gateway and the facade (4.5, 7.2).
 *
 * Status: `/status` (server-rendered HTML, inline styles, no script, no external asset),
 * `/status.json`, `/status/feed.json` (JSON Feed 1.1: incidents and their updates, windows),
 * `/status/windows.json` and `/status/<prod|utb>.ics` (the service-window calendars). These paths
 * are exempt from maintenance, so the page answers while everything else says 503.
 *
 * Gate: during a service window or while the operator's switch is on, every other request gets
 * `503`, `Retry-After` (seconds to the window's end) and a body that is both an RFC 9457 problem
 * and a GraphQL error list naming the end. In read-only mode only writes are refused (REST:
 * methods other than GET/HEAD/OPTIONS; GraphQL mutations through `gatewayWriteGate`). Requests
 * already admitted are never cut off: the gate decides on arrival, so writes in flight finish;
 * `/healthz` reports how many are still running.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { windowsIcs, windowTitle } from './calendar.ts';
import {
  ENVIRONMENT_HEADER,
  ENVIRONMENT_LABEL,
  ENVIRONMENTS,
  KIR_STALE_DAYS,
  listIncidents,
  listWindows,
  residentRegisterAges,
  retryAfterSeconds,
  stockholmWall,
  type Environment,
  type Incident,
  type MaintenanceNow,
  type OperationsState,
  type ResidentRegisterAge,
  type ServiceWindow,
} from './operations.ts';
import { PlatformError } from './errors.ts';

export type ComponentState = 'operational' | 'degraded' | 'down' | 'maintenance';
export interface ComponentStatus {
  name: string;
  state: ComponentState;
  detail?: string;
}

export interface StatusOptions {
  ops: OperationsState;
  /** Each component's state (gateway, facade, subgraphs, database, sign-in), probed per request. */
  components: () => Promise<ComponentStatus[]>;
  /** Host name for calendar UIDs. */
  host?: string;
  now?: () => number;
}

export interface StatusSnapshot {
  environment: Environment;
  environmentLabel: string;
  generatedAt: string;
  overall: ComponentState;
  maintenance: { mode: MaintenanceNow['mode']; reason: string | null; until: string | null };
  components: ComponentStatus[];
  windows: ServiceWindow[];
  incidents: Incident[];
  residentRegister: { staleAfterDays: number; stale: { tenant: string; lastBatchAt: string | null }[] };
}

const STATUS_PATHS = new Set([
  '/status',
  '/status/',
  '/status.json',
  '/status/feed.json',
  '/status/windows.json',
  ...ENVIRONMENTS.map((e) => `/status/${e}.ics`),
]);
export const isStatusPath = (path: string): boolean => STATUS_PATHS.has(path);

export async function statusSnapshot(o: StatusOptions): Promise<StatusSnapshot> {
  const now = o.now?.() ?? Date.now();
  const { ops } = o;
  const [m, components, windows, incidents, kir] = await Promise.all([
    ops.maintenance(),
    o.components(),
    ops.windows(),
    listIncidents(ops.db, { environment: ops.environment, includeResolved: true, limit: 20 }).catch(
      () => [] as Incident[],
    ),
    residentRegisterAges(ops.db, new Date(now)).catch(() => [] as ResidentRegisterAge[]),
  ]);
  const shown = components.map((c) =>
    m.mode === 'on' && c.state === 'operational' && /gateway|facade/.test(c.name)
      ? { ...c, state: 'maintenance' as const, detail: `until ${m.until ?? 'further notice'}` }
      : c,
  );
  const rank: ComponentState[] = ['operational', 'maintenance', 'degraded', 'down'];
  const overall = shown.reduce<ComponentState>(
    (a, c) => (rank.indexOf(c.state) > rank.indexOf(a) ? c.state : a),
    'operational',
  );
  // resolved incidents older than a week drop off the page (they stay in the feed and in GraphQL)
  const recent = incidents.filter((i) => !i.resolvedAt || now - Date.parse(i.resolvedAt) < 7 * 86_400_000);
  return {
    environment: ops.environment,
    environmentLabel: ENVIRONMENT_LABEL[ops.environment],
    generatedAt: new Date(now).toISOString(),
    overall,
    maintenance: { mode: m.mode, reason: m.mode === 'off' ? null : m.reason, until: m.until },
    components: shown,
    windows,
    incidents: recent,
    residentRegister: {
      staleAfterDays: KIR_STALE_DAYS,
      stale: kir.filter((k) => k.stale).map((k) => ({ tenant: k.tenant, lastBatchAt: k.lastBatchAt })),
    },
  };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const local = (isoTime: string) => {
  const w = stockholmWall(new Date(isoTime));
  return `${w.date} ${w.time}`;
};
const STATE_SV: Record<string, string> = {
  operational: 'I drift',
  degraded: 'Störd',
  down: 'Ur drift',
  maintenance: 'Underhåll',
  investigating: 'Utreds',
  identified: 'Orsak identifierad',
  monitoring: 'Bevakas',
  resolved: 'Åtgärdad',
};
const COLOUR: Record<ComponentState, string> = {
  operational: '#166534',
  degraded: '#92400e',
  down: '#991b1b',
  maintenance: '#1e40af',
};

export function statusHtml(s: StatusSnapshot): string {
  const env = s.environment.toUpperCase();
  const badge = (st: string) => `<span class="st st-${esc(st)}">${esc(STATE_SV[st] ?? st)}</span>`;
  const rows = s.components
    .map((c) => `<tr><td>${esc(c.name)}</td><td>${badge(c.state)}</td><td>${esc(c.detail ?? '')}</td></tr>`)
    .join('');
  const windows = s.windows.length
    ? `<ul>${s.windows
        .map((w) => {
          const when = `${esc(local(w.start))} – ${esc(local(w.end))} (Europe/Stockholm)`;
          const note = w.description ? ` – ${esc(w.description)}` : '';
          return `<li><b>${esc(windowTitle(w))}</b>: ${when}${note}</li>`;
        })
        .join('')}</ul>`
    : '<p>Inga planerade servicefönster.</p>';
  const incidents = s.incidents.length
    ? s.incidents
        .map((i) => {
          const resolved = i.resolvedAt ? `, åtgärdad ${esc(local(i.resolvedAt))}` : '';
          const updates = i.updates
            .map((u) => {
              const at = `<time datetime="${esc(u.at)}">${esc(local(u.at))}</time>`;
              return `<li>${at} ${badge(u.state)} ${esc(u.message)}</li>`;
            })
            .join('');
          return (
            `<article><h3>${esc(i.title)} ${badge(i.state)}</h3>` +
            `<p class="muted">Startade ${esc(local(i.startedAt))}${resolved}</p>\n<ul>${updates}</ul></article>`
          );
        })
        .join('')
    : '<p>Inga aktuella störningar.</p>';
  const m = s.maintenance;
  const maintenanceLabel = m.mode === 'read-only' ? 'Endast läsning' : 'Underhåll pågår';
  const maintenanceUntil = m.until ? ` – beräknas klart ${esc(local(m.until))}` : '';
  const maintenance =
    m.mode === 'off' ? '' : `<p class="banner">${maintenanceLabel}: ${esc(m.reason ?? '')}${maintenanceUntil}.</p>`;
  const rr = s.residentRegister;
  const kir = rr.stale.length
    ? '<section><h2>Kommuninvånarregistret (KIR)</h2><p class="warn">' +
      `Varning: ingen avisering från Skatteverket på mer än ${rr.staleAfterDays} dagar för ` +
      `${rr.stale.map((t) => esc(t.tenant)).join(', ')}.</p></section>`
    : '';
  const envColour = s.environment === 'prod' ? '#991b1b' : '#1e40af';
  const calendars = ENVIRONMENTS.map((e) => `<a href="/status/${e}.ics">${e.toUpperCase()} (ICS)</a>`).join(' · ');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Driftstatus ${esc(env)} – Lifecare Cloud Services</title>
<link rel="alternate" type="application/feed+json" href="/status/feed.json" title="Driftstatus ${esc(env)}">
<style>
body{font-family:system-ui,sans-serif;max-width:52em;margin:1.5em auto;padding:0 1em;color:#111}
.env{display:inline-block;padding:.2em .6em;border-radius:.3em;background:${envColour};color:#fff;font-weight:bold}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left}
.st{font-weight:bold}.st-operational,.st-resolved{color:${COLOUR.operational}}
.st-degraded,.st-identified,.st-monitoring{color:${COLOUR.degraded}}
.st-down,.st-investigating{color:${COLOUR.down}}.st-maintenance{color:${COLOUR.maintenance}}
.banner{background:#dbeafe;border:1px solid #1e40af;padding:.6em}
.warn{background:#fef3c7;border:1px solid #92400e;padding:.6em}.muted{color:#555}
</style></head><body>
<header><h1>Driftstatus <span class="env">${esc(env)}</span></h1>
<p>${esc(s.environmentLabel)} · Lifecare Cloud Services · uppdaterad ${esc(local(s.generatedAt))}</p></header>
${maintenance}
<section><h2>Komponenter: ${badge(s.overall)}</h2>
<table><thead><tr><th>Komponent</th><th>Status</th><th></th></tr></thead>
<tbody>${rows}</tbody></table></section>
<section><h2>Servicefönster</h2>${windows}
<p>Kalender: ${calendars} · <a href="/status/windows.json">JSON</a></p></section>
<section><h2>Störningar</h2>${incidents}</section>
${kir}
<footer><p class="muted">Flöde för integratörer: <a href="/status/feed.json">JSON Feed</a> ·
<a href="/status.json">status.json</a></p>
</footer>
</body></html>`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): one item per incident and per planned window. */
export function statusFeed(s: StatusSnapshot, origin: string, incidents: Incident[]): Record<string, unknown> {
  const items: { date_published: string; date_modified?: string; [k: string]: unknown }[] = [
    ...incidents.map((i) => ({
      id: `incident-${i.id}`,
      url: `${origin}/status#incident-${i.id}`,
      title: `${i.title} (${STATE_SV[i.state]})`,
      content_text: i.updates.map((u) => `${u.at} ${u.state}: ${u.message}`).join('\n'),
      date_published: i.startedAt,
      date_modified: i.updatedAt,
      tags: ['incident', i.state],
    })),
    ...s.windows.map((w) => ({
      id: `service-window-${w.id}`,
      url: `${origin}/status/${w.environment}.ics`,
      title: windowTitle(w),
      content_text: `${w.start} – ${w.end}${w.description ? `: ${w.description}` : ''}`,
      date_published: w.announcedAt,
      tags: ['service-window', w.kind, ...(w.emergency ? ['emergency'] : [])],
    })),
  ];
  const when = (x: { date_published: string; date_modified?: string }) => x.date_modified ?? x.date_published;
  items.sort((a, b) => (when(b) > when(a) ? 1 : -1));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Driftstatus ${s.environment.toUpperCase()} – Lifecare Cloud Services`,
    home_page_url: `${origin}/status`,
    feed_url: `${origin}/status/feed.json`,
    items,
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

/** The status routes (exact paths), for any node:http listener. */
export function statusRoutes(
  o: StatusOptions,
): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const origin = (req: IncomingMessage) => `http://${req.headers.host ?? 'localhost'}`;
  const page = async (_req: IncomingMessage, res: ServerResponse) => {
    const html = statusHtml(await statusSnapshot(o));
    send(res, 200, 'text/html; charset=utf-8', html, {
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    '/status': page,
    '/status/': page,
    '/status.json': async (_req, res) =>
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(await statusSnapshot(o))),
    '/status/feed.json': async (req, res) => {
      const s = await statusSnapshot(o);
      const all = await listIncidents(o.ops.db, { environment: o.ops.environment, includeResolved: true, limit: 50 });
      send(res, 200, 'application/feed+json; charset=utf-8', JSON.stringify(statusFeed(s, origin(req), all)));
    },
    '/status/windows.json': async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const e = url.searchParams.get('environment');
      if (e !== null && !(ENVIRONMENTS as readonly string[]).includes(e))
        return send(
          res,
          400,
          'application/json; charset=utf-8',
          JSON.stringify({ error: 'environment must be prod or utb' }),
        );
      const windows = await listWindows(o.ops.db, {
        environment: (e ?? undefined) as Environment | undefined,
        since: new Date((o.now?.() ?? Date.now()) - 30 * 86_400_000),
      });
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ timeZone: 'Europe/Stockholm', windows }));
    },
  };
  for (const e of ENVIRONMENTS) {
    routes[`/status/${e}.ics`] = async (_req, res) => {
      const windows = await listWindows(o.ops.db, {
        environment: e,
        since: new Date((o.now?.() ?? Date.now()) - 90 * 86_400_000),
      });
      send(res, 200, 'text/calendar; charset=utf-8', windowsIcs(e, windows, o.host ?? 'lcs.local'), {
        'content-disposition': `inline; filename="lcs-${e}.ics"`,
      });
    };
  }
  return routes;
}

export interface GateOptions {
  ops: OperationsState;
  /** 'graphql': the gateway (mutations are refused in read-only mode by gatewayWriteGate); 'rest': the facade. */
  api: 'graphql' | 'rest';
  /** Routes answered before the gate (status pages), by exact path. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => unknown>;
  /** Paths that pass in maintenance too (health, readiness). */
  exempt?: (path: string) => boolean;
}

/** The body of a maintenance answer: an RFC 9457 problem that is also a GraphQL error list. */
export function maintenanceBody(m: MaintenanceNow, retryAfter: number, what = 'the service'): Record<string, unknown> {
  const until = m.until ? ` until ${m.until}` : '';
  const detail = `${what} is in maintenance (${m.reason})${until}; retry after ${retryAfter} s`;
  return {
    type: 'https://lcs.example/problems/maintenance',
    title: 'Service unavailable',
    status: 503,
    detail,
    code: 'UNAVAILABLE',
    maintenance: { mode: m.mode, reason: m.reason, until: m.until, windowId: m.window?.id ?? null, retryAfter },
    errors: [{ message: detail, extensions: { code: 'UNAVAILABLE', until: m.until, retryAfter } }],
  };
}

function refuse(res: ServerResponse, m: MaintenanceNow, what: string): void {
  const retryAfter = retryAfterSeconds(m.until);
  const body = JSON.stringify(maintenanceBody(m, retryAfter, what));
  res.writeHead(503, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfter),
    'cache-control': 'no-store',
  });
  res.end(body);
}

export interface Gated {
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Requests admitted and not yet answered (writes in flight finish before a shutdown or upgrade). */
  inFlight(): number;
}

/** The maintenance state the gate admitted a request under (one request, one view of the state). */
const admittedUnder = new WeakMap<IncomingMessage, MaintenanceNow>();
/** What the gate saw when it let `req` through; undefined for requests that did not pass a gate. */
export function maintenanceSeen(req: IncomingMessage): MaintenanceNow | undefined {
  return admittedUnder.get(req);
}

/** Wraps a listener's handler: environment header on every answer, status routes, maintenance. */
export function maintenanceGate(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  o: GateOptions,
): Gated {
  let running = 0;
  const gated = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader(ENVIRONMENT_HEADER, o.ops.environment);
    const path = (req.url ?? '/').split('?')[0]!;
    try {
      const route = o.routes?.[path];
      if (route) return void (await route(req, res));
      if (path === '/healthz') {
        const m = await o.ops.maintenance();
        const body = JSON.stringify({
          status: 'ok',
          environment: o.ops.environment,
          maintenance: m.mode,
          ...(m.mode !== 'off' ? { reason: m.reason, until: m.until } : {}),
          inFlight: running,
        });
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        return void res.end(body);
      }
      if (!o.exempt?.(path)) {
        const m = await o.ops.maintenance();
        const write = !['GET', 'HEAD', 'OPTIONS'].includes(req.method ?? 'GET');
        if (m.mode === 'on' || (m.mode === 'read-only' && o.api === 'rest' && write))
          return refuse(res, m, o.api === 'rest' ? 'the REST API' : 'the GraphQL API');
        // the handler decides on this same state, not on a newer read that may disagree with it
        admittedUnder.set(req, m);
      }
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      const body = JSON.stringify({
        status: 503,
        title: 'Service unavailable',
        detail: e instanceof PlatformError ? e.message : 'operations state unavailable',
      });
      res.writeHead(503, { 'content-type': 'application/problem+json; charset=utf-8', 'retry-after': '5' });
      return void res.end(body);
    }
    running++;
    try {
      await handler(req, res);
    } finally {
      running--;
    }
  };
  return { handler: gated, inFlight: () => running };
}

/**
 * For the gateway's Apollo plugin: refuses a mutation while in read-only maintenance (and any
 * operation in full maintenance — in-process callers such as the facade skip the HTTP gate).
 */
export function gatewayWriteGate(ops: OperationsState) {
  return async (
    kind: 'query' | 'mutation' | 'subscription',
    seen?: MaintenanceNow,
  ): Promise<{ status: number; retryAfter: number; message: string; body: Record<string, unknown> } | undefined> => {
    const m = seen ?? (await ops.maintenance());
    if (m.mode === 'off' || (m.mode === 'read-only' && kind === 'query')) return undefined;
    const retryAfter = retryAfterSeconds(m.until);
    const body = maintenanceBody(m, retryAfter, m.mode === 'read-only' ? 'writing' : 'the service');
    return { status: 503, retryAfter, message: body.detail as string, body };
  };
}
