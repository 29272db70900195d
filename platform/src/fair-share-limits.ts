/**
 * A partner key's fair-share limits: what the REST facade enforces (rest-facade fair-share.ts),
 * what iam stores on a licence (its own, for any it sets) and what the console and the CLI show
 * (the limits that apply: the licence's own, else the platform's default).
 */
export interface Limits {
  /** Sustained requests per minute per key. */
  ratePerMinute: number;
  /**
   * Requests per key allowed at once above the sustained rate (a token bucket's size: it refills
   * at the sustained rate while the key sends less).
   */
  burst: number;
  /** Requests of one tenant in flight at once (across its keys). */
  concurrency: number;
  /** Rows per key and minute (bulk reads). */
  rowsPerMinute: number;
}

export const LIMIT_NAMES = [
  'ratePerMinute',
  'burst',
  'concurrency',
  'rowsPerMinute',
] as const satisfies readonly (keyof Limits)[];

/**
 * Rows a second one export job reads at most, by default: the pace bulk reading is given on a
 * shared server (rest-facade exports/lane.ts) and, per minute, the default rows budget of a key.
 */
export const EXPORT_ROWS_PER_SECOND = 5000;

/**
 * Limits a licence leaves unset. The rows budget is what one export job reads a minute: a key
 * paging through a list interactively may read as fast as the background lane would export the
 * same rows, not faster. At 1,000,000 rows a minute (until 6 December) one key within its limits
 * took ~40 % of a 2-core server (`node --import tsx bench/neighbour-cost.ts heavy --full
 * --rows-per-minute 1000000`) and raised another tenant's p99 1.4–2 × (`pnpm bench --only p5
 * --heavy-rows-per-minute 1000000`, README § Benchmarks); a licence that needs more (an agreed
 * bulk integration, customer document §5.6) gets it set explicitly (`pnpm lcs licence create …
 * --rows-per-minute`, the console's Partners page).
 */
export const DEFAULT_LIMITS: Limits = {
  ratePerMinute: 1200,
  burst: 100,
  concurrency: 32,
  rowsPerMinute: 60 * EXPORT_ROWS_PER_SECOND,
};

/** The limits that apply to a licence: its own where set (a positive number), the defaults' otherwise. */
export function effectiveLimits(
  own: Partial<Record<keyof Limits, unknown>> | null | undefined,
  defaults = DEFAULT_LIMITS,
): Limits {
  const out = { ...defaults };
  for (const k of LIMIT_NAMES) {
    const v = own?.[k];
    if (typeof v === 'number' && v > 0) out[k] = v;
  }
  return out;
}
