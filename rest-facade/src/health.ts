/**
 * The facade's /healthz (the process answers) and /readyz (it can serve: its database and the
 * gateway answer). Shared state (Redis) is reported but does not make the facade not-ready: without
 * it the facade serves with per-process limits (status "degraded"). While draining (SIGTERM) it is
 * not ready, so a load balancer stops sending new requests before the process goes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { within } from '@lcs/platform';
import type { RedisHealth } from '@lcs/platform/redis';

export interface FacadeHealthOptions {
  /** Checks that must pass for readiness, by name (throw or reject: not ready). */
  checks: Record<string, () => Promise<unknown>>;
  redisHealth?: () => Promise<RedisHealth>;
  draining?: () => boolean;
  timeoutMs?: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function json(res: ServerResponse, status: number, body: unknown) {
  const s = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(s),
    'cache-control': 'no-store',
  });
  res.end(s);
}

export function healthRoutes(o: FacadeHealthOptions): Record<'/healthz' | '/readyz', Handler> {
  const timeout = o.timeoutMs ?? 2000;
  return {
    '/healthz': (_req, res) => json(res, 200, { status: 'ok' }),
    '/readyz': async (_req, res) => {
      if (o.draining?.()) return json(res, 503, { status: 'draining' });
      const checks = await Promise.all(
        Object.entries(o.checks).map(async ([name, check]) => {
          try {
            await within(check(), timeout);
            return { name, ready: true };
          } catch (e) {
            return { name, ready: false, detail: (e as Error).message };
          }
        }),
      );
      const ready = checks.every((c) => c.ready);
      const redis = o.redisHealth ? await o.redisHealth() : undefined;
      json(res, ready ? 200 : 503, {
        status: ready ? (redis?.degraded ? 'degraded' : 'ready') : 'unavailable',
        checks,
        ...(redis ? { redis } : {}),
      });
    },
  };
}
