/**
 * The export runner (app/src/export-runner.ts) on PostgreSQL: the all-in-one forks it at start, at
 * a lower priority, and it ends when its parent dies (SIGKILL: no orphan process). A facade of its
 * own (`lcs serve facade`) forks one too, whose pages go to the gateway over HTTP, and stops it
 * when it stops (LCS_EXPORTS_RUNNER=in-process opts out). Its jobs' results are covered by
 * tests/exports*.test.ts, which run through it on the postgres project.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportJobStore, type RunningPart } from '@lcs/platform';
import { facadeConfig, startFacade } from '@lcs/app/facade';
import { ConfigError } from '@lcs/app/env';
import { DB_KIND, startTestStack, testDatabase, type TestDatabase } from './helpers/stack.ts';
import { registerFacade } from './helpers/facade.ts';
import { createExport, download, fileText, restRows, waitForJob } from './helpers/bi.ts';

const PATH = '/api/v1/executed_services';

let db: TestDatabase | undefined;
afterAll(async () => {
  await db?.drop();
});

/** Running (a zombie not yet reaped by whoever adopted it counts as ended). */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

it.skipIf(DB_KIND !== 'postgres')(
  'is forked at a lower priority and exits when its parent is killed',
  { timeout: 180_000 },
  async () => {
    db = await testDatabase('postgres');
    const parent = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/export-runner-parent.ts', db.url!], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const ids = await new Promise<{ parent: number; runner: number }>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /PARENT (\d+) RUNNER (\d+|none)/.exec(out);
          if (m) resolve({ parent: Number(m[1]), runner: Number(m[2]) });
        });
        parent.once('exit', (code) => reject(new Error(`the stack exited (${code}): ${out}`)));
      });
      expect(ids.runner).toBeGreaterThan(0);
      expect(ids.runner).not.toBe(ids.parent);
      expect(alive(ids.runner)).toBe(true);
      expect(getPriority(ids.runner)).toBeGreaterThan(getPriority(ids.parent));
      parent.kill('SIGKILL');
      const until = Date.now() + 60_000;
      while (alive(ids.runner) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      expect(alive(ids.runner)).toBe(false);
    } finally {
      if (parent.exitCode === null) parent.kill('SIGKILL');
    }
  },
);

/** Processes whose parent is this one and whose command line runs the export runner. */
const runnerChildren = () =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('export-runner-main');
      } catch {
        return false;
      }
    })
    .map(Number);

describe('lcs serve facade (the split deployment)', () => {
  it('LCS_EXPORTS_RUNNER: a runner process by default, in-process as the opt-out, anything else refused', () => {
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1/x', GATEWAY_URL: 'http://127.0.0.1:9/graphql' };
    const pem = join(mkdtempSync(join(tmpdir(), 'lcs-runner-env-')), 'x.pem');
    writeFileSync(pem, 'x');
    const tls = { LCS_TLS_CA: pem, LCS_TLS_CERT: pem, LCS_TLS_KEY: pem };
    expect(facadeConfig({ ...env, ...tls }).exportsRunner).toBe('process');
    expect(facadeConfig({ ...env, ...tls, LCS_EXPORTS_RUNNER: 'in-process' }).exportsRunner).toBe('in-process');
    expect(() => facadeConfig({ ...env, ...tls, LCS_EXPORTS_RUNNER: 'elsewhere' })).toThrow(ConfigError);
  });

  it.skipIf(DB_KIND !== 'postgres')(
    'runs export jobs in a runner process whose pages go through the gateway, and stops it with the facade',
    { timeout: 240_000 },
    async () => {
      const s = await startTestStack({ kind: 'postgres', clients: 8, tenants: ['demo'] });
      const folder = mkdtempSync(join(tmpdir(), 'lcs-split-facade-'));
      let part: RunningPart | undefined;
      let unregister = () => {};
      try {
        await s.exports!.stop(); // the all-in-one still answers; only the separate facade's runner runs jobs
        for (const [name, pem] of Object.entries({ ca: s.pki.ca.cert, cert: s.pki.server.cert, key: s.pki.server.key }))
          writeFileSync(join(folder, `${name}.pem`), pem);
        const before = new Set(runnerChildren());
        part = await startFacade(
          facadeConfig({
            NODE_ENV: 'test',
            LCS_HOST: '127.0.0.1',
            PORT: '0',
            LCS_ADMIN_PORT: '0',
            LCS_METRICS: '0',
            DATABASE_URL: s.config.db.url,
            LCS_TRUST_KEYS: s.config.trust.keys.map((k) => `${k.kid}:${k.secret}`).join(','),
            GATEWAY_URL: s.gatewayUrl,
            LCS_TLS_CA: join(folder, 'ca.pem'),
            LCS_TLS_CERT: join(folder, 'cert.pem'),
            LCS_TLS_KEY: join(folder, 'key.pem'),
            LCS_EXPORTS_DIR: join(folder, 'exports'),
          }),
        );
        const facadeUrl = part.urls[0]!;
        unregister = registerFacade(facadeUrl, s.pki, s.demoKeys);
        const runners = runnerChildren().filter((p) => !before.has(p));
        expect(runners).toHaveLength(1);
        const runner = runners[0]!;
        expect(getPriority(runner)).toBeGreaterThan(getPriority(process.pid));

        const c = { facadeUrl, key: s.demoKeys.demo!['8873']!, tenant: 'demo' };
        const created = await createExport(c, { path: PATH, format: 'ndjson', gzip: false });
        expect(created.status).toBe(202);
        const job = await waitForJob(c, created.location!);
        expect(job.state).toBe('done');
        // the runner (its lease's owner names its process) wrote the file, equal to the REST route's rows
        const stored = await exportJobStore(s.db.app).get('demo', job.id);
        expect(stored?.owner).toContain(`:${runner}:`);
        const file = await download(c, job.download!);
        const rows = fileText(file.body)
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as unknown);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows).toEqual(await restRows(c, PATH, { limit: '100' }));

        await part.stop();
        part = undefined;
        const until = Date.now() + 60_000;
        while (alive(runner) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
        expect(alive(runner)).toBe(false);
      } finally {
        unregister();
        await part?.stop().catch(() => {});
        await s.close();
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
