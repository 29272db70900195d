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
export function executePrepared(db: unknown, query: SQL): Promise<unknown> {
  const { session, dialect } = db as { session: PgSession; dialect: PgDialect };
  return session.prepareQuery(dialect.sqlToQuery(query), undefined, 'prepared', false).execute();
}
