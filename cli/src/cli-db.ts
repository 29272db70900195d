/**
 * The database of every CLI command that touches one (`pnpm lcs idp set`, `key create`,
 * `licence create`, `client create`, `seed`, `audit …`, …) — the one `pnpm start` uses:
 *
 * - DATABASE_URL set: that PostgreSQL (any number of processes may use it at once).
 * - the embedded PGlite (LCS_DATA_DIR/pglite, default .data/pglite) while an all-in-one runs on
 *   it: the running instance's own database, over the Unix socket it serves to local tools
 *   (platform pglite-local.ts), so a change takes effect at once, without a restart — and the
 *   directory is never opened twice. Writes run as the app role under row-level security, with
 *   the same audit records as before (the session's role is the app role's).
 * - the embedded PGlite with nothing running: opened here, holding the directory's lock for the
 *   command's duration, so `pnpm start` refuses to start meanwhile (data-dir-lock.ts) with a message.
 * Anything else holding the directory (a subgraph started alone, another command) is named in a
 * clear refusal saying what to do — never a silent no-op.
 */
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { DataDirBusy, loadConfig, openDatabase, readLock, type AppDatabase, type Database } from '@lcs/platform';
import { SUBGRAPHS } from './subgraphs.ts';
import { dataRoot } from './paths.ts';

/** How long a command waits for an all-in-one that is still starting (migrating) to serve its socket. */
const STARTING_WAIT_MS = 120_000;

const commandName = () =>
  `lcs ${process.argv
    .slice(2)
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ')}`.trim();

export async function openCliDatabase(): Promise<Database> {
  const config = loadConfig({ ...process.env, LCS_DATA_DIR: join(dataRoot(process.env), 'pglite') });
  const migrations = SUBGRAPHS.map((d) => d.migrations);
  if (config.db.url) return openDatabase(config.db, migrations);
  const dir = config.db.dataDir!;
  const appRole = config.db.appRole ?? 'lcs_app';
  const started = Date.now();
  let told = false;
  for (;;) {
    const holder = readLock(dir);
    if (holder?.socket) return connectLocal(holder.socket, appRole);
    if (holder?.serving && Date.now() - started < STARTING_WAIT_MS) {
      if (!told) console.error(`waiting for the all-in-one (pid ${holder.pid}) on ${dir} to finish starting…`);
      told = true;
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    if (holder) throw new DataDirBusy(dir, holder);
    try {
      return await openDatabase({ ...config.db, openedBy: commandName() }, migrations);
    } catch (e) {
      if (!(e instanceof DataDirBusy)) throw e;
      if (Date.now() - started > STARTING_WAIT_MS) throw e;
      // taken between the look and the open (e.g. `pnpm start` just began): look again
    }
  }
}

/** The running all-in-one's database over its local socket, as the app role it runs requests as. */
async function connectLocal(socket: string, appRole: string): Promise<Database> {
  // One session shared with the platform: unnamed statements only (a named one would outlive the
  // connection in that session), one connection.
  const client = postgres({
    path: socket,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    prepare: false,
    onnotice: () => {},
    connect_timeout: 10,
  });
  const app = drizzle(client) as unknown as AppDatabase;
  try {
    const [who] = await client`select current_user as role`;
    if (who?.role !== appRole)
      throw new Error(`the running all-in-one's session runs as "${String(who?.role)}", not the app role "${appRole}"`);
  } catch (e) {
    await client.end({ timeout: 1 });
    throw new Error(`could not reach the running all-in-one's database over ${socket}: ${(e as Error).message}`, {
      cause: e,
    });
  }
  const asOwner: Database['asOwner'] = (fn) =>
    app.transaction(async (tx) => {
      // ends with the transaction; the platform runs nothing in between (pglite-local.ts)
      await tx.execute(sql`set local role postgres`);
      return fn(tx);
    });
  return {
    kind: 'pglite',
    appRole,
    app,
    asOwner,
    analyze: async () => void (await asOwner((tx) => tx.execute(sql`analyze`))),
    close: () => client.end({ timeout: 5 }),
  };
}
