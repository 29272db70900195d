/**
 * Resident register (KIR, service description 5.5): the Tax Agency's notifications, at least
 * weekly, keep clients' names, addresses, deaths and protected registrations current. This is the
 * import of a notification batch into one tenant, in ONE tenant transaction: the clients are
 * updated (modification time bumped, so change feeds carry it) and the batch is recorded in
 * platform.resident_register_batch. A protected-registration change goes through care.client's
 * trigger into platform.protected_client in the same transaction, so every subgraph masks (or
 * unmasks) the client from the commit on — no cache, nothing to wait for.
 *
 * File format `lcs-kir-notifications/1` (synthetic; JSON, UTF-8; see README "Resident register"):
 *   { "format": "lcs-kir-notifications/1", "batchId": "…", "createdAt": ISO time,
 *     "notifications": [
 *       { "type": "name", "personId": "YYYYMMDDNNNC", "firstName": "…", "lastName": "…" },
 *       { "type": "address", "personId": "…", "address": { "streetAddress", "zipCode", "city", "careOf"?, "country"? }
 * },
 *       { "type": "death", "personId": "…", "date": "YYYY-MM-DD" },
 *       { "type": "protected", "personId": "…", "protectedRegistration": true | false } ] }
 * A batch id is imported once per tenant and environment (a second import is refused: 409).
 */
import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import { sql } from 'drizzle-orm';
import {
  PlatformError,
  Rng,
  address,
  inTenant,
  person,
  rowsOf,
  validIdentityNumber,
  type AppDatabase,
  type Environment,
} from '@lcs/platform';

export const KIR_FORMAT = 'lcs-kir-notifications/1';

export type KirNotification =
  | { type: 'name'; personId: string; firstName: string; lastName: string }
  | {
      type: 'address';
      personId: string;
      address: {
        streetAddress: string;
        zipCode: string;
        city: string;
        careOf?: string | null;
        country?: string | null;
      };
    }
  | { type: 'death'; personId: string; date: string }
  | { type: 'protected'; personId: string; protectedRegistration: boolean };

export interface KirBatch {
  format: typeof KIR_FORMAT;
  batchId: string;
  createdAt: string;
  notifications: KirNotification[];
}

const text = { type: 'string', minLength: 1, maxLength: 200 };
const pin = { type: 'string', pattern: '^\\d{12}$' };
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'batchId', 'createdAt', 'notifications'],
  properties: {
    format: { const: KIR_FORMAT },
    batchId: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,100}$' },
    createdAt: { type: 'string', format: 'date-time' },
    notifications: {
      type: 'array',
      maxItems: 1_000_000,
      items: {
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'personId', 'firstName', 'lastName'],
            properties: { type: { const: 'name' }, personId: pin, firstName: text, lastName: text },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'personId', 'address'],
            properties: {
              type: { const: 'address' },
              personId: pin,
              address: {
                type: 'object',
                additionalProperties: false,
                required: ['streetAddress', 'zipCode', 'city'],
                properties: {
                  streetAddress: text,
                  zipCode: text,
                  city: text,
                  careOf: { type: ['string', 'null'], maxLength: 200 },
                  country: { type: ['string', 'null'], maxLength: 100 },
                },
              },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'personId', 'date'],
            properties: { type: { const: 'death' }, personId: pin, date: { type: 'string', format: 'date' } },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['type', 'personId', 'protectedRegistration'],
            properties: { type: { const: 'protected' }, personId: pin, protectedRegistration: { type: 'boolean' } },
          },
        ],
      },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

/** Parses and validates a notification file; throws BAD_USER_INPUT naming the first problem (never echoing values). */
export async function parseKirBatch(raw: string): Promise<KirBatch> {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new PlatformError('BAD_USER_INPUT', `the file is not JSON (expected ${KIR_FORMAT})`);
  }
  if (!validate) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    const formats = await import('ajv-formats');
    const addFormats = ((formats.default as unknown as { default?: unknown }).default ??
      formats.default) as unknown as (a: Ajv) => void;
    addFormats(ajv);
    validate = ajv.compile(SCHEMA);
  }
  if (!validate(body)) {
    const e = validate.errors?.[0];
    throw new PlatformError(
      'BAD_USER_INPUT',
      `not a valid ${KIR_FORMAT} file: ${e?.instancePath || '/'} ${e?.message ?? ''}`.trim(),
    );
  }
  const batch = body as KirBatch;
  const bad = batch.notifications.findIndex((n) => !validIdentityNumber(n.personId));
  if (bad >= 0)
    throw new PlatformError('BAD_USER_INPUT', `notification ${bad}: personId is not a valid identity number`);
  return batch;
}

export interface KirImportResult {
  batchId: string;
  notifications: number;
  applied: number;
  /** Notifications about people who are not clients of this tenant (ignored). */
  unmatched: number;
  protectedChanged: number;
}

/** Applies a batch to one tenant and records it (one transaction; all or nothing). */
export async function importKirBatch(
  db: AppDatabase,
  tenant: string,
  environment: Environment,
  raw: string,
  now = new Date(),
): Promise<KirImportResult> {
  const batch = await parseKirBatch(raw);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  return inTenant(db, tenant, (scope) =>
    scope.run(async (tx) => {
      const seen = rowsOf(
        await tx.execute(
          sql`select 1 from platform.resident_register_batch where environment = ${environment} and batch_id =
            ${batch.batchId}`,
        ),
      );
      if (seen.length)
        throw new PlatformError(
          'CONFLICT',
          `batch ${batch.batchId} was already imported for tenant ${tenant} (${environment})`,
        );
      let applied = 0;
      let unmatched = 0;
      let protectedChanged = 0;
      for (const n of batch.notifications) {
        let changed: unknown[];
        switch (n.type) {
          case 'name':
            changed = rowsOf(
              await tx.execute(sql`update care.client set first_name = ${n.firstName}, last_name = ${n.lastName},
                full_name = ${`${n.firstName} ${n.lastName}`},
            updated_at = greatest(clock_timestamp(), updated_at + interval '1 millisecond') where person_id =
              ${n.personId} returning id`),
            );
            break;
          case 'address': {
            const a = {
              streetAddress: n.address.streetAddress,
              zipCode: n.address.zipCode,
              city: n.address.city,
              careOf: n.address.careOf ?? null,
              country: n.address.country ?? 'Sverige',
              protected: false,
              entryCode: null,
              type: 'Home',
            };
            changed = rowsOf(
              await tx.execute(sql`update care.client set addresses = ${JSON.stringify([a])}::jsonb,
            updated_at = greatest(clock_timestamp(), updated_at + interval '1 millisecond') where person_id =
              ${n.personId} returning id`),
            );
            break;
          }
          case 'death':
            changed = rowsOf(
              await tx.execute(sql`update care.client set active = false, deregistration =
                ${JSON.stringify({ date: `${n.date}T00:00:00.000Z`, reason: 'Decease' })}::jsonb,
            updated_at = greatest(clock_timestamp(), updated_at + interval '1 millisecond') where person_id =
              ${n.personId} returning id`),
            );
            break;
          case 'protected':
            changed = rowsOf(
              await tx.execute(sql`update care.client set protected_registration = ${n.protectedRegistration},
            updated_at = greatest(clock_timestamp(), updated_at + interval '1 millisecond') where person_id =
              ${n.personId} and protected_registration is distinct from ${n.protectedRegistration} returning id`),
            );
            protectedChanged += changed.length;
            if (!changed.length)
              changed = rowsOf(await tx.execute(sql`select id from care.client where person_id = ${n.personId}`));
            break;
        }
        if (changed.length) applied++;
        else unmatched++;
      }
      await tx.execute(sql`insert into platform.resident_register_batch (tenant_id, environment, batch_id, received_at,
        created_at, sha256, notifications, applied, unmatched)
      values (${tenant}, ${environment}, ${batch.batchId}, ${now.toISOString()}::timestamptz,
        ${batch.createdAt}::timestamptz, ${sha256}, ${batch.notifications.length}, ${applied}, ${unmatched})`);
      return {
        batchId: batch.batchId,
        notifications: batch.notifications.length,
        applied,
        unmatched,
        protectedChanged,
      };
    }),
  );
}

/**
 * A synthetic notification batch for a tenant's existing clients (deterministic from the seed):
 * a few name and address changes, a death, a new protected registration, and one notification
 * about a person who is not a client.
 */
export async function syntheticKirBatch(
  db: AppDatabase,
  tenant: string,
  o: { batchId: string; createdAt: string; seed?: string; size?: number },
): Promise<KirBatch> {
  const clients = await inTenant(db, tenant, (scope) =>
    scope.run(async (tx) =>
      rowsOf<{ person_id: string }>(
        await tx.execute(sql`select person_id from care.client
    where person_id is not null and not deleted and not coalesce(protected_registration, false) and not
      coalesce(is_confidential, false) order by id limit 500`),
      ),
    ),
  );
  const r = new Rng(o.seed ?? `${tenant}:${o.batchId}`);
  const size = Math.min(o.size ?? 8, clients.length);
  const chosen = clients
    .map((c) => ({ c, k: r.next() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, size)
    .map((x) => x.c.person_id as string);
  const kinds: KirNotification['type'][] = ['name', 'address', 'protected', 'death'];
  const notifications: KirNotification[] = chosen.map((personId, i) => {
    const kind = kinds[i % kinds.length]!;
    if (kind === 'name') {
      const p = person(r, 1930, 1950, i);
      return { type: 'name', personId, firstName: p.firstName, lastName: p.lastName };
    }
    if (kind === 'address') {
      const a = address(r, 'Demoby');
      return {
        type: 'address',
        personId,
        address: { streetAddress: a.streetAddress, zipCode: a.zipCode, city: a.city },
      };
    }
    if (kind === 'protected') return { type: 'protected', personId, protectedRegistration: true };
    return { type: 'death', personId, date: o.createdAt.slice(0, 10) };
  });
  notifications.push({
    type: 'name',
    personId: person(r, 1900, 1901, 997).personId,
    firstName: 'Ingen',
    lastName: 'Klient',
  });
  return { format: KIR_FORMAT, batchId: o.batchId, createdAt: o.createdAt, notifications };
}
