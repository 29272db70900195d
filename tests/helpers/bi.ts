/**
 * BI access in tests: a contract list route read page by page the way a BI tool does (following
 * the Link rel="next" header), export jobs created, awaited and downloaded.
 */
import { gunzipSync } from 'node:zlib';
import { facadeRequest, type RawResponse } from './facade.ts';

export interface Caller {
  /** The facade's base URL (…/WE.EC.Integration.Host). */
  facadeUrl: string;
  key: string;
  tenant: string;
}

function request(
  caller: Caller,
  pathAndQuery: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(`${caller.facadeUrl}${pathAndQuery}`);
  url.searchParams.set('domain', caller.tenant);
  return facadeRequest(url, { method: o.method, body: o.body, headers: { 'x-api-key': caller.key, ...o.headers } });
}

/** Every page of a list route (JSON or CSV bodies as sent), following Link rel="next". */
export async function restPages(
  caller: Caller,
  path: string,
  query: Record<string, string>,
  accept = 'application/json',
): Promise<Buffer[]> {
  const base = new URL(caller.facadeUrl).pathname;
  let next: string | undefined = `${path}?${new URLSearchParams(query)}`;
  const pages: Buffer[] = [];
  while (next) {
    const r = await request(caller, next, { headers: { accept } });
    if (r.status !== 200) throw new Error(`GET ${next}: ${r.status} ${r.body.toString()}`);
    pages.push(r.body);
    const link = String(r.headers.link ?? '');
    const m = /<([^>]+)>;\s*rel="next"/.exec(link);
    next = m ? m[1]!.slice(base.length) : undefined;
  }
  return pages;
}

/** The rows of a list route's JSON pages, in order. */
export async function restRows(
  caller: Caller,
  path: string,
  query: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  return (await restPages(caller, path, query)).flatMap(
    (b) => JSON.parse(b.toString('utf8')) as Record<string, unknown>[],
  );
}

export interface JobView {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: { rows: number; bytes: number; percent: number };
  download: string | null;
  error?: string;
}

export async function createExport(
  caller: Caller,
  body: Record<string, unknown>,
): Promise<{ status: number; location?: string; job: JobView & { detail?: string } }> {
  const r = await request(caller, '/api/v1/exports', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: r.status,
    location: r.headers.location as string | undefined,
    job: JSON.parse(r.body.toString('utf8')),
  };
}

export async function getJob(caller: Caller, location: string): Promise<{ status: number; job: JobView }> {
  const base = new URL(caller.facadeUrl).pathname;
  const r = await request(caller, location.slice(base.length));
  return { status: r.status, job: JSON.parse(r.body.toString('utf8')) };
}

/** Polls the job until it is done or failed (or `until` says stop). */
export async function waitForJob(
  caller: Caller,
  location: string,
  until: (j: JobView) => boolean = (j) => j.state === 'done' || j.state === 'failed',
  timeoutMs = 120_000,
): Promise<JobView> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { job } = await getJob(caller, location);
    if (until(job)) return job;
    if (Date.now() > end) throw new Error(`export job still ${job.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function download(
  caller: Caller,
  url: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const base = new URL(caller.facadeUrl).pathname;
  return request(caller, url.slice(base.length), { headers });
}

/** An export file's text (gunzipped when it is gzip). */
export const fileText = (body: Buffer): string =>
  (body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body).toString('utf8');

/** CSV pages joined as one file: the header once, then every page's rows. */
export function joinCsvPages(pages: Buffer[]): string {
  return pages
    .map((p, i) => {
      const text = p.toString('utf8');
      return i === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
    })
    .join('');
}

/** p50/p99 of latencies (ms). */
export function percentiles(ms: number[]): { n: number; p50: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: at(0.5), p99: at(0.99) };
}
