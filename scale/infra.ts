/**
 * Real infrastructure for the multi-process test, each started here in a temp dir on free ports
 * and stopped at the end (never the machine's own PostgreSQL or Redis): a PostgreSQL 15 cluster
 * (initdb; as the `postgres` OS user when run as root, which PostgreSQL and PgBouncer refuse),
 * PgBouncer in transaction mode, redis-server and HAProxy — the Debian packages `.ci/run` installs.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_BIN =
  process.env.LCS_PG_BIN ??
  (existsSync('/usr/lib/postgresql')
    ? join('/usr/lib/postgresql', readdirSync('/usr/lib/postgresql').sort().pop()!, 'bin')
    : '');
const asRoot = process.getuid?.() === 0;

/** Ports handed out by this process, so that no two parts get the same one. */
const handedOut = new Set<number>();

/** The lowest port the kernel hands to outgoing connections (ip_local_port_range; Linux default 32768). */
function ephemeralLow(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

/**
 * A free TCP port on 127.0.0.1 (closed again before returning), below the kernel's range for
 * outgoing connections: a part is started on its port later (and again on a rolling restart), and a
 * port from that range could meanwhile be taken by any outgoing connection (EADDRINUSE).
 */
export async function freePort(): Promise<number> {
  const high = ephemeralLow();
  const low = Math.max(1024, high - 12_000);
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (handedOut.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port found in ${low}–${high - 1}`);
}

/** A temp dir the service user may write (owned by `postgres` when we are root). */
export function serviceDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(d, uid, gid);
  }
  return d;
}

/** Runs a command as the service user (`postgres` under root, else ourselves). */
const asService = (cmd: string, args: string[]) =>
  (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];

export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms${last ? ` (${(last as Error).message})` : ''}`);
}

export interface Service {
  port: number;
  stop(): Promise<void>;
}

/** One statement through psql at 127.0.0.1:`port` (unaligned; `headers`: with column names, space-separated). */
function psqlAt(port: number, user: string, db: string, sql: string, o: { headers?: boolean } = {}): string {
  const format = o.headers ? ['-XA', '-F', ' '] : ['-qXtA', '-v', 'ON_ERROR_STOP=1'];
  return execFileSync(
    join(PG_BIN, 'psql'),
    ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', db, ...format, '-c', sql],
    { timeout: 30_000 },
  )
    .toString()
    .trim();
}

/** A PostgreSQL cluster with the platform's roles (lcs_owner owns database lcs; lcs_app is the app role). */
export async function startPostgres(): Promise<
  Service & { ownerUrl: string; dir: string; activity(): string; sessions(): string }
> {
  const dir = serviceDir('lcs-scale-pg-');
  const data = join(dir, 'data');
  const port = await freePort();
  execFileSync(
    ...asService(join(PG_BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']),
    { stdio: 'ignore' },
  );
  const opts = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB',
  ].join(' ');
  execFileSync(...asService(join(PG_BIN, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']), {
    stdio: 'ignore',
  });
  const psql = (sql: string) => psqlAt(port, 'postgres', 'postgres', sql);
  psql('CREATE ROLE lcs_owner LOGIN CREATEDB CREATEROLE');
  psql('CREATE ROLE lcs_app LOGIN NOSUPERUSER NOBYPASSRLS');
  psql('CREATE DATABASE lcs OWNER lcs_owner');
  return {
    port,
    dir,
    ownerUrl: `postgres://lcs_owner@127.0.0.1:${port}/lcs`,
    /** The app role's server connections by state, and the oldest open transaction (diagnostics). */
    activity: () =>
      psql(
        `select coalesce(string_agg(state || ' ' || n, ', '), 'none') || '; oldest transaction ' ||
           coalesce(max(oldest)::text, '-') || ' s'
         from (select state, count(*) as n, round(max(extract(epoch from now() - xact_start))::numeric, 1) as oldest
               from pg_stat_activity where usename = 'lcs_app' group by state) s`,
      ),
    /** Each app-role session: part, state, what it waits on and for, and who blocks it (diagnostics of a stall). */
    sessions: () =>
      psql(
        `select string_agg(format('%s %s pid=%s %s/%s xact=%ss q=%ss blocked_by=%s: %s', application_name, state, pid,
                  wait_event_type, wait_event, round(extract(epoch from now() - xact_start)::numeric, 1),
                  round(extract(epoch from now() - query_start)::numeric, 1), pg_blocking_pids(pid),
                  left(regexp_replace(query, '\\s+', ' ', 'g'), 90)), E'\\n' order by xact_start nulls last)
         from pg_stat_activity where usename in ('lcs_app', 'lcs_owner')`,
      ),
    async stop() {
      try {
        execFileSync(...asService(join(PG_BIN, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), {
          stdio: 'ignore',
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function daemon(name: string, cmd: string, args: string[], log?: (l: string) => void): ChildProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = (d: Buffer) => log?.(`[${name}] ${d.toString().trimEnd()}`);
  child.stdout!.on('data', out);
  child.stderr!.on('data', out);
  return child;
}

const stopChild = (c: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill(signal);
    setTimeout(() => c.kill('SIGKILL'), 5000).unref();
  });

/**
 * PgBouncer 1.18 in transaction mode in front of `pgPort`, with a small server pool so that tenants
 * share connections.
 */
export async function startPgBouncer(
  pgPort: number,
  o: { poolSize: number },
): Promise<
  Service & { url: (user: string) => string; show(what: 'pools' | 'clients' | 'servers'): string; logTail(): string }
> {
  const dir = serviceDir('lcs-scale-pgb-');
  const port = await freePort();
  writeFileSync(join(dir, 'users.txt'), '"lcs_app" ""\n"lcs_owner" ""\n"pgbouncer" ""\n');
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    `[databases]
lcs = host=127.0.0.1 port=${pgPort} dbname=lcs
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${join(dir, 'users.txt')}
pool_mode = transaction
default_pool_size = ${o.poolSize}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 1000
admin_users = pgbouncer
max_db_connections = ${o.poolSize}
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
; every wait bounded: a client waits at most 20 s for a server connection (then an error the
; services answer as 503), and a transaction left idle for 60 s loses its server connection
query_wait_timeout = 20
idle_transaction_timeout = 60
logfile = ${join(dir, 'pgbouncer.log')}
`,
  );
  if (asRoot)
    chownSync(
      join(dir, 'pgbouncer.ini'),
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  // as root, PgBouncer switches to the service user itself (-u): its pid is ours to signal
  const child = daemon('pgbouncer', 'pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')]);
  await waitFor(
    'PgBouncer',
    async () => {
      const { default: postgres } = await import('postgres');
      const c = postgres(`postgres://lcs_app@127.0.0.1:${port}/lcs`, {
        max: 1,
        prepare: false,
        onnotice: () => {},
        connect_timeout: 2,
      });
      try {
        await c`select 1`;
        return true;
      } finally {
        await c.end();
      }
    },
    20_000,
    300,
  );
  return {
    port,
    url: (user) => `postgres://${user}@127.0.0.1:${port}/lcs`,
    /** PgBouncer's SHOW POOLS / CLIENTS / SERVERS on its admin console (diagnostics of a stall). */
    show: (what) => psqlAt(port, 'pgbouncer', 'pgbouncer', `SHOW ${what}`, { headers: true }),
    /** The last lines of PgBouncer's log (diagnostics of a stall). */
    logTail: () => {
      try {
        return readFileSync(join(dir, 'pgbouncer.log'), 'utf8').split('\n').slice(-60).join('\n');
      } catch (e) {
        return `(no log: ${(e as Error).message})`;
      }
    },
    async stop() {
      await stopChild(child, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<
  Service & { url: string; kill(): Promise<void>; restart(): Promise<void> }
> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lcs-scale-redis-'));
  const start = () =>
    daemon('redis', 'redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ]);
  let child = start();
  const ping = async () => {
    const { connectRedis } = await import('@lcs/platform/redis');
    const r = connectRedis(`redis://127.0.0.1:${port}`, 'lcs-scale-probe');
    try {
      await waitFor('redis connection', async () => r.ready(), 2000, 50);
      return (await r.health()).ok;
    } finally {
      r.client.disconnect();
    }
  };
  await waitFor('redis-server', ping, 15_000);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      await stopChild(child, 'SIGKILL');
    },
    async restart() {
      child = start();
      await waitFor('redis-server', ping, 15_000);
    },
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface HaproxyBackend {
  name: string;
  /** http (layer 7) or tcp (passthrough) */
  mode: 'http' | 'tcp';
  servers: { name: string; port: number; checkPort?: number; extra?: string }[];
}

export interface HaproxyFrontend {
  name: string;
  port: number;
  mode: 'http' | 'tcp';
  backend: string;
  /** Extra lines (bind options are given in `bind`). */
  bind?: string;
  lines?: string[];
}

/**
 * HAProxy 2.6 with the given frontends and backends; health checks GET /readyz every 300 ms. With
 * `log`, one line per request or connection (timers, server, termination state) goes to it.
 */
export async function startHaproxy(
  frontends: HaproxyFrontend[],
  backends: HaproxyBackend[],
  log?: (l: string) => void,
): Promise<Service & { dir: string; stats: () => Promise<string> }> {
  const dir = mkdtempSync(join(tmpdir(), 'lcs-scale-haproxy-'));
  const statsPort = await freePort();
  const cfg =
    [
      'global',
      '  maxconn 4000',
      '  stats socket ' + join(dir, 'admin.sock') + ' mode 600 level admin',
      // one line per request or connection (timers, server, termination state) on stdout: the `log` callback
      ...(log ? ['  log stdout format raw local0 info'] : []),
      'defaults',
      ...(log ? ['  log global'] : []),
      '  timeout connect 2s',
      '  timeout client 120s',
      '  timeout server 120s',
      // above the parts' own check budget (readiness.ts CHECK_TIMEOUT_MS, 2 s): a slow dependency is
      // reported by the part (503 naming it), not guessed from a probe HAProxy cut off
      '  timeout check 3s',
      '  option redispatch',
      '  retries 3',
      `frontend stats`,
      `  mode http`,
      `  bind 127.0.0.1:${statsPort}`,
      `  stats enable`,
      `  stats uri /stats`,
      ...frontends.flatMap((f) => [
        `frontend ${f.name}`,
        `  mode ${f.mode}`,
        ...(log ? [f.mode === 'http' ? '  option httplog' : '  option tcplog'] : []),
        `  bind 127.0.0.1:${f.port}${f.bind ? ` ${f.bind}` : ''}`,
        ...(f.lines ?? []).map((l) => `  ${l}`),
        `  default_backend ${f.backend}`,
      ]),
      ...backends.flatMap((b) => [
        `backend ${b.name}`,
        `  mode ${b.mode}`,
        '  balance roundrobin',
        '  option httpchk GET /readyz',
        '  http-check expect status 200',
        // a connection refused (dead replica, before its check fails) goes to another server; a request
        // already sent is never repeated
        ...(b.mode === 'http' ? ['  retry-on conn-failure'] : []),
        '  default-server inter 300ms fall 2 rise 2',
        ...b.servers.map(
          (s) =>
            `  server ${s.name} 127.0.0.1:${s.port} check` +
            `${s.checkPort ? ` port ${s.checkPort}` : ''}${s.extra ? ` ${s.extra}` : ''}`,
        ),
      ]),
    ].join('\n') + '\n';
  writeFileSync(join(dir, 'haproxy.cfg'), cfg);
  try {
    execFileSync('haproxy', ['-c', '-f', join(dir, 'haproxy.cfg')], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const why = (e as { stderr?: Buffer }).stderr?.toString() ?? (e as Error).message;
    throw new Error(`HAProxy refused its configuration: ${why}`, { cause: e });
  }
  const child = daemon('haproxy', 'haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], log);
  await waitFor('HAProxy', async () => (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).ok, 15_000);
  return {
    port: statsPort,
    dir,
    stats: async () => (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text(),
    async stop() {
      await stopChild(child, 'SIGUSR1');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
