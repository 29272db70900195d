/**
 * Per-request tenant scope: one transaction per request, opened on first use, in which the
 * tenant is set with set_config(..., true) (transaction-local, so a pooled connection never
 * carries one request's tenant into the next). Row-level security reads it; unset sees nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AppDatabase } from './db.ts';
import { executePrepared, type KeyedStatement } from './rows.ts';

/**
 * The transaction's tenant, which row-level security reads (its text built once: rows.ts
 * KeyedStatement), and how PostgreSQL plans the transaction's prepared statements: always with
 * their generic plan, not planned anew on every execution.
 *
 * Why: a list page's statement has its LIMIT and OFFSET as parameters. PostgreSQL's default
 * (`plan_cache_mode = auto`) compares the generic plan's cost with a custom plan's, and the
 * generic plan, costed for a limit it cannot see (10 % of the rows), always loses, so every page
 * was planned again: 0.5–0.9 ms of the database's CPU per page (`explain (analyze)`: "Planning
 * Time"), a sixth of a 100-row page's. The kit's statements are built once per shape (read-gate.ts
 * `key`) and walk an index in its order whatever the values; the generic plan is the same plan
 * (tests/generic-plans.test.ts checks the page statements' plans), and at large limits it is the
 * better one (a custom plan for 20,000 rows sorted them on disk). Transaction-local like the
 * tenant, in the same statement: no round trip more, nothing left on a pooled connection.
 */
const tenantSetting = () =>
  sql`select set_config('app.tenant_id', ${sql.placeholder('tenant')}, true),
    set_config('plan_cache_mode', 'force_generic_plan', true)`;
/** Sets the transaction's tenant: row-level security checks the statements after it against it. */
export const setTenant = (tenant: string): KeyedStatement => ({
  key: 'tenant-setting',
  build: tenantSetting,
  params: { tenant },
});

/** A transaction of the app database (or a savepoint in one): what every kit query runs in. */
export type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/**
 * Takes turns with every other transaction that asks for `key` (any text; hashed to 64 bits): holds
 * a transaction-level advisory lock until this transaction ends — nothing is left on a pooled
 * connection, so it is fine behind PgBouncer in transaction mode. For check-then-write steps that
 * no row lock covers (the row does not exist yet).
 */
export async function takeTurn(tx: { execute: Tx['execute'] }, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

class Rollback extends Error {}

export class TenantScope {
  private txPromise?: Promise<Tx>;
  private release?: (end: { commit: boolean; last?: SQL | KeyedStatement }) => void;
  private finished?: Promise<void>;
  /** The outcome of the statement `end` sent with the commit. */
  private last?: Promise<{ ok: unknown } | { failed: unknown }>;
  /** Why the transaction did not commit, when it failed after it was opened (e.g. at its COMMIT). */
  private failure?: unknown;
  /**
   * The request writes (a mutation): its answer may only leave once the transaction committed, so
   * the request's end commits strictly (`commit`) even without audit records to insert.
   */
  strict = false;
  /** Called once the transaction has ended, committed or not (`afterEnd`). */
  private readonly onEnd: (() => void)[] = [];

  constructor(
    private readonly db: AppDatabase,
    readonly tenantId: string,
  ) {}

  /** Runs `fn` inside the request's transaction. */
  async run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return fn(await this.tx());
  }

  private tx(): Promise<Tx> {
    this.txPromise ??= new Promise<Tx>((resolve, reject) => {
      this.finished = this.db
        .transaction(async (tx) => {
          // Not awaited before the request's first statement: the driver writes both together
          // (pipelined on the transaction's one connection, in order), a round trip fewer per
          // transaction. Row-level security reads the tenant the statement after it; should the
          // setting fail, the transaction is aborted, so nothing after it runs, and its error is
          // the transaction's.
          const setting = executePrepared(tx, setTenant(this.tenantId)).then(
            () => undefined,
            (e: unknown) => ({ failed: e }),
          );
          const end = await new Promise<{ commit: boolean; last?: SQL | KeyedStatement }>((r) => {
            this.release = r;
            resolve(tx);
          });
          const set = await setting;
          if (set) throw set.failed;
          if (!end.commit) throw new Rollback();
          // Queued before this callback returns, so the driver writes it with the COMMIT that
          // follows (one round trip, in order). Should it fail, the transaction is aborted and
          // the COMMIT rolls it back; `end` then throws its error.
          if (end.last)
            this.last = executePrepared(tx, end.last).then(
              (ok: unknown) => ({ ok }),
              (failed: unknown) => ({ failed }),
            );
        })
        .catch((e: unknown) => {
          if (e instanceof Rollback) return;
          this.failure = e;
          reject(e);
        }) as Promise<void>;
    });
    return this.txPromise;
  }

  /** Ends the request's transaction (commit by default). Safe to call more than once. */
  async end(commit = true): Promise<void> {
    if (!this.txPromise) return this.ended();
    try {
      await this.txPromise;
    } catch {
      return this.ended(); // never opened
    }
    await this.close({ commit });
  }

  /**
   * Calls `fn` once the request's transaction has ended, committed or rolled back (e.g. to tell
   * this process's caches that what a mutation changed is now visible to every reader).
   */
  afterEnd(fn: () => void): void {
    this.onEnd.push(fn);
  }

  /** Hands the transaction its end (once) and waits until it has ended. */
  private async close(end: { commit: boolean; last?: SQL | KeyedStatement }): Promise<void> {
    this.release?.(end);
    this.release = undefined;
    try {
      await this.finished;
    } finally {
      this.ended();
    }
  }

  private ended(): void {
    for (const fn of this.onEnd.splice(0)) fn();
  }

  /** Commits the transaction; throws if it did not commit (e.g. the COMMIT failed, or a statement in it did). */
  async commit(): Promise<void> {
    await this.end(true);
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Runs `last` as the transaction's last statement and commits, both sent at once (a round trip
   * fewer than running it, then committing). Resolves to its result once committed; if it or the
   * COMMIT fails, nothing of the transaction is committed and this throws the error.
   */
  async commitWith(last: SQL | KeyedStatement): Promise<unknown> {
    await this.tx();
    await this.close({ commit: true, last });
    const out = await this.last;
    if (!out) throw new Error('the transaction had ended before its last statement');
    if ('failed' in out) throw out.failed;
    // the statement ran, but the COMMIT failed (e.g. the connection was lost, or a deferred check)
    if (this.failure !== undefined) throw this.failure;
    return out.ok;
  }
}

/**
 * Runs `fn` in a transaction of its own scoped to `tenant`, outside any request (e.g. a sign-in's
 * audit event, the CLI): commits when it resolves (and throws if that fails), rolls back when it throws.
 */
export async function inTenant<T>(db: AppDatabase, tenant: string, fn: (scope: TenantScope) => Promise<T>): Promise<T> {
  const scope = new TenantScope(db, tenant);
  try {
    const out = await fn(scope);
    await scope.commit();
    return out;
  } catch (e) {
    await scope.end(false);
    throw e;
  }
}
