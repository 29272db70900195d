/**
 * How the facade runs a persisted operation: in process (the all-in-one: straight into the
 * gateway's executor, no HTTP hop) or over HTTP to a gateway elsewhere (scale-out), sending only
 * the operation's id and a signed principal.
 */
import {
  PRINCIPAL_HEADER,
  PlatformError,
  canonicalJson,
  injectTraceHeaders,
  principalIdentity,
  logger,
  signPrincipalReused,
  type JsonText,
  type Principal,
  type TrustConfig,
} from '@lcs/platform';
import type { GatewayService } from '@lcs/gateway';
import type { RouteEntry } from './manifest.ts';
import type { Execute, ExecutionResult } from './server.ts';
import type { ReadAhead, Walker } from './read-ahead.ts';
import type { FairShare, Metered } from './fair-share.ts';

export function inProcessExecutor(
  gateway: GatewayService,
  persisted: Record<string, string>,
  trust: TrustConfig,
): Execute {
  const execute: Execute = async (id, variables, principal, o) => {
    const query = persisted[id];
    if (!query) throw new Error(`unknown persisted operation ${id}`);
    const token = await signPrincipalReused(principal, trust);
    const deferAudit = o?.deferAudit;
    return (await gateway.execute(query, variables, {
      principal,
      token,
      ...(deferAudit ? { deferAudit } : {}),
    })) as ExecutionResult;
  };
  // the subgraphs are in this process (the all-in-one): a held read's records can wait for its delivery
  execute.defersAudit = true;
  return execute;
}

/**
 * Over HTTP to a gateway elsewhere (or a load balancer in front of several): the operation's id
 * and the signed principal. Node's fetch keeps connections alive between calls. A gateway that
 * cannot be reached, answers with something other than GraphQL JSON, or does not answer within
 * `timeoutMs` is UNAVAILABLE (503 with the facade's problem body and Retry-After), never an internal
 * error and never a hang: the budget is well below the load balancers' and servers' 120 s, so the
 * caller hears a clear 503 from the facade before anything in front of it gives up on the request.
 */
export const GATEWAY_TIMEOUT_MS = 30_000;

export function httpExecutor(gatewayUrl: string, trust: TrustConfig, timeoutMs = GATEWAY_TIMEOUT_MS): Execute {
  return async (id, variables, principal) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [PRINCIPAL_HEADER]: await signPrincipalReused(principal, trust),
    };
    injectTraceHeaders(headers); // W3C traceparent: the gateway continues the facade's trace
    let res: Response;
    try {
      res = await fetch(gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      logger.warn({ err: e }, 'gateway unreachable');
      throw new PlatformError('UNAVAILABLE', 'the service is unavailable for the moment; retry shortly');
    }
    if (!/json/i.test(res.headers.get('content-type') ?? '')) {
      await res.arrayBuffer().catch(() => undefined);
      logger.warn({ status: res.status }, 'gateway answered without GraphQL JSON');
      throw new PlatformError('UNAVAILABLE', 'the service is unavailable for the moment; retry shortly');
    }
    try {
      return (await res.json()) as ExecutionResult;
    } catch (e) {
      // cut off mid-answer (the budget ran out, the connection broke) or not JSON after all
      logger.warn({ err: e }, 'gateway answer not received');
      throw new PlatformError('UNAVAILABLE', 'the service is unavailable for the moment; retry shortly');
    }
  };
}

/** A list page as a list route's operations return it: `nodes`, or `contractJson` from its JSON variant. */
export interface ListPage {
  nodes?: unknown[];
  contractJson?: JsonText[] | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Runs a list route's operation for the caller's package. With `written`, its contract-JSON variant
 * when it has one (the items as the database writes their contract JSON), and the ordinary
 * operation instead when the database could not write a row of that page (`contractJson` null).
 * Returns the result of the one that answered and its name (for a failure's message).
 */
export async function executeList(
  execute: Execute,
  licensed: RouteEntry['packages'][string],
  variables: Record<string, unknown>,
  principal: Principal,
  written: boolean,
): Promise<{ result: ExecutionResult; operation: string }> {
  const json = written ? licensed.json : undefined;
  if (json) {
    const result = await execute(json.id, variables, principal);
    if (result.errors?.length || Array.isArray((result.data?.page as ListPage | undefined)?.contractJson))
      return { result, operation: json.operation };
  }
  return { result: await execute(licensed.id, variables, principal), operation: licensed.operation };
}

/** A list walk whose pages may be read ahead, and the operation those pages come from. */
type ListWalker = Walker & { readAhead: ReadAhead; operation: string };
/** What a walk's reads go through: the facade's (or the OData feed's) read-ahead, executor and fair share. */
type WalkParts = { readAhead?: ReadAhead; execute: Execute; fairShare?: FairShare };

/**
 * executeList for a caller who may be walking the list (the REST routes, the OData feed): the page
 * from what the read-ahead holds for it when it can (read-ahead.ts, `listWalker`), else run as
 * usual. Call `follow` once the answer is known good: the read-ahead then reads the pages after it.
 */
export async function executeWalkedList(
  parts: WalkParts,
  licensed: RouteEntry['packages'][string],
  variables: Record<string, unknown>,
  principal: Principal,
  metered: Metered,
  written: boolean,
): Promise<{ result: ExecutionResult; operation: string; follow(): void }> {
  const walker = written ? listWalker(parts, licensed, variables, principal, metered) : undefined;
  const held = walker && (await walker.readAhead.take(walker, variables));
  const { result, operation } = held
    ? { result: held, operation: walker.operation }
    : await executeList(parts.execute, licensed, variables, principal, written);
  const follow = () => {
    if (walker && operation === walker.operation) walker.readAhead.follow(walker, variables, result);
  };
  return { result, operation, follow };
}

/**
 * The walker of a list request when its pages may be read ahead (read-ahead.ts): a list with a
 * contract-JSON operation (`written`: the REST route's JSON, the OData feed without $select), from
 * a caller who followed a cursor (walking the list, not looking at one page), on a facade whose
 * executor defers a held read's audit. Reads ahead run as the caller, in the room its fair share leaves.
 */
function listWalker(
  parts: WalkParts,
  licensed: RouteEntry['packages'][string],
  variables: Record<string, unknown>,
  who: Principal,
  metered: Metered,
): ListWalker | undefined {
  const { readAhead, execute, fairShare } = parts;
  const json = licensed.json;
  if (!readAhead || !execute.defersAudit || !json || typeof variables.after !== 'string') return undefined;
  const walk = `${json.id}\u0000${canonicalJson({ ...variables, after: undefined })}\u0000${principalIdentity(who)}`;
  /** Work in the room the fair share leaves (FairShare.spare: an in-flight slot and a turn), or none. */
  const onTurn = async <T>(work: () => Promise<T>): Promise<T> => {
    const free = fairShare ? await fairShare.spare(metered) : () => undefined;
    if (!free) throw new Error('no room in the tenant’s in-flight limit: not read ahead');
    try {
      return await work();
    } finally {
      free();
    }
  };
  return {
    readAhead,
    operation: json.operation,
    walk,
    keyOf: (v) => `${walk}\u0000${String(v.after)}`,
    nextOf(v, result) {
      // a full page of at least minRows with another after it
      const after = nextCursor(result);
      const rows = (result.data?.page as ListPage | undefined)?.contractJson?.length ?? 0;
      return after && rows >= readAhead.minRows ? { ...v, after } : undefined;
    },
    read: (v, deferAudit) => onTurn(() => execute(json.id, v, who, { deferAudit })),
    async predict(v) {
      // the row this page will end on, found by its ids alone (a page at an offset: an index-only
      // scan of the page's keys, then that one row); its cursor is where the next page starts
      const first = Number(v.first);
      if (!(first >= readAhead.minRows)) return undefined;
      const probe = await onTurn(() => execute(json.id, { ...v, first: 1, offset: first - 1 }, who, NOT_DELIVERED));
      const after = probe.errors?.length ? undefined : nextCursor(probe);
      return after ? { ...v, after } : undefined;
    },
  };
}

/** The cursor of the page after a list page's result, when one follows. */
function nextCursor(result: ExecutionResult): string | undefined {
  const info = (result.data?.page as ListPage | undefined)?.pageInfo;
  return info?.hasNextPage && typeof info.endCursor === 'string' ? info.endCursor : undefined;
}

/** A read whose rows never leave the facade (read-ahead's probe of where a page ends): no audit record. */
const NOT_DELIVERED = { deferAudit: { hold: () => undefined } };
