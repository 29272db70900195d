/**
 * The database the CLI acts on: the one `pnpm start` uses (DATABASE_URL, or the embedded PGlite
 * under the data folder of LCS_ENVIRONMENT). Every operations verb gets its database here.
 */
import { join } from 'node:path';
import { loadConfig, openDatabase, type Database } from '@lcs/platform';
import { SUBGRAPHS } from './subgraphs.ts';
import { dataRoot } from './paths.ts';

export async function openCliDatabase(): Promise<Database> {
  const config = loadConfig({ ...process.env, LCS_DATA_DIR: join(dataRoot(process.env), 'pglite') });
  return openDatabase(config.db, SUBGRAPHS.map((d) => d.migrations));
}
