#!/usr/bin/env node
/**
 * Migrations apart from the services (deploy/: the migration Job and each Deployment's
 * initContainer). `migrate` applies every schema's migrations as the owner (DATABASE_URL, straight
 * to PostgreSQL: it holds a session advisory lock, which PgBouncer's transaction pooling cannot
 * carry) and exits; `migrate --wait` waits, as the app role, until the database has every migration
 * this build has, so a pod starts only on a schema it knows. Services then run with LCS_MIGRATE=0.
 */
import { Command, InvalidArgumentError } from 'commander';
import postgres from 'postgres';
import { openDatabase, pendingMigrations, PLATFORM_MIGRATIONS, type MigrationSet } from '@lcs/platform';
import { SUBGRAPHS } from './subgraphs.ts';

const ALL_MIGRATIONS: MigrationSet[] = [PLATFORM_MIGRATIONS, ...SUBGRAPHS.map((d) => d.migrations)];

const seconds = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of seconds, at least 1');
  return n;
};

const program = new Command('migrate')
  .description('Apply the database migrations as the owner (DATABASE_URL), or wait until they are applied (--wait).')
  .option(
    '--wait',
    'as the app role (APP_DATABASE_URL, else DATABASE_URL): wait until every migration of this build is ' +
      'applied, then exit 0',
  )
  .option('--timeout <seconds>', 'with --wait: give up (exit 1) after this long', seconds, 600)
  .addHelpText(
    'after',
    '\nEnvironment: DATABASE_URL (postgres://…; the owner without --wait), APP_DATABASE_URL, ' +
      'LCS_APP_ROLE (default lcs_app).',
  )
  .action(async (o: { wait?: boolean; timeout: number }) => {
    const owner = process.env.DATABASE_URL;
    const url = o.wait ? process.env.APP_DATABASE_URL || owner : owner;
    if (!url) {
      console.error(
        'DATABASE_URL is not set: give the PostgreSQL URL (migrations run on PostgreSQL; the embedded PGlite ' +
          'migrates at start)',
      );
      process.exit(2);
    }
    if (!o.wait) {
      const t0 = Date.now();
      console.log(`applying migrations of ${ALL_MIGRATIONS.map((m) => m.schema).join(', ')} on ${new URL(url).host}…`);
      const db = await openDatabase(
        { url, appUrl: process.env.APP_DATABASE_URL || undefined, appRole: process.env.LCS_APP_ROLE || undefined },
        ALL_MIGRATIONS,
      );
      await db.close();
      console.log(`migrations applied in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return;
    }
    // no named prepared statements: the app URL may go through PgBouncer in transaction mode
    const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10, prepare: false });
    const until = Date.now() + o.timeout * 1000;
    let last = '';
    try {
      for (;;) {
        const behind = await pendingMigrations(client, ALL_MIGRATIONS).catch((e: Error) => [
          `the database cannot tell yet (${e.message})`,
        ]);
        if (!behind.length) {
          console.log('the database has every migration of this build');
          return;
        }
        const now = behind.join('; ');
        if (now !== last) console.log(`waiting for the migrations: ${now}`);
        last = now;
        if (Date.now() > until) {
          console.error(`gave up after ${o.timeout} s: ${now}`);
          process.exitCode = 1;
          return;
        }
        await new Promise((r) => setTimeout(r, 2000));
      }
    } finally {
      await client.end();
    }
  });

await program.parseAsync();
