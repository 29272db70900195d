/**
 * A caller's identity as a string that is equal exactly when everything that decides what the
 * caller may see is: the key for sharing an answer between callers (the gateway's in-flight
 * deduplication) or holding one for a caller (the facade's read-ahead).
 */
import { canonicalJson } from './idempotency.ts';
import type { Principal } from './trust.ts';

/** JWT claims that say when and for whom a token was made, not who the caller is. */
const TOKEN_CLAIMS = new Set(['iss', 'aud', 'iat', 'exp', 'nbf', 'jti']);

const identities = new WeakMap<object, string>();

/** The principal's identity as a string (cached per principal object). */
export function principalIdentity(p: Principal): string {
  let id = identities.get(p);
  if (id === undefined) {
    const claims = Object.fromEntries(Object.entries(p).filter(([k]) => !TOKEN_CLAIMS.has(k)));
    identities.set(p, (id = canonicalJson(claims)));
  }
  return id;
}
