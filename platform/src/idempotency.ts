/**
 * Idempotency keys for writes (IETF httpapi "The Idempotency-Key HTTP Header Field" draft).
 *
 * The record lives in the database of the subgraph that owns the write, and is stored in the
 * SAME transaction as the write: either both commit or neither does, so a crash between "wrote"
 * and "remembered" cannot happen. Per (tenant, API client, key):
 * - a transaction-level advisory lock on the key is taken first; not acquired means the first
 *   request with this key is still running → 409 (the lock is held until that request commits);
 * - a stored record with the same payload fingerprint → its response is replayed;
 * - a stored record with another fingerprint → 422 (the key was reused for another request);
 * - records expire after `IDEMPOTENCY_TTL_HOURS` (the draft asks servers to publish an expiry).
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgPolicy, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { PlatformError } from './errors.ts';
import { tenantPredicate } from './tables.ts';
import type { Tx } from './scope.ts';
import { rowsOf } from './rows.ts';

/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** Longest key accepted (the draft leaves it to the server; UUIDs are 36). */
export const MAX_IDEMPOTENCY_KEY = 255;

/** The idempotency table of a subgraph's schema namespace (add to its SubgraphDefinition.tables). */
export function idempotencyTable(schemaName: string) {
  return pgSchema(schemaName)
    .table(
      'idempotency_key',
      {
        tenantId: text('tenant_id').notNull(),
        /** The API client (partner system) or user the key belongs to. */
        clientId: text('client_id').notNull(),
        key: text('key').notNull(),
        /** The mutation the key was first used with. */
        operation: text('operation').notNull(),
        /** sha256 of the request (operation, body, parameters) in canonical JSON. */
        fingerprint: text('fingerprint').notNull(),
        status: integer('status').notNull(),
        response: jsonb('response'),
        createdAt: timestamp('created_at', { withTimezone: true, precision: 3, mode: 'date' }).notNull().defaultNow(),
        expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3, mode: 'date' }).notNull(),
      },
      (t) => [
        primaryKey({ columns: [t.tenantId, t.clientId, t.key] }),
        index('idempotency_key_expires_idx').on(t.tenantId, t.expiresAt),
        pgPolicy('idempotency_key_tenant_isolation', {
          as: 'permissive',
          for: 'all',
          using: tenantPredicate,
          withCheck: tenantPredicate,
        }),
      ],
    )
    .enableRLS();
}

export type IdempotencyTable = ReturnType<typeof idempotencyTable>;

/** JSON with object keys sorted, so equal payloads have equal fingerprints whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export const fingerprintOf = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('base64url');

/**
 * The key as sent: the draft makes it an RFC 8941 sf-string (`"…"`); a bare token is accepted
 * too. Visible ASCII only, at most MAX_IDEMPOTENCY_KEY characters.
 */
export function parseIdempotencyKey(raw: string): string {
  const s = raw.trim();
  const v = /^"(.*)"$/.test(s) ? s.slice(1, -1) : s;
  if (!v || v.length > MAX_IDEMPOTENCY_KEY || !/^[\x21-\x7e]+$/.test(v)) {
    throw new PlatformError(
      'BAD_USER_INPUT',
      `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} visible ASCII characters`,
      { field: 'Idempotency-Key' },
    );
  }
  return v;
}

/** The advisory-lock id of a key (64-bit hash of tenant, client and key). */
export const idempotencyLockId = (tenant: string, clientId: string, key: string) =>
  sql`hashtextextended(${`idempotency:${tenant}:${clientId}:${key}`}, 0)`;

export interface StoredResponse {
  status: number;
  body?: unknown;
  etag?: string | null;
}

export interface IdempotencyScope {
  tenant: string;
  clientId: string;
  key: string;
  operation: string;
  fingerprint: string;
}

/**
 * Takes the key's lock and looks the key up. Returns the stored response to replay, or undefined
 * when the request is new (the caller then writes and calls `remember` in the same transaction).
 */
export async function claimKey(tx: Tx, t: IdempotencyTable, s: IdempotencyScope): Promise<StoredResponse | undefined> {
  const locked = rowsOf<{ ok: boolean }>(
    await tx.execute(sql`select pg_try_advisory_xact_lock(${idempotencyLockId(s.tenant, s.clientId, s.key)}) as ok`),
  )[0]?.ok;
  if (!locked) {
    throw new PlatformError('CONFLICT', 'a request with this Idempotency-Key is still being processed; retry later', {
      field: 'Idempotency-Key',
      retryAfter: 1,
    });
  }
  await tx.execute(
    sql`delete from ${t} where ${t.clientId} = ${s.clientId} and ${t.key} = ${s.key} and ${t.expiresAt} < now()`,
  );
  const found = (await tx
    .select()
    .from(t)
    .where(sql`${t.clientId} = ${s.clientId} and ${t.key} = ${s.key}`)) as (typeof t.$inferSelect)[];
  const rec = found[0];
  if (!rec) return undefined;
  if (rec.fingerprint !== s.fingerprint || rec.operation !== s.operation) {
    throw new PlatformError(
      'UNPROCESSABLE',
      'this Idempotency-Key was already used for a different request (another operation or payload)',
      { field: 'Idempotency-Key' },
    );
  }
  return { ...(rec.response as StoredResponse), status: rec.status };
}

/** Stores the response of a new request under its key (same transaction as the write). */
export async function rememberKey(tx: Tx, t: IdempotencyTable, s: IdempotencyScope, r: StoredResponse): Promise<void> {
  await tx.insert(t).values({
    tenantId: s.tenant,
    clientId: s.clientId,
    key: s.key,
    operation: s.operation,
    fingerprint: s.fingerprint,
    status: r.status,
    response: { body: r.body ?? null, etag: r.etag ?? null },
    expiresAt: sql`now() + make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`,
  });
  // Housekeeping: a few expired keys of the tenant go with every new one (no separate job needed).
  await tx.execute(sql`delete from ${t} where ctid in (select ctid from ${t} where ${t.expiresAt} < now() limit 20)`);
}
