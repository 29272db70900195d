/**
 * Demo credentials: in each demo tenant, one receiving system ("demo system") bound to the demo
 * client certificate, and a licence and API key for every package of schema/packages.yaml, with
 * the package's scope. Idempotent: a key that still verifies is kept; a missing, expired or
 * revoked one is replaced (keys are stored hashed, so a lost key file means new keys).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { parse } from 'yaml';
import { rowsOf, type AppDatabase } from '@lcs/platform';
import {
  bindCertificate,
  ensureApiClient,
  ensureLicence,
  issueApiKey,
  verifyApiKey,
  type LicenceScope,
} from '@lcs/iam/credentials';
import { ROOT } from './paths.ts';

/** tenant → package article → API key. */
export type DemoKeys = Record<string, Record<string, string>>;

export const DEMO_CLIENT_NAME = 'demo system';

/** Package article → its scope, from the facade manifest. */
export function packageScopes(
  file = join(ROOT, 'schema/packages.yaml'),
): Record<string, 'tenant' | 'provider' | 'subject'> {
  const manifest = parse(readFileSync(file, 'utf8')) as {
    packages: Record<string, { scope: 'tenant' | 'provider' | 'subject' }>;
  };
  return Object.fromEntries(Object.entries(manifest.packages).map(([article, p]) => [article, p.scope]));
}

/**
 * What a demo licence of a narrower scope is limited to: a few provider units, one citizen — chosen
 * so the demo keys get data from every route their package holds (tests/package-data.test.ts):
 * units receiving Lifecare HSL orders come first (HSL reads of a provider scope follow them), and
 * the citizen is an unprotected client with the most kinds of records (absences, relatives, …).
 */
async function demoScopes(db: AppDatabase, tenant: string): Promise<{ units: number[]; personId?: string }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    const units = rowsOf<{ id: number }>(
      await tx.execute(sql`
      select u.id from provider.provider_unit u where not u.deleted
      order by exists (
        select 1 from hsl.lifecare_hsl_order o where o.receiver_provider_unit_id = u.id and not o.deleted
      ) desc, u.id
      limit 3`),
    ).map((r) => Number(r.id));
    const has = (table: string) =>
      sql`(exists (select 1 from ${sql.raw(table)} x where x.client_id = c.id and not x.deleted))::int`;
    const person = rowsOf<{ person_id: string }>(
      await tx.execute(sql`
      select c.person_id from care.client c
      where c.person_id is not null and not c.deleted and c.id not in (select client_id from platform.protected_client)
      order by ${has('care.client_absence')} + ${has('care.relative')} + ${has('care.contact')}
        + ${has('care.documentation')} + ${has('care.investigation')} + ${has('care.order')}
        + ${has('provider.execution')} + ${has('provider.executed_service')} desc, c.id
      limit 1`),
    )[0];
    return { units, personId: person?.person_id as string | undefined };
  });
}

export interface DemoCredentialOptions {
  tenants: string[];
  /** SHA-256 fingerprint of the demo client certificate. */
  fingerprint: string;
  /** Keys handed out before (e.g. from .data/demo-keys.json); kept while they verify. */
  existing?: DemoKeys;
  packages?: Record<string, 'tenant' | 'provider' | 'subject'>;
}

export async function ensureDemoCredentials(db: AppDatabase, o: DemoCredentialOptions): Promise<DemoKeys> {
  const packages = o.packages ?? packageScopes();
  const out: DemoKeys = {};
  for (const tenant of o.tenants) {
    const clientId = await ensureApiClient(db, tenant, {
      name: DEMO_CLIENT_NAME,
      description: 'The demo receiving system (development PKI client certificate).',
    });
    await bindCertificate(db, tenant, clientId, {
      fingerprint: o.fingerprint,
      subject: 'CN=LCS demo receiving system',
    });
    let narrowed: Awaited<ReturnType<typeof demoScopes>> | undefined;
    const keys: Record<string, string> = {};
    for (const [article, scopeType] of Object.entries(packages)) {
      const had = o.existing?.[tenant]?.[article];
      if (had) {
        const v = await verifyApiKey(db, had, o.fingerprint);
        if (v.ok && v.key.tenant === tenant && v.key.package === article) {
          keys[article] = had;
          continue;
        }
      }
      let scope: LicenceScope = { type: 'tenant' };
      if (scopeType !== 'tenant') {
        narrowed ??= await demoScopes(db, tenant);
        if (scopeType === 'provider') scope = { type: 'provider', units: narrowed.units };
        if (scopeType === 'subject') scope = { type: 'subject', personId: narrowed.personId ?? '' };
        // An unseeded tenant has nothing to narrow to: no key rather than a wider one.
        if ((scope.type === 'provider' && !scope.units.length) || (scope.type === 'subject' && !scope.personId))
          continue;
      }
      const licenceId = await ensureLicence(db, tenant, { clientId, package: article, scope });
      keys[article] = (await issueApiKey(db, tenant, licenceId, { label: 'demo' })).key;
    }
    out[tenant] = keys;
  }
  return out;
}

export function readDemoKeys(file: string): DemoKeys | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoKeys) : undefined;
}

export function writeDemoKeys(file: string, keys: DemoKeys): void {
  writeFileSync(file, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
}
