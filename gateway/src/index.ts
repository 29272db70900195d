/** Starts the gateway alone: PORT (4000), SUBGRAPH_<NAME>_URL overrides, LCS_TRUST_KEYS, LCS_ADMIN_PORT (metrics), OTEL_EXPORTER_OTLP_ENDPOINT. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig, partTelemetry, servePart } from '@lcs/platform';
import { createGateway } from './server.ts';

const config = loadConfig(process.env);
const telemetry = await partTelemetry('gateway', process.env);
const supergraphSdl = readFileSync(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)), 'utf8');
const subgraphUrls = Object.fromEntries(
  Object.entries(process.env)
    .filter(([k]) => /^SUBGRAPH_[A-Z]+_URL$/.test(k))
    .map(([k, v]) => [k.split('_')[1]!.toLowerCase(), v!]),
);
const persisted = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../schema/persisted-operations.json', import.meta.url)), 'utf8'),
) as Record<string, string>;
const gw = await createGateway({
  supergraphSdl,
  subgraphUrls,
  trust: config.trust,
  devAuth: config.devAuth,
  introspection: !config.production,
  persisted,
  metrics: telemetry.metrics,
});
const l = await servePart(telemetry, process.env, {
  handler: gw.handler,
  port: Number(process.env.PORT ?? 4000),
  host: config.host,
  readiness: gw.readiness,
  close: [() => gw.stop()],
});
console.log(`gateway listening on ${l.url}/graphql`);
