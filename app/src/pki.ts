/**
 * A development PKI for the REST facade's mutual TLS: a CA, a server certificate for
 * localhost/127.0.0.1 and client certificates, made in memory with @peculiar/x509 over node's
 * WebCrypto (ECDSA P-256), so tests can issue whatever they need (no EKU, serverAuth only,
 * expired, another CA) without an openssl binary or temporary files. `ensureDevPki(dir)` keeps
 * one on disk for `pnpm start`.
 */
// tsyringe (used by @peculiar/x509) needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, createPrivateKey, randomBytes, webcrypto } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export const EKU = { serverAuth: '1.3.6.1.5.5.7.3.1', clientAuth: '1.3.6.1.5.5.7.3.2' } as const;

/** A certificate and its private key, PEM. */
export interface Issued {
  cert: string;
  key: string;
  /** SHA-256 of the DER certificate, lower-case hex. */
  fingerprint: string;
}

export interface IssueOptions {
  commonName: string;
  /** Extended Key Usage OIDs or names; `[]` or null: no EKU extension at all. Default: clientAuth. */
  eku?: (keyof typeof EKU | string)[] | null;
  /** Subject alternative names. */
  dns?: string[];
  ip?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** Validity from now when notAfter is not given (default 825). */
  days?: number;
}

export interface CertificateAuthority extends Issued {
  issue(o: IssueOptions): Promise<Issued>;
  /** A CRL (PEM) revoking these certificates (PEM or hex serial numbers), valid for `days` (default 7). */
  revocationList(revoked: string[], days?: number): Promise<string>;
}

/** Serial number (lower-case hex, no leading zeros) of a PEM certificate or a hex serial. */
export function serialOf(certOrSerial: string): string {
  const hex = certOrSerial.includes('BEGIN CERTIFICATE')
    ? new X509Certificate(certOrSerial).serialNumber
    : certOrSerial;
  return hex
    .replace(/[^0-9a-f]/gi, '')
    .toLowerCase()
    .replace(/^0+(?=.)/, '');
}

/** When a PEM CRL says the next one is due (undefined: it does not say). */
export function crlNextUpdate(crlPem: string): Date | undefined {
  return new x509.X509Crl(crlPem).nextUpdate;
}

/** The revoked serial numbers in a PEM CRL issued by `caPem` (a CRL the CA did not sign is refused). */
export async function crlSerials(crlPem: string, caPem: string): Promise<Set<string>> {
  const crl = new x509.X509Crl(crlPem);
  if (!(await crl.verify({ publicKey: await new x509.X509Certificate(caPem).publicKey.export() })))
    throw new Error('the CRL is not signed by the CA');
  return new Set(crl.entries.map((e) => serialOf(e.serialNumber)));
}

const serial = () => {
  const b = randomBytes(16);
  b[0]! &= 0x7f; // positive
  return b.toString('hex');
};

async function keyPem(k: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', k as webcrypto.CryptoKey));
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

async function importKeyPem(pem: string): Promise<CryptoKey> {
  const der = createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
  return (await webcrypto.subtle.importKey('pkcs8', der, ALG, true, ['sign'])) as unknown as CryptoKey;
}

const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase();

const newKeys = async () =>
  (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;

function authority(caCert: x509.X509Certificate, caKey: CryptoKey, caKeyPem: string): CertificateAuthority {
  const cert = caCert.toString('pem');
  return {
    cert,
    key: caKeyPem,
    fingerprint: fingerprintOf(cert),
    async issue(o) {
      const keys = await newKeys();
      const notBefore = o.notBefore ?? new Date(Date.now() - 60_000);
      const notAfter = o.notAfter ?? new Date(Date.now() + (o.days ?? 825) * DAY);
      const eku = o.eku === undefined ? [EKU.clientAuth] : (o.eku ?? []).map((u) => EKU[u as keyof typeof EKU] ?? u);
      const san = [
        ...(o.dns ?? []).map((value) => ({ type: 'dns' as const, value })),
        ...(o.ip ?? []).map((value) => ({ type: 'ip' as const, value })),
      ];
      const c = await x509.X509CertificateGenerator.create({
        serialNumber: serial(),
        subject: `CN=${o.commonName}`,
        issuer: caCert.subject,
        notBefore,
        notAfter,
        signingAlgorithm: ALG,
        publicKey: keys.publicKey,
        signingKey: caKey,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
          ...(eku.length ? [new x509.ExtendedKeyUsageExtension(eku, false)] : []),
          ...(san.length ? [new x509.SubjectAlternativeNameExtension(san, false)] : []),
          await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
          await x509.AuthorityKeyIdentifierExtension.create(caCert),
        ],
      });
      const pem = c.toString('pem');
      return { cert: pem, key: await keyPem(keys.privateKey), fingerprint: fingerprintOf(pem) };
    },
    async revocationList(revoked, days = 7) {
      const now = new Date();
      const crl = await x509.X509CrlGenerator.create({
        issuer: caCert.subject,
        thisUpdate: new Date(now.getTime() - 60_000),
        nextUpdate: new Date(now.getTime() + days * DAY),
        signingAlgorithm: ALG,
        signingKey: caKey,
        entries: revoked.map((r) => ({ serialNumber: serialOf(r), revocationDate: now })),
        extensions: [await x509.AuthorityKeyIdentifierExtension.create(caCert)],
      });
      // OpenSSL (node's `crl` option) reads the "X509 CRL" PEM label only.
      return crl.toString('pem').replace(/-----(BEGIN|END) CRL-----/g, '-----$1 X509 CRL-----');
    },
  };
}

/** A new self-signed CA (in memory). */
export async function createCa(o: { commonName?: string; days?: number } = {}): Promise<CertificateAuthority> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${o.commonName ?? 'LCS Development CA'}`,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + (o.days ?? 3650) * DAY),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return authority(cert, keys.privateKey, await keyPem(keys.privateKey));
}

/** A CA from its PEM certificate and key (e.g. loaded from disk). */
export async function loadCa(certPem: string, keyPem: string): Promise<CertificateAuthority> {
  return authority(new x509.X509Certificate(certPem), await importKeyPem(keyPem), keyPem);
}

/** What the facade and its demo client need. */
export interface DevPki {
  ca: CertificateAuthority;
  server: Issued;
  /** The demo receiving system's certificate (EKU clientAuth). */
  demoClient: Issued;
}

export const serverCertificate = (ca: CertificateAuthority) =>
  ca.issue({ commonName: 'localhost', eku: ['serverAuth'], dns: ['localhost'], ip: ['127.0.0.1', '::1'] });
export const demoClientCertificate = (ca: CertificateAuthority) =>
  ca.issue({ commonName: 'LCS demo receiving system', eku: ['clientAuth'] });

/** A fresh development PKI in memory (tests). */
export async function createDevPki(): Promise<DevPki> {
  const ca = await createCa();
  return { ca, server: await serverCertificate(ca), demoClient: await demoClientCertificate(ca) };
}

type FileName = 'ca' | 'server' | 'demo-client';

/**
 * The development PKI under `dir` (ca.crt/ca.key, server.crt/server.key, demo-client.crt/.key),
 * made on first use; a leaf certificate within a week of expiry (or missing) is issued anew
 * from the same CA.
 */
export async function ensureDevPki(dir: string): Promise<DevPki & { dir: string; created: string[] }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = (name: string, ext: 'crt' | 'key') => join(dir, `${name}.${ext}`);
  const read = (name: FileName): Issued | undefined => {
    if (!existsSync(path(name, 'crt')) || !existsSync(path(name, 'key'))) return undefined;
    const cert = readFileSync(path(name, 'crt'), 'utf8');
    const x = new X509Certificate(cert);
    if (new Date(x.validTo).getTime() < Date.now() + 7 * DAY) return undefined;
    return { cert, key: readFileSync(path(name, 'key'), 'utf8'), fingerprint: fingerprintOf(cert) };
  };
  const write = (name: string, i: Issued) => {
    writeFileSync(path(name, 'crt'), i.cert);
    writeFileSync(path(name, 'key'), i.key, { mode: 0o600 });
    created.push(name);
  };
  const created: string[] = [];
  const onDisk = read('ca');
  let ca: CertificateAuthority;
  if (onDisk) ca = await loadCa(onDisk.cert, onDisk.key);
  else {
    ca = await createCa();
    write('ca', ca);
  }
  // A new CA invalidates the old leaves.
  const leaf = async (name: 'server' | 'demo-client', make: () => Promise<Issued>) => {
    const have = onDisk ? read(name) : undefined;
    if (have && verifiesAgainst(have.cert, ca.cert)) return have;
    const i = await make();
    write(name, i);
    return i;
  };
  const server = await leaf('server', () => serverCertificate(ca));
  const demoClient = await leaf('demo-client', () => demoClientCertificate(ca));
  return { ca, server, demoClient, dir, created };
}

function verifiesAgainst(certPem: string, caPem: string): boolean {
  try {
    return new X509Certificate(certPem).verify(new X509Certificate(caPem).publicKey);
  } catch {
    return false;
  }
}

/**
 * An RSA-2048 key and self-signed certificate for SAML (signing or encryption): SAML peers
 * expect RSA (RSA-OAEP key transport, RSA-SHA256 signatures), unlike the ECDSA TLS PKI above.
 */
export async function samlKeyPair(commonName: string, days = 3650): Promise<Issued> {
  const alg = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const c = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}`,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + days * DAY),
    keys,
    signingAlgorithm: alg,
  });
  const cert = c.toString('pem');
  return { cert, key: await keyPem(keys.privateKey), fingerprint: fingerprintOf(cert) };
}

/** SAML key pairs kept on disk (`<name>.crt`, `<name>.key`), made on first use. */
export async function ensureSamlKeys<N extends string>(
  dir: string,
  names: N[],
): Promise<Record<N, Issued> & { created: string[] }> {
  mkdirSync(dir, { recursive: true });
  const out = { created: [] as string[] } as Record<N, Issued> & { created: string[] };
  for (const name of names) {
    const crt = join(dir, `${name}.crt`);
    const key = join(dir, `${name}.key`);
    if (existsSync(crt) && existsSync(key)) {
      const cert = readFileSync(crt, 'utf8');
      (out as Record<string, Issued>)[name] = {
        cert,
        key: readFileSync(key, 'utf8'),
        fingerprint: fingerprintOf(cert),
      };
    } else {
      const k = await samlKeyPair(`lcs ${name}`);
      writeFileSync(crt, k.cert);
      writeFileSync(key, k.key, { mode: 0o600 });
      (out as Record<string, Issued>)[name] = k;
      out.created.push(name);
    }
  }
  return out;
}
