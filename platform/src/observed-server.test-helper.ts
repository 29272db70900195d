/**
 * For tests of `observed` (observe.ts): a plain HTTP server behind it whose log lines are
 * collected as parsed JSON, and a wait for a line to arrive.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger } from './log.ts';
import { observed, type Handler, type ObserveOptions, type ObservedHandler } from './observe.ts';

export async function observedServer(
  handler: Handler,
  o: Partial<ObserveOptions> = {},
  level = 'info',
): Promise<{ server: Server; port: number; lines: Record<string, unknown>[]; handler: ObservedHandler }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const watched = observed(handler, { part: 'facade', log: createLogger(sink, level), ...o });
  const server = createServer(watched);
  server.once('close', () => watched.close());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, lines, handler: watched };
}

/** Waits (up to 3 s) until `ok` holds. */
export async function waitFor(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
}
