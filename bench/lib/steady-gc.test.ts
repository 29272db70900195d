/**
 * The measuring process runs without V8's memory reducer: an entry point that imports
 * steady-gc.ts first is run again with the flag (once, with its arguments and exit status), and
 * `measure` refuses to time anything in a process without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure } from './load.ts';
import { ROOT, STEADY_GC_FLAG } from './procs.ts';

const dir = mkdtempSync(join(tmpdir(), 'lcs-steady-gc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an entry point that imports steady-gc.ts first, as a user would start it (no flag). */
function runEntry(args: string[], execArgv: string[] = []) {
  const file = join(dir, 'entry.ts');
  writeFileSync(
    file,
    `import ${JSON.stringify(join(ROOT, 'bench/lib/steady-gc.ts'))};\n` +
      `console.log(JSON.stringify({ args: process.argv.slice(2), execArgv: process.execArgv }));\n` +
      `process.exitCode = Number(process.argv[2]);\n`,
  );
  const r = spawnSync(process.execPath, [...execArgv, '--import', 'tsx', file, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout.trim().split('\n').filter(Boolean);
  return {
    status: r.status,
    stderr: r.stderr,
    runs: lines.map((l) => JSON.parse(l) as { args: string[]; execArgv: string[] }),
  };
}

describe('the load generator without the memory reducer', () => {
  it('an entry point started without the flag runs once, relaunched with it, its arguments and status kept', () => {
    const r = runEntry(['7', 'two words', '--full']);
    expect(r.stderr).toBe('');
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0]!.args).toEqual(['7', 'two words', '--full']);
    expect(r.runs[0]!.execArgv).toContain(STEADY_GC_FLAG);
    expect(r.runs[0]!.execArgv).toEqual(expect.arrayContaining(['--import', 'tsx']));
    expect(r.status).toBe(7);
  });

  it('an entry point started with the flag (pnpm bench) is not relaunched', () => {
    const r = runEntry(['0'], [STEADY_GC_FLAG]);
    expect(r.runs).toHaveLength(1);
    expect(r.runs[0]!.execArgv.filter((a) => a === STEADY_GC_FLAG)).toHaveLength(1);
    expect(r.status).toBe(0);
  });

  it('measure refuses to time a target in a process that has the memory reducer on', async () => {
    expect(process.execArgv).not.toContain(STEADY_GC_FLAG);
    await expect(measure({ name: 'x', url: 'http://127.0.0.1:9/' }, { connections: 1, amount: 1 })).rejects.toThrow(
      /memory reducer.*steady-gc\.ts/,
    );
  });
});
