/**
 * Issue 4's measurements, in one run on PostgreSQL: the REST facade running its persisted
 * operations in process (straight into the gateway's executor) vs over HTTP to the gateway, and
 * both against a plain PostgreSQL query for the same rows (same tenant, same RLS transaction).
 * Requests alternate A/B/C after a warm-up; medians over all rounds.
 * Usage: node --import tsx bench/facade-modes.ts [--help] [--clients N] [--rounds N]
 */
import postgres from 'postgres';
import { ensureBenchDatabase } from './lib/bench-db.ts';
import { loadConfig, listen } from '@lcs/platform';
import { createDevPki } from '@lcs/cli/pki';
import { ensureDemoCredentials } from '@lcs/cli/demo-keys';
import { createFacade } from '@lcs/rest-facade';
import { createAuthenticator } from '@lcs/rest-facade/auth';
import { httpExecutor } from '@lcs/rest-facade/execute';
import { verifyApiKey } from '@lcs/iam/credentials';
import { loadRoutes } from '@lcs/cli/stack';
import { timedGet } from './lib/https.ts';
import { arg, demoClientAgent, seedOnce, startBenchStack, upperMedian, usage } from './lib/bench-stack.ts';

usage(
  'usage: node --import tsx bench/facade-modes.ts [--clients 300] [--rounds 40]\n' +
    'Compares the facade in process vs over HTTP vs plain SQL for GET /api/v1/executed_services?limit=1000.',
);
const CLIENTS = arg('clients', 300);
const ROUNDS = arg('rounds', 40);
const url = await ensureBenchDatabase('lcs_bench_modes');

const config = loadConfig(
  { NODE_ENV: 'production', DATABASE_URL: url.toString(), LCS_TRUST_KEYS: `bench:${'b'.repeat(40)}` },
  { allInOne: true },
);
const pki = await createDevPki();
const stack = await startBenchStack(config, pki, {
  inProcessSubgraphs: process.env.LCS_BENCH_REMOTE_SUBGRAPHS !== '1',
});
try {
  await seedOnce(stack, { tenant: 'bench', clients: CLIENTS, historyMonths: 2 });
  const keys = await ensureDemoCredentials(stack.db.app, {
    tenants: ['bench'],
    fingerprint: pki.demoClient.fingerprint,
  });
  const key = keys.bench!['8873']!;

  // B: the same facade, executing over HTTP against the gateway (persisted id + signed principal).
  const httpFacade = createFacade({
    routes: loadRoutes(),
    authenticate: createAuthenticator({ verifyKey: (k, fp) => verifyApiKey(stack.db.app, k, fp) }),
    execute: httpExecutor(stack.gatewayUrl, config.trust),
  });
  const b = await listen(httpFacade, 0, '127.0.0.1', {
    ca: pki.ca.cert,
    cert: pki.server.cert,
    key: pki.server.key,
    requestCert: true,
    rejectUnauthorized: true,
  });

  const agent = demoClientAgent(pki);
  const path = '/WE.EC.Integration.Host/api/v1/executed_services?limit=1000&domain=bench';
  const get = (base: string) => timedGet(`${base}${path}`, agent, { 'x-api-key': key });
  const inProcessBase = stack.facadeUrl!.replace('/WE.EC.Integration.Host', '');
  const httpBase = b.url.replace('http://', 'https://');

  // C: plain SQL for the same rows, as the app role in a tenant-scoped transaction, to JSON text.
  const pg = postgres(url.toString().replace('lcs_owner@', 'lcs_app@'), { max: 1, onnotice: () => {} });
  const plain = async () => {
    const t0 = performance.now();
    const rows = await pg.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', 'bench', true)`;
      return tx`select * from provider.executed_service where deleted = false order by updated_at, id limit 1000`;
    });
    JSON.stringify(rows);
    return { ms: performance.now() - t0, rows: rows.length };
  };

  for (let i = 0; i < 5; i++) await Promise.all([get(inProcessBase), get(httpBase), plain()].map((p) => p));
  const times = { inProcess: [] as number[], http: [] as number[], sql: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    times.inProcess.push((await get(inProcessBase)).ms);
    times.http.push((await get(httpBase)).ms);
    times.sql.push((await plain()).ms);
  }
  const m = { inProcess: upperMedian(times.inProcess), http: upperMedian(times.http), sql: upperMedian(times.sql) };
  console.log(`GET /api/v1/executed_services?limit=1000 (1,000 rows, ${ROUNDS} rounds alternating, medians):`);
  console.log(`  facade, in process     ${m.inProcess.toFixed(1)} ms`);
  console.log(`  facade, HTTP to gateway ${m.http.toFixed(1)} ms   (${(m.http / m.inProcess).toFixed(2)}× in process)`);
  console.log(
    `  plain PostgreSQL query ${m.sql.toFixed(1)} ms   ` +
      `(facade in process = ${(m.inProcess / m.sql).toFixed(2)}× the query)`,
  );
  console.log(
    `RESULT facade_in_process_ms=${m.inProcess.toFixed(1)} facade_http_ms=${m.http.toFixed(1)} ` +
      `plain_sql_ms=${m.sql.toFixed(1)}`,
  );
  await pg.end();
  agent.destroy();
  await b.close();
} finally {
  await stack.stop();
}
