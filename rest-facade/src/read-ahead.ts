/**
 * Reading ahead for a caller who walks a large list page by page (a BI tool following Link next
 * through a whole tenant). Each page's read is a statement PostgreSQL spends most of the page's
 * time on; read one after the other, the database waits while a page is sent and the caller asks
 * for the next, and the facade waits while the database reads. So when a caller who followed a
 * cursor is served a page of at least `minRows` items and another page follows, the next page is
 * read at once, while this one is still on its way, and each read ahead, once done, starts the one
 * after it, up to `depth` pages beyond what the caller has asked for. Where the walker can predict
 * where a page will end (Walker.predict), the page after it is read at the same time, so a walk has
 * up to `depth` reads running at once. The pages are held for the same caller and the same request
 * (operation, variables, and the caller's whole identity); the caller's next request then waits
 * only for what is left of a read already running.
 *
 * Audit: a read ahead commits no audit record when it runs (its subgraph hands the records' commit
 * over, platform audit.ts AuditDeferral). The record is committed when that caller asks for that
 * page, before a byte of it is sent, in a transaction of its own; a page never asked for within
 * `ttlMs` is dropped without a record, as its rows never left. If the record cannot be committed,
 * the held page is dropped and the request runs as usual (which fails closed itself if the audit
 * log cannot be written). So it is if the register of protected identities changed since the page
 * was read (platform privacy.ts protectedRegisterMark): a page is never delivered masked as the
 * register no longer stands.
 *
 * Bounds: at most `maxHeld` pages held (or being read) in the process, each at most one page (5,000
 * rows); per walk at most `depth` beyond the caller's last request. The walker's reads run in the
 * room the fair share leaves (FairShare.spare: a slot of the tenant's in-flight limit while one
 * more stays free, and a turn of the fair gate, so a tenant reading ahead waits behind a lighter
 * tenant's work); without room, a page is not read ahead.
 */
import { RegisterChanged, type AuditDeferral, type Metrics } from '@lcs/platform';
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
export type ReadAheadOutcome =
  'delivered' | 'expired' | 'failed' | 'unaudited' | 'remasked' | 'full' | 'mispredicted' | 'stale';

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
  /**
   * The next page's variables while the read of `variables` is still running (found cheaply: the
   * cursor of the row that page will end on), so the two pages are read at once. Wrong only when
   * rows change in between; the end of the read shows it, and the page read from the guess is then
   * dropped without a record. None: pages are read one after the other.
   */
  predict?(variables: Variables): Promise<Variables | undefined>;
}

interface Held {
  walk: string;
  /** Dropped unasked for: its walk is given up. */
  abandoned?: boolean;
  /** The key of the page after it, read at once from a prediction (Walker.predict). */
  predicted?: string;
  /** Its read has ended: what comes after it is known, a prediction is no longer wanted. */
  done?: boolean;
  answer: Promise<{ result: ExecutionResult; commits: (() => Promise<number>)[] } | undefined>;
  timer: NodeJS.Timeout;
}

interface Walk {
  /** The latest walker of the walk (its reads are the caller's). */
  walker: Walker;
  /** Pages of this walk read ahead so far (a page is read once in a walk). */
  started: Set<string>;
  /** Pages held now. */
  held: number;
  /** Pages whose read waits for room (at most `depth` held), in order. */
  waiting: Map<string, Variables>;
  /** When the caller was last served a page of it. */
  touched: number;
}

export class ReadAhead {
  readonly minRows: number;
  private readonly maxHeld: number;
  private readonly depth: number;
  private readonly ttlMs: number;
  private readonly held = new Map<string, Held>();
  private readonly walks = new Map<string, Walk>();

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
    const now = performance.now();
    for (const [name, x] of this.walks)
      if (!x.held && !x.waiting.size && now - x.touched > this.ttlMs) this.walks.delete(name);
    this.walkOf(w).touched = now;
    const next = w.nextOf(variables, result);
    if (next) this.startOrWait(w, next);
  }

  /**
   * The page held for the walker's request `variables`, its audit records committed: undefined
   * when none is held, its read failed, or its records could not be committed (then run the
   * request as usual). A held page is delivered once. A request for a page that is not held puts
   * the walk out of step (the caller went its own way, or outran a read that had to wait): what is
   * held for it is dropped unasked for, and the walk starts afresh from this page.
   */
  async take(w: Walker, variables: Variables): Promise<ExecutionResult | undefined> {
    const key = w.keyOf(variables);
    const h = this.held.get(key);
    if (!h) return void this.restart(w.walk);
    this.release(key, h);
    const walk = this.walks.get(h.walk);
    if (walk)
      for (const [k, v] of walk.waiting) {
        if (walk.held >= this.depth) break;
        this.start(walk, k, v);
      }
    const got = await h.answer;
    if (!got) return void this.count('failed');
    try {
      for (const commit of got.commits) await commit();
    } catch (e) {
      // the register of protected identities changed since the read: read it again, masked as now
      return void this.count(e instanceof RegisterChanged ? 'remasked' : 'unaudited');
    }
    this.count('delivered');
    return got.result;
  }

  private walkOf(w: Walker): Walk {
    let walk = this.walks.get(w.walk);
    if (!walk)
      this.walks.set(w.walk, (walk = { walker: w, started: new Set(), held: 0, waiting: new Map(), touched: 0 }));
    walk.walker = w;
    return walk;
  }

  /** Drops what is held for `walk` (no records: nothing of it was delivered) and what waits to be read. */
  private restart(name: string): void {
    if (!this.walks.has(name)) return;
    for (const [key, h] of this.held)
      if (h.walk === name) {
        this.abandon(key, h);
        this.count('stale');
      }
    this.walks.delete(name);
  }

  /** Reads `variables` ahead now, or once the caller has taken a page of the walk. */
  private startOrWait(w: Walker, variables: Variables): void {
    const walk = this.walkOf(w);
    const key = w.keyOf(variables);
    if (walk.started.has(key)) return;
    if (walk.held < this.depth) this.start(walk, key, variables);
    else walk.waiting.set(key, variables);
  }

  private start(walk: Walk, key: string, variables: Variables): void {
    walk.waiting.delete(key);
    if (walk.started.has(key)) return;
    if (this.held.size >= this.maxHeld) return this.count('full');
    const w = walk.walker;
    walk.started.add(key);
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
      this.abandon(key, h);
      walk.waiting.clear(); // the caller stopped walking: nothing more is read for it
      this.count('expired');
    }, this.ttlMs);
    timer.unref();
    const h: Held = { walk: w.walk, answer, timer };
    this.held.set(key, h);
    // the page after it at once, where it can be predicted
    w.predict?.(variables).then(
      (next) => {
        if (!next || h.abandoned || h.done) return; // (a prediction later than the read itself is not used)
        h.predicted = w.keyOf(next);
        this.startOrWait(w, next);
      },
      () => undefined,
    );
    // done (taken already or still held): the page after it unless predicted right, now or once
    // the caller has taken one
    void answer.then((got) => {
      h.done = true;
      if (!got || h.abandoned) return;
      const next = w.nextOf(variables, got.result);
      const nextKey = next && w.keyOf(next);
      if (h.predicted && h.predicted !== nextKey) {
        // rows changed since the guess: the page read from it is not the next one
        const guessed = this.held.get(h.predicted);
        if (guessed) this.abandon(h.predicted, guessed);
        walk.waiting.delete(h.predicted);
        this.count('mispredicted');
      }
      if (next) this.startOrWait(w, next);
    });
  }

  /** No longer held (taken, or dropped unasked for). */
  private release(key: string, h: Held): void {
    this.held.delete(key);
    clearTimeout(h.timer);
    const walk = this.walks.get(h.walk);
    if (walk) walk.held--;
  }

  /** Dropped unasked for: nothing more is read from it (its prediction, its successor). */
  private abandon(key: string, h: Held): void {
    h.abandoned = true;
    this.release(key, h);
  }

  private count(outcome: ReadAheadOutcome): void {
    this.o.metrics?.facadeReadAhead.inc({ outcome });
  }
}
