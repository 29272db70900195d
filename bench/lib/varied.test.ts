/**
 * p1's varied workload checks every answer: a status, no `errors`, the shape asked for and the same
 * data as the first answer to the same request. An answer byte for byte the same as one that
 * passed is not parsed again — and still passes; anything else is checked in full.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { variedPool, variedWorkload } from './varied.ts';

const inputs = {
  clientIds: ['client-1', 'client-2', 'client-3'],
  unitIds: ['unit-1'],
  hslFrom: Date.parse('2024-01-01T00:00:00Z'),
  hslTo: Date.parse('2024-06-01T00:00:00Z'),
  deepClients: 2,
};

/** The first client-page request of `target`'s walk, and its check. */
function clientPage(workload: ReturnType<typeof variedWorkload>, target: string) {
  const next = workload.stream(target);
  for (let i = 0; i < workload.pool.length; i++) {
    const r = next();
    const body = JSON.parse(r.body!) as { operationName: string; variables: { id: string } };
    if (body.operationName === 'BenchClientPage') return { id: body.variables.id, check: r.check! };
  }
  throw new Error('no client page in the pool');
}

const answer = (id: string, name: string, indent?: number) =>
  JSON.stringify({ data: { client: { id, name } } }, null, indent);

describe("p1 varied workload's answer check", () => {
  afterEach(() => vi.restoreAllMocks());

  it('passes a repeated answer without parsing it again, and checks any other text in full', () => {
    const workload = variedWorkload(variedPool(inputs, 1, 8), [{}]);
    const ours = clientPage(workload, 'ours');
    const parse = vi.spyOn(JSON, 'parse');
    expect(ours.check(200, answer(ours.id, 'Anna'))).toBeUndefined();
    const parsedFirst = parse.mock.calls.length;
    expect(parsedFirst).toBeGreaterThan(0);
    expect(ours.check(200, answer(ours.id, 'Anna'))).toBeUndefined();
    expect(parse.mock.calls.length).toBe(parsedFirst); // the same bytes: not parsed again
    // another target's text of the same data (other formatting) is parsed, and agrees
    const hive = clientPage(workload, 'hive');
    expect(hive.id).toBe(ours.id);
    expect(hive.check(200, answer(ours.id, 'Anna', 2))).toBeUndefined();
    expect(parse.mock.calls.length).toBeGreaterThan(parsedFirst);
  });

  it('fails other data, errors, the wrong client and a non-200 — every time, not only the first', () => {
    const workload = variedWorkload(variedPool(inputs, 1, 8), [{}]);
    const { id, check } = clientPage(workload, 'ours');
    expect(check(200, answer(id, 'Anna'))).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      expect(check(200, answer(id, 'Berit'))).toMatch(
        /differs from ours's answer .* at data\.client\.name: "Anna" → "Berit"/,
      );
      expect(check(200, JSON.stringify({ data: { client: { id } }, errors: [{ message: 'x' }] }))).toMatch(
        /with errors/,
      );
      expect(check(200, answer('someone-else', 'Anna'))).toMatch(/not client/);
      expect(check(500, answer(id, 'Anna'))).toBe('status 500');
      expect(check(200, 'not json')).toMatch(/not JSON/);
    }
    expect(workload.mismatches).toHaveLength(2);
  });
});
