/**
 * Write kit: the contract's write APIs as GraphQL mutations, served by the subgraph that owns the
 * data. A subgraph declares its writes (WriteSpec: mutation name, entity, body definition, a
 * handler); this module gives every one of them the same mechanism:
 *
 * - one transaction per request (the request's tenant transaction), the write itself in a
 *   savepoint: a handler that fails half-way leaves nothing behind, whatever the caller does next;
 * - the body validated against the contract definition (ajv), domain checks collected per field,
 *   422 with field-level errors;
 * - Idempotency-Key (idempotency.ts): the key, a payload fingerprint and the response stored in
 *   the same transaction as the write;
 * - optimistic concurrency: ETag = the row's version (its modification time, bumped by every
 *   write); If-Match is compared in SQL (`update … where id = $1 and updated_at = $version`), so of
 *   concurrent writers holding one version exactly one wins and the others get 412;
 * - the change feed: every write bumps the modification time, deletes are tombstones
 *   (`deleted = true`), so delta reads (gt/lt, modified_*) return them;
 * - the caller's data scope: a provider-scoped licence writes only rows of its own units (403);
 * - every change audited through `auditChange` (principal, before/after), once the write succeeded.
 *
 * Mutations take the contract-shaped body as JSON: `input` (the body), `params` (path and query
 * parameters), `idempotencyKey`, `ifMatch`; they answer a WriteResult (status, body in the
 * contract's response shape with camelCase names, etag, replayed).
 */
import type { AuditChange } from './audit.ts';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import type { EntityModel } from './model.ts';
import type { AnyTable } from './tables.ts';
import type { SubgraphKit } from './subgraph.ts';
import type { RequestContext, ResolverMap, TypeResolvers } from './resolvers.ts';
import { parseId } from './resolvers.ts';
import { takeTurn, type Tx } from './scope.ts';
import type { DbValue, Row } from './rows.ts';
import { PlatformError } from './errors.ts';
import { camel } from './naming.ts';
import { camelKeys, contractErrors, contractPointer, invalid, type FieldError } from './validate.ts';
import {
  claimKey,
  fingerprintOf,
  idempotencyTable,
  parseIdempotencyKey,
  rememberKey,
  type IdempotencyTable,
} from './idempotency.ts';
import { validIdentityNumber } from './synthetic.ts';
import { rowsOf } from './rows.ts';

const { applyPatch, JsonPatchError } =
  (fastJsonPatch as unknown as { default?: typeof fastJsonPatch }).default ?? fastJsonPatch;

export interface WriteOutcome {
  /** HTTP status of the contract operation (200, 204). */
  status: number;
  /** Response body in the contract's response shape with camelCase names (a row, an id, a list). */
  body?: unknown;
  /** ETag of the resource written (absent for deletes and lists). */
  etag?: string | null;
}

export interface WriteSpec {
  /** Mutation field name. */
  field: string;
  description: string;
  /** The entity written (audit, ETag). */
  entity: string;
  /**
   * Contract definition of the request body ('json-patch': an RFC 6902 document, checked by the
   * handler against the entity after applying it). None: the write takes no body.
   */
  body?: string;
  run(w: Write): Promise<WriteOutcome>;
}

/** Every write goes through here to the request's audit trail (audit.ts), inserted before it commits. */
export function auditChange(ctx: RequestContext, c: AuditChange): void {
  ctx.audit.change(c);
}

/** The ETag of a row: its version (modification time in ms, base 36), strong. */
export function etagOf(e: EntityModel, row: Row): string {
  const at = row[e.updatedKey];
  return `"v${(at instanceof Date ? at : new Date(at as string | number)).getTime().toString(36)}"`;
}

/**
 * The versions an If-Match header names (undefined: `*`, any current version). Representation
 * suffixes the facade adds (`-xml`, `-gzip`, …) are ignored; weak tags never match (RFC 9110
 * §13.1.1 uses the strong comparison).
 */
export function ifMatchVersions(header: string): Date[] | undefined {
  if (header.trim() === '*') return undefined;
  const out: Date[] = [];
  for (const raw of header.split(',')) {
    const m = /^"v([0-9a-z]{1,12})(?:-[a-z0-9-]+)?"$/.exec(raw.trim());
    if (m) out.push(new Date(parseInt(m[1]!, 36)));
  }
  return out;
}

/** JSON-safe copy of a row (dates as ISO strings), for responses, stored replays and the audit. */
export function plain(row: Row | null | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (k !== 'tenantId') out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

/** A digits-only identity number (YYYYMMDDNNNN), so 19450101-1234 and 194501011234 compare equal. */
export const normalisePersonId = (s: unknown) => String(s ?? '').replace(/[-+\s]/g, '');

/**
 * A write's body as validated against the contract (camelCase names); its values are as the caller
 * sent them, checked by the write's own rules (`Write.fail`, `Write.check`).
 */
export type WriteBody = Record<string, DbValue>;

/** One write in progress: its input, its transaction, and the kit's helpers. */
export class Write {
  readonly errors: FieldError[] = [];
  /** Changes made, audited once the write has succeeded (a write undone is not audited). */
  readonly changes: AuditChange[] = [];
  /** The validated body with camelCase names (a JSON Patch document stays as sent). */
  readonly body: WriteBody;
  /** The If-Match header as sent. */
  readonly ifMatch?: string;
  private readonly versions?: Date[];

  constructor(
    readonly ctx: RequestContext,
    readonly tx: Tx,
    readonly kit: SubgraphKit,
    readonly spec: WriteSpec,
    input: unknown,
    readonly params: Record<string, unknown>,
    ifMatch: string | undefined,
  ) {
    this.body = (spec.body && spec.body !== 'json-patch' ? camelKeys(input) : input) as WriteBody;
    this.versions = ifMatch === undefined || ifMatch === null ? undefined : ifMatchVersions(ifMatch);
    this.ifMatch = ifMatch ?? undefined;
  }

  entity(name = this.spec.entity): EntityModel {
    const e = this.kit.model.entities.find((x) => x.name === name);
    if (!e) throw new Error(`${this.kit.name} has no entity ${name}`);
    return e;
  }

  table(name = this.spec.entity): AnyTable {
    return this.kit.tables.get(name)!;
  }

  /** Records a field error (the contract's field name); `check()` turns them into a 422. */
  fail(field: string, detail: string): void {
    this.errors.push({ field, pointer: `#/${field.replace(/\[(\d+)\]/g, '/$1').replace(/\./g, '/')}`, detail });
  }

  /** Throws 422 with every field error recorded so far. */
  check(): void {
    if (this.errors.length) throw invalid(this.errors);
  }

  /** A valid personnummer or samordningsnummer, else a field error; false when given and invalid. */
  identityNumber(field: string, value: unknown): boolean {
    if (value === null || value === undefined || value === '') return true;
    if (typeof value === 'string' && validIdentityNumber(value)) return true;
    this.fail(field, 'is not a valid Swedish identity number (personnummer or samordningsnummer)');
    return false;
  }

  /** `from` not after `to` (either may be absent). */
  period(fromField: string, from: unknown, toField: string, to: unknown): void {
    if (from == null || to == null) return;
    if (new Date(String(from)).getTime() > new Date(String(to)).getTime())
      this.fail(toField, `must not be before ${fromField}`);
  }

  /** An integer parameter (path or query); a missing or malformed one is 400, or 404 for an id in the path. */
  intParam(name: string, notFound = false): number {
    const raw = this.params[name];
    const n = parseId(raw);
    if (n === null) {
      if (notFound && raw !== undefined && raw !== null && raw !== '')
        throw new PlatformError('NOT_FOUND', `${raw} not found`);
      throw new PlatformError('BAD_USER_INPUT', `${name} must be an integer id`, { field: name });
    }
    return n;
  }

  stringParam(name: string): string {
    const v = this.params[name];
    if (typeof v !== 'string' || !v) throw new PlatformError('BAD_USER_INPUT', `${name} is required`, { field: name });
    return v;
  }

  /**
   * Makes writes of the same natural key run one after another, until this transaction ends (a
   * transaction-level advisory lock on the subgraph, tenant, entity and `key`; fine behind PgBouncer
   * in transaction mode). Take it before checking that a key is free or finding the row to update:
   * `find(…, { lock: true })` locks only rows that exist, so two requests that each found none would
   * each insert one (eight concurrent POSTs of one user made four users). The second request then
   * waits for the first's commit and finds its row.
   */
  async serialize(entity: string, ...key: unknown[]): Promise<void> {
    await takeTurn(this.tx, `write:${this.kit.name}:${this.ctx.scope.tenantId}:${entity}:${JSON.stringify(key)}`);
  }

  /** Live rows of an entity matching `where`, as the caller may see them (its scope), optionally locked. */
  async find(
    entity: string,
    where: SQL | undefined,
    o: { lock?: boolean; scoped?: boolean; includeDeleted?: boolean } = {},
  ): Promise<Row[]> {
    const t = this.table(entity);
    const q = this.tx
      .select()
      .from(t)
      .where(
        and(
          where,
          o.includeDeleted ? undefined : eq(t.deleted, false),
          o.scoped === false ? undefined : this.ctx.rows(entity, t),
        ),
      );
    return (await (o.lock ? q.for('update') : q)) as Row[];
  }

  /** The live row by id, visible to the caller and locked for the write; 404 otherwise. */
  async get(entity: string, id: number): Promise<Row> {
    const t = this.table(entity);
    const [row] = await this.find(entity, eq(t.id, id), { lock: true });
    if (!row) throw new PlatformError('NOT_FOUND', `${entity} ${id} not found`);
    return row;
  }

  /** Whether a live row exists in the tenant (not limited by the caller's scope: for references). */
  async exists(entity: string, id: unknown): Promise<Row | undefined> {
    const n = parseId(id);
    if (n === null) return undefined;
    const t = this.table(entity);
    return (await this.find(entity, eq(t.id, n), { scoped: false }))[0];
  }

  /** Fresh ids from the subgraph's id sequence (to link rows inserted together). */
  async nextIds(n: number): Promise<number[]> {
    const rows = rowsOf<{ id: number }>(
      await this.tx.execute(
        sql`select nextval(${`${this.kit.name}.id_seq`}::regclass)::int as id from generate_series(1, ${n})`,
      ),
    );
    return rows.map((r) => Number(r.id));
  }

  /** A provider-scoped caller may write only rows of its licence's units; a subject scope none. */
  assertInScope(entity: string, row: Row): void {
    const p = this.ctx.principal;
    const s = p.scope ?? (p.kind === 'partner' ? undefined : { type: 'tenant' as const });
    if (s?.type === 'tenant') return;
    const d = this.entity(entity).spec.scope;
    if (s?.type === 'provider' && d && typeof d === 'object' && d.unit && s.units.includes(Number(row[d.unit]))) return;
    const unit = d && typeof d === 'object' && d.unit ? row[d.unit] : undefined;
    throw new PlatformError(
      'FORBIDDEN',
      unit != null
        ? `provider unit ${unit} is not one of the units this licence may write for`
        : `this licence may not write ${entity}`,
      { field: d && typeof d === 'object' && d.unit ? d.unit : undefined },
    );
  }

  /** Versions the client's If-Match allows for `row` (412 when it names none of the current one). */
  private precondition(e: EntityModel, row: Row): Date {
    const current = row[e.updatedKey] as Date;
    if (this.versions && !this.versions.some((v) => v.getTime() === current.getTime())) {
      throw new PlatformError(
        'PRECONDITION_FAILED',
        `If-Match ${this.ifMatch} is not the current version of ${e.name} ${row.id} (${etagOf(e, row)})`,
        { etag: etagOf(e, row) },
      );
    }
    return current;
  }

  /** Column values from a camelCase object: only the entity's stored fields; date-times as Dates. */
  columns(entity: string, values: Record<string, unknown>): Row {
    const e = this.entity(entity);
    const out: Row = {};
    for (const f of e.fields) {
      if (!f.column || f.name === 'id' || f.name === e.updatedKey || f.name === 'deleted' || !(f.name in values))
        continue;
      const v = values[f.name];
      out[f.name] =
        v != null && f.column.kind === 'timestamp'
          ? new Date(String(v))
          : f.column.kind === 'int' && v != null && typeof v !== 'number'
            ? parseId(v)
            : v;
    }
    return out;
  }

  private clientIds(entity: string, ...rows: (Row | null | undefined)[]): number[] | undefined {
    const d = this.entity(entity).spec.scope;
    const f = d && typeof d === 'object' ? d.client : undefined;
    if (!f) return undefined;
    const ids = [
      ...new Set(
        rows
          .map((r) => r?.[f])
          .filter((x) => x != null)
          .map(Number),
      ),
    ];
    return ids.length ? ids : undefined;
  }

  /** Inserts a row (tenant and version set here), within the caller's scope; audited. */
  async insert(entity: string, values: Row): Promise<Row> {
    const t = this.table(entity);
    const e = this.entity(entity);
    const row = { ...values, tenantId: this.ctx.scope.tenantId, [e.updatedKey]: sql`clock_timestamp()` };
    this.assertInScope(entity, values);
    const [created] = (await this.tx.insert(t).values(row).returning()) as Row[];
    this.changes.push({
      activity: 'Create',
      entity,
      id: created!.id as string | number,
      clientIds: this.clientIds(entity, created),
      before: null,
      after: plain(created),
    });
    return created!;
  }

  /**
   * Compare-and-set update of a row read with `get` (locked): the version must still be the one
   * read and, with If-Match, the one the client names; the new version is strictly later.
   */
  async update(
    entity: string,
    before: Row,
    changes: Row,
    o: {
      audit?: boolean;
      delete?: boolean;
      /** Check If-Match (default: for the write's own entity). */ ifMatch?: boolean;
    } = {},
  ): Promise<Row> {
    const t = this.table(entity);
    const e = this.entity(entity);
    const version =
      (o.ifMatch ?? entity === this.spec.entity) ? this.precondition(e, before) : (before[e.updatedKey] as Date);
    const upd = t[e.updatedKey];
    const [after] = (await this.tx
      .update(t)
      .set({
        ...changes,
        ...(o.delete ? { deleted: true } : {}),
        [e.updatedKey]: sql`greatest(clock_timestamp(), ${upd} + interval '1 millisecond')`,
      })
      .where(and(eq(t.id, before.id), eq(t.deleted, false), sql`${upd} = ${version.toISOString()}::timestamptz`))
      .returning()) as Row[];
    if (!after)
      throw new PlatformError(
        'PRECONDITION_FAILED',
        `${entity} ${before.id} was changed by another request; read it again`,
      );
    if (!o.delete) this.assertInScope(entity, after);
    if (o.audit !== false) {
      this.changes.push({
        activity: o.delete ? 'Delete' : 'Update',
        entity,
        id: after.id as string | number,
        clientIds: this.clientIds(entity, before, after),
        before: plain(before),
        after: o.delete ? null : plain(after),
      });
    }
    return after;
  }

  /** Deletes a row as a tombstone (delta reads return it as deleted); audited. */
  remove(entity: string, before: Row, o: { ifMatch?: boolean } = {}): Promise<Row> {
    return this.update(entity, before, {}, { ...o, delete: true });
  }

  /** Bumps a row's version without other changes (a parent whose children changed), no If-Match. */
  async touch(entity: string, id: number, changes: Row = {}): Promise<void> {
    const t = this.table(entity);
    const e = this.entity(entity);
    await this.tx
      .update(t)
      .set({
        ...changes,
        [e.updatedKey]: sql`greatest(clock_timestamp(), ${t[e.updatedKey]} + interval '1 millisecond')`,
      })
      .where(eq(t.id, id));
  }

  /**
   * Applies an RFC 6902 JSON Patch to `doc` (camelCase, contract shape): paths in the contract's
   * spelling are accepted (`/EndTime` = `/endTime`); `readOnly` paths may not be touched; the
   * result is checked against `definition`. Returns the patched document.
   */
  jsonPatch(doc: Record<string, unknown>, definition: string, readOnly: string[]): Record<string, unknown> {
    const raw = this.body as unknown;
    const ops = Array.isArray(raw)
      ? raw
      : raw && typeof raw === 'object'
        ? ((raw as { operations?: unknown; Operations?: unknown }).operations ??
          (raw as { operations?: unknown; Operations?: unknown }).Operations)
        : undefined;
    if (!Array.isArray(ops) || !ops.length)
      throw invalid([
        { field: '(body)', pointer: '#', detail: 'must be a JSON Patch document: a non-empty array of operations' },
      ]);
    const pointer = (p: unknown) =>
      typeof p === 'string'
        ? p
            .split('/')
            .map((seg, i) => (i === 0 ? seg : /^\d+$|^-$/.test(seg) ? seg : camel(seg)))
            .join('/')
        : p;
    const norm: Operation[] = ops.map((op: WriteBody | null, i: number) => {
      if (!op || typeof op !== 'object' || typeof op.op !== 'string' || typeof op.path !== 'string') {
        throw invalid([{ field: `[${i}]`, pointer: `#/${i}`, detail: 'must be an operation with op and path' }]);
      }
      // prototype paths (/__proto__/…, /constructor/…) are refused before the patch library sees them
      for (const [name, p] of [
        ['path', op.path],
        ['from', op.from],
      ] as const) {
        const proto =
          typeof p === 'string'
            ? p.split('/').find((seg) => PROTO_SEGMENTS.has(seg.replace(/~1/g, '/').replace(/~0/g, '~')))
            : undefined;
        if (proto !== undefined) {
          throw invalid([{ field: `[${i}].${name}`, pointer: `#/${i}/${name}`, detail: `may not address ${proto}` }]);
        }
      }
      const path = pointer(op.path) as string;
      const top = path.split('/')[1] ?? '';
      if (
        readOnly.includes(top) ||
        (op.op === 'move' && readOnly.includes(String(pointer(op.from)).split('/')[1] ?? ''))
      ) {
        throw invalid([
          { field: contractPointer(`/${top}`).slice(1), pointer: `#${contractPointer(path)}`, detail: 'is read-only' },
        ]);
      }
      return {
        ...op,
        op: op.op.toLowerCase(),
        path,
        ...(op.from ? { from: pointer(op.from) } : {}),
        ...('value' in op ? { value: camelKeys(op.value) } : {}),
      } as Operation;
    });
    let patched: Record<string, unknown>;
    try {
      patched = applyPatch(structuredClone(doc), norm, true, false).newDocument as Record<string, unknown>;
    } catch (e) {
      if (e instanceof JsonPatchError) {
        const op = e.operation as Operation | undefined;
        throw invalid([
          {
            field: op?.path ? contractPointer(op.path).slice(1) : `[${e.index ?? 0}]`,
            pointer: `#${op?.path ? contractPointer(op.path) : ''}`,
            detail: `cannot apply ${op?.op ?? 'operation'}: ${e.message.split('\n')[0]}`,
          },
        ]);
      }
      throw e;
    }
    const errors = contractErrors(definition, patched);
    if (errors.length) throw invalid(errors);
    return patched;
  }
}

/** JSON Patch path segments that would reach an object's prototype. */
const PROTO_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

const WRITE_ARGS =
  '"The request body, in the contract\'s shape (JSON)." input: JSON, "Path and query parameters of the contract ' +
  'operation." params: JSON, "Idempotency-Key: retries with the same key and payload replay the first response." ' +
  'idempotencyKey: String, "If-Match: the ETag(s) the write expects the resource to have (412 otherwise)." ' +
  'ifMatch: String';

/** SDL of a subgraph's writes: the mutations, WriteResult, and `etag` on the entities written. */
export function writeTypeDefs(writes: WriteSpec[]): string {
  if (!writes.length) return '';
  const entities = [...new Set(writes.map((w) => w.entity))].sort();
  return [
    '"The outcome of a write through a contract API."',
    'type WriteResult @shareable {',
    '  "HTTP status of the contract operation."\n  status: Int!',
    '  "Response body: the contract\'s response shape, camelCase names."\n  body: JSON',
    '  "ETag of the resource written (its version)."\n  etag: String',
    '  "True when this is the stored response of an earlier request with the same Idempotency-Key."\n' +
      '  replayed: Boolean!',
    '}',
    `type Mutation {\n${writes
      .map((w) => `  ${JSON.stringify(w.description)}\n  ${w.field}(${WRITE_ARGS}): WriteResult!`)
      .join('\n')}\n}`,
    ...entities.map(
      (e) => `extend type ${e} {\n  "The entity's version as an ETag (for If-Match)."\n  etag: String!\n}`,
    ),
  ].join('\n\n');
}

interface WriteArgs {
  input?: unknown;
  params?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
  ifMatch?: string | null;
}

/**
 * Staff roles (TSS ids) that may call the write mutations directly over GraphQL. Partners write
 * through the facade, whose licence check decides the routes; developers and services are trusted.
 */
export const STAFF_WRITE_ROLES = ['SYSTEMADMINISTRATOR'];

/** Resolvers of a subgraph's writes (see writeTypeDefs). */
export function writeResolvers(kit: SubgraphKit, writes: WriteSpec[], idempotency: IdempotencyTable): ResolverMap {
  const Mutation: TypeResolvers = {};
  for (const spec of writes) {
    Mutation[spec.field] = async (_: unknown, args: WriteArgs, ctx: RequestContext) => {
      const p = ctx.principal;
      if (p.kind === 'staff' && !p.roles?.some((r) => STAFF_WRITE_ROLES.includes(r))) {
        throw new PlatformError(
          'FORBIDDEN',
          `${spec.field}: staff need one of the roles ${STAFF_WRITE_ROLES.join(', ')} to write through the API`,
        );
      }
      const params = args.params && typeof args.params === 'object' ? args.params : {};
      const key = args.idempotencyKey == null ? undefined : parseIdempotencyKey(args.idempotencyKey);
      if (spec.body && spec.body !== 'json-patch') {
        if (!args.input || typeof args.input !== 'object' || Array.isArray(args.input)) {
          throw new PlatformError('BAD_USER_INPUT', 'the request body must be a JSON object', { field: '(body)' });
        }
      }
      return ctx.scope.run(async (tx: Tx) => {
        const scope = key && {
          tenant: ctx.principal.tenant,
          clientId: ctx.principal.sub,
          key,
          operation: spec.field,
          fingerprint: fingerprintOf({ input: args.input ?? null, params }),
        };
        if (scope) {
          const stored = await claimKey(tx, idempotency, scope);
          if (stored)
            return { status: stored.status, body: stored.body ?? null, etag: stored.etag ?? null, replayed: true };
        }
        // A savepoint: whatever the handler did is undone if it fails, even where the request's
        // transaction goes on to commit (e.g. another field of the operation succeeded).
        const outcome = await tx
          .transaction(async (sp: Tx) => {
            const w = new Write(ctx, sp, kit, spec, args.input, params, args.ifMatch ?? undefined);
            if (spec.body && spec.body !== 'json-patch') {
              const errors = contractErrors(spec.body, w.body);
              if (errors.length) throw invalid(errors);
            }
            const out = await spec.run(w);
            w.check();
            if (scope) await rememberKey(sp, idempotency, scope, out);
            return { out, changes: w.changes };
          })
          .then(({ out, changes }: { out: WriteOutcome; changes: AuditChange[] }) => {
            for (const c of changes) auditChange(ctx, c);
            return out;
          });
        return { status: outcome.status, body: outcome.body ?? null, etag: outcome.etag ?? null, replayed: false };
      });
    };
  }
  const r: ResolverMap = { Mutation };
  for (const name of new Set(writes.map((w) => w.entity))) {
    const e = kit.model.entities.find((x) => x.name === name)!;
    r[name] = { etag: (row: Row) => etagOf(e, row) };
  }
  return r;
}

/**
 * Everything a subgraph definition needs for its writes: SDL, resolvers, and the idempotency
 * table in its schema namespace (its migrations create it).
 */
export function writeKit(schema: string, writes: WriteSpec[]) {
  const table = idempotencyTable(schema);
  return {
    typeDefs: writeTypeDefs(writes),
    resolvers: (kit: SubgraphKit) => writeResolvers(kit, writes, table),
    tables: { idempotencyKey: table },
  };
}

/** Reads one value by a SQL condition (helper for handlers). */
export async function one(tx: Tx, query: SQL): Promise<Row | undefined> {
  return rowsOf<Row>(await tx.execute(query))[0];
}
