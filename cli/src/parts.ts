/**
 * Each part of the platform as a process of its own, configured from its environment (scale-out:
 * any number of replicas of each behind a load balancer). `pnpm lcs serve <part>`; `pnpm lcs start
 * --split` starts one of each for development.
 *
 * Every part (environment):
 *   PORT, LCS_HOST (127.0.0.1), NODE_ENV, LCS_TRUST_KEYS (the same on every part: the signed
 *   context between them), DATABASE_URL (the owner, straight to PostgreSQL: migrations take a
 *   session-level lock), APP_DATABASE_URL (the app role; through PgBouncer in transaction mode
 *   with LCS_DB_POOLED=1), LCS_DB_POOL (connections per process), REDIS_URL (shared state),
 *   LCS_DRAIN_MS (how long /readyz says "draining" before the listener closes on SIGTERM; 2000).
 * gateway:  SUBGRAPH_<NAME>_URL for each subgraph, LCS_PUBLIC_URL (the origin browsers and the IdP
 *   see, e.g. the load balancer's: SAML entity ids and ACS URLs derive from it), LCS_SAML_KEYS_DIR
 *   (sp-signing.crt/.key, sp-encryption.crt/.key: staff sign-in; the same on every replica),
 *   LCS_DEV_IDP_KEYS_DIR (dev-idp.crt/.key: DEVELOPMENT IdP at /dev-idp/, refused in production).
 * facade:   GATEWAY_URL (…/graphql), LCS_TLS_CA, LCS_TLS_CERT, LCS_TLS_KEY (PEM files: mutual TLS),
 *   LCS_TLS_CRL (PEM file, reloaded when it changes), LCS_TRUSTED_PROXIES (addresses of
 *   TLS-terminating proxies whose RFC 9440 Client-Cert header is believed), ADMIN_PORT (plain HTTP
 *   /healthz and /readyz for probes that present no client certificate).
 * subgraph: nothing more.
 *
 * SIGTERM: /readyz turns 503 ("draining") while requests are still served (with Connection:
 * close), so the load balancer moves away; after LCS_DRAIN_MS the listener closes, in-flight
 * requests finish (at most 20 s), then pools and connections close.
 */
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import {
  createSubgraphService,
  listen,
  loadConfig,
  openDatabase,
  recordAuditEvent,
  type Database,
  type Listening,
  type PlatformConfig,
  type Route,
} from '@lcs/platform';
import { connectRedis, redisHealthOf, type SharedRedis } from '@lcs/platform/redis';
import { createGateway } from '@lcs/gateway';
import { createSaml, type SamlDirectory, type SamlService } from '@lcs/gateway/saml';
import { RedisSamlStore } from '@lcs/gateway/saml-redis';
import { createDevIdp, DEV_IDP_PATH } from '@lcs/gateway/dev-idp';
import { httpExecutor } from '@lcs/rest-facade/execute';
import { healthRoutes } from '@lcs/rest-facade/health';
import { docsRoutes } from '@lcs/rest-facade/docs';
import { RedisLeases, redisLimiter } from '@lcs/rest-facade/shared-limits';
import { findStaffUser, getIdpConfig, listStaffUsers } from '@lcs/iam/saml';
import { definition as iam } from '@lcs/iam';
import { SUBGRAPHS } from './subgraphs.ts';
import { ROOT } from './paths.ts';
import { loadOpenApi, loadPersisted } from './stack.ts';
import { startFacadeServer } from './facade-server.ts';
import { ensureSamlKeys } from './pki.ts';

export const PARTS = ['gateway', 'facade', ...SUBGRAPHS.map((d) => d.name)] as const;

/** What iam tells the SAML SP (read as the app role, scoped to the tenant). */
export function samlDirectory(db: Database): SamlDirectory {
  return {
    idp: async (tenant) => getIdpConfig(db.app, tenant),
    findUser: (tenant, who) => findStaffUser(db.app, tenant, who),
    signedIn: (principal) => recordAuditEvent(db.app, 'iam', 'gateway', principal, 'StartSession'),
  };
}

class ConfigError extends Error {}
const need = (env: NodeJS.ProcessEnv, name: string, why: string): string => {
  const v = env[name];
  if (!v) throw new ConfigError(`${name} is required: ${why}`);
  return v;
};
const file = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const p = env[name];
  if (!p) return undefined;
  if (!existsSync(p)) throw new ConfigError(`${name}: no file ${p}`);
  return readFileSync(p, 'utf8');
};

/** A running part: its listeners, and how to stop it gracefully. */
export interface RunningPart {
  name: string;
  urls: string[];
  stop(): Promise<void>;
}

/**
 * In-flight accounting and draining around a handler: while draining, /readyz answers 503 and
 * every answer carries Connection: close, so keep-alive clients and load balancers move away.
 */
function drainable(handler: Route) {
  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const wrapped = async (req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      res.setHeader('connection', 'close');
      if (req.url === '/readyz') {
        const body = '{"status":"draining"}';
        res.writeHead(503, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        return void res.end(body);
      }
    }
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) idle?.();
    });
    await handler(req, res);
  };
  return {
    handler: wrapped,
    isDraining: () => draining,
    startDraining: () => {
      draining = true;
    },
    idle: (timeoutMs: number) =>
      new Promise<void>((resolve) => {
        if (inFlight === 0) return resolve();
        idle = resolve;
        setTimeout(resolve, timeoutMs).unref();
      }),
  };
}

async function closeGracefully(l: Listening, d: ReturnType<typeof drainable>, timeoutMs = 20_000): Promise<void> {
  const closed = new Promise<void>((r) => l.server.close(() => r()));
  l.server.closeIdleConnections();
  await Promise.race([Promise.all([d.idle(timeoutMs), closed]), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  l.server.closeAllConnections();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function servePart(part: string, env: NodeJS.ProcessEnv = process.env): Promise<RunningPart> {
  if (!(PARTS as readonly string[]).includes(part))
    throw new ConfigError(`no part "${part}"; one of: ${PARTS.join(', ')}`);
  const config = loadConfig(env);
  if (!config.db.url)
    throw new ConfigError(
      'DATABASE_URL is required: separately started parts share one PostgreSQL (the embedded PGlite belongs to one process: use pnpm start)',
    );
  const port = Number(env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT: "${env.PORT}" is not a port number`);
  const drainMs = Number(env.LCS_DRAIN_MS ?? 2000);
  const redis = env.REDIS_URL ? connectRedis(env.REDIS_URL, `lcs-${part}`) : undefined;
  const redisHealth = redisHealthOf(redis);
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const stopAll = async () => {
    for (const c of cleanups.reverse())
      await Promise.resolve(c()).catch((e: Error) => console.error(`${part}: while stopping: ${e.message}`));
  };
  if (redis) cleanups.push(() => redis.close());
  try {
    const def = SUBGRAPHS.find((d) => d.name === part);
    if (def) return await serveSubgraph(def, config, port, drainMs, cleanups, stopAll);
    if (part === 'gateway')
      return await serveGateway(config, env, port, drainMs, redis, redisHealth, cleanups, stopAll);
    return await serveFacade(config, env, port, drainMs, redis, redisHealth, cleanups, stopAll);
  } catch (e) {
    await stopAll();
    throw e;
  }
}

type Cleanups = (() => Promise<unknown> | unknown)[];

async function serveSubgraph(
  def: (typeof SUBGRAPHS)[number],
  config: PlatformConfig,
  port: number,
  drainMs: number,
  cleanups: Cleanups,
  stopAll: () => Promise<void>,
): Promise<RunningPart> {
  const db = await openDatabase(config.db, [def.migrations]);
  cleanups.push(() => db.close());
  const s = await createSubgraphService(def, {
    db,
    trust: config.trust,
    introspection: !config.production,
    compiledReads: config.compiledReads,
  });
  cleanups.push(() => s.stop());
  const d = drainable(s.handler);
  const l = await listen(d.handler, port, config.host);
  return {
    name: def.name,
    urls: [`${l.url}/graphql`],
    async stop() {
      d.startDraining();
      await sleep(drainMs);
      await closeGracefully(l, d);
      await stopAll();
    },
  };
}

async function serveGateway(
  config: PlatformConfig,
  env: NodeJS.ProcessEnv,
  port: number,
  drainMs: number,
  redis: SharedRedis | undefined,
  redisHealth: ReturnType<typeof redisHealthOf>,
  cleanups: Cleanups,
  stopAll: () => Promise<void>,
): Promise<RunningPart> {
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((d) => [
      d.name,
      need(env, `SUBGRAPH_${d.name.toUpperCase()}_URL`, `the ${d.name} subgraph's GraphQL URL`),
    ]),
  );
  // iam's tables (IdP configuration, staff users) for staff sign-in; the audit log for StartSession
  const db = await openDatabase(config.db, [iam.migrations]);
  cleanups.push(() => db.close());
  let origin = env.LCS_PUBLIC_URL?.replace(/\/$/, '') ?? '';
  let saml: SamlService | undefined;
  if (env.LCS_SAML_KEYS_DIR) {
    const keys = await ensureSamlKeys(env.LCS_SAML_KEYS_DIR, ['sp-signing', 'sp-encryption']);
    const store = redis ? new RedisSamlStore(redis.client) : undefined;
    saml = createSaml({
      baseUrl: () => origin,
      keys: { signing: keys['sp-signing'], encryption: keys['sp-encryption'] },
      state: store,
      sessions: store,
      directory: samlDirectory(db),
    });
  }
  let prefixRoutes: Record<string, Route> | undefined;
  if (env.LCS_DEV_IDP_KEYS_DIR) {
    if (config.production)
      throw new ConfigError('LCS_DEV_IDP_KEYS_DIR: the development IdP is refused with NODE_ENV=production');
    const keys = await ensureSamlKeys(env.LCS_DEV_IDP_KEYS_DIR, ['dev-idp']);
    const devIdp = createDevIdp({
      baseUrl: () => origin,
      keys: keys['dev-idp'],
      production: config.production,
      listUsers: (tenant) => listStaffUsers(db.app, tenant),
    });
    prefixRoutes = { [DEV_IDP_PATH]: devIdp.handle };
  }
  const gateway = await createGateway({
    supergraphSdl: readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
    subgraphUrls,
    trust: config.trust,
    devAuth: config.devAuth,
    introspection: !config.production,
    persisted: loadPersisted(),
    saml,
    prefixRoutes,
    redisHealth,
  });
  cleanups.push(() => gateway.stop());
  const d = drainable(gateway.handler);
  const l = await listen(d.handler, port, config.host);
  if (!origin) origin = l.url;
  void saml?.warm();
  return {
    name: 'gateway',
    urls: [`${l.url}/graphql`],
    async stop() {
      d.startDraining();
      await sleep(drainMs);
      await closeGracefully(l, d);
      await stopAll();
    },
  };
}

async function serveFacade(
  config: PlatformConfig,
  env: NodeJS.ProcessEnv,
  port: number,
  drainMs: number,
  redis: SharedRedis | undefined,
  redisHealth: ReturnType<typeof redisHealthOf>,
  cleanups: Cleanups,
  stopAll: () => Promise<void>,
): Promise<RunningPart> {
  const gatewayUrl = need(env, 'GATEWAY_URL', "the gateway's GraphQL URL (e.g. its load balancer's)");
  const ca = file(env, 'LCS_TLS_CA');
  const cert = file(env, 'LCS_TLS_CERT');
  const key = file(env, 'LCS_TLS_KEY');
  if (!ca || !cert || !key)
    throw new ConfigError(
      'LCS_TLS_CA, LCS_TLS_CERT and LCS_TLS_KEY are required: the facade serves mutual TLS (PEM files)',
    );
  const crlFile = env.LCS_TLS_CRL;
  const readCrl = () => (crlFile && existsSync(crlFile) ? readFileSync(crlFile, 'utf8') : undefined);
  const proxies = (env.LCS_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const db = await openDatabase(config.db, [iam.migrations]);
  cleanups.push(() => db.close());
  let leases: RedisLeases | undefined;
  if (redis) {
    leases = new RedisLeases(redis);
    cleanups.push(() => leases!.close());
  }
  let drainingNow = () => false;
  const health = healthRoutes({
    checks: {
      database: () => db.app.execute(sql`select 1`),
      gateway: async () => {
        const r = await fetch(new URL('/healthz', gatewayUrl), { signal: AbortSignal.timeout(2000) });
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`gateway /healthz answered ${r.status}`);
      },
    },
    redisHealth,
    draining: () => drainingNow(),
  });
  const f = await startFacadeServer({
    db,
    execute: httpExecutor(gatewayUrl, config.trust),
    host: config.host,
    port,
    tls: { ca, cert, key, crl: readCrl(), proxies },
    extra: { ...docsRoutes(loadOpenApi()), ...health },
    fairShare: redis ? { limiter: redisLimiter(redis), leases } : undefined,
  });
  cleanups.push(() => f.fairShare.close());
  const d = drainable(f.listening.server.listeners('request')[0] as Route);
  // the TLS server's request listener was the facade itself: put the draining wrapper in front
  f.listening.server.removeAllListeners('request');
  f.listening.server.on('request', (req, res) => void d.handler(req, res));
  drainingNow = d.isDraining;
  const urls = [f.url];
  let admin: Listening | undefined;
  let da: ReturnType<typeof drainable> | undefined;
  if (env.ADMIN_PORT) {
    da = drainable((req, res) => {
      const route = health[new URL(req.url ?? '/', 'http://admin').pathname as '/readyz'];
      if (route) return route(req, res);
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"only /healthz and /readyz here"}');
    });
    admin = await listen(da.handler, Number(env.ADMIN_PORT), config.host);
    urls.push(`${admin.url}/readyz`);
  }
  if (crlFile) {
    watchFile(crlFile, { interval: 2000 }, () => {
      f.setCrl(readCrl())
        .then(() => console.log(`facade: reloaded the certificate revocation list ${crlFile}`))
        .catch((e: Error) => console.error(`facade: the CRL ${crlFile} was not loaded: ${e.message}`));
    });
    cleanups.push(() => unwatchFile(crlFile));
  }
  return {
    name: 'facade',
    urls,
    async stop() {
      d.startDraining();
      da?.startDraining();
      await sleep(drainMs);
      await closeGracefully(f.listening, d);
      if (admin) await closeGracefully(admin, da!, 1000);
      await stopAll();
    },
  };
}

/** `lcs serve <part>`: runs it until SIGTERM/SIGINT, then stops gracefully. */
export async function runPart(part: string): Promise<void> {
  let running: RunningPart;
  try {
    running = await servePart(part);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`lcs serve ${part}: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  console.log(`${running.name} ready: ${running.urls.join('  ')}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${running.name}: ${signal}, draining…`);
    running.stop().then(
      () => process.exit(0),
      (e: Error) => {
        console.error(`${running.name}: ${e.message}`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: tsx's loader ends the process on a signal nobody listens to any more
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
