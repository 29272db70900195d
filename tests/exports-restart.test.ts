/**
 * An export job survives a restart: the stack is stopped while the job is mid-way (pages written,
 * more to come), a new stack is started on the same database (a PostgreSQL database, or a PGlite
 * data directory) and export folder, and the job resumes from its committed keyset cursor. The
 * finished file equals the REST route's pages joined — no row lost, none written twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { persistentDatabase, startTestStack, type TestDatabase, type TestStack } from './helpers/stack.ts';
import { createExport, download, fileText, getJob, restRows, waitForJob, type Caller } from './helpers/bi.ts';

const PATH = '/api/v1/executed_services';
let db: TestDatabase | undefined;
let second: TestStack | undefined;
const dir = mkdtempSync(join(tmpdir(), 'lcs-exports-restart-'));

afterAll(async () => {
  await second?.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

it(
  'a job stopped mid-way resumes in a new process on the same database and finishes the same file',
  { timeout: 300_000 },
  async () => {
    db = await persistentDatabase();
    // first process: small pages and a pause after each, so that the stop lands mid-job
    const first = await startTestStack({
      database: db,
      clients: 20,
      tenants: ['demo'],
      exports: { dir, pageSize: 50, pageDelayMs: 400 },
    });
    let location: string;
    let before: number;
    try {
      const c: Caller = { facadeUrl: first.facadeUrl!, key: first.demoKeys.demo!['8873']!, tenant: 'demo' };
      const created = await createExport(c, { path: PATH, format: 'ndjson', gzip: true });
      expect(created.status).toBe(202);
      location = created.location!;
      const mid = await waitForJob(
        c,
        location,
        (j) => j.progress.rows >= 100 || (j.state !== 'running' && j.state !== 'queued'),
      );
      expect(mid.state).toBe('running');
      before = mid.progress.rows;
    } finally {
      await first.close(); // stops the job after its current page; the database and files stay
    }

    second = await startTestStack({ database: db, seed: false, tenants: ['demo'], exports: { dir, pageSize: 50 } });
    const c: Caller = { facadeUrl: second.facadeUrl!, key: second.demoKeys.demo!['8873']!, tenant: 'demo' };
    const resumed = await getJob(c, location);
    expect(resumed.status).toBe(200);
    expect(resumed.job.progress.rows).toBeGreaterThanOrEqual(before);
    const job = await waitForJob(c, location);
    expect(job.state, job.error).toBe('done');
    const rest = await restRows(c, PATH, { limit: '100' });
    const file = await download(c, job.download!);
    const rows = fileText(file.body)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(before);
    expect(new Set(rows.map((r) => r.Id)).size).toBe(rows.length);
    expect(rows).toEqual(rest);
    expect(job.progress.rows).toBe(rest.length);
  },
);
