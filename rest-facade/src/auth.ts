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
  /** allowedAddresses: a no-certificate licence, usable from these client addresses only. */
  /** validUntil: when the key expires (verdict-cache.ts keeps a verdict no longer). */
  | { ok: true; key: FacadeCaller & { allowedAddresses?: string[] }; validUntil?: Date }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'unbound'; expiredAt?: Date };

export interface AuthenticatorOptions {
  /** Checks a key against the store for the certificate's SHA-256 fingerprint (hex). */
  verifyKey: (key: string, fingerprint: string | undefined) => Promise<KeyVerdict>;
  /**
   * The verified client certificate of a request; default: the TLS connection's peer, when the
   * TLS layer authorised it. (A TLS-terminating proxy's forwarded certificate goes here.)
   */
  clientCertificate?: (req: IncomingMessage) => X509Certificate | undefined;
  /**
   * The client's address, for no-certificate licences' allow-lists; default: the connection's
   * peer (behind a proxy, pass the address it forwards — from trusted proxies only).
   */
  clientAddress?: (req: IncomingMessage) => string | undefined;
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

/** The key from the X-Api-Key header or the `key` query parameter (one of them, once). */
export function presentedKey(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers[API_KEY_HEADER];
  if (Array.isArray(header)) throw unauthenticated('send one X-Api-Key header');
  const query = url.searchParams.getAll(API_KEY_PARAM);
  if (query.length > 1) throw unauthenticated('send one key query parameter');
  if (header !== undefined && query[0] !== undefined && header !== query[0])
    throw unauthenticated('the X-Api-Key header and the key query parameter differ; send one of them');
  return header ?? query[0];
}

const CERTIFICATE_REQUIRED = "a TLS client certificate issued by the platform's CA is required";

export function createAuthenticator(o: AuthenticatorOptions): Authenticate {
  const peer = o.clientCertificate ?? tlsClientCertificate;
  const address = o.clientAddress ?? ((req: IncomingMessage) => req.socket.remoteAddress);
  /** A no-certificate licence is honoured only from an address on its allow-list. */
  const fromAllowed = (req: IncomingMessage, allowed: string[]) =>
    allowed.includes((address(req) ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ''));
  return async (req, url) => {
    const cert = peer(req);
    if (!cert) {
      // Only a no-certificate licence, used from one of its allowed addresses, gets past here.
      const key = presentedKey(req, url);
      const verdict = key ? await o.verifyKey(key, undefined) : undefined;
      if (verdict?.ok && verdict.key.allowedAddresses && fromAllowed(req, verdict.key.allowedAddresses))
        return verdict.key;
      throw unauthenticated(CERTIFICATE_REQUIRED);
    }
    const eku = extendedKeyUsage(cert);
    if (!eku)
      throw unauthenticated(
        `the client certificate has no Extended Key Usage; it must include clientAuth (${CLIENT_AUTH_OID})`,
      );
    if (!eku.includes(CLIENT_AUTH_OID))
      throw unauthenticated(
        `the client certificate's Extended Key Usage does not include clientAuth (${CLIENT_AUTH_OID})`,
      );
    const now = Date.now();
    if (!(new Date(cert.validFrom).getTime() <= now && now < new Date(cert.validTo).getTime())) {
      throw unauthenticated('the client certificate is not valid at this time');
    }

    const key = presentedKey(req, url);
    if (!key) throw unauthenticated('an API key is required: send it in the X-Api-Key header');

    const verdict = await o.verifyKey(key, cert.fingerprint256);
    if (verdict.ok) {
      // A no-certificate licence with a certificate not bound to its system: the address decides.
      if (verdict.key.allowedAddresses && !fromAllowed(req, verdict.key.allowedAddresses)) {
        throw new PlatformError('FORBIDDEN', 'this API key is not bound to the client certificate presented');
      }
      return verdict.key;
    }
    switch (verdict.reason) {
      case 'revoked':
        throw unauthenticated('this API key has been revoked');
      case 'expired':
        throw unauthenticated(
          `this API key expired${verdict.expiredAt ? ` on ${verdict.expiredAt.toISOString()}` : ''}`,
        );
      case 'unbound':
        throw new PlatformError('FORBIDDEN', 'this API key is not bound to the client certificate presented');
      default:
        throw unauthenticated('unknown API key');
    }
  };
}
