/**
 * Starts the REST facade alone (scale-out: facade ×N in front of the gateway): PORT (8443),
 * GATEWAY_URL (http://127.0.0.1:4000/graphql), DATABASE_URL (iam's credential store and usage),
 * LCS_FACADE_TLS_CA / _CERT / _KEY (PEM files: the CA client certificates chain to, the server's
 * certificate and key), LCS_TRUST_KEYS, LCS_ADMIN_PORT (metrics), OTEL_EXPORTER_OTLP_ENDPOINT.
 * Operations run on the gateway over HTTP with the caller's principal signed (execute.ts).
 * (The all-in-one's proxy and CRL options are not offered here yet.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { Readiness, httpReadyCheck, loadConfig, openDatabase, partTelemetry, servePart } from '@lcs/platform';
import { definition as iam } from '@lcs/iam';
import { recordUsage, verifyApiKey } from '@lcs/iam/credentials';
import { createFacade } from './server.ts';
import { createAuthenticator } from './auth.ts';
import { httpExecutor } from './execute.ts';
import { FairShare } from './fair-share.ts';
import { docsRoutes } from './docs.ts';
import type { RouteTable } from './manifest.ts';

const env = process.env;
const need = (name: string) => {
  const v = env[name];
  if (!v) throw new Error(`${name} is required (see the header of rest-facade/src/index.ts)`);
  return v;
};
const config = loadConfig(env);
const telemetry = await partTelemetry('facade', env);
const gatewayUrl = env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const json = (rel: string) => JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'));
const routes = json('./__generated__/routes.json') as RouteTable;
const db = await openDatabase({ ...config.db, metrics: telemetry.metrics }, [iam.migrations]);
const fairShare = new FairShare({ record: (d) => recordUsage(db.app, d), metrics: telemetry.metrics });
const facade = createFacade({
  routes,
  fairShare,
  metrics: telemetry.metrics,
  extra: docsRoutes(json('../openapi.json')),
  authenticate: createAuthenticator({ verifyKey: (key, fingerprint) => verifyApiKey(db.app, key, fingerprint) }),
  execute: httpExecutor(gatewayUrl, config.trust),
});
const readiness = new Readiness(
  [
    { name: 'database', check: () => db.app.execute(sql`select 1`) },
    httpReadyCheck('gateway', gatewayUrl.replace(/\/graphql$/, '/healthz')),
  ],
  telemetry.metrics,
);
const tls = {
  ca: readFileSync(need('LCS_FACADE_TLS_CA'), 'utf8'),
  cert: readFileSync(need('LCS_FACADE_TLS_CERT'), 'utf8'),
  key: readFileSync(need('LCS_FACADE_TLS_KEY'), 'utf8'),
  requestCert: true,
  rejectUnauthorized: true,
  minVersion: 'TLSv1.2' as const,
};
const l = await servePart(telemetry, env, {
  handler: facade,
  port: Number(env.PORT ?? 8443),
  host: config.host,
  tls,
  readiness,
  close: [() => fairShare.close(), () => db.close()],
});
console.log(`REST facade listening on ${l.url}${routes.basePath}`);
