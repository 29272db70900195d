/**
 * How the facade runs a persisted operation: in process (the all-in-one: straight into the
 * gateway's executor, no HTTP hop) or over HTTP to a gateway elsewhere (scale-out), sending only
 * the operation's id and a signed principal.
 */
import { PRINCIPAL_HEADER, injectTraceHeaders, signPrincipal, type TrustConfig } from '@lcs/platform';
import type { GatewayService } from '@lcs/gateway';
import type { Execute, ExecutionResult } from './server.ts';

export function inProcessExecutor(gateway: GatewayService, persisted: Record<string, string>, trust: TrustConfig): Execute {
  return async (id, variables, principal) => {
    const query = persisted[id];
    if (!query) throw new Error(`unknown persisted operation ${id}`);
    const token = await signPrincipal(principal, trust);
    return (await gateway.execute(query, variables, { principal, token })) as ExecutionResult;
  };
}

export function httpExecutor(gatewayUrl: string, trust: TrustConfig): Execute {
  return async (id, variables, principal) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', [PRINCIPAL_HEADER]: await signPrincipal(principal, trust) };
    injectTraceHeaders(headers); // W3C traceparent: the gateway continues the facade's trace
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
    });
    return (await res.json()) as ExecutionResult;
  };
}
