#!/usr/bin/env node
/** The platform's command line: `pnpm lcs --help`. */
import { join } from 'node:path';
import { Command } from 'commander';
import { generate } from './generate.ts';
import { registerCredentialCommands } from './credentials-cli.ts';
import { registerOperationsCommands } from './ops-cli.ts';

const program = new Command('lcs').description('Lifecare care-data API platform: run, seed, generate.');

program
  .command('generate')
  .description('Write the generated files: subgraph SDL, supergraph, drizzle migrations (all committed).')
  .option('--check', 'write nothing; exit 1 if any generated file is stale')
  .option('--name <name>', 'name for a new migration', 'schema')
  .option('--only <subgraphs>', 'make migrations only for these subgraphs (comma-separated)')
  .action(async (o: { check?: boolean; name: string; only?: string }) => {
    const stale = await generate({ check: o.check, migrationName: o.name, only: o.only?.split(',') });
    if (!o.check) {
      // resolver types follow the SDL just written (codegen.yml)
      const { execFileSync } = await import('node:child_process');
      const { ROOT } = await import('./paths.ts');
      execFileSync(join(ROOT, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.yml', '--silent'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
    if (o.check && stale.length) {
      console.error(
        'Stale generated files (run `pnpm generate` and commit):\n' + stale.map((s) => '  - ' + s).join('\n'),
      );
      process.exit(1);
    }
    if (!stale.length) console.log('generated files are up to date');
  });

program
  .command('compose')
  .description("Compose the supergraph from the subgraphs' SDL into schema/supergraph.graphql.")
  .option('--check', 'write nothing; exit 1 if the committed supergraph is stale')
  .action(async (o: { check?: boolean }) => {
    const stale = await generate({ check: true });
    const schemaStale = stale.filter((s) => !s.includes('drizzle'));
    if (o.check) {
      if (schemaStale.length) {
        console.error('stale: ' + schemaStale.join(', '));
        process.exit(1);
      }
      console.log('supergraph is up to date');
      return;
    }
    if (schemaStale.length) await generate({});
    else console.log('supergraph is up to date');
  });

program
  .command('start')
  .description(
    'Run the whole platform in one process: gateway :4000, subgraphs :4001–4005, ' +
      'REST facade https://127.0.0.1:8443 (mutual TLS); ' +
      'state under LCS_DATA_DIR (default .data/: pglite/ unless DATABASE_URL is set, pki/, demo-keys.json).',
  )
  .option('--no-seed', 'do not seed the demo tenants on first start')
  .option('--seed-clients <n>', 'clients per demo tenant on first start', '100')
  .option(
    '--split',
    'each subgraph, the gateway and the facade as a process of its own (`lcs serve <part>`) on PostgreSQL ' +
      '(DATABASE_URL required; REDIS_URL for shared state)',
  )
  .action(async (o: { seed: boolean; seedClients: string; split?: boolean }) => {
    if (o.split) {
      const { startSplit } = await import('./split.ts');
      return startSplit({ seed: o.seed, seedClients: positiveInt(o.seedClients, '--seed-clients', MAX_SEED_CLIENTS) });
    }
    const { start } = await import('./start.ts');
    const { DataDirBusy } = await import('@lcs/platform');
    const { ConfigError } = await import('@lcs/app/env');
    try {
      await start({ seed: o.seed, seedClients: positiveInt(o.seedClients, '--seed-clients', MAX_SEED_CLIENTS) });
    } catch (e) {
      if (e instanceof DataDirBusy) fail(`cannot start: ${e.message}`);
      if (e instanceof ConfigError) fail(`start: ${e.message}`); // as `lcs serve <part>` reports it
      throw e;
    }
  });

program
  .command('prepare')
  .description(
    'Prepare what `pnpm start` needs on a first start, so that it answers within seconds: the seeded demo ' +
      'database it copies into a new embedded data directory (migrations + demo tenants; kept under ' +
      'node_modules/.cache/lcs-demo-db/, rebuilt when migrations or demo generators change) and the console ' +
      'build. `pnpm install` runs it (not when CI or LCS_NO_PREPARE is set); `pnpm start` does either itself ' +
      'if missing.',
  )
  .option('--seed-clients <n>', 'clients per demo tenant', '100')
  .option('--if-interactive', 'do nothing when CI or LCS_NO_PREPARE is set, and never fail (postinstall)')
  .action(async (o: { seedClients: string; ifInteractive?: boolean }) => {
    if (o.ifInteractive && (process.env.CI || process.env.LCS_NO_PREPARE)) return;
    const t0 = Date.now();
    const log = (l: string) => console.log(l);
    const [snapshot, built] = await Promise.allSettled([
      import('./demo-snapshot.ts').then(({ ensureSnapshot }) =>
        ensureSnapshot({ clients: positiveInt(o.seedClients, '--seed-clients', MAX_SEED_CLIENTS), log }),
      ),
      import('@lcs/console/build').then(({ ensureConsoleBuilt }) => ensureConsoleBuilt(log)),
    ]);
    if (snapshot.status === 'fulfilled') console.log(`demo database snapshot: ${snapshot.value}`);
    const failed = [snapshot, built].filter((r) => r.status === 'rejected');
    for (const r of failed)
      console.log(`not prepared: ${(r.reason as Error).message} (\`pnpm start\` tries again at its first start)`);
    console.log(`prepared for \`pnpm start\` in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (failed.length && !o.ifInteractive) process.exitCode = 1;
  });

program
  .command('serve')
  .argument('<part>', 'gateway, facade, or a subgraph: care, provider, hsl, housing, iam')
  .description(
    'Run one part of the platform as its own process, configured from its environment ' +
      '(scale-out; the composition roots are app/src/, their variables listed in app/src/parts.ts): ' +
      'PORT, DATABASE_URL, APP_DATABASE_URL, LCS_DB_POOLED=1 behind PgBouncer, LCS_TRUST_KEYS, REDIS_URL, ' +
      'LCS_ADMIN_PORT (/metrics, /healthz, /readyz); gateway: SUBGRAPH_<NAME>_URL, LCS_PUBLIC_URL, ' +
      'LCS_SAML_KEYS_DIR; facade: GATEWAY_URL, LCS_TLS_CA/CERT/KEY/CRL, LCS_TRUSTED_PROXIES. SIGTERM drains.',
  )
  .action(async (part: string) => {
    const { runPart } = await import('@lcs/app/serve');
    await runPart(part);
  });

program
  .command('seed')
  .description('Generate a deterministic synthetic municipality (tenant) across all subgraphs.')
  .requiredOption('--tenant <domain>', 'tenant domain, e.g. demo')
  .option('--clients <n>', 'number of clients', '100')
  .option('--history-months <n>', 'months of executed-service history', '2')
  .option('--quiet', 'no progress output')
  .action(async (o: { tenant: string; clients: string; historyMonths: string; quiet?: boolean }) => {
    const { seedTenant, progressBars } = await import('./seed.ts');
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(o.tenant))
      fail(`--tenant: "${o.tenant}" is not a tenant domain (lower-case letters, digits, -)`);
    // checked before anything is opened or said
    const clients = positiveInt(o.clients, '--clients', MAX_SEED_CLIENTS);
    const historyMonths = positiveInt(o.historyMonths, '--history-months', MAX_SEED_MONTHS);
    const db = await cliDatabase();
    try {
      console.log(`seeding tenant "${o.tenant}" with ${clients} clients on ${db.kind}…`);
      const r = await seedTenant(
        db.app,
        {
          tenant: o.tenant,
          clients,
          historyMonths,
        },
        progressBars(!o.quiet),
      );
      console.log(
        `done: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s ` +
          `(${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s)`,
      );
      await db.analyze(); // fresh statistics for the planner
    } catch (e) {
      fail((e as Error).message);
    } finally {
      await db.close();
    }
  });

registerCredentialCommands(program);
registerOperationsCommands(program);

const idp = program.command('idp').description("Staff sign-in: each tenant's SAML identity provider.");

idp
  .command('set')
  .description(
    "Set (or replace) a tenant's identity provider from its SAML metadata; the gateway uses it from the next " +
      'sign-in, without a restart. The SP metadata to give the IdP is at <gateway>/saml/<domain>/metadata.',
  )
  .requiredOption('--tenant <domain>', 'tenant domain, e.g. demo')
  .requiredOption(
    '--metadata <file|url>',
    "the IdP's metadata (EntityDescriptor XML): a file, or an https:// URL to fetch it from",
  )
  .option('--loa <uri>', 'required (and requested) AuthnContextClassRef', 'http://id.elegnamnden.se/loa/1.0/loa3')
  .option('--profile <profile>', 'attribute profile: sweden-connect | inera | adfs', 'sweden-connect')
  .action(async (o: { tenant: string; metadata: string; loa: string; profile: string }) => {
    const { readFileSync } = await import('node:fs');
    const { SAML_PROFILES, setIdpConfig } = await import('@lcs/iam/saml');
    const { idpEntityId } = await import('@lcs/gateway/saml');
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(o.tenant))
      fail(`--tenant: "${o.tenant}" is not a tenant domain (lower-case letters, digits, -)`);
    if (!(SAML_PROFILES as readonly string[]).includes(o.profile))
      fail(`--profile must be one of ${SAML_PROFILES.join(', ')}, not "${o.profile}"`);
    if (!/^(urn:|https?:\/\/)\S+$/.test(o.loa)) fail(`--loa must be a URI, not "${o.loa}"`);
    let xml: string;
    try {
      if (/^https?:\/\//.test(o.metadata)) {
        const r = await fetch(o.metadata, { signal: AbortSignal.timeout(15_000) });
        if (!r.ok) throw new Error(`GET ${o.metadata}: HTTP ${r.status}`);
        xml = await r.text();
      } else xml = readFileSync(o.metadata, 'utf8');
    } catch (e) {
      fail(`--metadata: ${(e as Error).message}`);
    }
    let entityId: string;
    try {
      entityId = idpEntityId(xml!);
    } catch (e) {
      fail(`--metadata: not usable IdP metadata (${(e as Error).message})`);
    }
    const db = await cliDatabase();
    try {
      await setIdpConfig(db.app, o.tenant, {
        metadataXml: xml!,
        entityId: entityId!,
        loa: o.loa,
        profile: o.profile as never,
      });
      console.log(`tenant "${o.tenant}": identity provider ${entityId!} (level ${o.loa}, profile ${o.profile})`);
    } catch (e) {
      fail((e as Error).message);
    } finally {
      await db.close();
    }
  });

const audit = program
  .command('audit')
  .description('The audit log (platform.audit_log): monthly partitions and retention (at least 5 years).');
audit
  .command('partitions')
  .description('Create monthly partitions ahead (--months) and list every partition with its row count.')
  .option('--months <n>', 'months ahead of the current one', '12')
  .action(async (o: { months: string }) => {
    const months = positiveInt(o.months, '--months');
    const { sql } = await import('drizzle-orm');
    const rows = await ownerQuery(async (admin) => {
      await admin.execute(sql`select platform.audit_ensure_partitions(${months}::int)`);
      return admin.execute(sql`
        select c.relname as partition, pg_get_expr(c.relpartbound, c.oid) as bounds, c.reltuples::bigint as approx_rows
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'platform.audit_log'::regclass order by c.relname`);
    });
    console.table(rows);
  });
audit
  .command('prune')
  .description('Drop whole months that ended before --before; refused for anything younger than 5 years.')
  .requiredOption('--before <YYYY-MM-DD>', 'first day kept')
  .action(async (o: { before: string }) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.before) || Number.isNaN(Date.parse(o.before)))
      fail(`--before must be a date (YYYY-MM-DD), not "${o.before}"`);
    const { sql } = await import('drizzle-orm');
    try {
      const dropped = await ownerQuery((admin) =>
        admin.execute(sql`select platform.audit_drop_months_before(${o.before}::date) as dropped`),
      );
      console.log(
        dropped.length ? `dropped ${dropped.map((r: { dropped: string }) => r.dropped).join(', ')}` : 'nothing to drop',
      );
    } catch (e) {
      fail((e as { cause?: Error }).cause?.message ?? (e as Error).message);
    }
  });

/**
 * The database every command uses (cli-db.ts: a running all-in-one's, or opened here); refusals end
 * the command with their message.
 */
async function cliDatabase() {
  const { openCliDatabase } = await import('./cli-db.ts');
  try {
    return await openCliDatabase();
  } catch (e) {
    fail((e as Error).message);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ownerQuery(fn: (admin: any) => Promise<any>): Promise<any[]> {
  const { rowsOf } = await import('@lcs/platform');
  const db = await cliDatabase();
  try {
    return rowsOf(await db.asOwner(fn));
  } finally {
    await db.close();
  }
}

function positiveInt(v: string, name: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  const wanted =
    max < Number.MAX_SAFE_INTEGER ? `a whole number from 1 to ${max.toLocaleString('en')}` : 'a positive whole number';
  if (!Number.isInteger(n) || n < 1 || n > max) fail(`${name} must be ${wanted}, not "${v}"`);
  return n;
}

/** The most clients and months a seed makes (a large municipality has ~20,000 clients in elderly care). */
const MAX_SEED_CLIENTS = 200_000;
const MAX_SEED_MONTHS = 120;

function fail(message: string): never {
  console.error(`lcs: ${message}`);
  process.exit(2);
}

await program.parseAsync();
