/**
 * Shared state across replicas (REDIS_URL): one ioredis connection per process, and its health.
 *
 * What lives there: the gateway's SAML outstanding requests, seen assertion ids and staff sessions
 * (gateway/src/saml-redis.ts), the facade's rate, burst and rows counters (rate-limiter-flexible's
 * RateLimiterRedis) and per-tenant concurrency leases (rest-facade/src/leases.ts). Without
 * REDIS_URL every process keeps those in memory (the all-in-one needs nothing installed).
 *
 * Degraded mode (Redis unreachable), chosen so that reads keep flowing and nothing unsafe is
 * accepted: commands fail fast (no offline queue, one retry) instead of piling up; the facade
 * falls back to per-process limits (each replica enforces the licence's limits on its own, so the
 * fleet may admit up to replicas × quota until Redis is back) and per-process concurrency; the
 * gateway refuses SAML sign-in and requests carrying a session cookie with 503 (it cannot check
 * "used once" or find the session, and accepting a replay is worse than a short outage), while
 * partner (signed context) and development callers are served. `redisHealth()` says which mode a
 * process is in; /readyz reports it without turning not-ready (a replica that cannot reach Redis
 * is no better than its peers; taking all of them out of the load balancer would stop reads too).
 */
import { Redis } from 'ioredis';
import { within } from './failure.ts';

export interface RedisHealth {
  /** Whether REDIS_URL is set at all (false: in-memory stores, never degraded). */
  configured: boolean;
  /** Redis answered a PING just now. */
  ok: boolean;
  /** How long the PING took (ms); null when it failed or Redis is not configured. */
  latencyMs: number | null;
  /** Configured but unreachable: shared limits and SAML sign-in are in their degraded mode. */
  degraded: boolean;
  /** Why not ok (safe to show: no address or credentials). */
  detail?: string;
}

export interface SharedRedis {
  client: Redis;
  /** Cheap: whether the connection is up right now (no round trip). */
  ready(): boolean;
  /** PINGs Redis (at most `timeoutMs`) and reports the mode this process is in. */
  health(timeoutMs?: number): Promise<RedisHealth>;
  close(): Promise<void>;
}

/** A prefix for every key of this platform (several deployments may share one Redis). */
export const REDIS_PREFIX = 'lcs:';

/**
 * Connects to Redis. Commands fail at once while disconnected (enableOfflineQueue off, one retry
 * per request) so callers fall into their degraded mode instead of waiting; the client keeps
 * reconnecting in the background (every ≤ 2 s).
 */
export function connectRedis(url: string, name = 'lcs'): SharedRedis {
  const client = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    lazyConnect: false,
  });
  // Errors are reported by health(); without a listener ioredis would print each reconnect attempt.
  let lastError: string | undefined;
  client.on('error', (e: Error) => {
    lastError = e.message.replace(/\d+\.\d+\.\d+\.\d+(:\d+)?/g, '<address>');
  });
  client.on('ready', () => {
    lastError = undefined;
  });
  return {
    client,
    ready: () => client.status === 'ready',
    async health(timeoutMs = 1000) {
      const t0 = performance.now();
      try {
        if (client.status !== 'ready') throw new Error(lastError ?? `connection is ${client.status}`);
        await within(client.ping(), timeoutMs);
        return {
          configured: true,
          ok: true,
          latencyMs: Math.round((performance.now() - t0) * 100) / 100,
          degraded: false,
        };
      } catch (e) {
        return { configured: true, ok: false, latencyMs: null, degraded: true, detail: (e as Error).message };
      }
    },
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}

/** Health when Redis is not configured: in-memory stores, one process, never degraded. */
export const NO_REDIS: RedisHealth = { configured: false, ok: true, latencyMs: null, degraded: false };

/** `redisHealth()` for /readyz and metrics: the given connection's, or the in-memory default. */
export function redisHealthOf(redis: SharedRedis | undefined): () => Promise<RedisHealth> {
  return redis ? () => redis.health() : async () => NO_REDIS;
}
