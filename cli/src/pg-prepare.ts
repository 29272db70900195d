/**
 * Prepares a local PostgreSQL server for the platform's tests and benchmarks, idempotently — what
 * `pnpm test` (vitest globalSetup, tests/global-setup.ts) and `pnpm bench` do before they connect,
 * so a fresh machine needs nothing run by hand:
 *   lcs_owner  owns the schemas and runs migrations (LOGIN, CREATEDB: tests make a database per file)
 *   lcs_app    the role the services run as (LOGIN; no superuser, no BYPASSRLS, owns nothing)
 *   lcs        a database owned by lcs_owner
 * The roles are taken from the owner URL the caller uses (its user and host/port) and LCS_APP_ROLE.
 * When they exist already nothing else happens (no superuser needed). Otherwise it connects as the
 * superuser (`postgres`, or LCS_PG_SUPERUSER) over TCP (trust auth, as on the project's machines);
 * if the server does not answer and it is the local default cluster (127.0.0.1:5432), it starts it
 * (pg_ctlcluster, as Debian installs it); if TCP needs a password and we are root, it runs the same
 * SQL as the `postgres` system user over the local socket (Debian's peer authentication).
 *
 * Usage: node --import tsx cli/src/pg-prepare.ts [--help] [owner URL]
 *   (default LCS_TEST_PG_URL or postgres://lcs_owner@127.0.0.1:5432/lcs)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';

export const DEFAULT_OWNER_URL = 'postgres://lcs_owner@127.0.0.1:5432/lcs';

export interface PreparedPostgres {
  /** What was done: nothing (all there), or which roles/databases were created, and whether the cluster was started. */
  created: string[];
  startedCluster: boolean;
}

interface Target {
  host: string;
  port: number;
  owner: string;
  app: string;
  database: string;
}

function target(ownerUrl: string, appRole: string): Target {
  const u = new URL(ownerUrl);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'lcs';
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 5432),
    owner: decodeURIComponent(u.username) || 'lcs_owner',
    app: appRole,
    database,
  };
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The idempotent statements (one string each; CREATE DATABASE cannot run inside DO). */
function statements(t: Target): { roles: string; database: string } {
  return {
    roles: `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(t.owner)}) THEN
    CREATE ROLE ${ident(t.owner)} LOGIN CREATEDB;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(t.app)}) THEN
    CREATE ROLE ${ident(t.app)} LOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END $$`,
    database: `CREATE DATABASE ${ident(t.database)} OWNER ${ident(t.owner)}`,
  };
}

const code = (e: unknown) => (e as { code?: string }).code;
const isDown = (e: unknown) => ['ECONNREFUSED', 'ENOENT', 'CONNECTION_CLOSED', '57P03'].includes(code(e) ?? '');
const needsPassword = (e: unknown) =>
  ['28P01', '28000'].includes(code(e) ?? '') || /password/i.test((e as Error).message ?? '');

/** Everything in place already? Checked as the owner role itself (no superuser needed). */
async function ready(t: Target): Promise<boolean> {
  const sql = postgres({
    host: t.host,
    port: t.port,
    user: t.owner,
    database: t.database,
    max: 1,
    onnotice: () => {},
    connect_timeout: 5,
  });
  try {
    const [r] = await sql`
      select r.rolcreatedb as createdb, exists (select 1 from pg_roles where rolname = ${t.app}) as app
      from pg_roles r where r.rolname = current_user`;
    return !!r?.createdb && !!r.app;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The local default cluster (Debian's layout), started the way scripts/pg-bootstrap.sh did. */
function startLocalCluster(log: (m: string) => void): boolean {
  if (!existsSync('/etc/postgresql')) return false;
  const version = readdirSync('/etc/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .pop();
  if (!version) return false;
  log(`PostgreSQL is not answering on 127.0.0.1:5432; starting the local cluster ${version}/main…`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
  return true;
}

async function asSuperuser(t: Target, su: string, fn: (sql: postgres.Sql) => Promise<void>): Promise<void> {
  const sql = postgres({
    host: t.host,
    port: t.port,
    user: su,
    database: 'postgres',
    max: 1,
    onnotice: () => {},
    connect_timeout: 5,
  });
  try {
    await fn(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Root on Debian with password-protected TCP: the same SQL through psql as the postgres system user (peer auth). */
function viaPeer(t: Target): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/var/run/postgresql')) return false;
  const s = statements(t);
  const psql = (sql: string) =>
    execFileSync(
      'runuser',
      [
        '-u',
        'postgres',
        '--',
        'psql',
        '-qX',
        '-v',
        'ON_ERROR_STOP=1',
        '-p',
        String(t.port),
        '-d',
        'postgres',
        '-c',
        sql,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
  psql(s.roles);
  const has = execFileSync('runuser', [
    '-u',
    'postgres',
    '--',
    'psql',
    '-qXtA',
    '-p',
    String(t.port),
    '-d',
    'postgres',
    '-c',
    `select 1 from pg_database where datname = ${literal(t.database)}`,
  ])
    .toString()
    .trim();
  if (!has) psql(s.database);
  return true;
}

export async function preparePostgres(
  ownerUrl: string = process.env.LCS_TEST_PG_URL ?? DEFAULT_OWNER_URL,
  o: { appRole?: string; superuser?: string; log?: (m: string) => void } = {},
): Promise<PreparedPostgres> {
  const t = target(ownerUrl, o.appRole ?? process.env.LCS_APP_ROLE ?? 'lcs_app');
  const log = o.log ?? ((m: string) => console.log(m));
  const su = o.superuser ?? process.env.LCS_PG_SUPERUSER ?? 'postgres';
  const out: PreparedPostgres = { created: [], startedCluster: false };
  if (await ready(t)) return out;

  const run = async (): Promise<void> =>
    asSuperuser(t, su, async (sql) => {
      const [before] = await sql`
        select exists (select 1 from pg_roles where rolname = ${t.owner}) as owner,
          exists (select 1 from pg_roles where rolname = ${t.app}) as app,
          exists (select 1 from pg_database where datname = ${t.database}) as db`;
      const s = statements(t);
      await sql.unsafe(s.roles);
      if (!before!.owner) out.created.push(`role ${t.owner}`);
      if (!before!.app) out.created.push(`role ${t.app}`);
      if (!before!.db) {
        try {
          await sql.unsafe(s.database);
          out.created.push(`database ${t.database}`);
        } catch (e) {
          if (code(e) !== '42P04') throw e; // made meanwhile by a concurrent run
        }
      }
    });

  const local = (t.host === '127.0.0.1' || t.host === 'localhost') && t.port === 5432;
  try {
    await run();
  } catch (e) {
    if (isDown(e) && local && startLocalCluster(log)) {
      out.startedCluster = true;
      let last: unknown = e;
      for (let i = 0; i < 30; i++) {
        try {
          await run();
          last = undefined;
          break;
        } catch (again) {
          last = again;
          if (!isDown(again)) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      if (last) throw explain(t, su, last);
    } else if (needsPassword(e) && viaPeer(t)) {
      out.created.push(`roles and database via the postgres system user`);
    } else {
      throw explain(t, su, e);
    }
  }
  if (out.created.length)
    log(
      `PostgreSQL ${t.host}:${t.port} prepared: ${out.created.join(', ')} ` +
        `(owner postgres://${t.owner}@${t.host}:${t.port}/${t.database}, app role ${t.app})`,
    );
  return out;
}

function explain(t: Target, su: string, e: unknown): Error {
  const why = isDown(e)
    ? `no PostgreSQL answers on ${t.host}:${t.port}`
    : needsPassword(e)
      ? `the superuser "${su}" needs a password on ${t.host}:${t.port}`
      : (e as Error).message;
  return new Error(
    `Cannot prepare PostgreSQL for the tests/benchmarks (${why}). The roles ${t.owner} (LOGIN CREATEDB) and ` +
      `${t.app} (LOGIN) and the database ${t.database} are needed: ` +
      `start PostgreSQL, or create them once as a superuser (e.g. \`sudo -u postgres psql\`), or point ` +
      `LCS_TEST_PG_URL / LCS_BENCH_PG_URL at a server where they exist (LCS_PG_SUPERUSER names another superuser).`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: node --import tsx cli/src/pg-prepare.ts [owner URL]
Creates (idempotently) the roles lcs_owner (LOGIN CREATEDB) and lcs_app (LOGIN) and the database lcs
on the PostgreSQL of the owner URL (default: LCS_TEST_PG_URL or ${DEFAULT_OWNER_URL}), connecting as
the superuser postgres (LCS_PG_SUPERUSER); starts the local cluster when 127.0.0.1:5432 is down.`);
    process.exit(0);
  }
  preparePostgres(args[0]).then(
    (r) => {
      if (!r.created.length) console.log('PostgreSQL ready (roles and database exist)');
    },
    (e: Error) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
