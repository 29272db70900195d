/**
 * Traces (OpenTelemetry): one trace per request across facade → gateway → subgraph → SQL, carried
 * over HTTP in the W3C `traceparent` header and, in the all-in-one, in process (AsyncLocalStorage,
 * the SDK's Node context manager).
 *
 * Off by default, and then free: without OTEL_EXPORTER_OTLP_ENDPOINT no SDK is registered, the
 * API's tracer is a no-op and instrumented code skips span work (`tracingOn()`). With it, spans
 * are batched to the OTLP/HTTP endpoint. Tests register an exporter of their own
 * (`setupTracing({ exporter })`, e.g. the SDK's InMemorySpanExporter).
 *
 * Spans carry tenant, package, route and operation names — never personal data, principals'
 * ids, keys or SQL parameter values.
 */
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { randomBytes } from 'node:crypto';

export {
  SpanKind,
  SpanStatusCode,
  context,
  trace,
  propagation,
  ROOT_CONTEXT,
  type Span,
  type Context,
  type Attributes,
};

export const TRACER_NAME = 'lcs-platform';
const tracer = () => trace.getTracer(TRACER_NAME);

let provider: NodeTracerProvider | undefined;

export interface TracingOptions {
  /** service.name of the spans (e.g. lcs-all-in-one, lcs-gateway, lcs-subgraph-care). */
  serviceName: string;
  /** OTLP/HTTP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT); its absence leaves tracing off. */
  endpoint?: string;
  /** An exporter of one's own instead of OTLP (tests); spans are then exported one by one. */
  exporter?: SpanExporter;
}

/**
 * Registers the tracing SDK for this process once (later calls return the first registration).
 * Returns undefined, and registers nothing, when neither an endpoint nor an exporter is given.
 */
export async function setupTracing(
  o: TracingOptions,
): Promise<{ shutdown(): Promise<void>; flush(): Promise<void> } | undefined> {
  if (!provider) {
    let processor;
    if (o.exporter) processor = new SimpleSpanProcessor(o.exporter);
    else if (o.endpoint) {
      const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
      // the exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (…/v1/traces) and OTEL_EXPORTER_OTLP_HEADERS itself
      processor = new BatchSpanProcessor(new OTLPTraceExporter() as unknown as SpanExporter);
    } else return undefined;
    provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': o.serviceName }),
      spanProcessors: [processor],
    });
    provider.register(); // W3C trace context + baggage propagators, AsyncLocalStorage context manager
  }
  const p = provider;
  return { shutdown: () => p.shutdown(), flush: () => p.forceFlush() };
}

/** Whether spans are recorded in this process (an SDK was registered). */
export const tracingOn = (): boolean => provider !== undefined;

/** Runs `fn` in a new active span (child of the active one); records an exception and ends it. */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span?: Span) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!provider) return fn();
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error).name });
      throw e;
    } finally {
      span.end();
    }
  });
}

/** Starts a span (child of `parent`, default the active context); undefined when tracing is off. */
export function startSpan(
  name: string,
  attributes: Attributes,
  kind: SpanKind = SpanKind.INTERNAL,
  parent?: Context,
): Span | undefined {
  if (!provider) return undefined;
  return tracer().startSpan(name, { kind, attributes }, parent ?? context.active());
}

/** Writes the active trace context into outgoing headers (traceparent, tracestate). */
export function injectTraceHeaders(headers: Record<string, string> | { set(k: string, v: string): unknown }): void {
  if (!provider) return;
  const setter =
    'set' in headers && typeof headers.set === 'function'
      ? {
          set: (carrier: typeof headers, k: string, v: string) =>
            void (carrier as { set(k: string, v: string): unknown }).set(k, v),
        }
      : { set: (carrier: typeof headers, k: string, v: string) => void ((carrier as Record<string, string>)[k] = v) };
  propagation.inject(context.active(), headers, setter);
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** Random bytes drawn ahead (one draw per 4 KiB): a request's ids without a system call each. */
let pool = Buffer.alloc(0);
let at = 0;
/** `bytes` random bytes as hex (request and trace ids; not for secrets). */
export function randomHex(bytes: number): string {
  if (at + bytes > pool.length) {
    pool = randomBytes(Math.max(4096, bytes));
    at = 0;
  }
  at += bytes;
  return pool.toString('hex', at - bytes, at);
}

/**
 * The trace id of a request: its span's, or with tracing off the caller's traceparent's, or a
 * fresh one — so problem bodies and log lines can always be correlated.
 */
export function traceIdFor(span: Span | undefined, traceparent: string | string[] | undefined): string {
  const sc = span?.spanContext();
  if (sc && trace.isSpanContextValid(sc)) return sc.traceId;
  const m = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
  if (m && !/^0+$/.test(m[1]!)) return m[1]!;
  return randomHex(16);
}

/** The active span's trace id, if a span is active. */
export function activeTraceId(): string | undefined {
  const sc = trace.getActiveSpan()?.spanContext();
  return sc && trace.isSpanContextValid(sc) ? sc.traceId : undefined;
}
