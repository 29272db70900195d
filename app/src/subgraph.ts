/**
 * A subgraph as a process of its own (`lcs serve care`, …): its database schema, its GraphQL
 * endpoint, an admin listener. Environment: PORT, DATABASE_URL or APP_DATABASE_URL (LCS_MIGRATE=0),
 * LCS_TRUST_KEYS and the common settings (platform/src/part.ts).
 */
import {
  ENVIRONMENT_HEADER,
  createSubgraphService,
  listen,
  loadConfig,
  openDatabase,
  partSettings,
  partTelemetry,
  servePart,
  closingWhileDraining,
  observeOf,
  type PartSettings,
  type PlatformConfig,
  type RunningPart,
} from '@lcs/platform';
import { DEFAULT_PORTS, SUBGRAPHS } from './subgraphs.ts';
import { ConfigError } from './env.ts';

export type SubgraphDefinition = (typeof SUBGRAPHS)[number];

export interface SubgraphPartConfig {
  definition: SubgraphDefinition;
  platform: PlatformConfig;
  part: PartSettings;
}

/** Separately started parts share one PostgreSQL (the embedded PGlite belongs to the all-in-one). */
export function sharedDatabaseConfig(env: NodeJS.ProcessEnv): PlatformConfig {
  const platform = loadConfig(env);
  if (!platform.db.url)
    throw new ConfigError(
      'DATABASE_URL is required: separately started parts share one PostgreSQL ' +
        '(the embedded PGlite belongs to one process: use pnpm start)',
    );
  return platform;
}

export function subgraphConfig(name: string, env: NodeJS.ProcessEnv): SubgraphPartConfig {
  const definition = SUBGRAPHS.find((d) => d.name === name);
  if (!definition) throw new ConfigError(`no subgraph "${name}"`);
  return {
    definition,
    platform: sharedDatabaseConfig(env),
    part: partSettings(env, { port: DEFAULT_PORTS[name]! }),
  };
}

export async function startSubgraph(c: SubgraphPartConfig): Promise<RunningPart> {
  const t = await partTelemetry(`subgraph:${c.definition.name}`, c.part);
  const db = await openDatabase({ ...c.platform.db, applicationName: `lcs-${c.definition.name}`, metrics: t.metrics }, [
    c.definition.migrations,
  ]);
  try {
    const s = await createSubgraphService(c.definition, {
      db,
      trust: c.platform.trust,
      introspection: !c.platform.production,
      compiledReads: c.platform.compiledReads,
      config: c.platform,
      metrics: t.metrics,
    });
    const handler = closingWhileDraining((req, res) => {
      res.setHeader(ENVIRONMENT_HEADER, c.platform.environment);
      return s.handler(req, res);
    }, s.readiness);
    const l = await listen(handler, c.part.port, c.platform.host, undefined, observeOf(t));
    return await servePart(t, c.part, {
      name: c.definition.name,
      listening: [l],
      urls: [`${l.url}/graphql`],
      readiness: s.readiness,
      close: [() => s.stop(), () => db.close()],
    });
  } catch (e) {
    await db.close();
    throw e;
  }
}
