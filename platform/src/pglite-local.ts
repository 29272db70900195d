/**
 * A running all-in-one's embedded database for local tools (`pnpm lcs idp set`, `key create`, …):
 * its PGlite served over a Unix socket (0600, beside the data directory) with
 * @electric-sql/pglite-socket, so the tools change the running platform's own database — the
 * change is seen at once, and no second process ever opens the directory.
 *
 * PGlite has ONE session, shared by the platform and every tool. pglite-socket only orders the
 * tools' messages among themselves; this module also keeps them apart from the platform's own work:
 * while a tool's statement (a simple query, or an extended-protocol batch up to its Sync) or its
 * transaction runs, it holds PGlite's transaction lock, so no request of the platform runs in the
 * middle of it, and none of the tool's statements runs inside a request's transaction. When a tool
 * has finished (outside a transaction) the session's role is set back to the app role, so a tool
 * cannot leave the platform running as the owner; a tool idle in the middle of a transaction for
 * longer than IDLE_MS is rolled back so it can never stall the platform.
 */
import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const IDLE_MS = 10_000;
const Q = 0x51; // simple Query
const S = 0x53; // Sync (end of an extended-protocol batch)
const X = 0x58; // Terminate

/** A simple-query protocol message. */
export function simpleQuery(text: string): Uint8Array {
  const body = Buffer.from(`${text}\0`, 'utf8');
  const msg = Buffer.alloc(5 + body.length);
  msg[0] = Q;
  msg.writeInt32BE(4 + body.length, 1);
  body.copy(msg, 5);
  return new Uint8Array(msg);
}

/** The PGlite face pglite-socket sees: its exclusive runs also exclude the platform's own queries and transactions. */
function sharedWithPlatform(pg: PGlite, appRole: string, log: (m: string) => void) {
  let release: (() => void) | undefined;
  let last = 0;
  let idle: NodeJS.Timeout | undefined;
  const restore = simpleQuery(`SET ROLE ${appRole}`);
  const hold = () =>
    new Promise<() => void>((got) => {
      void pg._runExclusiveTransaction(() => new Promise<void>((done) => got(done)));
    });
  const finish = async (rollback: boolean) => {
    if (!release) return;
    if (idle) clearTimeout(idle);
    await pg._runExclusiveQuery(async () => {
      if (rollback) await pg.execProtocolRaw(simpleQuery('ROLLBACK'));
      await pg.execProtocolRaw(restore);
    });
    const r = release;
    release = undefined;
    r();
  };
  const face = {
    get waitReady() {
      return pg.waitReady;
    },
    /** The tools' transaction only: while the platform holds the session, none of theirs is open. */
    isInTransaction: () => release !== undefined && pg.isInTransaction(),
    async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
      release ??= await hold();
      if (idle) clearTimeout(idle);
      try {
        return await pg._runExclusiveQuery(fn);
      } finally {
        const batchDone = last === Q || last === S || last === X || last === 0;
        if (batchDone && !pg.isInTransaction()) await finish(false);
        else {
          idle = setTimeout(() => {
            log(`a local tool stayed idle inside a transaction for ${IDLE_MS / 1000} s: rolled back`);
            void finish(true);
          }, IDLE_MS);
          idle.unref();
        }
      }
    },
    execProtocolRawStream(message: Uint8Array, o: Parameters<PGlite['execProtocolRawStream']>[1]) {
      last = message[0]!;
      return pg.execProtocolRawStream(message, o);
    },
    /** pglite-socket rolls back a disconnected tool's open transaction with exec('ROLLBACK'). */
    async exec(query: string) {
      last = Q;
      await face.runExclusive(() => pg.execProtocolRaw(simpleQuery(query)));
    },
  };
  return face;
}

export interface LocalAccess {
  socket: string;
  close(): Promise<void>;
}

/** Serves `pg` to local tools on the Unix socket `path` (replacing a stale socket file). */
export async function serveLocal(
  pg: PGlite,
  path: string,
  appRole: string,
  log: (m: string) => void = (m) => console.error(m),
): Promise<LocalAccess> {
  if (existsSync(path)) unlinkSync(path); // left by a process that is gone (the caller holds the directory's lock)
  const server = new PGLiteSocketServer({
    db: sharedWithPlatform(pg, appRole, log) as unknown as PGlite,
    path,
    maxConnections: 8,
  });
  await server.start();
  chmodSync(path, 0o600);
  return {
    socket: path,
    async close() {
      await server.stop();
      if (existsSync(path)) unlinkSync(path);
    },
  };
}
