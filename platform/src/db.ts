/**
 * Database handles. The embedded default is PGlite (in-process PostgreSQL); a postgres:// URL
 * switches to a real server. Either way migrations run as the owner, then requests run as a
 * non-owner, non-superuser app role that row-level security applies to.
 */
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformSql } from './audit-sql.ts';
import { DataDirLock } from './data-dir-lock.ts';
import { serveLocal } from './pglite-local.ts';

export type AppDatabase = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** The rows of a raw `execute` result, whichever driver ran it (PGlite: `{ rows }`; postgres.js: the array). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rowsOf = (r: any): any[] => r.rows ?? r;

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
  /** Called for every SQL statement run through drizzle (statement counting in tests and benchmarks). */
  onQuery?: (query: string, params: unknown[]) => void;
  /**
   * PGlite in a directory: serve it to local tools over the Unix socket `<dataDir>.sock`
   * (pglite-local.ts; the all-in-one does, so `pnpm lcs …` reaches the running platform).
   */
  serveLocal?: boolean;
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
  post: (role) => platformSql(role),
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
   * Runs `fn` as the database owner in a transaction of its own (maintenance such as audit
   * partitions and retention, which the app role may not do); requests keep running as the app role.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  asOwner<T>(fn: (admin: any) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
      lock = DataDirLock.acquire(opts.dataDir, opts.openedBy ?? (process.argv.slice(1, 4).map((a) => a.replace(/^.*\//, '')).join(' ') || 'a platform process'), { serving: opts.serveLocal });
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
          console.error(`local tools cannot reach this instance's database (${(e as Error).message}); stop it to run \`pnpm lcs …\` on ${opts.dataDir}`);
        }
      }
      lock?.setSocket(local?.socket);
      // one exec call runs alone on PGlite's single session: no request runs in between as the owner
      const analyze = async () => void (await pg.exec(`RESET ROLE; ANALYZE; SET ROLE ${appRole}`));
      return {
        kind: 'pglite', appRole, app: drizzlePglite(pg, { logger }) as unknown as AppDatabase, analyze,
        // SET LOCAL ends with the transaction; PGlite runs nothing else meanwhile (its transaction lock)
        asOwner: (fn) => drizzlePglite(pg).transaction(async (tx) => {
          await tx.execute(sql`set local role postgres`);
          return fn(tx);
        }),
        async close() {
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
  const client = postgres(opts.appUrl ?? appUrlFor(opts.url, appRole), { max: opts.poolSize ?? 10, onnotice: () => {} });
  const analyze = async () => {
    const owner = postgres(opts.url!, { max: 1, onnotice: () => {} });
    try {
      const schemas = migrations.map((m) => m.schema);
      const tables = await owner<{ t: string }[]>`select format('%I.%I', n.nspname, c.relname) as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any(${schemas}) and c.relkind in ('r', 'p')`;
      if (tables.length) await owner.unsafe(`ANALYZE ${tables.map((x) => x.t).join(', ')}`);
    } finally {
      await owner.end();
    }
  };
  const asOwner: Database['asOwner'] = async (fn) => {
    const owner = postgres(opts.url!, { max: 1, onnotice: () => {} });
    try {
      return await drizzlePostgres(owner).transaction((tx) => fn(tx));
    } finally {
      await owner.end();
    }
  };
  return { kind: 'postgres', appRole, app: drizzlePostgres(client, { logger }) as unknown as AppDatabase, analyze, asOwner, close: () => client.end() };
}

/** `<dataDir>.sock`, or one in the temp directory named after the data directory when that path is too long for a Unix socket. */
function localSocketPath(dataDir: string): string {
  const beside = `${resolve(dataDir)}.sock`;
  return Buffer.byteLength(beside) <= 100 ? beside : join(tmpdir(), `lcs-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.sock`);
}

function migrationConfig(m: MigrationSet) {
  return { migrationsFolder: m.folder, migrationsSchema: 'drizzle', migrationsTable: `migrations_${m.schema}` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ensureRole(admin: any, role: string): Promise<void> {
  const found = await admin.execute(sql`select rolsuper, rolbypassrls from pg_roles where rolname = ${role}`);
  const rows = (found.rows ?? found) as { rolsuper: boolean; rolbypassrls: boolean }[];
  if (!rows.length) {
    try {
      await admin.execute(sql.raw(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`));
    } catch (e) {
      throw new Error(`the app role "${role}" does not exist and could not be created (${(e as Error).message}); create it: CREATE ROLE ${role} LOGIN`);
    }
  } else if (rows[0]!.rolsuper || rows[0]!.rolbypassrls) {
    throw new Error(`the app role "${role}" is a superuser or bypasses RLS; tenant isolation would not hold`);
  }
}

/** Idempotent: every table of our schemas has FORCE RLS, the app role may use them, then each set's `post` SQL. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function harden(admin: any, migrations: MigrationSet[], role: string): Promise<void> {
  for (const { schema } of migrations) {
    if (!IDENT.test(schema)) throw new Error(`invalid schema name ${schema}`);
    await admin.execute(sql.raw(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`));
    await admin.execute(sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`));
    await admin.execute(sql.raw(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`));
    await admin.execute(sql.raw(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT c.oid::regclass AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p') LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', r.t);
      END LOOP; END $$`));
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
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function asOwner<T>(opts: DatabaseOptions, subgraphMigrations: MigrationSet[], fn: (admin: any) => Promise<T>): Promise<T> {
  const db = await openDatabase(opts, subgraphMigrations);
  try {
    return await db.asOwner(fn);
  } finally {
    await db.close();
  }
}
