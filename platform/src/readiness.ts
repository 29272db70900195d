/**
 * Health that means something. `/healthz` is liveness (the process answers). `/readyz` reports
 * every dependency this process needs — the database, each subgraph, and whatever else is added
 * (`add`, e.g. Redis once configured) — with its latency, and is not ready while any fails or
 * while the process drains for shutdown (SIGTERM: not ready first, so load balancers stop sending,
 * then stop accepting, finish in-flight requests, close pools; see `drainAndClose`).
 *
 * Load balancers probe often (every few hundred ms, from several of them), and a probe gives up
 * after its own timeout while the work it started goes on. So a report never starts work that the
 * previous one still has running: concurrent probes share one evaluation (single flight), and a
 * check that outlives its budget is not started again until it has settled (its stale result is
 * reported as failed meanwhile). Without this, probes of a slow database queue one more
 * `select 1` each behind the requests on the same pool, faster than it drains: every wait grows
 * and requests hang. A check gets an AbortSignal that fires at its budget (HTTP checks stop then).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';
import { RETRY_AFTER_SECONDS, within } from './failure.ts';

export interface ReadinessCheck {
  /** e.g. "database", "subgraph:care", "redis". */
  name: string;
  /**
   * Resolves when the dependency is usable; throws (or rejects) with what is wrong. `signal`
   * aborts when the check's budget (CHECK_TIMEOUT_MS) is spent: stop what can be stopped.
   */
  check(signal: AbortSignal): Promise<unknown>;
  /**
   * False: the process serves without it in a degraded mode (e.g. Redis: local limits), so its
   * failure reports `degraded` but stays ready. Default true.
   */
  critical?: boolean;
}

export interface CheckResult {
  name: string;
  ready: boolean;
  latencyMs: number;
  detail?: string;
  /** Not critical (see ReadinessCheck.critical). */
  optional?: true;
}

export interface ReadinessReport {
  [detail: string]: unknown;
  status: 'ready' | 'degraded' | 'unavailable' | 'draining' | 'maintenance';
  checks: CheckResult[];
}

/** A check that takes longer than this counts as failed. */
export const CHECK_TIMEOUT_MS = 2000;
/** A check still running this long after its budget is given up and started afresh: one may never settle. */
export const OVERDUE_FORGET_MS = CHECK_TIMEOUT_MS;

export class Readiness {
  private readonly checks: ReadinessCheck[] = [];
  private drainingSince?: number;
  private readonly details: Array<() => Promise<Record<string, unknown> & { ready?: boolean }>> = [];
  /** The report being made (concurrent callers share it). */
  private current?: Promise<ReadinessReport>;
  /** Checks that outlived their budget and are still running, by name. */
  private readonly overdue = new Map<string, { settled: Promise<unknown>; since: number }>();

  constructor(
    checks: ReadinessCheck[] = [],
    private readonly metrics?: Metrics,
  ) {
    for (const c of checks) this.add(c);
  }

  /** Adds a dependency check (a name may appear once; a second add replaces the first). */
  add(check: ReadinessCheck): this {
    const i = this.checks.findIndex((c) => c.name === check.name);
    if (i >= 0) this.checks[i] = check;
    else this.checks.push(check);
    return this;
  }

  /**
   * More fields for the report (e.g. maintenance, resident-register freshness); one that says
   * `ready: false` makes the process not ready (status `maintenance`, 503).
   */
  addDetail(detail: () => Promise<Record<string, unknown> & { ready?: boolean }>): this {
    this.details.push(detail);
    return this;
  }

  get names(): string[] {
    return this.checks.map((c) => c.name);
  }

  /** From now on not ready: the process is about to stop. */
  drain(): void {
    this.drainingSince ??= Date.now();
    this.metrics?.draining.set(1);
  }

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }

  /** The per-dependency report; calls made while one is being made get that one. */
  report(): Promise<ReadinessReport> {
    this.current ??= this.evaluate().finally(() => {
      this.current = undefined;
    });
    // a shared report begun before drain() still says draining once it has been called
    return this.current.then((r) => (this.draining && r.status !== 'draining' ? { ...r, status: 'draining' } : r));
  }

  /** Runs one check within its budget; one still running from an earlier report is not started again. */
  private async runCheck(c: ReadinessCheck): Promise<void> {
    const running = this.overdue.get(c.name);
    // one that never settles (a query on a connection the server dropped) is given up after OVERDUE_FORGET_MS,
    // so readiness recovers when the dependency does
    if (running && Date.now() - running.since > OVERDUE_FORGET_MS) this.overdue.delete(c.name);
    else if (running)
      throw new Error(`still checking after ${CHECK_TIMEOUT_MS} ms (an earlier check has not answered)`);
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const work = Promise.resolve().then(() => c.check(abort.signal));
    try {
      await Promise.race([
        work,
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            abort.abort(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`));
            // remembered until it settles: later reports do not pile more of the same work behind it
            const settled = work.then(
              () => undefined,
              () => undefined,
            );
            const entry = { settled, since: Date.now() };
            this.overdue.set(c.name, entry);
            void settled.then(() => {
              if (this.overdue.get(c.name) === entry) this.overdue.delete(c.name);
            });
            reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`));
          }, CHECK_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async evaluate(): Promise<ReadinessReport> {
    const checks = await Promise.all(
      this.checks.map(async (c): Promise<CheckResult> => {
        const t0 = performance.now();
        try {
          await this.runCheck(c);
          return {
            name: c.name,
            ready: true,
            latencyMs: round(performance.now() - t0),
            ...(c.critical === false ? { optional: true as const } : {}),
          };
        } catch (e) {
          return {
            name: c.name,
            ready: false,
            latencyMs: round(performance.now() - t0),
            detail: (e as Error).message,
            ...(c.critical === false ? { optional: true as const } : {}),
          };
        }
      }),
    );
    for (const c of checks) this.metrics?.readinessUp.set({ check: c.name }, c.ready ? 1 : 0);
    const extra: Record<string, unknown> & { ready?: boolean } = {};
    for (const d of this.details)
      Object.assign(
        extra,
        await within(d(), CHECK_TIMEOUT_MS).catch((e: Error) => ({ ready: false, detail: e.message })),
      );
    const { ready: held, ...more } = extra;
    const status = this.draining
      ? 'draining'
      : !checks.every((c) => c.ready || c.optional)
        ? 'unavailable'
        : held === false
          ? 'maintenance'
          : checks.every((c) => c.ready)
            ? 'ready'
            : 'degraded';
    return { ...more, status, checks };
  }

  /** The /readyz route: 200 when ready, else 503; the per-dependency report either way. */
  readonly handle = async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const r = await this.report();
    const body = JSON.stringify(r);
    const ok = r.status === 'ready' || r.status === 'degraded';
    res.writeHead(ok ? 200 : 503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...(ok ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) }),
    });
    res.end(body);
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** A subgraph's readiness over HTTP: its /readyz answers 200. */
export function httpReadyCheck(name: string, readyzUrl: string): ReadinessCheck {
  return {
    name,
    async check(signal) {
      const r = await fetch(readyzUrl, { signal });
      // Read the body whatever the status: Node's fetch keeps the connection pinned to an unread
      // response (until garbage collection), so each probe would open a new one.
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${readyzUrl} answered ${r.status}`);
    },
  };
}
