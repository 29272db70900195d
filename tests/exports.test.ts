/**
 * Export jobs, black-box over mutual TLS: the file of a job equals the REST route's pages joined
 * row for row (NDJSON gzip, CSV, Parquet read back with hyparquet — an independent reader, not
 * the writer), with gt/lt, for the de-identified 8900 too; every exported client is audited as a
 * REST read of the same rows is; Range, If-Range, ETag, 416; licence, ownership and bad input;
 * and another tenant's interactive latency while three exports run (printed, not asserted).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import { csvColumns } from '@lcs/rest-facade/csv';
import { startTestStack, type TestStack } from './helpers/stack.ts';
import {
  createExport,
  download,
  fileText,
  getJob,
  joinCsvPages,
  percentiles,
  restPages,
  restRows,
  waitForJob,
  type Caller,
} from './helpers/bi.ts';
import { facadeRequest } from './helpers/facade.ts';

const PATH = '/api/v1/executed_services';
const DEF = 'WE.EC.Integration.Contracts.ExecutedService.V1.ExecutedService';
let s: TestStack;
let c: Caller;
let other: Caller;

beforeAll(async () => {
  // small pages so that every job spans several of them (and several gzip members)
  s = await startTestStack({ clients: 20, exports: { pageSize: 97, lane: { global: 3, perTenant: 3 } } });
  c = { facadeUrl: s.facadeUrl!, key: s.demoKeys.demo!['8873']!, tenant: 'demo' };
  other = { facadeUrl: s.facadeUrl!, key: s.demoKeys.demo2!['8873']!, tenant: 'demo2' };
}, 300_000);
afterAll(async () => {
  await s?.close();
});

async function exported(caller: Caller, body: Record<string, unknown>) {
  const created = await createExport(caller, body);
  expect(created.status, JSON.stringify(created.job)).toBe(202);
  expect(created.location).toBe(`${new URL(caller.facadeUrl).pathname}/api/v1/exports/${created.job.id}`);
  expect(['queued', 'running']).toContain(created.job.state);
  const job = await waitForJob(caller, created.location!);
  expect(job.state, job.error).toBe('done');
  const file = await download(caller, job.download!);
  expect(file.status).toBe(200);
  return { job, file, location: created.location! };
}

describe('export files equal the REST pages', () => {
  it('NDJSON, gzip: line for line the JSON rows of the paged route', async () => {
    const rest = await restRows(c, PATH, { limit: '100' });
    expect(rest.length).toBeGreaterThan(200);
    s.resetStatements();
    const { job, file } = await exported(c, { path: PATH, format: 'ndjson', gzip: true });
    // the lines as the database writes them (the route's contract-JSON operation)
    expect(s.statements.some((q) => q.includes(`'{"Id":' ||`))).toBe(true);
    expect(file.headers['content-type']).toBe('application/gzip');
    const lines = fileText(file.body).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(rest);
    expect(job.progress).toEqual({ rows: rest.length, bytes: file.body.length, percent: 100 });
  });

  it('CSV: the paged CSV joined (one header), byte for byte', async () => {
    const pages = await restPages(c, PATH, { limit: '100' }, 'text/csv');
    const { file } = await exported(c, { path: PATH, format: 'csv' });
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.body.toString('utf8')).toBe(joinCsvPages(pages));
  });

  it('Parquet: read back with hyparquet, every column equals the REST rows', async () => {
    const rest = await restRows(c, PATH, { limit: '100' });
    const { file } = await exported(c, { path: PATH, format: 'parquet' });
    const bytes = file.body;
    const rows = await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    });
    expect(rows.length).toBe(rest.length);
    const cols = csvColumns(DEF);
    const norm = (v: unknown, t?: string, f?: string): unknown => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'bigint') return Number(v);
      if (v instanceof Date) return v.toISOString().replace(/\.000Z$/, 'Z');
      if (f === 'date-time' && typeof v === 'string') return new Date(v).toISOString().replace(/\.000Z$/, 'Z');
      if (t === undefined && typeof v !== 'string') return JSON.stringify(v);
      return v;
    };
    rest.forEach((r, i) => {
      for (const col of cols) {
        expect(
          norm(rows[i]![col.header], col.schema?.type ?? 'json', col.schema?.format),
          `${i} ${col.header}`,
        ).toEqual(norm(col.schema ? col.value(r) : col.cell(r), col.schema?.type, col.schema?.format));
      }
    });
  });

  it('gt/lt: the export equals the REST route with the same gt and lt', async () => {
    const PATH = '/api/v1/executions'; // a route whose contract has gt/lt (exports take them on every list)
    const all = await restRows(c, PATH, { limit: '1000' });
    const times = all.map((r) => String(r.UpdateTime)).sort();
    const gt = times[Math.floor(times.length / 4)]!;
    const lt = times[Math.floor((times.length * 3) / 4)]!;
    const rest = await restRows(c, PATH, { limit: '100', gt, lt });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.length).toBeLessThan(all.length);
    const { file } = await exported(c, { path: PATH, format: 'ndjson', gt, lt });
    expect(
      fileText(file.body)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rest);
  });

  it('the de-identified 8900 exports its own field set, equal to its REST route', async () => {
    const d: Caller = { ...c, key: s.demoKeys.demo!['8900']! };
    const path = '/api/v1/hsl_performed_services';
    const rest = await restRows(d, path, { limit: '100' });
    const { file } = await exported(d, { path, format: 'ndjson' });
    const text = fileText(file.body);
    expect(
      text.trim()
        ? text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
        : [],
    ).toEqual(rest);
  });

  it('every exported client is audited as a REST read of the same rows', async () => {
    const clientsSince = (since: string) =>
      s.asTenant('demo', async (tx) =>
        rowsOf<{ c: number }>(
          await tx.execute(sql`
      select distinct unnest(client_ids) as c from platform.audit_log where at > ${since}::timestamptz and activity =
      'Read' and principal_kind = 'partner' and package = '8873'`),
        )
          .map((r) => Number(r.c))
          .sort((a: number, b: number) => a - b),
      );
    const mark = async () =>
      rowsOf<{ t: string }>(await s.asTenant('demo', (tx) => tx.execute(sql`select clock_timestamp()::text as t`)))[0]!
        .t as string;
    const t0 = await mark();
    await restRows(c, PATH, { limit: '100' });
    const t1 = await mark();
    const viaRest = await clientsSince(t0);
    await exported(c, { path: PATH, format: 'csv', gzip: true });
    const all = await clientsSince(t1);
    expect(viaRest.length).toBeGreaterThan(0);
    expect(all).toEqual(viaRest);
  });
});

describe('download', () => {
  it('Range (resumable), If-Range, ETag / If-None-Match, 416', async () => {
    const { job, file } = await exported(c, { path: PATH, format: 'ndjson', gzip: true });
    const etag = file.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(file.headers['accept-ranges']).toBe('bytes');
    const size = file.body.length;
    const head = await download(c, job.download!, { range: 'bytes=0-99' });
    expect(head.status).toBe(206);
    expect(head.headers['content-range']).toBe(`bytes 0-99/${size}`);
    const tail = await download(c, job.download!, { range: 'bytes=100-', 'if-range': etag });
    expect(tail.status).toBe(206);
    expect(Buffer.concat([head.body, tail.body]).equals(file.body)).toBe(true);
    const stale = await download(c, job.download!, { range: 'bytes=100-', 'if-range': '"other"' });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(file.body)).toBe(true);
    expect((await download(c, job.download!, { 'if-none-match': etag })).status).toBe(304);
    const beyond = await download(c, job.download!, { range: `bytes=${size + 10}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${size}`);
    expect(beyond.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('licence, ownership, bad input', () => {
  it('refuses a route outside the package (403), non-list path, bad fields (400), non-JSON body (415)', async () => {
    const notLicensed = await createExport({ ...c, key: s.demoKeys.demo!['8900']! }, { path: PATH, format: 'ndjson' });
    expect(notLicensed.status).toBe(403);
    for (const body of [
      { path: '/api/v1/clients/{id}' },
      { path: PATH, format: 'xlsx' },
      { path: PATH, gzip: 'yes' },
      { path: PATH, gt: 'yesterday' },
      { path: PATH, extra: 1 },
    ]) {
      const r = await createExport(c, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.job.detail).toBeTruthy();
    }
    const url = new URL(`${c.facadeUrl}/api/v1/exports`);
    const r = await facadeRequest(url, {
      method: 'POST',
      headers: { 'x-api-key': c.key, 'content-type': 'text/plain' },
      body: 'path=x',
    });
    expect(r.status).toBe(415);
  });

  it('a job is visible to its own system only: another tenant gets 404; no key 401', async () => {
    const created = await createExport(c, { path: PATH, format: 'csv' });
    expect(created.status).toBe(202);
    expect((await getJob(other, created.location!)).status).toBe(404);
    const anon = await facadeRequest(new URL(`${c.facadeUrl}/api/v1/exports/${created.job.id}`));
    expect(anon.status).toBe(401);
    await waitForJob(c, created.location!);
  });
});

describe('fair share', () => {
  it("records another tenant's interactive p50/p99 alone and while three exports run (printed)", async () => {
    const probe = async () => {
      const t = performance.now();
      const r = await facadeRequest(new URL(`${other.facadeUrl}/api/v1/clients?limit=50&domain=demo2`), {
        headers: { 'x-api-key': other.key },
      });
      expect(r.status).toBe(200);
      return performance.now() - t;
    };
    const alone: number[] = [];
    for (let i = 0; i < 40; i++) alone.push(await probe());
    const jobs = await Promise.all(
      ['ndjson', 'csv', 'parquet'].map((format) => createExport(c, { path: PATH, format, gzip: format !== 'parquet' })),
    );
    // while they run: probes paced within the probing key's rate (1,200 a minute; the lane slows the
    // exports down while it sees them, so this lasts longer than the exports alone would), the jobs
    // polled twice a second as a BI tool would
    const during: number[] = [];
    let polled = 0;
    for (;;) {
      during.push(await probe());
      await new Promise((r) => setTimeout(r, 50));
      if (performance.now() - polled < 500) continue;
      polled = performance.now();
      const states = await Promise.all(jobs.map((j) => getJob(c, j.location!)));
      for (const x of states) expect(x.status).toBe(200);
      if (states.every((x) => x.job.state === 'done')) break;
    }
    const a = percentiles(alone);
    const d = percentiles(during);
    console.log(
      `interactive GET /api/v1/clients?limit=50 of tenant demo2 (ms): alone p50 ${a.p50.toFixed(1)} p99 ` +
        `${a.p99.toFixed(1)} (n=${a.n}); during 3 exports of demo p50 ${d.p50.toFixed(1)} p99 ` +
        `${d.p99.toFixed(1)} (n=${d.n}); p99 ratio ${(d.p99 / a.p99).toFixed(2)}`,
    );
    expect(during.length).toBeGreaterThan(0);
  });
});

it('the export routes are documented in the OpenAPI document', () => {
  const doc = JSON.parse(readFileSync(new URL('../rest-facade/openapi.json', import.meta.url), 'utf8'));
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/api/v1/exports', '/api/v1/exports/{id}', '/api/v1/exports/{id}/download']),
  );
});
