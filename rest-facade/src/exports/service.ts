/**
 * Export jobs: a whole list route of the caller's package written to a file in the background
 * (NDJSON, CSV or Parquet, optionally gzip), for BI pulls that would otherwise page through the
 * API for minutes (customer document §5.6).
 *
 *   POST {base}/api/v1/exports                 { path, format, gzip, gt, lt, q } → 202 + Location
 *   GET  {base}/api/v1/exports/{id}            state, progress { rows, bytes, percent }, download
 *   GET  {base}/api/v1/exports/{id}/download   the file (Range, If-Range, ETag, If-None-Match)
 *   DELETE {base}/api/v1/exports/{id}          cancels a job and removes its file
 *
 * Guarantees and why they hold:
 * - Same licence, field set, scope and audit as the route: the job pages through the route's own
 *   persisted operation for the caller's package (the de-identified 8900 stays de-identified), as
 *   the caller's principal, through the same executor as a REST request — so every page is
 *   audited in the subgraphs exactly like a page read through the API, and nothing bypasses the
 *   read gate. The file equals the REST route's pages concatenated (tests/exports.test.ts).
 * - Resumable: after every page the keyset cursor, the row count and the file's length are
 *   committed (platform.export_job). A restarted process truncates the file to the committed
 *   length and continues from the cursor; a page written but not committed is written again.
 * - Below interactive traffic: by default jobs run in a runner process apart from the facade
 *   (cli/src/export-runner.ts: lower priority, own small pool; this service with runJobs false in
 *   the facade, runJobs true in the runner), and there in the BackgroundLane (lane.ts).
 * - Exactly one runner per job, also with several facade processes on one database (and one shared
 *   export folder): a runner claims a job with a lease in PostgreSQL (platform/src/export-jobs.ts),
 *   renews it with every checkpoint, writes a page only while its lease is live and stops as soon
 *   as a checkpoint finds the job no longer its own. Unfinished jobs whose runner stopped (it
 *   gives its lease up) or died (its lease runs out) are resumed by the next runner's poll.
 * - Kept 24 hours after they finish; expired jobs and their files are removed at start and on each poll.
 * - Only the receiving system that created a job (same tenant, API client and package) sees it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import rangeParser from 'range-parser';
import {
  NDJSON_LINES,
  PlatformError,
  concatChunks,
  jsonTextChunks,
  logger,
  readBody,
  safeError,
  type ExportCheckpoint,
  type ExportFormat,
  type ExportJob,
  type ExportJobStore,
  type ExportJobQuota,
  DEFAULT_EXPORT_QUOTA,
  type Principal,
} from '@lcs/platform';
import type { RouteEntry, RouteTable } from '../manifest.ts';
import type { Authenticate, Execute, Extension, FacadeCaller } from '../server.ts';
import type { FairShare } from '../fair-share.ts';
import { admitRead, identify, principalOf, throwIfFailed } from '../caller.ts';
import { BadRequest, bulkVariables, parseDateTime } from '../query.ts';
import { executeList, type ListPage } from '../execute.ts';
import { BackgroundLane, type LaneOptions } from './lane.ts';
import { pageEncoder, spoolToParquet } from './formats.ts';

const gzip = promisify(zlib.gzip);

export interface ExportServiceOptions {
  routes: RouteTable;
  execute: Execute;
  authenticate: Authenticate;
  fairShare?: FairShare;
  store: ExportJobStore;
  /** Where files are written (one folder per tenant). */
  dir: string;
  /** The lane's limits; `interactive` is used where there is no fair share (the export runner: relayed). */
  lane?: LaneOptions;
  /** Rows per page read (default 250: short enough that interactive requests wait little behind a page). */
  pageSize?: number;
  /** Hours a finished job and its file are kept (default 24). */
  keepHours?: number;
  /** Jobs one key may have unfinished and kept (default DEFAULT_EXPORT_QUOTA: 32 and 256). */
  quota?: ExportJobQuota;
  /** TESTS ONLY: pause after each page, so a test can stop the process mid-job. */
  pageDelayMs?: number;
  /** This runner's name in job leases (default: host, process id and a random suffix). */
  owner?: string;
  /** How long a claim or checkpoint holds a job for this runner (default 60 s). */
  leaseMs?: number;
  /** How often unfinished jobs without a live lease are looked for, and expired ones removed (default 15 s). */
  pollMs?: number;
  /**
   * false: this process serves the routes only and runs no job; a runner process (cli/src/export-runner.ts)
   * claims them through the leases, told of each new job by `onCreated` (default true: jobs run here).
   */
  runJobs?: boolean;
  /** A job was created (runJobs false: hand it to the runner now rather than at its next poll). */
  onCreated?: (tenant: string, id: string) => void;
}

/** A checkpoint could not be written: another runner holds the job now, or it was removed. */
class LeaseLost extends Error {}

export const FORMATS: readonly ExportFormat[] = ['ndjson', 'csv', 'parquet'];
const MEDIA: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
  parquet: 'application/vnd.apache.parquet',
};
const EXTENSION: Record<ExportFormat, string> = { ndjson: 'ndjson', csv: 'csv', parquet: 'parquet' };
const MAX_BODY = 16 * 1024;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The export request body. */
interface ExportRequest {
  path: string;
  format: ExportFormat;
  gzip: boolean;
  params: Record<string, string>;
}

function parseRequest(text: string): ExportRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest(
      'the body must be a JSON object: { "path": "/api/v1/…", "format": "ndjson" | "csv" | "parquet", ' +
        '"gzip": true | false, "gt": …, "lt": … }',
    );
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('the body must be a JSON object');
  const b = body as Record<string, unknown>;
  const known = new Set(['path', 'format', 'gzip', 'gt', 'lt', 'q']);
  const unknown = Object.keys(b).filter((k) => !known.has(k));
  if (unknown.length)
    throw new BadRequest(
      `unknown field(s) ${unknown.join(', ')}; an export takes path, format, gzip, gt, lt and q`,
      unknown[0],
    );
  if (typeof b.path !== 'string' || !b.path.startsWith('/'))
    throw new BadRequest('path must be the contract path of a list route, e.g. "/api/v1/executed_services"', 'path');
  const format = b.format ?? 'ndjson';
  if (typeof format !== 'string' || !FORMATS.includes(format as ExportFormat))
    throw new BadRequest(`format must be one of ${FORMATS.join(', ')}`, 'format');
  if (b.gzip !== undefined && typeof b.gzip !== 'boolean') throw new BadRequest('gzip must be true or false', 'gzip');
  const params: Record<string, string> = {};
  for (const name of ['gt', 'lt', 'q'] as const) {
    if (b[name] === undefined || b[name] === null) continue;
    if (typeof b[name] !== 'string') throw new BadRequest(`${name} must be a string`, name);
    params[name] = b[name] as string;
  }
  return { path: b.path, format: format as ExportFormat, gzip: b.gzip === true, params };
}

/** The millisecond time a keyset cursor (rest of the kit: base64url "ms.id") stands at. */
function cursorTime(cursor: string | null | undefined): number | undefined {
  if (!cursor) return undefined;
  const m = /^(\d{1,15})\./.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export interface ExportService {
  /** The facade extension: serves …/api/v1/exports… (false for any other path). */
  handle: Extension;
  /** Resumes unfinished jobs and removes expired ones; then hourly. */
  start(): Promise<void>;
  /** Stops running jobs after their current page (they resume at the next start). */
  stop(): Promise<void>;
  /** Resolves when no job runs or waits (tests, benchmarks). */
  idle(): Promise<void>;
  /** Queues a job to be claimed by this runner (a facade process created it). */
  kick(tenant: string, id: string): void;
  /** Interactive requests in flight here (the fair share's; the jobs' own polls and downloads not counted). */
  interactive(): number;
}

export function createExportService(o: ExportServiceOptions): ExportService {
  const base = o.routes.basePath;
  const prefix = `${base}/api/v1/exports`;
  const pageSize = o.pageSize ?? Math.min(250, o.routes.limits.default);
  const keepMs = (o.keepHours ?? 24) * 3600_000;
  const owner = o.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = o.leaseMs ?? 60_000;
  const lease = { owner, ms: leaseMs };
  // The jobs' own status polls and downloads are not the interactive traffic the lane gives way to.
  let ownInFlight = 0;
  const lane = new BackgroundLane({
    ...o.lane,
    interactive: o.fairShare ? () => o.fairShare!.inFlightTotal() - ownInFlight : o.lane?.interactive,
  });
  const listRoutes = new Map(
    o.routes.routes
      .filter(
        (r) =>
          r.method === 'GET' &&
          r.kind === 'list' &&
          !r.flatten &&
          r.definition &&
          !r.params.some((p) => p.in === 'path'),
      )
      .map((r) => [r.path, r]),
  );
  const queue: { tenant: string; id: string }[] = [];
  const running = new Map<string, { stop: boolean; done: Promise<void> }>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let idleWaiters: (() => void)[] = [];

  const folder = (tenant: string) => join(o.dir, Buffer.from(tenant).toString('hex'));
  const fileOf = (j: Pick<ExportJob, 'tenant' | 'id' | 'format' | 'gzip'>) =>
    join(folder(j.tenant), `${j.id}.${EXTENSION[j.format]}${j.gzip ? '.gz' : ''}`);
  const spoolOf = (j: Pick<ExportJob, 'tenant' | 'id'>) => join(folder(j.tenant), `${j.id}.spool.ndjson`);
  const jobUrl = (id: string) => `${prefix}/${id}`;

  const view = (j: ExportJob) => ({
    id: j.id,
    state: j.state,
    path: j.path,
    format: j.format,
    gzip: j.gzip,
    ...j.params,
    createdAt: j.createdAt.toISOString(),
    updatedAt: j.updatedAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
    expiresAt: j.expiresAt.toISOString(),
    progress: {
      rows: j.rows,
      bytes: j.state === 'done' ? j.bytes : j.format === 'parquet' ? j.spoolBytes : j.bytes,
      percent: Math.round(j.percent * 10) / 10,
    },
    download: j.state === 'done' ? `${jobUrl(j.id)}/download` : null,
    ...(j.error ? { error: j.error } : {}),
  });

  const checkIdle = () => {
    if (queue.length || running.size) return;
    const w = idleWaiters;
    idleWaiters = [];
    for (const f of w) f();
  };

  /** Starts queued jobs while the lane has slots for their tenants. */
  const pump = () => {
    if (stopping) return;
    for (let i = 0; i < queue.length;) {
      const next = queue[i]!;
      if (running.has(next.id)) {
        queue.splice(i, 1);
        continue;
      }
      const release = lane.tryAcquire(next.tenant);
      if (!release) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      const control = { stop: false, done: Promise.resolve() };
      control.done = run(next.tenant, next.id, control)
        .catch((e: unknown) => logger.error({ err: safeError(e) }, 'export job failed to run'))
        .finally(() => {
          release();
          running.delete(next.id);
          pump();
          checkIdle();
        });
      running.set(next.id, control);
    }
    checkIdle();
  };

  const runJobs = o.runJobs ?? true;
  const enqueue = (tenant: string, id: string) => {
    if (!runJobs) return;
    if (!queue.some((q) => q.id === id) && !running.has(id)) queue.push({ tenant, id });
    pump();
  };

  const principalOfJob = (j: ExportJob): Principal => ({
    tenant: j.tenant,
    kind: 'partner',
    sub: j.clientId,
    name: j.clientName,
    scope: j.scope,
    package: j.package,
    keyId: j.keyId,
    ip: j.ip,
  });

  /** This runner's hold on one job: checkpoints written only while it owns the job; renewed in time. */
  function holder(tenant: string, id: string) {
    let until = Date.now() + leaseMs;
    const checkpoint = async (change: ExportCheckpoint) => {
      const at = Date.now();
      if (!(await o.store.update(tenant, id, change, lease))) throw new LeaseLost();
      until = at + leaseMs;
    };
    return {
      checkpoint,
      /** Before writing to the file: renews the lease when half of it has passed (never a page written without one). */
      ensure: async () => {
        if (Date.now() > until - leaseMs / 2) await checkpoint({});
      },
    };
  }

  async function run(tenant: string, id: string, control: { stop: boolean }): Promise<void> {
    let job = await o.store.claim(tenant, id, lease);
    if (!job) return; // finished, removed, or another runner holds it
    const hold = holder(tenant, id);
    let finished = false;
    const fail = async (message: string) => {
      await hold.checkpoint({
        state: 'failed',
        error: message,
        finishedAt: new Date(),
        expiresAt: new Date(Date.now() + keepMs),
      });
      finished = true;
      await rm(spoolOf(job!), { force: true });
      await rm(fileOf(job!), { force: true });
    };
    try {
      const route = listRoutes.get(job.path);
      const licensed = route?.packages[job.package];
      if (!route || !licensed) return await fail(`${job.path} is no longer a list route of package ${job.package}`);
      await mkdir(folder(tenant), { recursive: true });
      if (job.state === 'queued') await hold.checkpoint({ state: 'running' });
      try {
        if (job.phase === 'read') {
          if (!(await readPages(job, route, licensed, control, hold))) return; // stopped: resumed later
          job = (await o.store.get(tenant, id))!;
        }
        if (job.phase === 'convert') {
          await spoolToParquet(route.definition!, spoolOf(job), fileOf(job), async (ms) => {
            await hold.ensure();
            await lane.turn(ms);
          });
          await hold.checkpoint({ phase: 'finished' });
          await rm(spoolOf(job), { force: true });
        }
        const file = fileOf(job);
        const hash = createHash('sha256');
        await pipeline(createReadStream(file), hash);
        const size = (await stat(file)).size;
        await hold.checkpoint({
          state: 'done',
          phase: 'finished',
          bytes: size,
          percent: 100,
          etag: hash.digest('base64url').slice(0, 32),
          finishedAt: new Date(),
          expiresAt: new Date(Date.now() + keepMs),
        });
        finished = true;
      } catch (e) {
        if (e instanceof LeaseLost) throw e;
        // What a caller may see: a bad parameter or a denial; anything else is logged, not shown.
        const shown =
          e instanceof PlatformError
            ? e.message
            : 'the export failed; create it again, or contact the provider if it keeps failing';
        if (!(e instanceof PlatformError)) console.error('export job failed:', (e as Error).message);
        await fail(shown);
      }
    } catch (e) {
      if (!(e instanceof LeaseLost)) throw e; // another runner has the job (or it was cancelled): leave it
      // cancelled (possibly by another process) while this runner still wrote: remove what it wrote since
      if (!(await o.store.get(tenant, id))) {
        await rm(spoolOf(job), { force: true });
        await rm(fileOf(job), { force: true });
      }
    } finally {
      // stopped mid-job: give the lease up so that another runner (or the next start) resumes it at once
      if (!finished) await o.store.release(tenant, id, owner).catch(() => undefined);
    }
  }

  /** Writes pages from the committed cursor on; false when stopped before the last page. */
  async function readPages(
    job: ExportJob,
    route: RouteEntry,
    licensed: RouteEntry['packages'][string],
    control: { stop: boolean },
    hold: ReturnType<typeof holder>,
  ): Promise<boolean> {
    const spooled = job.format === 'parquet';
    const target = spooled ? spoolOf(job) : fileOf(job);
    const lineFormat = spooled ? 'ndjson' : (job.format as 'ndjson' | 'csv');
    const encoder = pageEncoder(lineFormat, route.definition!);
    const compress = job.gzip && !spooled;
    let offset = spooled ? job.spoolBytes : job.bytes;
    const fh = await open(target, offset === 0 ? 'w' : 'r+');
    try {
      await fh.truncate(offset); // drop a page written after the last checkpoint
      let cursor = job.cursor;
      let rows = job.rows;
      let rangeFrom = job.rangeFrom ?? (job.params.gt ? new Date(parseDateTime(job.params.gt, 'gt')).getTime() : null);
      const rangeTo =
        job.rangeTo ??
        (job.params.lt ? new Date(parseDateTime(job.params.lt, 'lt')).getTime() : job.createdAt.getTime());
      const since = performance.now();
      let read = 0; // rows read by this run (the rate applies from where it resumed)
      for (;;) {
        if (control.stop || stopping) return false;
        await lane.pace(since, read);
        // one page: read and encode it in the lane's turn (one page of the lane at a time while busy)
        const { page, bytes } = await lane.page(async () => {
          const variables = bulkVariables(route, job.params, o.routes.limits, {
            first: lane.pageSize(pageSize),
            after: cursor,
          });
          // NDJSON lines are the items' contract JSON: as the database writes them where it can
          const { result, operation } = await executeList(
            o.execute,
            licensed,
            variables,
            principalOfJob(job),
            lineFormat === 'ndjson',
          );
          throwIfFailed(result, operation);
          const page = result.data?.page as ListPage;
          const lines = page.contractJson;
          const items = lines ?? page.nodes!;
          // (the lines as one Buffer: bytes the database sent are copied, never decoded)
          const header = offset === 0 ? encoder.header : '';
          const text = lines
            ? concatChunks([header, ...jsonTextChunks(lines, Infinity, NDJSON_LINES)])
            : Buffer.from(header + encoder.page(items), 'utf8');
          return { page: { items, pageInfo: page.pageInfo }, bytes: compress ? await gzip(text) : text };
        });
        await hold.ensure(); // never write without a live lease
        if (bytes.length) await fh.write(bytes, 0, bytes.length, offset);
        offset += bytes.length;
        rows += page.items.length;
        read += page.items.length;
        if (page.pageInfo.endCursor) cursor = page.pageInfo.endCursor;
        const at = cursorTime(cursor);
        rangeFrom ??= at ?? null;
        const last = !page.pageInfo.hasNextPage;
        const percent = last
          ? spooled
            ? 95
            : 99.9
          : at !== undefined && rangeFrom !== null && rangeTo > rangeFrom
            ? Math.min(99, Math.max(0, ((at - rangeFrom) / (rangeTo - rangeFrom)) * 100))
            : 0;
        await fh.datasync();
        await hold.checkpoint({
          cursor,
          rows,
          percent,
          rangeFrom: rangeFrom ?? undefined,
          rangeTo,
          ...(spooled ? { spoolBytes: offset } : { bytes: offset }),
          ...(last ? { phase: spooled ? 'convert' : 'finished' } : {}),
        });
        if (last) return true;
        if (o.pageDelayMs) await sleep(o.pageDelayMs);
      }
    } finally {
      await fh.close();
    }
  }

  /** The job of this caller (same tenant, API client and package), or 404. */
  async function ownJob(caller: FacadeCaller, id: string): Promise<ExportJob> {
    const job = await o.store.get(caller.tenant, id);
    if (!job || job.clientId !== caller.clientId || job.package !== caller.package)
      throw new PlatformError('NOT_FOUND', `export job ${id} not found`);
    return job;
  }

  async function create(req: IncomingMessage, res: ServerResponse, caller: FacadeCaller): Promise<void> {
    const type = String(req.headers['content-type'] ?? '');
    if (!/^application\/json\b/i.test(type))
      throw new PlatformError('UNSUPPORTED_MEDIA_TYPE', 'send the export request as application/json');
    const r = parseRequest((await readBody(req, MAX_BODY)).toString('utf8'));
    const route = listRoutes.get(r.path);
    if (!route)
      throw new BadRequest(
        `${r.path} is not a list route of the contract; export one of: ` +
          [...listRoutes.keys()].filter((p) => listRoutes.get(p)!.packages[caller.package]).join(', '),
        'path',
      );
    if (!route.packages[caller.package])
      throw new PlatformError('FORBIDDEN', `package ${caller.package} does not include GET ${r.path}`);
    bulkVariables(route, r.params, o.routes.limits, { first: pageSize }); // refuses bad gt, lt, q now, with 400
    const p = principalOf(caller, req.socket.remoteAddress);
    const job = await o.store.create(
      {
        id: randomUUID(),
        tenant: caller.tenant,
        clientId: caller.clientId,
        clientName: caller.clientName,
        keyId: caller.keyId,
        package: caller.package,
        scope: caller.scope,
        ip: p.ip,
        path: r.path,
        format: r.format,
        gzip: r.gzip,
        params: r.params,
        expiresAt: new Date(Date.now() + keepMs),
      },
      o.quota ?? DEFAULT_EXPORT_QUOTA,
    );
    enqueue(job.tenant, job.id);
    o.onCreated?.(job.tenant, job.id);
    sendJson(res, 202, view(job), { location: jobUrl(job.id) });
  }

  async function download(req: IncomingMessage, res: ServerResponse, job: ExportJob): Promise<void> {
    if (job.state !== 'done') {
      throw new PlatformError(
        'CONFLICT',
        job.state === 'failed'
          ? `export job ${job.id} failed: ${job.error ?? ''}`
          : `export job ${job.id} is ${job.state}; download it once its state is done`,
      );
    }
    const file = fileOf(job);
    const size = await stat(file).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) throw new PlatformError('GONE', `the file of export job ${job.id} is no longer kept`);
    const etag = `"${job.etag}"`;
    const stem = job.path.split('/').filter(Boolean).slice(1).join('-');
    const name = `${stem}-${job.id}.${EXTENSION[job.format]}${job.gzip ? '.gz' : ''}`;
    res.setHeader('etag', etag);
    res.setHeader('accept-ranges', 'bytes');
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('last-modified', (job.finishedAt ?? job.updatedAt).toUTCString());
    res.setHeader('content-disposition', `attachment; filename="${name}"`);
    res.setHeader('content-type', job.gzip ? 'application/gzip' : MEDIA[job.format]);
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
      res.statusCode = 304;
      return void res.end();
    }
    let start = 0;
    let end = size - 1;
    const range = req.headers.range;
    const ifRange = req.headers['if-range'];
    if (range && size > 0 && (!ifRange || ifRange === etag)) {
      const parsed = rangeParser(size, range, { combine: true });
      if (parsed === -1) {
        res.setHeader('content-range', `bytes */${size}`);
        for (const h of ['content-type', 'content-disposition', 'etag', 'last-modified']) res.removeHeader(h);
        throw new PlatformError('RANGE_NOT_SATISFIABLE', `the range ${range} is outside the file (${size} bytes)`);
      }
      // malformed (-2) or several ranges: the whole file (RFC 9110 allows ignoring Range)
      if (parsed !== -2 && parsed.type === 'bytes' && parsed.length === 1) {
        start = parsed[0]!.start;
        end = parsed[0]!.end;
        res.statusCode = 206;
        res.setHeader('content-range', `bytes ${start}-${end}/${size}`);
      }
    }
    if (res.statusCode !== 206) res.statusCode = 200;
    res.setHeader('content-length', size === 0 ? 0 : end - start + 1);
    if (req.method === 'HEAD' || size === 0) return void res.end();
    try {
      await pipeline(createReadStream(file, { start, end }), res);
    } catch (e) {
      if (!res.destroyed && (e as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw e;
    }
  }

  async function cancel(res: ServerResponse, job: ExportJob): Promise<void> {
    const r = running.get(job.id);
    if (r) {
      r.stop = true;
      await r.done;
    }
    const i = queue.findIndex((q) => q.id === job.id);
    if (i >= 0) queue.splice(i, 1);
    await o.store.remove(job.tenant, job.id);
    await rm(fileOf(job), { force: true });
    await rm(spoolOf(job), { force: true });
    res.statusCode = 204;
    res.end();
  }

  async function sweep(): Promise<void> {
    const now = Date.now();
    for (const j of await o.store.index()) {
      if (j.expiresAt.getTime() < now) {
        if (running.has(j.id)) continue;
        const job = await o.store.get(j.tenant, j.id);
        if (job) {
          await rm(fileOf(job), { force: true });
          await rm(spoolOf(job), { force: true });
          await o.store.remove(j.tenant, j.id);
        }
      } else if ((j.state === 'queued' || j.state === 'running') && !j.leased) enqueue(j.tenant, j.id);
    }
  }

  return {
    interactive: () => (o.fairShare ? o.fairShare.inFlightTotal() - ownInFlight : 0),
    async handle(req, res, url, route) {
      if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
      const rest = url.pathname.slice(prefix.length).split('/').filter(Boolean);
      const method = req.method ?? 'GET';
      route(`${method} /api/v1/exports${rest.length ? '/{id}' : ''}${rest.length === 2 ? `/${rest[1]}` : ''}`);
      const allowed =
        rest.length === 0
          ? ['POST']
          : rest.length === 1
            ? ['GET', 'HEAD', 'DELETE']
            : rest.length === 2 && rest[1] === 'download'
              ? ['GET', 'HEAD']
              : [];
      if (!allowed.length) throw new PlatformError('NOT_FOUND', `no route ${url.pathname.slice(base.length)}`);
      if (!allowed.includes(method)) {
        res.setHeader('allow', allowed.join(', '));
        throw new PlatformError(
          'METHOD_NOT_ALLOWED',
          `method ${method} is not allowed here; allowed: ${allowed.join(', ')}`,
        );
      }
      const who = await identify(o.authenticate, o.fairShare, req, url);
      const admission = await admitRead(o.fairShare, who);
      ownInFlight++;
      try {
        if (rest.length === 0) await create(req, res, who.caller);
        else {
          const job = await ownJob(who.caller, rest[0]!);
          if (rest.length === 2) await download(req, res, job);
          else if (method === 'DELETE') await cancel(res, job);
          else sendJson(res, 200, view(job));
        }
      } finally {
        ownInFlight--;
        admission?.release();
      }
      return true;
    },
    async start() {
      stopping = false;
      await mkdir(o.dir, { recursive: true });
      await sweep();
      timer = setInterval(
        // a log line without the SQL text (safeError: type, code, frames)
        () => void sweep().catch((e: unknown) => logger.warn({ err: safeError(e) }, 'export sweep failed')),
        o.pollMs ?? 15_000,
      );
      timer.unref();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      for (const r of running.values()) r.stop = true;
      await Promise.all([...running.values()].map((r) => r.done));
      queue.length = 0;
      checkIdle();
    },
    kick(tenant, id) {
      enqueue(tenant, id);
    },
    idle() {
      if (!queue.length && !running.size) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
