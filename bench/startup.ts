/**
 * Start-up and memory of the all-in-one (`pnpm start`): time from process start to the first
 * answered federated query, on a fresh data directory (migrations + demo seed) and on a restart
 * (data kept), and the RSS after start. Usage: node --import tsx bench/startup.ts [--help]
 *
 * `pnpm bench` uses `firstAnswer` and `rssMb` for its own all-in-one on PostgreSQL (p6), and
 * `measureStart` in full mode (this embedded-database start, on the fixed ports 4000–4005, 8443).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { get, tlsAgent } from './lib/https.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERY =
  '{ clients(first: 5) { nodes { id executions { id } hslOrders { id } housingApplicationEvents { status } } } }';

/** CPU seconds (user + system) a process has used so far: its start-up's cost, whatever the machine's load. */
export function cpuSeconds(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks (100 per second on Linux), after "(comm)"
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/**
 * Polls `gatewayUrl` with a small federated query (every 100 ms; as the development user of
 * tenant `tenant`, or with `headers` that sign the caller in) until it is answered with clients;
 * throws if `exited()` reports the server gone or after `timeoutMs`.
 */
export async function firstAnswer(
  gatewayUrl: string,
  o: { tenant?: string; headers?: Record<string, string>; exited?: () => string | undefined; timeoutMs?: number } = {},
): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const gone = o.exited?.();
    if (gone) throw new Error(gone);
    if (performance.now() - t0 > (o.timeoutMs ?? 120_000))
      throw new Error(`no answer from ${gatewayUrl} within ${(o.timeoutMs ?? 120_000) / 1000} s`);
    try {
      const r = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(o.headers ?? { 'x-lcs-tenant': o.tenant ?? 'demo' }) },
        body: JSON.stringify({ query: QUERY }),
      });
      const body = (await r.json()) as { data?: { clients: { nodes: unknown[] } } };
      if (r.ok && body.data?.clients.nodes.length) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface StartFigures {
  /** Seconds from spawning `pnpm start` until a federated query and a REST call both answered 200. */
  seconds: number;
  /** … until the federated GraphQL query answered with clients. */
  graphqlSeconds: number;
  /** … until the REST facade answered 200 (mutual TLS, the demo system's key). */
  restSeconds: number;
  rssMb: number;
  /** CPU seconds `pnpm start` had used when both had answered (load-independent, unlike `seconds`). */
  cpuSeconds: number;
  /** What `pnpm start` printed, each line with the seconds since spawn (where the time goes). */
  lines: string[];
}

/**
 * Runs `pnpm start` (cli/src/lcs.ts start) on `dataDir` on free ports (LCS_PORTS=ephemeral) and
 * times the first answered federated query and the first REST call (the `curl` it prints: mutual
 * TLS with the development PKI under `dataDir`, the demo key from demo-keys.json); then stops it.
 */
export async function measureStart(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<StartFigures> {
  const t0 = performance.now();
  const at = () => (performance.now() - t0) / 1000;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/src/lcs.ts'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      LCS_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LCS_PORTS: 'ephemeral',
      LCS_ADMIN_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines: string[] = [];
  let gatewayUrl: string | undefined;
  let restUrl: string | undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(`${at().toFixed(2).padStart(6)} s  ${line}`);
    gatewayUrl ??= /^\s+gateway\s+(http:\S+)/.exec(line)?.[1];
    restUrl ??= /^\s+'(https:\/\/[^']+\/api\/[^']+)'/.exec(line)?.[1];
  });
  const exited = () => (child.exitCode !== null ? `start exited ${child.exitCode}: ${stderr}` : undefined);
  const until = async <T>(what: string, get: () => T | undefined): Promise<T> => {
    for (;;) {
      const v = get();
      if (v !== undefined) return v;
      const gone = exited();
      if (gone) throw new Error(gone);
      if (at() > 180) throw new Error(`${what} not printed within 180 s:\n${lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  try {
    const graphql = until('the gateway URL', () => gatewayUrl)
      .then((url) => firstAnswer(url, { exited, timeoutMs: 180_000 }))
      .then(at);
    const rest = until('the REST call', () => restUrl).then(async (url) => {
      const pki = join(dataDir, 'pki');
      const agent = tlsAgent({
        ca: readFileSync(join(pki, 'ca.crt'), 'utf8'),
        cert: readFileSync(join(pki, 'demo-client.crt'), 'utf8'),
        key: readFileSync(join(pki, 'demo-client.key'), 'utf8'),
      });
      const keys = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')) as Record<
        string,
        Record<string, string>
      >;
      const tenant = new URL(url).searchParams.get('domain')!;
      const key = keys[tenant]!['8873'] ?? Object.values(keys[tenant]!)[0]!;
      try {
        for (;;) {
          const r = await get(url, agent, { 'X-Api-Key': key }).catch(() => undefined);
          if (r?.status === 200) return at();
          const gone = exited();
          if (gone) throw new Error(gone);
          if (at() > 180) throw new Error(`the REST call ${url} answered ${r?.status} (not 200) for 180 s`);
          await new Promise((res) => setTimeout(res, 100));
        }
      } finally {
        agent.destroy();
      }
    });
    const [graphqlSeconds, restSeconds] = await Promise.all([graphql, rest]);
    return {
      seconds: Math.max(graphqlSeconds, restSeconds),
      graphqlSeconds,
      restSeconds,
      rssMb: rssMb(child.pid!),
      cpuSeconds: cpuSeconds(child.pid!),
      lines,
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    }
  }
}

const main = import.meta.url === `file://${process.argv[1]}`;
if (main && process.argv.includes('--help')) {
  console.log(
    'usage: node --import tsx bench/startup.ts [--verbose]\n' +
      '`pnpm start` on a fresh, empty data directory (cold: as after a fresh clone; the console build is\n' +
      'reused if fresh), then restarted on it (warm): seconds until the first federated query and the first\n' +
      'REST call answer 200, RSS; prints a RESULT line. --verbose: what `pnpm start` printed, timed.',
  );
  process.exit(0);
}
if (main) {
  const dir = mkdtempSync(join(tmpdir(), 'lcs-start-'));
  const show = (what: string, f: StartFigures) => {
    if (process.argv.includes('--verbose')) console.log(f.lines.join('\n'));
    console.log(
      `${what}: ${f.seconds.toFixed(1)} s until both answered (GraphQL ${f.graphqlSeconds.toFixed(1)} s, ` +
        `REST ${f.restSeconds.toFixed(1)} s), ${f.cpuSeconds.toFixed(1)} CPU s, RSS ${f.rssMb} MB`,
    );
  };
  try {
    const load = loadavg()[0]!.toFixed(2);
    const cold = await measureStart(dir);
    show('cold start (empty data directory)', cold);
    const warm = await measureStart(dir);
    show('warm restart (data kept)         ', warm);
    console.log(
      `RESULT p6_start_s=${cold.seconds.toFixed(2)} p6_start_warm_s=${warm.seconds.toFixed(2)} ` +
        `p6_start_cpu_s=${cold.cpuSeconds.toFixed(1)} p6_start_warm_cpu_s=${warm.cpuSeconds.toFixed(1)} ` +
        `p6_rss_mb=${cold.rssMb} load1=${load} (p6_start_s: cold start, empty data directory)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
