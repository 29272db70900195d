/**
 * How the facade runs a persisted operation: in process (the all-in-one: straight into the
 * gateway's executor, no HTTP hop) or over HTTP to a gateway elsewhere (scale-out), sending only
 * the operation's id and a signed principal.
 */
import {
  PRINCIPAL_HEADER,
  PlatformError,
  injectTraceHeaders,
  logger,
  signPrincipal,
  type TrustConfig,
} from '@lcs/platform';
import type { GatewayService } from '@lcs/gateway';
import type { Execute, ExecutionResult } from './server.ts';

export function inProcessExecutor(
  gateway: GatewayService,
  persisted: Record<string, string>,
  trust: TrustConfig,
): Execute {
  return async (id, variables, principal) => {
    const query = persisted[id];
    if (!query) throw new Error(`unknown persisted operation ${id}`);
    const token = await signPrincipal(principal, trust);
    return (await gateway.execute(query, variables, { principal, token })) as ExecutionResult;
  };
}

/**
 * Over HTTP to a gateway elsewhere (or a load balancer in front of several): the operation's id
 * and the signed principal. Node's fetch keeps connections alive between calls. A gateway that
 * cannot be reached or answers with something other than GraphQL JSON is UNAVAILABLE (503 with
 * the facade's problem body), never an internal error.
 */
export function httpExecutor(gatewayUrl: string, trust: TrustConfig, timeoutMs = 120_000): Execute {
  return async (id, variables, principal) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [PRINCIPAL_HEADER]: await signPrincipal(principal, trust),
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
    return (await res.json()) as ExecutionResult;
  };
}
