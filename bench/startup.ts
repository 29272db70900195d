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
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERY =
  '{ clients(first: 5) { nodes { id executions { id } hslOrders { id } housingApplicationEvents { status } } } }';

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

export async function measureStart(dataDir: string): Promise<{ seconds: number; rssMb: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/src/lcs.ts'), 'start'], {
    cwd: ROOT,
    env: { ...process.env, LCS_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    await firstAnswer('http://127.0.0.1:4000/graphql', {
      exited: () => (child.exitCode !== null ? `start exited ${child.exitCode}: ${stderr}` : undefined),
    });
    return { seconds: (performance.now() - t0) / 1000, rssMb: rssMb(child.pid!) };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

const main = import.meta.url === `file://${process.argv[1]}`;
if (main && process.argv.includes('--help')) {
  console.log(
    'usage: node --import tsx bench/startup.ts\n' +
      'Measures cold start (fresh .data), warm restart, and RSS of the all-in-one; prints a RESULT line.',
  );
  process.exit(0);
}
if (main) {
  const dir = mkdtempSync(join(tmpdir(), 'lcs-start-'));
  try {
    const cold = await measureStart(dir);
    console.log(
      `cold start (migrate + seed demo, demo2): ${cold.seconds.toFixed(1)} s to first federated answer, ` +
        `RSS ${cold.rssMb} MB`,
    );
    const warm = await measureStart(dir);
    console.log(
      `warm restart (data kept):                ${warm.seconds.toFixed(1)} s to first federated answer, ` +
        `RSS ${warm.rssMb} MB`,
    );
    console.log(
      `RESULT p6_start_cold_s=${cold.seconds.toFixed(2)} p6_start_s=${warm.seconds.toFixed(2)} p6_rss_mb=${warm.rssMb}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
