/**
 * Operations (service description ch. 4, 5.5, 7): which environment an installation is, the
 * planned service windows, the operator's maintenance switch, incidents, and the resident register
 * (KIR) notification batches. All of it lives in the database (platform schema, migration
 * 0002_operations), so the CLI changes what a running gateway and facade do without a restart:
 * they read it through `OperationsState`, cached for at most `STATE_TTL_MS`.
 *
 * Writes to the installation-wide tables happen only in a transaction that declared itself an
 * operator's (`app.operator` = on, transaction-local); the tables' policies refuse anything else.
 */
import { sql } from 'drizzle-orm';
import type { AppDatabase } from './db.ts';
import { calendarInstant, onCalendar } from './iso-time.ts';
import { takeTurn } from './scope.ts';
import { rowsOf } from './rows.ts';
import { badInput, PlatformError } from './errors.ts';
import type { Principal } from './trust.ts';
import { ConfigError } from './env-values.ts';

export const ENVIRONMENTS = ['prod', 'utb'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** The zone the service windows of chapter 4.5 are given in. */
export const SERVICE_TIME_ZONE = 'Europe/Stockholm';
/** Customers are told of every window at least a week ahead (ch. 4.3); emergencies excepted. */
export const NOTICE_DAYS = 7;
/** A tenant whose last resident-register batch is older than this is stale (ch. 5.5: at least weekly). */
export const KIR_STALE_DAYS = 7;
/** How long a process trusts what it read of windows and the maintenance switch. */
export const STATE_TTL_MS = 2000;

/**
 * The operator principal: the supplier's staff who run the installation. Signed-in staff of the
 * operator tenant (LCS_OPERATOR_TENANT) holding the IAM role PLATFORM_OPERATOR get the entitlement
 * `platform-operator` from the gateway; in development a developer may ask for it
 * (x-lcs-entitlements). Partner keys never carry it, and a municipality's own role grants do not
 * make anyone an operator (the role counts only in the operator tenant).
 */
export const PLATFORM_OPERATOR = 'platform-operator';
export const PLATFORM_OPERATOR_ROLE = 'PLATFORM_OPERATOR';

export function isPlatformOperator(p: Principal): boolean {
  return p.kind !== 'partner' && (p.entitlements?.includes(PLATFORM_OPERATOR) ?? false);
}

export function parseEnvironment(v: string | undefined, name = 'LCS_ENVIRONMENT'): Environment {
  const e = (v ?? 'prod').toLowerCase();
  if (!(ENVIRONMENTS as readonly string[]).includes(e))
    throw new ConfigError(`${name} must be prod or utb, not "${v}"`);
  return e as Environment;
}

export const ENVIRONMENT_LABEL: Record<Environment, string> = {
  prod: 'PROD (produktionsmiljö)',
  utb: 'UTB (test- och utbildningsmiljö)',
};
/** Response header naming the installation's environment, on every answer. */
export const ENVIRONMENT_HEADER = 'x-lcs-environment';

// ---- time in Europe/Stockholm ----

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: SERVICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Stockholm of an instant: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
export function stockholmWall(at: Date): { date: string; time: string } {
  const p = Object.fromEntries(wallFormat.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The instant of a Stockholm wall-clock time (date YYYY-MM-DD, time HH:MM), across DST changes. */
export function stockholmInstant(date: string, time: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const w = stockholmWall(new Date(guess));
    const seen = Date.parse(`${w.date}T${w.time}:00Z`);
    if (seen === wanted) return new Date(guess);
    guess += wanted - seen;
  }
  return new Date(guess);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---- service windows ----

/** The release cycle of chapter 4.5 (Stockholm time): UTB first, then PROD. */
export const RELEASE_SLOTS = {
  'utb-early': { environment: 'utb', daysBeforeProd: 10, from: '08:00', to: '18:00' },
  'utb-late': { environment: 'utb', daysBeforeProd: 2, from: '16:00', to: '19:00' },
  prod: { environment: 'prod', daysBeforeProd: 0, from: '22:00', to: '02:00' },
} as const;
export type WindowKind = keyof typeof RELEASE_SLOTS | 'extra';

export interface ServiceWindow {
  id: string;
  environment: Environment;
  start: string;
  end: string;
  kind: WindowKind;
  emergency: boolean;
  description: string | null;
  announcedAt: string;
}

/** The three windows of a release whose PROD window begins on `prodDate` (Stockholm date). */
export function releaseWindows(
  prodDate: string,
): { environment: Environment; kind: WindowKind; start: Date; end: Date }[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(prodDate) || !onCalendar(prodDate))
    throw badInput(`the PROD date must be YYYY-MM-DD, not "${prodDate}"`, 'prodDate');
  return Object.entries(RELEASE_SLOTS).map(([kind, s]) => {
    const day = addDays(prodDate, -s.daysBeforeProd);
    const endDay = s.to < s.from ? addDays(day, 1) : day;
    return {
      environment: s.environment,
      kind: kind as WindowKind,
      start: stockholmInstant(day, s.from),
      end: stockholmInstant(endDay, s.to),
    };
  });
}

/** The release slot a window fills (its Stockholm times match one of chapter 4.5's), else 'extra'. */
export function windowKind(environment: Environment, start: Date, end: Date): WindowKind {
  const s = stockholmWall(start);
  const e = stockholmWall(end);
  for (const [kind, slot] of Object.entries(RELEASE_SLOTS)) {
    if (slot.environment !== environment || s.time !== slot.from || e.time !== slot.to) continue;
    if (e.date === (slot.to < slot.from ? addDays(s.date, 1) : s.date)) return kind as WindowKind;
  }
  return 'extra';
}

export interface NewWindow {
  environment: string;
  start: string;
  end: string;
  emergency?: boolean;
  description?: string;
}

/**
 * The rules a planned window must meet: a known environment, ISO times with a zone, end after
 * start, at most 24 hours, not in the past, and announced at least NOTICE_DAYS ahead unless it is
 * an emergency. Throws BAD_USER_INPUT saying which rule failed.
 */
export function checkWindow(
  w: NewWindow,
  now: Date,
): { environment: Environment; start: Date; end: Date; kind: WindowKind; emergency: boolean } {
  if (!(ENVIRONMENTS as readonly string[]).includes(w.environment))
    throw badInput(`environment must be prod or utb, not "${w.environment}"`, 'environment');
  const at = (v: string, field: string) => {
    const d = calendarInstant(v, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
    if (!d)
      throw badInput(`${field} must be an ISO 8601 time with a zone (e.g. 2027-03-28T22:00+02:00), not "${v}"`, field);
    return d;
  };
  const start = at(w.start, 'start');
  const end = at(w.end, 'end');
  if (end <= start) throw badInput('end must be after start', 'end');
  if (end.getTime() - start.getTime() > 24 * 3_600_000)
    throw badInput('a service window is at most 24 hours long', 'end');
  if (end <= now) throw badInput('the window has already ended', 'end');
  const emergency = w.emergency ?? false;
  const earliest = new Date(now.getTime() + NOTICE_DAYS * 86_400_000);
  if (!emergency && start < earliest) {
    throw badInput(
      `customers are told of a service window at least ${NOTICE_DAYS} days ahead: start on or ` +
        `after ${earliest.toISOString()}, or mark it as an emergency`,
      'start',
    );
  }
  const environment = w.environment as Environment;
  return { environment, start, end, emergency, kind: windowKind(environment, start, end) };
}

/** Runs `fn` in a transaction that may change installation-wide operations data. */
export function asOperator<T>(db: AppDatabase, fn: (tx: AppDatabase) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.operator', 'on', true)`);
    return fn(tx as unknown as AppDatabase);
  });
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

const windowOf = (r: Record<string, unknown>): ServiceWindow => ({
  id: String(r.id),
  environment: r.environment as Environment,
  start: iso(r.starts_at)!,
  end: iso(r.ends_at)!,
  kind: r.kind as WindowKind,
  emergency: !!r.emergency,
  description: (r.description as string | null) ?? null,
  announcedAt: iso(r.announced_at)!,
});

/**
 * Adds a window after `checkWindow`; refuses one that overlaps another of the same environment.
 * Adds are taken one at a time (a transaction-scoped advisory lock, held until the transaction
 * that adds ends), so two operators adding overlapping windows at once cannot both pass the check.
 */
export async function addWindow(db: AppDatabase, w: NewWindow, now = new Date()): Promise<ServiceWindow> {
  const c = checkWindow(w, now);
  if (w.description !== undefined && w.description.length > 500)
    throw badInput('description is at most 500 characters', 'description');
  return asOperator(db, async (tx) => {
    await takeTurn(tx, 'lcs-service-window-add');
    const clash = rowsOf<{ id: string }>(
      await tx.execute(sql`select id from platform.service_window
      where environment = ${c.environment} and starts_at < ${c.end.toISOString()}::timestamptz and ends_at >
        ${c.start.toISOString()}::timestamptz limit 1`),
    );
    if (clash.length)
      throw new PlatformError('CONFLICT', `the window overlaps service window ${clash[0]!.id} of ${c.environment}`);
    const r = rowsOf<Record<string, unknown>>(
      await tx.execute(sql`insert into platform.service_window (environment, starts_at, ends_at, kind, emergency,
        description, announced_at)
      values (${c.environment}, ${c.start.toISOString()}::timestamptz, ${c.end.toISOString()}::timestamptz, ${c.kind},
      ${c.emergency}, ${w.description ?? null}, ${now.toISOString()}::timestamptz)
      returning *`),
    );
    return windowOf(r[0]!);
  });
}

export async function removeWindow(db: AppDatabase, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) throw badInput(`a window id is a number, not "${id}"`, 'id');
  return asOperator(
    db,
    async (tx) =>
      rowsOf(await tx.execute(sql`delete from platform.service_window where id = ${id}::bigint returning id`)).length >
      0,
  );
}

/** Windows of an environment (or both) that end after `since`, in start order. */
export async function listWindows(
  db: AppDatabase,
  o: { environment?: Environment; since?: Date } = {},
): Promise<ServiceWindow[]> {
  const since = (o.since ?? new Date(0)).toISOString();
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select * from platform.service_window where ends_at > ${since}::timestamptz
    and (${o.environment ?? null}::text is null or environment = ${o.environment ?? null}) order by starts_at, id`),
  );
  return rows.map(windowOf);
}

// ---- maintenance switch ----

export type MaintenanceMode = 'off' | 'on' | 'read-only';

export interface MaintenanceSwitch {
  mode: MaintenanceMode;
  reason: string | null;
  /** When the operator expects it to end (Retry-After); null: unknown. */
  until: string | null;
}

export async function setMaintenance(db: AppDatabase, environment: Environment, s: MaintenanceSwitch): Promise<void> {
  await asOperator(db, (tx) =>
    tx.execute(sql`insert into platform.maintenance (environment, mode, reason, until, updated_at)
    values (${environment}, ${s.mode}, ${s.reason}, ${s.until}::timestamptz, now())
    on conflict (environment) do update set mode = excluded.mode, reason = excluded.reason, until = excluded.until,
      updated_at = now()`),
  );
}

export async function getMaintenance(db: AppDatabase, environment: Environment): Promise<MaintenanceSwitch> {
  const r = rowsOf<{ mode: MaintenanceMode; reason: string | null; until: string | Date | null }>(
    await db.execute(sql`select mode, reason, until from platform.maintenance where environment = ${environment}`),
  )[0];
  return r
    ? { mode: r.mode, reason: r.reason ?? null, until: iso(r.until) }
    : { mode: 'off', reason: null, until: null };
}

// ---- incidents ----

export const INCIDENT_STATES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export interface Incident {
  id: string;
  environment: Environment;
  title: string;
  state: IncidentState;
  startedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  updates: { at: string; state: IncidentState; message: string }[];
}

function checkText(v: string | undefined, field: string, max: number): string {
  const t = (v ?? '').trim();
  if (!t) throw badInput(`${field} must not be empty`, field);
  if (t.length > max) throw badInput(`${field} is at most ${max} characters`, field);
  return t;
}

function checkState(v: string): IncidentState {
  if (!(INCIDENT_STATES as readonly string[]).includes(v))
    throw badInput(`state must be one of ${INCIDENT_STATES.join(', ')}, not "${v}"`, 'state');
  return v as IncidentState;
}

export async function openIncident(
  db: AppDatabase,
  environment: Environment,
  o: { title: string; message: string; state?: string },
): Promise<Incident> {
  const title = checkText(o.title, 'title', 200);
  const message = checkText(o.message, 'message', 2000);
  const state = checkState(o.state ?? 'investigating');
  if (state === 'resolved') throw badInput('a new incident cannot start resolved', 'state');
  const id = await asOperator(db, async (tx) => {
    // an insert … returning answers its one row
    const r = rowsOf<{ id: string }>(
      await tx.execute(
        sql`insert into platform.incident (environment, title, state) values (${environment}, ${title}, ${state})
          returning id`,
      ),
    ) as [{ id: string }];
    await tx.execute(
      sql`insert into platform.incident_update (incident_id, state, message) values (${r[0].id}, ${state}, ${message})`,
    );
    return String(r[0].id);
  });
  return (await getIncident(db, id))!;
}

/** Posts an update (and the new state); `resolved` closes the incident. */
export async function updateIncident(
  db: AppDatabase,
  id: string,
  o: { message: string; state?: string },
): Promise<Incident> {
  if (!/^\d{1,18}$/.test(id)) throw badInput(`an incident id is a number, not "${id}"`, 'id');
  const message = checkText(o.message, 'message', 2000);
  await asOperator(db, async (tx) => {
    const cur = rowsOf<{ state: IncidentState }>(
      await tx.execute(sql`select state from platform.incident where id = ${id}::bigint for update`),
    )[0];
    if (!cur) throw new PlatformError('NOT_FOUND', `no incident ${id}`);
    if (cur.state === 'resolved') throw new PlatformError('CONFLICT', `incident ${id} is resolved; open a new one`);
    const state = checkState(o.state ?? cur.state);
    await tx.execute(
      sql`insert into platform.incident_update (incident_id, state, message) values (${id}::bigint, ${state},
        ${message})`,
    );
    await tx.execute(sql`update platform.incident set state = ${state}, updated_at = clock_timestamp(),
      resolved_at = case when ${state} = 'resolved' then clock_timestamp() else null end where id = ${id}::bigint`);
  });
  return (await getIncident(db, id))!;
}

/** The columns of platform.incident `listIncidents` reads. */
interface IncidentRow {
  id: string;
  environment: Environment;
  title: string;
  state: IncidentState;
  started_at: string | Date;
  updated_at: string | Date;
  resolved_at: string | Date | null;
}

export async function getIncident(db: AppDatabase, id: string): Promise<Incident | undefined> {
  return (await listIncidents(db, { includeResolved: true, id }))[0];
}

export async function listIncidents(
  db: AppDatabase,
  o: { environment?: Environment; includeResolved?: boolean; id?: string; limit?: number } = {},
): Promise<Incident[]> {
  const rows = rowsOf<IncidentRow>(
    await db.execute(sql`select * from platform.incident
    where (${o.environment ?? null}::text is null or environment = ${o.environment ?? null})
      and (${o.includeResolved ?? false} or state <> 'resolved')
      and (${o.id ?? null}::bigint is null or id = ${o.id ?? null}::bigint)
    order by started_at desc, id desc limit ${o.limit ?? 50}`),
  );
  if (!rows.length) return [];
  const ids = rows.map((r) => String(r.id));
  const updates = rowsOf<{ incident_id: string; at: string | Date; state: IncidentState; message: string }>(
    await db.execute(sql`select incident_id, at, state, message from platform.incident_update
    where incident_id = any(${`{${ids.join(',')}}`}::bigint[]) order by at desc`),
  );
  return rows.map((r) => ({
    id: String(r.id),
    environment: r.environment,
    title: r.title,
    state: r.state,
    startedAt: iso(r.started_at)!,
    updatedAt: iso(r.updated_at)!,
    resolvedAt: iso(r.resolved_at),
    updates: updates
      .filter((u) => String(u.incident_id) === String(r.id))
      .map((u) => ({ at: iso(u.at)!, state: u.state, message: u.message })),
  }));
}

// ---- resident register (KIR) freshness ----

export interface ResidentRegisterAge {
  tenant: string;
  environment: Environment | null;
  lastBatchAt: string | null;
  /** Seconds since the last batch; null when none was ever received. */
  ageSeconds: number | null;
  stale: boolean;
}

/**
 * Every tenant's last resident-register batch in this database (platform.resident_register_latest,
 * a narrow SECURITY DEFINER function: tenant domains and times only). A tenant without any batch is
 * stale. This is what a metrics endpoint turns into
 * `lcs_resident_register_last_batch_age_seconds{tenant}` (a tenant with none: +Inf).
 */
export async function residentRegisterAges(db: AppDatabase, now = new Date()): Promise<ResidentRegisterAge[]> {
  const rows = rowsOf<{ tenant_id: string; environment: Environment | null; last_batch_at: string | Date | null }>(
    await db.execute(sql`select tenant_id, environment, last_batch_at from platform.resident_register_latest()`),
  );
  return rows.map((r) => {
    const last = iso(r.last_batch_at);
    const ageSeconds = last ? Math.max(0, Math.floor((now.getTime() - Date.parse(last)) / 1000)) : null;
    return {
      tenant: r.tenant_id,
      environment: r.environment ?? null,
      lastBatchAt: last,
      ageSeconds,
      stale: ageSeconds === null || ageSeconds > KIR_STALE_DAYS * 86_400,
    };
  });
}

/** The caller's tenant's freshness, read under its row-level security (tx: a tenant transaction). */
export async function residentRegisterStatus(
  tx: AppDatabase,
  now = new Date(),
): Promise<{ lastBatchAt: string | null; ageDays: number | null; stale: boolean }> {
  const r = rowsOf<{ last: string | Date | null }>(
    await tx.execute(sql`select max(received_at) as last from platform.resident_register_batch`),
  )[0];
  const last = iso(r?.last);
  const ageDays = last ? Math.floor((now.getTime() - Date.parse(last)) / 86_400_000) : null;
  return { lastBatchAt: last, ageDays, stale: !last || now.getTime() - Date.parse(last) > KIR_STALE_DAYS * 86_400_000 };
}

// ---- what a running process acts on ----

export interface MaintenanceNow {
  /** 'on': nothing but health and status; 'read-only': reads only; 'off': normal service. */
  mode: MaintenanceMode;
  /** Why: the window or the operator's switch. */
  reason: string;
  /** When it is expected to end (ISO), if known. */
  until: string | null;
  window?: ServiceWindow;
}

/**
 * What the gateway and facade of one environment act on, read from the database at most every
 * STATE_TTL_MS: a service window in progress, or the operator's switch. A database that cannot
 * be read keeps the last known state (the platform keeps serving; /readyz reports the database).
 */
export class OperationsState {
  private cached?: { at: number; windows: ServiceWindow[]; manual: MaintenanceSwitch };
  private loading?: Promise<void>;

  constructor(
    readonly db: AppDatabase,
    readonly environment: Environment,
    private readonly clock: () => number = Date.now,
    private readonly ttlMs = STATE_TTL_MS,
  ) {}

  private async load(): Promise<void> {
    const now = this.clock();
    const [windows, manual] = await Promise.all([
      listWindows(this.db, { environment: this.environment, since: new Date(now - 86_400_000) }),
      getMaintenance(this.db, this.environment),
    ]);
    this.cached = { at: now, windows, manual };
  }

  private async fresh(): Promise<NonNullable<OperationsState['cached']>> {
    if (!this.cached || this.clock() - this.cached.at >= this.ttlMs) {
      this.loading ??= this.load()
        .catch((e) => {
          if (!this.cached) throw e;
        })
        .finally(() => {
          this.loading = undefined;
        });
      await this.loading;
    }
    return this.cached!;
  }

  /** Forget what was read (tests, and the process that just changed it). */
  invalidate(): void {
    this.cached = undefined;
  }

  async maintenance(): Promise<MaintenanceNow> {
    const c = await this.fresh();
    const now = this.clock();
    const window = c.windows.find((w) => Date.parse(w.start) <= now && Date.parse(w.end) > now);
    if (c.manual.mode === 'on' || (window && c.manual.mode !== 'read-only')) {
      const until = c.manual.mode === 'on' ? (c.manual.until ?? window?.end ?? null) : window!.end;
      return {
        mode: 'on',
        reason:
          c.manual.mode === 'on'
            ? (c.manual.reason ?? 'maintenance switched on by the operator')
            : `service window ${window!.id}${window!.description ? ` (${window!.description})` : ''}`,
        until,
        window,
      };
    }
    if (c.manual.mode === 'read-only')
      return { mode: 'read-only', reason: c.manual.reason ?? 'read-only maintenance', until: c.manual.until, window };
    return { mode: 'off', reason: '', until: null };
  }

  /** Windows in progress or ahead (both environments for the status page: `all`). */
  async windows(): Promise<ServiceWindow[]> {
    const c = await this.fresh();
    const now = this.clock();
    return c.windows.filter((w) => Date.parse(w.end) > now);
  }
}

/** Seconds until `until` (at least 1; 300 when unknown): the Retry-After of a maintenance answer. */
export function retryAfterSeconds(until: string | null, now = Date.now()): number {
  if (!until) return 300;
  return Math.max(1, Math.ceil((Date.parse(until) - now) / 1000));
}
