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

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/** Tokens signed or verified, kept per configuration (a new configuration, e.g. a key rotated out, starts empty). */
const MAX_REMEMBERED = 4096;
function remember<V>(m: Map<string, V>, key: string, value: V): void {
  if (m.size >= MAX_REMEMBERED) m.delete(m.keys().next().value!); // the oldest
  m.set(key, value);
}

/** What is kept for a trust configuration (made on first use). */
function forConfig<V>(kept: WeakMap<TrustConfig, V>, cfg: TrustConfig, make: () => V): V {
  let v = kept.get(cfg);
  if (v === undefined) kept.set(cfg, (v = make()));
  return v;
}

const signedFor = new WeakMap<TrustConfig, Map<string, { token: string; renewAt: number }>>();

/**
 * The token for `p`, reused while less than half its lifetime has passed: the gateway and the
 * facade sign the same caller's context once per half-lifetime instead of on every request, and
 * the subgraphs verify it once (verifyPrincipal remembers it). A token is never valid longer than
 * the configured lifetime, as before.
 */
export async function signPrincipalReused(p: Principal, cfg: TrustConfig): Promise<string> {
  const m = forConfig(signedFor, cfg, () => new Map());
  const key = JSON.stringify(p);
  const now = Date.now();
  const had = m.get(key);
  if (had && had.renewAt > now) return had.token;
  const token = await signPrincipal(p, cfg);
  remember(m, key, { token, renewAt: now + ((cfg.ttl ?? 60) * 1000) / 2 });
  return token;
}

/** Encoded secrets by key id, derived once per configuration (verification is on every subgraph request). */
const encodedKeys = new WeakMap<TrustConfig, Map<string, Uint8Array>>();
/** Tokens already verified, with the principal and expiry (ms) they carry. */
const verifiedFor = new WeakMap<TrustConfig, Map<string, { principal: Principal; expiresAt: number }>>();

/**
 * The principal a token carries, after checking its signature (a listed key), issuer, audience
 * and expiry. A token verified before under the same configuration is answered from memory until
 * it expires: the signature, issuer and audience it was checked for cannot have changed.
 */
export async function verifyPrincipal(token: string, cfg: TrustConfig): Promise<Principal> {
  const verified = forConfig(verifiedFor, cfg, () => new Map());
  const had = verified.get(token);
  if (had) {
    if (had.expiresAt > Date.now()) return had.principal;
    verified.delete(token);
  }
  const secrets = forConfig(encodedKeys, cfg, () => new Map(cfg.keys.map((k) => [k.kid, enc.encode(k.secret)])));
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
  // jwtVerify has checked `exp` when present; the gateway always sets it (a token without one is not remembered)
  // (frozen: the same principal now serves every request that presents the token)
  const principal = deepFreeze(payload) as unknown as Principal;
  if (typeof payload.exp === 'number') remember(verified, token, { principal, expiresAt: payload.exp * 1000 });
  return principal;
}
