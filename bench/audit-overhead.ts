/**
 * Issue 7's figure: what audit logging costs on `GET /api/v1/clients?limit=1000` through the REST
 * facade (mutual TLS, API key), on PostgreSQL. Two all-in-one stacks over the same database, one
 * writing audit records (as always in production) and one not (a benchmark-only switch); requests
 * alternate A/B after a warm-up; medians over all rounds, and the ratio.
 * Usage: node --import tsx bench/audit-overhead.ts [--help] [--clients N] [--rounds N]
 */
import postgres from 'postgres';
import { ensureBenchDatabase } from './lib/bench-db.ts';
import { loadConfig } from '@lcs/platform';
import { createDevPki } from '@lcs/cli/pki';
import { ensureDemoCredentials } from '@lcs/cli/demo-keys';
import { timedGet } from './lib/https.ts';
import { arg, demoClientAgent, seedOnce, startBenchStack, upperMedian, usage } from './lib/bench-stack.ts';

usage(
  'usage: node --import tsx bench/audit-overhead.ts [--clients 1500] [--rounds 40]\n' +
    'Median latency of GET /api/v1/clients?limit=1000 with and without audit records, alternating, same run ' +
    '(PostgreSQL: LCS_BENCH_PG_URL).',
);
const CLIENTS = arg('clients', 1500);
const ROUNDS = arg('rounds', 40);

const url = await ensureBenchDatabase('lcs_bench_audit');

// Audit records can be turned off only outside production (platform config.ts refuses it there), so
// both stacks run the same non-production configuration and differ in that switch alone.
const env = { NODE_ENV: 'benchmark', DATABASE_URL: url.toString(), LCS_TRUST_KEYS: `bench:${'b'.repeat(40)}` };
const config = loadConfig(env, { allInOne: true });
const configWithoutAudit = loadConfig({ ...env, LCS_BENCHMARK_WITHOUT_AUDIT: '1' }, { allInOne: true });
const pki = await createDevPki();
const withAudit = await startBenchStack(config, pki, { warmSaml: false });
const without = await startBenchStack(configWithoutAudit, pki, { warmSaml: false });
try {
  await seedOnce(withAudit, { tenant: 'bench', clients: CLIENTS, historyMonths: 1 });
  const key = (
    await ensureDemoCredentials(withAudit.db.app, { tenants: ['bench'], fingerprint: pki.demoClient.fingerprint })
  ).bench!['8873']!;
  const agent = demoClientAgent(pki);
  const path = '/api/v1/clients?limit=1000&domain=bench';
  const get = (base: string) => timedGet(`${base}${path}`, agent, { 'x-api-key': key });
  const a: number[] = [];
  const b: number[] = [];
  const total = ROUNDS + 5;
  for (let i = 0; i < total; i++) {
    // alternate which goes first, so neither always sees a warmer cache
    const order =
      i % 2
        ? ([
            [withAudit, a],
            [without, b],
          ] as const)
        : ([
            [without, b],
            [withAudit, a],
          ] as const);
    for (const [stack, out] of order) {
      const r = await get(stack.facadeUrl!);
      if (r.rows !== 1000) throw new Error(`expected 1000 rows, got ${r.rows}`);
      if (i >= 5) out.push(r.ms);
    }
    process.stderr.write(`\rround ${i + 1}/${total}`);
  }
  process.stderr.write('\n');
  const owner = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const recorded = await owner.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', 'bench', true)`;
    return tx`select count(*)::int as n from platform.audit_log where operation like 'V1Clients__%'`;
  });
  await owner.end();
  const load = (await import('node:os')).loadavg()[0]!.toFixed(2);
  console.log(`GET /api/v1/clients?limit=1000, ${ROUNDS} rounds after 5 warm-up, alternating (load ${load}):`);
  console.log(`  with audit records   median ${upperMedian(a).toFixed(1)} ms`);
  console.log(`  without              median ${upperMedian(b).toFixed(1)} ms`);
  const overheadPct = ((upperMedian(a) / upperMedian(b) - 1) * 100).toFixed(1);
  const overheadMs = (upperMedian(a) - upperMedian(b)).toFixed(1);
  console.log(
    `  overhead             ${overheadPct} % (${overheadMs} ms); ` +
      `audit records of this route in the database: ${recorded[0]?.n}`,
  );
  console.log(
    `RESULT audit_with_ms=${upperMedian(a).toFixed(1)} audit_without_ms=${upperMedian(b).toFixed(1)} ` +
      `audit_ratio=${(upperMedian(a) / upperMedian(b)).toFixed(3)}`,
  );
  agent.destroy();
} finally {
  await withAudit.stop();
  await without.stop();
}
