/**
 * The REST facade with its credential checks, as the all-in-one (stack.ts) and a facade process
 * of its own (parts.ts) both run it: mutual TLS (or a TLS-terminating proxy's RFC 9440
 * Client-Cert, believed from the configured proxy addresses only), API keys from iam, the CA's
 * revocation list, fair share, and an executor (in process, or over HTTP to a gateway).
 */
import { listen, PlatformError, type Database, type Listening } from '@lcs/platform';
import { createFacade, type Authenticate, type Execute, type FacadeOptions } from '@lcs/rest-facade';
import { createAuthenticator, tlsClientCertificate } from '@lcs/rest-facade/auth';
import { normaliseAddress, proxiedClientCertificate } from '@lcs/rest-facade/proxy';
import { docsRoutes } from '@lcs/rest-facade/docs';
import { FairShare, type FairShareOptions } from '@lcs/rest-facade/fair-share';
import { recordUsage, verifyApiKey } from '@lcs/iam/credentials';
import { crlSerials } from './pki.ts';
import { loadOpenApi, loadRoutes, type FacadeTls } from './stack.ts';

export interface FacadeServerOptions {
  db: Database;
  execute: Execute;
  host: string;
  port: number;
  tls?: FacadeTls;
  /** Replaces the credential checks (tests written before the TLS work). */
  auth?: Authenticate;
  extra?: FacadeOptions['extra'];
  fairShare?: Omit<FairShareOptions, 'record'>;
}

export interface FacadeServer {
  listening: Listening;
  /** …/WE.EC.Integration.Host */
  url: string;
  fairShare: FairShare;
  /** Replaces the CRL (PEM; undefined: none) without a restart; new connections see it. */
  setCrl(crl: string | undefined): Promise<void>;
}

export async function startFacadeServer(o: FacadeServerOptions): Promise<FacadeServer> {
  const routes = loadRoutes();
  const ft = o.tls;
  // Revoked serials of the CA's CRL: OpenSSL checks TLS peers against the CRL itself; forwarded certificates are checked here.
  let revoked = new Set<string>();
  const caPem = ft ? [ft.ca].flat()[0]! : '';
  const proxies = new Set((ft?.proxies ?? []).map(normaliseAddress));
  const peer = ft?.proxies?.length ? proxiedClientCertificate({ proxies: ft.proxies, ca: ft.ca, isRevoked: (serial) => revoked.has(serial) }) : tlsClientCertificate;
  const authenticate = o.auth ?? createAuthenticator({
    verifyKey: (key, fingerprint) => verifyApiKey(o.db.app, key, fingerprint),
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
  const fairShare = new FairShare({ ...o.fairShare, record: (d) => recordUsage(o.db.app, d) });
  const facade = createFacade({ routes, authenticate, fairShare, execute: o.execute, extra: o.extra ?? docsRoutes(loadOpenApi()) });
  const tls = ft && {
    ca: ft.ca, cert: ft.cert, key: ft.key,
    requestCert: true, rejectUnauthorized: !(ft.proxies?.length || ft.allowNoCertificate), minVersion: 'TLSv1.2' as const,
    ...(ft.crl ? { crl: ft.crl } : {}),
  };
  if (ft?.crl) revoked = await crlSerials(ft.crl, caPem);
  const listening = await listen(facade, o.port, o.host, tls);
  const setCrl: FacadeServer['setCrl'] = tls
    ? async (crl) => {
      const next = crl ? await crlSerials(crl, caPem) : new Set<string>();
      (listening.server as import('node:https').Server).setSecureContext({ ca: tls.ca, cert: tls.cert, key: tls.key, ...(crl ? { crl } : {}) });
      revoked = next;
    }
    : async () => { throw new Error('the facade does not run over TLS'); };
  return { listening, url: `${listening.url}${routes.basePath}`, fairShare, setCrl };
}
