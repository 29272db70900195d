/**
 * The background lane export jobs run in, below interactive traffic (customer document §5.6:
 * scheduled bulk jobs must not hurt other customers). Four rules:
 *
 * - at most `global` jobs run at once in this process (default: one per CPU core), and at most
 *   `perTenant` of one tenant; the rest wait, queued, in the order they were created;
 * - a job reads at most `rowsPerSecond` rows a second (default 5,000), so that the lane's share of
 *   the process stays bounded however fast the database answers;
 * - before each page a job gives way while interactive requests are in flight (the facade's fair
 *   share counts them), for up to `maxWaitMs`; and while interactive traffic was seen in the last
 *   second (sampled every 10 ms), it also pauses as long as its previous page took — at most half
 *   of the process's time goes to exports then. A steady interactive load slows exports down but
 *   cannot starve them; an idle platform runs them at full speed;
 * - a page is small (250 rows by default), so an interactive request waits at most for about one
 *   page of each running job on the shared event loop; a lane with larger pages (the export
 *   runner's 2,000) reads `busyPageSize` rows a page while interactive traffic was seen in the last
 *   second, so the database work an interactive request can queue behind stays short;
 * - while interactive traffic was seen in the last second, the lane's jobs read their pages one at
 *   a time (`page`), and after each page the lane rests `busyRest` times as long as the page took
 *   before the next job's page: however many jobs run, the lane's share of the database and of the
 *   machine is then at most 1 / (1 + busyRest), and an interactive request overlaps at most one
 *   export page. On an idle platform the jobs read in parallel at full speed.
 */

import { availableParallelism } from 'node:os';
import { EXPORT_ROWS_PER_SECOND } from '@lcs/platform';

export interface LaneOptions {
  /** Jobs running at once in this process (default: one per CPU core). */
  global?: number;
  /** Rows a second one job reads at most (default 5,000; 0: no limit). */
  rowsPerSecond?: number;
  /** Jobs of one tenant running at once (default 1). */
  perTenant?: number;
  /** Interactive requests in flight now. */
  interactive?: () => number;
  /** Longest a page waits for interactive traffic to drain, in ms (default 250). */
  maxWaitMs?: number;
  /** Rows a page at most while interactive traffic was seen in the last second (default 250). */
  busyPageSize?: number;
  /** While busy, the lane rests this many times as long as a page took before the next page (default 4). */
  busyRest?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class BackgroundLane {
  readonly global: number;
  readonly perTenant: number;
  private readonly running = new Map<string, number>();
  private total = 0;
  /** When interactive requests were last seen in flight (sampled while jobs run). */
  private lastBusy = 0;
  private sampler?: NodeJS.Timeout;
  /** While busy: a page of some job is being read, or the lane rests after one. */
  private pageHeld = false;
  private readonly pageWaiters: (() => void)[] = [];

  /** Longest a page waits for interactive traffic to drain, in ms. */
  private readonly maxWait: number;

  constructor(private readonly o: LaneOptions = {}) {
    this.maxWait = o.maxWaitMs ?? 250;
    this.global = Math.max(1, o.global ?? availableParallelism());
    this.perTenant = Math.max(1, o.perTenant ?? 1);
  }

  /** Takes a slot for a job of `tenant` if one is free; the returned function gives it back. */
  tryAcquire(tenant: string): (() => void) | undefined {
    const mine = this.running.get(tenant) ?? 0;
    if (this.total >= this.global || mine >= this.perTenant) return undefined;
    this.total++;
    this.running.set(tenant, mine + 1);
    const busy = this.o.interactive;
    if (busy && !this.sampler) {
      this.sampler = setInterval(() => {
        if (busy() > 0) this.lastBusy = Date.now();
      }, 10);
      this.sampler.unref();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      if (!this.total && this.sampler) {
        clearInterval(this.sampler);
        this.sampler = undefined;
      }
      const left = (this.running.get(tenant) ?? 1) - 1;
      if (left > 0) this.running.set(tenant, left);
      else this.running.delete(tenant);
    };
  }

  /** Waits until a job that started at `since` (performance.now()) and has read `rows` rows is within its rate. */
  async pace(since: number, rows: number): Promise<void> {
    const rate = this.o.rowsPerSecond ?? EXPORT_ROWS_PER_SECOND;
    if (!rate) return;
    const ahead = (rows / rate) * 1000 - (performance.now() - since);
    if (ahead > 0) await sleep(ahead);
  }

  private recentlyBusy(): boolean {
    return !!this.o.interactive && Date.now() - this.lastBusy < 1000;
  }

  /** Waits (bounded by maxWaitMs) while interactive requests are in flight. */
  private async giveWay(): Promise<void> {
    const busy = this.o.interactive;
    if (!busy) return;
    const until = Date.now() + this.maxWait;
    while (busy() > 0 && Date.now() < until) {
      this.lastBusy = Date.now();
      await sleep(2);
    }
  }

  /**
   * Reads one page: `work` runs when it is this job's turn. On an idle platform at once (after one
   * event-loop turn); after recent interactive traffic, one page of the whole lane at a time, once
   * no interactive request is in flight (waiting at most maxWaitMs), and the next page of any job
   * only after the lane has rested `busyRest` times as long as this one took.
   */
  async page<T>(work: () => Promise<T>): Promise<T> {
    await this.giveWay();
    if (!this.recentlyBusy()) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      return work();
    }
    if (this.pageHeld) await new Promise<void>((resolve) => this.pageWaiters.push(resolve));
    else this.pageHeld = true;
    const started = performance.now();
    try {
      await this.giveWay();
      return await work();
    } finally {
      const rest = (performance.now() - started) * (this.o.busyRest ?? 4);
      setTimeout(
        () => {
          const next = this.pageWaiters.shift();
          if (next) next();
          else this.pageHeld = false;
        },
        Math.min(rest, 4 * this.maxWait),
      );
    }
  }

  /** The next page's size: `size`, or at most `busyPageSize` after recent interactive traffic. */
  pageSize(size: number): number {
    if (!this.recentlyBusy()) return size;
    return Math.min(size, this.o.busyPageSize ?? 250);
  }

  /**
   * Waits for a turn: while interactive requests are in flight (bounded); after recent interactive
   * traffic, as long as the previous page took (bounded); then one event-loop turn.
   */
  async turn(previousPageMs = 0): Promise<void> {
    await this.giveWay();
    if (this.recentlyBusy() && previousPageMs > 0) await sleep(Math.min(previousPageMs, 4 * this.maxWait));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
