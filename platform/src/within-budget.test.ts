/** A lookup that never answers becomes UNAVAILABLE (503 + Retry-After) at its budget; one that answers passes. */
import { describe, expect, it } from 'vitest';
import { PlatformError } from './errors.ts';
import { withinBudget } from './failure.ts';

describe('withinBudget', () => {
  it('passes an answer (and an error) given within the budget', async () => {
    await expect(withinBudget(Promise.resolve(42), 1000, 'lookup')).resolves.toBe(42);
    await expect(withinBudget(Promise.reject(new Error('no')), 1000, 'lookup')).rejects.toThrow('no');
  });

  it('a lookup that never answers is UNAVAILABLE with a retry hint at the budget', async () => {
    const e = await withinBudget(new Promise(() => {}), 50, 'credential check').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect((e as PlatformError).code).toBe('UNAVAILABLE');
    expect((e as PlatformError).message).toMatch(
      /^the database is unavailable \(the credential check did not answer in 0.05 s\); retry in \d+ s$/,
    );
    expect((e as PlatformError).extensions).toMatchObject({ retryAfter: expect.any(Number) });
  });
});
