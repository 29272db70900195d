/**
 * The whole platform in one process: one database, five subgraphs, the gateway. Used by
 * `pnpm start`, by the black-box tests and by the benchmarks, so all three run the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listen, openDatabase, type Database, type Listening, type PlatformConfig, type SubgraphService } from '@lcs/platform';
import { createGateway, type GatewayService } from '@lcs/gateway';
import { SUBGRAPHS, DEFAULT_PORTS } from './subgraphs.ts';
import { ROOT } from './generate.ts';
import { createSubgraphService } from '@lcs/platform';
import { createFacade, type Authenticate, type FacadeOptions } from '@lcs/rest-facade';
import { inProcessExecutor } from '@lcs/rest-facade/execute';
import { createAuthenticator } from '@lcs/rest-facade/auth';
import { docsRoutes } from '@lcs/rest-facade/docs';
import type { RouteTable } from '@lcs/rest-facade/manifest';
import { verifyApiKey } from '@lcs/iam/credentials';

export interface StackOptions {
  config: PlatformConfig;
  /** Fixed ports (4000–4005) or any free ones (tests). */
  ports: 'default' | 'ephemeral';
  onQuery?: (query: string, params: unknown[]) => void;
  /**
   * Serve the REST facade over HTTPS with mutual TLS: its certificate and key, and the CA its
   * clients' certificates must chain to (PEM). Callers are established from the client
   * certificate and an API key in iam's credential store.
   */
  facadeTls?: FacadeTls;
  /**
   * Replaces the credential checks (the facade then runs over plain HTTP unless facadeTls is
   * given too). Transitional: only for tests written before the TLS work.
   */
  facadeAuth?: Authenticate;
  /** Extra facade routes by exact path; default: the docs page and /openapi.json (rest-facade/src/docs.ts). */
  facadeExtra?: FacadeOptions['extra'];
}

export interface FacadeTls {
  /** CA certificate(s) client certificates must chain to. */
  ca: string | string[];
  /** The facade's server certificate and key. */
  cert: string;
  key: string;
}

export interface Stack {
  db: Database;
  gateway: GatewayService;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  subgraphs: SubgraphService[];
  /** The REST facade's base URL (…/WE.EC.Integration.Host), when it runs. */
  facadeUrl?: string;
  stop(): Promise<void>;
}

export function loadPersisted(): Record<string, string> {
  return JSON.parse(readFileSync(join(ROOT, 'schema/persisted-operations.json'), 'utf8'));
}

export function loadRoutes(): RouteTable {
  return JSON.parse(readFileSync(join(ROOT, 'rest-facade/src/__generated__/routes.json'), 'utf8'));
}

export function loadOpenApi(): object {
  return JSON.parse(readFileSync(join(ROOT, 'rest-facade/openapi.json'), 'utf8'));
}

export async function startStack(o: StackOptions): Promise<Stack> {
  const db = await openDatabase({ ...o.config.db, onQuery: o.onQuery }, SUBGRAPHS.map((d) => d.migrations));
  const listening: Listening[] = [];
  const services: SubgraphService[] = [];
  const subgraphUrls: Record<string, string> = {};
  try {
    for (const def of SUBGRAPHS) {
      const s = await createSubgraphService(def, { db, trust: o.config.trust, introspection: !o.config.production });
      services.push(s);
      const l = await listen(s.handler, o.ports === 'default' ? DEFAULT_PORTS[def.name]! : 0, o.config.host);
      listening.push(l);
      subgraphUrls[def.name] = `${l.url}/graphql`;
    }
    const persisted = loadPersisted();
    const gateway = await createGateway({
      supergraphSdl: readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'),
      subgraphUrls, trust: o.config.trust, devAuth: o.config.devAuth, introspection: !o.config.production, persisted,
    });
    const gl = await listen(gateway.handler, o.ports === 'default' ? DEFAULT_PORTS.gateway! : 0, o.config.host);
    listening.push(gl);
    let facadeUrl: string | undefined;
    if (o.facadeTls || o.facadeAuth) {
      const routes = loadRoutes();
      const authenticate = o.facadeAuth ?? createAuthenticator({ verifyKey: (key, fingerprint) => verifyApiKey(db.app, key, fingerprint) });
      const facade = createFacade({
        routes, authenticate, execute: inProcessExecutor(gateway, persisted, o.config.trust), extra: o.facadeExtra ?? docsRoutes(loadOpenApi()),
      });
      const tls = o.facadeTls && {
        ca: o.facadeTls.ca, cert: o.facadeTls.cert, key: o.facadeTls.key,
        requestCert: true, rejectUnauthorized: true, minVersion: 'TLSv1.2' as const,
      };
      const fl = await listen(facade, o.ports === 'default' ? DEFAULT_PORTS.facade! : 0, o.config.host, tls);
      listening.push(fl);
      facadeUrl = `${fl.url}${routes.basePath}`;
    }
    return {
      db, gateway, subgraphUrls, subgraphs: services, gatewayUrl: `${gl.url}/graphql`, facadeUrl,
      async stop() {
        await Promise.all(listening.map((l) => l.close()));
        await gateway.stop();
        await Promise.all(services.map((s) => s.stop()));
        await db.close();
      },
    };
  } catch (e) {
    await Promise.all(listening.map((l) => l.close()));
    await db.close();
    throw e;
  }
}
