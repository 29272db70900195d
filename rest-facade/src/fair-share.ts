/**
 * Fair share between the tenants and keys on shared servers (customer document §5.6): per key a
 * sustained rate with a burst allowance (a token bucket, key-rates.ts) and a budget of rows per
 * minute for bulk reads, per tenant a limit on requests in flight. Excess is refused with 429 and
 * Retry-After (seconds). Limits come from the licence (iam `licence.limits`), with defaults for
 * what it leaves unset. Usage per key (requests, rows, refusals) is counted per minute and written
 * in batches (iam `api_key_usage`).
 *
 * The rate is a token bucket (GCRA, key-rates.ts): a flood's admitted requests are spaced evenly at
 * the key's rate. The rows budget is counted with rate-limiter-flexible (a fixed minute). Both in
 * memory by default (one facade process); for several facade processes pass shared `rates`, a
 * `limiter` factory over a shared store and shared `leases` for the in-flight slots
 * (shared-limits.ts: the same on Redis, and expiring leases).
 *
 * A key already over its limits is refused before its credentials are checked (`refuseEarly`):
 * a flood of refused requests then costs no database lookup each. Only the exact key that was
 * verified before is recognised (by the SHA-256 digest of the whole key, kept in memory), so
 * nobody can get another's key refused by presenting its public id; and nothing is admitted
 * early: every admitted request is verified as before.
 */
import { createHash } from 'node:crypto';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  DEFAULT_LIMITS,
  effectiveLimits,
  PlatformError,
  logger,
  safeError,
  type Limits,
  type Metrics,
} from '@lcs/platform';
import type { UsageDelta } from '@lcs/iam/credentials';
import { availableParallelism } from 'node:os';
import { LocalLeases, type ConcurrencyLeases } from './shared-limits.ts';
import { FairGate } from './fair-gate.ts';
import { MemoryKeyRates, type KeyRate, type KeyRates } from './key-rates.ts';

/** Who is counted: the caller's tenant and key, and the licence's own limits. */
export interface Metered {
  tenant: string;
  keyId: string;
  limits?: Partial<Limits>;
  /** The licensed package (for metrics labels only). */
  package?: string;
}

/** Usage counts of one key and minute, as iam's recordUsage writes them (one definition, iam's). */
export type { UsageDelta };

export interface FairShareOptions {
  /** Defaults for limits a licence leaves unset. */
  defaults?: Partial<Limits>;
  /** Each key's request rate (token buckets); default this process's (MemoryKeyRates). */
  rates?: KeyRates;
  /** Makes the rows budget's counter; default RateLimiterMemory. */
  limiter?: (o: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;
  /** Writes usage counts (batched); none: usage is not recorded. */
  record?: (deltas: UsageDelta[]) => Promise<void>;
  /** How often usage is written, in ms. */
  flushEveryMs?: number;
  /** Admissions, 429s (by reason) and requests in flight per tenant; none: not recorded. */
  metrics?: Metrics;
  /** In-flight slots per tenant; default: this process's (LocalLeases). */
  leases?: ConcurrencyLeases;
  /**
   * Admitted requests working at once in this process, taking turns fairly between tenants
   * (fair-gate.ts): beyond it a request waits, and the next turn goes to the tenant with the
   * fewest working. Default `DEFAULT_WORKING_PER_CORE` × the CPU cores; 0: no gate.
   */
  working?: number;
}

/** Admitted requests working at once per CPU core, by default (measured: `pnpm bench --only p5`). */
export const DEFAULT_WORKING_PER_CORE = 2;

export type RefusalReason = 'rate' | 'rows' | 'concurrency';

export interface Admission {
  /**
   * Waits for this request's turn to work (the fair gate, fair-gate.ts): call right before the
   * work (the operation's execution), after anything that waits on the caller (reading a body).
   */
  turn(): Promise<void>;
  /** Ends the turn once the work is done, before a response is streamed to a possibly slow caller. */
  endTurn(): void;
  /** Call once the request has finished (frees the tenant's in-flight slot; ends the turn). */
  release(): void;
}

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Keys remembered for early refusal, at most (the memory is cleared beyond). */
const MAX_KNOWN_KEYS = 10_000;
const digest = (key: string) => createHash('sha256').update(key).digest('base64');

/**
 * A refusal (429). Without a stack: a refusal is an answer, not a fault, nothing logs its frames,
 * and a flood is refused a few hundred times a second (capturing the stack was ~60 µs of each
 * refusal's ~0.5 ms on the event loop: a CPU profile under `bench/neighbour-cost.ts flood --full`).
 */
export function rateLimited(seconds: number, message: string): PlatformError {
  const frames = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new PlatformError('RATE_LIMITED', message, { retryAfter: seconds });
  } finally {
    Error.stackTraceLimit = frames;
  }
}

export class FairShare {
  private readonly defaults: Limits;
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly rates: KeyRates;
  private readonly leases: ConcurrencyLeases;
  private readonly usage = new Map<string, UsageDelta>();
  /** Verified keys (digest of the whole key) → who they were verified as. */
  private readonly known = new Map<string, Metered>();
  private readonly timer?: NodeJS.Timeout;

  private localInFlight = 0;
  /** Fair turns between tenants for the admitted requests' work in this process. */
  readonly gate?: FairGate;

  constructor(private readonly o: FairShareOptions = {}) {
    this.defaults = { ...DEFAULT_LIMITS, ...o.defaults };
    this.leases = o.leases ?? new LocalLeases();
    this.rates = o.rates ?? new MemoryKeyRates();
    const working = o.working ?? DEFAULT_WORKING_PER_CORE * availableParallelism();
    if (working > 0) this.gate = new FairGate(working);
    if (o.record) {
      this.timer = setInterval(
        () => void this.flush().catch((e: Error) => logger.warn({ err: safeError(e) }, 'usage not recorded')),
        o.flushEveryMs ?? 5000,
      );
      this.timer.unref();
    }
  }

  limitsOf(m: Metered): Limits {
    return effectiveLimits(m.limits, this.defaults);
  }

  /** The rows budget's counter for a licence's rows per minute (licences differ in points). */
  private rowsBudget(l: Limits): RateLimiterAbstract {
    const points = l.rowsPerMinute;
    const keyPrefix = `lcs-fair-rows-${points}-60`;
    let c = this.limiters.get(keyPrefix);
    if (!c) {
      c =
        this.o.limiter?.({ keyPrefix, points, duration: 60 }) ??
        new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      this.limiters.set(keyPrefix, c);
    }
    return c;
  }

  /** A key's token bucket: one request every 60,000 ÷ rate ms, `burst` at once above that. */
  private rateOf(l: Limits): KeyRate {
    return { interval: 60_000 / l.ratePerMinute, burst: l.burst };
  }

  private overRate(l: Limits, waitMs: number): PlatformError {
    return rateLimited(
      retryAfter(waitMs),
      `this key is over its rate (${l.ratePerMinute} requests per minute, burst ${l.burst}); retry later`,
    );
  }

  /** Counts a 429 (usage and metrics). */
  private refused(m: Metered, reason: RefusalReason): void {
    this.count(m, { rejects: 1 });
    this.o.metrics?.fairShareRefusals.inc({ tenant: m.tenant, reason });
  }

  private count(m: Metered, d: Partial<Pick<UsageDelta, 'requests' | 'rows' | 'rejects'>>): void {
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const k = `${m.tenant}\u0000${m.keyId}\u0000${minute.getTime()}`;
    const u = this.usage.get(k) ?? { tenant: m.tenant, keyId: m.keyId, minute, requests: 0, rows: 0, rejects: 0 };
    u.requests += d.requests ?? 0;
    u.rows += d.rows ?? 0;
    u.rejects += d.rejects ?? 0;
    this.usage.set(k, u);
  }

  /** Remembers a key the credential checks accepted, as the caller it belongs to (for `refuseEarly`). */
  remember(key: string, m: Metered): void {
    if (this.known.size >= MAX_KNOWN_KEYS) this.known.clear();
    this.known.set(digest(key), { tenant: m.tenant, keyId: m.keyId, limits: m.limits, package: m.package });
  }

  /** Who a key was verified as before (for labelling an early refusal), if it was. */
  knownAs(key: string): Metered | undefined {
    return this.known.get(digest(key));
  }

  /**
   * Before the credential checks: throws RATE_LIMITED (429) if the presented key is one verified
   * before and its requests would be refused now anyway (tenant at its in-flight limit, key over
   * its rate and burst, or over its rows budget). Consumes nothing; an unknown key passes.
   */
  async refuseEarly(key: string): Promise<void> {
    const m = this.known.get(digest(key));
    if (!m) return;
    const l = this.limitsOf(m);
    if ((await this.leases.inFlight(m.tenant)) >= l.concurrency) {
      this.refused(m, 'concurrency');
      throw rateLimited(1, `the tenant has ${l.concurrency} requests in flight already; retry shortly`);
    }
    const id = `${m.tenant}:${m.keyId}`;
    const [wait, rows] = await Promise.all([this.rates.peek(id, this.rateOf(l)), this.rowsBudget(l).get(id)]);
    if (wait > 0) {
      this.refused(m, 'rate');
      throw this.overRate(l, wait);
    }
    if (rows && rows.consumedPoints >= l.rowsPerMinute) {
      this.refused(m, 'rows');
      throw rateLimited(
        retryAfter(rows.msBeforeNext),
        `this key has read its ${l.rowsPerMinute} rows for this minute; retry later`,
      );
    }
  }

  /**
   * Admits a request or throws RATE_LIMITED (429) with the seconds to wait. The admitted request
   * then takes its turn at the gate (`Admission.turn`), held in its tenant's in-flight count while
   * it waits.
   */
  async admit(m: Metered): Promise<Admission> {
    const l = this.limitsOf(m);
    const key = `${m.tenant}:${m.keyId}`;
    const wait = await this.rates.take(key, this.rateOf(l));
    if (wait > 0) {
      this.refused(m, 'rate');
      throw this.overRate(l, wait);
    }
    const rows = await this.rowsBudget(l).get(key);
    if (rows && rows.consumedPoints >= l.rowsPerMinute) {
      this.refused(m, 'rows');
      throw rateLimited(
        retryAfter(rows.msBeforeNext),
        `this key has read its ${l.rowsPerMinute} rows for this minute; retry later`,
      );
    }
    const lease = await this.leases.acquire(m.tenant, l.concurrency);
    if (!lease) {
      this.refused(m, 'concurrency');
      throw rateLimited(1, `the tenant has ${l.concurrency} requests in flight already; retry shortly`);
    }
    // From here the slot is held: nothing may throw between taking it and handing out its release.
    this.localInFlight++;
    let released = false;
    let endTurn: (() => void) | undefined;
    const gate = this.gate;
    const admission: Admission = {
      turn: async () => {
        if (!gate || endTurn || released) return; // one turn per request
        const end = await gate.enter(m.tenant);
        if (released) end();
        else endTurn = end;
      },
      endTurn: () => endTurn?.(),
      release: () => {
        if (released) return;
        released = true;
        endTurn?.();
        lease.release();
        this.localInFlight--;
        try {
          this.o.metrics?.fairShareInFlight.dec({ tenant: m.tenant });
        } catch {
          // metrics never keep a slot
        }
      },
    };
    try {
      this.count(m, { requests: 1 });
      this.o.metrics?.fairShareAdmissions.inc({ tenant: m.tenant });
      // this process's requests in flight (replicas' gauges add up; the shared leases hold the limit)
      this.o.metrics?.fairShareInFlight.inc({ tenant: m.tenant });
    } catch (e) {
      admission.release();
      throw e;
    }
    return admission;
  }

  /**
   * Room for work done for a caller outside its requests (the facade's read-ahead): a slot of its
   * tenant's in-flight limit, taken only while at least one more stays free (so that the caller's
   * next request is never refused for it), then a turn at the gate. Undefined when there is no
   * such room now: the work is skipped, never waited for and never refused. The returned function
   * frees both.
   */
  async spare(m: Metered): Promise<(() => void) | undefined> {
    const lease = await this.leases.acquire(m.tenant, this.limitsOf(m).concurrency - 1);
    if (!lease) return undefined;
    let end: (() => void) | undefined;
    try {
      end = await this.gate?.enter(m.tenant);
    } catch (e) {
      lease.release();
      throw e;
    }
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      end?.();
      lease.release();
    };
  }

  /** This process's admitted requests in flight, across tenants (the export lane gives way while there are any). */
  inFlightTotal(): number {
    return this.localInFlight;
  }

  /** Counts rows a request returned against the key's budget (the next request over it is refused). */
  async rows(m: Metered, n: number): Promise<void> {
    if (n <= 0) return;
    this.count(m, { rows: n });
    await this.rowsBudget(this.limitsOf(m)).penalty(`${m.tenant}:${m.keyId}`, n);
  }

  /** Writes the usage counted so far. */
  async flush(): Promise<void> {
    if (!this.o.record || !this.usage.size) return;
    const batch = [...this.usage.values()];
    this.usage.clear();
    await this.o.record(batch);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }
}
