/**
 * The admin listener: `/metrics` (Prometheus text), `/healthz` and `/readyz`, on its own port bound
 * to 127.0.0.1 by default (LCS_ADMIN_HOST, LCS_ADMIN_PORT) — never on the facade's or gateway's
 * public port, so partners cannot reach it. One per process; the all-in-one has one for all parts.
 *
 * And the graceful shutdown every entry point uses on SIGTERM (`drainAndClose`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, sendJson, type Listening } from './http.ts';
import type { Metrics } from './metrics.ts';
import type { Readiness } from './readiness.ts';
import { logger } from './log.ts';
import { portOf } from './env-values.ts';

export interface AdminOptions {
  metrics?: Metrics;
  readiness?: Readiness;
  host?: string;
  /** 0: any free port. */
  port: number;
}

export function adminHandler(o: Pick<AdminOptions, 'metrics' | 'readiness'>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics') {
      if (!o.metrics) return sendJson(res, 404, { error: 'metrics are off in this process (LCS_METRICS=0)' });
      const { body, contentType } = await o.metrics.scrape();
      res.writeHead(200, {
        'content-type': contentType,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
      });
      return void res.end(body);
    }
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz' && o.readiness) return o.readiness.handle(req, res);
    sendJson(res, 404, { error: `no route ${path}; the admin listener serves /metrics, /healthz, /readyz` });
  };
}

export async function startAdmin(o: AdminOptions): Promise<Listening & { metricsUrl: string }> {
  const l = await listen(adminHandler(o), o.port, o.host ?? '127.0.0.1');
  return Object.assign(l, { metricsUrl: `${l.url}/metrics` });
}

/** The admin listener's address from the environment (the entry points' composition root). */
export function adminAddress(env: NodeJS.ProcessEnv, defaultPort: number): { host: string; port: number } {
  return { host: env.LCS_ADMIN_HOST || '127.0.0.1', port: portOf(env, 'LCS_ADMIN_PORT', defaultPort) };
}

/** Metrics are on unless LCS_METRICS=0. */
export const metricsOn = (env: NodeJS.ProcessEnv): boolean => env.LCS_METRICS !== '0';

export interface DrainSteps {
  readiness?: Readiness;
  /** Public listeners: stop accepting, let in-flight requests finish. */
  listeners: Listening[];
  /** Then these, in order (pools, timers, the admin listener last). */
  close: (() => Promise<unknown>)[];
  /** Time to let load balancers see "not ready" before listeners stop accepting (LCS_DRAIN_MS). */
  delayMs?: number;
  /** In-flight requests still running after this are cut (default 25 s, under Kubernetes' 30 s grace). */
  deadlineMs?: number;
}

/** SIGTERM: not ready → (delay) → stop accepting and finish in-flight requests → close pools. */
export async function drainAndClose(s: DrainSteps): Promise<void> {
  s.readiness?.drain();
  if (s.delayMs) await new Promise((r) => setTimeout(r, s.delayMs));
  await Promise.all(s.listeners.map((l) => l.drain(s.deadlineMs ?? 25_000)));
  for (const c of s.close) await c();
}

/** Installs SIGTERM/SIGINT handling for an entry point: drain, close, exit. */
export function onShutdown(steps: () => DrainSteps, log = logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining: not ready, finishing in-flight requests');
    drainAndClose(steps()).then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (e: Error) => {
        log.error({ err: { message: e.message } }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
