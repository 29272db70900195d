/**
 * Who is calling, for every read the facade serves (contract routes, export jobs, the OData feed):
 * a key already over its limits is refused before the credential checks, then the key and client
 * certificate are verified, the `domain` parameter must name the key's tenant, and a read is
 * admitted by the fair share (rate, rows budget, the tenant's requests in flight).
 */
import type { IncomingMessage } from 'node:http';
import { PlatformError, type Principal } from '@lcs/platform';
import { presentedKey } from './auth.ts';
import type { Admission, FairShare, Metered } from './fair-share.ts';
import { throwOperationFailure } from './problems.ts';
import type { Authenticate, ExecutionResult, FacadeCaller } from './server.ts';

export interface Identified {
  caller: FacadeCaller;
  /** The key as presented (for the fair share's early refusal). */
  key?: string;
}

/**
 * The fair share's early refusal: a key already over its limits is refused before the (database)
 * credential checks. Answers the key as presented (undefined without a fair share, or when the
 * credential checks are to say what is wrong with it). `refusedAs` hears whom a refused key was
 * verified as earlier (tenant, package: for metrics labels and the request's log line).
 */
export async function refuseEarly(
  fairShare: FairShare | undefined,
  req: IncomingMessage,
  url: URL,
  refusedAs?: (who: Metered) => void,
): Promise<string | undefined> {
  if (!fairShare) return undefined;
  let key: string | undefined;
  try {
    key = presentedKey(req, url);
  } catch {
    return undefined; // the credential checks say what is wrong with it
  }
  if (!key) return undefined;
  try {
    await fairShare.refuseEarly(key);
  } catch (e) {
    const who = fairShare.knownAs(key);
    if (who) refusedAs?.(who);
    throw e;
  }
  return key;
}

/** The credential checks; then the `domain` parameter, if given, must name the key's tenant. */
export async function authenticated(authenticate: Authenticate, req: IncomingMessage, url: URL): Promise<FacadeCaller> {
  const caller = await authenticate(req, url);
  const domain = url.searchParams.get('domain');
  if (domain !== null && domain !== caller.tenant)
    throw new PlatformError('FORBIDDEN', `domain "${domain}" is not the tenant this key is licensed for`);
  return caller;
}

/** Early refusal, then the credential checks (see refuseEarly and authenticated). */
export async function identify(
  authenticate: Authenticate,
  fairShare: FairShare | undefined,
  req: IncomingMessage,
  url: URL,
  refusedAs?: (who: Metered) => void,
): Promise<Identified> {
  const key = await refuseEarly(fairShare, req, url, refusedAs);
  return { caller: await authenticated(authenticate, req, url), key };
}

export const meteredOf = (caller: FacadeCaller): Metered => ({
  tenant: caller.tenant,
  keyId: caller.keyId,
  limits: caller.limits,
  package: caller.package,
});

/** Admits a read (and remembers the verified key for early refusal); undefined without a fair share. */
export async function admitRead(fairShare: FairShare | undefined, who: Identified): Promise<Admission | undefined> {
  const metered = meteredOf(who.caller);
  if (who.key) fairShare?.remember(who.key, metered);
  return fairShare?.admit(metered);
}

/** The principal the persisted operations run as (audited in the subgraphs under it). */
export function principalOf(caller: FacadeCaller, ip: string | undefined): Principal {
  return {
    tenant: caller.tenant,
    kind: 'partner',
    sub: caller.clientId,
    name: caller.clientName,
    scope: caller.scope,
    package: caller.package,
    keyId: caller.keyId,
    ip,
  };
}

/** A failed operation as the error a caller should see (problems.ts operationFailure); nothing when it succeeded. */
export function throwIfFailed(result: ExecutionResult, operation: string): void {
  throwOperationFailure(result.errors, operation);
}
