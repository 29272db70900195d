/** `pnpm start`: the all-in-one platform on the embedded database (or DATABASE_URL). */
import { join } from 'node:path';
import { loadConfig } from '@lcs/platform';
import { startStack } from './stack.ts';
import { DEMO_TENANTS, progressBars, seedTenant, tenantExists } from './seed.ts';
import { ROOT } from './generate.ts';

export interface StartOptions {
  seedClients: number;
  seed: boolean;
}

export async function start(o: StartOptions): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig(process.env, { allInOne: true, dataDir: join(ROOT, '.data/pglite') });
  console.log(config.db.url ? `database: PostgreSQL (${new URL(config.db.url).host})` : `database: embedded PGlite in ${config.db.dataDir}`);
  const stack = await startStack({ config, ports: 'default' });
  if (o.seed) {
    for (const tenant of Object.keys(DEMO_TENANTS)) {
      if (await tenantExists(stack.db.app, tenant)) continue;
      console.log(`seeding demo tenant "${tenant}" (${o.seedClients} clients, first start only)…`);
      const r = await seedTenant(stack.db.app, { tenant, clients: o.seedClients }, progressBars(true));
      console.log(`  ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s`);
    }
  }
  const rows = [
    ['gateway', stack.gatewayUrl],
    ...Object.entries(stack.subgraphUrls).map(([n, u]) => [`subgraph ${n}`, u]),
  ];
  console.log(`\nLifecare care-data API platform is up (${((Date.now() - t0) / 1000).toFixed(1)} s):`);
  for (const [n, u] of rows) console.log(`  ${n!.padEnd(18)} ${u}`);
  console.log(`  health             ${stack.gatewayUrl.replace('/graphql', '/healthz')}  ${stack.gatewayUrl.replace('/graphql', '/readyz')}`);
  console.log(`\nTry a federated query (clients from care, executions from provider, HSL orders, housing events):\n`);
  console.log(`  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H 'x-lcs-tenant: demo' \\
    -d '{"query":"{ clients(first: 3) { nodes { id fullName executions { id serviceCategoryName unit { name } } hslOrders { id startDate } housingApplicationEvents { eventType status } } } }"}'\n`);
  if (config.devAuth) console.log('  (x-lcs-tenant is the development sign-in; it is refused when NODE_ENV=production)\n');
  const stop = async () => {
    console.log('stopping…');
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
