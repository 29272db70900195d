/**
 * Black-box test harness: the real all-in-one stack (real HTTP servers on free ports, the REST
 * facade over mutual TLS with an in-memory development PKI) over a real database — the embedded
 * PGlite, or a fresh PostgreSQL database per test file — seeded with the two demo tenants and
 * their demo receiving system, licences and API keys.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import {
  createLogger,
  loadConfig,
  type AppDatabase,
  type Logger,
  type Metrics,
  type PlatformConfig,
} from '@lcs/platform';
import { startStack, type Stack, type StackOptions } from '@lcs/cli/stack';
import { progressBars, seedTenant } from '@lcs/cli/seed';
import { createDevPki, samlKeyPair, type DevPki } from '@lcs/cli/pki';
import { ensureDemoCredentials, type DemoKeys } from '@lcs/cli/demo-keys';
import { registerFacade } from './facade.ts';

export type DbKind = 'pglite' | 'postgres';
export const DB_KIND: DbKind = process.env.LCS_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
export const PG_ADMIN_URL = process.env.LCS_TEST_PG_URL ?? 'postgres://lcs_owner@127.0.0.1:5432/lcs';

export interface TestDatabase {
  /** Owner URL of the test database (undefined = PGlite). */
  url?: string;
  /** PGlite's data directory (undefined = in memory). */
  dataDir?: string;
  drop(): Promise<void>;
}

/** A database that outlives a stack (restart tests): a PostgreSQL database, or a PGlite data directory. */
export async function persistentDatabase(kind: DbKind = DB_KIND): Promise<TestDatabase> {
  if (kind === 'postgres') return testDatabase(kind);
  const dataDir = mkdtempSync(join(tmpdir(), 'lcs-pglite-'));
  return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A fresh database: a new PostgreSQL database for this file, or nothing (PGlite in memory). */
export async function testDatabase(kind: DbKind = DB_KIND, adminUrl = PG_ADMIN_URL): Promise<TestDatabase> {
  if (kind === 'pglite') return { url: undefined, drop: async () => {} };
  const PG_ADMIN_URL = adminUrl;
  const name = `lcs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** The transaction `asTenant` hands its callback (drizzle's, on the app role). */
export type TenantTx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/** A GraphQL error as the gateway answers it (`extensions.code` and what the platform adds). */
export interface GqlErrorBody {
  message: string;
  path?: (string | number)[];
  extensions: { code?: string; field?: string; [key: string]: unknown };
}

export interface TestStack extends Stack {
  /** SQL statements seen since the last reset (drizzle's query log). */
  statements: string[];
  /** Each of `statements`' parameters (the same index). */
  statementParams: unknown[][];
  resetStatements(): void;
  /** Runs SQL as the app role inside a transaction scoped to `tenant` (as a request would). */
  asTenant<T>(tenant: string, fn: (tx: TenantTx) => Promise<T>): Promise<T>;
  /**
   * POST a GraphQL operation to the gateway as a developer of `tenant`. `T` types the answer's data;
   * the tests read many ad-hoc documents, so it defaults to an unchecked shape.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- default for ad-hoc documents (callers may name T)
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    tenant?: string,
  ): Promise<{ status: number; body: { data?: T; errors?: [GqlErrorBody, ...GqlErrorBody[]] } }>;
  /** The in-memory PKI the facade trusts (its CA, server and demo client certificates). */
  pki: DevPki;
  /** The demo system's API key per seeded tenant and package article. */
  demoKeys: DemoKeys;
  /** The stack's configuration (e.g. its trust keys, to sign contexts in probes). */
  config: PlatformConfig;
  close(): Promise<void>;
}

export interface TestStackOptions {
  kind?: DbKind;
  /** Clients per demo tenant (small by default: tests assert behaviour, not volume). */
  clients?: number;
  tenants?: string[];
  /** Extra facade routes by exact path, passed to createFacade({ extra }). */
  facadeExtra?: import('@lcs/rest-facade').FacadeOptions['extra'];
  /**
   * Serve staff sign-in (SAML) with fresh SP keys; `now` replaces the SP's clock; `devIdp` serves the development IdP
   * too.
   */
  saml?: { now?: () => number; devIdp?: boolean };
  /** The stack's metrics registry (default: a new one); false: none. */
  metrics?: Metrics | false;
  /** Request log lines; default: a logger at LCS_LOG_LEVEL or warn (5xx lines only), to stdout. */
  log?: Logger | false;
  /** Start the admin listener (/metrics, /readyz) on a free port. */
  admin?: boolean;
  /** Fair-share defaults (e.g. a low rate to provoke 429s). */
  fairShare?: import('@lcs/rest-facade/fair-share').FairShareOptions;
  /**
   * Run on this database and keep it at close (a restart's second stack passes the first's), instead of a fresh one.
   */
  database?: TestDatabase;
  /** Seed the demo tenants (default true; false on a database seeded before). */
  seed?: boolean;
  /** Export jobs' folder, lane and page size (StackOptions.exports). */
  exports?: StackOptions['exports'];
  /** The facade's read-ahead (StackOptions.readAhead). */
  readAhead?: StackOptions['readAhead'];
  /** PostgreSQL: the owner URL of a server of the test's own (default LCS_TEST_PG_URL, the shared one). */
  pgAdminUrl?: string;
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const tdb = options.database ?? (await testDatabase(options.kind, options.pgAdminUrl));
  const statements: string[] = [];
  const statementParams: unknown[][] = [];
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      ...(tdb.url ? { DATABASE_URL: tdb.url } : {}),
      ...(tdb.dataDir ? { LCS_DATA_DIR: tdb.dataDir } : {}),
    },
    { allInOne: true },
  );
  const pki = await createDevPki();
  const stack = await startStack({
    config,
    ports: 'ephemeral',
    onQuery: (q, params) => {
      statements.push(q);
      statementParams.push(params);
    },
    facadeTls: { ca: pki.ca.cert, cert: pki.server.cert, key: pki.server.key },
    facadeExtra: options.facadeExtra,
    saml: options.saml && {
      keys: {
        signing: await samlKeyPair('lcs test SP signing'),
        encryption: await samlKeyPair('lcs test SP encryption'),
      },
      now: options.saml.now,
    },
    devIdp: options.saml?.devIdp ? await samlKeyPair('lcs test development IdP') : undefined,
    metrics: options.metrics,
    log: options.log ?? createLogger(undefined, process.env.LCS_LOG_LEVEL ?? 'warn'),
    admin: options.admin ? { port: 0 } : undefined,
    fairShare: options.fairShare,
    exports: options.exports,
    readAhead: options.readAhead,
  });
  const tenants = options.tenants ?? ['demo', 'demo2'];
  if (options.seed !== false) {
    for (const tenant of tenants) {
      await seedTenant(stack.db.app, { tenant, clients: options.clients ?? 30, historyMonths: 1 }, progressBars(false));
    }
    await stack.db.analyze();
  }
  const demoKeys = await ensureDemoCredentials(stack.db.app, { tenants, fingerprint: pki.demoClient.fingerprint });
  const unregister = registerFacade(stack.facadeUrl!, pki, demoKeys);
  statements.length = statementParams.length = 0;
  return Object.assign(stack, {
    config,
    pki,
    demoKeys,
    statements,
    statementParams,
    resetStatements: () => void (statements.length = statementParams.length = 0),
    asTenant<T>(tenant: string, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
      return stack.db.app.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
        return fn(tx);
      });
    },
    async gql(query: string, variables?: Record<string, unknown>, tenant = 'demo') {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lcs-tenant': tenant },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      unregister();
      await stack.stop();
      if (!options.database) await tdb.drop();
    },
  });
}

/** Statements that read tenant data (not transaction control or set_config). */
export const dataStatements = (statements: string[]) =>
  statements.filter(
    (q) =>
      /^\s*select/i.test(q) &&
      !/set_config/.test(q) &&
      // the process's own background reads, not the request's: operations state, the facade's
      // credential generation (every second, verdict-cache.ts) and the export sweep (every 15 s)
      !/platform\.(service_window|maintenance|export_job_index)\b|iam\.credential_generation\b/.test(q),
  );
