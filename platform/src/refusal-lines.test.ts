/**
 * A flood's refusals in the request log (refusal-lines.ts): the first 429 of a kind in an
 * interval is its own request line, the rest one `requests refused` line with their count; other
 * statuses are all logged, and the metrics count every refusal.
 */
import { request, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from './metrics.ts';
import { requestInfo, type ObserveOptions } from './observe.ts';
import { observedServer, waitFor } from './observed-server.test-helper.ts';
import { RefusalLines, type RefusalSummary } from './refusal-lines.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

/** A server whose handler answers `status` for the tenant named by the path's last segment. */
async function serve(o: Partial<ObserveOptions> = {}, level = 'info') {
  const s = await observedServer(
    (req, res) => {
      const [, status, tenant] = (req.url ?? '').split('/');
      Object.assign(requestInfo(req)!, { tenant, package: '8873', route: 'GET /api/v1/x', code: 'RATE_LIMITED' });
      res.statusCode = Number(status);
      res.end();
    },
    o,
    level,
  );
  server = s.server;
  const get = (path: string) =>
    new Promise<void>((r) => request({ port: s.port, path }, (res) => res.resume().on('end', r)).end());
  return { lines: s.lines, get, handler: s.handler };
}

const requests = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === 'request');
const summaries = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === 'requests refused');

describe('refusals in the request log', () => {
  it('logs the first 429 of a kind, and the rest of the interval as one line with their count', async () => {
    const { lines, get } = await serve({ refusalLinesEveryMs: 1000 });
    for (let i = 0; i < 25; i++) await get('/429/t1');
    await get('/429/t2'); // another tenant: its own first line
    expect(requests(lines).map((l) => [l.status, l.tenant])).toEqual([
      [429, 't1'],
      [429, 't2'],
    ]);
    await waitFor(() => summaries(lines).length > 0);
    expect(summaries(lines)).toEqual([
      expect.objectContaining({
        level: 'info',
        part: 'facade',
        tenant: 't1',
        package: '8873',
        route: 'GET /api/v1/x',
        code: 'RATE_LIMITED',
        status: 429,
        count: 24,
      }),
    ]);
    const s = summaries(lines)[0]!;
    expect(Date.parse(s.since as string)).toBeLessThanOrEqual(Date.now());
    expect(s.seconds).toBeGreaterThan(0);
    // the next interval starts afresh: its first refusal is a request line again
    await get('/429/t1');
    expect(requests(lines)).toHaveLength(3);
  });

  it('never holds back another status, and writes what it holds when the server closes', async () => {
    const { lines, get } = await serve({ refusalLinesEveryMs: 60_000 });
    for (let i = 0; i < 5; i++) await get('/200/t1');
    for (let i = 0; i < 5; i++) await get('/403/t1');
    for (let i = 0; i < 3; i++) await get('/429/t1');
    expect(requests(lines).map((l) => l.status)).toEqual([200, 200, 200, 200, 200, 403, 403, 403, 403, 403, 429]);
    server!.closeAllConnections();
    await new Promise((r) => server!.close(r));
    server = undefined;
    expect(summaries(lines)).toEqual([expect.objectContaining({ tenant: 't1', count: 2 })]);
  });

  it('logs every refusal when told to (0) or at debug level, and the metrics count every one', async () => {
    const metrics = new Metrics({ processMetrics: false });
    const every = await serve({ refusalLinesEveryMs: 0, metrics });
    for (let i = 0; i < 4; i++) await every.get('/429/t1');
    expect(requests(every.lines)).toHaveLength(4);
    const counted = await metrics.registry.getSingleMetric('lcs_http_requests_total')!.get();
    expect(counted.values.find((v) => v.labels.status_class === '4xx')?.value).toBe(4);
    await new Promise((r) => server!.close(r));
    server = undefined;
    const debug = await serve({ refusalLinesEveryMs: 60_000 }, 'debug');
    for (let i = 0; i < 4; i++) await debug.get('/429/t1');
    expect(requests(debug.lines)).toHaveLength(4);
  });
});

describe('RefusalLines', () => {
  it('closes the interval early when it tracks too many kinds, writing their counts', () => {
    const out: RefusalSummary[] = [];
    let now = 0;
    const r = new RefusalLines(
      (s) => out.push(s),
      60_000,
      () => now,
    );
    for (let i = 0; i < 10_000; i++) {
      expect(r.first({ part: 'facade', tenant: `t${i}` })).toBe(true);
      expect(r.first({ part: 'facade', tenant: `t${i}` })).toBe(false);
    }
    now = 2_500;
    expect(r.first({ part: 'facade', tenant: 'one more' })).toBe(true);
    expect(out).toHaveLength(10_000);
    expect(out[0]).toEqual({ part: 'facade', tenant: 't0', count: 1, since: new Date(0).toISOString(), seconds: 2.5 });
    r.close();
    expect(out).toHaveLength(10_000); // 'one more' was refused once: nothing held back
  });
});
