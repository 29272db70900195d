/** Starts the iam subgraph alone: PORT (4005), DATABASE_URL (or embedded PGlite under LCS_DATA_DIR), LCS_TRUST_KEYS, LCS_ADMIN_PORT (metrics), OTEL_EXPORTER_OTLP_ENDPOINT. */
import { loadConfig, openDatabase, partTelemetry, servePart } from '@lcs/platform';
import { createServer, definition } from './server.ts';

const config = loadConfig(process.env, { dataDir: '.data/iam' });
const telemetry = await partTelemetry('subgraph:iam', process.env);
const db = await openDatabase({ ...config.db, metrics: telemetry.metrics }, [definition.migrations]);
const service = await createServer({
  db,
  trust: config.trust,
  introspection: !config.production,
  metrics: telemetry.metrics,
});
const l = await servePart(telemetry, process.env, {
  handler: service.handler,
  port: Number(process.env.PORT ?? 4005),
  host: config.host,
  readiness: service.readiness,
  close: [() => service.stop(), () => db.close()],
});
console.log(`iam subgraph listening on ${l.url}/graphql (${db.kind})`);
