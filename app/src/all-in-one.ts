/**
 * The all-in-one as a process: every subgraph, the gateway and the REST facade in one process on
 * one database (stack.ts wires them), configured from its environment. `pnpm start` (cli/src/start.ts)
 * is its client: it prepares the development PKI, SAML keys and demo data, then starts this.
 *
 * Environment: the platform's (platform/src/config.ts: DATABASE_URL or the embedded PGlite under
 * LCS_DATA_DIR, LCS_TRUST_KEYS, NODE_ENV, …), LCS_ADMIN_HOST / LCS_ADMIN_PORT (9464), LCS_METRICS=0,
 * OTEL_EXPORTER_OTLP_ENDPOINT, LCS_DRAIN_MS (0), LCS_TLS_CA / _CERT / _KEY / _CRL (the facade's
 * mutual TLS; the CRL file is reloaded when it changes), LCS_SAML_KEYS_DIR (staff sign-in),
 * LCS_DEV_IDP_KEYS_DIR (DEVELOPMENT IdP at /dev-idp/, refused in production), LCS_EXPORTS_DIR,
 * LCS_PORTS=ephemeral (any free ports instead of 4000–4005 and 8443; the URLs are printed).
 * LCS_EXPORTS_RUNNER (env.ts: 'process', the default on PostgreSQL, or 'in-process').
 */
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { loadConfig, partSettings, setupTracing, type PartSettings, type PlatformConfig } from '@lcs/platform';
import type { RunningPart } from '@lcs/platform';
import { startStack, type Stack } from './stack.ts';
import type { FacadeTls } from './facade-server.ts';
import { ensureSamlKeys } from './pki.ts';
import { DEFAULT_PORTS } from './subgraphs.ts';
import { ConfigError, exportsRunnerOf, fileOf, need } from './env.ts';

/** The all-in-one's admin listener (/metrics): 9464, the Prometheus exporter's customary port. */
export const DEFAULT_ADMIN_PORT = 9464;

export interface AllInOneConfig {
  platform: PlatformConfig;
  part: PartSettings;
  tls: FacadeTls;
  crlFile?: string;
  samlKeysDir: string;
  devIdpKeysDir?: string;
  exportsDir?: string;
  /** The fixed ports 4000–4005 and 8443, or any free ones (LCS_PORTS=ephemeral: benchmarks, side by side). */
  ports: 'default' | 'ephemeral';
  exportsRunner?: 'process' | 'in-process';
}

const readCrl = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * The all-in-one's settings that come from the environment alone (no files): `lcs start` reads them
 * first, so that a mistyped one is refused before it makes the development PKI or anything else.
 */
export function allInOneSettings(
  env: NodeJS.ProcessEnv,
): Pick<AllInOneConfig, 'ports' | 'platform' | 'part' | 'exportsRunner'> {
  const platform = loadConfig(env, { allInOne: true });
  const ports = env.LCS_PORTS || 'default';
  if (ports !== 'default' && ports !== 'ephemeral')
    throw new ConfigError(`LCS_PORTS: "${ports}" is neither "default" nor "ephemeral"`);
  return {
    ports,
    platform,
    part: partSettings(env, { port: DEFAULT_PORTS.gateway!, adminPort: DEFAULT_ADMIN_PORT, drainMs: 0 }),
    exportsRunner: exportsRunnerOf(env),
  };
}

export function allInOneConfig(env: NodeJS.ProcessEnv): AllInOneConfig {
  const settings = allInOneSettings(env);
  const { platform } = settings;
  const ca = fileOf(env, 'LCS_TLS_CA');
  const cert = fileOf(env, 'LCS_TLS_CERT');
  const key = fileOf(env, 'LCS_TLS_KEY');
  if (!ca || !cert || !key)
    throw new ConfigError('LCS_TLS_CA, LCS_TLS_CERT and LCS_TLS_KEY are required: the facade serves mutual TLS');
  if (env.LCS_DEV_IDP_KEYS_DIR && platform.production)
    throw new ConfigError('LCS_DEV_IDP_KEYS_DIR: the development IdP is refused with NODE_ENV=production');
  const crlFile = env.LCS_TLS_CRL || undefined;
  return {
    ...settings,
    tls: { ca, cert, key, crl: readCrl(crlFile) },
    crlFile,
    samlKeysDir: need(env, 'LCS_SAML_KEYS_DIR', "the SAML SP's keys (staff sign-in)"),
    devIdpKeysDir: env.LCS_DEV_IDP_KEYS_DIR || undefined,
    exportsDir: env.LCS_EXPORTS_DIR || undefined,
  };
}

export type AllInOne = RunningPart & { stack: Stack };

export async function startAllInOne(c: AllInOneConfig): Promise<AllInOne> {
  // traces only when an OTLP endpoint is configured (off and free otherwise); before the database opens
  const tracing = await setupTracing({ serviceName: 'lcs-all-in-one', endpoint: c.part.otlpEndpoint });
  const samlKeys = await ensureSamlKeys(c.samlKeysDir, ['sp-signing', 'sp-encryption']);
  const devIdp = c.devIdpKeysDir ? (await ensureSamlKeys(c.devIdpKeysDir, ['dev-idp']))['dev-idp'] : undefined;
  const stack = await startStack({
    config: c.platform,
    ports: c.ports,
    metrics: c.part.metrics ? undefined : false,
    admin: c.part.admin,
    // the first sign-in warms it: `pnpm start` warms it once the platform answers
    warmSaml: false,
    facadeTls: c.tls,
    saml: { keys: { signing: samlKeys['sp-signing'], encryption: samlKeys['sp-encryption'] } },
    devIdp,
    exports: { runner: c.exportsRunner ?? 'process', ...(c.exportsDir ? { dir: c.exportsDir } : {}) },
  });
  // The CA's CRL (`pnpm lcs cert revoke`), reloaded when the file changes: no restart needed.
  const crlFile = c.crlFile;
  if (crlFile)
    watchFile(crlFile, { interval: 2000 }, () => {
      stack
        .setFacadeCrl(readCrl(crlFile))
        .then(() => console.log(`reloaded the certificate revocation list ${crlFile}`))
        .catch((e: Error) => console.error(`the CRL ${crlFile} was not loaded: ${e.message}`));
    });
  let stopped: Promise<void> | undefined;
  return {
    stack,
    name: 'all-in-one',
    urls: [stack.gatewayUrl, ...(stack.facadeUrl ? [stack.facadeUrl] : [])],
    metricsUrl: stack.metricsUrl ?? '',
    readiness: stack.readiness,
    stop: () =>
      (stopped ??= (async () => {
        if (crlFile) unwatchFile(crlFile);
        await stack.drain({ delayMs: c.part.drainMs });
        await tracing?.shutdown();
      })()),
  };
}
