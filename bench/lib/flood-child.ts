/**
 * A neighbour's background load in a process of its own (forked by `flood` in load.ts): the
 * neighbour's answers are received and parsed here, not on the event loop that times the victim's
 * answers, so its client-side work does not show up as the victim's latency. Started by a message
 * with the target and the rate; a `stop` message ends it and answers with the counts.
 */
import autocannon from 'autocannon';
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
  const offsets = t.offsets;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const admittedAt: number[] = [];
  /** From when the victim is measured (`measure`): a burst spent before that is not its neighbour's pace. */
  let measuredFrom = 0;
  const counts = { admitted: 0, rejected: 0, other: 0, bytes: 0 };
  const instance = autocannon(
    {
      url: t.url,
      method: t.method ?? 'GET',
      headers: t.headers,
      body: t.body,
      ...(offsets
        ? {
            requests: [
              {
                setupRequest: (r: autocannon.Request) => ({
                  ...r,
                  path: `${offsets.path}&offset=${Math.floor(rnd() * offsets.span)}`,
                }),
              },
            ],
          }
        : {}),
      tlsOptions: t.tls,
      connections: o.connections,
      overallRate: o.rate,
      duration: 600,
      timeout: 60,
      sampleInt: 100,
    },
    (err) => {
      if (err) {
        process.send!({ failed: String((err as Error).message ?? err) });
        process.exit(1);
      }
      const cpu = process.cpuUsage(cpu0);
      const result: FloodResult = {
        ...counts,
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        peakAdmittedPerSecond: peak(
          admittedAt.filter((t) => t >= measuredFrom),
          1000,
        ),
      };
      process.send!({ result }, () => process.exit(0));
    },
  );
  instance.on('response', (_client, status, resBytes) => {
    counts.bytes += resBytes;
    if (status >= 200 && status < 300) {
      counts.admitted++;
      admittedAt.push(performance.now());
    } else if (status === 429) counts.rejected++;
    else counts.other++;
  });
  process.on('message', (m) => {
    if (m === 'stop') instance.stop();
    if (m === 'measure') measuredFrom = performance.now();
  });
  process.send!({ started: true });
}

process.once('message', (m) => run(m as Start));
// the parent gone: nothing left to report to
process.on('disconnect', () => process.exit(0));
