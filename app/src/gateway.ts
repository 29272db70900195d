/**
 * The gateway as a process of its own (`lcs serve gateway`). Environment, besides the common
 * settings (platform/src/part.ts): SUBGRAPH_<NAME>_URL for each subgraph, LCS_PUBLIC_URL (the
 * origin browsers and the IdP see, e.g. the load balancer's: SAML entity ids and ACS URLs derive
 * from it), LCS_SAML_KEYS_DIR (sp-signing.crt/.key, sp-encryption.crt/.key: staff sign-in; the
 * same on every replica), LCS_DEV_IDP_KEYS_DIR (dev-idp.crt/.key: DEVELOPMENT IdP at /dev-idp/,
 * refused in production), REDIS_URL (SAML state and sessions shared between replicas).
 */
import {
  closingWhileDraining,
  listen,
  loadConfig,
  observeOf,
  openDatabase,
  partSettings,
  partTelemetry,
  recordAuditEvent,
  servePart,
  type Database,
  type PartSettings,
  type PlatformConfig,
  type Route,
  type RunningPart,
} from '@lcs/platform';
import { connectRedis, redisHealthOf } from '@lcs/platform/redis';
import {
  createGateway,
  devSignInPlugin,
  redisHealthPlugin,
  routesPlugin,
  samlPlugin,
  standardPlugins,
  type GatewayPlugin,
} from '@lcs/gateway';
import { createSaml, type SamlDirectory, type SamlService } from '@lcs/gateway/saml';
import { RedisSamlStore } from '@lcs/gateway/saml-redis';
import { createDevIdp, DEV_IDP_PATH } from '@lcs/gateway/dev-idp';
import { findStaffUser, getIdpConfig, listStaffUsers } from '@lcs/iam/saml';
import { definition as iam } from '@lcs/iam';
import { DEFAULT_PORTS, SUBGRAPHS } from './subgraphs.ts';
import { loadPersisted, loadSupergraph } from './assets.ts';
import { ensureSamlKeys } from './pki.ts';
import { ConfigError, need } from './env.ts';
import { sharedDatabaseConfig } from './subgraph.ts';

/** What iam tells the SAML SP (read as the app role, scoped to the tenant). */
export function samlDirectory(db: Database): SamlDirectory {
  return {
    idp: async (tenant) => getIdpConfig(db.app, tenant),
    findUser: (tenant, who) => findStaffUser(db.app, tenant, who),
    signedIn: (principal) => recordAuditEvent(db.app, 'iam', 'gateway', principal, 'StartSession'),
  };
}

export interface GatewayPartConfig {
  platform: PlatformConfig;
  part: PartSettings;
  subgraphUrls: Record<string, string>;
  publicUrl?: string;
  samlKeysDir?: string;
  devIdpKeysDir?: string;
  redisUrl?: string;
  /** In-flight deduplication of identical subgraph reads (LCS_GATEWAY_DEDUP=0 turns it off, to measure it). */
  dedup: boolean;
}

export function gatewayConfig(env: NodeJS.ProcessEnv): GatewayPartConfig {
  // the database (iam's IdP configuration and staff users) only for sign-in
  const signIn = !!(env.LCS_SAML_KEYS_DIR || env.LCS_DEV_IDP_KEYS_DIR);
  const platform = signIn ? sharedDatabaseConfig(env) : loadConfig(env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((d) => [
      d.name,
      need(env, `SUBGRAPH_${d.name.toUpperCase()}_URL`, `the ${d.name} subgraph's GraphQL URL`),
    ]),
  );
  if (env.LCS_DEV_IDP_KEYS_DIR && platform.production)
    throw new ConfigError('LCS_DEV_IDP_KEYS_DIR: the development IdP is refused with NODE_ENV=production');
  return {
    platform,
    part: partSettings(env, { port: DEFAULT_PORTS.gateway! }),
    subgraphUrls,
    publicUrl: env.LCS_PUBLIC_URL?.replace(/\/$/, '') || undefined,
    samlKeysDir: env.LCS_SAML_KEYS_DIR || undefined,
    devIdpKeysDir: env.LCS_DEV_IDP_KEYS_DIR || undefined,
    redisUrl: env.REDIS_URL || undefined,
    dedup: env.LCS_GATEWAY_DEDUP !== '0',
  };
}

export async function startGateway(c: GatewayPartConfig): Promise<RunningPart> {
  const t = await partTelemetry('gateway', c.part);
  const cleanups: (() => Promise<unknown>)[] = [];
  const closeAll = async () => {
    for (const close of cleanups.reverse()) await close().catch(() => {});
  };
  try {
    const redis = c.redisUrl ? connectRedis(c.redisUrl, 'lcs-gateway') : undefined;
    if (redis) cleanups.push(() => redis.close());
    // iam's tables (IdP configuration, staff users) for staff sign-in; the audit log for StartSession
    const signIn = !!(c.samlKeysDir || c.devIdpKeysDir);
    const db = signIn
      ? await openDatabase({ ...c.platform.db, applicationName: 'lcs-gateway', metrics: t.metrics }, [iam.migrations])
      : undefined;
    if (db) cleanups.push(() => db.close());
    let origin = c.publicUrl ?? '';
    let saml: SamlService | undefined;
    if (c.samlKeysDir && db) {
      const keys = await ensureSamlKeys(c.samlKeysDir, ['sp-signing', 'sp-encryption']);
      const store = redis ? new RedisSamlStore(redis.client) : undefined;
      saml = createSaml({
        baseUrl: () => origin,
        keys: { signing: keys['sp-signing'], encryption: keys['sp-encryption'] },
        state: store,
        sessions: store,
        directory: samlDirectory(db),
      });
    }
    let prefixRoutes: Record<string, Route> = {};
    if (c.devIdpKeysDir && db) {
      const keys = await ensureSamlKeys(c.devIdpKeysDir, ['dev-idp']);
      const devIdp = createDevIdp({
        baseUrl: () => origin,
        keys: keys['dev-idp'],
        production: c.platform.production,
        listUsers: (tenant) => listStaffUsers(db.app, tenant),
      });
      prefixRoutes = { [DEV_IDP_PATH]: devIdp.handle };
    }
    const persisted = loadPersisted();
    const plugins: GatewayPlugin[] = [
      ...standardPlugins({ persisted, dedup: c.dedup }),
      ...(saml ? [samlPlugin(saml, { operatorTenant: c.platform.operatorTenant })] : []),
      ...(c.platform.devAuth ? [devSignInPlugin()] : []),
      redisHealthPlugin(redisHealthOf(redis)),
      routesPlugin('dev-idp', { prefixRoutes }),
    ];
    const gateway = await createGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls: c.subgraphUrls,
      trust: c.platform.trust,
      introspection: !c.platform.production,
      metrics: t.metrics,
      plugins,
    });
    cleanups.push(() => gateway.stop());
    const handler = closingWhileDraining(gateway.handler, gateway.readiness);
    const l = await listen(handler, c.part.port, c.platform.host, undefined, observeOf(t));
    if (!origin) origin = l.url;
    void saml?.warm();
    return await servePart(t, c.part, {
      name: 'gateway',
      listening: [l],
      urls: [`${l.url}/graphql`],
      readiness: gateway.readiness,
      close: [closeAll],
    });
  } catch (e) {
    await closeAll();
    await t.tracing?.shutdown();
    throw e;
  }
}
