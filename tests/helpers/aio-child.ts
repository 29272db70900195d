/**
 * The all-in-one as `pnpm start` runs it — on a data directory (LCS_DATA_DIR: pglite/, pki/, saml/)
 * or DATABASE_URL — but on free ports, for tests that administer a RUNNING platform from another
 * process (tests/cli-live.test.ts). Seeds a small demo tenant on first start, prints one JSON line
 * (gateway and facade URLs, the demo system's 8873 licence id) and serves until SIGTERM/SIGINT.
 */
import { join } from 'node:path';
import { loadConfig } from '../../platform/src/index.ts';
import { startStack } from '../../cli/src/stack.ts';
import { ensureDevPki, ensureSamlKeys } from '../../cli/src/pki.ts';
import { progressBars, seedTenant, tenantExists } from '../../cli/src/seed.ts';
import { ensureDemoCredentials } from '../../cli/src/demo-keys.ts';
import { listLicences } from '../../subgraphs/iam/src/credentials.ts';

if (process.argv.includes('--help')) {
  console.log('usage: node --import tsx tests/helpers/aio-child.ts   (env LCS_DATA_DIR, optionally DATABASE_URL)');
  process.exit(0);
}
const root = process.env.LCS_DATA_DIR!;
const config = loadConfig({ NODE_ENV: 'test', ...process.env, LCS_DATA_DIR: join(root, 'pglite') }, { allInOne: true });
const pki = await ensureDevPki(join(root, 'pki'));
const saml = await ensureSamlKeys(join(root, 'saml'), ['sp-signing', 'sp-encryption']);
const stack = await startStack({
  config,
  ports: 'ephemeral',
  warmSaml: false,
  facadeTls: { ca: pki.ca.cert, cert: pki.server.cert, key: pki.server.key },
  saml: { keys: { signing: saml['sp-signing'], encryption: saml['sp-encryption'] } },
});
if (!(await tenantExists(stack.db.app, 'demo')))
  await seedTenant(stack.db.app, { tenant: 'demo', clients: 5, historyMonths: 1 }, progressBars(false));
await ensureDemoCredentials(stack.db.app, {
  tenants: ['demo'],
  fingerprint: pki.demoClient.fingerprint,
  packages: { '8873': 'tenant' },
});
const licence = (await listLicences(stack.db.app, 'demo')).find((l) => l.package === '8873')!;
process.stdout.write(
  JSON.stringify({ gatewayUrl: stack.gatewayUrl, facadeUrl: stack.facadeUrl, licence: licence.id }) + '\n',
);
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
