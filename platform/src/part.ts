/**
 * What every separately started part (a subgraph, the gateway, the facade) does around its own
 * handler, so the composition roots (app/src/) stay small: its settings read from the environment
 * once, tracing (OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set), a metrics registry (unless
 * LCS_METRICS=0), request logs, the admin listener (/metrics, /healthz, /readyz on LCS_ADMIN_HOST
 * and LCS_ADMIN_PORT; any free port by default) and a graceful stop: not ready, LCS_DRAIN_MS later
 * stop accepting, finish in-flight requests, close pools, flush spans.
 */
import type { Listening, Route } from './http.ts';
import { logger, type Logger } from './log.ts';
import { Metrics } from './metrics.ts';
import { setupTracing } from './tracing.ts';
import { adminAddress, drainAndClose, metricsOn, startAdmin } from './admin.ts';
import { portOf, wholeNumberOf } from './env-values.ts';
import type { Readiness } from './readiness.ts';

/** A part's process settings, read from its environment once. */
export interface PartSettings {
  /** PORT (0: any free one). */
  port: number;
  /** The admin listener: LCS_ADMIN_HOST (127.0.0.1), LCS_ADMIN_PORT (0: any free port). */
  admin: { host: string; port: number };
  /** LCS_DRAIN_MS: how long /readyz says "draining" after SIGTERM before listeners stop accepting. */
  drainMs: number;
  /** LCS_METRICS=0 turns metrics off. */
  metrics: boolean;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: traces go there (none: no tracing). */
  otlpEndpoint?: string;
}

export function partSettings(
  env: NodeJS.ProcessEnv,
  defaults: { port: number; adminPort?: number; drainMs?: number },
): PartSettings {
  const drainMs =
    wholeNumberOf(env, 'LCS_DRAIN_MS', { means: 'a whole number of milliseconds' }) ?? defaults.drainMs ?? 2000;
  return {
    port: portOf(env, 'PORT', defaults.port),
    admin: adminAddress(env, defaults.adminPort ?? 0),
    drainMs,
    metrics: metricsOn(env),
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
  };
}

export interface PartTelemetry {
  /** e.g. gateway, facade, subgraph:care */
  part: string;
  metrics?: Metrics;
  log: Logger;
  tracing?: { shutdown(): Promise<void> };
}

/** Call first (before opening the database): SQL spans need tracing registered. */
export async function partTelemetry(part: string, s: Pick<PartSettings, 'metrics' | 'otlpEndpoint'>) {
  const tracing = await setupTracing({ serviceName: `lcs-${part.replace(':', '-')}`, endpoint: s.otlpEndpoint });
  const t: PartTelemetry = { part, metrics: s.metrics ? new Metrics() : undefined, log: logger, tracing };
  return t;
}

/** Request observation for a part's public listener (metrics, spans, request log lines). */
export const observeOf = (t: PartTelemetry) => ({ part: t.part, metrics: t.metrics, log: t.log });

/**
 * While the process drains, every answer carries Connection: close, so keep-alive clients and load
 * balancers move to another replica before the listener stops accepting.
 */
export function closingWhileDraining(handler: Route, readiness: Readiness): Route {
  return (req, res) => {
    if (readiness.draining) res.setHeader('connection', 'close');
    return handler(req, res);
  };
}

/** A running part: where it listens, and how to stop it gracefully. */
export interface RunningPart {
  name: string;
  /** Its public URLs (e.g. …/graphql). */
  urls: string[];
  /** The admin listener's /metrics. */
  metricsUrl: string;
  readiness: Readiness;
  /** Graceful stop (SIGTERM); runs once. */
  stop(): Promise<void>;
}

export interface ServePart {
  name: string;
  /** The public listeners, already listening. */
  listening: Listening[];
  urls: string[];
  readiness: Readiness;
  /** Closed in order after the listeners drained (pools, services). */
  close: (() => Promise<unknown> | unknown)[];
}

/** Starts the admin listener beside the part's public listeners; `stop` drains and closes them all. */
export async function servePart(t: PartTelemetry, s: PartSettings, o: ServePart): Promise<RunningPart> {
  const admin = await startAdmin({ metrics: t.metrics, readiness: o.readiness, ...s.admin });
  let stopped: Promise<void> | undefined;
  return {
    name: o.name,
    urls: o.urls,
    metricsUrl: admin.metricsUrl,
    readiness: o.readiness,
    stop: () =>
      (stopped ??= drainAndClose({
        readiness: o.readiness,
        listeners: o.listening,
        delayMs: s.drainMs,
        close: [
          ...o.close.map((c) => async () => c()),
          () => t.tracing?.shutdown() ?? Promise.resolve(),
          () => admin.close(),
        ],
      })),
  };
}
