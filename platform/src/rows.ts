/** Rows as the kit handles them, and the small helpers every module that reads them shares. */
import { sql, type SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';

/**
 * A column value as a driver returns it. A row read by SQL carries no static column types (the
 * statement names the columns, not TypeScript), so a value is `unknown` until its caller names the
 * columns (`rowsOf<{ n: number }>(…)`, an interface per query, `typeof table.$inferSelect`) or narrows it.
 */
export type DbValue = unknown;

/** A row as read from the database: column values by field name (camelCase for kit tables). */
export type Row = Record<string, DbValue>;

/**
 * The rows of a raw `execute` result, whichever driver ran it (PGlite: `{ rows }`; postgres.js: the
 * array itself). `R` names the columns the statement returns (default: unknown, as a driver returns them).
 */
export function rowsOf<R = DbValue>(result: unknown): R[] {
  if (Array.isArray(result)) return result as R[];
  const rows = (result as { rows?: unknown } | null | undefined)?.rows;
  if (Array.isArray(rows)) return rows as R[];
  throw new TypeError('not a query result');
}

/**
 * A single array parameter (drizzle would otherwise expand an array into a parameter list). Ids
 * (integers, as every caller passes) go as PostgreSQL's array text, `{1,2,3}`, a plain string whose
 * type the server infers from the comparison: the driver then sends the statement in one round trip
 * instead of describing it first to learn how to write an array (patches/postgres@3.4.9.patch).
 */
export const anyOf = (values: readonly unknown[]) => sql`any(${sql.param(anyValue(values))})`;

/** The parameter `anyOf` sends, for a read that names it by placeholder (`any(${sql.placeholder(…)})`). */
export const anyValue = (values: readonly unknown[]): unknown =>
  values.every((v) => Number.isSafeInteger(v)) ? `{${values.join(',')}}` : values;

/**
 * Runs `query` on a drizzle database or transaction as `execute` does (same result, same query log
 * and observed driver), but as a named prepared statement: postgres.js parses it once per
 * connection, where `execute` sends every statement unnamed, parsed anew. For the statements every
 * request sends (the tenant setting, the audit insert, the key lookup). Behind PgBouncer the
 * driver's own `prepare: false` (db.ts POOLED) still wins; PGlite runs it as usual.
 */
export function executePrepared(db: unknown, query: SQL | KeyedStatement): Promise<unknown> {
  const { session, dialect } = db as { session: PgSession; dialect: PgDialect };
  if (!('key' in query)) return session.prepareQuery(dialect.sqlToQuery(query), undefined, 'prepared', false).execute();
  let built = keyedStatements.get(query.key);
  if (!built) {
    built = dialect.sqlToQuery(query.build());
    if (keyedStatements.size < MAX_KEYED) keyedStatements.set(query.key, built);
  }
  return session.prepareQuery(built, undefined, 'prepared', false).execute(query.params);
}

/**
 * A statement whose text depends only on `key`: `build` gives it with `sql.placeholder(name)` for
 * every value, and `params` the values. Its text is built once per key and reused (drizzle's
 * building of the tenant setting and the audit insert, sent by every transaction, was ~2 % of a
 * federated request's CPU: `pnpm bench --quick --only p1 --varied-targets ours --profile DIR`).
 * PostgreSQL's dialect writes the same text for postgres.js and PGlite, so one cache serves both.
 */
export interface KeyedStatement {
  key: string;
  build: () => SQL;
  params: Record<string, unknown>;
}
const keyedStatements = new Map<string, ReturnType<PgDialect['sqlToQuery']>>();
/** Keys are a handful of fixed shapes; a bound in case a caller's keys were not. */
const MAX_KEYED = 256;
