/**
 * A neighbour's background load in a process of its own (forked by `flood` in load.ts): the
 * neighbour's answers are received and parsed here, not on the event loop that times the victim's
 * answers, so its client-side work does not show up as the victim's latency. Started by a message
 * with the target and the rate; a `stop` message ends it and answers with the counts.
 *
 * The load is open: request i is sent at start + i / rate whatever the answers before it did
 * ('even'), on at most `connections` keep-alive connections (a request due while all are busy
 * waits for the first free one; one due while a second's worth (at least twice `connections`) is
 * already open is not sent and is counted as `unsent`). 'bursts' sends each second's requests all
 * at that second's start instead (what autocannon's `overallRate` does: every connection its share
 * back to back, every connection at the same moment).
 */
import { createSecureContext } from 'node:tls';
import { Pool } from 'undici';
import { seededRandom, type FloodOptions, type FloodResult, type FloodTarget } from './load.ts';

type Start = { target: FloodTarget; options: FloodOptions };

/** The most of `times` (ascending, ms) within any `span` ms. */
function peak(times: number[], span: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= span) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

function run({ target: t, options: o }: Start): void {
  const rnd = seededRandom(t.offsets?.seed ?? 1);
  const url = new URL(t.url);
  // one secure context for all connections (each would otherwise parse the key and certificates)
  const secureContext = t.tls ? createSecureContext(t.tls) : undefined;
  const pool = new Pool(url.origin, { connections: o.connections, pipelining: 1, connect: { secureContext } });
  const started = performance.now();
  let cpu0 = process.cpuUsage();
  const admittedAt: number[] = [];
  /** From when the victim is measured (`measure`): a burst spent before that is not its neighbour's pace. */
  let measuredFrom = 0;
  const counts = { admitted: 0, rejected: 0, other: 0, bytes: 0, unsent: 0 };
  let failureText: string | undefined;
  let open = 0; // sent and not yet answered (in flight or waiting for a connection)
  let sent = 0;
  let stopping = false;
  let stoppedAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;

  const path = () =>
    t.offsets ? `${t.offsets.path}&offset=${Math.floor(rnd() * t.offsets.span)}` : `${url.pathname}${url.search}`;

  /** Open requests beyond which one due is not sent: a second's worth, or twice the connections. */
  const backlog = Math.max(2 * o.connections, Math.ceil(o.rate));
  const send = () => {
    if (open >= backlog) return void counts.unsent++;
    open++;
    const answered = (failure?: Error) => {
      open--;
      if (failure) {
        counts.other++;
        failureText ??= failure.message;
      }
      if (stopping && open === 0) finish();
    };
    pool
      .request({ path: path(), method: t.method ?? 'GET', headers: t.headers, body: t.body, headersTimeout: 60_000 })
      .then((res) => {
        let bytes = 0;
        res.body.on('data', (c: Buffer) => (bytes += c.length));
        res.body.on('error', (e: Error) => answered(e));
        res.body.on('end', () => {
          counts.bytes += bytes;
          const s = res.statusCode;
          if (s >= 200 && s < 300) {
            counts.admitted++;
            admittedAt.push(performance.now());
          } else if (s === 429) counts.rejected++;
          else counts.other++;
          answered();
        });
      })
      .catch((e: Error) => answered(e));
  };

  /** Sends what is due by now, then sleeps until the next is due. */
  const tick = () => {
    if (stopping) return;
    const now = performance.now() - started;
    const due = o.shape === 'bursts' ? (Math.floor(now / 1000) + 1) * o.rate : Math.floor((now * o.rate) / 1000) + 1;
    while (sent < due) {
      sent++;
      send();
    }
    const next = o.shape === 'bursts' ? (Math.floor(now / 1000) + 1) * 1000 : (sent * 1000) / o.rate;
    timer = setTimeout(tick, Math.max(0, next - (performance.now() - started)));
  };

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    void pool.destroy();
    const cpu = process.cpuUsage(cpu0);
    const result: FloodResult = {
      admitted: counts.admitted,
      rejected: counts.rejected,
      other: counts.other,
      bytes: counts.bytes,
      unsent: counts.unsent,
      seconds: ((stoppedAt ?? performance.now()) - started) / 1000,
      clientCores: (cpu.user + cpu.system) / 1000 / ((stoppedAt ?? performance.now()) - (measuredFrom || started)),
      peakAdmittedPerSecond: peak(
        admittedAt.filter((x) => x >= measuredFrom),
        1000,
      ),
      ...(failureText ? { failure: failureText } : {}),
    };
    process.send!({ result }, () => process.exit(0));
  };

  process.on('message', (m) => {
    if (m === 'stop') {
      stopping = true;
      stoppedAt = performance.now();
      clearTimeout(timer);
      if (open === 0) finish();
      else setTimeout(finish, 60_000).unref(); // answers still out after a minute: counted as they are
    }
    if (m === 'measure') {
      measuredFrom = performance.now();
      cpu0 = process.cpuUsage(); // its CPU in the measured window: not its start and first handshakes
    }
  });
  process.send!({ started: true });
  tick();
}

process.once('message', (m) => run(m as Start));
// the parent gone: nothing left to report to
process.on('disconnect', () => process.exit(0));
