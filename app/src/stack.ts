/**
 * The whole platform in one process: one database, five subgraphs, the gateway. Used by
 * `pnpm start`, by the black-box tests and by the benchmarks, so all three run the same thing.
 */
import { sql } from 'drizzle-orm';
import {
  listen,
  openDatabase,
  type Database,
  type Listening,
  type PlatformConfig,
  type SubgraphService,
  Metrics,
  Readiness,
  drainAndClose,
  logger,
  startAdmin,
  type Logger,
} from '@lcs/platform';
import {
  ENVIRONMENT_HEADER,
  OperationsState,
  gatewayWriteGate,
  maintenanceGate,
  residentRegisterAges,
  statusRoutes,
  type ComponentStatus,
} from '@lcs/platform';
import {
  createGateway,
  devSignInPlugin,
  maintenancePlugin,
  readyDetailPlugin,
  routesPlugin,
  samlPlugin,
  standardPlugins,
  type GatewayService,
} from '@lcs/gateway';
import { SUBGRAPHS, DEFAULT_PORTS } from './subgraphs.ts';
import { createSubgraphService } from '@lcs/platform';
import type { FacadeOptions } from '@lcs/rest-facade';
import { inProcessExecutor } from '@lcs/rest-facade/execute';
import type { FairShare, FairShareOptions } from '@lcs/rest-facade/fair-share';
import {
  startFacadeServer,
  type FacadeExportOptions,
  type FacadeServerOptions,
  type FacadeTls,
} from './facade-server.ts';
import { listStaffUsers } from '@lcs/iam/saml';
import { samlDirectory } from './gateway.ts';
import { loadPersisted, loadSupergraph } from './assets.ts';
import type { ExportService } from '@lcs/rest-facade/exports/service';
import { createDevIdp, DEV_IDP_PATH } from '@lcs/gateway/dev-idp';
import type { KeyPair } from '@lcs/gateway/idp-peer';
import { createSaml, type SamlService, type SpKeys, type SamlStateStore, type SessionStore } from '@lcs/gateway/saml';
import { CONSOLE_PATH, consoleRoutes, explorerEnabled } from '@lcs/gateway/console';
import { CONSOLE_DIST } from '@lcs/console/build';

export { loadOpenApi, loadPersisted, loadRoutes } from './assets.ts';
export type { FacadeTls } from './facade-server.ts';

export interface StackOptions {
  config: PlatformConfig;
  /** Fixed ports (4000–4005) or any free ones (tests). */
  ports: 'default' | 'ephemeral';
  /**
   * The gateway calls the subgraphs in process rather than over their HTTP ports (default true:
   * measured faster in the all-in-one; the ports still serve, e.g. for /readyz and tools).
   */
  inProcessSubgraphs?: boolean;
  /** Warm the SAML schema validator while starting (default true). */
  warmSaml?: boolean;
  onQuery?: (query: string, params: unknown[]) => void;
  /**
   * Serve the REST facade over HTTPS with mutual TLS: its certificate and key, and the CA its
   * clients' certificates must chain to (PEM). Callers are established from the client
   * certificate and an API key in iam's credential store.
   */
  facadeTls?: FacadeTls;
  /** Extra facade routes by exact path; default: the docs page and /openapi.json (rest-facade/src/docs.ts). */
  facadeExtra?: FacadeOptions['extra'];
  /** Fair-share defaults for the facade (usage is written to iam); default: DEFAULT_LIMITS. */
  fairShare?: Omit<FairShareOptions, 'record'>;
  /** Staff sign-in (SAML): the SP's keys; per-tenant IdPs come from iam (`pnpm lcs idp set`). */
  saml?: { keys: SpKeys; state?: SamlStateStore; sessions?: SessionStore; now?: () => number };
  /** DEVELOPMENT ONLY: serve a local IdP at /dev-idp/ signed with these keys (refused in production). */
  devIdp?: KeyPair;
  /** One metrics registry for every part of the process (default: a new one); false: no metrics (LCS_METRICS=0). */
  metrics?: Metrics | false;
  /** Request log lines (one per request); default the process logger (log.ts); false: none. */
  log?: Logger | false;
  /**
   * The admin listener (/metrics, /healthz, /readyz), on 127.0.0.1 unless `host`; port 0: any free
   * one. None: not started.
   */
  admin?: { port: number; host?: string };
  /** Export jobs (rest-facade/src/exports): where files go (default: a fresh temp folder), lane limits, page size. */
  exports?: FacadeExportOptions;
  /** The facade's read-ahead of large list pages (rest-facade read-ahead.ts); default on. */
  readAhead?: FacadeServerOptions['readAhead'];
  /**
   * The GraphQL explorer at /graphql for browsers of signed-in staff (gateway/src/console.ts);
   * default: LCS_GRAPHQL_EXPLORER, else on except in production. The console (/console/) is always served.
   */
  explorer?: boolean;
}

export interface Stack {
  db: Database;
  gateway: GatewayService;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  subgraphs: SubgraphService[];
  /** The REST facade's base URL (…/WE.EC.Integration.Host), when it runs. */
  facadeUrl?: string;
  /** The facade's fair share (rate limits and usage counting), when the facade runs. */
  fairShare?: FairShare;
  /** The facade's export jobs, when the facade runs. */
  exports?: ExportService;
  /** The export runner's process id (none: export jobs run in this process). */
  exportRunnerPid?: number;
  /** Replaces the facade's CRL (PEM; undefined: none) without a restart; new connections see it. */
  setFacadeCrl(crl: string | undefined): Promise<void>;
  saml?: SamlService;
  /** The development IdP's metadata and entity id, when it runs. */
  devIdp?: { metadata(): string; entityId(): string };
  /** The process's metrics registry (undefined when metrics are off). */
  metrics?: Metrics;
  /** /readyz of the process: the database and each subgraph; add further checks (e.g. Redis) with `readiness.add`. */
  readiness: Readiness;
  /** The admin listener's /metrics URL, when it runs. */
  metricsUrl?: string;
  /** Graceful stop (SIGTERM): not ready, stop accepting, finish in-flight requests, close pools. */
  drain(o?: { delayMs?: number; deadlineMs?: number }): Promise<void>;
  /** Whether the GraphQL explorer is served at /graphql to browsers. */
  explorer: boolean;
  /** Warming the SAML schema validator, begun at start: resolves to how long it took (ms). */
  samlWarm?: Promise<number>;
  /** Operations state (maintenance, windows) this process acts on; read from the database. */
  ops: OperationsState;
  /** The public status page (served by the gateway's listener, answering in maintenance too). */
  statusUrl: string;
  stop(): Promise<void>;
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const metrics = o.metrics === false ? undefined : (o.metrics ?? new Metrics());
  const log = o.log === false ? undefined : (o.log ?? logger);
  const observe = (part: string) => ({ part, metrics, log });
  // On a PGlite directory the all-in-one serves its database to local tools (`pnpm lcs …`, cli-db.ts).
  const db = await openDatabase(
    { ...o.config.db, onQuery: o.onQuery, metrics, serveLocal: true, openedBy: 'lcs start (all-in-one)' },
    SUBGRAPHS.map((d) => d.migrations),
  );
  const readiness = new Readiness([{ name: 'database', check: () => db.app.execute(sql`select 1`) }], metrics);
  let admin: (Listening & { metricsUrl: string }) | undefined;
  const listening: Listening[] = [];
  const services: SubgraphService[] = [];
  const subgraphUrls: Record<string, string> = {};
  try {
    for (const def of SUBGRAPHS) {
      const s = await createSubgraphService(def, {
        db,
        trust: o.config.trust,
        introspection: !o.config.production,
        config: o.config,
        compiledReads: o.config.compiledReads,
        metrics,
      });
      services.push(s);
      const l = await listen(
        (req, res) => {
          res.setHeader(ENVIRONMENT_HEADER, o.config.environment);
          return s.handler(req, res);
        },
        o.ports === 'default' ? DEFAULT_PORTS[def.name]! : 0,
        o.config.host,
        undefined,
        observe(`subgraph:${def.name}`),
      );
      listening.push(l);
      subgraphUrls[def.name] = `${l.url}/graphql`;
    }
    const persisted = loadPersisted();
    // The gateway's public origin is known once it listens (ephemeral ports in tests).
    let gatewayOrigin = '';
    const saml =
      o.saml &&
      createSaml({
        baseUrl: () => gatewayOrigin,
        keys: o.saml.keys,
        state: o.saml.state,
        sessions: o.saml.sessions,
        now: o.saml.now,
        landing: () => CONSOLE_PATH,
        directory: samlDirectory(db),
      });
    const devIdp =
      o.devIdp &&
      createDevIdp({
        baseUrl: () => gatewayOrigin,
        keys: o.devIdp,
        production: o.config.production,
        listUsers: (tenant) => listStaffUsers(db.app, tenant),
        environment: o.config.environment,
      });
    // Operations (issue 17): maintenance, windows and resident-register freshness, read from the database.
    const ops = new OperationsState(db.app, o.config.environment);
    metrics?.watchResidentRegister(() => residentRegisterAges(db.app));
    let facadeListening = false;
    const components = async (): Promise<ComponentStatus[]> => {
      const dbOk = await db.app.execute(sql`select 1`).then(
        () => true,
        () => false,
      );
      return [
        { name: 'gateway', state: 'operational' },
        ...(o.facadeTls
          ? [{ name: 'REST facade', state: facadeListening ? ('operational' as const) : ('down' as const) }]
          : []),
        ...services.map((sv) => ({
          name: `subgraph ${sv.name}`,
          state: dbOk ? ('operational' as const) : ('down' as const),
        })),
        { name: `database (${db.kind})`, state: dbOk ? 'operational' : 'down' },
        { name: 'sign-in (SAML)', state: saml ? 'operational' : 'down', ...(saml ? {} : { detail: 'not configured' }) },
      ];
    };
    const status = statusRoutes({ ops, components });
    const web = consoleRoutes({
      dir: CONSOLE_DIST,
      persisted,
      explorer: o.explorer ?? explorerEnabled(process.env, o.config.production),
      staff: async (req) => saml?.authenticate(req),
    });
    const readyDetail = async () => {
      const m = await ops.maintenance();
      const kir = await residentRegisterAges(db.app);
      return {
        ...(m.mode === 'on' ? { ready: false } : {}),
        environment: o.config.environment,
        maintenance: { mode: m.mode, ...(m.mode !== 'off' ? { reason: m.reason, until: m.until } : {}) },
        residentRegister: {
          stale: kir
            .filter((k) => k.stale)
            .map((k) => ({
              tenant: k.tenant,
              lastBatchAt: k.lastBatchAt,
              warning: 'no resident-register notification batch for more than 7 days',
            })),
        },
      };
    };
    // The all-in-one's gateway: its features, in order (gateway/src/plugins.ts)
    const gateway = await createGateway({
      supergraphSdl: loadSupergraph(),
      subgraphUrls,
      trust: o.config.trust,
      introspection: !o.config.production || web.explorerOn,
      localSubgraphs: o.inProcessSubgraphs === false ? undefined : Object.fromEntries(services.map((s) => [s.name, s])),
      metrics,
      readiness,
      plugins: [
        ...standardPlugins({ persisted }),
        ...(saml ? [samlPlugin(saml, { operatorTenant: o.config.operatorTenant })] : []),
        ...(o.config.devAuth ? [devSignInPlugin()] : []),
        maintenancePlugin(gatewayWriteGate(ops)),
        readyDetailPlugin(readyDetail),
        routesPlugin('console', {
          routes: web.routes,
          prefixRoutes: { ...web.prefixRoutes, ...(devIdp ? { [DEV_IDP_PATH]: devIdp.handle } : {}) },
          intercept: web.explorer,
        }),
      ],
    });
    const gatewayGate = maintenanceGate(gateway.handler, {
      ops,
      api: 'graphql',
      routes: status,
      exempt: (p) => p === '/readyz',
    });
    const gl = await listen(
      gatewayGate.handler,
      o.ports === 'default' ? DEFAULT_PORTS.gateway! : 0,
      o.config.host,
      undefined,
      observe('gateway'),
    );
    gatewayOrigin = gl.url;
    // The schema validator's first run takes seconds: start it now, not at the first sign-in
    // (pnpm start defers it until the platform answers, so start-up is not charged for it).
    const samlWarm = o.warmSaml === false ? undefined : saml?.warm();
    listening.push(gl);
    let facadeUrl: string | undefined;
    let fairShare: FairShare | undefined;
    let exports: ExportService | undefined;
    let exportRunnerPid: number | undefined;
    let setFacadeCrl: Stack['setFacadeCrl'] = async () => {
      throw new Error('the facade does not run over TLS');
    };
    if (o.facadeTls) {
      const f = await startFacadeServer({
        db,
        execute: inProcessExecutor(gateway, persisted, o.config.trust),
        host: o.config.host,
        port: o.ports === 'default' ? DEFAULT_PORTS.facade! : 0,
        tls: o.facadeTls,
        extra: o.facadeExtra,
        fairShare: o.fairShare,
        readAhead: o.readAhead,
        metrics,
        observe: observe('facade'),
        exports: o.exports,
        runnerConfig: o.config,
        docsTitle: `Lifecare Welfare API Services – ${o.config.environment.toUpperCase()}`,
        // maintenance: the API answers 503 + Retry-After; the status page and documentation keep answering
        gate: (handler, basePath) =>
          maintenanceGate(handler, { ops, api: 'rest', routes: status, exempt: (p) => !p.startsWith(`${basePath}/`) })
            .handler,
      });
      fairShare = f.fairShare;
      setFacadeCrl = f.setCrl;
      listening.push(f.listening);
      facadeUrl = f.url;
      exports = f.exports;
      exportRunnerPid = f.exportRunner?.pid;
      facadeListening = true;
    }
    if (o.admin) admin = await startAdmin({ metrics, readiness, port: o.admin.port, host: o.admin.host });
    let stopped: Promise<void> | undefined;
    const closeAll = [
      () => exports?.stop() ?? Promise.resolve(),
      () => fairShare?.close().catch(() => {}) ?? Promise.resolve(),
      () => gateway.stop(),
      () => Promise.all(services.map((s) => s.stop())),
      () => db.close(),
      () => admin?.close() ?? Promise.resolve(),
    ];
    return {
      db,
      gateway,
      subgraphUrls,
      subgraphs: services,
      gatewayUrl: `${gl.url}/graphql`,
      facadeUrl,
      fairShare,
      setFacadeCrl,
      saml,
      samlWarm,
      devIdp,
      exports,
      exportRunnerPid,
      explorer: web.explorerOn,
      metrics,
      readiness,
      metricsUrl: admin?.metricsUrl,
      ops,
      statusUrl: `${gl.url}/status`,
      // stop and drain run once, whichever comes first (a drained stack is stopped)
      async stop() {
        if (stopped) return stopped;
        stopped = (async () => {
          await Promise.all(listening.map((l) => l.close()));
          for (const close of closeAll) await close();
        })();
        return stopped;
      },
      async drain(d = {}) {
        if (stopped) return stopped;
        for (const s of services) s.readiness.drain();
        stopped = drainAndClose({ readiness, listeners: listening, close: closeAll, ...d });
        return stopped;
      },
    };
  } catch (e) {
    await Promise.all(listening.map((l) => l.close()));
    await admin?.close();
    await db.close();
    throw e;
  }
}
