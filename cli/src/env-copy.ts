/**
 * `pnpm lcs env copy`: one tenant's data from one environment's database to another's (PROD →
 * UTB, service description 4.3 and 8), optionally with personal data purged.
 *
 * What is copied: every entity table of every subgraph (the tenant's rows, ids kept so every
 * relation — within a subgraph and across subgraphs by key — still holds). Not copied: the audit
 * log, partner credentials, sign-in configuration, usage and idempotency keys (UTB has its own).
 *
 * Guarantees:
 * - The target tenant is replaced in ONE transaction under the tenant's row-level security: other
 *   tenants in the target cannot be touched (the policy hides them), and a failure leaves the
 *   target as it was. Rerunning gives the same target (purging is deterministic per copy).
 * - With purging, every `@personalData` value (the kit's model: names, identity numbers, addresses,
 *   phones, e-mails, dates of birth; nested ones in JSON too) is replaced by a synthetic one — the
 *   same source value always by the same synthetic value within a copy, so a client's identity
 *   number on an execution still matches the client — free-text documentation and notes are
 *   replaced, and clients with protected identity (platform.protected_client) are dropped with
 *   every row that concerns them. Synthetic identity numbers are valid (personnummer) and never
 *   equal a source value; synthetic names come from pools no seed or real register uses.
 * - Audited on both sides: a 'EnvironmentCopyOut' record in the source's audit log, an
 *   'EnvironmentCopyIn' record in the target's, naming the other side and whether it was purged.
 * - Ids are kept: a target whose own sequences already gave one of these ids to another tenant
 *   is refused (nothing is written); the target's sequences are moved past the copied ids.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { getTableColumns } from 'drizzle-orm';
import {
  PERSONAL_FIELDS,
  Rng,
  asOwner,
  camel,
  identityNumber,
  inTenant,
  openDatabase,
  recordAuditEvent,
  rowsOf,
  subgraphKit,
  type AppDatabase,
  type Database,
  type DatabaseOptions,
  type EntityModel,
} from '@lcs/platform';
import type { Progress } from '@lcs/demo';
import { SUBGRAPHS } from './subgraphs.ts';

export interface CopyOptions {
  tenant: string;
  from: string;
  to: string;
  purge: boolean;
  progress: Progress;
  /** Rows per INSERT statement. */
  batch?: number;
}

export interface CopyResult {
  tables: number;
  rows: number;
  droppedProtectedClients: number;
  purgedValues: number;
}

/** A database given as a postgres:// URL (the owner's) or a PGlite data directory. */
export function databaseSpec(v: string, name: string, mustExist: boolean): DatabaseOptions {
  if (/^postgres(ql)?:\/\//.test(v)) return { url: v };
  const dir = resolve(v);
  if (mustExist && !existsSync(dir)) throw new Error(`${name}: no PGlite directory ${dir}`);
  return { dataDir: dir };
}

const describeSpec = (s: DatabaseOptions) =>
  s.url ? `postgres ${new URL(s.url).host}${new URL(s.url).pathname}` : `pglite ${s.dataDir}`;

/** Free-text columns (documentation and notes) by entity, and nested keys, replaced when purging. */
const FREE_TEXT_FIELDS = new Set(['note', 'notes', 'comment']);
const FREE_TEXT_ENTITY = /Documentation|Note/;
export const PURGED_TEXT = 'Text borttagen vid kopiering till UTB (persondata rensad).';

const GIVEN = [
  'Övningsa',
  'Kursina',
  'Lektionia',
  'Träningsa',
  'Utbildnia',
  'Seminaria',
  'Övningsius',
  'Kursivus',
  'Lektor',
  'Träningo',
];
const SURNAME = [
  'Övningsson',
  'Kursberg',
  'Lektionsgren',
  'Träningsdal',
  'Utbildqvist',
  'Seminarlund',
  'Repetitionsfors',
  'Skolander',
];
const STREET = ['Övningsvägen', 'Kursgatan', 'Lektionsgränd', 'Träningsstigen'];

/**
 * Consistent replacement of personal values within one copy: the same source value always gets
 * the same synthetic value (so relations by identity number or name still match), and a synthetic
 * value is never a source value.
 */
export class Pseudonymiser {
  private readonly r: Rng;
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly used = new Set<string>();
  private serial = 0;
  replaced = 0;

  constructor(
    seed: string,
    private readonly sourceValues: Set<string>,
  ) {
    this.r = new Rng(`purge:${seed}`);
  }

  identity(source: string): string {
    let v = this.ids.get(source);
    if (!v) {
      do {
        const birth = new Date(Date.UTC(this.r.int(1925, 1960), this.r.int(0, 11), this.r.int(1, 28)));
        v = identityNumber(birth, 100 + (this.serial++ % 890), this.r.chance(0.6));
      } while (this.sourceValues.has(v) || this.used.has(v));
      this.used.add(v);
      this.ids.set(source, v);
    }
    return v;
  }

  /** A name token, or a whole "First Last" name token by token (so firstName + lastName = fullName still holds). */
  name(source: string, kind: 'first' | 'last' | 'full'): string {
    if (kind === 'full')
      return source
        .split(/\s+/)
        .map((t, i, a) => this.name(t, i === a.length - 1 && a.length > 1 ? 'last' : 'first'))
        .join(' ');
    const key = `${kind}:${source}`;
    let v = this.names.get(key);
    if (!v) {
      const pool = kind === 'first' ? GIVEN : SURNAME;
      v = `${this.r.pick(pool)}${kind === 'last' ? `-${(this.names.size + 1).toString(36)}` : ''}`;
      this.names.set(key, v);
    }
    return v;
  }

  /** A replacement for one personal value, by the field's name. */
  value(field: string, v: unknown): unknown {
    if (v === null || v === undefined) return v;
    this.replaced++;
    const f = camel(field);
    if (/personId$|socialSecurityNumber$|^ssn$/i.test(f) && typeof v === 'string') return this.identity(v);
    if (/firstName$/i.test(f) && typeof v === 'string') return this.name(v, 'first');
    if (/lastName$/i.test(f) && typeof v === 'string') return this.name(v, 'last');
    if (/name$/i.test(f) && typeof v === 'string') return this.name(v, 'full');
    if (/dateOfBirth|birthDate/.test(f)) return typeof v === 'string' ? '1950-01-01' : new Date(Date.UTC(1950, 0, 1));
    if (/^(addresses|address)$/.test(f)) {
      const one = () => ({
        streetAddress: `${this.r.pick(STREET)} ${this.r.int(1, 99)}`,
        zipCode: `999 ${this.r.int(10, 99)}`,
        city: 'Övningsby',
        careOf: null,
        country: 'Sverige',
        protected: false,
        entryCode: null,
        type: 'Home',
      });
      return Array.isArray(v)
        ? v.map(one)
        : typeof v === 'object'
          ? one()
          : `${this.r.pick(STREET)} ${this.r.int(1, 99)}`;
    }
    if (/^phones$/.test(f))
      return Array.isArray(v)
        ? v.map(() => ({
            phoneNumber: `070-17406${String(this.r.int(5, 99)).padStart(2, '0')}`,
            protected: false,
            type: 'Mobile',
          }))
        : [];
    if (/^emails?$/.test(f))
      return Array.isArray(v)
        ? v.map((_, i) => ({ email: `utb${this.serial++}-${i}@example.invalid`, type: 'Home' }))
        : `utb${this.serial++}@example.invalid`;
    if (/phoneNumber|mobilePhoneNumber/.test(f)) return `070-17406${String(this.r.int(5, 99)).padStart(2, '0')}`;
    return typeof v === 'string' ? 'Rensad' : null;
  }
}

/**
 * Personal by name, beyond the model's @personalData flags: the contract repeats a person's
 * identity number and name on related records under many names (clientPersonId, clientLastName,
 * createdByLastName, createdName, userName, a staff reference's `name`), so purging goes by the
 * name's shape as well. Names of things (units, services, categories, roles …) are kept.
 */
const THING_NAME = new RegExp(
  `^(${[
    'serviceCategory|serviceType|service|unit|organi[sz]ationUnit|organi[sz]ation|division|role|category|type',
    'area|activity|code|package|group|municipality|team|template|headline|keyword|form|file|document|content',
    'display|product|catalogue|status|reason|competence|measure|kva|goal|task|assessment|system|article|tenant',
    'country|city',
  ].join('|')})Name$`,
  'i',
);
export function personalByName(key: string): boolean {
  const k = camel(key);
  if (
    PERSONAL_FIELDS.has(k) ||
    /personId$|socialSecurityNumber$|^ssn$|firstName$|lastName$|fullName$|^(phones|emails|addresses)$/i.test(k)
  )
    return true;
  return /name$/i.test(k) && k !== 'name' && !THING_NAME.test(k);
}

/** Walks a stored JSON value and replaces personal and free-text keys (contract shape, camelCase). */
function purgeJson(p: Pseudonymiser, v: unknown, freeText: boolean, personNames: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => purgeJson(p, x, freeText, personNames));
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const ck = camel(k);
    // a bare `name` inside a JSON reference is a person's (staff, signer) unless the column names a thing
    if (personalByName(ck) || (ck === 'name' && personNames)) out[k] = p.value(ck === 'name' ? 'fullName' : ck, x);
    else if ((FREE_TEXT_FIELDS.has(ck) || (freeText && ck === 'text')) && typeof x === 'string') out[k] = PURGED_TEXT;
    else out[k] = purgeJson(p, x, freeText, personNames && !THING_NAME.test(`${ck}Name`));
  }
  return out;
}

interface TablePlan {
  subgraph: string;
  entity: EntityModel;
  qualified: string;
  /** Database column → the model's field name. */
  columns: { db: string; field: string; personal: boolean; freeText: boolean; json: boolean }[];
  clientColumn?: string;
}

function tablePlans(): TablePlan[] {
  const plans: TablePlan[] = [];
  for (const def of SUBGRAPHS) {
    const kit = subgraphKit(def);
    for (const e of kit.model.entities) {
      const t = kit.tables.get(e.name)!;
      const cols = getTableColumns(t) as Record<string, { name: string }>;
      const scope = typeof e.spec.scope === 'object' ? e.spec.scope : undefined;
      const byField = new Map(e.fields.map((f) => [f.name, f]));
      const columns = Object.entries(cols)
        .filter(([, c]) => c.name !== 'tenant_id')
        .map(([key, c]) => {
          const f = byField.get(key);
          return {
            db: c.name,
            field: key,
            personal: !!f?.personal || personalByName(key),
            freeText:
              FREE_TEXT_FIELDS.has(key) ||
              (key === 'text' && FREE_TEXT_ENTITY.test(e.name)) ||
              (key === 'description' && e.name === 'User'),
            json: f?.column?.kind === 'jsonb',
          };
        });
      const clientColumn =
        e.name === 'Client'
          ? 'id'
          : scope?.client
            ? (cols[scope.client] as { name: string } | undefined)?.name
            : undefined;
      plans.push({ subgraph: def.name, entity: e, qualified: `${def.name}.${e.table}`, columns, clientColumn });
    }
  }
  return plans;
}

const PERSON_COLUMN = /person_id|social_security_number|^ssn$/;

/** Copies one tenant; see the module comment for what holds. */
export async function copyTenant(o: CopyOptions): Promise<CopyResult> {
  const fromSpec = databaseSpec(o.from, '--from', true);
  const toSpec = databaseSpec(o.to, '--to', false);
  if ((fromSpec.url ?? fromSpec.dataDir) === (toSpec.url ?? toSpec.dataDir))
    throw new Error('--from and --to are the same database');
  const migrations = SUBGRAPHS.map((d) => d.migrations);
  const source: Database = await openDatabase(fromSpec, migrations);
  let target: Database | undefined;
  const maxIds = new Map<string, number>();
  let result: CopyResult;
  try {
    target = await openDatabase(toSpec, migrations);
    const plans = tablePlans();
    const operator = {
      tenant: o.tenant,
      kind: 'service' as const,
      sub: 'lcs env copy',
      name: `environment copy ${o.purge ? '(purged)' : '(not purged)'}`,
      scope: { type: 'tenant' as const },
    };
    // Read the source tenant in one transaction (a consistent snapshot on PostgreSQL too).
    const data = await inTenant(source.app, o.tenant, (scope) =>
      scope.run(async (tx: AppDatabase) => {
        const exists =
          rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from iam.tenant`))[0]!.n > 0;
        if (!exists) throw new Error(`tenant "${o.tenant}" has no data in the source (${describeSpec(fromSpec)})`);
        const protectedIds = new Set<number>(
          rowsOf<{ client_id: number }>(await tx.execute(sql`select client_id from platform.protected_client`)).map(
            (r) => Number(r.client_id),
          ),
        );
        const out: { plan: TablePlan; rows: Record<string, unknown>[] }[] = [];
        for (const plan of plans) {
          const rows = rowsOf<Record<string, unknown>>(
            await tx.execute(sql.raw(`select * from ${plan.qualified} order by id`)),
          );
          out.push({ plan, rows });
        }
        return { protectedIds, tables: out };
      }),
    );
    const sourceIds = new Set<string>();
    for (const { plan, rows } of data.tables) {
      for (const c of plan.columns)
        if (PERSON_COLUMN.test(c.db))
          for (const r of rows) if (typeof r[c.db] === 'string') sourceIds.add(r[c.db] as string);
    }
    const p = new Pseudonymiser(o.tenant, sourceIds);
    let dropped = 0;
    let total = 0;
    const size = o.batch ?? 500;
    // Replace the tenant in the target: delete (children before parents is not needed: no foreign keys), then insert.
    await inTenant(target.app, o.tenant, (scope) =>
      scope.run(async (tx: AppDatabase) => {
        for (const { plan } of [...data.tables].reverse()) await tx.execute(sql.raw(`delete from ${plan.qualified}`));
        for (const { plan, rows } of data.tables) {
          const kept =
            o.purge && plan.clientColumn
              ? rows.filter((r) => !data.protectedIds.has(Number(r[plan.clientColumn!])))
              : rows;
          if (plan.entity.name === 'Client') dropped = rows.length - kept.length;
          const bar = o.progress(`${plan.qualified}`, kept.length);
          for (let i = 0; i < kept.length; i += size) {
            const chunk = kept.slice(i, i + size).map((r) => {
              const row: Record<string, unknown> = { ...r, tenant_id: o.tenant };
              if (o.purge) {
                for (const c of plan.columns) {
                  if (row[c.db] == null) continue;
                  if (c.personal) row[c.db] = p.value(c.field, row[c.db]);
                  else if (c.freeText && typeof row[c.db] === 'string') row[c.db] = PURGED_TEXT;
                  else if (c.json)
                    row[c.db] = purgeJson(
                      p,
                      row[c.db],
                      FREE_TEXT_ENTITY.test(plan.entity.name) || /documentation|note/i.test(c.field),
                      !THING_NAME.test(`${c.field}Name`),
                    );
                }
              }
              return row;
            });
            try {
              await tx.execute(
                sql`insert into ${sql.raw(plan.qualified)}
                    select * from json_populate_recordset(
                      null::${sql.raw(plan.qualified)}, ${JSON.stringify(chunk)}::json
                    )`,
              );
            } catch (e) {
              const m = ((e as { cause?: Error }).cause ?? (e as Error)).message;
              if (/duplicate key|unique/i.test(m))
                throw new Error(
                  `${plan.qualified}: an id of tenant "${o.tenant}" is already used by another tenant in the ` +
                    `target; copy into a target whose ids do not overlap (e.g. one made from the same source)`,
                  { cause: e },
                );
              throw new Error(`${plan.qualified}: ${m}`, { cause: e });
            }
            bar.tick(chunk.length);
          }
          bar.done();
          total += kept.length;
          const top = kept.reduce((m, r) => Math.max(m, Number(r.id) || 0), 0);
          maxIds.set(plan.subgraph, Math.max(maxIds.get(plan.subgraph) ?? 0, top));
        }
      }),
    );
    await recordAuditEvent(
      source.app,
      'iam',
      'lcs env copy',
      { ...operator, name: `${operator.name} to ${describeSpec(toSpec)}` },
      'EnvironmentCopyOut',
    );
    await recordAuditEvent(
      target.app,
      'iam',
      'lcs env copy',
      { ...operator, name: `${operator.name} from ${describeSpec(fromSpec)}` },
      'EnvironmentCopyIn',
    );
    result = {
      tables: data.tables.length,
      rows: total,
      droppedProtectedClients: o.purge ? dropped : 0,
      purgedValues: p.replaced,
    };
  } finally {
    await target?.close();
    await source.close();
  }
  // the target's sequences past the copied ids (as the owner; the app role may only draw from them)
  await asOwner(toSpec, migrations, async (admin) => {
    for (const [schema, max] of maxIds)
      if (max > 0)
        await admin.execute(
          sql.raw(`select setval('${schema}.id_seq', greatest((select last_value from ${schema}.id_seq), ${max}))`),
        );
  });
  return result;
}
