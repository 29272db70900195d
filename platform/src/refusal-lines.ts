/**
 * The request log under a flood: a key far over its limits is refused hundreds of times a second,
 * and a line for each refusal would fill an operator's log with one caller's misbehaviour (~15
 * million lines a day from one key of p5's flood; the lines' CPU, a tenth of a refusal's in a
 * profile, did not show in the all-in-one's CPU per refusal: README § Benchmarks, 7 December,
 * evening). So the first refusal (429) of a
 * kind — the same part, tenant, package, route and code — in each interval is logged as its
 * request line, and the rest of that interval are counted and logged at its end as ONE line
 * `requests refused` with their count. Every refusal is still counted in the metrics; lines of
 * any other status are never held back.
 */

/** What makes two refusals alike (ids and route templates only, like the request line). */
export interface RefusalKind {
  part: string;
  tenant?: string;
  package?: string;
  route?: string;
  /** The path, where no route names it (as the request line has it). */
  path?: string;
  code?: string;
}

export interface RefusalSummary extends RefusalKind {
  /** Refusals of this kind not logged one by one, since `since`. */
  count: number;
  since: string;
  seconds: number;
}

/** Kinds tracked at most; beyond, the interval is closed early (its counts written). */
const MAX_KINDS = 10_000;

export class RefusalLines {
  private readonly held = new Map<string, { kind: RefusalKind; count: number }>();
  private since: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly write: (s: RefusalSummary) => void,
    /** The interval, ms. */
    private readonly everyMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.since = this.now();
    this.timer = setInterval(() => this.flush(), everyMs);
    this.timer.unref();
  }

  /** True: log this refusal's own line (the first of its kind this interval); false: counted. */
  first(kind: RefusalKind): boolean {
    const k = [kind.part, kind.tenant, kind.package, kind.route, kind.path, kind.code].join('\u0000');
    const h = this.held.get(k);
    if (h) {
      h.count++;
      return false;
    }
    if (this.held.size >= MAX_KINDS) this.flush();
    this.held.set(k, { kind, count: 0 });
    return true;
  }

  /** Writes one summary per kind refused more than once this interval, and starts the next. */
  flush(): void {
    const at = this.now();
    const since = new Date(this.since).toISOString();
    const seconds = Math.round((at - this.since) / 100) / 10;
    for (const { kind, count } of this.held.values()) if (count > 0) this.write({ ...kind, count, since, seconds });
    this.held.clear();
    this.since = at;
  }

  /** Writes what is held and stops the timer. */
  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
