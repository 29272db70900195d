/**
 * The export runner (cli/src/export-runner.ts) on PostgreSQL: the all-in-one forks it at start, at
 * a lower priority, and it ends when its parent dies (SIGKILL: no orphan process). Its jobs'
 * results are covered by tests/exports*.test.ts, which run through it on the postgres project.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { afterAll, expect, it } from 'vitest';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';

let db: TestDatabase | undefined;
afterAll(async () => {
  await db?.drop();
});

/** Running (a zombie not yet reaped by whoever adopted it counts as ended). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

it.skipIf(DB_KIND !== 'postgres')(
  'is forked at a lower priority and exits when its parent is killed',
  { timeout: 180_000 },
  async () => {
    db = await testDatabase('postgres');
    const parent = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/export-runner-parent.ts', db.url!], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ids = await new Promise<{ parent: number; runner: number }>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /PARENT (\d+) RUNNER (\d+|none)/.exec(out);
          if (m) resolve({ parent: Number(m[1]), runner: Number(m[2]) });
        });
        parent.once('exit', (code) => reject(new Error(`the stack exited (${code}): ${out}`)));
      });
      expect(ids.runner).toBeGreaterThan(0);
      expect(ids.runner).not.toBe(ids.parent);
      expect(alive(ids.runner)).toBe(true);
      expect(getPriority(ids.runner)).toBeGreaterThan(getPriority(ids.parent));
      parent.kill('SIGKILL');
      const until = Date.now() + 60_000;
      while (alive(ids.runner) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(alive(ids.runner)).toBe(false);
    } finally {
      if (parent.exitCode === null) parent.kill('SIGKILL');
    }
  },
);
