/**
 * `lcs licence list` shows the limits in force, as the console does: a licence's own and the
 * platform's default for any it leaves unset, marked so.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@lcs/platform/fair-share-limits';
import { limitsInForce } from './credentials-cli.ts';

const n = (x: number) => x.toLocaleString('en');

describe('limitsInForce', () => {
  it('marks every default of a licence without limits of its own', () => {
    expect(limitsInForce(null)).toBe(
      `ratePerMinute ${n(DEFAULT_LIMITS.ratePerMinute)} (default), burst ${n(DEFAULT_LIMITS.burst)} (default), ` +
        `concurrency ${n(DEFAULT_LIMITS.concurrency)} (default), ` +
        `rowsPerMinute ${n(DEFAULT_LIMITS.rowsPerMinute)} (default)`,
    );
  });

  it("shows a licence's own limits unmarked — one equal to the default too — and defaults for the rest", () => {
    expect(limitsInForce({ ratePerMinute: 600, burst: DEFAULT_LIMITS.burst, rowsPerMinute: 1_000_000 })).toBe(
      `ratePerMinute 600, burst ${n(DEFAULT_LIMITS.burst)}, concurrency ${n(DEFAULT_LIMITS.concurrency)} (default), ` +
        'rowsPerMinute 1,000,000',
    );
  });

  it('treats a stored value that is not a positive number as unset', () => {
    expect(limitsInForce({ ratePerMinute: 0 })).toContain(`ratePerMinute ${n(DEFAULT_LIMITS.ratePerMinute)} (default)`);
  });
});
