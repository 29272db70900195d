/**
 * The REST facade with its credential checks, as the all-in-one (stack.ts) and a facade process
 * of its own (facade.ts) both run it: mutual TLS (or a TLS-terminating proxy's RFC 9440
 * Client-Cert, believed from the configured proxy addresses only), API keys from iam, the CA's
 * revocation list, fair share, and an executor (in process, or over HTTP to a gateway).
 */
import type { TLSSocket } from 'node:tls';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  exportJobStore,
  listen,
  PlatformError,
  withinBudget,
  type Database,
  type PlatformConfig,
  type Listening,
  type Metrics,
  type ObserveOptions,
  type Route,
} from '@lcs/platform';
import { createFacade, type Authenticate, type Execute, type FacadeOptions } from '@lcs/rest-facade';
import { ReadAhead, type ReadAheadOptions } from '@lcs/rest-facade/read-ahead';
import { createAuthenticator, tlsClientCertificate } from '@lcs/rest-facade/auth';
import { normaliseAddress, proxiedClientCertificate } from '@lcs/rest-facade/proxy';
import { docsRoutes } from '@lcs/rest-facade/docs';
import { FairShare, type FairShareOptions } from '@lcs/rest-facade/fair-share';
import { onCredentialsChanged, readCredentialGeneration, recordUsage, verifyApiKey } from '@lcs/iam/credentials';
import { VerdictCache } from '@lcs/rest-facade/verdict-cache';
import { createExportService, type ExportService, type ExportServiceOptions } from '@lcs/rest-facade/exports/service';
import { createODataFeed } from '@lcs/rest-facade/odata/feed';
import { forkExportRunner, type ExportRunner } from './export-runner.ts';
import { crlNextUpdate, crlSerials } from './pki.ts';
import { loadOpenApi, loadRoutes } from './assets.ts';
import { fairWorkingOf, keyVerdictEveryMsOf } from './env.ts';

export interface FacadeTls {
  /** CA certificate(s) client certificates must chain to. */
  ca: string | string[];
  /** The facade's server certificate and key. */
  cert: string;
  key: string;
  /** The CA's certificate revocation list (PEM); replace it at run time with FacadeServer.setCrl. */
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

export type FacadeExportOptions = Partial<
  Pick<ExportServiceOptions, 'dir' | 'lane' | 'pageSize' | 'keepHours' | 'pageDelayMs' | 'quota'>
> & {
  /**
   * Where jobs run: 'process', a child process on PostgreSQL (the deployed all-in-one asks for it), or
   * this process (the default: PGlite, the test stacks, which would otherwise fork one runner each).
   */
  runner?: 'process' | 'in-process';
  /**
   * The runner's jobs give way to this facade's interactive requests (their count is relayed to it
   * every few ms). Default true; false only to measure what the relay is worth (bench/export.ts --no-relay).
   */
  relay?: boolean;
};

export interface FacadeServerOptions {
  db: Database;
  execute: Execute;
  host: string;
  port: number;
  tls: FacadeTls;
  extra?: FacadeOptions['extra'];
  fairShare?: Omit<FairShareOptions, 'record'>;
  /** The process's metrics (requests, fair share, CRL freshness); none: not recorded. */
  metrics?: Metrics;
  /** Request observation of the listener (metrics, spans, request log lines). */
  observe?: ObserveOptions;
  /** The documentation page's title (e.g. naming the environment). */
  docsTitle?: string;
  /** Export jobs: where files go (default: a fresh temp folder), lane limits, page size. */
  exports?: FacadeExportOptions;
  /**
   * The configuration a runner process starts from (export-runner.ts): given, and on PostgreSQL,
   * export jobs run in that child process unless `exports.runner` is 'in-process'.
   */
  runnerConfig?: PlatformConfig;
  /** The runner's pages go to this gateway over HTTP (a facade of its own); none: its own gateway in process. */
  runnerGatewayUrl?: string;
  /** Wraps the facade's handler (e.g. the maintenance gate); given the contract's base path. */
  gate?: (handler: Route, basePath: string) => Route;
  /**
   * Large list pages read ahead for callers walking them (rest-facade read-ahead.ts), when `execute`
   * defers a held read's audit (in process). Default: on with PostgreSQL, off with PGlite (one
   * connection, in this process's own thread: nothing to overlap, only more work queued before other
   * callers'); given options: on; false: off.
   */
  readAhead?: Omit<ReadAheadOptions, 'metrics'> | false;
  /**
   * Key verdicts kept between a partner's requests (rest-facade verdict-cache.ts), dropped when the
   * credential generation moves (read every `everyMs`). Default: on, every LCS_KEY_VERDICT_MS or
   * 1,000 ms (LCS_KEY_VERDICT_MS=0: off); false: every request looks its key up.
   */
  keyVerdicts?: { everyMs?: number } | false;
}

export interface FacadeServer {
  listening: Listening;
  /** …/WE.EC.Integration.Host */
  url: string;
  fairShare: FairShare;
  /** Export jobs (started; stop() them before the database closes). */
  exports: ExportService;
  /** The export runner process (none: jobs run in this process). */
  exportRunner?: ExportRunner;
  /** Replaces the CRL (PEM; undefined: none) without a restart; new connections see it. */
  setCrl(crl: string | undefined): Promise<void>;
}

/** The runner gets its configuration over IPC: a configuration carrying functions (tests' hooks) stays in process. */
function sendable(config: PlatformConfig): boolean {
  try {
    structuredClone(config);
    return true;
  } catch {
    return false;
  }
}

/**
 * How long a request waits for its credential check (one indexed lookup): past it the caller gets
 * 503 + Retry-After, not a hang, if a database connection stops answering.
 */
export const CREDENTIAL_CHECK_BUDGET_MS = 10_000;

export async function startFacadeServer(o: FacadeServerOptions): Promise<FacadeServer> {
  const routes = loadRoutes();
  const ft = o.tls;
  // Revoked serials of the CA's CRL: OpenSSL checks TLS peers against the CRL itself; forwarded
  // certificates are checked here.
  let revoked = new Set<string>();
  const caPem = ft ? [ft.ca].flat()[0]! : '';
  const proxies = new Set((ft?.proxies ?? []).map(normaliseAddress));
  const peer = ft?.proxies?.length
    ? proxiedClientCertificate({ proxies: ft.proxies, ca: ft.ca, isRevoked: (serial) => revoked.has(serial) })
    : tlsClientCertificate;
  const metrics = o.metrics;
  const budgeted = <T>(what: string, work: Promise<T>) =>
    withinBudget(work, CREDENTIAL_CHECK_BUDGET_MS, what, () => o.db.poolState?.());
  const lookUp = (key: string, fingerprint: string | undefined) =>
    budgeted('credential check', verifyApiKey(o.db.app, key, fingerprint));
  const everyMs = o.keyVerdicts === false ? 0 : (o.keyVerdicts?.everyMs ?? keyVerdictEveryMsOf(process.env) ?? 1_000);
  const keyVerdicts =
    everyMs > 0
      ? new VerdictCache({
          verify: lookUp,
          generation: () => budgeted('credential generation', readCredentialGeneration(o.db.app)),
          everyMs,
          counted: (source) => metrics?.facadeKeyChecks.inc({ source }),
          onReadFailure: (e) =>
            e
              ? console.error(
                  `facade: the credential generation could not be read (${(e as Error).message}); ` +
                    'every key is looked up until it can',
                )
              : console.log('facade: the credential generation can be read again; key verdicts are kept'),
        })
      : undefined;
  const stopHearing = keyVerdicts ? onCredentialsChanged(() => keyVerdicts.changed()) : undefined;
  const checked = createAuthenticator({
    verifyKey: keyVerdicts
      ? (key, fingerprint) => keyVerdicts.verify(key, fingerprint)
      : (key, fingerprint) => {
          metrics?.facadeKeyChecks.inc({ source: 'store' });
          return lookUp(key, fingerprint);
        },
    clientCertificate: (req) => {
      const c = peer(req);
      if (c && revoked.has(c.serialNumber.toLowerCase().replace(/^0+(?=.)/, '')))
        throw new PlatformError('UNAUTHENTICATED', 'the client certificate has been revoked');
      return c;
    },
    // Behind a proxy, the client's address is the last X-Forwarded-For entry the proxy added.
    clientAddress: (req) => {
      const from = normaliseAddress(req.socket.remoteAddress);
      const fwd = req.headers['x-forwarded-for'];
      return proxies.has(from) && typeof fwd === 'string' ? fwd.split(',').pop()!.trim() : from;
    },
  });
  // The TLS layer asks every client for a certificate but admits one without (the documentation is
  // public); on the API a connection without a verified certificate is refused here as it was at
  // TLS before, unless proxies or no-certificate licences are configured (then the authenticator decides).
  const strictTls = !!ft && !(ft.proxies?.length || ft.allowNoCertificate);
  const authenticate: Authenticate = strictTls
    ? async (req, url) => {
        if (!(req.socket as TLSSocket).authorized)
          throw new PlatformError(
            'UNAUTHENTICATED',
            "a TLS client certificate issued by the platform's CA is required",
          );
        return checked(req, url);
      }
    : checked;
  const fairShare = new FairShare({
    ...o.fairShare,
    working: o.fairShare?.working ?? fairWorkingOf(process.env),
    record: (d) => recordUsage(o.db.app, d),
    metrics,
  });
  // beyond the contract: export jobs and the OData feed, with the same keys, licences, scopes and fair share
  const { runner: where, relay = true, ...exportOptions } = o.exports ?? {};
  const dir = exportOptions.dir ?? mkdtempSync(join(tmpdir(), 'lcs-exports-'));
  // jobs run in a child process below the interactive event loop, where the database can be shared (PostgreSQL)
  const exportRunner =
    o.runnerConfig?.db.url && where === 'process' && sendable(o.runnerConfig)
      ? await forkExportRunner({
          config: o.runnerConfig,
          exports: { ...exportOptions, dir },
          gatewayUrl: o.runnerGatewayUrl,
        })
      : undefined;
  const exports = createExportService({
    routes,
    execute: o.execute,
    authenticate,
    fairShare,
    store: exportJobStore(o.db.app),
    ...exportOptions,
    dir,
    runJobs: !exportRunner,
    onCreated: exportRunner?.kick,
  });
  if (exportRunner) {
    // the runner's jobs give way to this facade's interactive requests, as they would in process
    if (relay) exportRunner.follow(exports.interactive);
    const stopJobs = exports.stop;
    exports.stop = async () => {
      await stopJobs();
      await exportRunner.stop();
    };
  }
  // one read-ahead for the REST routes and the OData feed (one bound on the pages held)
  const readAhead =
    o.readAhead !== false && o.execute.defersAudit && (o.readAhead !== undefined || o.db.kind === 'postgres')
      ? new ReadAhead({ ...o.readAhead, metrics })
      : undefined;
  const odata = createODataFeed({ routes, execute: o.execute, authenticate, fairShare, readAhead });
  const api = createFacade({
    routes,
    authenticate,
    fairShare,
    execute: o.execute,
    readAhead,
    metrics,
    extensions: [exports.handle, odata],
    extra: o.extra ?? docsRoutes(loadOpenApi(), o.docsTitle ? { title: o.docsTitle } : undefined),
  });
  const facade = o.gate ? o.gate(api, routes.basePath) : api;
  // the CRL's freshness: an alert fires when its nextUpdate has passed (deploy/observability)
  const crlLoaded = (crl: string | undefined) => {
    metrics?.crlLoaded.set(Date.now() / 1000);
    const next = crl ? crlNextUpdate(crl) : undefined;
    if (next) metrics?.crlNextUpdate.set(next.getTime() / 1000);
    else metrics?.crlNextUpdate.reset();
  };
  const tls = ft && {
    ca: ft.ca,
    cert: ft.cert,
    key: ft.key,
    requestCert: true,
    rejectUnauthorized: false,
    minVersion: 'TLSv1.2' as const,
    ...(ft.crl ? { crl: ft.crl } : {}),
  };
  if (ft?.crl) {
    revoked = await crlSerials(ft.crl, caPem);
    crlLoaded(ft.crl);
  }
  const listening = await listen(facade, o.port, o.host, tls, o.observe);
  if (keyVerdicts)
    listening.server.once('close', () => {
      stopHearing?.();
      keyVerdicts.close();
    });
  // A certificate that is presented but does not verify (foreign CA, expired, revoked, wrong
  // purpose) ends the connection right after the handshake, as OpenSSL's refusal did before;
  // only a client presenting none gets in, and only as far as the documentation.
  if (strictTls) {
    listening.server.on('secureConnection', (socket: TLSSocket) => {
      if (!socket.authorized && Object.keys(socket.getPeerCertificate() ?? {}).length) socket.destroy();
    });
  }
  const setCrl: FacadeServer['setCrl'] = tls
    ? async (crl) => {
        const next = crl ? await crlSerials(crl, caPem) : new Set<string>();
        (listening.server as import('node:https').Server).setSecureContext({
          ca: tls.ca,
          cert: tls.cert,
          key: tls.key,
          ...(crl ? { crl } : {}),
        });
        revoked = next;
        crlLoaded(crl);
      }
    : async () => {
        throw new Error('the facade does not run over TLS');
      };
  await exports.start();
  return { listening, url: `${listening.url}${routes.basePath}`, fairShare, exports, exportRunner, setCrl };
}
