/**
 * The set-up the single-stack benchmarks share (audit-overhead, facade-modes, export): their
 * numeric options, an all-in-one stack on free ports serving the facade over mutual TLS with
 * fair-share limits no benchmark reaches, tenants seeded once (the bench database is kept between
 * runs), and a keep-alive agent presenting the demo client's certificate.
 */
import { Agent } from 'node:https';
import type { PlatformConfig } from '@lcs/platform';
import { startStack, type Stack, type StackOptions } from '@lcs/cli/stack';
import { seedTenant, progressBars, tenantExists } from '@lcs/cli/seed';
import type { DevPki } from '@lcs/cli/pki';

/** With --help on the command line: prints `text` and exits. */
export function usage(text: string): void {
  if (!process.argv.includes('--help')) return;
  console.log(text);
  process.exit(0);
}

/** `--name N` on the command line as a number; `dflt` when absent. */
export function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

/** Fair-share limits far above what a benchmark asks: the figures measure the code, not the limiter. */
export const GENEROUS_FAIR_SHARE = {
  defaults: { ratePerMinute: 1_000_000, burst: 100_000, concurrency: 1000, rowsPerMinute: 1_000_000_000 },
};

/** An all-in-one stack on free ports, its facade over mutual TLS with the dev PKI's server certificate. */
export function startBenchStack(
  config: PlatformConfig,
  pki: DevPki,
  more: Omit<StackOptions, 'config' | 'ports' | 'facadeTls' | 'fairShare'> = {},
): Promise<Stack> {
  return startStack({
    config,
    ports: 'ephemeral',
    facadeTls: { ca: pki.ca.cert, cert: pki.server.cert, key: pki.server.key },
    fairShare: GENEROUS_FAIR_SHARE,
    ...more,
  });
}

/** Seeds `tenant` unless the bench database has it already; `note` ends the progress line's description. */
export async function seedOnce(
  stack: Stack,
  o: { tenant: string; clients: number; historyMonths: number },
  note = '',
): Promise<void> {
  if (await tenantExists(stack.db.app, o.tenant)) return;
  console.log(`seeding tenant "${o.tenant}" with ${o.clients} clients${note}…`);
  await seedTenant(stack.db.app, o, progressBars(true));
}

/** A keep-alive HTTPS agent with the demo receiving system's client certificate. */
export function demoClientAgent(pki: DevPki, maxSockets = 1): Agent {
  return new Agent({
    keepAlive: true,
    maxSockets,
    ca: pki.ca.cert,
    cert: pki.demoClient.cert,
    key: pki.demoClient.key,
  });
}

/** The timed-GET benchmarks' median: the middle value, the upper one of an even count. */
export const upperMedian = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
