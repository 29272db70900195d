/**
 * Migrations apart from the services (deploy/: the lcs-migrate Job and each pod's
 * wait-for-migrations initContainer, then the part with LCS_MIGRATE=0): on a fresh PostgreSQL
 * database `migrate.ts --wait` (as the app role) waits until `migrate.ts` (as the owner) has run,
 * a service with LCS_MIGRATE=0 refuses a schema that lacks a migration of its build, and once
 * migrated serves as the app role without owner credentials. PostgreSQL only: the embedded PGlite
 * belongs to one process and migrates when it opens.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadConfig,
  openDatabase,
  pendingMigrations,
  PLATFORM_MIGRATIONS,
  rowsOf,
  type MigrationSet,
} from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { DB_KIND, testDatabase, type TestDatabase } from './helpers/stack.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ALL: MigrationSet[] = [PLATFORM_MIGRATIONS, ...SUBGRAPHS.map((d) => d.migrations)];

function run(args: string[], env: Record<string, string>): { done: Promise<{ code: number | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/src/migrate.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, out }))) };
}

describe.skipIf(DB_KIND !== 'postgres')('migrations as a job, services as the app role (PostgreSQL)', () => {
  let tdb: TestDatabase;
  let appUrl: string;
  beforeAll(async () => {
    tdb = await testDatabase();
    const u = new URL(tdb.url!);
    u.username = 'lcs_app';
    appUrl = u.toString();
  });
  afterAll(async () => {
    await tdb?.drop();
  });

  it('a service with LCS_MIGRATE=0 refuses an unmigrated database, naming what is missing', async () => {
    const config = loadConfig({ LCS_MIGRATE: '0', APP_DATABASE_URL: appUrl });
    expect(config.db.url).toBe(appUrl);
    expect(config.db.migrate).toBe(false);
    await expect(openDatabase(config.db, ALL)).rejects.toThrow(
      new RegExp(
        String.raw`the database schema is behind this build \(platform: 0 of \d+ applied; ` +
          String.raw`care: 0 of \d+ applied;.*run the migrations first`,
      ),
    );
  });

  it('--wait waits for the job, then a service starts as the app role without owner credentials', async () => {
    const waiting = run(['--wait', '--timeout', '120'], { APP_DATABASE_URL: appUrl });
    // the waiter is up and has seen the unmigrated database before the job runs
    await new Promise((r) => setTimeout(r, 4000));
    const job = await run([], { DATABASE_URL: tdb.url! }).done;
    expect(job.out).toMatch(/migrations applied in/);
    expect(job.code).toBe(0);
    const waited = await waiting.done;
    expect(waited.out).toMatch(/waiting for the migrations: platform: 0 of \d+ applied/);
    expect(waited.out).toMatch(/the database has every migration of this build/);
    expect(waited.code).toBe(0);

    const db = await openDatabase(loadConfig({ LCS_MIGRATE: '0', APP_DATABASE_URL: appUrl }).db, ALL);
    try {
      const who = rowsOf<{ u: string }>(await db.app.execute(sql`select current_user as u`))[0]!.u;
      expect(who).toBe('lcs_app');
      // row-level security as ever: no tenant, no rows; and no DDL for the app role
      expect(rowsOf<{ n: number }>(await db.app.execute(sql`select count(*)::int as n from care.client`))[0]!.n).toBe(
        0,
      );
      const refused = await db.app.execute(sql`create table care.intruder (id int)`).then(
        () => undefined,
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
      expect(refused).toMatch(/permission denied for schema care/);
    } finally {
      await db.close();
    }
  });

  it('a newer build (a migration the database lacks) is held back; --wait gives up after its timeout', async () => {
    // the care migrations of this build plus one more, in a copy of its folder
    const dir = mkdtempSync(join(tmpdir(), 'lcs-newer-'));
    try {
      const care = SUBGRAPHS.find((d) => d.name === 'care')!.migrations;
      const journal = JSON.parse(readFileSync(join(care.folder, 'meta/_journal.json'), 'utf8'));
      journal.entries.push({
        ...journal.entries.at(-1),
        idx: journal.entries.length,
        when: journal.entries.at(-1).when + 60_000,
        tag: 'next',
      });
      mkdirSync(join(dir, 'meta'));
      writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
      const client = postgres(appUrl, { max: 1, onnotice: () => {} });
      try {
        expect(await pendingMigrations(client, ALL)).toEqual([]);
        expect(await pendingMigrations(client, [{ ...care, folder: dir }])).toEqual([
          `care: ${journal.entries.length - 1} of ${journal.entries.length} applied`,
        ]);
      } finally {
        await client.end();
      }
      const owner = postgres(tdb.url!, { max: 1, onnotice: () => {} });
      try {
        // an applied migration the build does not know (a newer build ran first): old pods keep running
        await owner.unsafe(
          `insert into drizzle.migrations_care (hash, created_at) values ('future', ${journal.entries.at(-1).when})`,
        );
        const app = postgres(appUrl, { max: 1, onnotice: () => {} });
        expect(await pendingMigrations(app, ALL)).toEqual([]);
        await app.end();
      } finally {
        await owner.end();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const gaveUp = await run(['--wait', '--timeout', '1'], { APP_DATABASE_URL: 'postgres://lcs_app@127.0.0.1:1/none' })
      .done;
    expect(gaveUp.code).toBe(1);
    expect(gaveUp.out).toMatch(/gave up after 1 s: the database cannot tell yet/);
  });
});
