/**
 * Fair turns between tenants for the work of one process (customer document §5.6: one customer's
 * automated jobs must not slow the others down). The fair share (fair-share.ts) decides *whether*
 * a request is admitted — rate, rows and in-flight limits per key and tenant — but two admitted
 * tenants still compete for the same event loop and database pool: a tenant reading large pages
 * on 16 connections, well within its limits, has 16 requests interleaving with another tenant's
 * one, which then waits behind all of them.
 *
 * The gate lets at most `capacity` admitted requests work at once in this process. Beyond that a
 * request waits, and each freed turn goes to the waiting tenant with the fewest requests working
 * now (ties: the one waiting longest), so a light tenant's request is next however many a heavy
 * tenant has queued; a tenant alone on the platform still gets every turn (nothing is idle while
 * anybody waits). Waiting is not refusal: no 429 comes from here.
 */

interface Waiter {
  tenant: string;
  since: number;
  go: () => void;
}

export class FairGate {
  private working = 0;
  private readonly workingOf = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  /** `capacity`: admitted requests working at once in this process (≥ 1). */
  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error('FairGate: capacity must be at least 1');
  }

  /** Requests on a turn (working) now. */
  get busy(): number {
    return this.working;
  }

  /** Requests waiting for a turn now. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Waits for a turn of `tenant`; the returned function ends it (once; later calls do nothing). */
  async enter(tenant: string): Promise<() => void> {
    if (this.working < this.capacity && !this.queue.length) this.take(tenant);
    else await new Promise<void>((go) => this.queue.push({ tenant, since: performance.now(), go }));
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.leave(tenant);
    };
  }

  private take(tenant: string): void {
    this.working++;
    this.workingOf.set(tenant, (this.workingOf.get(tenant) ?? 0) + 1);
  }

  private leave(tenant: string): void {
    this.working--;
    const left = (this.workingOf.get(tenant) ?? 1) - 1;
    if (left > 0) this.workingOf.set(tenant, left);
    else this.workingOf.delete(tenant);
    while (this.working < this.capacity && this.queue.length) {
      // the waiting tenant with the fewest working now; the queue is in arrival order, so the
      // first found of those is the one waiting longest
      let best = 0;
      let fewest = Infinity;
      for (let i = 0; i < this.queue.length; i++) {
        const n = this.workingOf.get(this.queue[i]!.tenant) ?? 0;
        if (n < fewest) {
          fewest = n;
          best = i;
          if (n === 0) break;
        }
      }
      const [next] = this.queue.splice(best, 1);
      this.take(next!.tenant);
      next!.go();
    }
  }
}
