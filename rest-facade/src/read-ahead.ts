/**
 * Reading ahead for a caller who walks a large list page by page (a BI tool following Link next
 * through a whole tenant). Each page's read is a statement PostgreSQL spends most of the page's
 * time on; read one after the other, the database waits while a page is sent and the caller asks
 * for the next, and the facade waits while the database reads. So when a caller who followed a
 * cursor is served a page of at least `minRows` items and another page follows, the next page is
 * read at once, while this one is still on its way, and each read ahead, once done, starts the one
 * after it, up to `depth` pages beyond what the caller has asked for. The pages are held for the
 * same caller and the same request (operation, variables, and the caller's whole identity); the
 * caller's next request then waits only for what is left of a read already running.
 *
 * Audit: a read ahead commits no audit record when it runs (its subgraph hands the records' commit
 * over, platform audit.ts AuditDeferral). The record is committed when that caller asks for that
 * page, before a byte of it is sent, in a transaction of its own; a page never asked for within
 * `ttlMs` is dropped without a record, as its rows never left. If the record cannot be committed,
 * the held page is dropped and the request runs as usual (which fails closed itself if the audit
 * log cannot be written).
 *
 * Bounds: at most `maxHeld` pages held (or being read) in the process, each at most one page (5,000
 * rows); per walk at most `depth` beyond the caller's last request and one read at a time. A read
 * ahead takes a turn of the fair gate (fair-gate.ts) like a request, so a tenant reading ahead
 * waits behind a lighter tenant's work.
 */
import type { AuditDeferral, Metrics } from '@lcs/platform';
import type { ExecutionResult } from './server.ts';

export interface ReadAheadOptions {
  /** Pages of at least this many items are read ahead. Default 1,000. */
  minRows?: number;
  /** Pages held (or being read) at once in this process. Default 8. */
  maxHeld?: number;
  /** Pages held per walk beyond the caller's last request. Default 2. */
  depth?: number;
  /** A held page nobody asked for is dropped after this. Default 15 s. */
  ttlMs?: number;
  metrics?: Metrics;
}

/** What became of a page read ahead (the metric's outcome). */
export type ReadAheadOutcome = 'delivered' | 'expired' | 'failed' | 'unaudited' | 'full';

type Variables = Record<string, unknown>;

/** One caller walking one list: how its pages are keyed, followed and read. */
export interface Walker {
  /** The walk (the caller, the operation, its variables but the cursor). */
  walk: string;
  /** A page's key within the process (the walk and its cursor). */
  keyOf(variables: Variables): string;
  /** The next page's variables after `result` (read with `variables`), when it is worth reading ahead. */
  nextOf(variables: Variables, result: ExecutionResult): Variables | undefined;
  /** Reads a page, its audit records' commit handed to `deferAudit`. */
  read(variables: Variables, deferAudit: AuditDeferral): Promise<ExecutionResult>;
}

interface Held {
  walk: string;
  /** Dropped unasked for: its walk is given up. */
  abandoned?: boolean;
  answer: Promise<{ result: ExecutionResult; commits: (() => Promise<number>)[] } | undefined>;
  timer: NodeJS.Timeout;
}

export class ReadAhead {
  readonly minRows: number;
  private readonly maxHeld: number;
  private readonly depth: number;
  private readonly ttlMs: number;
  private readonly held = new Map<string, Held>();
  /** Per walk: pages held, and the read that waits for room (its predecessor is done). */
  private readonly walks = new Map<string, { held: number; waiting?: () => void }>();

  constructor(private readonly o: ReadAheadOptions = {}) {
    this.minRows = o.minRows ?? 1000;
    this.maxHeld = o.maxHeld ?? 8;
    this.depth = o.depth ?? 2;
    this.ttlMs = o.ttlMs ?? 15_000;
  }

  /** Pages held or being read now. */
  get size(): number {
    return this.held.size;
  }

  /**
   * A page (read with `variables`, giving `result`) was served to the walker: the next is read
   * ahead unless it is held already, not worth it, or no room is left. Never throws.
   */
  follow(w: Walker, variables: Variables, result: ExecutionResult): void {
    const next = w.nextOf(variables, result);
    if (next) this.start(w, next);
  }

  /**
   * The page held for `key`, its audit records committed: undefined when none is held, its read
   * failed, or its records could not be committed (then run the request as usual). A held page is
   * delivered once.
   */
  async take(key: string): Promise<ExecutionResult | undefined> {
    const h = this.held.get(key);
    if (!h) return undefined;
    this.drop(key, h);
    const got = await h.answer;
    if (!got) return void this.count('failed');
    try {
      for (const commit of got.commits) await commit();
    } catch {
      return void this.count('unaudited');
    }
    this.count('delivered');
    return got.result;
  }

  private start(w: Walker, variables: Variables): void {
    const key = w.keyOf(variables);
    if (this.held.has(key)) return;
    if (this.held.size >= this.maxHeld) return this.count('full');
    const walk = this.walks.get(w.walk) ?? { held: 0 };
    this.walks.set(w.walk, walk);
    walk.held++;
    const commits: (() => Promise<number>)[] = [];
    let read: Promise<ExecutionResult>;
    try {
      read = w.read(variables, { hold: (commit) => void commits.push(commit) });
    } catch (e) {
      read = Promise.reject(e);
    }
    const answer = read.then(
      (result) => (result.errors?.length ? undefined : { result, commits }),
      () => undefined,
    );
    const timer = setTimeout(() => {
      if (this.held.get(key) !== h) return;
      h.abandoned = true;
      this.drop(key, h);
      this.count('expired');
    }, this.ttlMs);
    timer.unref();
    const h: Held = { walk: w.walk, answer, timer };
    this.held.set(key, h);
    // done (taken already or still held): the page after it, now or once the caller has taken
    // one (at most `depth` held per walk, one read at a time)
    void answer.then((got) => {
      if (!got || h.abandoned) return;
      const next = w.nextOf(variables, got.result);
      if (!next) return;
      const go = () => this.start(w, next);
      const now = this.walks.get(w.walk);
      if (!now || now.held < this.depth) go();
      else now.waiting = go;
    });
  }

  /** Removes a held page (taken, or abandoned: then its walk's waiting read is not started). */
  private drop(key: string, h: Held): void {
    this.held.delete(key);
    clearTimeout(h.timer);
    const walk = this.walks.get(h.walk);
    if (!walk) return;
    walk.held--;
    const waiting = walk.waiting;
    walk.waiting = undefined;
    if (walk.held <= 0) this.walks.delete(h.walk);
    if (!h.abandoned) waiting?.();
  }

  private count(outcome: ReadAheadOutcome): void {
    this.o.metrics?.facadeReadAhead.inc({ outcome });
  }
}
