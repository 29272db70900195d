/**
 * A PostgreSQL 15 cluster of the test's own (initdb in a temp directory, a free port, sockets in
 * that directory, listening on 127.0.0.1 only), for tests that stop, restart or kill the server —
 * never the shared one on 5432. Runs the server as the `postgres` OS user when the test runs as
 * root (initdb refuses root).
 */
import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.LCS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  port: number;
  /** The cluster's directory (data, socket, log). */
  dir: string;
  /** Owner (superuser) URL of the cluster's `postgres` database. */
  url: string;
  /** postgres://user@127.0.0.1:port/database */
  urlFor(user: string, database: string): string;
  /** pg_ctl stop -m fast: in-flight sessions are terminated, new connections refused. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its directory. */
  destroy(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function startPgCluster(user = 'lcs_owner'): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'lcs-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(
      dir,
      Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
      Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
    );
  const exec = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args]) : run(join(BIN, cmd), args);
  await exec('initdb', ['-D', data, '-U', user, '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () =>
    void (await exec('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']));
  const stop = async () => void (await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']));
  await start();
  return {
    port,
    dir,
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    urlFor: (u, database) => `postgres://${u}@127.0.0.1:${port}/${database}`,
    start,
    stop,
    async destroy() {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
