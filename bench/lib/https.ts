/** A minimal HTTPS client for the facade's mutual TLS (keep-alive, body kept as bytes). */
import { Agent, request } from 'node:https';
import { assertLoopback } from './procs.ts';

export interface Tls {
  ca: string;
  cert: string;
  key: string;
}

export interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function tlsAgent(tls: Tls): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1, ...tls });
}

export function get(url: string, agent: Agent, headers: Record<string, string> = {}): Promise<Got> {
  assertLoopback(url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`no answer from ${url} within 120 s`)));
    req.on('error', reject);
    req.end();
  });
}

/** The target of a `Link: <…>; rel="next"` header, resolved against `base`. */
export function nextLink(headers: Got['headers'], base: string): string | undefined {
  const raw = headers.link;
  for (const part of (Array.isArray(raw) ? raw.join(',') : (raw ?? '')).split(/,(?=\s*<)/)) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return new URL(m[1]!, base).toString();
  }
  return undefined;
}

/** Items of a JSON array of contract objects, counted without parsing (each starts `{"Id":` after `[` or `,`). */
export function countItems(body: Buffer): number {
  const needle = Buffer.from('{"Id":');
  let n = 0;
  for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + needle.length)) {
    const before = body[i - 1];
    if (before === 0x5b || before === 0x2c) n++; // '[' or ','
  }
  return n;
}

/**
 * One timed GET of a JSON array (the benchmarks' shared timer): the time to the last byte and
 * the number of items; anything but 200 rejects (with the start of the body).
 */
export async function timedGet(
  url: string,
  agent: Agent,
  headers: Record<string, string> = {},
): Promise<{ ms: number; rows: number; bytes: number }> {
  const t0 = performance.now();
  const r = await get(url, agent, { 'accept-encoding': 'identity', ...headers });
  const ms = performance.now() - t0;
  if (r.status !== 200) throw new Error(`${r.status}: ${r.body.toString().slice(0, 200)}`);
  return { ms, rows: (JSON.parse(r.body.toString()) as unknown[]).length, bytes: r.body.length };
}
