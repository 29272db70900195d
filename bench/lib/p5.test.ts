/**
 * p5's noise floor: with the windows' order alternating each round (alone, with | with, alone | …),
 * round i's second window and round i+1's first are the same condition back to back.
 */
import { describe, expect, it } from 'vitest';
import { noiseFactor, sameConditionRatios } from './p5.ts';

const round = (alone: number, withNeighbour: number) => ({ alone: { p99: alone }, with: { p99: withNeighbour } });

describe('p5 noise floor', () => {
  it('pairs round i with round i+1 in the condition they measured back to back', () => {
    // order: A1 W1 | W2 A2 | A3 W3 | W4 A4 — adjacent alike: W1 W2, A2 A3, W3 W4
    const ratios = sameConditionRatios([round(10, 12), round(11, 15), round(22, 9), round(30, 18)]);
    expect(ratios).toEqual([15 / 12, 22 / 11, 18 / 9]);
  });

  it('noiseFactor: the largest difference either way; none without two rounds', () => {
    expect(noiseFactor([1.1, 0.5, 1.3])).toBe(2);
    expect(noiseFactor([1.25])).toBe(1.25);
    expect(noiseFactor(sameConditionRatios([round(10, 12)]))).toBeNaN();
  });
});
