/**
 * Several facade processes may resume the same export job (after a restart, or each polling for
 * unfinished jobs): exactly one runs it. Two export runners share one database and one export
 * folder, as two facade processes would; the stack's own runner is stopped so that only these two
 * compete. Proven three ways:
 * - the store: concurrent claims of one job, over and over — exactly one wins each time; a lease
 *   that ran out is taken over; the loser's checkpoints are refused;
 * - two live runners and several jobs: every job's checkpoints come from one runner only, each
 *   page once, and every file equals the REST route's rows;
 * - a runner that freezes mid-job (its lease runs out) is replaced by the other, which finishes
 *   the file; when the frozen one wakes up, it writes nothing more (its next checkpoint is
 *   refused) and the file still equals the REST rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJobStore, PlatformError, type ExportJobStore } from '@lcs/platform';
import { createExportService, type ExportService } from '@lcs/rest-facade/exports/service';
import { inProcessExecutor } from '@lcs/rest-facade/execute';
import type { Execute } from '@lcs/rest-facade';
import { loadPersisted, loadRoutes } from '@lcs/cli/stack';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import { createExport, download, fileText, restRows, waitForJob, type Caller } from './helpers/bi.ts';

const PATH = '/api/v1/executed_services';
const dir = mkdtempSync(join(tmpdir(), 'lcs-exports-lease-'));
let s: TestStack;
let c: Caller;
let store: ExportJobStore;
let execute: Execute;
const runners: ExportService[] = [];

beforeAll(async () => {
  s = await startTestStack({ clients: 20, tenants: ['demo'], exports: { dir } });
  await s.exports!.stop(); // it still takes requests; only the runners below run jobs
  c = { facadeUrl: s.facadeUrl!, key: s.demoKeys.demo!['8873']!, tenant: 'demo' };
  store = exportJobStore(s.db.app);
  execute = inProcessExecutor(s.gateway, loadPersisted(), s.config.trust);
}, 300_000);
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Committed page checkpoints: which runner wrote which job's rows. */
type Log = { runner: string; job: string; rows: number }[];

/** A runner like a facade process's: its own name, the shared store (logged) and folder. */
function runner(
  name: string,
  log: Log,
  o: { leaseMs?: number; execute?: Execute; onCheckpoint?: (rows: number) => void } = {},
) {
  const logged: ExportJobStore = {
    ...store,
    update: async (tenant, id, change, lease) => {
      const ok = await store.update(tenant, id, change, lease);
      if (ok && change.cursor !== undefined) {
        log.push({ runner: name, job: id, rows: change.rows! });
        o.onCheckpoint?.(change.rows!);
      }
      return ok;
    },
  };
  const r = createExportService({
    routes: loadRoutes(),
    execute: o.execute ?? execute,
    authenticate: async () => {
      throw new PlatformError('UNAUTHENTICATED', 'runner only');
    },
    store: logged,
    dir,
    pageSize: 50,
    pageDelayMs: 60,
    owner: name,
    leaseMs: o.leaseMs ?? 30_000,
    pollMs: 100,
    lane: { global: 2, perTenant: 2 },
  });
  runners.push(r);
  return r;
}

async function rowsOfFile(location: string) {
  const job = await waitForJob(c, location);
  expect(job.state, job.error).toBe('done');
  const file = await download(c, job.download!);
  return fileText(file.body)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('leases in the store', () => {
  it('concurrent claims: exactly one wins, every time; a lease that ran out is taken over', async () => {
    const job = await store.create({
      id: randomUUID(),
      tenant: 'demo',
      clientId: 'lease-test',
      keyId: 'k',
      package: '8873',
      scope: {} as never,
      path: PATH,
      format: 'ndjson',
      gzip: false,
      params: {},
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const a = { owner: 'runner-a', ms: 30_000 };
    const b = { owner: 'runner-b', ms: 30_000 };
    for (let i = 0; i < 20; i++) {
      const [x, y] = await Promise.all([store.claim('demo', job.id, a), store.claim('demo', job.id, b)]);
      expect([x, y].filter(Boolean)).toHaveLength(1);
      const winner = x ? a : b;
      const loser = x ? b : a;
      expect((x ?? y)!.owner).toBe(winner.owner);
      expect(await store.update('demo', job.id, { rows: i }, loser)).toBe(false);
      expect(await store.update('demo', job.id, { rows: i }, winner)).toBe(true);
      expect(await store.claim('demo', job.id, loser)).toBeUndefined(); // still live
      await store.release('demo', job.id, winner.owner);
    }
    // a lease that runs out (a runner that died) is taken over; the old owner's checkpoints are refused
    expect(await store.claim('demo', job.id, { owner: 'runner-a', ms: 1 })).toBeDefined();
    await new Promise((r) => setTimeout(r, 20));
    expect((await store.claim('demo', job.id, b))?.owner).toBe('runner-b');
    expect(await store.update('demo', job.id, { rows: 99 }, a)).toBe(false);
    expect((await store.get('demo', job.id))!.rows).toBe(19);
    // finished jobs are never claimed
    expect(await store.update('demo', job.id, { state: 'done' }, b)).toBe(true);
    await store.release('demo', job.id, 'runner-b');
    expect(await store.claim('demo', job.id, a)).toBeUndefined();
    await store.remove('demo', job.id);
  });
});

describe('two runners on one database', () => {
  it('share several jobs: each job is run by one runner, each page written once, every file equals REST', async () => {
    const rest = await restRows(c, PATH, { limit: '100' });
    const created = await Promise.all(
      [0, 1, 2, 3].map(() => createExport(c, { path: PATH, format: 'ndjson', gzip: true })),
    );
    expect(created.map((x) => x.status)).toEqual([202, 202, 202, 202]);
    const log: Log = [];
    const a = runner('runner-a', log);
    const b = runner('runner-b', log);
    await Promise.all([a.start(), b.start()]);
    for (const x of created) expect(await rowsOfFile(x.location!)).toEqual(rest);
    const byJob = new Map<string, Log>();
    for (const e of log) byJob.set(e.job, [...(byJob.get(e.job) ?? []), e]);
    expect(byJob.size).toBe(4);
    for (const [, entries] of byJob) {
      expect(new Set(entries.map((e) => e.runner)).size).toBe(1);
      const rows = entries.map((e) => e.rows);
      expect(rows).toEqual([...new Set(rows)].sort((x, y) => x - y)); // each page committed once, in order
      expect(rows.at(-1)).toBe(rest.length);
    }
    expect(new Set(log.map((e) => e.runner))).toEqual(new Set(['runner-a', 'runner-b']));
    await Promise.all([a.stop(), b.stop()]);
  });

  it('a runner frozen mid-job is replaced once its lease runs out; woken up, it writes nothing more', async () => {
    const rest = await restRows(c, PATH, { limit: '100' });
    const log: Log = [];
    let frozen = false;
    let thaw!: () => void;
    const thawed = new Promise<void>((r) => (thaw = r));
    const a = runner('runner-a', log, {
      leaseMs: 1500,
      onCheckpoint: (rows) => {
        if (rows >= 100) frozen = true; // after two pages: its next read never returns (until thawed)
      },
      execute: async (...args) => {
        if (frozen) await thawed;
        return execute(...args);
      },
    });
    const created = await createExport(c, { path: PATH, format: 'ndjson', gzip: true });
    await a.start();
    await waitForJob(c, created.location!, (j) => j.progress.rows >= 100);
    const b = runner('runner-b', log, { leaseMs: 1500 });
    await b.start(); // finds the job leased; takes it over when a's lease runs out
    const rows = await rowsOfFile(created.location!);
    expect(rows).toEqual(rest);
    const fromA = log.filter((e) => e.runner === 'runner-a');
    const fromB = log.filter((e) => e.runner === 'runner-b');
    expect(fromA.at(-1)!.rows).toBe(100);
    expect(fromB[0]!.rows).toBe(150); // resumed from a's last checkpoint
    expect(fromB.at(-1)!.rows).toBe(rest.length);
    thaw();
    await a.stop();
    expect(log.filter((e) => e.runner === 'runner-a')).toEqual(fromA); // nothing after waking up
    expect(await rowsOfFile(created.location!)).toEqual(rest);
    await b.stop();
  });

  it('a key may have 32 jobs unfinished and 256 kept: beyond, 429 with Retry-After; one create at a time', async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop())); // nothing runs the jobs below: they stay queued
    const first = await createExport(c, { path: PATH, format: 'ndjson' });
    const template = (await store.get('demo', first.location!.split('/').pop()!))!;
    const made: string[] = [];
    const create = (keyId: string, quota: { unfinished: number; kept: number }) => {
      const id = randomUUID();
      made.push(id);
      return store.create({ ...template, id, keyId, expiresAt: new Date(Date.now() + 3_600_000) }, quota);
    };
    try {
      // five at once within a quota of two unfinished: exactly two (the count is taken one create at a time)
      const quota = { unfinished: 2, kept: 3 };
      const tries = await Promise.allSettled(Array.from({ length: 5 }, () => create('quota-test', quota)));
      expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(2);
      for (const t of tries.filter((x) => x.status === 'rejected'))
        expect((t as PromiseRejectedResult).reason).toMatchObject({
          code: 'RATE_LIMITED',
          message: expect.stringMatching(/2 export jobs queued or running \(at most 2\)/),
        });
      // one finishes: room for one more unfinished, which makes three kept: the next is refused for that
      const done = (tries.find((t) => t.status === 'fulfilled') as PromiseFulfilledResult<{ id: string }>).value;
      expect(await store.update('demo', done.id, { state: 'done' })).toBe(true);
      await create('quota-test', quota);
      await store.update('demo', done.id, { state: 'done' });
      await expect(create('quota-test', { unfinished: 9, kept: 3 })).rejects.toThrow(
        /3 export jobs kept \(at most 3\)/,
      );

      // through the facade, the default quota: the demo key's 33rd unfinished job is a 429 with Retry-After
      let refused: { status: number; job: { detail?: string } } | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const r = await createExport(c, { path: PATH, format: 'csv' });
        if (r.location) made.push(r.location.split('/').pop()!);
        if (r.status !== 202) refused = r;
      }
      expect(refused?.status).toBe(429);
      expect(refused!.job.detail).toMatch(/this key has 32 export jobs queued or running \(at most 32\)/);
    } finally {
      await Promise.all([first.location!.split('/').pop()!, ...made].map((id) => store.remove('demo', id)));
    }
  });
});
