/**
 * The PGlite side of `pnpm bench --scale`: the big tenant of the scale dataset (scale-dataset.ts)
 * copied from PostgreSQL into an embedded data directory, so that the same page and the deep query
 * can be measured on the all-in-one's default database.
 *
 * Built once under .data/bench/scale-pglite/ and reused while its fingerprint holds (fingerprint.json
 * beside it): the dataset's seeding (ScaleDataset.fingerprint), the measured caller's credentials
 * (they are ensured anew by every run), the platform's embedded-database key (PGlite version,
 * migrations: cli/src/demo-snapshot.ts `snapshotKey`) and this file.
 *
 * The build runs in a child process of its own (its peak RSS is the copy's): a fresh data directory
 * is opened and migrated by the platform's own code (`openDatabase`, as `pnpm start` does), then
 * every table of the platform's schemas with a tenant_id (but the runtime logs: audit log, export
 * jobs, idempotency keys, key usage, credential audit) is copied table by table: `COPY (select …)
 * TO STDOUT` from PostgreSQL as the app role with the tenant set (row-level security and a
 * read-only session: nothing of the source can change) into `COPY … FROM '/dev/blob'` on PGlite,
 * in chunks of CHUNK_BYTES, so memory stays bounded whatever the table's size. On PGlite the copy
 * runs as its superuser with session_replication_role = replica: row-level security (forced on
 * every table, and COPY FROM refuses a table it applies to) does not apply to a superuser, and the
 * triggers (care.client's upkeep of platform.protected_client, copied as it is) and foreign-key
 * checks do not fire, so the rows arrive as they are in PostgreSQL. Then the sequences are set to
 * PostgreSQL's (past every copied id), and the copy is vacuumed and analyzed (the PostgreSQL side
 * is analyzed after seeding and vacuumed as autovacuum would: dataset.ts; the all-in-one's own
 * autovacuum on PGlite, platform/src/autovacuum.ts, then finds nothing due during the windows).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { DataDirLock, openDatabase, PLATFORM_MIGRATIONS } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { snapshotKey } from '@lcs/cli/demo-snapshot';
import type { ScaleDataset } from './scale-dataset.ts';
import { ROOT, spawnNode } from './procs.ts';

export const SCALE_PGLITE_DIR = join(ROOT, '.data/bench/scale-pglite');

/** Tables with a tenant_id that hold what the platform wrote while serving, not the tenant's data. */
const RUNTIME_TABLES = new Set([
  'platform.audit_log',
  'platform.export_job',
  'iam.api_key_usage',
  'iam.credential_audit',
  'iam.idempotency_key',
  'provider.idempotency_key',
]);
/** The measured caller (ensureDemoCredentials, ensureLicence, setLicenceLimits): ensured anew by every run. */
const CREDENTIAL_TABLES = ['iam.tenant', 'iam.api_client', 'iam.licence', 'iam.api_key', 'iam.client_certificate'];
/** COPY data handed to PGlite at a time (cut at a row's end). */
const CHUNK_BYTES = 8 << 20;
const SCHEMAS = [PLATFORM_MIGRATIONS.schema, ...SUBGRAPHS.map((d) => d.migrations.schema)];

export interface PgliteCopy {
  /** The data directory to serve (LCS_DATA_DIR). */
  dataDir: string;
  reused: boolean;
  rows: number;
  /** The build's time and its process's peak RSS (those of the build that made it, when reused). */
  seconds: number;
  peakRssMb: number;
  tables: { table: string; rows: number; seconds: number }[];
}

interface Built {
  rows: number;
  seconds: number;
  peakRssMb: number;
  tables: PgliteCopy['tables'];
}

/** A source connection: the app role, the tenant set at connection start, read-only. */
const source = (appUrl: string, tenant: string) =>
  postgres(appUrl, {
    max: 1,
    onnotice: () => {},
    connection: { 'app.tenant_id': tenant, default_transaction_read_only: 'on' } as Record<string, string>,
  });

async function fingerprintOf(ds: ScaleDataset): Promise<string> {
  const h = createHash('sha256')
    .update(`${ds.tenant}\0${ds.fingerprint}\0${snapshotKey({ clients: 0 })}\0`)
    .update(readFileSync(fileURLToPath(import.meta.url)));
  const src = source(ds.appUrl, ds.tenant);
  try {
    for (const t of CREDENTIAL_TABLES) {
      const [r] = await src.unsafe<{ v: string }[]>(
        `select coalesce(string_agg(x::text, '|' order by x::text), '') as v from ${t} x where tenant_id = $1`,
        [ds.tenant],
      );
      h.update(`${t}\0${r!.v}\0`);
    }
  } finally {
    await src.end({ timeout: 1 });
  }
  return h.digest('hex').slice(0, 16);
}

/**
 * The big tenant on PGlite: the copy under `dir` if its fingerprint holds, else built anew (in a
 * child process; progress lines through `log`).
 */
export async function preparePgliteCopy(o: {
  ds: ScaleDataset;
  log: (m: string) => void;
  dir?: string;
}): Promise<PgliteCopy> {
  const dir = o.dir ?? SCALE_PGLITE_DIR;
  const dataDir = join(dir, 'pglite');
  const file = join(dir, 'fingerprint.json');
  const fingerprint = await fingerprintOf(o.ds);
  if (existsSync(file) && existsSync(join(dataDir, 'PG_VERSION'))) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; tenant: string } & Built;
    if (kept.fingerprint === fingerprint && kept.tenant === o.ds.tenant) {
      o.log(`PGlite copy of ${o.ds.tenant}: reused (${dataDir}, ${kept.rows.toLocaleString('en')} rows)`);
      return { dataDir, reused: true, ...kept };
    }
    o.log(`PGlite copy of ${o.ds.tenant}: the dataset, the caller or the code changed; building it anew`);
  }
  mkdirSync(dir, { recursive: true });
  rmSync(file, { force: true });
  const building = join(dir, 'building');
  rmSync(building, { recursive: true, force: true });
  rmSync(`${building}.lock`, { force: true });
  o.log(`PGlite copy of ${o.ds.tenant}: copying from PostgreSQL into ${building}…`);
  const child = spawnNode('scale-pglite copy', 'bench/lib/scale-pglite.ts', {
    ipc: true,
    env: { BENCH_SCALE_PGLITE: JSON.stringify({ appUrl: o.ds.appUrl, tenant: o.ds.tenant, dataDir: building }) },
  });
  let built: Built | undefined;
  child.proc.on('message', (m: { type?: string; line?: string; built?: Built }) => {
    if (m?.type === 'log') o.log(m.line!);
    else if (m?.type === 'built') built = m.built;
  });
  const code = await new Promise<number | null>((resolve) => child.proc.once('exit', resolve));
  await child.stop();
  if (code !== 0 || !built) {
    rmSync(building, { recursive: true, force: true });
    throw new Error(
      `the PGlite copy failed (exit ${code}):\n${child.output().trimEnd().split('\n').slice(-20).join('\n')}`,
    );
  }
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(building, dataDir);
  writeFileSync(
    file,
    JSON.stringify({ fingerprint, tenant: o.ds.tenant, builtAt: new Date(), ...built }, null, 2) + '\n',
  );
  return { dataDir, reused: false, ...built };
}

/** The build (in the child process). */
async function build(o: { appUrl: string; tenant: string; dataDir: string; log: (m: string) => void }): Promise<Built> {
  if (!/^[a-z0-9-]+$/.test(o.tenant)) throw new Error(`unexpected tenant name ${o.tenant}`);
  const started = performance.now();
  // A fresh data directory migrated and hardened by the platform's own code, as `pnpm start` opens it.
  const db = await openDatabase({ dataDir: o.dataDir, openedBy: 'bench scale-pglite (migrating)' }, [
    ...SUBGRAPHS.map((d) => d.migrations),
  ]);
  await db.close();
  o.log(`  migrated in ${((performance.now() - started) / 1000).toFixed(1)} s (RSS ${rssMb()} MB)`);
  const lock = DataDirLock.acquire(o.dataDir, 'bench scale-pglite (copying)');
  const pg = new PGlite(o.dataDir);
  const tables: Built['tables'] = [];
  try {
    await pg.exec('SET session_replication_role = replica');
    const { rows: targets } = await pg.query<{ t: string; cols: string[] }>(
      `select format('%I.%I', n.nspname, c.relname) as t,
              array_agg(quote_ident(a.attname)::text order by a.attnum) as cols
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
          and exists (select 1 from pg_attribute k
                       where k.attrelid = c.oid and k.attname = 'tenant_id' and not k.attisdropped)
        group by 1 order by 1`,
      [SCHEMAS],
    );
    let total = 0;
    for (const { t, cols } of targets) {
      if (RUNTIME_TABLES.has(t)) continue;
      const t0 = performance.now();
      let sent = 0;
      let loaded = 0;
      let lastNote = t0;
      const load = async (data: Buffer) => {
        for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) sent++;
        const r = await pg.query(`COPY ${t} (${cols.join(', ')}) FROM '/dev/blob'`, [], {
          blob: new Blob([data as Uint8Array<ArrayBuffer>]),
        });
        loaded += r.affectedRows ?? 0;
        if (performance.now() - lastNote > 15_000) {
          lastNote = performance.now();
          const s = (lastNote - t0) / 1000;
          o.log(
            `    ${t}: ${loaded.toLocaleString('en')} rows so far ` +
              `(${Math.round(loaded / s).toLocaleString('en')} rows/s)`,
          );
        }
      };
      // a connection per table: postgres.js can hang on a statement that follows a COPY on the same one
      const src = source(o.appUrl, o.tenant);
      try {
        const stream = await src
          .unsafe(`copy (select ${cols.join(', ')} from ${t} where tenant_id = '${o.tenant}') to stdout`)
          .readable();
        let parts: Buffer[] = [];
        let size = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          parts.push(chunk);
          size += chunk.length;
          if (size < CHUNK_BYTES) continue;
          const buf = Buffer.concat(parts);
          const cut = buf.lastIndexOf(10) + 1;
          parts = cut < buf.length ? [Buffer.from(buf.subarray(cut))] : [];
          size = buf.length - cut;
          if (cut) await load(buf.subarray(0, cut));
        }
        if (size) await load(Buffer.concat(parts));
      } finally {
        await src.end({ timeout: 1 });
      }
      if (loaded !== sent) throw new Error(`${t}: PostgreSQL sent ${sent} rows, PGlite took ${loaded}`);
      const seconds = (performance.now() - t0) / 1000;
      total += loaded;
      tables.push({ table: t, rows: loaded, seconds });
      if (loaded)
        o.log(
          `  ${t}: ${loaded.toLocaleString('en')} rows in ${seconds.toFixed(1)} s ` +
            `(${Math.round(loaded / seconds).toLocaleString('en')} rows/s; RSS ${rssMb()} MB)`,
        );
    }
    // Sequences as PostgreSQL's: past every id copied (ids are drawn from one sequence per schema).
    const { rows: seqs } = await pg.query<{ s: string }>(
      `select format('%I.%I', schemaname, sequencename) as s from pg_sequences where schemaname = any($1) order by 1`,
      [SCHEMAS],
    );
    const src = source(o.appUrl, o.tenant);
    try {
      for (const { s } of seqs) {
        const [v] = await src.unsafe<{ last_value: string; is_called: boolean }[]>(
          `select last_value::text, is_called from ${s}`,
        );
        await pg.query('select setval($1::regclass, $2::bigint, $3)', [s, v!.last_value, v!.is_called]);
      }
    } finally {
      await src.end({ timeout: 1 });
    }
    await pg.exec('RESET session_replication_role');
    const a0 = performance.now();
    // as autovacuum would leave a bulk load (and the all-in-one's own finds nothing left to do)
    await pg.exec('VACUUM (ANALYZE)');
    o.log(
      `  sequences set (${seqs.length}); statistics and visibility maps (VACUUM (ANALYZE)) in ` +
        `${((performance.now() - a0) / 1000).toFixed(1)} s`,
    );
    const seconds = (performance.now() - started) / 1000;
    return { rows: total, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), tables };
  } finally {
    await pg.close();
    lock.release();
  }
}

const rssMb = () => Math.round(process.memoryUsage.rss() / 2 ** 20);

if (import.meta.url === `file://${process.argv[1]}`) {
  const job = process.env.BENCH_SCALE_PGLITE;
  if (!job || !process.send) {
    console.log(
      [
        "bench/lib/scale-pglite.ts: the scale tier's PGlite copy of its big tenant, built by",
        '`pnpm bench --scale` (in a child process of its own) into .data/bench/scale-pglite/ and reused',
        'while the dataset, the caller and this code are the same. Not run by hand.',
      ].join('\n'),
    );
    process.exit(job ? 2 : 0);
  }
  const log = (line: string) => process.send!({ type: 'log', line });
  try {
    const built = await build({ ...(JSON.parse(job) as { appUrl: string; tenant: string; dataDir: string }), log });
    log(
      `PGlite copy: ${built.rows.toLocaleString('en')} rows in ${built.seconds.toFixed(0)} s ` +
        `(${Math.round(built.rows / built.seconds).toLocaleString('en')} rows/s), peak RSS ${built.peakRssMb} MB`,
    );
    process.send({ type: 'built', built }, () => process.exit(0));
  } catch (e) {
    console.error((e as Error).stack ?? String(e));
    process.exit(1);
  }
}
