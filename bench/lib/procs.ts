/**
 * Child processes of the benchmark: each server runs as `node --import tsx file.ts` (one pid, so
 * it can be stopped by that pid), reports the URL it listens on, and is stopped when the run ends,
 * whatever happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The V8 flag a process that times answers runs with (bench/lib/steady-gc.ts says why and sets it). */
export const STEADY_GC_FLAG = '--no-memory-reducer';

export interface Child {
  name: string;
  proc: ChildProcess;
  /** Output so far (stdout + stderr), for error messages. */
  output(): string;
  /** Resolves with the first capture group of the first output line matching `re`. */
  waitFor(re: RegExp, timeoutMs: number): Promise<string>;
  /**
   * Resolves with the first IPC message whose `type` is `type`; rejects (with the output so far)
   * when the child exits first or none comes within `timeoutMs`.
   */
  message<T extends { type?: string }>(type: string, timeoutMs: number): Promise<T>;
  stop(): Promise<void>;
}

const running = new Set<Child>();

/** When set (`pnpm bench --profile <dir>`), every child writes a V8 CPU profile there on exit. */
let profileDir: string | undefined;
export function profileChildrenInto(dir: string): void {
  profileDir = dir;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  /** Adds an IPC channel (process.send in the child). */
  ipc?: boolean;
  args?: string[];
}

/** Starts `node --import tsx <file>` (a path relative to the repository root, or a bin script). */
export function spawnNode(name: string, file: string, o: SpawnOptions = {}): Child {
  const profile = profileDir
    ? [
        '--cpu-prof',
        // a directory per server: its main thread and tsx's loader thread each write a profile
        // (the main thread's is the larger one)
        `--cpu-prof-dir=${join(profileDir, name.replace(/[^\w-]+/g, '-'))}`,
        '--import',
        './bench/lib/exit-on-term.ts',
      ]
    : [];
  const proc = spawn(process.execPath, ['--import', 'tsx', ...profile, file, ...(o.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...o.env },
    stdio: o.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: { re: RegExp; resolve: (s: string) => void }[] = [];
  const onData = (d: Buffer) => {
    out += d.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
    for (const w of [...waiters]) {
      const m = w.re.exec(out);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m[1] ?? m[0]);
      }
    }
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  /**
   * A promise settled by `listen`'s resolve, or rejected when the child exits or `timeoutMs` pass
   * (with the output so far); `listen` returns how to stop listening, called once it is settled.
   */
  function untilEndOr<T>(
    missing: string,
    timeoutMs: number,
    listen: (resolve: (v: T) => void) => () => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let unlisten = () => {};
      const settle = (f: () => void) => {
        clearTimeout(timer);
        proc.off('exit', onExit);
        unlisten();
        f();
      };
      const timer = setTimeout(
        () =>
          settle(() => reject(new Error(`${name}: ${missing} within ${timeoutMs / 1000} s; output:\n${tail(out)}`))),
        timeoutMs,
      );
      const onExit = (code: number | null) =>
        settle(() => reject(new Error(`${name} exited (${code}) before it was ready; output:\n${tail(out)}`)));
      proc.once('exit', onExit);
      unlisten = listen((v) => settle(() => resolve(v)));
    });
  }
  const child: Child = {
    name,
    proc,
    output: () => out,
    waitFor(re, timeoutMs) {
      const m = re.exec(out);
      if (m) return Promise.resolve(m[1] ?? m[0]);
      // (a waiter scans the whole kept output on every chunk the child writes: it is removed as
      // soon as it is settled either way, so that a child logging a line per request under load
      // does not cost this process — the load generator — a scan per line)
      return untilEndOr<string>(`no "${re.source}"`, timeoutMs, (resolve) => {
        const w = { re, resolve };
        waiters.push(w);
        return () => {
          const i = waiters.indexOf(w);
          if (i >= 0) waiters.splice(i, 1);
        };
      });
    },
    message<T extends { type?: string }>(type: string, timeoutMs: number) {
      return untilEndOr<T>(`no "${type}" message`, timeoutMs, (resolve) => {
        const on = (m: T) => {
          if (m?.type === type) resolve(m);
        };
        proc.on('message', on);
        return () => proc.off('message', on);
      });
    },
    async stop() {
      running.delete(child);
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  running.add(child);
  return child;
}

function tail(s: string, lines = 30): string {
  return s
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((l) => `    ${l}`)
    .join('\n');
}

/** Stops every child still running (in parallel). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
}

// A benchmark interrupted by Ctrl-C (or a crash) still stops its servers.
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    for (const c of running) c.proc.kill('SIGTERM');
    process.exit(130);
  });
}
process.once('exit', () => {
  for (const c of running) if (c.proc.exitCode === null) c.proc.kill('SIGTERM');
});

/** A free TCP port on 127.0.0.1 (for servers that cannot be told to pick one themselves). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system, seconds) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(parts[11]) + Number(parts[12])) / 100; // utime, stime in clock ticks (100 Hz)
}

/**
 * Seconds the process's main thread has spent runnable but waiting for a core (the scheduler's
 * run-queue delay, /proc/<pid>/task/<pid>/schedstat); NaN where the kernel does not keep it.
 */
export function mainThreadWaitSeconds(pid: number): number {
  try {
    const [, waitNs] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(/\s+/);
    return Number(waitNs) / 1e9;
  } catch {
    return NaN;
  }
}

/**
 * The machine's CPU time since boot from /proc/stat (seconds, summed over cores): busy (steal
 * included) and stolen — the steal: time the hypervisor gave these cores to other guests while they
 * had work, a share of a window the machine could not run anything measured.
 */
export function machineCpu(): { busy: number; stolen: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = cpu as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { busy: (user + nice + system + irq + softirq + steal) / 100, stolen: steal / 100 };
}

/** CPU seconds the whole machine has spent busy (not idle or waiting for I/O) since boot, steal included. */
export const machineBusySeconds = (): number => machineCpu().busy;

/** 1-minute load average, the number of cores and the steal so far (seconds, `stolenMsPerS`), for the record. */
export function machineLoad(): { load1: number; cores: number; stolen: number; at: number } {
  const [l1] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  return { load1: Number(l1), cores: availableParallelism(), stolen: machineCpu().stolen, at: performance.now() };
}

/** Milliseconds per second the hypervisor took the machine's cores (summed over cores) between two `machineLoad`s. */
export const stolenMsPerS = (a: ReturnType<typeof machineLoad>, b: ReturnType<typeof machineLoad>): number =>
  Math.round(((b.stolen - a.stolen) * 1e6) / Math.max(1, b.at - a.at));

/** Only loopback targets: the benchmark never sends load anywhere else. */
export function assertLoopback(url: string): void {
  const h = new URL(url).hostname;
  if (h !== '127.0.0.1' && h !== 'localhost' && h !== '[::1]')
    throw new Error(`refusing to send load to ${url}: only 127.0.0.1 targets`);
}
