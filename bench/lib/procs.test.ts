/**
 * The benchmark's child processes: waiting for a line or an IPC message ends with it, with the
 * child's exit or with a timeout — and then stops listening (a waiter left behind scanned the
 * child's whole kept output on every line it logged, in the load generator's process).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { machineLoad, spawnNode, stolenMsPerS, stopAll } from './procs.ts';

const dir = mkdtempSync(join(tmpdir(), 'lcs-procs-'));
const script = (name: string, code: string) => {
  const file = join(dir, name);
  writeFileSync(file, code);
  return file;
};
const stayAlive = `setInterval(() => {}, 1000); process.on('disconnect', () => process.exit(0));`;

afterAll(async () => {
  await stopAll();
  rmSync(dir, { recursive: true, force: true });
});

describe('bench child processes', () => {
  it('message: resolves with the first IPC message of its type, then stops listening', async () => {
    const c = spawnNode(
      'ready',
      script('ready.mjs', `process.send({ type: 'other' }); process.send({ type: 'ready', url: 'x' }); ${stayAlive}`),
      { ipc: true },
    );
    const before = { message: c.proc.listenerCount('message'), exit: c.proc.listenerCount('exit') };
    const m = c.message<{ type: string; url: string }>('ready', 20_000);
    expect(c.proc.listenerCount('message')).toBe(before.message + 1);
    await expect(m).resolves.toEqual({ type: 'ready', url: 'x' });
    expect(c.proc.listenerCount('message')).toBe(before.message);
    expect(c.proc.listenerCount('exit')).toBe(before.exit);
    await c.stop();
  });

  it('message: rejects with the output when the child exits first', async () => {
    const c = spawnNode('early', script('early.mjs', `console.log('boom: no database'); process.exit(3);`), {
      ipc: true,
    });
    await expect(c.message('ready', 20_000)).rejects.toThrow(
      /early exited \(3\) before it was ready[\s\S]*boom: no database/,
    );
  });

  it('waitFor: a line, or a timeout — after which nothing is left waiting', async () => {
    const c = spawnNode(
      'talker',
      script(
        'talker.mjs',
        `console.log('listening on 1234'); setInterval(() => console.log('a request'), 20); ${stayAlive}`,
      ),
      { ipc: true },
    );
    await expect(c.waitFor(/listening on (\d+)/, 20_000)).resolves.toBe('1234');
    const exitListeners = c.proc.listenerCount('exit');
    await expect(c.waitFor(/(?!)/, 300)).rejects.toThrow(/talker: no "\(\?!\)" within 0\.3 s[\s\S]*a request/);
    expect(c.proc.listenerCount('exit')).toBe(exitListeners);
    await c.stop();
  });

  it("machineLoad: the host's steal so far, and stolenMsPerS: per second of wall time between two readings", () => {
    const a = machineLoad();
    expect(a.stolen).toBeGreaterThanOrEqual(0);
    expect(a.cores).toBeGreaterThanOrEqual(1);
    const b = machineLoad();
    expect(b.stolen).toBeGreaterThanOrEqual(a.stolen);
    // 0.25 s of steal over 10 s of wall time: 25 ms/s
    expect(stolenMsPerS({ ...a, stolen: 1, at: 0 }, { ...b, stolen: 1.25, at: 10_000 })).toBe(25);
  });
});
