/**
 * Readiness under frequent probes (issue 16: a request hung behind probes of a slow dependency):
 * concurrent probes share one evaluation, a check that outlived its budget is not started again
 * until it settles, and an HTTP check that gets no answer is aborted at its budget.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_TIMEOUT_MS, Readiness, httpReadyCheck } from './readiness.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('Readiness', () => {
  it('concurrent probes share one evaluation: a slow check runs once, not once per probe', async () => {
    let calls = 0;
    let release!: () => void;
    const r = new Readiness([
      {
        name: 'database',
        check: () => {
          calls++;
          return new Promise<void>((res) => (release = res));
        },
      },
    ]);
    const probes = Array.from({ length: 20 }, () => r.report());
    await new Promise((res) => setTimeout(res, 20));
    release();
    const reports = await Promise.all(probes);
    expect(calls).toBe(1);
    expect(reports.every((x) => x.status === 'ready')).toBe(true);
    // the next probe evaluates anew
    const next = r.report();
    await new Promise((res) => setTimeout(res, 20));
    release();
    await next;
    expect(calls).toBe(2);
  });

  it('a report shared from before drain() says draining', async () => {
    let release!: () => void;
    const r = new Readiness([{ name: 'database', check: () => new Promise<void>((res) => (release = res)) }]);
    const probe = r.report();
    await new Promise((res) => setTimeout(res, 10));
    r.drain();
    release();
    expect((await probe).status).toBe('draining');
    expect((await r.report()).status).toBe('draining');
  });

  it('a check that outlives its budget fails, and is not started again until it has settled', async () => {
    let calls = 0;
    let release!: () => void;
    let aborted = false;
    const r = new Readiness([
      {
        name: 'database',
        check: (signal) => {
          calls++;
          signal.addEventListener('abort', () => (aborted = true));
          return new Promise<void>((res) => (release = res));
        },
      },
    ]);
    const first = await r.report();
    expect(first.status).toBe('unavailable');
    expect(first.checks[0]!.detail).toMatch(`no answer within ${CHECK_TIMEOUT_MS} ms`);
    expect(aborted).toBe(true);
    // still running: later probes say so at once and queue nothing more behind it
    for (let i = 0; i < 5; i++) {
      const again = await r.report();
      expect(again.status).toBe('unavailable');
      expect(again.checks[0]!.detail).toMatch(/still checking/);
    }
    expect(calls).toBe(1);
    release();
    await new Promise((res) => setTimeout(res, 10));
    const back = r.report();
    await new Promise((res) => setTimeout(res, 10));
    release();
    expect((await back).status).toBe('ready');
    expect(calls).toBe(2);
  }, 20_000);

  it('an HTTP check without an answer is aborted at its budget: its connection is closed, not left open', async () => {
    let closed = false;
    const server = createServer((req) => req.socket.on('close', () => (closed = true))); // never answers
    servers.push(server);
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
    const r = new Readiness([httpReadyCheck('subgraph:care', url)]);
    const report = await r.report();
    expect(report.status).toBe('unavailable');
    await new Promise((res) => setTimeout(res, 200));
    expect(closed).toBe(true);
    server.closeAllConnections();
  }, 20_000);
});
