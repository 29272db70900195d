/**
 * A request's log line names the step it was in (`stage`) when it was not answered (499: the
 * caller went away) or failed (5xx), and only then: where a stalled request waited is in the log.
 */
import { request, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { requestInfo, type Handler } from './observe.ts';
import { observedServer, waitFor } from './observed-server.test-helper.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

async function serve(handler: Handler) {
  const s = await observedServer(handler);
  server = s.server;
  return s;
}

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
