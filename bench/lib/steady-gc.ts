/**
 * The load generator's own garbage collector, kept out of the latencies it measures.
 *
 * A benchmark process that measures latency (bench/run.ts, bench/neighbour-cost.ts) imports this
 * module first. If V8's memory reducer is on, the process starts itself again with it off
 * (`--no-memory-reducer`, which only the command line can set: not NODE_OPTIONS, and
 * `v8.setFlagsFromString` after start-up changes nothing — both tried) and exits with the
 * relaunched run's status; nothing below the import runs in the first process.
 *
 * Why: between measured windows the load generator is nearly idle, the memory reducer shrinks its
 * heap to what is live (~40 MB), and from then on V8 started a full mark-compact about every
 * 0.8 s, each freeing ~0.5 MB, with marking steps of up to 15 ms on the thread that timestamps the
 * answers. p5's victim (one connection, ~180 requests/s) measured that as its own tail: p99 13–15
 * ms for the first ~150 s of every run, 19–25 ms after, with the load client's CPU per request
 * doubling (0.45 → 0.9–1.2 ms) and nothing changing in the all-in-one or PostgreSQL. Without the
 * memory reducer the same run had 4 mark-compacts in 5 minutes instead of ~100 and no drift
 * (README § Benchmarks, 7 December, afternoon).
 */
import { spawnSync } from 'node:child_process';
import { STEADY_GC_FLAG } from './procs.ts';

if (!process.execArgv.includes(STEADY_GC_FLAG)) {
  const argv = [STEADY_GC_FLAG, ...process.execArgv, ...process.argv.slice(1)];
  const r = spawnSync(process.execPath, argv, { stdio: 'inherit' });
  if (r.error) throw r.error;
  // a run ended by a signal ends this one the same way (exit status 128 + the signal's number)
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}
