/**
 * Fair share across facade replicas (REDIS_URL): the counters and in-flight slots FairShare keeps
 * (fair-share.ts), on Redis so that a key's quota and a tenant's concurrency hold for the fleet,
 * not per process.
 *
 * - Rate and burst: each key's token bucket (GCRA, key-rates.ts) as one number on Redis, its
 *   theoretical arrival time, read and moved on by one Lua script per request on Redis's clock.
 * - Rows budget: rate-limiter-flexible's RateLimiterRedis (an atomic INCRBY with a TTL in one Lua
 *   call per request).
 * - Both with an in-memory insurance of the same limits: while Redis is unreachable each replica
 *   counts on its own (degraded: the fleet may then admit up to replicas × quota; nothing is
 *   refused because Redis is down).
 * - Concurrency per tenant: leases, not counters — a sorted set per tenant of lease ids scored by
 *   their expiry (Redis server time). Acquiring drops expired leases, then adds one if fewer than
 *   the limit remain (one Lua script, atomic); a held lease is renewed every third of its TTL and
 *   removed on release. A replica that dies mid-request stops renewing, so its slots come back
 *   within one TTL instead of being lost for good (a plain INCR/DECR counter would leak them).
 *   While Redis is unreachable, slots are counted per process (today's behaviour).
 */
import { randomBytes } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { REDIS_PREFIX, type SharedRedis } from '@lcs/platform/redis';
import { MemoryKeyRates, type KeyRate, type KeyRates } from './key-rates.ts';

/** `remote` on Redis; while Redis is unreachable (or the call fails), this process's own `local`. */
async function onRedis<T>(redis: SharedRedis, remote: () => Promise<T>, local: () => T | Promise<T>): Promise<T> {
  if (redis.ready()) {
    try {
      return await remote();
    } catch {
      // Redis away: counted by this process meanwhile
    }
  }
  return local();
}

/** A held in-flight slot. */
export interface Lease {
  release(): void;
}

/** In-flight slots per tenant, with a limit. */
export interface ConcurrencyLeases {
  /** A slot, or undefined when the tenant already holds `limit`. */
  acquire(tenant: string, limit: number): Promise<Lease | undefined>;
  /** Slots the tenant holds now. */
  inFlight(tenant: string): Promise<number>;
}

/** One process's slots (the all-in-one, and the degraded mode of RedisLeases). */
export class LocalLeases implements ConcurrencyLeases {
  private readonly held = new Map<string, number>();

  async acquire(tenant: string, limit: number): Promise<Lease | undefined> {
    return this.acquireNow(tenant, limit);
  }

  acquireNow(tenant: string, limit: number): Lease | undefined {
    const n = this.held.get(tenant) ?? 0;
    if (n >= limit) return undefined;
    this.held.set(tenant, n + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.held.get(tenant) ?? 1) - 1;
        if (left > 0) this.held.set(tenant, left);
        else this.held.delete(tenant);
      },
    };
  }

  async inFlight(tenant: string): Promise<number> {
    return this.held.get(tenant) ?? 0;
  }
}

const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) `;
/** KEYS[1] tenant's set; ARGV limit, ttl ms, lease id → 1 acquired, 0 at the limit. */
const ACQUIRE = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1`;
/** KEYS[1]; ARGV ttl ms, lease ids… → renews those still held. */
const RENEW = `${NOW_MS}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 1`;
/** KEYS[1] → leases not expired. */
const COUNT = `${NOW_MS} return redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf')`;

type LeaseCommands = {
  lcsLeaseAcquire(key: string, limit: number, ttlMs: number, id: string): Promise<number>;
  lcsLeaseRenew(key: string, ttlMs: number, ...ids: string[]): Promise<number>;
  lcsLeaseCount(key: string): Promise<number>;
};

export interface RedisLeasesOptions {
  /** How long a lease outlives its last renewal (ms): what a dead replica's slot costs at most. Default 30 s. */
  ttlMs?: number;
}

export class RedisLeases implements ConcurrencyLeases {
  private readonly ttl: number;
  private readonly local = new LocalLeases();
  /** Leases held by this process, per tenant (renewed together). */
  private readonly mine = new Map<string, Set<string>>();
  private readonly timer: NodeJS.Timeout;
  private readonly cmd: LeaseCommands;

  constructor(
    private readonly redis: SharedRedis,
    o: RedisLeasesOptions = {},
  ) {
    this.ttl = o.ttlMs ?? 30_000;
    const c = redis.client;
    c.defineCommand('lcsLeaseAcquire', { numberOfKeys: 1, lua: ACQUIRE });
    c.defineCommand('lcsLeaseRenew', { numberOfKeys: 1, lua: RENEW });
    c.defineCommand('lcsLeaseCount', { numberOfKeys: 1, lua: COUNT });
    this.cmd = c as unknown as LeaseCommands;
    this.timer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.ttl / 3)));
    this.timer.unref();
  }

  private key = (tenant: string) => `${REDIS_PREFIX}inflight:${tenant}`;

  private async renew(): Promise<void> {
    for (const [tenant, ids] of this.mine) {
      if (!ids.size) continue;
      try {
        await this.cmd.lcsLeaseRenew(this.key(tenant), this.ttl, ...ids);
      } catch {
        // Redis away: the leases expire there; this process counts locally meanwhile
      }
    }
  }

  async acquire(tenant: string, limit: number): Promise<Lease | undefined> {
    if (!this.redis.ready()) return this.local.acquireNow(tenant, limit);
    const id = randomBytes(12).toString('base64url');
    let got: number;
    try {
      got = await this.cmd.lcsLeaseAcquire(this.key(tenant), limit, this.ttl, id);
    } catch {
      return this.local.acquireNow(tenant, limit);
    }
    if (!got) return undefined;
    let ids = this.mine.get(tenant);
    if (!ids) this.mine.set(tenant, (ids = new Set()));
    ids.add(id);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        ids!.delete(id);
        if (!ids!.size) this.mine.delete(tenant);
        this.redis.client.zrem(this.key(tenant), id).catch(() => {}); // if this fails, the lease expires
      },
    };
  }

  inFlight(tenant: string): Promise<number> {
    return onRedis(
      this.redis,
      () => this.cmd.lcsLeaseCount(this.key(tenant)),
      () => this.local.inFlight(tenant),
    );
  }

  close(): void {
    clearInterval(this.timer);
  }
}

/**
 * KEYS[1] the key's TAT; ARGV interval ms, burst, 1 to take (0 to peek) → 0 admitted (and, when
 * taking, the TAT moved on), else the ms to wait. The same step as `gcra` in key-rates.ts.
 */
const GCRA = `${NOW_MS}
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local wait = tat - tonumber(ARGV[2]) * interval - now
if wait > 0 then return math.ceil(wait) end
if ARGV[3] == '1' then redis.call('SET', KEYS[1], tostring(tat + interval), 'PX', math.ceil(tat + interval - now)) end
return 0`;

type RateCommands = { lcsKeyRate(key: string, interval: number, burst: number, take: 0 | 1): Promise<number> };

/** Key rates on Redis (for the fleet), this process's own while Redis is unreachable. */
export class RedisKeyRates implements KeyRates {
  private readonly local = new MemoryKeyRates();
  private readonly cmd: RateCommands;

  constructor(private readonly redis: SharedRedis) {
    redis.client.defineCommand('lcsKeyRate', { numberOfKeys: 1, lua: GCRA });
    this.cmd = redis.client as unknown as RateCommands;
  }

  private step(key: string, rate: KeyRate, take: 0 | 1): Promise<number> {
    return onRedis(
      this.redis,
      () => this.cmd.lcsKeyRate(`${REDIS_PREFIX}rate:${key}`, rate.interval, rate.burst, take),
      () => (take ? this.local.takeNow(key, rate) : this.local.peekNow(key, rate)),
    );
  }

  take(key: string, rate: KeyRate): Promise<number> {
    return this.step(key, rate, 1);
  }

  peek(key: string, rate: KeyRate): Promise<number> {
    return this.step(key, rate, 0);
  }
}

/** FairShare's counter factory on Redis, with an in-memory insurance limiter of the same limits. */
export function redisLimiter(
  redis: SharedRedis,
): (o: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract {
  return ({ keyPrefix, points, duration }) =>
    new RateLimiterRedis({
      storeClient: redis.client,
      keyPrefix: `${REDIS_PREFIX}${keyPrefix}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
    });
}
