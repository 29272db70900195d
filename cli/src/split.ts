/**
 * `pnpm lcs start --split`: the platform as separate processes on PostgreSQL, for development of
 * the scale-out layout — each subgraph, the gateway and the facade as children running their own
 * entries (app/src/serve.ts <part>, what `lcs serve <part>` runs),
 * talking over HTTP with the signed context exactly as replicas behind a load balancer would. The
 * parent migrates and seeds once, starts the children, prints where they listen, and stops them
 * (SIGTERM, so each drains) on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig, openDatabase } from '@lcs/platform';
import { createDevIdp } from '@lcs/gateway/dev-idp';
import { getIdpConfig, setIdpConfig, listStaffUsers } from '@lcs/iam/saml';
import { SUBGRAPHS, DEFAULT_PORTS } from '@lcs/app/subgraphs';
import { ROOT, dataRoot } from './paths.ts';
import { ensureDevPki, ensureSamlKeys } from '@lcs/app/pki';
import { DEMO_TENANTS, progressBars, seedTenant, tenantExists } from './seed.ts';
import { ensureDemoCredentials, readDemoKeys, writeDemoKeys } from './demo-keys.ts';

export interface SplitOptions {
  seed: boolean;
  seedClients: number;
}

export interface ChildPart {
  name: string;
  child: ChildProcess;
  /** Resolves with the URLs the part printed once ready; rejects if it exits first. */
  ready: Promise<string[]>;
}

/** Starts a part's entry (app/src/serve.ts, as `lcs serve <part>`) as a child process (one pid: node --import tsx). */
export function spawnPart(
  part: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void = (l) => console.log(`[${part}] ${l}`),
): ChildPart {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'app/src/serve.ts'), part], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^\S+ ready: (.*)$/.exec(line);
      if (m) resolve(m[1]!.split(/\s+/));
      log(line);
    });
    createInterface({ input: child.stderr! }).on('line', log);
    child.once('exit', (code, signal) => reject(new Error(`${part} exited (${signal ?? code}) before it was ready`)));
  });
  ready.catch(() => {});
  return { name: part, child, ready };
}

export async function startSplit(o: SplitOptions): Promise<void> {
  const env = process.env;
  if (!env.DATABASE_URL) {
    console.error(
      'lcs start --split: DATABASE_URL is required (e.g. DATABASE_URL=postgres://lcs_owner@127.0.0.1:5432/lcs): ' +
        'separate processes share one PostgreSQL; the embedded PGlite belongs to one process (pnpm start).',
    );
    process.exit(2);
  }
  const root = dataRoot(env);
  const pki = await ensureDevPki(join(root, 'pki'));
  const samlDir = join(root, 'saml');
  await ensureSamlKeys(samlDir, ['sp-signing', 'sp-encryption', 'dev-idp']);
  const host = env.LCS_HOST ?? '127.0.0.1';
  const gatewayOrigin = `http://${host}:${DEFAULT_PORTS.gateway}`;

  // Migrate and seed once, here, before any part starts.
  const config = loadConfig(env);
  const db = await openDatabase(
    config.db,
    SUBGRAPHS.map((d) => d.migrations),
  );
  const keysFile = join(root, 'demo-keys.json');
  const devIdpTenants: string[] = [];
  try {
    const seeded: string[] = [];
    for (const tenant of Object.keys(DEMO_TENANTS)) {
      if (await tenantExists(db.app, tenant)) seeded.push(tenant);
      else if (o.seed) {
        console.log(`seeding demo tenant "${tenant}" (${o.seedClients} clients, first start only)…`);
        await seedTenant(db.app, { tenant, clients: o.seedClients }, progressBars(true));
        seeded.push(tenant);
      }
    }
    await db.analyze();
    const existing = readDemoKeys(keysFile);
    const keys = await ensureDemoCredentials(db.app, {
      tenants: seeded,
      fingerprint: pki.demoClient.fingerprint,
      existing,
    });
    if (JSON.stringify(keys) !== JSON.stringify(existing)) writeDemoKeys(keysFile, keys);
    if (!config.production) {
      const samlKeys = await ensureSamlKeys(samlDir, ['dev-idp']);
      const dev = createDevIdp({
        baseUrl: gatewayOrigin,
        keys: samlKeys['dev-idp'],
        production: false,
        listUsers: (t) => listStaffUsers(db.app, t),
      });
      for (const tenant of seeded) {
        const current = await getIdpConfig(db.app, tenant);
        if (current && current.entityId !== dev.entityId()) continue;
        await setIdpConfig(db.app, tenant, {
          metadataXml: dev.metadata(),
          entityId: dev.entityId(),
          profile: 'sweden-connect',
        });
        devIdpTenants.push(tenant);
      }
    }
  } finally {
    await db.close();
  }

  const common: NodeJS.ProcessEnv = {
    ...env,
    LCS_MIGRATE: '0', // migrated above, once
    LCS_TRUST_KEYS: env.LCS_TRUST_KEYS ?? `split:${randomBytes(32).toString('base64url')}`,
  };
  const subgraphEnv = Object.fromEntries(
    SUBGRAPHS.map((d) => [`SUBGRAPH_${d.name.toUpperCase()}_URL`, `http://${host}:${DEFAULT_PORTS[d.name]}/graphql`]),
  );
  const plan: [string, NodeJS.ProcessEnv][] = [
    ...SUBGRAPHS.map((d): [string, NodeJS.ProcessEnv] => [
      d.name,
      { PORT: String(DEFAULT_PORTS[d.name]), LCS_ADMIN_PORT: '0' },
    ]),
    [
      'gateway',
      {
        PORT: String(DEFAULT_PORTS.gateway),
        LCS_ADMIN_PORT: '0',
        ...subgraphEnv,
        LCS_PUBLIC_URL: gatewayOrigin,
        LCS_SAML_KEYS_DIR: samlDir,
        ...(config.production ? {} : { LCS_DEV_IDP_KEYS_DIR: samlDir }),
      },
    ],
    [
      'facade',
      {
        PORT: String(DEFAULT_PORTS.facade),
        LCS_ADMIN_PORT: String(DEFAULT_PORTS.facade! + 1),
        GATEWAY_URL: `${gatewayOrigin}/graphql`,
        LCS_TLS_CA: join(pki.dir, 'ca.crt'),
        LCS_TLS_CERT: join(pki.dir, 'server.crt'),
        LCS_TLS_KEY: join(pki.dir, 'server.key'),
        LCS_TLS_CRL: join(pki.dir, 'ca.crl'),
      },
    ],
  ];
  const parts: ChildPart[] = [];
  const stopAll = async () => {
    await Promise.all(
      parts.map(
        (p) =>
          new Promise<void>((r) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return r();
            p.child.once('exit', () => r());
            p.child.kill('SIGTERM');
          }),
      ),
    );
  };
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping every part…');
    void stopAll().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal); // `on`: tsx's loader ends the process on a signal nobody listens to any more
  process.on('SIGTERM', onSignal);
  const urls: [string, string][] = [];
  try {
    // Subgraphs first (the gateway's /readyz asks them), then the gateway, then the facade.
    for (const group of [plan.slice(0, SUBGRAPHS.length), plan.slice(SUBGRAPHS.length, -1), plan.slice(-1)]) {
      const started = group.map(([name, extra]) => spawnPart(name, { ...common, ...extra }));
      parts.push(...started);
      for (const p of started) urls.push([p.name, (await p.ready).join('  ')]);
    }
  } catch (e) {
    console.error(`lcs start --split: ${(e as Error).message}`);
    await stopAll();
    process.exit(1);
  }
  console.log(
    `\nLifecare platform, split into ${parts.length} processes on PostgreSQL${env.REDIS_URL ? ' with Redis' : ''}:`,
  );
  for (const [n, u] of urls) console.log(`  ${n.padEnd(10)} ${u}`);
  for (const tenant of devIdpTenants)
    console.log(`  sign in (${tenant}) ${gatewayOrigin}/saml/${tenant}/login  (DEVELOPMENT IdP)`);
  console.log(
    `\nAPI keys of the demo system: ${keysFile}; client certificate: ${join(pki.dir, 'demo-client.crt')}. ` +
      `Ctrl-C stops every part.\n`,
  );
  for (const p of parts) {
    p.child.once('exit', (code, signal) => {
      if (code !== 0) console.error(`${p.name} stopped (${signal ?? code})`);
    });
  }
}
