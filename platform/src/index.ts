export * from './naming.ts';
export * from './contract.ts';
export * from './model.ts';
export * from './tables.ts';
export * from './natural-keys.ts';
export * from './sdl.ts';
export * from './db.ts';
export * from './scope.ts';
export * from './loaders.ts';
export * from './rows.ts';
export * from './fair-share-limits.ts';
export * from './resolvers.ts';
export * from './errors.ts';
export * from './trust.ts';
export * from './http.ts';
export * from './subgraph.ts';
export * from './synthetic.ts';
export * from './config.ts';
export * from './row-scope.ts';
export * from './audit.ts';
export * from './identity.ts';
export * from './privacy.ts';
export * from './read-gate.ts';
export * from './json-text.ts';
export * from './contract-sql.ts';
export * from './business-log.ts';
export * from './validate.ts';
export * from './idempotency.ts';
export * from './mutations.ts';
export * from './failure.ts';
export * from './input.ts';
export * from './metrics.ts';
export * from './observe.ts';
export * from './readiness.ts';
export * from './admin.ts';
export {
  setupTracing,
  tracingOn,
  inSpan,
  startSpan,
  injectTraceHeaders,
  activeTraceId,
  traceIdFor,
} from './tracing.ts';
export { logger, createLogger, maskIdentityNumbers, safeError, REDACT_PATHS, type Logger } from './log.ts';
export * from './part.ts';
export * from './env-values.ts';
export * from './operations.ts';
export * from './iso-time.ts';
export * from './calendar.ts';
export * from './status-page.ts';
export * from './export-jobs.ts';
export * from './data-dir-lock.ts';
