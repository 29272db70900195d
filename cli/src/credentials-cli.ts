/**
 * `pnpm lcs client|licence|key|cert|usage …`: the partner credential store (iam) from the command
 * line, as a tenant administrator. Works on the database `pnpm start` uses (DATABASE_URL, or the
 * embedded PGlite under LCS_DATA_DIR — a running all-in-one's over its local socket, so changes take
 * effect without a restart: cli-db.ts). A new key is printed once and never stored.
 */
import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { AppDatabase } from '@lcs/platform';
import { DEFAULT_LIMITS, LIMIT_NAMES, effectiveLimits, type Limits } from '@lcs/platform/fair-share-limits';

type Opts = Record<string, string | boolean | undefined>;

async function withDb<T>(fn: (db: AppDatabase) => Promise<T>): Promise<T> {
  const { openCliDatabase } = await import('./cli-db.ts');
  let db: Awaited<ReturnType<typeof openCliDatabase>>;
  try {
    db = await openCliDatabase();
  } catch (e) {
    fail((e as Error).message);
  }
  try {
    return await fn(db.app);
  } catch (e) {
    // what the store refuses (a value of the wrong type, a name taken) is one line, as the API says it
    const { callerError } = await import('@lcs/platform');
    const known = callerError(e);
    if (known) fail(known.message);
    throw e;
  } finally {
    await db.close();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id the store gave out (a UUID), else exit 2 naming the argument and the command that lists them. */
function idOf(v: unknown, what: string, listedBy: string): string {
  const s = String(v ?? '').trim();
  if (!UUID.test(s)) fail(`${what}: "${s.slice(0, 60)}" is not an id (\`lcs ${listedBy}\` lists them)`);
  return s.toLowerCase();
}

/** A key's public id (as `lcs key list` shows it), else exit 2. */
async function keyIdOf(v: unknown): Promise<string> {
  const s = String(v ?? '').trim();
  if (!(await iam()).KEY_ID.test(s)) fail(`keyId: "${s.slice(0, 60)}" is not a key id (\`lcs key list\` lists them)`);
  return s;
}

/** A required text option: trimmed, not empty, at most `max` characters. */
function textOf(v: unknown, what: string, max: number): string {
  const s = String(v ?? '').trim();
  if (!s || s.length > max) fail(`${what}: give 1 to ${max} characters`);
  return s;
}

const iam = () => import('@lcs/iam/credentials');

function fail(message: string): never {
  console.error(`lcs: ${message}`);
  process.exit(2);
}

function tenantOf(o: Opts): string {
  const t = String(o.tenant ?? '');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(t)) fail(`--tenant: "${t}" is not a tenant domain`);
  return t;
}

const table = (rows: Record<string, unknown>[]) => {
  if (!rows.length) return console.log('(none)');
  console.table(
    rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          v instanceof Date
            ? v.toISOString()
            : Array.isArray(v)
              ? v.join(',')
              : v && typeof v === 'object'
                ? JSON.stringify(v)
                : v,
        ]),
      ),
    ),
  );
};

function fingerprintFrom(o: Opts): string {
  if (typeof o.fingerprint === 'string') return o.fingerprint;
  if (typeof o.cert === 'string') return new X509Certificate(readFileSync(o.cert)).fingerprint256;
  fail('give --cert <file.crt> or --fingerprint <sha256>');
}

const positive = (v: unknown, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive whole number`);
  return n;
};

type Iam = Awaited<ReturnType<typeof iam>>;
type Lister = (db: AppDatabase, tenant: string) => Promise<Record<string, unknown>[]>;
type Revoker = (db: AppDatabase, tenant: string, id: string) => Promise<boolean>;
/** The names of iam's credential functions of type F. */
type IamFn<F> = { [K in keyof Iam]: Iam[K] extends F ? K : never }[keyof Iam];

/** A whole number as the help text writes it (300,000). */
const n = (x: number) => x.toLocaleString('en');

/**
 * A licence's limits as they apply (as the console's Partners page shows them): its own, and the
 * platform's default for any it leaves unset, marked "(default)".
 */
export function limitsInForce(own: Partial<Limits> | null | undefined): string {
  const applied = effectiveLimits(own);
  return LIMIT_NAMES.map((k) => `${k} ${n(applied[k])}${applied[k] === own?.[k] ? '' : ' (default)'}`).join(', ');
}

export function registerCredentialCommands(program: Command): void {
  const tenantOpt = ['--tenant <domain>', 'the tenant (municipality domain)'] as const;

  /**
   * `<parent> list`: the tenant's rows of one kind (iam's `list` function), as a table (each row
   * through `shape` first, if given).
   */
  const listCommand = (
    parent: Command,
    description: string,
    list: IamFn<Lister>,
    shape: (row: Record<string, unknown>) => Record<string, unknown> = (r) => r,
  ) =>
    parent
      .command('list')
      .description(description)
      .requiredOption(...tenantOpt)
      .action(async (o: Opts) => withDb(async (db) => table((await (await iam())[list](db, tenantOf(o))).map(shape))));

  /**
   * `<parent> revoke <idName>`: ends one live thing of the tenant (iam's `revoke` function), printing
   * `<done> <id>`; `<missing> <id>` when there is no such live thing.
   */
  const revokeCommand = (
    parent: Command,
    idName: string,
    description: string,
    revoke: IamFn<Revoker>,
    missing: string,
    idOfArg: (v: string) => string | Promise<string>,
    done = 'revoked',
  ) =>
    parent
      .command(`revoke <${idName}>`)
      .description(description)
      .requiredOption(...tenantOpt)
      .action(async (given: string, o: Opts) =>
        withDb(async (db) => {
          const id = await idOfArg(given);
          if (!(await (await iam())[revoke](db, tenantOf(o), id))) fail(`${missing} ${id}`);
          console.log(`${done} ${id}`);
        }),
      );

  const client = program.command('client').description('Receiving systems (API clients) of partners.');
  client
    .command('create')
    .description('Create a receiving system (prints its id).')
    .requiredOption(...tenantOpt)
    .requiredOption('--name <name>', 'name of the system')
    .option('--description <text>', 'what it is')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        console.log(
          await (
            await iam()
          ).ensureApiClient(db, tenantOf(o), {
            name: textOf(o.name, '--name', 200),
            description: o.description === undefined ? undefined : textOf(o.description, '--description', 2000),
          }),
        );
      }),
    );
  listCommand(client, "List the tenant's receiving systems.", 'listApiClients');
  revokeCommand(
    client,
    'clientId',
    'Disable a system: all its keys stop working at once.',
    'disableApiClient',
    'no live system',
    (v) => idOf(v, 'clientId', 'client list'),
    'disabled',
  );

  const cert = program.command('cert').description('Client certificates of receiving systems.');
  cert
    .command('issue')
    .description('Issue a development client certificate (EKU clientAuth) from the dev CA in .data/pki.')
    .requiredOption('--name <cn>', 'subject common name')
    .option('--out <dir>', 'where to write <name>.crt/.key', '.')
    .option('--days <n>', 'validity in days', '365')
    .action(async (o: Opts) => {
      const { dataRoot } = await import('./paths.ts');
      const { ensureDevPki } = await import('./pki.ts');
      const pki = await ensureDevPki(join(dataRoot(process.env), 'pki'));
      const issued = await pki.ca.issue({
        commonName: String(o.name),
        eku: ['clientAuth'],
        days: positive(o.days, '--days'),
      });
      const base = String(o.name).replace(/[^A-Za-z0-9._-]+/g, '-');
      mkdirSync(String(o.out), { recursive: true });
      writeFileSync(join(String(o.out), `${base}.crt`), issued.cert);
      writeFileSync(join(String(o.out), `${base}.key`), issued.key, { mode: 0o600 });
      console.log(`wrote ${join(String(o.out), `${base}.crt`)} and ${base}.key (CA ${join(pki.dir, 'ca.crt')})`);
      console.log(`sha256 fingerprint: ${issued.fingerprint}`);
    });
  cert
    .command('revoke')
    .description('Revoke a certificate of the dev CA: adds it to .data/pki/ca.crl (a running `pnpm start` reloads it).')
    .option('--cert <file>', 'PEM certificate')
    .option('--serial <hex>', 'serial number')
    .action(async (o: Opts) => {
      const { dataRoot } = await import('./paths.ts');
      const { ensureDevPki, crlSerials, serialOf } = await import('./pki.ts');
      const pki = await ensureDevPki(join(dataRoot(process.env), 'pki'));
      const serial =
        typeof o.cert === 'string'
          ? serialOf(readFileSync(o.cert, 'utf8'))
          : typeof o.serial === 'string'
            ? serialOf(o.serial)
            : fail('give --cert <file> or --serial <hex>');
      const file = join(pki.dir, 'ca.crl');
      const { existsSync } = await import('node:fs');
      const revoked = existsSync(file) ? await crlSerials(readFileSync(file, 'utf8'), pki.ca.cert) : new Set<string>();
      revoked.add(serial);
      writeFileSync(file, await pki.ca.revocationList([...revoked], 30));
      console.log(`revoked serial ${serial}; ${file} lists ${revoked.size} certificate(s)`);
    });
  cert
    .command('bind <clientId>')
    .description('Bind a certificate (file or fingerprint) to a system; several may be bound (renewal).')
    .requiredOption(...tenantOpt)
    .option('--cert <file>', 'PEM certificate')
    .option('--fingerprint <sha256>', 'SHA-256 fingerprint (hex)')
    .action(async (given: string, o: Opts) =>
      withDb(async (db) => {
        const id = idOf(given, 'clientId', 'client list');
        const fp = fingerprintFrom(o);
        const x = typeof o.cert === 'string' ? new X509Certificate(readFileSync(o.cert)) : undefined;
        await (
          await iam()
        ).bindCertificate(db, tenantOf(o), id, {
          fingerprint: fp,
          subject: x?.subject.replace(/\n/g, ', '),
          notAfter: x ? new Date(x.validTo) : undefined,
        });
        console.log(`bound ${(await iam()).normaliseFingerprint(fp)} to ${id}`);
      }),
    );
  cert
    .command('unbind <clientId>')
    .description('Unbind a certificate from a system.')
    .requiredOption(...tenantOpt)
    .option('--cert <file>', 'PEM certificate')
    .option('--fingerprint <sha256>', 'SHA-256 fingerprint (hex)')
    .action(async (given: string, o: Opts) =>
      withDb(async (db) => {
        const id = idOf(given, 'clientId', 'client list');
        if (!(await (await iam()).unbindCertificate(db, tenantOf(o), id, fingerprintFrom(o))))
          fail('no such bound certificate');
        console.log('unbound');
      }),
    );
  listCommand(cert, 'List bound certificates.', 'listCertificates');

  const licence = program
    .command('licence')
    .description('Licences: a package for a system in a tenant, with its data scope and limits.');
  licence
    .command('create')
    .description('Create a licence (prints its id).')
    .requiredOption(...tenantOpt)
    .requiredOption('--client <id>', 'the receiving system')
    .requiredOption('--package <article>', 'package article number, e.g. 8873')
    .option('--scope <scope>', 'tenant | provider | subject', 'tenant')
    .option('--units <ids>', 'provider scope: provider unit ids, comma-separated')
    .option('--subject <personId>', "subject scope: the citizen's person id")
    .option(
      '--rate-per-minute <n>',
      `sustained requests per minute per key (default ${n(DEFAULT_LIMITS.ratePerMinute)})`,
    )
    .option('--burst <n>', `requests per key at once above that rate (default ${n(DEFAULT_LIMITS.burst)})`)
    .option('--concurrency <n>', `requests of the tenant in flight (default ${n(DEFAULT_LIMITS.concurrency)})`)
    .option('--rows-per-minute <n>', `rows per key and minute (default ${n(DEFAULT_LIMITS.rowsPerMinute)})`)
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const m = await iam();
        const tenant = tenantOf(o);
        const scope =
          o.scope === 'provider'
            ? {
                type: 'provider' as const,
                units: String(o.units ?? '')
                  .split(',')
                  .filter(Boolean)
                  .map((u) => positive(u, '--units')!),
              }
            : o.scope === 'subject'
              ? { type: 'subject' as const, personId: String(o.subject ?? '') }
              : o.scope === 'tenant'
                ? { type: 'tenant' as const }
                : fail('--scope: tenant, provider or subject');
        if (scope.type === 'provider' && !scope.units.length) fail('a provider licence needs --units');
        if (scope.type === 'subject' && !scope.personId) fail('a subject licence needs --subject');
        const { validIdentityNumber } = await import('@lcs/platform');
        if (scope.type === 'subject' && !validIdentityNumber(scope.personId))
          fail(`--subject: "${scope.personId.slice(0, 20)}" is not a valid identity number`);
        const packages = (await import('@lcs/iam/admin')).licensablePackages().map((p) => p.id);
        if (!packages.includes(String(o.package)))
          fail(`--package: "${String(o.package).slice(0, 20)}" is not a licensable package (${packages.join(', ')})`);
        const id = await m.ensureLicence(db, tenant, {
          clientId: idOf(o.client, '--client', 'client list'),
          package: String(o.package),
          scope,
        });
        const limits = {
          ratePerMinute: positive(o.ratePerMinute, '--rate-per-minute'),
          burst: positive(o.burst, '--burst'),
          concurrency: positive(o.concurrency, '--concurrency'),
          rowsPerMinute: positive(o.rowsPerMinute, '--rows-per-minute'),
        };
        if (Object.values(limits).some((v) => v !== undefined))
          await m.setLicenceLimits(db, tenant, id, JSON.parse(JSON.stringify(limits)));
        console.log(id);
      }),
    );
  listCommand(
    licence,
    'List licences, with the limits in force (the licence\'s own; "(default)" where it leaves one to the platform).',
    'listLicences',
    (r) => ({ ...r, limits: limitsInForce(r.limits as Partial<Limits> | null) }),
  );
  revokeCommand(
    licence,
    'licenceId',
    'Revoke a licence: its keys stop working.',
    'revokeLicence',
    'no live licence',
    (v) => idOf(v, 'licenceId', 'licence list'),
  );
  licence
    .command('no-certificate <licenceId>')
    .description('Let a BI tool use the licence without a client certificate, only from listed addresses (audited).')
    .requiredOption(...tenantOpt)
    .requiredOption('--actor <who>', 'the administrator making the change (audit)')
    .option('--allow <addresses>', 'client IP addresses, comma-separated')
    .option('--off', 'require a certificate again')
    .action(async (given: string, o: Opts) =>
      withDb(async (db) => {
        const id = idOf(given, 'licenceId', 'licence list');
        const addresses = o.off
          ? null
          : String(o.allow ?? '')
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean);
        if (addresses && !addresses.length) fail('give --allow <addresses> (or --off)');
        if (!(await (await iam()).setNoCertificate(db, tenantOf(o), id, addresses, String(o.actor))))
          fail(`no licence ${id}`);
        console.log(
          addresses
            ? `licence ${id}: no certificate, from ${addresses.join(', ')} only (audited)`
            : `licence ${id}: certificate required (audited)`,
        );
      }),
    );

  const key = program.command('key').description('API keys of licences (several may be live: rotation).');
  key
    .command('create')
    .description('Issue a key; it is printed once and stored only as a hash.')
    .requiredOption(...tenantOpt)
    .requiredOption('--licence <id>', 'the licence')
    .option('--days <n>', 'lifetime in days', '365')
    .option('--label <text>', 'a note')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const days = positive(o.days, '--days')!;
        const k = await (
          await iam()
        ).issueApiKey(db, tenantOf(o), idOf(o.licence, '--licence', 'licence list'), {
          expiresAt: new Date(Date.now() + days * 86_400_000),
          label: o.label as string | undefined,
        });
        console.error(`key ${k.keyId}, expires ${k.expiresAt.toISOString()}; it is shown only now:`);
        console.log(k.key);
      }),
    );
  listCommand(key, 'List keys (ids only).', 'listApiKeys');
  revokeCommand(key, 'keyId', 'Revoke a key by its id (the part after lcs_).', 'revokeApiKey', 'no live key', keyIdOf);

  // --tenant is checked in the action (tenantOf), not by commander, so `usage report` (ops-cli.ts) can go without it
  program
    .command('usage')
    .description(
      'Usage per key (requests, rows, refusals) of a tenant; `usage report`: all tenants, per day and hour of day.',
    )
    .option(...tenantOpt)
    .option('--hours <n>', 'how far back', '24')
    .action(async (o: Opts) =>
      withDb(async (db) =>
        table(
          await (
            await iam()
          ).readUsage(db, tenantOf(o), new Date(Date.now() - positive(o.hours, '--hours')! * 3_600_000)),
        ),
      ),
    );

  program
    .command('access-review')
    .description(
      'Everyone with access to a tenant (users with roles and units, API clients with licences, keys and ' +
        'certificates), with last use; flags those unused for --inactive-days.',
    )
    .requiredOption(...tenantOpt)
    .option('--inactive-days <n>', 'flag principals unused for this many days', '90')
    .option('--json', 'print the whole review as JSON')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const tenant = tenantOf(o);
        const days = positive(o.inactiveDays, '--inactive-days')!;
        const { inTenant } = await import('@lcs/platform');
        const { accessReview } = await import('@lcs/iam/access-review');
        const { residentRegisterStatus } = await import('@lcs/platform');
        const [review, residentRegister] = await inTenant(db, tenant, (scope) =>
          scope.run(async (tx) => [await accessReview(tx, tenant, days), await residentRegisterStatus(tx)] as const),
        );
        if (o.json) return console.log(JSON.stringify({ ...review, residentRegister }, null, 2));
        // chapter 5.5: without weekly notifications, protected identities may be exposed
        if (residentRegister.stale)
          console.log(
            `WARNING: resident register (KIR) — ${
              residentRegister.lastBatchAt
                ? `last notification batch ` + `${residentRegister.lastBatchAt} (${residentRegister.ageDays} days ago)`
                : 'no notification batch ever received'
            }; at least weekly batches are required.`,
          );
        const flag = (unused: boolean) => (unused ? `UNUSED > ${days} d` : '');
        console.log(
          `Access review of ${tenant} at ${review.generatedAt.toISOString()}: ${review.users.length} users, ` +
            `${review.apiClients.length} API clients`,
        );
        table(
          review.users.map((u) => ({
            user: u.tssId,
            name: u.name,
            active: u.active,
            roles: u.roles.map((r) => `${r.role}${r.unitId ? `@${r.unitId}` : ''}`).join(' '),
            lastUsed: u.lastUsed,
            flag: flag(u.unused),
          })),
        );
        table(
          review.apiClients.map((c) => ({
            client: c.name,
            id: c.id,
            disabled: c.disabled,
            licences: c.licences
              .filter((l) => !l.revoked)
              .map((l) => `${l.package}(${l.scope}, ${l.keys.filter((k) => !k.revoked).length} keys)`)
              .join(' '),
            certificates: c.certificates.filter((x) => !x.revoked).length,
            lastUsed: c.lastUsed,
            flag: flag(c.unused),
          })),
        );
        const flagged =
          review.users.filter((u) => u.unused && u.active).length +
          review.apiClients.filter((c) => c.unused && !c.disabled).length;
        console.log(`${flagged} active principal(s) unused for ${days} days: review their grants.`);
      }),
    );
}
