/**
 * Seeds one demo tenant into a fresh database of its own and prints its peak memory and a
 * fingerprint of every table's rows (timestamps a database default sets are left out), so that a
 * change to the generators can be checked to keep the data the same and the memory flat.
 *
 *   node --import tsx bench/seed-check.ts --clients 100 --months 1 [--db lcs_seedcheck] [--pg postgres://…]
 */
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { progressBars, seedTenant } from '@lcs/cli/seed';

const { values: argv } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    months: { type: 'string', default: '1' },
    tenant: { type: 'string', default: 'seedcheck' },
    db: { type: 'string', default: 'lcs_seedcheck' },
    pg: { type: 'string', default: process.env.LCS_BENCH_PG_URL ?? 'postgres://lcs_owner@127.0.0.1:5432' },
    progress: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (argv.help) {
  console.log(
    [
      'Usage: node --import tsx bench/seed-check.ts [options]',
      '',
      'Seeds one demo tenant into a fresh database of its own (dropped and created again), then prints',
      'the peak RSS and a fingerprint of every table, to check that a generator change keeps the data.',
      '',
      '  --clients N    clients of the tenant (default 100)',
      '  --months N     months of history (default 1)',
      '  --tenant NAME  tenant domain (default seedcheck)',
      '  --db NAME      database, must start with lcs_seedcheck (default lcs_seedcheck)',
      '  --pg URL       PostgreSQL server (default $LCS_BENCH_PG_URL or postgres://lcs_owner@127.0.0.1:5432)',
      '  --progress     progress bars while seeding',
      '  -h, --help     this text',
    ].join('\n'),
  );
  process.exit(0);
}
if (!/^lcs_seedcheck[a-z0-9_]*$/.test(argv.db)) throw new Error('--db must start with lcs_seedcheck');
const base = new URL(argv.pg);
const admin = postgres(new URL('/postgres', base).toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`DROP DATABASE IF EXISTS ${argv.db} WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE ${argv.db}`);
await admin.end();
const url = new URL(`/${argv.db}`, base).toString();
const db = await openDatabase(
  { url },
  SUBGRAPHS.map((d) => d.migrations),
);
const r = await seedTenant(
  db.app,
  { tenant: argv.tenant, clients: Number(argv.clients), historyMonths: Number(argv.months) },
  progressBars(argv.progress),
);
const peakMb = process.resourceUsage().maxRSS / 1024;
await db.close();
const owner = postgres(url, { max: 1, onnotice: () => {} });
const tables = await owner<{ s: string; t: string }[]>`select table_schema as s, table_name as t
  from information_schema.tables where table_schema in ('iam', 'care', 'provider', 'hsl', 'housing')
  and table_type = 'BASE TABLE' order by 1, 2`;
const lines: string[] = [];
for (const { s, t } of tables) {
  // row-level security applies to the owner too: read as the tenant
  const [row] = await owner.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${argv.tenant}, true)`;
    return tx.unsafe(`select count(*)::int as n,
    md5(coalesce(string_agg((to_jsonb(x) - 'updated_at' - 'created_at')::text, '|' order by
      (to_jsonb(x) - 'updated_at' - 'created_at')::text), '')) as h
    from "${s}"."${t}" x`);
  });
  if (row!.n > 0) lines.push(`${s}.${t} ${row!.n} ${String(row!.h).slice(0, 12)}`);
}
await owner.end();
console.log(lines.join('\n'));
console.log(
  `seeded ${r.rows} rows in ${r.seconds.toFixed(1)} s; peak RSS ${peakMb.toFixed(0)} MB; ` +
    `${argv.clients} clients, ${argv.months} months`,
);
