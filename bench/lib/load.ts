/**
 * Load and statistics: autocannon runs with every response's latency kept (autocannon's own
 * histogram rounds to whole milliseconds), A/B comparisons that alternate the targets round by
 * round with a warm-up before each measured window, and medians over rounds.
 */
import { fork } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { STEADY_GC_FLAG, assertLoopback, cpuSeconds, machineCpu, mainThreadWaitSeconds } from './procs.ts';

export interface LoadTarget {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Bodies to send in turn instead of `body` (defeats in-flight deduplication of identical requests). */
  bodies?: string[];
  /**
   * Each request made afresh instead (takes precedence over `bodies`): its path, body and headers
   * (merged over `headers`), and the check of its own answer (over `check`).
   */
  next?: () => NextRequest;
  /** TLS client options (CA, client certificate and key) for an HTTPS target. */
  tls?: { ca?: string; cert?: string; key?: string };
  /**
   * Checks one answer (status and body): undefined when good, else why not. Every answer under
   * load is checked: by default a 2xx status and, for a POST (GraphQL), no `errors` in the body.
   */
  check?: (status: number, body: string) => string | undefined;
  /**
   * Processes whose CPU time is attributed to this target while it is measured (name → pids, read
   * at the window's start).
   */
  pids?: () => Record<string, number[]> | Promise<Record<string, number[]>>;
}

export interface NextRequest {
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  check?: (status: number, body: string) => string | undefined;
}

type Ctx = { check?: NextRequest['check'] };

/** autocannon's per-request hook for a target that makes each request afresh. */
function setupFor(t: LoadTarget, next: () => number) {
  if (t.next) {
    const make = t.next;
    return (r: autocannon.Request, context: Ctx) => {
      const n = make();
      context.check = n.check;
      return {
        ...r,
        ...(n.path !== undefined ? { path: n.path } : {}),
        ...(n.body !== undefined ? { body: n.body } : {}),
        headers: { ...r.headers, ...n.headers },
      };
    };
  }
  if (t.bodies?.length) return (r: autocannon.Request) => ({ ...r, body: t.bodies![next() % t.bodies!.length] });
  return undefined;
}

export interface Window {
  /** Good answers (2xx and passing the check): the samples behind the latencies. */
  requests: number;
  errors: number;
  non2xx: number;
  /** Answers that failed the check (non-2xx included), and the first one's reason. */
  failed: number;
  firstFailure?: string;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  mean: number;
  /** Response bytes per request. */
  bytes: number;
  /** CPU milliseconds per request, per process group (plus `client`: this process, the load generator). */
  cpuMsPerReq: Record<string, number>;
  /** The good answers' latencies (ms), sorted: pooled over rounds for the percentiles. */
  latencies: number[];
  /** Cores busy on the whole machine during the window, and the part of them not attributed above (other jobs). */
  busyCores: number;
  otherCores: number;
  /** Milliseconds per second the hypervisor took the machine's cores for others (steal, summed over cores). */
  stolenMsPerS: number;
  /**
   * Per process group of one process: milliseconds per second its main thread (the event loop) was
   * ready to run but waited for a core (NaN where not known). What a 2-core machine shared with
   * the database and the load generators costs a latency, apart from the work itself.
   */
  waitMsPerS?: Record<string, number>;
  /** Answers by status (e.g. 429s counted, not dropped). */
  statuses: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * One autocannon window against `t`: `amount` requests over `connections` connections, until the
 * last answer is in. Counting requests rather than seconds means nothing is left in flight to
 * burden the next window, and throughput (requests ÷ elapsed) has no cut-off bias even when a
 * response takes seconds under load.
 */
export async function measure(
  t: LoadTarget,
  /**
   * `seconds`: a window in time instead, of at least that long and at least `amount` answers (at
   * most `maxSeconds`, 600 by default); requests still in flight at its end are not counted.
   */
  o: { connections: number; amount: number; seconds?: number; maxSeconds?: number },
): Promise<Window> {
  assertLoopback(t.url);
  if (!process.execArgv.includes(STEADY_GC_FLAG))
    throw new Error(
      `measure: this process runs with V8's memory reducer, whose collections would be measured as the ` +
        `target's latency; import './lib/steady-gc.ts' first in the benchmark's entry point (it says why)`,
    );
  const latencies: number[] = [];
  let bytes = 0;
  const groups = (await t.pids?.()) ?? {};
  const cpuOf = (pids: number[]) =>
    pids.reduce((sum, pid) => {
      try {
        return sum + cpuSeconds(pid);
      } catch {
        return sum; // gone
      }
    }, 0);
  const cpu0 = Object.fromEntries(Object.entries(groups).map(([n, pids]) => [n, cpuOf(pids)]));
  // a group of one process (the all-in-one): how long its event loop waited for a core
  const waitOf = (pids: number[]) => (pids.length === 1 ? mainThreadWaitSeconds(pids[0]!) : NaN);
  const wait0 = Object.fromEntries(Object.entries(groups).map(([n, pids]) => [n, waitOf(pids)]));
  const self0 = process.cpuUsage();
  const machine0 = machineCpu();
  const started = performance.now();
  let lastAt: number | undefined;
  let next = 0;
  let failed = 0;
  let firstFailure: string | undefined;
  // autocannon reports an answer's body (onResponse) before its 'response' event: the verdict
  // waits there for the latency, so that only good answers count as samples
  const verdicts: boolean[] = [];
  const statuses: Record<string, number> = {};
  const check = t.check ?? ((status: number, body: string) => defaultCheck(t, status, body));
  const onResponse = (status: number, body: string, context?: Ctx) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    const why = status < 200 || status >= 300 ? `status ${status}` : (context?.check ?? check)(status, body);
    if (why) {
      failed++;
      firstFailure ??= `${why}: ${body.slice(0, 200)}`;
    }
    verdicts.push(!why);
  };
  const setup = setupFor(t, () => next++);
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: t.url,
        method: t.method ?? 'GET',
        headers: t.headers,
        body: t.body,
        requests: [
          {
            ...(setup ? { setupRequest: setup } : {}),
            // (autocannon passes the connection's context; its types say otherwise)
            onResponse: onResponse as (status: number, body: string) => void,
          },
        ],
        ...(o.seconds
          ? { connections: o.connections, duration: o.maxSeconds ?? 600 }
          : { connections: Math.min(o.connections, o.amount), amount: o.amount }),
        tlsOptions: t.tls,
        timeout: 60,
        sampleInt: 100, // autocannon checks for the end every sampleInt ms
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    // autocannon notices that `amount` is reached only on its next one-second tick: the window
    // ends at the last answer (stopping the instance there), not at that tick.
    let answered = 0;
    instance.on('response', (_client, status, resBytes, responseTime) => {
      const good = verdicts.length ? verdicts.shift()! : status >= 200 && status < 300;
      if (good) latencies.push(responseTime);
      bytes += resBytes;
      lastAt = performance.now();
      ++answered;
      if (o.seconds ? answered >= o.amount && lastAt - started >= o.seconds * 1000 : answered >= o.amount)
        instance.stop();
    });
  });
  const seconds = ((lastAt ?? performance.now()) - started) / 1000;
  const cpuMs: Record<string, number> = {};
  for (const [n, pids] of Object.entries(groups)) cpuMs[n] = (cpuOf(pids) - cpu0[n]!) * 1000;
  const self = process.cpuUsage(self0);
  cpuMs.client = (self.user + self.system) / 1000;
  const machine = machineCpu();
  const busyCores = (machine.busy - machine0.busy) / seconds;
  const stolenMsPerS = ((machine.stolen - machine0.stolen) * 1000) / seconds;
  const waitMsPerS = Object.fromEntries(
    Object.entries(groups).map(([n, pids]) => [n, ((waitOf(pids) - wait0[n]!) * 1000) / seconds]),
  );
  const attributed = Object.values(cpuMs).reduce((a, b) => a + b, 0) / 1000 / seconds;
  const cpuMsPerReq = Object.fromEntries(
    Object.entries(cpuMs).map(([n, ms]) => [n, latencies.length ? ms / latencies.length : NaN]),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    failed,
    firstFailure,
    latencies,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    bytes: latencies.length ? bytes / (latencies.length + r.non2xx) : 0,
    cpuMsPerReq,
    busyCores,
    otherCores: Math.max(0, busyCores - attributed),
    stolenMsPerS,
    waitMsPerS,
    statuses,
  };
}

/** Percentiles are given only from enough samples: a median from 100, a p90 from 100, a p99 from 1000. */
export const MIN_SAMPLES = { p50: 100, p90: 100, p99: 1000 } as const;

/** The default check: for a POST (GraphQL), a body without `errors`. */
function defaultCheck(t: LoadTarget, _status: number, body: string): string | undefined {
  if ((t.method ?? 'GET') === 'POST' && body.includes('"errors":')) return 'a GraphQL answer with errors';
  return undefined;
}

export interface Comparison {
  a: string;
  b: string;
  rounds: { a: Window; b: Window; order: string }[];
  /**
   * Over rounds: throughput, CPU and load are medians of the rounds' figures; latency percentiles
   * come from all rounds' samples pooled (NaN below MIN_SAMPLES).
   */
  median: { a: Window; b: Window };
  /** Per round: A's throughput ÷ B's (unrounded), and their spread (min, max). */
  ratios: number[];
  spread: { min: number; max: number };
}

function medianWindow(ws: Window[]): Window {
  const pick = (
    k:
      | 'requests'
      | 'errors'
      | 'non2xx'
      | 'failed'
      | 'seconds'
      | 'rps'
      | 'mean'
      | 'bytes'
      | 'busyCores'
      | 'otherCores'
      | 'stolenMsPerS',
  ) => median(ws.map((w) => w[k]));
  const names = Object.keys(ws[0]?.cpuMsPerReq ?? {});
  const pooled = ws.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const pct = (p: 50 | 90 | 99) => (pooled.length >= MIN_SAMPLES[`p${p}`] ? percentile(pooled, p) : NaN);
  return {
    requests: pooled.length,
    errors: ws.reduce((a, w) => a + w.errors, 0),
    non2xx: ws.reduce((a, w) => a + w.non2xx, 0),
    failed: ws.reduce((a, w) => a + w.failed, 0),
    firstFailure: ws.find((w) => w.firstFailure)?.firstFailure,
    latencies: [],
    seconds: pick('seconds'),
    rps: pick('rps'),
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    mean: pick('mean'),
    bytes: pick('bytes'),
    busyCores: pick('busyCores'),
    otherCores: pick('otherCores'),
    stolenMsPerS: pick('stolenMsPerS'),
    cpuMsPerReq: Object.fromEntries(names.map((n) => [n, median(ws.map((w) => w.cpuMsPerReq[n]!))])),
    waitMsPerS: Object.fromEntries(
      Object.keys(ws[0]?.waitMsPerS ?? {}).map((n) => [n, median(ws.map((w) => w.waitMsPerS?.[n] ?? NaN))]),
    ),
    statuses: ws.reduce<Record<string, number>>((acc, w) => {
      for (const [k, v] of Object.entries(w.statuses)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {}),
  };
}

export type Progress = (msg: string) => void;

/**
 * A against B: a warm-up window on each first (`initialWarmup` requests), then `rounds` rounds,
 * each measuring both (after `warmup` more requests, if any) in alternating order (AB, BA, AB, …)
 * so that a drift of the machine's load does not favour one side.
 */
export async function compare(
  a: LoadTarget,
  b: LoadTarget,
  o: { connections: number; amount: number; warmup: number; initialWarmup: number; rounds: number; progress: Progress },
): Promise<Comparison> {
  for (const t of [a, b]) {
    o.progress(`  warm-up ${t.name} (${o.initialWarmup} requests, ${o.connections} connections)`);
    const w = await measure(t, { connections: o.connections, amount: o.initialWarmup });
    if (w.requests < o.initialWarmup || w.non2xx || w.errors || w.failed)
      throw new Error(
        `${t.name}: warm-up got ${w.requests} good answers of ${o.initialWarmup}, ${w.non2xx} non-2xx, ` +
          `${w.failed} failed checks, ${w.errors} errors` +
          `${w.firstFailure ? ` (${w.firstFailure})` : ''}; is it serving?`,
      );
  }
  const rounds: Comparison['rounds'] = [];
  for (let i = 0; i < o.rounds; i++) {
    const order = i % 2 === 0 ? [a, b] : [b, a];
    const got: Record<string, Window> = {};
    for (const t of order) {
      if (o.warmup > 0) await measure(t, { connections: o.connections, amount: o.warmup });
      const w = await measure(t, { connections: o.connections, amount: o.amount });
      got[t.name] = w;
      o.progress(
        `  round ${i + 1}/${o.rounds} ${t.name.padEnd(7)} ${fmt(w.rps, 1).padStart(8)} req/s  ` +
          `p50 ${fmt(w.p50, 1).padStart(7)} ms  p99 ${fmt(w.p99, 1).padStart(7)} ms  ` +
          `(${w.requests} in ${fmt(w.seconds, 1)} s` +
          `${w.failed || w.errors ? `; ${w.failed} failed checks (${w.non2xx} non-2xx), ${w.errors} errors` : ''})`,
      );
    }
    rounds.push({ a: got[a.name]!, b: got[b.name]!, order: order.map((t) => t.name).join(',') });
  }
  // A part whose answers fail their check reports an error, not a ratio.
  const bad = rounds.flatMap((r) => [r.a, r.b]).find((w) => w.failed || w.errors || w.non2xx);
  if (bad)
    throw new Error(
      `answers failed their check under load (${bad.failed} failed, ${bad.non2xx} non-2xx, ${bad.errors} errors` +
        `${bad.firstFailure ? `; first: ${bad.firstFailure}` : ''})`,
    );
  const ratios = rounds.map((r) => r.a.rps / r.b.rps);
  const median_ = { a: medianWindow(rounds.map((r) => r.a)), b: medianWindow(rounds.map((r) => r.b)) };
  for (const r of rounds) r.a.latencies = r.b.latencies = []; // pooled above; not kept in the results file
  return {
    a: a.name,
    b: b.name,
    rounds,
    median: median_,
    ratios,
    spread: { min: Math.min(...ratios), max: Math.max(...ratios) },
  };
}

export interface Many {
  names: string[];
  /** Per round, each target's window (by name), and the order they ran in. */
  rounds: { windows: Record<string, Window>; order: string }[];
  /** Over rounds, as in `Comparison.median`. */
  median: Record<string, Window>;
}

/**
 * Several targets under the same load: a warm-up on each, then `rounds` rounds measuring each in
 * turn, the order rotated (and reversed every other round) so that drift favours none. A target
 * whose answers fail their check makes the whole comparison fail.
 */
export async function compareMany(
  targets: LoadTarget[],
  o: {
    connections: number;
    amount: number;
    /** A window in time: at least this long and at least `amount` answers (steady state; none: `amount` answers). */
    seconds?: number;
    warmup: number;
    initialWarmup: number;
    rounds: number;
    progress: Progress;
  },
): Promise<Many> {
  for (const t of targets) {
    o.progress(`  warm-up ${t.name} (${o.initialWarmup} requests, ${o.connections} connections)`);
    const w = await measure(t, { connections: o.connections, amount: o.initialWarmup });
    if (w.requests < o.initialWarmup || w.non2xx || w.errors || w.failed)
      throw new Error(
        `${t.name}: warm-up got ${w.requests} good answers of ${o.initialWarmup}, ${w.non2xx} non-2xx, ` +
          `${w.failed} failed checks, ${w.errors} errors${w.firstFailure ? ` (${w.firstFailure})` : ''}`,
      );
  }
  const rounds: Many['rounds'] = [];
  for (let i = 0; i < o.rounds; i++) {
    const k = i % targets.length;
    let order = [...targets.slice(k), ...targets.slice(0, k)];
    if (i % 2) order = order.reverse();
    const windows: Record<string, Window> = {};
    for (const t of order) {
      if (o.warmup > 0) await measure(t, { connections: o.connections, amount: o.warmup });
      const w = await measure(t, { connections: o.connections, amount: o.amount, seconds: o.seconds });
      windows[t.name] = w;
      o.progress(
        `  round ${i + 1}/${o.rounds} ${t.name.padEnd(11)} ${fmt(w.rps, 1).padStart(8)} req/s  ` +
          `p50 ${fmt(w.p50, 1).padStart(7)} ms  p99 ${fmt(w.p99, 1).padStart(7)} ms  ` +
          `(${w.requests} in ${fmt(w.seconds, 1)} s` +
          `${w.failed || w.errors ? `; ${w.failed} failed checks (${w.non2xx} non-2xx), ${w.errors} errors` : ''})`,
      );
    }
    rounds.push({ windows, order: order.map((t) => t.name).join(',') });
  }
  const bad = rounds.flatMap((r) => Object.entries(r.windows)).find(([, w]) => w.failed || w.errors || w.non2xx);
  if (bad)
    throw new Error(
      `${bad[0]}: answers failed their check under load (${bad[1].failed} failed, ${bad[1].non2xx} non-2xx, ` +
        `${bad[1].errors} errors${bad[1].firstFailure ? `; first: ${bad[1].firstFailure}` : ''})`,
    );
  const names = targets.map((t) => t.name);
  const median_ = Object.fromEntries(names.map((n) => [n, medianWindow(rounds.map((r) => r.windows[n]!))]));
  for (const r of rounds) for (const w of Object.values(r.windows)) w.latencies = [];
  return { names, rounds, median: median_ };
}

/**
 * The machine's busy cores in a window (of all it has) and how many of them one process group
 * took, e.g. `machine 1.91 of 2 cores busy, all-in-one 0.36`.
 */
export function coresNote(w: Window, group = 'all-in-one'): string {
  const g = groupCores(w, group);
  const wait = w.waitMsPerS?.[group];
  return (
    `machine ${fmt(w.busyCores)} of ${availableParallelism()} cores busy` +
    (Number.isNaN(g) ? '' : `, ${group} ${fmt(g)}`) +
    (wait === undefined || Number.isNaN(wait) ? '' : `, its event loop waited ${fmt(wait, 0)} ms/s for a core`) +
    // the hypervisor's steal: time this machine's cores had work but another guest ran
    (w.stolenMsPerS >= 1 ? `; the host took ${fmt(w.stolenMsPerS, 0)} ms/s of its cores (steal)` : '')
  );
}

/** Cores a process group kept busy in a window (its CPU per request × requests per second); NaN if not measured. */
export function groupCores(w: Window, group: string): number {
  const ms = w.cpuMsPerReq[group];
  return ms === undefined ? NaN : (ms * w.rps) / 1000;
}

export function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** A seeded PRNG in [0, 1) (a linear congruential generator): the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) >>> 0) / 4294967296;
}

/** The flood's client's nice level (see `flood`). */
export const FLOOD_NICE = 10;

/** A neighbour's load, described so that a process of its own can make it (no functions). */
export interface FloodTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  tls?: LoadTarget['tls'];
  /**
   * Each request at a varied offset instead: `${path}&offset=<n>`, n uniform in [0, span) from a
   * PRNG of its own seeded with `seed` (the same for every run): no two requests alike.
   */
  offsets?: { path: string; span: number; seed: number };
}

export interface FloodOptions {
  connections: number;
  /** Offered requests per second, over all connections. */
  rate: number;
  /**
   * 'even' (the default): one request every 1 / rate s; 'bursts': each second's `rate` requests
   * all at its start (autocannon's `overallRate`, which p5's flood used until 5 December).
   */
  shape?: 'even' | 'bursts';
}

export interface FloodResult {
  admitted: number;
  rejected: number;
  other: number;
  seconds: number;
  bytes: number;
  /** Cores the flood's own process (the neighbour's client) kept busy from `measuring` on (else from its start). */
  clientCores: number;
  /**
   * The most answers admitted (2xx) within any one second of the measured window (from
   * `measuring`): how evenly the limits let the load through.
   */
  peakAdmittedPerSecond: number;
  /** Requests due while a second's worth (at least twice `connections`) was open: not sent (the client fell behind). */
  unsent: number;
  /** The first transport failure (counted in `other`), if any. */
  failure?: string;
}

/** How a flood's load falls in time, for the log. */
export const floodShapeNote = (shape: FloodOptions['shape'] = 'even'): string =>
  shape === 'bursts' ? "each second's requests at once at its start" : 'evenly spaced';

export interface Flood {
  /** Marks the start of the measured window (the flood's peak is counted from there). */
  measuring(): void;
  /** Stops the flood and waits until its process has counted and ended. */
  stop(): Promise<FloodResult>;
}

/**
 * Background load at a fixed offered rate (`rate` requests per second over `connections`), until
 * stopped: the neighbours of p5. 429 answers are counted as rejected, 2xx as admitted. It runs in
 * a process of its own (flood-child.ts): on this event loop, the neighbour's answers (up to 200 a
 * second, or 1000-row pages) would wait in line with the victim's, and their parsing would count
 * as the victim's latency. Resolves once the load has started.
 */
export async function flood(t: FloodTarget, o: FloodOptions): Promise<Flood> {
  assertLoopback(t.url);
  const child = fork(fileURLToPath(new URL('./flood-child.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A real neighbour's client runs on its own machine; here it shares the cores with the platform it
  // loads. At nice 10 it takes what the platform leaves (its requests still go out on time: `unsent`).
  if (child.pid) setPriority(child.pid, FLOOD_NICE);
  type Message = { started?: true; result?: FloodResult; failed?: string };
  let result: FloodResult | undefined;
  let failed: string | undefined;
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<void>((resolve, reject) => {
    child.on('message', (m: Message) => {
      if (m.started) resolve();
      if (m.result) result = m.result;
      if (m.failed) failed = m.failed;
    });
    void ended.then(() => reject(new Error(`the flood's process ended before it started: ${failed ?? 'no reason'}`)));
  });
  child.send({ target: t, options: o });
  await started;
  return {
    measuring() {
      if (child.connected) child.send('measure');
    },
    async stop() {
      if (child.connected) child.send('stop');
      await ended;
      if (!result) throw new Error(`the flood's process ended without its counts: ${failed ?? 'no reason'}`);
      return result;
    },
  };
}
