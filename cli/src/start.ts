/**
 * `pnpm start`: the all-in-one (app/src/all-in-one.ts) on the embedded database (or DATABASE_URL),
 * with what a developer needs around it: the development PKI, SAML keys, the console's build, demo
 * tenants with API keys, and the URLs to try.
 */
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { readLock } from '@lcs/platform';
import { stopOnSignals } from '@lcs/app/serve';
import { applyHeapGrowth } from '@lcs/app/env';
import { allInOneConfig, allInOneSettings, startAllInOne } from '@lcs/app/all-in-one';
import { loadRoutes } from '@lcs/app/assets';
import { ensureDevPki, ensureSamlKeys } from '@lcs/app/pki';
import { DEMO_TENANTS, progressBars, seedTenant, tenantExists } from './seed.ts';
import { dataRoot } from './paths.ts';
import { ensureSnapshot, isFreshDataDir, restoreSnapshot } from './demo-snapshot.ts';
import { ensureDemoCredentials, readDemoKeys, writeDemoKeys } from './demo-keys.ts';

export interface StartOptions {
  seedClients: number;
  seed: boolean;
}

export async function start(o: StartOptions): Promise<void> {
  const t0 = Date.now();
  // first: a bad setting is refused before anything is made
  const heapGrowth = applyHeapGrowth(process.env);
  allInOneSettings(process.env);
  const root = dataRoot(process.env);
  const pki = await ensureDevPki(join(root, 'pki'));
  if (pki.created.length)
    console.log(`development PKI: made ${pki.created.map((n) => `${n}.crt`).join(', ')} in ${pki.dir}`);
  // Staff sign-in: the SP's keys are kept under <data>/saml so configured IdPs keep trusting them.
  const samlDir = join(root, 'saml');
  await ensureSamlKeys(samlDir, ['sp-signing', 'sp-encryption', 'dev-idp']);
  const config = allInOneConfig({
    ...process.env,
    LCS_DATA_DIR: join(root, 'pglite'),
    LCS_TLS_CA: join(pki.dir, 'ca.crt'),
    LCS_TLS_CERT: join(pki.dir, 'server.crt'),
    LCS_TLS_KEY: join(pki.dir, 'server.key'),
    // the dev CA's CRL (`pnpm lcs cert revoke`), reloaded when the file changes
    LCS_TLS_CRL: join(pki.dir, 'ca.crl'),
    LCS_SAML_KEYS_DIR: samlDir,
    // DEVELOPMENT ONLY: a local IdP for the demo tenants; never with NODE_ENV=production.
    LCS_DEV_IDP_KEYS_DIR: process.env.NODE_ENV === 'production' ? '' : samlDir,
    LCS_EXPORTS_DIR: join(root, 'exports'),
  });
  console.log(
    config.platform.db.url
      ? `database: PostgreSQL (${new URL(config.platform.db.url).host})`
      : `database: embedded PGlite in ${config.platform.db.dataDir}`,
  );
  // A first start on the embedded database: the migrated, seeded demo database from its snapshot
  // (cli/src/demo-snapshot.ts; built once, by `pnpm install` or here), not seeded now.
  const dataDir = config.platform.db.dataDir;
  if (o.seed && !config.platform.db.url && dataDir && isFreshDataDir(dataDir)) {
    const snapshot = await ensureSnapshot({ clients: o.seedClients, log: (l) => console.log(l), progress: true });
    restoreSnapshot(snapshot, dataDir);
    console.log(`demo tenants ${Object.keys(DEMO_TENANTS).join(', ')}: copied from the snapshot ${snapshot}`);
  }
  // The web console's static files (console/dist, not committed): built on first start and after changes.
  const { ensureConsoleBuilt } = await import('@lcs/console/build');
  await ensureConsoleBuilt((line) => console.log(line));
  const aio = await startAllInOne(config);
  // SIGTERM/SIGINT: not ready, (LCS_DRAIN_MS) stop accepting, finish in-flight requests, close pools, flush traces
  stopOnSignals(aio);
  const stack = aio.stack;
  const seeded: string[] = [];
  const pending: string[] = [];
  for (const tenant of Object.keys(DEMO_TENANTS)) {
    if (await tenantExists(stack.db.app, tenant)) seeded.push(tenant);
    else if (o.seed) pending.push(tenant);
  }
  // One receiving system per demo tenant, bound to the demo certificate; a key per package.
  const keysFile = join(root, 'demo-keys.json');
  /** Demo credentials for the seeded tenants; demo-keys.json rewritten only when they changed. */
  const syncDemoKeys = async () => {
    const existing = readDemoKeys(keysFile);
    const keys = await ensureDemoCredentials(stack.db.app, {
      tenants: seeded,
      fingerprint: pki.demoClient.fingerprint,
      existing,
    });
    if (JSON.stringify(keys) !== JSON.stringify(existing)) writeDemoKeys(keysFile, keys);
    return keys;
  };
  const seedDemo = async (tenant: string) => {
    console.log(`seeding demo tenant "${tenant}" (${o.seedClients} clients, first start only)…`);
    const r = await seedTenant(stack.db.app, { tenant, clients: o.seedClients }, progressBars(true));
    console.log(`  ${tenant}: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s`);
    // fresh statistics for the planner, and on PGlite (no autovacuum) visibility maps too
    if (stack.db.autovacuum) await stack.db.autovacuum();
    else await stack.db.analyze();
    seeded.push(tenant);
    return syncDemoKeys();
  };
  // The first tenant before serving; the others after, in the background (first start only).
  if (!seeded.length && pending.length) await seedDemo(pending.shift()!);
  const keys = await syncDemoKeys();
  // Demo tenants without an IdP of their own sign in through the development IdP.
  const devIdpTenants: string[] = [];
  if (stack.devIdp) {
    const { getIdpConfig, setIdpConfig } = await import('@lcs/iam/saml');
    for (const tenant of Object.keys(DEMO_TENANTS)) {
      const current = await getIdpConfig(stack.db.app, tenant);
      if (current && current.entityId !== stack.devIdp.entityId()) continue;
      await setIdpConfig(stack.db.app, tenant, {
        metadataXml: stack.devIdp.metadata(),
        entityId: stack.devIdp.entityId(),
        profile: 'sweden-connect',
      });
      devIdpTenants.push(tenant);
    }
  }
  const rows = [
    ['gateway', stack.gatewayUrl],
    ...Object.entries(stack.subgraphUrls).map(([n, u]) => [`subgraph ${n}`, u]),
    ['REST facade', `${stack.facadeUrl}  (mutual TLS + API key)`],
    ['API docs', `${new URL(stack.facadeUrl!).origin}/docs  ${new URL(stack.facadeUrl!).origin}/openapi.json`],
  ];
  console.log(
    `\nLifecare care-data API platform is up (${((Date.now() - t0) / 1000).toFixed(1)} s), environment ` +
      `${config.platform.environment.toUpperCase()} (LCS_ENVIRONMENT):`,
  );
  for (const [n, u] of rows) console.log(`  ${n!.padEnd(18)} ${u}`);
  console.log(
    `  health             ${stack.gatewayUrl.replace('/graphql', '/healthz')}  ` +
      `${stack.gatewayUrl.replace('/graphql', '/readyz')}`,
  );
  const adminOrigin = new URL(stack.metricsUrl!).origin;
  console.log(
    `  metrics (admin)    ${stack.metrics ? stack.metricsUrl : `${stack.metricsUrl} (off: LCS_METRICS=0)`}  ` +
      `${adminOrigin}/readyz  (only on ${new URL(adminOrigin).hostname}; LCS_ADMIN_PORT)`,
  );
  console.log(
    `  heap limit         ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20).toLocaleString('en')} MB ` +
      `(V8's; node --max-old-space-size=<MB> bounds it: README), grown ` +
      (heapGrowth ? `${heapGrowth} % past what is live (LCS_HEAP_GROWTH)` : 'as V8 chooses (LCS_HEAP_GROWTH=0)'),
  );
  if (config.part.otlpEndpoint) console.log(`  traces             OTLP to ${config.part.otlpEndpoint}`);
  console.log(
    `  status page        ${stack.statusUrl}  (${config.platform.environment.toUpperCase()}; answers in ` +
      `maintenance too; feed ${stack.statusUrl}/feed.json)`,
  );
  console.log(`  service windows    ${stack.statusUrl}/${config.platform.environment}.ics`);
  const local = config.platform.db.dataDir ? readLock(config.platform.db.dataDir)?.socket : undefined;
  if (local)
    console.log(`  local tools        ${local}  (\`pnpm lcs …\` administers this running instance through it)`);
  const origin = new URL(stack.gatewayUrl).origin;
  console.log(
    `  ${'web console'.padEnd(18)} ${origin}/console/  (tenant administrators: partner systems, access review, ` +
      `audit search, sign-in, operations)`,
  );
  if (stack.explorer)
    console.log(
      `  ${'GraphQL explorer'.padEnd(18)} ${stack.gatewayUrl}  (open in a browser once signed in; off in ` +
        `production unless LCS_GRAPHQL_EXPLORER=1)`,
    );
  for (const tenant of devIdpTenants)
    console.log(
      `  ${`sign in (${tenant})`.padEnd(18)} ${origin}/saml/${tenant}/login  (DEVELOPMENT IdP: pick a demo ` +
        `user; off when NODE_ENV=production)`,
    );
  console.log(`\nTry a federated query (clients from care, executions from provider, HSL orders, housing events):\n`);
  const federated =
    '{ clients(first: 3) { nodes { id fullName executions { id serviceCategoryName unit { name } } ' +
    'hslOrders { id startDate } housingApplicationEvents { eventType status } } } }';
  console.log(`  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H 'x-lcs-tenant: demo' \\
    -d '${JSON.stringify({ query: federated })}'\n`);
  if (config.platform.devAuth)
    console.log('  (x-lcs-tenant is the development sign-in; it is refused when NODE_ENV=production)\n');
  const tenant = seeded[0];
  const article = tenant && (keys[tenant]?.['8873'] ? '8873' : Object.keys(keys[tenant] ?? {})[0]);
  if (tenant && article) {
    const route = loadRoutes().routes.find(
      (r) => r.method === 'GET' && r.kind === 'list' && r.packages[article] && !r.path.includes('{'),
    );
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    // The key is read from the key file by the shell rather than printed, so it stays out of logs.
    const keyOf = `require(${JSON.stringify(keysFile)})[${JSON.stringify(tenant)}][${JSON.stringify(article)}]`;
    const keyExpr = `$(node -p ${q(keyOf)})`;
    console.log(
      `Call the REST facade as the demo system (package ${article}, tenant ${tenant}; every package's key is in ` +
        `${keysFile}):\n`,
    );
    const identity =
      `--cacert ${q(join(pki.dir, 'ca.crt'))} --cert ${q(join(pki.dir, 'demo-client.crt'))} ` +
      `--key ${q(join(pki.dir, 'demo-client.key'))}`;
    console.log(`  curl -s ${identity} \\
    -H "X-Api-Key: ${keyExpr}" \\
    ${q(`${stack.facadeUrl}${route?.path ?? '/api/v1/clients'}?limit=2&domain=${tenant}`)}\n`);
  }
  // Now that the platform answers: warm the SAML validator so the first sign-in is quick.
  void stack.saml?.warm();
  if (pending.length) {
    console.log(`seeding ${pending.join(', ')} in the background; it answers once done.\n`);
    void (async () => {
      for (const tenant of pending) await seedDemo(tenant);
    })().catch((e) => console.error(`seeding failed: ${(e as Error).message}`));
  }
}
