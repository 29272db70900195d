/**
 * Database handles. The embedded default is PGlite (in-process PostgreSQL); a postgres:// URL
 * switches to a real server. Either way migrations run as the owner, then requests run as a
 * non-owner, non-superuser app role that row-level security applies to.
 */
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformSql } from './audit-sql.ts';
import { observePglite, observePostgres } from './db-observe.ts';
import type { Metrics } from './metrics.ts';
import { operationsSql } from './operations-sql.ts';
import { AUTOVACUUM_INTERVAL_MS, pgliteAutovacuum, type AutovacuumRun } from './autovacuum.ts';
import { DataDirLock } from './data-dir-lock.ts';
import { logger as log } from './log.ts';
import { serveLocal } from './pglite-local.ts';
import { rowsOf } from './rows.ts';
import type { Tx } from './scope.ts';

export type AppDatabase = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** Anything that runs a statement (a drizzle database or transaction of either driver). */
export interface SqlRunner {
  execute(query: SQL): PromiseLike<unknown>;
}

/**
 * Closing a pool waits this long (seconds) for queries still running, then ends their connections
 * (those queries fail): a query that never answers cannot keep a stopping process alive.
 */
export const CLOSE_TIMEOUT_S = 5;

export interface DatabaseOptions {
  /** postgres:// URL of the owner (migrations); absent = embedded PGlite. */
  url?: string;
  /** URL the services use; default: `url` with the user replaced by `appRole`. */
  appUrl?: string;
  /** PGlite data directory; absent = in memory. */
  dataDir?: string;
  /** The role requests run as (non-owner, non-superuser). */
  appRole?: string;
  /** Connection pool size per process (PostgreSQL only). */
  poolSize?: number;
  /** Which part connects (PostgreSQL's application_name: pg_stat_activity, PgBouncer's SHOW CLIENTS). */
  applicationName?: string;
  /**
   * The app URL goes through PgBouncer in transaction mode (LCS_DB_POOLED=1): postgres.js then
   * sends no named prepared statements (PgBouncer 1.18 cannot route them: a statement prepared on
   * one server connection is unknown on the next) and pipelines no queries (POOLED). Nothing else
   * needs changing: the tenant is set with set_config(…, true) inside each transaction, no session
   * state is set on app connections, and the only advisory locks on them are transaction-level
   * (idempotency.ts).
   * Migrations take a session-level lock, so `url` (the owner's) must reach PostgreSQL directly.
   */
  pooled?: boolean;
  /** Called for every SQL statement run through drizzle (statement counting in tests and benchmarks). */
  onQuery?: (query: string, params: unknown[]) => void;
  /** Statement counts and durations, pool in use / waiting (db-observe.ts); SQL spans follow tracing. */
  metrics?: Metrics;
  /**
   * false (LCS_MIGRATE=0): a service behind a migration job (deploy/, `cli/src/migrate.ts`, or
   * `lcs start --split`'s parent) — it connects as the app role only (`appUrl`, else `url` as given,
   * e.g. through PgBouncer), runs no DDL and takes no session lock, and refuses to start while the
   * database lacks a migration this build has. Default true: migrate as the owner at start
   * (PostgreSQL only; PGlite always migrates).
   */
  migrate?: boolean;
  /**
   * PGlite in a directory: serve it to local tools over the Unix socket `<dataDir>.sock`
   * (pglite-local.ts; the all-in-one does, so `pnpm lcs …` reaches the running platform).
   */
  serveLocal?: boolean;
  /**
   * PGlite: how often the tables autovacuum would treat are vacuumed and analyzed (autovacuum.ts);
   * 0 = never. Default AUTOVACUUM_INTERVAL_MS on a directory, never in memory.
   */
  autovacuumIntervalMs?: number;
  /** Who opens the database, named to anyone who finds a PGlite directory in use (data-dir-lock.ts). */
  openedBy?: string;
}

/** A subgraph's migrations, applied in order at start. */
export interface MigrationSet {
  schema: string;
  folder: string;
  /**
   * Idempotent SQL run as the owner after every start's migrations and hardening (objects
   * drizzle-kit does not model, e.g. a narrow SECURITY DEFINER function). The app role may
   * EXECUTE the schema's functions; revoke PUBLIC's default EXECUTE in the statements.
   */
  post?: string[] | ((appRole: string) => string[]);
}

/**
 * The platform's own schema (audit log, protected-client registry), applied before every
 * subgraph's migrations in whichever process opens the database.
 */
export const PLATFORM_MIGRATIONS: MigrationSet = {
  schema: 'platform',
  folder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  post: (role) => [...platformSql(role), ...operationsSql(role)],
};

export interface Database {
  kind: 'pglite' | 'postgres';
  appRole: string;
  /** Subject to row-level security: every tenant query goes through this. */
  app: AppDatabase;
  /**
   * Refreshes the planner's statistics (ANALYZE, as the owner) after a bulk load such as a seed:
   * PGlite has no autovacuum at all, and PostgreSQL's may not have run yet; with a fresh table's
   * default estimates the planner sorts a tenant's whole table instead of walking the keyset index.
   */
  analyze(): Promise<void>;
  /**
   * PGlite only: VACUUM and ANALYZE the tables PostgreSQL's autovacuum would treat now (PGlite has
   * none; autovacuum.ts). On a PGlite directory it also runs every AUTOVACUUM_INTERVAL_MS.
   */
  autovacuum?(): Promise<AutovacuumRun>;
  /**
   * Runs `fn` as the database owner in a transaction of its own (maintenance such as audit
   * partitions and retention, which the app role may not do); requests keep running as the app role.
   */
  asOwner<T>(fn: (admin: Tx) => Promise<T>): Promise<T>;
  /** PostgreSQL: the app pool's connections and queues (no SQL, no values), for a log line when a lookup overruns. */
  poolState?(): unknown;
  close(): Promise<void>;
}

/**
 * postgres.js behind PgBouncer in transaction mode: no named prepared statements (PgBouncer 1.18
 * cannot route them) and no pipelining (max_pipeline 1, with patches/postgres@3.4.9.patch). A
 * parameterised query without a prepared statement is sent as Parse/Describe/Flush; pipelined
 * behind another query, it reached a server PgBouncer had already released at that query's
 * ReadyForQuery, its answer was lost and the query waited forever (pgbouncer/pgbouncer#759;
 * scale/pgbouncer-pipeline.test.ts reproduces it with the driver's defaults).
 */
export const POOLED = { prepare: false, max_pipeline: 1 } as Record<string, unknown>;

/** The app role's pool at `url`: its client, and the parts of a Database on it (app, poolState, close). */
function appPool(opts: DatabaseOptions, url: string) {
  const poolSize = opts.poolSize ?? 10;
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    ...(opts.pooled ? POOLED : {}),
    ...(opts.applicationName ? { connection: { application_name: opts.applicationName } } : {}),
  });
  return {
    client,
    /** What a Database on this pool has whatever the process does with migrations. */
    shared: {
      kind: 'postgres' as const,
      app: drizzlePostgres(observePostgres(client, opts.metrics, poolSize), {
        logger: opts.onQuery ? { logQuery: opts.onQuery } : undefined,
      }) as unknown as AppDatabase,
      // the patched driver's pool state (patches/postgres@3.4.9.patch)
      poolState: () => (client as unknown as { poolState?: () => unknown }).poolState?.() ?? 'not available',
      close: () => client.end({ timeout: CLOSE_TIMEOUT_S }),
    },
  };
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

export function appUrlFor(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

/**
 * Opens the database, applies every subgraph's migrations (under an advisory lock, so several
 * processes can start at once), hardens the schemas (FORCE RLS, grants), and returns a handle
 * that runs as the app role.
 */
export async function openDatabase(opts: DatabaseOptions, subgraphMigrations: MigrationSet[]): Promise<Database> {
  const migrations = [PLATFORM_MIGRATIONS, ...subgraphMigrations.filter((m) => m !== PLATFORM_MIGRATIONS)];
  const appRole = opts.appRole ?? 'lcs_app';
  if (!IDENT.test(appRole)) throw new Error(`invalid app role name ${appRole}`);
  const logger = opts.onQuery ? { logQuery: opts.onQuery } : undefined;
  if (!opts.url) {
    // One process per PGlite directory (two writers corrupt it): taken before opening, released at close.
    let lock: DataDirLock | undefined;
    if (opts.dataDir) {
      mkdirSync(opts.dataDir, { recursive: true });
      lock = DataDirLock.acquire(
        opts.dataDir,
        opts.openedBy ??
          (process.argv
            .slice(1, 4)
            .map((a) => a.replace(/^.*\//, ''))
            .join(' ') ||
            'a platform process'),
        { serving: opts.serveLocal },
      );
    }
    try {
      const pg = new PGlite(opts.dataDir);
      const admin = drizzlePglite(pg);
      await ensureRole(admin, appRole);
      for (const m of migrations) await migratePglite(admin, migrationConfig(m));
      await harden(admin, migrations, appRole);
      // PGlite has one session: from here on it runs as the app role, so RLS applies.
      await pg.exec(`SET ROLE ${appRole}`);
      let local: Awaited<ReturnType<typeof serveLocal>> | undefined;
      if (opts.dataDir && opts.serveLocal) {
        try {
          local = await serveLocal(pg, localSocketPath(opts.dataDir), appRole);
        } catch (e) {
          console.error(
            `local tools cannot reach this instance's database (${(e as Error).message}); stop it to run \`pnpm lcs ` +
              `…\` on ${opts.dataDir}`,
          );
        }
      }
      lock?.setSocket(local?.socket);
      // one exec call runs alone on PGlite's single session: no request runs in between as the owner
      const analyze = async () => void (await pg.exec(`RESET ROLE; ANALYZE; SET ROLE ${appRole}`));
      const schemas = migrations.map((m) => m.schema);
      const autovacuum = () => pgliteAutovacuum(pg, appRole, schemas);
      // a running installation (a directory, not a test's database in memory) is kept as autovacuum keeps PostgreSQL;
      // a run still going when the next is due is not doubled
      let vacuuming: Promise<unknown> | undefined;
      const every = opts.autovacuumIntervalMs ?? (opts.dataDir ? AUTOVACUUM_INTERVAL_MS : 0);
      const timer = every
        ? setInterval(() => {
            vacuuming ??= autovacuum()
              .then((r) => {
                if (!r.vacuumed.length && !r.analyzed.length) return;
                const m = opts.metrics;
                m?.embeddedAutovacuumTables.inc({ verb: 'vacuum' }, r.vacuumed.length);
                m?.embeddedAutovacuumTables.inc({ verb: 'analyze' }, r.analyzed.length);
                m?.embeddedAutovacuumDuration.observe(r.ms / 1000);
                log.info(
                  { vacuumed: r.vacuumed, analyzed: r.analyzed, ms: Math.round(r.ms) },
                  'embedded database: autovacuum',
                );
              })
              .catch((e: Error) => {
                opts.metrics?.embeddedAutovacuumFailures.inc();
                log.warn({ err: e }, 'embedded database: autovacuum failed');
              })
              .finally(() => (vacuuming = undefined));
          }, every).unref()
        : undefined;
      return {
        kind: 'pglite',
        appRole,
        app: drizzlePglite(observePglite(pg, opts.metrics), { logger }) as unknown as AppDatabase,
        analyze,
        autovacuum,
        // SET LOCAL ends with the transaction; PGlite runs nothing else meanwhile (its transaction lock)
        asOwner: (fn) =>
          drizzlePglite(pg).transaction(async (tx) => {
            await tx.execute(sql`set local role postgres`);
            return fn(tx as unknown as Tx);
          }),
        async close() {
          clearInterval(timer);
          await vacuuming;
          await local?.close();
          await pg.close();
          lock?.release();
        },
      };
    } catch (e) {
      lock?.release();
      throw e;
    }
  }
  if (opts.migrate === false) {
    const { client, shared } = appPool(opts, opts.appUrl ?? opts.url);
    const behind = await pendingMigrations(client, migrations).catch(async (e) => {
      await client.end();
      throw e;
    });
    if (behind.length) {
      await client.end();
      throw new Error(
        `the database schema is behind this build (${behind.join('; ')}): run the migrations first (node --import ` +
          `tsx cli/src/migrate.ts)`,
      );
    }
    return {
      ...shared,
      appRole,
      analyze: async () => {},
      asOwner: async () => {
        throw new Error(
          'this process connects as the app role only (LCS_MIGRATE=0): run owner tasks where the owner URL is ' +
            'configured',
        );
      },
    };
  }
  const adminClient = postgres(opts.url, { max: 1, onnotice: () => {} });
  try {
    const admin = drizzlePostgres(adminClient);
    await admin.execute(sql`select pg_advisory_lock(hashtext('lcs-migrate'))`);
    try {
      await ensureRole(admin, appRole);
      for (const m of migrations) await migratePostgres(admin, migrationConfig(m));
      await harden(admin, migrations, appRole);
    } finally {
      await admin.execute(sql`select pg_advisory_unlock(hashtext('lcs-migrate'))`);
    }
  } finally {
    await adminClient.end();
  }
  const { shared } = appPool(opts, opts.appUrl ?? appUrlFor(opts.url, appRole));
  const analyze = async () => {
    const owner = postgres(opts.url!, { max: 1, onnotice: () => {} });
    try {
      const schemas = migrations.map((m) => m.schema);
      const tables = await owner<
        { t: string }[]
      >`select format('%I.%I', n.nspname, c.relname) as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(${schemas}) and c.relkind in ('r', 'p')`;
      if (tables.length) await owner.unsafe(`ANALYZE ${tables.map((x) => x.t).join(', ')}`);
    } finally {
      await owner.end();
    }
  };
  const asOwner: Database['asOwner'] = async (fn) => {
    const owner = postgres(opts.url!, { max: 1, onnotice: () => {} });
    try {
      return await drizzlePostgres(owner).transaction((tx) => fn(tx as unknown as Tx));
    } finally {
      await owner.end();
    }
  };
  return { ...shared, appRole, analyze, asOwner };
}

/**
 * `<dataDir>.sock`, or one in the temp directory named after the data directory when that path is too long for a Unix
 * socket.
 */
function localSocketPath(dataDir: string): string {
  const beside = `${resolve(dataDir)}.sock`;
  return Buffer.byteLength(beside) <= 100
    ? beside
    : join(tmpdir(), `lcs-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.sock`);
}

/**
 * The migration sets whose newest migration (in this build's journal) the database has not
 * applied, as "schema: n of m applied"; empty when the schema is current (or newer: a rolling
 * update's old pods keep running on an expanded schema). Readable by the app role (harden grants it).
 */
export async function pendingMigrations(client: postgres.Sql, sets: MigrationSet[]): Promise<string[]> {
  const behind: string[] = [];
  for (const m of sets) {
    const journal = JSON.parse(readFileSync(join(m.folder, 'meta/_journal.json'), 'utf8')) as {
      entries: { when: number }[];
    };
    const want = journal.entries.at(-1)?.when ?? 0;
    if (!IDENT.test(m.schema)) throw new Error(`invalid schema name ${m.schema}`);
    const table = `drizzle.migrations_${m.schema}`;
    const [found] = await client<{ t: string | null }[]>`select to_regclass(${table})::text as t`;
    const [row] = found?.t
      ? await client.unsafe<{ n: number; last: string | null }[]>(
          `select count(*)::int as n, max(created_at)::text as last from ${table}`,
        )
      : [{ n: 0, last: null }];
    if (Number(row?.last ?? 0) < want) behind.push(`${m.schema}: ${row?.n ?? 0} of ${journal.entries.length} applied`);
  }
  return behind;
}

function migrationConfig(m: MigrationSet) {
  return { migrationsFolder: m.folder, migrationsSchema: 'drizzle', migrationsTable: `migrations_${m.schema}` };
}

async function ensureRole(admin: SqlRunner, role: string): Promise<void> {
  const found = await admin.execute(sql`select rolsuper, rolbypassrls from pg_roles where rolname = ${role}`);
  const rows = rowsOf<{ rolsuper: boolean; rolbypassrls: boolean }>(found);
  if (!rows.length) {
    try {
      await admin.execute(sql.raw(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`));
    } catch (e) {
      throw new Error(
        `the app role "${role}" does not exist and could not be created (${(e as Error).message}); ` +
          `create it: CREATE ROLE ${role} LOGIN`,
        { cause: e },
      );
    }
  } else if (rows[0]!.rolsuper || rows[0]!.rolbypassrls) {
    throw new Error(`the app role "${role}" is a superuser or bypasses RLS; tenant isolation would not hold`);
  }
}

/** Idempotent: every table of our schemas has FORCE RLS, the app role may use them, then each set's `post` SQL. */
async function harden(admin: SqlRunner, migrations: MigrationSet[], role: string): Promise<void> {
  // The app role may read which migrations ran (pendingMigrations), nothing else of drizzle's.
  await admin.execute(sql.raw(`GRANT USAGE ON SCHEMA drizzle TO ${role}`));
  await admin.execute(sql.raw(`GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${role}`));
  for (const { schema } of migrations) {
    if (!IDENT.test(schema)) throw new Error(`invalid schema name ${schema}`);
    await admin.execute(sql.raw(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`));
    await admin.execute(sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`));
    await admin.execute(sql.raw(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`));
    await admin.execute(
      // only the tables not forced yet: the ALTER locks the table and rewrites its catalog row (every start)
      sql.raw(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.oid::regclass AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p')
                 AND NOT (c.relrowsecurity AND c.relforcerowsecurity) LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', r.t);
      END LOOP; END $$`),
    );
  }
  for (const { schema, post } of migrations) {
    const statements = typeof post === 'function' ? post(role) : post;
    if (!statements?.length) continue;
    for (const statement of statements) await admin.execute(sql.raw(statement));
    await admin.execute(sql.raw(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`));
  }
}

/**
 * Runs `fn` as the database owner, after the migrations (maintenance commands such as audit
 * partitions and retention, which the app role may not do), in a process of its own.
 */
export async function asOwner<T>(
  opts: DatabaseOptions,
  subgraphMigrations: MigrationSet[],
  fn: (admin: Tx) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(opts, subgraphMigrations);
  try {
    return await db.asOwner(fn);
  } finally {
    await db.close();
  }
}
