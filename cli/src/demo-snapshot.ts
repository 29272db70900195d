/**
 * The seeded demo database as a snapshot, so that `pnpm start` on an empty data directory copies a
 * ready database instead of migrating and seeding at start (issue 19, p6: the first answer within
 * 10 s). The snapshot is the embedded PGlite directory after every migration, the demo tenants
 * (DEMO_TENANTS, the deterministic generators of @lcs/demo) and ANALYZE — nothing per installation:
 * no PKI, no API keys, no IdP configuration (`pnpm start` adds those as before).
 *
 * It is built once and kept, git-ignored, under node_modules/.cache/lcs-demo-db/<key>/, where the key
 * is a hash of everything that decides its content: the migrations, the demo generators and the
 * kit code they write through, the PGlite version and the seed options. A change to any of these
 * gives another key, so the next start builds a fresh snapshot (and old ones are removed).
 * `pnpm install` builds it (`lcs prepare`, the postinstall step; skipped when CI is set);
 * `pnpm start` builds it itself when it is missing.
 */
import { createHash } from 'node:crypto';
import { constants, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { openDatabase, PLATFORM_MIGRATIONS } from '@lcs/platform';
import { DEMO_TENANTS, progressBars, seedTenant, type SeedResult } from './seed.ts';
import { SUBGRAPHS } from './subgraphs.ts';
import { ROOT } from './paths.ts';

export const SNAPSHOT_CACHE = join(ROOT, 'node_modules/.cache/lcs-demo-db');

export interface SnapshotOptions {
  /** Clients per demo tenant (`pnpm start --seed-clients`, 100). */
  clients: number;
  /** Where snapshots are kept (SNAPSHOT_CACHE). */
  cacheDir?: string;
  /** The files the key is made of (snapshotInputs()); tests pass a changed set. */
  inputs?: string[];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

/** The PGlite package's version (a data directory is tied to the PostgreSQL build that wrote it). */
function pgliteVersion(): string {
  const req = createRequire(join(ROOT, 'platform/package.json'));
  let dir = dirname(req.resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The files whose content decides the snapshot's: every migration (platform and subgraphs), the
 * subgraphs' entity specs, the demo generators, and the kit code they write with.
 */
export function snapshotInputs(): string[] {
  const migrationDirs = [PLATFORM_MIGRATIONS.folder, ...SUBGRAPHS.map((d) => d.migrations.folder)];
  return [
    ...migrationDirs.flatMap(filesUnder),
    ...migrationDirs.map((d) => join(dirname(d), 'src/entities.ts')).filter((f) => existsSync(f)),
    ...filesUnder(join(ROOT, 'demo/src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')),
    ...['cli/src/seed.ts', 'platform/src/synthetic.ts', 'platform/src/tables.ts', 'platform/src/model.ts'].map((f) =>
      join(ROOT, f),
    ),
  ];
}

/** The snapshot's key: a hash of its inputs' paths and contents, the PGlite version and the seed options. */
export function snapshotKey(o: Pick<SnapshotOptions, 'clients' | 'inputs'>): string {
  const h = createHash('sha256');
  h.update(`pglite ${pgliteVersion()}\0clients ${o.clients}\0tenants ${Object.keys(DEMO_TENANTS).join(',')}\0`);
  for (const f of [...new Set(o.inputs ?? snapshotInputs())].sort())
    h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 24);
}

/**
 * Migrates and seeds a fresh embedded database at `dataDir` (absent or empty): every demo tenant,
 * then VACUUM and ANALYZE as autovacuum would (PGlite has none: platform/src/autovacuum.ts). What
 * `pnpm start` did at first start, all before serving.
 */
export async function seedDemoDatabase(
  dataDir: string,
  o: { clients: number; log?: (line: string) => void; progress?: boolean },
): Promise<Map<string, SeedResult>> {
  const db = await openDatabase(
    { dataDir, openedBy: 'lcs demo-snapshot' },
    SUBGRAPHS.map((d) => d.migrations),
  );
  const results = new Map<string, SeedResult>();
  try {
    for (const tenant of Object.keys(DEMO_TENANTS)) {
      const r = await seedTenant(db.app, { tenant, clients: o.clients }, progressBars(o.progress ?? false));
      o.log?.(`  ${tenant}: ${r.rows.toLocaleString('en')} rows in ${r.seconds.toFixed(1)} s`);
      results.set(tenant, r);
    }
    // statistics and visibility maps, as autovacuum would leave them (PGlite has none)
    await db.autovacuum!();
  } finally {
    await db.close();
  }
  return results;
}

/** The snapshot's directory for these options, or undefined if it has not been built. */
export function findSnapshot(o: SnapshotOptions): string | undefined {
  const dir = join(o.cacheDir ?? SNAPSHOT_CACHE, snapshotKey(o));
  return existsSync(join(dir, 'PG_VERSION')) ? dir : undefined;
}

/**
 * The snapshot for these options, built first if missing (about as long as seeding both demo
 * tenants used to take). Built in a temporary folder and renamed into place, so an interrupted
 * build leaves nothing half-made; snapshots of other keys are removed.
 */
export async function ensureSnapshot(
  o: SnapshotOptions & { log?: (line: string) => void; progress?: boolean },
): Promise<string> {
  const cache = o.cacheDir ?? SNAPSHOT_CACHE;
  const key = snapshotKey(o);
  const dir = join(cache, key);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  mkdirSync(cache, { recursive: true });
  const tmp = join(cache, `.${key}.${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  o.log?.(`building the demo database snapshot (migrations + demo tenants, ${o.clients} clients each; once)…`);
  try {
    await seedDemoDatabase(join(tmp, 'pglite'), o);
    rmSync(`${join(tmp, 'pglite')}.lock`, { force: true });
    // other keys' snapshots are stale (not other processes' builds in progress: those start with a dot)
    for (const old of readdirSync(cache))
      if (old !== key && !old.startsWith('.')) rmSync(join(cache, old), { recursive: true, force: true });
    try {
      renameSync(join(tmp, 'pglite'), dir);
    } catch (e) {
      // another process built the same snapshot meanwhile: theirs is as good
      if (!existsSync(join(dir, 'PG_VERSION'))) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/** An embedded data directory that has not been created yet (or is empty): a first start. */
export function isFreshDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/** Copies the snapshot into `dataDir` (which must be fresh): the migrated, seeded demo database. */
export function restoreSnapshot(snapshotDir: string, dataDir: string): void {
  if (!isFreshDataDir(dataDir)) throw new Error(`${dataDir} is not empty: a snapshot is only restored into a new one`);
  mkdirSync(dirname(dataDir), { recursive: true });
  const tmp = `${dataDir}.restoring-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  // copy-on-write where the file system can (reflinks), a plain copy elsewhere
  cpSync(snapshotDir, tmp, { recursive: true, mode: constants.COPYFILE_FICLONE });
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(tmp, dataDir);
}
