/**
 * Reading a whole export two ways, streaming (nothing kept but a running hash, so a million rows
 * cost no memory): through the facade's paging (Link next) and through PostgreSQL's COPY (the
 * floor). With `hash`, each row is parsed and hashed in its canonical JSON (same rows, same
 * values, same order ⇒ same hash); without, rows are only counted (the timed passes).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import postgres from 'postgres';
import { countItems, get, nextLink, tlsAgent, type Tls } from './https.ts';
import { unescapeCopy } from '../queries.ts';

export interface ExportRead {
  rows: number;
  bytes: number;
  pages: number;
  seconds: number;
  /** sha256 of the rows' canonical JSON, one per line (with `hash`). */
  hash?: string;
}

/**
 * With `odata`, the pages are the OData feed's (`{"@odata.context":…,"value":[…],"@odata.nextLink":…}`,
 * what Power BI reads): the items are `value`, the next page `@odata.nextLink` (at the body's end).
 */
export async function readFacade(
  first: string,
  o: { base: string; tls: Tls; headers: Record<string, string>; maxPages: number; hash?: boolean; odata?: boolean },
): Promise<ExportRead> {
  const agent = tlsAgent(o.tls);
  const h = o.hash ? createHash('sha256') : undefined;
  try {
    const started = performance.now();
    let url: string | undefined = first;
    let rows = 0;
    let bytes = 0;
    let pages = 0;
    while (url) {
      if (++pages > o.maxPages) throw new Error(`more than ${o.maxPages} pages: the paging does not end`);
      const r = await get(url, agent, o.headers);
      if (r.status !== 200)
        throw new Error(`facade page ${pages} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
      if (h) {
        const parsed = JSON.parse(r.body.toString()) as unknown[] | { value: unknown[] };
        const items = o.odata ? (parsed as { value: unknown[] }).value : (parsed as unknown[]);
        for (const x of items) h.update(JSON.stringify(x)).update('\n');
        rows += items.length;
      } else rows += countItems(r.body);
      bytes += r.body.length;
      url = o.odata ? odataNextLink(r.body) : nextLink(r.headers, o.base);
    }
    return { rows, bytes, pages, seconds: (performance.now() - started) / 1000, hash: h?.digest('hex') };
  } finally {
    agent.destroy();
  }
}

/** An OData page's `@odata.nextLink` (the feed writes it last), without parsing the page. */
function odataNextLink(body: Buffer): string | undefined {
  const at = body.lastIndexOf('"@odata.nextLink":');
  if (at < 0) return undefined;
  return JSON.parse(body.subarray(at + '"@odata.nextLink":'.length, body.length - 1).toString()) as string;
}

/**
 * COPY … TO STDOUT as the app role on a connection of its own with the tenant set at connection
 * start (postgres.js can hang on a statement that follows a COPY on the same connection); timed
 * from connecting.
 */
export async function readCopy(
  appUrl: string,
  tenant: string,
  sql: string,
  o: { hash?: boolean } = {},
): Promise<ExportRead> {
  const h = o.hash ? createHash('sha256') : undefined;
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  const app = postgres(appUrl, { max: 1, onnotice: () => {}, connection: { 'app.tenant_id': tenant } });
  try {
    const stream = await app.unsafe(sql).readable();
    let rest = '';
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (!h) {
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++;
        continue;
      }
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop()!;
      for (const l of lines) {
        h.update(JSON.stringify(JSON.parse(unescapeCopy(l)))).update('\n');
        rows++;
      }
    }
    if (h && rest) {
      h.update(JSON.stringify(JSON.parse(unescapeCopy(rest)))).update('\n');
      rows++;
    }
    return { rows, bytes, pages: 1, seconds: (performance.now() - started) / 1000, hash: h?.digest('hex') };
  } finally {
    await app.end({ timeout: 1 });
  }
}

/** Peak RSS (MB) of a process while `fn` runs, sampled every 100 ms, and the kernel's high-water mark after it. */
export async function peakRss<T>(
  pid: number,
  fn: () => Promise<T>,
): Promise<{ value: T; peakMb: number; hwmMb: number }> {
  const read = (field: string) => {
    try {
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  };
  let peak = read('VmRSS');
  const timer = setInterval(() => (peak = Math.max(peak, read('VmRSS'))), 100);
  try {
    const value = await fn();
    peak = Math.max(peak, read('VmRSS'));
    return { value, peakMb: peak, hwmMb: read('VmHWM') };
  } finally {
    clearInterval(timer);
  }
}

function send(
  url: string,
  o: { tls: Tls; headers: Record<string, string>; method?: string; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: o.method ?? 'GET',
        ...o.tls,
        headers: { ...o.headers, ...(o.body ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(600_000, () => req.destroy(new Error(`no answer from ${url}`)));
    req.on('error', reject);
    req.end(o.body);
  });
}

/**
 * An export job of the facade (POST …/api/v1/exports, NDJSON, not compressed), run to done and
 * downloaded; timed from the POST to the last byte. With `hash`, the rows are hashed as above.
 */
export async function readExportJob(
  facadeUrl: string,
  o: {
    tls: Tls;
    headers: Record<string, string>;
    tenant: string;
    path: string;
    gt?: string;
    lt?: string;
    hash?: boolean;
  },
): Promise<ExportRead> {
  const started = performance.now();
  const q = `?domain=${encodeURIComponent(o.tenant)}`;
  const posted = await send(`${facadeUrl}/api/v1/exports${q}`, {
    ...o,
    method: 'POST',
    body: JSON.stringify({ path: o.path, format: 'ndjson', gzip: false, gt: o.gt, lt: o.lt }),
  });
  if (posted.status !== 202) throw new Error(`export job: ${posted.status} ${posted.body.toString().slice(0, 300)}`);
  const location = new URL(String(posted.headers.location), facadeUrl).toString();
  let job: { state: string; download?: string; error?: string };
  for (;;) {
    const r = await send(`${location}${q}`, o);
    if (r.status !== 200) throw new Error(`export job status: ${r.status} ${r.body.toString().slice(0, 300)}`);
    job = JSON.parse(r.body.toString()) as typeof job;
    if (job.state === 'done' || job.state === 'failed') break;
    await new Promise((res) => setTimeout(res, 100));
  }
  if (job.state !== 'done' || !job.download) throw new Error(`export job ${job.state}: ${job.error ?? ''}`);
  const file = await send(`${new URL(job.download, facadeUrl).toString()}${q}`, o);
  if (file.status !== 200) throw new Error(`export download: ${file.status}`);
  const h = o.hash ? createHash('sha256') : undefined;
  let rows = 0;
  for (const line of file.body.toString().split('\n')) {
    if (!line) continue;
    rows++;
    h?.update(JSON.stringify(JSON.parse(line))).update('\n');
  }
  return {
    rows,
    bytes: file.body.length,
    pages: 1,
    seconds: (performance.now() - started) / 1000,
    hash: h?.digest('hex'),
  };
}
