/**
 * The all-in-one stack in a child process, for the audit crash test (tests/audit.test.ts): it
 * opens the database named by DATABASE_URL (or the PGlite directory LCS_DATA_DIR), starts, prints
 * one JSON line with the gateway's URL, and serves until it is killed.
 */
import { loadConfig } from '../../platform/src/index.ts';
import { startStack } from '../../cli/src/stack.ts';

if (process.argv.includes('--help')) {
  console.log('usage: node --import tsx tests/helpers/crash-child.ts   (env DATABASE_URL or LCS_DATA_DIR)');
  process.exit(0);
}
const config = loadConfig({ NODE_ENV: 'test', ...process.env }, { allInOne: true });
const stack = await startStack({ config, ports: 'ephemeral', warmSaml: false });
process.stdout.write(JSON.stringify({ gatewayUrl: stack.gatewayUrl }) + '\n');
