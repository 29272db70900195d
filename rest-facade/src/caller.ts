/**
 * Who is calling, for every read the facade serves (contract routes, export jobs, the OData feed):
 * a key already over its limits is refused before the credential checks, then the key and client
 * certificate are verified, the `domain` parameter must name the key's tenant, and a read is
 * admitted by the fair share (rate, rows budget, the tenant's requests in flight).
 */
import type { IncomingMessage } from 'node:http';
import { ERRORS, PlatformError, type ErrorCode, type Principal } from '@lcs/platform';
import { presentedKey } from './auth.ts';
import type { Admission, FairShare, Metered } from './fair-share.ts';
import type { Authenticate, ExecutionResult, FacadeCaller } from './server.ts';

export interface Identified {
  caller: FacadeCaller;
  /** The key as presented (for the fair share's early refusal). */
  key?: string;
}

/**
 * `refusedAs` hears whom a key refused before the credential checks was verified as earlier
 * (tenant, package: for metrics labels and the request's log line).
 */
export async function identify(
  authenticate: Authenticate,
  fairShare: FairShare | undefined,
  req: IncomingMessage,
  url: URL,
  refusedAs?: (who: Metered) => void,
): Promise<Identified> {
  let key: string | undefined;
  if (fairShare) {
    try {
      key = presentedKey(req, url);
    } catch {
      key = undefined; // the credential checks say what is wrong with it
    }
    if (key) {
      try {
        await fairShare.refuseEarly(key);
      } catch (e) {
        const who = fairShare.knownAs(key);
        if (who) refusedAs?.(who);
        throw e;
      }
    }
  }
  const caller = await authenticate(req, url);
  const domain = url.searchParams.get('domain');
  if (domain !== null && domain !== caller.tenant)
    throw new PlatformError('FORBIDDEN', `domain "${domain}" is not the tenant this key is licensed for`);
  return { caller, key };
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

/**
 * A failed operation as the error a caller should see: refusals as 403, the caller's errors
 * (bad input, database unavailable …) with their own code, an error the subgraph already masked
 * with its error id; anything else is thrown as unexpected (masked and logged by the caller's catch).
 */
export function throwIfFailed(result: ExecutionResult, operation: string): void {
  if (!result.errors?.length) return;
  const denied = result.errors.find(
    (e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED',
  );
  if (denied) throw new PlatformError('FORBIDDEN', denied.message);
  const known = result.errors.find(
    (e) => typeof e.extensions?.code === 'string' && e.extensions.code in ERRORS && e.extensions.code !== 'INTERNAL',
  );
  if (known) throw new PlatformError(known.extensions!.code as ErrorCode, known.message, known.extensions);
  const masked = result.errors.find((e) => typeof e.extensions?.errorId === 'string');
  if (masked) throw new PlatformError('INTERNAL', masked.message, { errorId: masked.extensions!.errorId });
  throw new Error(`operation ${operation} failed`, { cause: result.errors[0] });
}
