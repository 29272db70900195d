/**
 * The seed world: what one subgraph's generator hands to the next, so that a synthetic
 * municipality is coherent across subgraphs (provider executions point at care orders, etc.)
 * while each subgraph writes only its own tables.
 */
import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { AppDatabase } from '@lcs/platform';
import type { SubgraphKit } from '@lcs/platform';
import { Rng, type SyntheticPerson } from '@lcs/platform';

export interface SeedClient extends SyntheticPerson {
  id: number;
  /** When the client entered care. */
  since: Date;
  homeCare: boolean;
}

export interface SeedUnit {
  id: number;
  name: string;
  companyId: number;
  companyName: string;
  planningUnitId?: number;
}

export interface SeedOrder {
  id: number;
  clientId: number;
  personId: string;
  decisionId: number;
  investigationId: number;
  providerUnitId: number;
  executionId: number;
  serviceCategoryId: number;
  serviceCategoryName: string;
  serviceTypeId: number;
  serviceTypeName: string;
  startDate: Date;
  endDate: Date | null;
  /** Ordered hours per month (beställd tid). */
  hoursPerMonth: number;
  law: 'SoL' | 'LSS';
}

export interface SeedOptions {
  tenant: string;
  tenantName: string;
  municipalityCode: string;
  clients: number;
  /** The generator's "today": history runs back from here (fixed, so output is deterministic). */
  asOf: Date;
  /** Months of executed-service history per client. */
  historyMonths: number;
}

/** Ids per statement of SeedWorld.reserveIds. */
const RESERVE_PIECE = 50_000;

export type Progress = (label: string, total: number) => { tick(n: number): void; done(): void };

export class SeedWorld {
  readonly units: SeedUnit[] = [];
  readonly clients: SeedClient[] = [];
  readonly orders: SeedOrder[] = [];
  readonly counts = new Map<string, number>();

  constructor(
    readonly db: AppDatabase,
    readonly o: SeedOptions,
    private readonly progress: Progress,
    /** Rows per INSERT statement. */
    private readonly batch = 2000,
  ) {}

  /** A PRNG for one purpose: independent streams keep one generator's changes from shifting another's data. */
  rng(purpose: string): Rng {
    return new Rng(`${this.o.tenant}:${purpose}`);
  }

  /** Reserves `n` ids from a subgraph's sequence, for rows other subgraphs must point at before they exist. */
  async reserveIds(schema: string, n: number): Promise<number[]> {
    if (!/^[a-z]+$/.test(schema)) throw new Error(`bad schema ${schema}`);
    const ids: number[] = [];
    // in pieces, so that a million ids never arrive as a million row objects at once
    for (let left = Math.floor(n); left > 0; left -= RESERVE_PIECE) {
      const res = await this.db.execute(
        sql.raw(
          `select nextval('${schema}.id_seq')::int as id from generate_series(1, ${Math.min(left, RESERVE_PIECE)})`,
        ),
      );
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      for (const r of ((res as any).rows ?? res) as { id: number }[]) ids.push(r.id);
    }
    return ids;
  }

  /**
   * Bulk-inserts rows of one entity: one `INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …)` per
   * batch (one array parameter per column, so thousands of rows per statement), inside
   * tenant-scoped transactions so row-level security checks every row. (COPY is not an option:
   * PostgreSQL refuses COPY FROM into tables with row-level security.)
   *
   * `rows` may be a generator: it is drawn one transaction's worth at a time (`batch` × 10 rows),
   * so a generator that builds each row when asked keeps memory flat however many rows it makes.
   * `total` is the expected count, for the progress bar only.
   */
  async insert(
    kit: SubgraphKit,
    entity: string,
    rows: Iterable<Record<string, unknown>>,
    total = Array.isArray(rows) ? rows.length : 0,
  ): Promise<number> {
    const table = kit.tables.get(entity);
    if (!table) throw new Error(`${kit.name} has no entity ${entity}`);
    const bar = this.progress(`${kit.name}.${entity}`, total);
    const perTx = this.batch * 10;
    let n = 0;
    const flush = async (part: Record<string, unknown>[]) => {
      checkEnums(kit, entity, part);
      await this.insertPart(kit, table, part, bar);
      n += part.length;
    };
    if (Array.isArray(rows)) {
      // an array's columns are those any of its rows sets (as before generators streamed)
      if (rows.length) {
        checkEnums(kit, entity, rows);
        for (let i = 0; i < rows.length; i += perTx)
          await this.insertPart(kit, table, rows.slice(i, i + perTx), bar, rows);
        n = rows.length;
      }
    } else {
      let part: Record<string, unknown>[] = [];
      for (const row of rows) {
        part.push(row);
        if (part.length === perTx) {
          await flush(part);
          part = [];
        }
      }
      if (part.length) await flush(part);
    }
    bar.done();
    this.counts.set(`${kit.name}.${entity}`, (this.counts.get(`${kit.name}.${entity}`) ?? 0) + n);
    return n;
  }

  /** One transaction's rows, in statements of `batch` rows; columns are those any row of `all` sets. */
  private async insertPart(
    kit: SubgraphKit,
    table: NonNullable<ReturnType<SubgraphKit['tables']['get']>>,
    rows: Record<string, unknown>[],
    bar: { tick(n: number): void },
    all: Record<string, unknown>[] = rows,
  ): Promise<void> {
    const columns = (Object.entries(getTableColumns(table)) as [string, { name: string; columnType: string }][]).filter(
      ([key]) => key === 'tenantId' || all.some((r) => r[key] !== undefined),
    );
    const name = `${getTableConfig(table).schema}.${getTableConfig(table).name}`;
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${this.o.tenant}, true)`);
      for (let j = 0; j < rows.length; j += this.batch) {
        const chunk = rows.slice(j, j + this.batch);
        const arrays = columns.map(([key, col]) => {
          const { cast, encode } = CODECS[col.columnType] ?? CODECS.PgText!;
          const values = chunk.map((r) =>
            key === 'tenantId' ? this.o.tenant : r[key] === undefined || r[key] === null ? null : encode(r[key]),
          );
          return sql`${arrayLiteral(values)}::${sql.raw(cast)}[]`;
        });
        const names = columns.map(([, col]) => sql.identifier(col.name));
        // columns some rows leave out get their defaults (ids from the sequence, now(), false)
        const select = columns.map(([key, col], k) => {
          const v = sql.raw(`u.c${k}`);
          if (chunk.every((r) => r[key] !== undefined && r[key] !== null) || key === 'tenantId') return v;
          if (col.name === 'id') return sql`coalesce(${v}, nextval(${`${kit.name}.id_seq`}))`;
          if (col.name === 'updated_at') return sql`coalesce(${v}, now())`;
          if (col.name === 'deleted') return sql`coalesce(${v}, false)`;
          return v;
        });
        const aliases = sql.raw(columns.map((_, k) => `c${k}`).join(', '));
        await tx.execute(sql`insert into ${sql.raw(name)} (${sql.join(names, sql`, `)})
            select ${sql.join(select, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`);
        bar.tick(chunk.length);
      }
    });
  }
}

/**
 * Generated values must fit the contract: every enum value, also inside nested objects, is one
 * of its enum's values (otherwise reads of that row would fail).
 */
function checkEnums(kit: SubgraphKit, entity: string, rows: Record<string, unknown>[]): void {
  const enums = new Map(kit.model.enums.map((e) => [e.name, new Set(e.values)]));
  const objects = new Map<string, { name: string; gql: string }[]>(kit.model.valueTypes.map((v) => [v.name, v.fields]));
  for (const e of kit.model.entities) objects.set(e.name, e.fields);
  const check = (value: unknown, gql: string, path: string): void => {
    if (value === null || value === undefined) return;
    const list = /^\[(.*)\]!?$/.exec(gql);
    if (list)
      return void (Array.isArray(value) ? value.forEach((v, i) => check(v, list[1]!, `${path}[${i}]`)) : undefined);
    const type = gql.replace(/!$/, '');
    const allowed = enums.get(type);
    if (allowed && !allowed.has(String(value)))
      throw new Error(`${kit.name}.${path}: "${String(value)}" is not one of ${[...allowed].join(', ')}`);
    const fields = objects.get(type);
    if (fields && typeof value === 'object')
      for (const f of fields) check((value as Record<string, unknown>)[f.name], f.gql, `${path}.${f.name}`);
  };
  const fields = objects.get(entity)!;
  for (const r of rows) for (const f of fields) check(r[f.name], f.gql, `${entity}.${f.name}`);
}

/**
 * A PostgreSQL array literal ('{"a","b",NULL}'), sent as one text parameter: the same on
 * postgres.js and PGlite, whatever their own array handling.
 */
function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}

/** Array element type and encoding per drizzle column type, for unnest inserts. */
const CODECS: Record<string, { cast: string; encode: (v: unknown) => unknown }> = {
  PgInteger: { cast: 'int4', encode: (v) => v },
  PgDoublePrecision: { cast: 'float8', encode: (v) => v },
  PgBoolean: { cast: 'bool', encode: (v) => v },
  PgText: { cast: 'text', encode: (v) => String(v) },
  PgTimestamp: { cast: 'timestamptz', encode: (v) => (v instanceof Date ? v.toISOString() : String(v)) },
  PgDateString: { cast: 'date', encode: (v) => String(v) },
  PgJsonb: { cast: 'jsonb', encode: (v) => JSON.stringify(v) },
};

export type Seeder = (w: SeedWorld, kit: SubgraphKit) => Promise<void>;

/** Months between two dates, as a fraction. */
export const monthsBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / (30.44 * 86400_000);
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400_000);
export const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** How many items an iterable yields (a generator run to its end, its items dropped). */
export function countOf(items: Iterable<unknown>): number {
  let n = 0;
  for (const _ of items) n++; // eslint-disable-line @typescript-eslint/no-unused-vars
  return n;
}

/** A copy of `row` without the given (generator-internal) keys, in the same key order. */
export function omit<T extends object>(row: T, ...keys: string[]): Record<string, unknown> {
  const copy = { ...row } as Record<string, unknown>;
  for (const k of keys) delete copy[k];
  return copy;
}
