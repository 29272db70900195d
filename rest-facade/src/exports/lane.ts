/**
 * The background lane export jobs run in, below interactive traffic (customer document §5.6:
 * scheduled bulk jobs must not hurt other customers). Three rules:
 *
 * - at most `global` jobs run at once in this process, and at most `perTenant` of one tenant;
 *   the rest wait, queued, in the order they were created;
 * - before each page a job gives way while interactive requests are in flight (the facade's fair
 *   share counts them), for up to `maxWaitMs` — so a steady interactive load slows exports down
 *   but cannot starve them;
 * - a page is small (the facade's default page, 1,000 rows), so an interactive request waits at
 *   most for one page of one job on the shared database and event loop.
 */

export interface LaneOptions {
  /** Jobs running at once in this process (default 2). */
  global?: number;
  /** Jobs of one tenant running at once (default 1). */
  perTenant?: number;
  /** Interactive requests in flight now. */
  interactive?: () => number;
  /** Longest a page waits for interactive traffic to drain, in ms (default 250). */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class BackgroundLane {
  readonly global: number;
  readonly perTenant: number;
  private readonly running = new Map<string, number>();
  private total = 0;

  constructor(private readonly o: LaneOptions = {}) {
    this.global = Math.max(1, o.global ?? 2);
    this.perTenant = Math.max(1, o.perTenant ?? 1);
  }

  /** Takes a slot for a job of `tenant` if one is free; the returned function gives it back. */
  tryAcquire(tenant: string): (() => void) | undefined {
    const mine = this.running.get(tenant) ?? 0;
    if (this.total >= this.global || mine >= this.perTenant) return undefined;
    this.total++;
    this.running.set(tenant, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.running.get(tenant) ?? 1) - 1;
      if (left > 0) this.running.set(tenant, left);
      else this.running.delete(tenant);
    };
  }

  /** Waits for a turn: while interactive requests are in flight (bounded), then one event-loop turn. */
  async turn(): Promise<void> {
    const busy = this.o.interactive;
    if (busy) {
      const until = Date.now() + (this.o.maxWaitMs ?? 250);
      while (busy() > 0 && Date.now() < until) await sleep(2);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
