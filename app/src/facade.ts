/**
 * The REST facade as a process of its own (`lcs serve facade`): scale-out, facade ×N in front of
 * the gateway; operations run on the gateway over HTTP with the caller's principal signed
 * (rest-facade execute.ts). Environment, besides the common settings (platform/src/part.ts):
 * GATEWAY_URL (…/graphql), LCS_TLS_CA, LCS_TLS_CERT, LCS_TLS_KEY (PEM files: mutual TLS),
 * LCS_TLS_CRL (PEM file, reloaded when it changes), LCS_TRUSTED_PROXIES (addresses of
 * TLS-terminating proxies whose RFC 9440 Client-Cert header is believed), REDIS_URL (fair share
 * shared between replicas). Probes without a client certificate use the admin listener's
 * /healthz and /readyz (LCS_ADMIN_PORT, plain HTTP). Export jobs run in an export runner process
 * beside the facade (export-runner.ts: nice 10, its own pool of 2, its pages sent to GATEWAY_URL as
 * the facade's are), as in the all-in-one; LCS_EXPORTS_RUNNER=in-process runs them on the facade's
 * event loop instead. LCS_EXPORTS_DIR: where the files go (default: a fresh temp folder; replicas
 * that share jobs share this folder).
 */
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { sql } from 'drizzle-orm';
import {
  Readiness,
  closingWhileDraining,
  httpReadyCheck,
  observeOf,
  openDatabase,
  partSettings,
  partTelemetry,
  sendJson,
  servePart,
  type PartSettings,
  type PlatformConfig,
  type RunningPart,
} from '@lcs/platform';
import { connectRedis, redisHealthOf } from '@lcs/platform/redis';
import { addRedisReadiness } from '@lcs/gateway';
import { httpExecutor } from '@lcs/rest-facade/execute';
import { docsRoutes } from '@lcs/rest-facade/docs';
import { RedisKeyRates, RedisLeases, redisLimiter } from '@lcs/rest-facade/shared-limits';
import { definition as iam } from '@lcs/iam';
import { DEFAULT_PORTS } from './subgraphs.ts';
import { availableParallelism } from 'node:os';
import { loadOpenApi } from './assets.ts';
import { startFacadeServer, type FacadeTls } from './facade-server.ts';
import { ConfigError, exportsRunnerOf, fairWorkingOf, fileOf, listOf, need } from './env.ts';
import { sharedDatabaseConfig } from './subgraph.ts';

/** Fair turns per CPU core of a facade whose operations run in the gateway (over HTTP), by default. */
export const REMOTE_WORKING_PER_CORE = 16;

export interface FacadePartConfig {
  platform: PlatformConfig;
  part: PartSettings;
  gatewayUrl: string;
  tls: FacadeTls;
  /** The CRL's file, watched and reloaded. */
  crlFile?: string;
  redisUrl?: string;
  exportsDir?: string;
  /** Where export jobs run (LCS_EXPORTS_RUNNER): a runner process (the default) or this process. */
  exportsRunner?: 'process' | 'in-process';
}

const readCrl = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);

export function facadeConfig(env: NodeJS.ProcessEnv): FacadePartConfig {
  const platform = sharedDatabaseConfig(env);
  const gatewayUrl = need(env, 'GATEWAY_URL', "the gateway's GraphQL URL (e.g. its load balancer's)");
  const ca = fileOf(env, 'LCS_TLS_CA');
  const cert = fileOf(env, 'LCS_TLS_CERT');
  const key = fileOf(env, 'LCS_TLS_KEY');
  if (!ca || !cert || !key)
    throw new ConfigError(
      'LCS_TLS_CA, LCS_TLS_CERT and LCS_TLS_KEY are required: the facade serves mutual TLS (PEM files)',
    );
  const crlFile = env.LCS_TLS_CRL || undefined;
  return {
    platform,
    part: partSettings(env, { port: DEFAULT_PORTS.facade! }),
    gatewayUrl,
    tls: { ca, cert, key, crl: readCrl(crlFile), proxies: listOf(env.LCS_TRUSTED_PROXIES) },
    crlFile,
    redisUrl: env.REDIS_URL || undefined,
    exportsDir: env.LCS_EXPORTS_DIR || undefined,
    exportsRunner: exportsRunnerOf(env),
  };
}

export async function startFacade(c: FacadePartConfig): Promise<RunningPart> {
  const t = await partTelemetry('facade', c.part);
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const closeAll = async () => {
    for (const close of cleanups.reverse()) await Promise.resolve(close()).catch(() => {});
  };
  try {
    const redis = c.redisUrl ? connectRedis(c.redisUrl, 'lcs-facade') : undefined;
    if (redis) cleanups.push(() => redis.close());
    const db = await openDatabase({ ...c.platform.db, applicationName: 'lcs-facade', metrics: t.metrics }, [
      iam.migrations,
    ]);
    cleanups.push(() => db.close());
    const leases = redis ? new RedisLeases(redis) : undefined;
    if (leases) cleanups.push(() => leases.close());
    // /readyz (public and admin): the database and the gateway; Redis reported, never critical
    const readiness = new Readiness(
      [
        { name: 'database', check: () => db.app.execute(sql`select 1`) },
        httpReadyCheck('gateway', new URL('/healthz', c.gatewayUrl).href),
      ],
      t.metrics,
    );
    addRedisReadiness(readiness, redisHealthOf(redis));
    const f = await startFacadeServer({
      db,
      execute: httpExecutor(c.gatewayUrl, c.platform.trust),
      host: c.platform.host,
      port: c.part.port,
      tls: c.tls,
      metrics: t.metrics,
      observe: observeOf(t),
      extra: {
        ...docsRoutes(loadOpenApi()),
        '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
        '/readyz': readiness.handle,
      },
      fairShare: {
        ...(redis ? { rates: new RedisKeyRates(redis), limiter: redisLimiter(redis), leases } : {}),
        // this facade's work is mostly waiting on the gateway over HTTP: more turns than in the
        // all-in-one, where the operations run on the facade's own event loop
        working: fairWorkingOf(process.env) ?? REMOTE_WORKING_PER_CORE * availableParallelism(),
      },
      gate: (handler) => closingWhileDraining(handler, readiness),
      // export jobs in a runner process (its pages through the gateway, as this facade's), unless opted out
      exports: { runner: c.exportsRunner ?? 'process', ...(c.exportsDir ? { dir: c.exportsDir } : {}) },
      runnerConfig: c.platform,
      runnerGatewayUrl: c.gatewayUrl,
    });
    cleanups.push(
      () => f.fairShare.close(),
      () => f.exports.stop(),
    );
    const crlFile = c.crlFile;
    if (crlFile) {
      watchFile(crlFile, { interval: 2000 }, () => {
        f.setCrl(readCrl(crlFile))
          .then(() => console.log(`facade: reloaded the certificate revocation list ${crlFile}`))
          .catch((e: Error) => console.error(`facade: the CRL ${crlFile} was not loaded: ${e.message}`));
      });
      cleanups.push(() => unwatchFile(crlFile));
    }
    return await servePart(t, c.part, {
      name: 'facade',
      listening: [f.listening],
      urls: [f.url],
      readiness,
      close: [closeAll],
    });
  } catch (e) {
    await closeAll();
    await t.tracing?.shutdown();
    throw e;
  }
}
