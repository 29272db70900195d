/**
 * The whole platform in one process: one database, five subgraphs, the gateway. Used by
 * `pnpm start`, by the black-box tests and by the benchmarks, so all three run the same thing.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import {
  listen, openDatabase, recordAuditEvent, type Database, type Listening, type PlatformConfig, type SubgraphService,
  Metrics, Readiness, drainAndClose, logger, startAdmin, type Logger,
} from '@lcs/platform';
import { createGateway, type GatewayService } from '@lcs/gateway';
import { SUBGRAPHS, DEFAULT_PORTS } from './subgraphs.ts';
import { ROOT } from './generate.ts';
import { createSubgraphService } from '@lcs/platform';
import { createFacade, type Authenticate, type FacadeOptions } from '@lcs/rest-facade';
import { inProcessExecutor } from '@lcs/rest-facade/execute';
import { createAuthenticator, tlsClientCertificate } from '@lcs/rest-facade/auth';
import { normaliseAddress, proxiedClientCertificate } from '@lcs/rest-facade/proxy';
import { PlatformError } from '@lcs/platform';
import { crlNextUpdate, crlSerials } from './pki.ts';
import { docsRoutes } from '@lcs/rest-facade/docs';
import type { RouteTable } from '@lcs/rest-facade/manifest';
import { recordUsage, verifyApiKey } from '@lcs/iam/credentials';
import { FairShare, type FairShareOptions } from '@lcs/rest-facade/fair-share';
import { findStaffUser, getIdpConfig, listStaffUsers } from '@lcs/iam/saml';
import { createDevIdp, DEV_IDP_PATH } from '@lcs/gateway/dev-idp';
import type { KeyPair } from '@lcs/gateway/idp-peer';
import { createSaml, type SamlService, type SpKeys, type SamlStateStore, type SessionStore } from '@lcs/gateway/saml';

export interface StackOptions {
  config: PlatformConfig;
  /** Fixed ports (4000–4005) or any free ones (tests). */
  ports: 'default' | 'ephemeral';
  /**
   * The gateway calls the subgraphs in process rather than over their HTTP ports (default true:
   * measured faster in the all-in-one; the ports still serve, e.g. for /readyz and tools).
   */
  inProcessSubgraphs?: boolean;
  /** BENCHMARKS ONLY: false skips writing audit records (to measure their cost). Default true. */
  audit?: boolean;
  /** Warm the SAML schema validator while starting (default true). */
  warmSaml?: boolean;
  onQuery?: (query: string, params: unknown[]) => void;
  /**
   * Serve the REST facade over HTTPS with mutual TLS: its certificate and key, and the CA its
   * clients' certificates must chain to (PEM). Callers are established from the client
   * certificate and an API key in iam's credential store.
   */
  facadeTls?: FacadeTls;
  /**
   * Replaces the credential checks (the facade then runs over plain HTTP unless facadeTls is
   * given too). Transitional: only for tests written before the TLS work.
   */
  facadeAuth?: Authenticate;
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
  /** The admin listener (/metrics, /healthz, /readyz), on 127.0.0.1 unless `host`; port 0: any free one. None: not started. */
  admin?: { port: number; host?: string };
}

export interface FacadeTls {
  /** CA certificate(s) client certificates must chain to. */
  ca: string | string[];
  /** The facade's server certificate and key. */
  cert: string;
  key: string;
  /** The CA's certificate revocation list (PEM); replace it at run time with Stack.setFacadeCrl. */
  crl?: string;
  /**
   * Behind TLS-terminating proxies: their addresses. The RFC 9440 Client-Cert header is then
   * taken from them only (stripped from anyone else), and TLS no longer refuses connections
   * without a verified certificate (the authenticator does, with 401).
   */
  proxies?: string[];
  /** Accept TLS connections without a client certificate, for no-certificate licences (address allow-lists). */
  allowNoCertificate?: boolean;
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
  /** Warming the SAML schema validator, begun at start: resolves to how long it took (ms). */
  samlWarm?: Promise<number>;
  stop(): Promise<void>;
}

export function loadPersisted(): Record<string, string> {
  return JSON.parse(readFileSync(join(ROOT, 'schema/persisted-operations.json'), 'utf8'));
}

export function loadRoutes(): RouteTable {
  return JSON.parse(readFileSync(join(ROOT, 'rest-facade/src/__generated__/routes.json'), 'utf8'));
}

export function loadOpenApi(): object {
  return JSON.parse(readFileSync(join(ROOT, 'rest-facade/openapi.json'), 'utf8'));
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const metrics = o.metrics === false ? undefined : (o.metrics ?? new Metrics());
  const log = o.log === false ? undefined : (o.log ?? logger);
  const observe = (part: string) => ({ part, metrics, log });
  const db = await openDatabase({ ...o.config.db, onQuery: o.onQuery, metrics }, SUBGRAPHS.map((d) => d.migrations));
  const readiness = new Readiness([{ name: 'database', check: () => db.app.execute(sql`select 1`) }], metrics);
  let admin: (Listening & { metricsUrl: string }) | undefined;
  const listening: Listening[] = [];
  const services: SubgraphService[] = [];
  const subgraphUrls: Record<string, string> = {};
  try {
    for (const def of SUBGRAPHS) {
      const s = await createSubgraphService(def, { db, trust: o.config.trust, introspection: !o.config.production, audit: o.audit, compiledReads: o.config.compiledReads, metrics });
      services.push(s);
      const l = await listen(s.handler, o.ports === 'default' ? DEFAULT_PORTS[def.name]! : 0, o.config.host, undefined, observe(`subgraph:${def.name}`));
      listening.push(l);
      subgraphUrls[def.name] = `${l.url}/graphql`;
    }
    const persisted = loadPersisted();
    // The gateway's public origin is known once it listens (ephemeral ports in tests).
    let gatewayOrigin = '';
    const saml = o.saml && createSaml({
      baseUrl: () => gatewayOrigin, keys: o.saml.keys, state: o.saml.state, sessions: o.saml.sessions, now: o.saml.now,
      directory: {
        idp: async (tenant) => getIdpConfig(db.app, tenant),
        findUser: (tenant, who) => findStaffUser(db.app, tenant, who),
        signedIn: (principal) => recordAuditEvent(db.app, 'iam', 'gateway', principal, 'StartSession'),
      },
    });
    const devIdp = o.devIdp && createDevIdp({
      baseUrl: () => gatewayOrigin, keys: o.devIdp, production: o.config.production, listUsers: (tenant) => listStaffUsers(db.app, tenant),
    });
    const gateway = await createGateway({
      supergraphSdl: readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
      subgraphUrls, trust: o.config.trust, devAuth: o.config.devAuth, introspection: !o.config.production, persisted, saml,
      localSubgraphs: o.inProcessSubgraphs === false ? undefined : Object.fromEntries(services.map((s) => [s.name, s])),
      prefixRoutes: devIdp ? { [DEV_IDP_PATH]: devIdp.handle } : undefined,
      metrics, readiness,
    });
    const gl = await listen(gateway.handler, o.ports === 'default' ? DEFAULT_PORTS.gateway! : 0, o.config.host, undefined, observe('gateway'));
    gatewayOrigin = gl.url;
    // The schema validator's first run takes seconds: start it now, not at the first sign-in
    // (pnpm start defers it until the platform answers, so start-up is not charged for it).
    const samlWarm = o.warmSaml === false ? undefined : saml?.warm();
    listening.push(gl);
    let facadeUrl: string | undefined;
    let fairShare: FairShare | undefined;
    let setFacadeCrl: Stack['setFacadeCrl'] = async () => { throw new Error('the facade does not run over TLS'); };
    if (o.facadeTls || o.facadeAuth) {
      const routes = loadRoutes();
      const ft = o.facadeTls;
      // Revoked serials of the CA's CRL: OpenSSL checks TLS peers against the CRL itself; forwarded certificates are checked here.
      let revoked = new Set<string>();
      const caPem = ft ? [ft.ca].flat()[0]! : '';
      const proxies = new Set((ft?.proxies ?? []).map(normaliseAddress));
      const peer = ft?.proxies?.length ? proxiedClientCertificate({ proxies: ft.proxies, ca: ft.ca, isRevoked: (serial) => revoked.has(serial) }) : tlsClientCertificate;
      const authenticate = o.facadeAuth ?? createAuthenticator({
        verifyKey: (key, fingerprint) => verifyApiKey(db.app, key, fingerprint),
        clientCertificate: (req) => {
          const c = peer(req);
          if (c && revoked.has(c.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''))) throw new PlatformError('UNAUTHENTICATED', 'the client certificate has been revoked');
          return c;
        },
        // Behind a proxy, the client's address is the last X-Forwarded-For entry the proxy added.
        clientAddress: (req) => {
          const from = normaliseAddress(req.socket.remoteAddress);
          const fwd = req.headers['x-forwarded-for'];
          return proxies.has(from) && typeof fwd === 'string' ? fwd.split(',').pop()!.trim() : from;
        },
      });
      fairShare = new FairShare({ ...o.fairShare, record: (d) => recordUsage(db.app, d), metrics });
      const facade = createFacade({
        routes, authenticate, fairShare, execute: inProcessExecutor(gateway, persisted, o.config.trust), extra: o.facadeExtra ?? docsRoutes(loadOpenApi()), metrics,
      });
      // the CRL's freshness: an alert fires when its nextUpdate has passed (deploy/observability)
      const crlLoaded = (crl: string | undefined) => {
        metrics?.crlLoaded.set(Date.now() / 1000);
        const next = crl ? crlNextUpdate(crl) : undefined;
        if (next) metrics?.crlNextUpdate.set(next.getTime() / 1000);
        else metrics?.crlNextUpdate.reset();
      };
      const tls = o.facadeTls && {
        ca: o.facadeTls.ca, cert: o.facadeTls.cert, key: o.facadeTls.key,
        requestCert: true, rejectUnauthorized: !(o.facadeTls.proxies?.length || o.facadeTls.allowNoCertificate), minVersion: 'TLSv1.2' as const,
        ...(o.facadeTls.crl ? { crl: o.facadeTls.crl } : {}),
      };
      if (ft?.crl) revoked = await crlSerials(ft.crl, caPem);
      if (ft?.crl) crlLoaded(ft.crl);
      const fl = await listen(facade, o.ports === 'default' ? DEFAULT_PORTS.facade! : 0, o.config.host, tls, observe('facade'));
      if (tls) {
        setFacadeCrl = async (crl) => {
          const next = crl ? await crlSerials(crl, caPem) : new Set<string>();
          (fl.server as import('node:https').Server).setSecureContext({ ca: tls.ca, cert: tls.cert, key: tls.key, ...(crl ? { crl } : {}) });
          revoked = next;
          crlLoaded(crl);
        };
      }
      listening.push(fl);
      facadeUrl = `${fl.url}${routes.basePath}`;
    }
    if (o.admin) admin = await startAdmin({ metrics, readiness, port: o.admin.port, host: o.admin.host });
    let stopped: Promise<void> | undefined;
    const closeAll = [
      () => fairShare?.close().catch(() => {}) ?? Promise.resolve(),
      () => gateway.stop(),
      () => Promise.all(services.map((s) => s.stop())),
      () => db.close(),
      () => admin?.close() ?? Promise.resolve(),
    ];
    return {
      db, gateway, subgraphUrls, subgraphs: services, gatewayUrl: `${gl.url}/graphql`, facadeUrl, fairShare, setFacadeCrl, saml, samlWarm, devIdp,
      metrics, readiness, metricsUrl: admin?.metricsUrl,
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
