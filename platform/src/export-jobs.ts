/**
 * The export jobs' persistent state (platform.export_job, migration 0001): what a job exports for
 * whom, where it stands (the keyset cursor of the last page written and the file's length then),
 * so the job runner (rest-facade/src/exports) resumes it after a restart exactly where it stopped.
 * Every read and write runs in the job's tenant (row-level security); only the index of jobs to
 * resume or expire is read across tenants, through a SECURITY DEFINER function that returns ids,
 * states and times and nothing else.
 *
 * Leases (migration 0004): several facade processes may find the same unfinished job; a runner
 * claims it with one conditional UPDATE … RETURNING that succeeds only when no other runner holds a
 * live lease (owner, lease_until), and every checkpoint it writes renews the lease and is written
 * only while it still owns the job — so exactly one runner writes a job's pages, and a runner that
 * died is replaced once its lease runs out. Row updates only: no advisory or session locks, which
 * PgBouncer's transaction pooling would break.
 */
import { sql } from 'drizzle-orm';
import type { AppDatabase } from './db.ts';
import { rowsOf } from './rows.ts';
import { PlatformError } from './errors.ts';
import { takeTurn } from './scope.ts';
import type { Principal } from './trust.ts';

export type ExportFormat = 'ndjson' | 'csv' | 'parquet';
export type ExportState = 'queued' | 'running' | 'done' | 'failed';
/** read: pages are being written; convert: all rows spooled, the Parquet file is being built; finished. */
export type ExportPhase = 'read' | 'convert' | 'finished';

export interface ExportJob {
  id: string;
  tenant: string;
  clientId: string;
  clientName?: string;
  keyId: string;
  package: string;
  scope: NonNullable<Principal['scope']>;
  ip?: string;
  /** The contract list route exported, e.g. /api/v1/executed_services. */
  path: string;
  format: ExportFormat;
  gzip: boolean;
  /** The route's query parameters (gt, lt, q) as the caller gave them. */
  params: Record<string, string>;
  state: ExportState;
  phase: ExportPhase;
  /** Keyset cursor after the last page written (null: from the start). */
  cursor: string | null;
  rows: number;
  /** Bytes of the file (the Parquet spool while reading) at the last checkpoint. */
  bytes: number;
  spoolBytes: number;
  percent: number;
  /** Modification-time range of the rows (ms since the epoch), for the progress estimate. */
  rangeFrom: number | null;
  rangeTo: number | null;
  etag: string | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
  expiresAt: Date;
  /** The runner holding (or last holding) the job's lease, and until when. */
  owner: string | null;
  leaseUntil: Date | null;
}

/** A runner's lease on a job: who, and for how long each claim or checkpoint extends it. */
export interface ExportLease {
  owner: string;
  ms: number;
}

export type NewExportJob = Pick<
  ExportJob,
  | 'id'
  | 'tenant'
  | 'clientId'
  | 'clientName'
  | 'keyId'
  | 'package'
  | 'scope'
  | 'ip'
  | 'path'
  | 'format'
  | 'gzip'
  | 'params'
  | 'expiresAt'
>;
export type ExportCheckpoint = Partial<
  Pick<
    ExportJob,
    | 'state'
    | 'phase'
    | 'cursor'
    | 'rows'
    | 'bytes'
    | 'spoolBytes'
    | 'percent'
    | 'rangeFrom'
    | 'rangeTo'
    | 'etag'
    | 'error'
    | 'finishedAt'
    | 'expiresAt'
  >
>;

/**
 * What one API key may have at once (fair use): unfinished jobs (queued or running) — enough for a BI
 * tool to export every list route of the largest package (8931: 30) at once — and jobs kept (their
 * files, 24 hours by default). Beyond either, `create` refuses with RATE_LIMITED: without them a
 * key within its request rate could queue thousands of whole-tenant exports and fill the disk.
 */
export interface ExportJobQuota {
  unfinished: number;
  kept: number;
}
export const DEFAULT_EXPORT_QUOTA: ExportJobQuota = { unfinished: 32, kept: 256 };

/** The store the facade's export service is given (no database code in the facade). */
export interface ExportJobStore {
  /** Creates a job, within the key's quota (RATE_LIMITED beyond it; checked one create per key at a time). */
  create(job: NewExportJob, quota?: ExportJobQuota): Promise<ExportJob>;
  get(tenant: string, id: string): Promise<ExportJob | undefined>;
  /**
   * Writes a checkpoint. With a lease: only while `lease.owner` holds the job, renewing the lease;
   * false when it does not (another runner took it over, or the job was removed).
   */
  update(tenant: string, id: string, change: ExportCheckpoint, lease?: ExportLease): Promise<boolean>;
  /** Claims an unfinished job for `lease.owner` unless another runner holds a live lease; the job, or undefined. */
  claim(tenant: string, id: string, lease: ExportLease): Promise<ExportJob | undefined>;
  /** Gives a lease up (a stopping runner), so that another runner can resume the job at once. */
  release(tenant: string, id: string, owner: string): Promise<void>;
  remove(tenant: string, id: string): Promise<void>;
  /** Jobs to resume (queued, running) or to remove (expired), across tenants; `leased`: a runner holds a live lease. */
  index(): Promise<{ tenant: string; id: string; state: ExportState; expiresAt: Date; leased: boolean }[]>;
}

const COLUMNS: Record<keyof ExportCheckpoint, string> = {
  state: 'state',
  phase: 'phase',
  cursor: 'cursor',
  rows: 'rows',
  bytes: 'bytes',
  spoolBytes: 'spool_bytes',
  percent: 'percent',
  rangeFrom: 'range_from',
  rangeTo: 'range_to',
  etag: 'etag',
  error: 'error',
  finishedAt: 'finished_at',
  expiresAt: 'expires_at',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function fromRow(r: any): ExportJob {
  const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return {
    id: r.id,
    tenant: r.tenant_id,
    clientId: r.client_id,
    clientName: r.client_name ?? undefined,
    keyId: r.key_id,
    package: r.package,
    scope: json(r.scope),
    ip: r.ip ?? undefined,
    path: r.path,
    format: r.format,
    gzip: Boolean(r.gzip),
    params: json(r.params) ?? {},
    state: r.state,
    phase: r.phase,
    cursor: r.cursor ?? null,
    rows: Number(r.rows),
    bytes: Number(r.bytes),
    spoolBytes: Number(r.spool_bytes),
    percent: Number(r.percent),
    rangeFrom: r.range_from === null || r.range_from === undefined ? null : Number(r.range_from),
    rangeTo: r.range_to === null || r.range_to === undefined ? null : Number(r.range_to),
    etag: r.etag ?? null,
    error: r.error ?? null,
    createdAt: date(r.created_at)!,
    updatedAt: date(r.updated_at)!,
    finishedAt: date(r.finished_at),
    expiresAt: date(r.expires_at)!,
    owner: r.owner ?? null,
    leaseUntil: date(r.lease_until),
  };
}

const leaseEnd = (ms: number) => sql`clock_timestamp() + ${Math.max(1, Math.round(ms))} * interval '1 millisecond'`;

export function exportJobStore(db: AppDatabase): ExportJobStore {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const inTenant = <T>(tenant: string, fn: (tx: any) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
      return fn(tx);
    });
  return {
    create: (j, quota) =>
      inTenant(j.tenant, async (tx) => {
        if (quota) {
          // one create per key at a time, so that two at once cannot both pass the count
          await takeTurn(tx, `export-quota:${j.tenant}:${j.keyId}`);
          const [held] = rowsOf<{ unfinished: number; kept: number }>(
            await tx.execute(sql`select count(*) filter (where state in ('queued', 'running'))::int as unfinished,
              count(*)::int as kept from platform.export_job where key_id = ${j.keyId} and expires_at > now()`),
          );
          const refuse = (what: string) => {
            throw new PlatformError('RATE_LIMITED', `${what}; delete jobs you do not need (DELETE …/exports/{id})`, {
              retryAfter: 30,
            });
          };
          if (Number(held!.unfinished) >= quota.unfinished)
            refuse(`this key has ${held!.unfinished} export jobs queued or running (at most ${quota.unfinished})`);
          if (Number(held!.kept) >= quota.kept)
            refuse(`this key has ${held!.kept} export jobs kept (at most ${quota.kept})`);
        }
        return fromRow(
          rowsOf(
            await tx.execute(sql`insert into platform.export_job
      (id, tenant_id, client_id, client_name, key_id, package, scope, ip, path, format, gzip, params, expires_at)
      values (${j.id}::uuid, ${j.tenant}, ${j.clientId}, ${j.clientName ?? null}, ${j.keyId}, ${j.package},
              ${JSON.stringify(j.scope)}::jsonb, ${j.ip ?? null}, ${j.path}, ${j.format}, ${j.gzip},
              ${JSON.stringify(j.params)}::jsonb, ${j.expiresAt.toISOString()}::timestamptz)
      returning *`),
          )[0],
        );
      }),
    get: async (tenant, id) => {
      if (!UUID.test(id)) return undefined;
      return inTenant(tenant, async (tx) => {
        const r = rowsOf(await tx.execute(sql`select * from platform.export_job where id = ${id}::uuid`))[0];
        return r ? fromRow(r) : undefined;
      });
    },
    update: (tenant, id, change, lease) =>
      inTenant(tenant, async (tx) => {
        const sets = Object.entries(change)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => {
            const col = sql.raw(COLUMNS[k as keyof ExportCheckpoint]);
            return sql`${col} = ${v instanceof Date ? sql`${v.toISOString()}::timestamptz` : v}`;
          });
        if (lease) sets.push(sql`lease_until = ${leaseEnd(lease.ms)}`);
        const owned = lease ? sql` and owner = ${lease.owner}` : sql``;
        const done = rowsOf(
          await tx.execute(
            sql`update platform.export_job set ${sql.join([...sets, sql`updated_at = now()`], sql`, `)}
                where id = ${id}::uuid${owned} returning id`,
          ),
        );
        return done.length > 0;
      }),
    claim: async (tenant, id, lease) => {
      if (!UUID.test(id)) return undefined;
      return inTenant(tenant, async (tx) => {
        // One statement: under concurrent claims PostgreSQL re-checks the WHERE on the row the
        // first claim wrote, so the second finds a live lease and claims nothing.
        const r = rowsOf(
          await tx.execute(sql`update platform.export_job
            set owner = ${lease.owner}, lease_until = ${leaseEnd(lease.ms)}
            where id = ${id}::uuid and state in ('queued', 'running')
              and (owner is null or owner = ${lease.owner} or lease_until is null or lease_until < clock_timestamp())
            returning *`),
        )[0];
        return r ? fromRow(r) : undefined;
      });
    },
    release: (tenant, id, owner) =>
      inTenant(
        tenant,
        async (tx) =>
          void (await tx.execute(
            sql`update platform.export_job set owner = null, lease_until = null
                where id = ${id}::uuid and owner = ${owner}`,
          )),
      ),
    remove: (tenant, id) =>
      inTenant(
        tenant,
        async (tx) => void (await tx.execute(sql`delete from platform.export_job where id = ${id}::uuid`)),
      ),
    index: async () =>
      rowsOf<{
        tenant_id: string;
        id: string;
        state: ExportState;
        expires_at: Date | string;
        leased: boolean | string;
      }>(await db.execute(sql`select * from platform.export_job_index()`)).map((r) => ({
        tenant: r.tenant_id,
        id: r.id,
        state: r.state,
        expiresAt: r.expires_at instanceof Date ? r.expires_at : new Date(String(r.expires_at)),
        leased: r.leased === true || r.leased === 't',
      })),
  };
}
