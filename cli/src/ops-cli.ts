/**
 * Operations verbs (issue 17): `env copy`, `window add|list|remove|release`, `maintenance on|off|status`,
 * `incident open|update|resolve|list`, `kir import|generate|status`, `usage report`. Each acts on
 * the database of the running installation (openCliDatabase); the gateway and facade read windows,
 * the maintenance switch and incidents from it within seconds, without a restart. They act as the
 * platform operator (the CLI runs where the installation runs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Database, Environment } from '@lcs/platform';
import { openCliDatabase } from './cli-db.ts';

type Opts = Record<string, string | boolean | undefined>;

function fail(message: string): never {
  console.error(`lcs: ${message}`);
  process.exit(2);
}

async function withDb<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openCliDatabase();
  try {
    return await fn(db);
  } catch (e) {
    fail((e as Error).message);
  } finally {
    await db.close();
  }
}

async function environmentOf(v: unknown): Promise<Environment> {
  const { parseEnvironment } = await import('@lcs/platform');
  try {
    return parseEnvironment(
      typeof v === 'string' ? v : process.env.LCS_ENVIRONMENT,
      typeof v === 'string' ? '--environment' : 'LCS_ENVIRONMENT',
    );
  } catch (e) {
    fail((e as Error).message);
  }
}

const tenantOf = (o: Opts): string => {
  const t = String(o.tenant ?? '');
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(t))
    fail(`--tenant: "${t}" is not a tenant domain (lower-case letters, digits, -)`);
  return t;
};

const local = async (isoTime: string) => {
  const { stockholmWall } = await import('@lcs/platform');
  const w = stockholmWall(new Date(isoTime));
  return `${w.date} ${w.time}`;
};

export function registerOperationsCommands(program: Command): void {
  // ---- env copy ----
  const env = program.command('env').description('Environments (PROD, UTB): copy a tenant between them.');
  env
    .command('copy')
    .description(
      "Copy one tenant's data from one environment's database to another's (PROD → UTB), replacing the tenant " +
        'in the target and nothing else; audited on both sides; rerunning gives the same result. Partner keys, ' +
        'certificates, sign-in configuration and the audit log are not copied.',
    )
    .requiredOption('--tenant <domain>', 'the tenant (municipality domain)')
    .requiredOption('--from <db>', 'source: postgres:// URL (owner) or a PGlite directory (e.g. .data/pglite)')
    .requiredOption(
      '--to <db>',
      'target: postgres:// URL (owner) or a PGlite directory (e.g. .data/utb/pglite); not while a process has it open',
    )
    .option(
      '--purge-personal-data',
      'replace every personal value with a synthetic one, free text with a placeholder, and drop clients with ' +
        'protected identity',
    )
    .option('--quiet', 'no progress bars')
    .action(async (o: Opts) => {
      const tenant = tenantOf(o);
      const { copyTenant } = await import('./env-copy.ts');
      const { progressBars } = await import('./seed.ts');
      console.log(`copying tenant "${tenant}"${o.purgePersonalData ? ' with personal data purged' : ''}…`);
      try {
        const t0 = Date.now();
        const r = await copyTenant({
          tenant,
          from: String(o.from),
          to: String(o.to),
          purge: !!o.purgePersonalData,
          progress: progressBars(!o.quiet),
        });
        console.log(
          `done: ${r.rows.toLocaleString('en')} rows in ${r.tables} tables in ` +
            `${((Date.now() - t0) / 1000).toFixed(1)} s` +
            (o.purgePersonalData
              ? `; ${r.purgedValues.toLocaleString('en')} personal values replaced, ` +
                `${r.droppedProtectedClients} clients with protected identity dropped`
              : ''),
        );
      } catch (e) {
        fail((e as Error).message);
      }
    });

  // ---- service windows ----
  const window = program
    .command('window')
    .description('Service windows (chapter 4.5): planned, announced at least 7 days ahead; ICS at /status/<env>.ics.');
  window
    .command('add')
    .description(
      'Plan a service window. Refused when it starts less than 7 days from now (unless --emergency), overlaps ' +
        'another, or is longer than 24 h. Times are ISO 8601 with a zone.',
    )
    .requiredOption('--environment <env>', 'prod | utb')
    .requiredOption('--start <ISO>', 'start, e.g. 2027-03-27T22:00+01:00')
    .requiredOption('--end <ISO>', 'end, e.g. 2027-03-28T02:00+02:00')
    .option('--emergency', 'an emergency window: the 7-day notice does not apply')
    .option('--description <text>', 'what happens (shown on the status page and in the calendar)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { addWindow } = await import('@lcs/platform');
        const w = await addWindow(db.app, {
          environment: String(o.environment),
          start: String(o.start),
          end: String(o.end),
          emergency: !!o.emergency,
          description: o.description as string | undefined,
        });
        console.log(
          `window ${w.id}: ${w.environment.toUpperCase()} ${await local(w.start)} – ${await local(w.end)} ` +
            `Europe/Stockholm (${w.kind}${w.emergency ? ', emergency' : ''})`,
        );
      }),
    );
  window
    .command('release')
    .description(
      'Plan the three windows of a release whose PROD window is on --prod-date: UTB 10 days before 08:00–18:00, ' +
        'UTB 2 days before 16:00–19:00, PROD 22:00–02:00 (Europe/Stockholm).',
    )
    .requiredOption('--prod-date <YYYY-MM-DD>', 'the date the PROD window starts')
    .option('--description <text>', 'e.g. the release name')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { addWindow, releaseWindows } = await import('@lcs/platform');
        for (const w of releaseWindows(String(o.prodDate))) {
          const made = await addWindow(db.app, {
            environment: w.environment,
            start: w.start.toISOString(),
            end: w.end.toISOString(),
            description: o.description as string | undefined,
          });
          console.log(
            `window ${made.id}: ${made.environment.toUpperCase()} ${await local(made.start)} – ` +
              `${await local(made.end)} (${made.kind})`,
          );
        }
      }),
    );
  window
    .command('list')
    .description('Service windows not yet ended (--all: also past ones).')
    .option('--environment <env>', 'prod | utb (default: both)')
    .option('--all', 'include past windows')
    .option('--json', 'JSON instead of a table')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { listWindows } = await import('@lcs/platform');
        const environment = o.environment ? await environmentOf(o.environment) : undefined;
        const windows = await listWindows(db.app, { environment, since: o.all ? new Date(0) : new Date() });
        if (o.json) return console.log(JSON.stringify(windows, null, 2));
        if (!windows.length) return console.log('(no windows)');
        console.table(
          await Promise.all(
            windows.map(async (w) => ({
              id: w.id,
              environment: w.environment,
              'start (Stockholm)': await local(w.start),
              'end (Stockholm)': await local(w.end),
              kind: w.kind,
              emergency: w.emergency,
              description: w.description ?? '',
            })),
          ),
        );
      }),
    );
  window
    .command('remove')
    .description('Remove a planned window by id.')
    .argument('<id>', 'window id (pnpm lcs window list)')
    .action(async (id: string) =>
      withDb(async (db) => {
        const { removeWindow } = await import('@lcs/platform');
        if (!(await removeWindow(db.app, id))) fail(`no window ${id}`);
        console.log(`window ${id} removed`);
      }),
    );

  // ---- maintenance switch ----
  const maintenance = program
    .command('maintenance')
    .description(
      'Maintenance mode of this environment (LCS_ENVIRONMENT): the gateway and facade answer 503 + Retry-After; ' +
        '/status keeps answering.',
    );
  maintenance
    .command('on')
    .description(
      'Switch maintenance on (requests in flight finish; new ones get 503). --read-only refuses only writes.',
    )
    .option('--until <ISO>', 'expected end (Retry-After is computed from it); default: unknown (Retry-After 300)')
    .option('--reason <text>', 'shown to callers and on the status page', 'maintenance')
    .option('--read-only', 'refuse writes only (REST PUT/POST/PATCH/DELETE, GraphQL mutations)')
    .option('--environment <env>', 'prod | utb (default: LCS_ENVIRONMENT)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { setMaintenance, calendarInstant } = await import('@lcs/platform');
        const environment = await environmentOf(o.environment);
        const end = o.until === undefined ? undefined : calendarInstant(o.until, /^\d{4}-\d{2}-\d{2}T/);
        if (o.until !== undefined && !end) fail(`--until must be an ISO 8601 time, not "${o.until}"`);
        // a past end would tell callers to retry at once (Retry-After 1) while everything is refused
        if (end && end.getTime() <= Date.now()) fail(`--until must be in the future, not ${end.toISOString()}`);
        const until = end ? end.toISOString() : null;
        await setMaintenance(db.app, environment, {
          mode: o.readOnly ? 'read-only' : 'on',
          reason: String(o.reason).slice(0, 300),
          until,
        });
        console.log(
          `${environment.toUpperCase()}: ${o.readOnly ? 'read-only maintenance' : 'maintenance'} ` +
            `on${until ? ` until ${until}` : ''} (running processes follow within 2 s)`,
        );
      }),
    );
  maintenance
    .command('off')
    .description('Switch maintenance off (a service window in progress still applies).')
    .option('--environment <env>', 'prod | utb (default: LCS_ENVIRONMENT)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { setMaintenance } = await import('@lcs/platform');
        const environment = await environmentOf(o.environment);
        await setMaintenance(db.app, environment, { mode: 'off', reason: null, until: null });
        console.log(`${environment.toUpperCase()}: maintenance off`);
      }),
    );
  maintenance
    .command('status')
    .description('What the gateway and facade of this environment act on now (switch or window).')
    .option('--environment <env>', 'prod | utb (default: LCS_ENVIRONMENT)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { OperationsState } = await import('@lcs/platform');
        const m = await new OperationsState(db.app, await environmentOf(o.environment)).maintenance();
        console.log(JSON.stringify({ mode: m.mode, reason: m.reason || null, until: m.until }, null, 2));
      }),
    );

  // ---- incidents ----
  const incident = program
    .command('incident')
    .description('Incidents on the status page (and its feed) of this environment.');
  incident
    .command('open')
    .description('Open an incident; prints its id.')
    .requiredOption('--title <text>', 'short title')
    .requiredOption('--message <text>', 'first update')
    .option('--state <state>', 'investigating | identified | monitoring', 'investigating')
    .option('--environment <env>', 'prod | utb (default: LCS_ENVIRONMENT)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { openIncident } = await import('@lcs/platform');
        const i = await openIncident(db.app, await environmentOf(o.environment), {
          title: String(o.title),
          message: String(o.message),
          state: String(o.state),
        });
        console.log(`incident ${i.id} opened (${i.state})`);
      }),
    );
  incident
    .command('update')
    .description('Post an update to an open incident.')
    .argument('<id>', 'incident id')
    .requiredOption('--message <text>', 'the update')
    .option('--state <state>', 'investigating | identified | monitoring | resolved')
    .action(async (id: string, o: Opts) =>
      withDb(async (db) => {
        const { updateIncident } = await import('@lcs/platform');
        const i = await updateIncident(db.app, id, {
          message: String(o.message),
          state: o.state as string | undefined,
        });
        console.log(`incident ${i.id}: ${i.state}`);
      }),
    );
  incident
    .command('resolve')
    .description('Resolve an incident with a final update.')
    .argument('<id>', 'incident id')
    .option('--message <text>', 'the final update', 'Åtgärdat.')
    .action(async (id: string, o: Opts) =>
      withDb(async (db) => {
        const { updateIncident } = await import('@lcs/platform');
        const i = await updateIncident(db.app, id, { message: String(o.message), state: 'resolved' });
        console.log(`incident ${i.id} resolved at ${i.resolvedAt}`);
      }),
    );
  incident
    .command('list')
    .description('Incidents of this environment (--all: also resolved ones).')
    .option('--all', 'include resolved incidents')
    .option('--environment <env>', 'prod | utb (default: LCS_ENVIRONMENT)')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { listIncidents } = await import('@lcs/platform');
        const list = await listIncidents(db.app, {
          environment: await environmentOf(o.environment),
          includeResolved: !!o.all,
        });
        if (!list.length) return console.log('(no incidents)');
        console.table(
          list.map((i) => ({
            id: i.id,
            title: i.title,
            state: i.state,
            started: i.startedAt,
            updated: i.updatedAt,
            updates: i.updates.length,
          })),
        );
      }),
    );

  // ---- resident register ----
  const kir = program
    .command('kir')
    .description("Resident register (KIR): the Tax Agency's notification batches, at least weekly (chapter 5.5).");
  kir
    .command('import')
    .description(
      'Import a notification file (format lcs-kir-notifications/1, see README) into a tenant: names, addresses, ' +
        'deaths and protected registrations; masking follows at once. Each batch id once per tenant and environment.',
    )
    .requiredOption('--tenant <domain>', 'the tenant (municipality domain)')
    .requiredOption('--file <file>', 'the notification file (JSON)')
    .action(async (o: Opts) => {
      const tenant = tenantOf(o);
      let raw: string;
      try {
        raw = readFileSync(String(o.file), 'utf8');
      } catch (e) {
        fail(`--file: ${(e as Error).message}`);
      }
      await withDb(async (db) => {
        const { importKirBatch } = await import('@lcs/care/resident-register');
        const r = await importKirBatch(db.app, tenant, await environmentOf(undefined), raw!);
        console.log(
          `batch ${r.batchId}: ${r.notifications} notifications, ${r.applied} applied, ${r.unmatched} about ` +
            `people who are not clients, ${r.protectedChanged} protected-registration changes`,
        );
      });
    });
  kir
    .command('generate')
    .description(
      "Write a synthetic notification file for a tenant's existing clients (name, address, death, " +
        'protected-registration changes).',
    )
    .requiredOption('--tenant <domain>', 'the tenant (municipality domain)')
    .requiredOption('--out <file>', 'where to write it')
    .option('--batch-id <id>', 'batch id (default: from the date)')
    .option('--size <n>', 'notifications about clients', '8')
    .action(async (o: Opts) => {
      const tenant = tenantOf(o);
      const size = Number(o.size);
      if (!Number.isInteger(size) || size < 1 || size > 10_000) fail('--size must be a whole number from 1 to 10000');
      await withDb(async (db) => {
        const { syntheticKirBatch } = await import('@lcs/care/resident-register');
        const createdAt = new Date().toISOString();
        const batch = await syntheticKirBatch(db.app, tenant, {
          batchId: String(o.batchId ?? `SKV-${tenant}-${createdAt.slice(0, 10)}`),
          createdAt,
          size,
        });
        writeFileSync(String(o.out), JSON.stringify(batch, null, 2) + '\n');
        console.log(`wrote ${batch.notifications.length} notifications (batch ${batch.batchId}) to ${o.out}`);
      });
    });
  kir
    .command('status')
    .description("Each tenant's last batch and whether it is stale (older than 7 days).")
    .option('--json', 'JSON instead of a table')
    .action(async (o: Opts) =>
      withDb(async (db) => {
        const { residentRegisterAges } = await import('@lcs/platform');
        const ages = await residentRegisterAges(db.app);
        if (o.json) return console.log(JSON.stringify(ages, null, 2));
        console.table(
          ages.map((a) => ({
            tenant: a.tenant,
            'last batch': a.lastBatchAt ?? 'never',
            'age (days)': a.ageSeconds === null ? '' : (a.ageSeconds / 86_400).toFixed(1),
            stale: a.stale ? 'STALE' : '',
          })),
        );
      }),
    );

  // ---- usage report (extends `usage`) ----
  const usage = program.commands.find((c) => c.name() === 'usage') ?? program.command('usage');
  usage
    .command('report')
    .description(
      'Capacity and fair use (chapter 5.6): per tenant and key, requests, rows and refusals per day, and the ' +
        "heaviest hours of day (scheduled jobs), from the facade's usage counts.",
    )
    .option('--days <n>', 'days back', '30')
    .option('--tenant <domain>', 'one tenant only')
    .option('--top <n>', 'heaviest key × hour-of-day rows to show', '10')
    .option('--json', 'JSON instead of tables')
    .action(async (o: Opts) => {
      const days = Number(o.days);
      const top = Number(o.top);
      if (!Number.isInteger(days) || days < 1 || days > 400) fail('--days must be a whole number from 1 to 400');
      if (!Number.isInteger(top) || top < 1 || top > 1000) fail('--top must be a whole number from 1 to 1000');
      const tenant = o.tenant === undefined ? undefined : tenantOf(o);
      await withDb(async (db) => {
        const { usageReport } = await import('./usage-report.ts');
        const r = await usageReport(db.app, { days, tenant, top });
        if (o.json) return console.log(JSON.stringify(r, null, 2));
        console.log(
          `usage ${r.since.slice(0, 10)} – ${r.until.slice(0, 10)} (UTC days; hours of day in Europe/Stockholm)`,
        );
        if (!r.daily.length) return console.log('(no usage recorded)');
        console.log('\nper tenant, key and day:');
        console.table(r.daily);
        console.log('\nheaviest hours of day (rows returned) per tenant and key — where scheduled jobs run:');
        console.table(r.heaviestHours);
      });
    });
}
