/** Starts the gateway alone: PORT (4000), SUBGRAPH_<NAME>_URL overrides, LCS_TRUST_KEYS. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listen, loadConfig } from '@lcs/platform';
import { createGateway } from './server.ts';

const config = loadConfig(process.env);
const supergraphSdl = readFileSync(fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)), 'utf8');
const subgraphUrls = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => /^SUBGRAPH_[A-Z]+_URL$/.test(k)).map(([k, v]) => [k.split('_')[1]!.toLowerCase(), v!]),
);
const gw = await createGateway({ supergraphSdl, subgraphUrls, trust: config.trust, devAuth: config.devAuth, introspection: !config.production });
const l = await listen(gw.handler, Number(process.env.PORT ?? 4000), config.host);
console.log(`gateway listening on ${l.url}/graphql`);
