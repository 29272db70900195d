import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf } from '@lcs/platform';
import { DEMO_TENANTS } from './seed.ts';
import { SUBGRAPHS } from './subgraphs.ts';
import {
  ensureSnapshot,
  findSnapshot,
  isFreshDataDir,
  restoreSnapshot,
  seedDemoDatabase,
  snapshotInputs,
  snapshotKey,
} from './demo-snapshot.ts';

const tmp = mkdtempSync(join(tmpdir(), 'lcs-snapshot-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every table of the platform's schemas: row count and a hash of its rows (database-set timestamps left out). */
async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const db = await openDatabase(
    { dataDir },
    SUBGRAPHS.map((d) => d.migrations),
  );
  try {
    // as the owner: every tenant's rows (row-level security does not apply to the superuser)
    return await db.asOwner(async (tx) => {
      const tables = rowsOf<{ t: string }>(
        await tx.execute(sql`select format('%I.%I', table_schema, table_name) as t from information_schema.tables
          where table_schema in ('platform', 'iam', 'care', 'provider', 'hsl', 'housing')
          and table_type = 'BASE TABLE' order by 1`),
      );
      const out: Record<string, string> = {};
      for (const { t } of tables) {
        const [row] = rowsOf<{ n: number; h: string }>(
          await tx.execute(
            sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(j, '|' order by j), '')) as h
              from (select (to_jsonb(x) - 'updated_at' - 'created_at')::text as j from ${t} x) r`),
          ),
        );
        out[t] = `${row!.n} ${row!.h}`;
      }
      return out;
    });
  } finally {
    await db.close();
  }
}

describe('the demo database snapshot', () => {
  const clients = 3;
  const cacheDir = join(tmp, 'cache');

  it('restored into a new data directory, holds exactly what seeding writes', async () => {
    const snapshot = await ensureSnapshot({ clients, cacheDir });
    expect(findSnapshot({ clients, cacheDir })).toBe(snapshot);
    const restored = join(tmp, 'restored/pglite');
    expect(isFreshDataDir(restored)).toBe(true);
    restoreSnapshot(snapshot, restored);
    expect(() => restoreSnapshot(snapshot, restored)).toThrow(/not empty/);

    const seeded = join(tmp, 'seeded/pglite');
    await seedDemoDatabase(seeded, { clients });

    const [a, b] = [await fingerprint(restored), await fingerprint(seeded)];
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(a).toEqual(b);
    // both demo tenants are there, with clients
    const clientRows = Number(a['care.client']?.split(' ')[0]);
    expect(clientRows).toBeGreaterThanOrEqual(clients * Object.keys(DEMO_TENANTS).length);

    // built once: asked again, the same snapshot, not a new build
    writeFileSync(join(snapshot, 'kept-marker'), '');
    expect(await ensureSnapshot({ clients, cacheDir })).toBe(snapshot);
    expect(readdirSync(snapshot)).toContain('kept-marker');
    // two PGlite databases migrated and seeded, two opened again: minutes on a loaded 2-core machine
  }, 300_000);

  it('is keyed by the migrations, the demo generators and the seed options', () => {
    const inputs = snapshotInputs();
    const folders = SUBGRAPHS.map((d) => d.migrations.folder);
    for (const f of folders) expect(inputs.some((i) => i.startsWith(f))).toBe(true);
    expect(inputs.some((i) => i.endsWith('demo/src/tenant.ts'))).toBe(true);

    const key = snapshotKey({ clients, inputs });
    expect(snapshotKey({ clients, inputs })).toBe(key);
    expect(snapshotKey({ clients: clients + 1, inputs })).not.toBe(key);
    // a changed migration (here: a copy of the inputs with one more migration file) is another snapshot
    const extra = join(tmp, 'extra-migration.sql');
    writeFileSync(extra, 'ALTER TABLE care.clients ADD COLUMN x int;');
    const changed = snapshotKey({ clients, inputs: [...inputs, extra] });
    expect(changed).not.toBe(key);
    writeFileSync(extra, 'ALTER TABLE care.clients ADD COLUMN y int;');
    expect(snapshotKey({ clients, inputs: [...inputs, extra] })).not.toBe(changed);
    expect(findSnapshot({ clients, cacheDir, inputs: [...inputs, extra] })).toBeUndefined();
  });
});
