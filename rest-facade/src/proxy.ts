/**
 * Behind a TLS-terminating proxy: the proxy verifies the client's certificate and forwards it in
 * the RFC 9440 `Client-Cert` header (a structured-field byte sequence, `:<base64 DER>:`). The
 * header is believed only from the configured proxy addresses; from anyone else it is stripped
 * and ignored, and the connection's own TLS peer certificate counts. A forwarded certificate is
 * still checked here: it must be issued by the platform's CA and not be revoked (the
 * authenticator then checks its validity period, EKU and binding like any other).
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { PlatformError } from '@lcs/platform';
import { tlsClientCertificate } from './auth.ts';

export const CLIENT_CERT_HEADER = 'client-cert';
export const CLIENT_CERT_CHAIN_HEADER = 'client-cert-chain';

export interface ProxyOptions {
  /** Addresses of the TLS-terminating proxies (exact IPs). */
  proxies: string[];
  /** CA certificate(s) (PEM) a forwarded certificate must be issued by. */
  ca: string | string[];
  /** Whether a certificate serial number (lower-case hex) is revoked (the CRL). */
  isRevoked?: (serial: string) => boolean;
}

/** An IPv4-mapped IPv6 address as plain IPv4. */
export const normaliseAddress = (a: string | undefined) => (a ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

const unauthenticated = (m: string) => new PlatformError('UNAUTHENTICATED', m);

/** The client certificate of a request: forwarded by a trusted proxy, or the TLS peer's. */
export function proxiedClientCertificate(o: ProxyOptions): (req: IncomingMessage) => X509Certificate | undefined {
  const proxies = new Set(o.proxies.map(normaliseAddress));
  const cas = [o.ca].flat().map((pem) => new X509Certificate(pem));
  return (req) => {
    const header = req.headers[CLIENT_CERT_HEADER];
    if (!proxies.has(normaliseAddress(req.socket.remoteAddress))) {
      // Not from a proxy: whatever the caller put there is not evidence of anything.
      delete req.headers[CLIENT_CERT_HEADER];
      delete req.headers[CLIENT_CERT_CHAIN_HEADER];
      return tlsClientCertificate(req);
    }
    if (header === undefined) return undefined; // the proxy's client presented none
    const m = typeof header === 'string' ? /^\s*:([A-Za-z0-9+/]+={0,2}):\s*$/.exec(header) : null;
    if (!m) throw unauthenticated('the forwarded Client-Cert header is malformed (RFC 9440: :base64 DER:)');
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(Buffer.from(m[1]!, 'base64'));
    } catch {
      throw unauthenticated('the forwarded Client-Cert header does not hold a certificate');
    }
    if (!cas.some((ca) => cert.checkIssued(ca) && cert.verify(ca.publicKey)))
      throw unauthenticated("the client certificate is not issued by the platform's CA");
    if (o.isRevoked?.(cert.serialNumber.toLowerCase().replace(/^0+(?=.)/, '')))
      throw unauthenticated('the client certificate has been revoked');
    return cert;
  };
}

/** The RFC 9440 header value for a PEM certificate (what a proxy sends). */
export function clientCertHeader(pem: string): string {
  return `:${new X509Certificate(pem).raw.toString('base64')}:`;
}
