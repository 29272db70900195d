/**
 * A request's log line names the step it was in (`stage`) when it was not answered (499: the
 * caller went away) or failed (5xx), and only then: where a stalled request waited is in the log.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';
import { observed, requestInfo } from './observe.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

async function serve(handler: Parameters<typeof observed>[0]) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  server = createServer(observed(handler, { part: 'facade', log: createLogger(sink, 'info') }));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, lines };
}

const waitFor = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the request log line’s stage', () => {
  it('names the step of a request the caller gave up on (499)', async () => {
    const { port, lines } = await serve((req) => {
      requestInfo(req)!.stage = 'authenticate'; // … and never answers
    });
    const req = request({ port, path: '/api/v1/clients' });
    req.on('error', () => {});
    req.end();
    await new Promise((r) => setTimeout(r, 100));
    req.destroy();
    await waitFor(() => lines.some((l) => l.msg === 'request'));
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ status: 499, stage: 'authenticate' });
  });

  it('is left out of an answered request’s line', async () => {
    const { port, lines } = await serve((req, res) => {
      requestInfo(req)!.stage = 'send';
      res.end('ok');
    });
    await new Promise<void>((r) => request({ port, path: '/x' }, (res) => res.resume().on('end', r)).end());
    await waitFor(() => lines.some((l) => l.msg === 'request'));
    const line = lines.find((l) => l.msg === 'request')!;
    expect(line.status).toBe(200);
    expect(line).not.toHaveProperty('stage');
  });
});
