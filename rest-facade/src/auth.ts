/**
 * Who is calling the facade, checked on every request: a TLS client certificate that the server
 * verified against its CA and whose Extended Key Usage includes clientAuth (checked here because
 * OpenSSL accepts a certificate with no EKU at all), plus a live API key bound to that
 * certificate's system. The key store is injected (iam's `verifyApiKey` over the database), so
 * the facade holds no database code of its own.
 *
 * The key is a secret: no error message names it, and nothing here logs (the facade's Link
 * headers drop the `key` parameter).
 */
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { X509Certificate } from 'node:crypto';
import { PlatformError } from '@lcs/platform';
import type { Authenticate, FacadeCaller } from './server.ts';

export const CLIENT_AUTH_OID = '1.3.6.1.5.5.7.3.2';
/** The header partners send the key in; the contract's `key` query parameter also works. */
export const API_KEY_HEADER = 'x-api-key';
export const API_KEY_PARAM = 'key';

/** The answer of the key store for a presented key and certificate fingerprint. */
export type KeyVerdict =
  | { ok: true; key: FacadeCaller }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'unbound'; expiredAt?: Date };

export interface AuthenticatorOptions {
  /** Checks a key against the store for the certificate's SHA-256 fingerprint (hex). */
  verifyKey: (key: string, fingerprint: string) => Promise<KeyVerdict>;
  /**
   * The verified client certificate of a request; default: the TLS connection's peer, when the
   * TLS layer authorised it. (A TLS-terminating proxy's forwarded certificate goes here.)
   */
  clientCertificate?: (req: IncomingMessage) => X509Certificate | undefined;
}

/** The TLS peer certificate, if the connection presented one that verified against our CA. */
export function tlsClientCertificate(req: IncomingMessage): X509Certificate | undefined {
  const socket = req.socket as Partial<TLSSocket>;
  if (!socket.encrypted || !socket.authorized || typeof socket.getPeerX509Certificate !== 'function') return undefined;
  return socket.getPeerX509Certificate() ?? undefined;
}

/** Extended Key Usage OIDs of a certificate (undefined: the certificate has no EKU extension). */
export function extendedKeyUsage(cert: X509Certificate): string[] | undefined {
  // node ≥ 22.x names it extKeyUsage; 20.x only keyUsage (which is the EKU list there too).
  const c = cert as X509Certificate & { extKeyUsage?: string[] };
  return c.extKeyUsage ?? c.keyUsage ?? undefined;
}

const unauthenticated = (message: string) => new PlatformError('UNAUTHENTICATED', message);

export function createAuthenticator(o: AuthenticatorOptions): Authenticate {
  const peer = o.clientCertificate ?? tlsClientCertificate;
  return async (req, url) => {
    const cert = peer(req);
    if (!cert) throw unauthenticated('a TLS client certificate issued by the platform\'s CA is required');
    const eku = extendedKeyUsage(cert);
    if (!eku) throw unauthenticated(`the client certificate has no Extended Key Usage; it must include clientAuth (${CLIENT_AUTH_OID})`);
    if (!eku.includes(CLIENT_AUTH_OID)) throw unauthenticated(`the client certificate's Extended Key Usage does not include clientAuth (${CLIENT_AUTH_OID})`);
    const now = Date.now();
    if (!(new Date(cert.validFrom).getTime() <= now && now < new Date(cert.validTo).getTime())) {
      throw unauthenticated('the client certificate is not valid at this time');
    }

    const header = req.headers[API_KEY_HEADER];
    if (Array.isArray(header)) throw unauthenticated('send one X-Api-Key header');
    const query = url.searchParams.getAll(API_KEY_PARAM);
    if (query.length > 1) throw unauthenticated('send one key query parameter');
    const key = header ?? query[0];
    if (!key) throw unauthenticated('an API key is required: send it in the X-Api-Key header');
    if (header !== undefined && query[0] !== undefined && header !== query[0]) throw unauthenticated('the X-Api-Key header and the key query parameter differ; send one of them');

    const verdict = await o.verifyKey(key, cert.fingerprint256);
    if (verdict.ok) return verdict.key;
    switch (verdict.reason) {
      case 'revoked': throw unauthenticated('this API key has been revoked');
      case 'expired': throw unauthenticated(`this API key expired${verdict.expiredAt ? ` on ${verdict.expiredAt.toISOString()}` : ''}`);
      case 'unbound': throw new PlatformError('FORBIDDEN', 'this API key is not bound to the client certificate presented');
      default: throw unauthenticated('unknown API key');
    }
  };
}
