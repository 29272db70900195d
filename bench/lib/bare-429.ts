/**
 * p5's rig floor: a server that does the least a server can for a flood, in a process of its
 * own — Node's HTTPS server with the facade's mutual TLS (the dataset's server certificate, the client
 * certificate required and verified against the CA) answering every request 429 with a problem
 * body of the facade's size and nothing else: no routing, no key, no log, no metrics.
 *
 * p5 aims its flood here in a window of its own: the victim's p99 then is what the flood costs it
 * on this machine when the platform does not serve the flood at all — the flood's client, the
 * kernel's TCP and TLS for both ends, and the least work any server must do for a refusal, all on
 * the same cores as the victim. A real neighbour's client runs elsewhere; here it cannot.
 *
 * Started by `spawnNode` with IPC; PKI in BARE_429_TLS (JSON: key, cert, ca); answers `ready`
 * with its URL.
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';

if (!process.send) {
  console.error('bench/lib/bare-429.ts runs under spawnNode (IPC), started by pnpm bench');
  process.exit(2);
}
const tls = JSON.parse(process.env.BARE_429_TLS ?? '{}') as { key: string; cert: string; ca: string };
/** The facade's refusal body, in size and kind (`application/problem+json`). */
const BODY = JSON.stringify({
  type: 'https://lcs.example/problems/rate-limited',
  title: 'Too many requests',
  status: 429,
  detail: 'this key is over its 1200 requests a minute (burst 40); retry after 1 s',
  code: 'RATE_LIMITED',
  retryAfter: 1,
  traceId: '0'.repeat(32),
});
const server = createServer(
  { key: tls.key, cert: tls.cert, ca: tls.ca, requestCert: true, rejectUnauthorized: true },
  (req, res) => {
    req.resume();
    res.writeHead(429, {
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': Buffer.byteLength(BODY),
      'retry-after': '1',
    });
    res.end(BODY);
  },
);
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.send!({ type: 'ready', url: `https://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
process.on('disconnect', () => process.exit(0));
