/**
 * The trusted request context: the gateway authenticates the caller and forwards who it is to the
 * subgraphs as a short-lived signed token (HS256, key id for rotation). A subgraph refuses any
 * request without a valid one, so calling a subgraph directly yields nothing.
 */
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

export const CONTEXT_HEADER = 'x-lcs-context';
/** A principal the REST facade established (signed like the context), presented to the gateway. */
export const PRINCIPAL_HEADER = 'x-lcs-principal';

export type PrincipalKind = 'staff' | 'partner' | 'service' | 'dev';

export interface Principal {
  /** Tenant (municipality domain) every query runs under. */
  tenant: string;
  kind: PrincipalKind;
  /** User id, API client id, or service name. */
  sub: string;
  /** Data scope: whole tenant, provider units, or one citizen. */
  scope?: { type: 'tenant' } | { type: 'provider'; units: number[] } | { type: 'subject'; personId: string };
  roles?: string[];
  /** Signed-in staff: the provider units the user currently holds a role on. */
  units?: number[];
  /** Partner callers: the licensed package (article number) and the API key used. */
  package?: string;
  keyId?: string;
  /** Explicit entitlements, e.g. 'protected-identity' (audit.ts): lifts masking of protected identities. */
  entitlements?: string[];
  /** Display name for the audit log (the API client's system name, the user's name). */
  name?: string;
  /** The caller's IP address as the edge saw it (audit log). */
  ip?: string;
}

export interface TrustKey {
  kid: string;
  /** At least 32 bytes of secret. */
  secret: string;
}

/** Signing uses the first key; verification accepts any listed key (rotation). */
export interface TrustConfig {
  keys: TrustKey[];
  /** Token lifetime in seconds. */
  ttl?: number;
}

const ISSUER = 'lcs-gateway';
const AUDIENCE = 'lcs-subgraph';
const enc = new TextEncoder();

export async function signPrincipal(p: Principal, cfg: TrustConfig): Promise<string> {
  const key = cfg.keys[0];
  if (!key) throw new Error('no trust key configured');
  return new SignJWT({ ...p } as unknown as JWTPayload)
    .setProtectedHeader({ alg: 'HS256', kid: key.kid })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${cfg.ttl ?? 60}s`)
    .sign(enc.encode(key.secret));
}

/** Encoded secrets by key id, derived once per configuration (verification is on every subgraph request). */
const encodedKeys = new WeakMap<TrustConfig, Map<string, Uint8Array>>();

export async function verifyPrincipal(token: string, cfg: TrustConfig): Promise<Principal> {
  let secrets = encodedKeys.get(cfg);
  if (!secrets) encodedKeys.set(cfg, (secrets = new Map(cfg.keys.map((k) => [k.kid, enc.encode(k.secret)]))));
  const { payload } = await jwtVerify(
    token,
    (header) => {
      const s = header.kid ? secrets.get(header.kid) : undefined;
      if (!s) throw new Error('unknown key id');
      return s;
    },
    { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] },
  );
  if (typeof payload.tenant !== 'string' || typeof payload.sub !== 'string') throw new Error('incomplete context');
  return payload as unknown as Principal;
}
