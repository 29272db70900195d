/**
 * Configuration, read once at each process's entry point (the composition root) and passed down.
 * Nothing below the entry points reads process.env.
 */
import { randomBytes } from 'node:crypto';
import type { DatabaseOptions } from './db.ts';
import type { TrustConfig } from './trust.ts';
import { parseEnvironment, type Environment } from './operations.ts';
import { ConfigError, wholeNumberOf } from './env-values.ts';

export interface PlatformConfig {
  production: boolean;
  db: DatabaseOptions;
  trust: TrustConfig;
  /** Accept the development sign-in header (x-lcs-tenant); never in production. */
  devAuth: boolean;
  host: string;
  /** In-process subgraph reads as compiled queries (LCS_COMPILED_READS=0 turns it off, e.g. to compare). */
  compiledReads: boolean;
  /** Which environment this installation is (LCS_ENVIRONMENT=prod|utb, default prod): shown in every answer. */
  environment: Environment;
  /**
   * The supplier's own tenant whose PLATFORM_OPERATOR role holders are operators (LCS_OPERATOR_TENANT; unset: none).
   */
  operatorTenant?: string;
  /**
   * BENCHMARKS ONLY (bench/audit-overhead.ts measures what audit records cost): true skips writing
   * them. Set only by LCS_BENCHMARK_WITHOUT_AUDIT=1 outside production — loadConfig refuses it with
   * NODE_ENV=production, and the services refuse a production configuration that carries it
   * (assertAuditGuarantee): the audit log is a legal requirement, not a setting.
   */
  withoutAudit?: boolean;
}

/** Refuses a configuration that would turn audit records off in production (however it was built). */
export function assertAuditGuarantee(c: Pick<PlatformConfig, 'production' | 'withoutAudit'>): void {
  if (c.withoutAudit && c.production) {
    throw new ConfigError(
      'audit records cannot be turned off in production (LCS_BENCHMARK_WITHOUT_AUDIT is a benchmark switch; ' +
        'NODE_ENV=production refuses it): every answer must have its committed audit record',
    );
  }
}

/** Development-only trust key shared by separately started parts when LCS_TRUST_KEYS is unset. */
const DEV_TRUST_KEY = { kid: 'dev', secret: 'development-only-trust-key-do-not-use-in-production' };

function trustKeys(env: NodeJS.ProcessEnv, production: boolean, allInOne: boolean): TrustConfig {
  const raw = env.LCS_TRUST_KEYS;
  if (raw) {
    const keys = raw.split(',').map((pair) => {
      const i = pair.indexOf(':');
      const kid = pair.slice(0, i).trim();
      const secret = pair.slice(i + 1).trim();
      if (i < 1 || secret.length < 32)
        throw new ConfigError(
          'LCS_TRUST_KEYS must be "kid:secret[,kid:secret]" with secrets of at least 32 characters',
        );
      return { kid, secret };
    });
    return { keys };
  }
  if (production) throw new ConfigError('LCS_TRUST_KEYS is required in production');
  // All in one process: a fresh random key per start; separate dev processes share the dev key.
  return { keys: [allInOne ? { kid: 'run', secret: randomBytes(32).toString('base64url') } : DEV_TRUST_KEY] };
}

export function loadConfig(
  env: NodeJS.ProcessEnv,
  opts: { allInOne?: boolean; dataDir?: string } = {},
): PlatformConfig {
  const production = env.NODE_ENV === 'production';
  // LCS_MIGRATE=0 (a service behind a migration job): the app role's URL is all it needs.
  const url = env.DATABASE_URL || (env.LCS_MIGRATE === '0' ? env.APP_DATABASE_URL : undefined) || undefined;
  const withoutAudit = env.LCS_BENCHMARK_WITHOUT_AUDIT === '1';
  assertAuditGuarantee({ production, withoutAudit });
  return {
    production,
    ...(withoutAudit ? { withoutAudit } : {}),
    host: env.LCS_HOST ?? '127.0.0.1',
    compiledReads: env.LCS_COMPILED_READS !== '0',
    environment: parseEnvironment(env.LCS_ENVIRONMENT),
    operatorTenant: env.LCS_OPERATOR_TENANT || undefined,
    devAuth: !production && env.LCS_DEV_AUTH !== '0',
    trust: trustKeys(env, production, opts.allInOne ?? false),
    db: {
      url,
      appUrl: env.APP_DATABASE_URL || undefined,
      dataDir: url ? undefined : (env.LCS_DATA_DIR ?? opts.dataDir),
      appRole: env.LCS_APP_ROLE ?? 'lcs_app',
      poolSize: wholeNumberOf(env, 'LCS_DB_POOL', {
        min: 1,
        max: 1000,
        means: 'a number of connections from 1 to 1000',
      }),
      pooled: env.LCS_DB_POOLED === '1' || env.LCS_DB_POOLED === 'true',
      migrate: env.LCS_MIGRATE !== '0',
    },
  };
}
