/**
 * What PostgreSQL's autovacuum does, for the embedded database, which has none: PGlite is one
 * PostgreSQL backend in the process, with no background workers. Without it a long-running
 * installation's tables keep every dead row version its updates and deletes leave (tables and
 * indexes only grow), the planner keeps the statistics of the first start, and no page is ever
 * marked all-visible, so an index-only scan (a page at an offset skips its rows in an index:
 * resolvers.ts listPage) still reads the table for each row.
 *
 * `pgliteAutovacuum` treats the tables autovacuum would treat now, with its default thresholds
 * (AUTOVACUUM_DUE, from pg_stat_user_tables), one table at a time: each VACUUM or ANALYZE holds
 * PGlite's single session (nothing of the platform runs meanwhile), and requests run between
 * tables. The database opened on a PGlite directory runs it every AUTOVACUUM_INTERVAL_MS
 * (db.ts), and the demo snapshot runs it after the seed (cli/src/demo-snapshot.ts).
 */
import type { PGlite } from '@electric-sql/pglite';
import { simpleQuery } from './pglite-local.ts';

/**
 * autovacuum's default thresholds as conditions on pg_stat_user_tables (PostgreSQL § 24.1.6):
 * vacuum past 50 dead rows + 20 % of the live ones, or 1,000 inserted rows + 20 % (so that
 * insert-only tables get their visibility map); analyze a table never analyzed, or changed by
 * more than 50 rows + 10 % since its last ANALYZE. Also what `pnpm bench` does to a reused
 * dataset (bench/lib/dataset.ts), on a PostgreSQL whose autovacuum may be off.
 */
export const AUTOVACUUM_DUE = {
  VACUUM: 'n_dead_tup > 50 + 0.2 * n_live_tup or n_ins_since_vacuum > 1000 + 0.2 * n_live_tup',
  ANALYZE: '(last_analyze is null and last_autoanalyze is null) or n_mod_since_analyze > 50 + 0.1 * n_live_tup',
} as const;

/** How often the embedded database looks for tables to treat (autovacuum's naptime is 1 minute per database). */
export const AUTOVACUUM_INTERVAL_MS = 5 * 60_000;

/**
 * The tables due for `verb` (schema-qualified, quoted where needed): among the schemas in the
 * array parameter `schemasParam` (e.g. `$1`), or every user table without it.
 */
export const dueTablesSql = (verb: keyof typeof AUTOVACUUM_DUE, schemasParam?: string) =>
  `select format('%I.%I', schemaname, relname) as name from pg_stat_user_tables
   where ${schemasParam ? `schemaname = any(${schemasParam}) and ` : ''}(${AUTOVACUUM_DUE[verb]}) order by 1`;

export interface AutovacuumRun {
  /** VACUUM (ANALYZE) ran on these. */
  vacuumed: string[];
  /** ANALYZE alone ran on these. */
  analyzed: string[];
  ms: number;
}

/**
 * Treats the tables of `schemas` that autovacuum would treat now: VACUUM (ANALYZE) where a vacuum
 * is due, ANALYZE where only statistics are. Each statement runs as the owner under PGlite's
 * transaction and query locks (as local tools' statements do: pglite-local.ts), and the session is
 * set back to `appRole` before the locks are released.
 */
export async function pgliteAutovacuum(pg: PGlite, appRole: string, schemas: string[]): Promise<AutovacuumRun> {
  const t0 = performance.now();
  // the session's counters reach pg_stat_user_tables at most once a second: now, before they are read
  await pg.query('select pg_stat_force_next_flush()');
  const due = async (verb: keyof typeof AUTOVACUUM_DUE) =>
    (await pg.query<{ name: string }>(dueTablesSql(verb, '$1'), [schemas])).rows.map((r) => r.name);
  const vacuumed = await due('VACUUM');
  const analyzed = (await due('ANALYZE')).filter((t) => !vacuumed.includes(t));
  const run = (statement: string) =>
    pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        try {
          await pg.execProtocol(simpleQuery('RESET ROLE'));
          await pg.execProtocol(simpleQuery(statement));
        } finally {
          await pg.execProtocol(simpleQuery(`SET ROLE ${appRole}`));
        }
      }),
    );
  for (const t of vacuumed) await run(`VACUUM (ANALYZE) ${t}`);
  for (const t of analyzed) await run(`ANALYZE ${t}`);
  return { vacuumed, analyzed, ms: performance.now() - t0 };
}
