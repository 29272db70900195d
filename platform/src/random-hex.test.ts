/** Request and trace ids from the pool of random bytes (tracing.ts randomHex). */
import { describe, expect, it } from 'vitest';
import { randomHex } from './tracing.ts';

describe('randomHex', () => {
  it('gives hex of the asked length, never the same twice, across many refills of the pool', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = randomHex(i % 3 === 0 ? 16 : 8);
      expect(id).toMatch(i % 3 === 0 ? /^[\da-f]{32}$/ : /^[\da-f]{16}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(20_000);
    expect(randomHex(5000)).toMatch(/^[\da-f]{10000}$/);
  });
});
