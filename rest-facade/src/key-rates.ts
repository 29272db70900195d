/**
 * A key's request rate as a token bucket, kept as GCRA (the generic cell rate algorithm): one
 * number per key, its "theoretical arrival time" (TAT). A key may send `burst` requests at once
 * above its sustained rate; after that, one every `interval` ms, and the allowance refills at the
 * sustained rate while the key sends less.
 *
 * Why not fixed windows (rate-limiter-flexible's counters, used before): a window admits its
 * whole allowance at its start, so a key flooding at 10× its rate got its burst (100) through in
 * half a second at every 10 s window's start, four times its average pace, and its neighbours on
 * the shared server felt that spike (`pnpm bench --only p5`: 103–110 admitted in the flood's
 * busiest second against 26–29 a second on average). It also let a flood through at 1.5× its
 * sustained rate for as long as it lasted. Here the admitted requests of a flood are spaced
 * evenly at the sustained rate.
 *
 * In memory by default; shared-limits.ts keeps the same number on Redis (a Lua script) for
 * several facade processes.
 */

/** A key's rate: `interval` ms between requests (60,000 ÷ the rate per minute), `burst` at once above it. */
export interface KeyRate {
  interval: number;
  burst: number;
}

export interface KeyRates {
  /** Takes a request of `key`: 0 if admitted, else the ms until one would be (nothing taken). */
  take(key: string, rate: KeyRate): Promise<number>;
  /** 0 if a request of `key` would be admitted now, else the ms until one would be; takes nothing. */
  peek(key: string, rate: KeyRate): Promise<number>;
}

/**
 * One GCRA step: from the key's TAT (undefined: none, a full bucket) at `now`, the ms to wait (0:
 * admitted) and, when admitted, the TAT to store.
 */
export function gcra(tat: number | undefined, now: number, rate: KeyRate): { wait: number; tat?: number } {
  const base = Math.max(tat ?? now, now);
  const wait = base - rate.burst * rate.interval - now;
  return wait > 0 ? { wait } : { wait: 0, tat: base + rate.interval };
}

/** Entries kept before expired ones are swept out (an expired TAT is the same as none). */
const SWEEP_AT = 10_000;

/** One process's key rates. */
export class MemoryKeyRates implements KeyRates {
  private readonly tats = new Map<string, number>();
  private sweptAt = 0;

  constructor(private readonly now: () => number = Date.now) {}

  takeNow(key: string, rate: KeyRate): number {
    const now = this.now();
    const step = gcra(this.tats.get(key), now, rate);
    if (step.tat !== undefined) {
      if (this.tats.size >= SWEEP_AT && !this.tats.has(key)) this.sweep(now);
      this.tats.set(key, step.tat);
    }
    return step.wait;
  }

  peekNow(key: string, rate: KeyRate): number {
    return gcra(this.tats.get(key), this.now(), rate).wait;
  }

  async take(key: string, rate: KeyRate): Promise<number> {
    return this.takeNow(key, rate);
  }

  async peek(key: string, rate: KeyRate): Promise<number> {
    return this.peekNow(key, rate);
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 1000) return; // at most once a second, however many keys are busy
    this.sweptAt = now;
    for (const [k, tat] of this.tats) if (tat <= now) this.tats.delete(k);
  }
}
