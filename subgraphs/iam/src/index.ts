/** Starts the iam subgraph alone: PORT (4005), DATABASE_URL (or embedded PGlite under LCS_DATA_DIR), LCS_TRUST_KEYS. */
import { listen, loadConfig, openDatabase } from '@lcs/platform';
import { createServer, definition } from './server.ts';

const config = loadConfig(process.env, { dataDir: '.data/iam' });
const db = await openDatabase(config.db, [definition.migrations]);
const service = await createServer({ db, trust: config.trust, introspection: !config.production });
const l = await listen(service.handler, Number(process.env.PORT ?? 4005), config.host);
console.log(`iam subgraph listening on ${l.url}/graphql (${db.kind})`);
