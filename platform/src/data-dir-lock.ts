/**
 * One process at a time on an embedded PGlite directory: PGlite is a single-user database and two
 * processes writing one directory can corrupt it. Whoever opens the directory (the all-in-one, a
 * subgraph started alone, a CLI command without a running all-in-one) holds `<dir>.lock`, a small
 * JSON file naming its pid, what it is and — for a running all-in-one — the Unix socket over which
 * local tools reach its database (pglite-local.ts). A lock whose process is gone is stale and taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';

export interface LockInfo {
  pid: number;
  /** What holds it, for messages: e.g. "lcs start", "lcs key create". */
  by: string;
  since: string;
  /** The holder serves the database to local tools once open (an all-in-one); `socket` names where. */
  serving?: boolean;
  /** Unix socket serving this database to local tools (a running all-in-one). */
  socket?: string;
}

export const lockFileOf = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`;

/** The directory is held by another live process. */
export class DataDirBusy extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `the embedded database ${dataDir} is in use by "${holder.by}" (pid ${holder.pid}, since ${holder.since}); ` +
        (holder.socket
          ? `it is running: local tools reach it over ${holder.socket} (pnpm lcs … does so by itself); stop it ` +
            `first to open the directory directly`
          : `PGlite allows one process per directory: wait until it has finished (or stop it), then try again`),
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of `dataDir`, if any (a stale lock reads as none). */
export function readLock(dataDir: string): LockInfo | undefined {
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(lockFileOf(dataDir), 'utf8')) as LockInfo;
  } catch {
    return undefined; // none, or half-written by a starting holder (then its open retries settle it)
  }
  return Number.isInteger(info.pid) && alive(info.pid) ? info : undefined;
}

export class DataDirLock {
  private released = false;
  private constructor(
    readonly dataDir: string,
    private info: LockInfo,
  ) {}

  /** Takes the directory for this process, or throws DataDirBusy naming the live holder. */
  static acquire(dataDir: string, by: string, o: { serving?: boolean } = {}): DataDirLock {
    const file = lockFileOf(dataDir);
    const info: LockInfo = {
      pid: process.pid,
      by,
      since: new Date().toISOString(),
      ...(o.serving ? { serving: true } : {}),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        try {
          writeSync(fd, JSON.stringify(info));
        } finally {
          closeSync(fd);
        }
        return new DataDirLock(dataDir, info);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = readLock(dataDir);
      if (holder) throw new DataDirBusy(dataDir, holder);
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        // taken over meanwhile by someone else: the next attempt sees them
      }
    }
    throw new Error(`could not take the lock ${file}`);
  }

  /** Records the socket local tools reach this holder's database over. */
  setSocket(socket: string | undefined): void {
    const rest = { ...this.info };
    delete rest.serving;
    delete rest.socket;
    this.info = socket ? { ...rest, serving: true, socket } : rest;
    if (!this.released) writeFileSync(lockFileOf(this.dataDir), JSON.stringify(this.info), { mode: 0o600 });
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      const now = JSON.parse(readFileSync(lockFileOf(this.dataDir), 'utf8')) as LockInfo;
      if (now.pid === process.pid) unlinkSync(lockFileOf(this.dataDir));
    } catch {
      // already gone
    }
  }
}
