/**
 * The all-in-one as the benchmark runs it (`startStack`, the same code as `pnpm start`): one
 * process with the five subgraphs, the gateway and the REST facade over mutual TLS, on
 * PostgreSQL (DATABASE_URL) or on PGlite in a data directory (LCS_DATA_DIR, as `pnpm start` runs it;
 * bench/scale.ts), on free ports. Started by bench/run.ts, not by hand.
 *
 * Tells its parent over IPC: `{ type: 'ready', gatewayUrl, facadeUrl, subgraphUrls }`. After
 * `{ type: 'record' }` it keeps the SQL statements run (drizzle's query log, the `onQuery` hook)
 * and answers `{ type: 'statements' }` with them (and stops keeping them), so the parent can
 * count statements per request without the log growing under load.
 *
 * Env: DATABASE_URL (owner URL) or LCS_DATA_DIR, LCS_TRUST_KEYS, BENCH_PKI_DIR (ca.crt, server.crt/.key);
 * LCS_METRICS=0 runs without metrics (`LCS_METRICS=0 pnpm bench --quick` measures their cost).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, metricsOn } from '@lcs/platform';
import { startStack } from '@lcs/cli/stack';
import { applyHeapGrowth } from '@lcs/app/env';

if (!process.send) {
  console.error('bench/aio.ts is started by bench/run.ts (it talks to its parent over IPC)');
  process.exit(2);
}
const pkiDir = process.env.BENCH_PKI_DIR;
if (!(process.env.DATABASE_URL || process.env.LCS_DATA_DIR) || !pkiDir) {
  console.error('bench/aio.ts needs DATABASE_URL (or LCS_DATA_DIR) and BENCH_PKI_DIR');
  process.exit(2);
}
const pem = (name: string) => readFileSync(join(pkiDir, name), 'utf8');

let statements: string[] = [];
let recording = false;
applyHeapGrowth(); // as `pnpm start` and `lcs serve` do (LCS_HEAP_GROWTH)
const config = loadConfig(process.env, { allInOne: true });
const stack = await startStack({
  config,
  ports: 'ephemeral',
  metrics: metricsOn(process.env) ? undefined : false,
  onQuery: (q) => void (recording && statements.push(q)),
  facadeTls: { ca: pem('ca.crt'), cert: pem('server.crt'), key: pem('server.key') },
});
process.on('message', (m: { type?: string }) => {
  if (m?.type === 'record') {
    statements = [];
    recording = true;
    process.send!({ type: 'recording' });
  } else if (m?.type === 'statements') {
    process.send!({ type: 'statements', statements });
    statements = [];
    recording = false;
  }
});
process.on('disconnect', () => void stack.stop().finally(() => process.exit(0)));
process.once('SIGTERM', () => void stack.stop().finally(() => process.exit(0)));
process.send({
  type: 'ready',
  gatewayUrl: stack.gatewayUrl,
  facadeUrl: stack.facadeUrl,
  subgraphUrls: stack.subgraphUrls,
});
console.log(`all-in-one ready: gateway ${stack.gatewayUrl}, facade ${stack.facadeUrl}`);
