/**
 * A mistyped number in the environment (or a seed size out of range) stops `lcs start`, `lcs serve
 * <part>` and `lcs seed` with one line that names the variable and exit code 2 — before anything
 * is made, and without a stack trace (a bad LCS_ADMIN_PORT or LCS_DRAIN_MS used to end in one;
 * LCS_DB_POOL=abc started a pool of NaN).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;

async function lcs(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'cli/src/lcs.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    timeout: 50_000,
  }).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => e,
  );
}

describe('numbers in the environment, at start', () => {
  it('refuses each with one clear line and exit code 2', async () => {
    const dataDir = join(tmpdir(), `lcs-start-refusals-${process.pid}`);
    const cases = [
      [
        ['start'],
        { LCS_ADMIN_PORT: 'x' },
        'lcs: start: LCS_ADMIN_PORT: "x" is not a port number (0 for any free port)',
      ],
      [['start'], { LCS_DRAIN_MS: 'soon' }, 'lcs: start: LCS_DRAIN_MS: "soon" is not a whole number of milliseconds'],
      [
        ['start'],
        { LCS_DB_POOL: 'abc' },
        'lcs: start: LCS_DB_POOL: "abc" is not a number of connections from 1 to 1000',
      ],
      [
        ['serve', 'care'],
        { LCS_DB_POOL: '0' },
        'lcs serve care: LCS_DB_POOL: "0" is not a number of connections from 1 to 1000',
      ],
      [
        ['seed', '--tenant', 't1', '--clients', '99999999'],
        {},
        'lcs: --clients must be a whole number from 1 to 200,000, not "99999999"',
      ],
      [
        ['start', '--seed-clients', '1e3'],
        {},
        'lcs: --seed-clients must be a whole number from 1 to 200,000, not "1e3"',
      ],
    ] as const;
    const got = await Promise.all(cases.map(([args, env]) => lcs([...args], { ...env, LCS_DATA_DIR: dataDir })));
    got.forEach((r, i) => {
      expect(r.stderr.trim(), cases[i]![2]).toBe(cases[i]![2]);
      expect(r.code).toBe(2);
    });
    expect(existsSync(dataDir), 'no data directory made').toBe(false);
  }, 60_000);
});
