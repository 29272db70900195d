/**
 * SQL statements and the connection pool, observed at the driver (under drizzle): every
 * statement's count and duration by operation (metrics.ts) and a client span per statement when
 * tracing is on; transactions waiting for and holding a connection (`lcs_db_pool_waiting`,
 * `lcs_db_pool_in_use` — every request runs in one transaction, scope.ts, so this is the pool's
 * pressure). Spans name the operation and the first table, never the SQL parameters.
 *
 * PGlite: `query` and `transaction` (whose transaction object's `query`) are wrapped.
 * postgres.js: `unsafe` (what drizzle calls) returns a lazy query that runs when awaited, so the
 * wrapper times from its `then`; `begin`/`savepoint` hand the wrapped transaction on.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Sql } from 'postgres';
import { secondsSince, sqlOperation, type Metrics } from './metrics.ts';
import { SpanKind, SpanStatusCode, startSpan, tracingOn } from './tracing.ts';

const TABLE = /\b(?:from|into|update|join)\s+((?:"?\w+"?\.)?"?\w+"?)/i;

class SqlObserver {
  private inUse = 0;
  private waiting = 0;
  constructor(
    private readonly metrics: Metrics | undefined,
    private readonly traced: boolean,
  ) {}

  /** Call when a statement starts; call the result when it ends. */
  start(statement: string): (error?: unknown) => void {
    const t0 = process.hrtime.bigint();
    const operation = sqlOperation(statement);
    const span = this.traced
      ? startSpan(
          operation.toUpperCase(),
          { 'db.system.name': 'postgresql', 'db.operation.name': operation, ...tableOf(statement) },
          SpanKind.CLIENT,
        )
      : undefined;
    return (error) => {
      this.metrics?.sqlStatements.inc({ operation, outcome: error ? 'error' : 'ok' });
      this.metrics?.sqlDuration.observe({ operation }, secondsSince(t0));
      if (span) {
        if (error) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    };
  }

  /** Tracks a transaction from asking for a connection to giving it back. */
  transaction<T>(run: (begun: () => void) => Promise<T>): Promise<T> {
    this.waiting++;
    this.gauges();
    let held = false;
    const begun = () => {
      if (held) return;
      held = true;
      this.waiting--;
      this.inUse++;
      this.gauges();
    };
    return run(begun).finally(() => {
      if (held) this.inUse--;
      else this.waiting--;
      this.gauges();
    });
  }

  private gauges(): void {
    this.metrics?.dbPoolInUse.set(this.inUse);
    this.metrics?.dbPoolWaiting.set(this.waiting);
  }
}

function tableOf(statement: string): Record<string, string> {
  const m = TABLE.exec(statement);
  return m ? { 'db.collection.name': m[1]!.replace(/"/g, '') } : {};
}

const bind = (t: object, v: unknown) => (typeof v === 'function' ? v.bind(t) : v);

type Query = PGlite['query'];

/** The PGlite instance with statements and transactions observed (undefined options: as is). */
export function observePglite(pg: PGlite, metrics: Metrics | undefined): PGlite {
  if (!metrics && !tracingOn()) return pg;
  metrics?.dbPoolSize.set(1);
  const obs = new SqlObserver(metrics, tracingOn());
  const wrapQuery = (t: { query: Query }): Query =>
    (async (q: string, params?: unknown[], opts?: object) => {
      const end = obs.start(q);
      try {
        const r = await t.query(q, params, opts as never);
        end();
        return r;
      } catch (e) {
        end(e);
        throw e;
      }
    }) as Query;
  const wrapTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get: (t, p) => (p === 'query' ? wrapQuery(t as unknown as { query: Query }) : bind(t, Reflect.get(t, p, t))),
    });
  return new Proxy(pg, {
    get(t, p) {
      if (p === 'query') return wrapQuery(t);
      if (p === 'transaction') {
        return (fn: (tx: object) => Promise<unknown>) =>
          obs.transaction((begun) =>
            t.transaction((tx) => {
              begun();
              return fn(wrapTx(tx));
            }),
          );
      }
      return bind(t, Reflect.get(t, p, t));
    },
  });
}

type Then = (this: unknown, ok?: ((v: unknown) => unknown) | null, ko?: ((e: unknown) => unknown) | null) => unknown;
type Pending = { then: Then };

/** The postgres.js client with statements and transactions observed (undefined options: as is). */
export function observePostgres<T extends Sql>(sql: T, metrics: Metrics | undefined, poolSize: number): T {
  if (!metrics && !tracingOn()) return sql;
  metrics?.dbPoolSize.set(poolSize);
  const obs = new SqlObserver(metrics, tracingOn());
  const timed = (statement: string, q: Pending): Pending => {
    const then = q.then;
    // postgres.js runs a query when it is first awaited: time it from there
    q.then = function (this: unknown, ok, ko) {
      const end = obs.start(statement);
      return then.call(
        this,
        (v: unknown) => {
          end();
          return ok ? ok(v) : v;
        },
        (e: unknown) => {
          end(e);
          if (ko) return ko(e);
          throw e;
        },
      );
    };
    return q;
  };
  const wrap = <S extends object>(s: S, outermost: boolean): S =>
    new Proxy(s, {
      get(t, p) {
        const v = Reflect.get(t, p, t);
        if (p === 'unsafe')
          return (statement: string, ...rest: unknown[]) =>
            timed(statement, (v as (...a: unknown[]) => Pending).call(t, statement, ...rest));
        if (p === 'begin' || p === 'savepoint') {
          return (...args: unknown[]) => {
            const fn = args.pop() as (tx: object) => Promise<unknown>;
            const call = (begun?: () => void) =>
              (v as (...a: unknown[]) => Promise<unknown>).call(t, ...args, (tx: object) => {
                begun?.();
                return fn(wrap(tx, false));
              });
            return p === 'begin' && outermost ? obs.transaction(call) : call();
          };
        }
        return bind(t, v);
      },
    });
  return wrap(sql, true);
}
