/**
 * What every separately started part (a subgraph, the gateway, the facade) does around its own
 * handler, so the entry points stay a few lines: tracing (OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set), a metrics registry (unless LCS_METRICS=0), request logs, the admin listener (LCS_ADMIN_PORT,
 * default any free port, printed), and graceful shutdown on SIGTERM.
 */
import type { ServerOptions as HttpsOptions } from 'node:https';
import { listen, type Route } from './http.ts';
import { logger, type Logger } from './log.ts';
import { Metrics } from './metrics.ts';
import { setupTracing } from './tracing.ts';
import { adminAddress, metricsOn, onShutdown, startAdmin } from './admin.ts';
import type { Readiness } from './readiness.ts';

export interface PartTelemetry {
  /** e.g. gateway, facade, subgraph:care */
  part: string;
  metrics?: Metrics;
  log: Logger;
  tracing?: { shutdown(): Promise<void> };
}

/** Call first (before opening the database): SQL spans need tracing registered. */
export async function partTelemetry(part: string, env: NodeJS.ProcessEnv): Promise<PartTelemetry> {
  const tracing = await setupTracing({
    serviceName: `lcs-${part.replace(':', '-')}`,
    endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
  });
  return { part, metrics: metricsOn(env) ? new Metrics() : undefined, log: logger, tracing };
}

export interface ServePart {
  handler: Route;
  port: number;
  host: string;
  tls?: HttpsOptions;
  readiness: Readiness;
  /** Closed in order after the listener drained (pools, services). */
  close: (() => Promise<unknown>)[];
}

/** Listens (observed), starts the admin listener, drains on SIGTERM; prints both addresses. */
export async function servePart(
  t: PartTelemetry,
  env: NodeJS.ProcessEnv,
  o: ServePart,
): Promise<{ url: string; metricsUrl: string }> {
  const l = await listen(o.handler, o.port, o.host, o.tls, { part: t.part, metrics: t.metrics, log: t.log });
  const admin = await startAdmin({ metrics: t.metrics, readiness: o.readiness, ...adminAddress(env, 0) });
  onShutdown(
    () => ({
      readiness: o.readiness,
      listeners: [l],
      delayMs: Number(env.LCS_DRAIN_DELAY_MS ?? 0),
      close: [...o.close, () => t.tracing?.shutdown() ?? Promise.resolve(), () => admin.close()],
    }),
    t.log,
  );
  console.log(`${t.part} metrics on ${admin.metricsUrl}`);
  return { url: l.url, metricsUrl: admin.metricsUrl };
}
