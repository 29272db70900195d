/** Reading a part's configuration from its environment: required values, PEM files, lists. */
import { existsSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { ConfigError, wholeNumberOf } from '@lcs/platform/env-values';

export { ConfigError };

export const need = (env: NodeJS.ProcessEnv, name: string, why: string): string => {
  const v = env[name];
  if (!v) throw new ConfigError(`${name} is required: ${why}`);
  return v;
};

/** The content of the file named by `name`, if set. */
export const fileOf = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const p = env[name];
  if (!p) return undefined;
  if (!existsSync(p)) throw new ConfigError(`${name}: no file ${p}`);
  return readFileSync(p, 'utf8');
};

/**
 * LCS_EXPORTS_RUNNER: where export jobs run — 'process' (the default: a child process at nice 10
 * beside the facade, off its interactive event loop) or 'in-process' (the opt-out: on the facade's
 * own event loop).
 */
export const exportsRunnerOf = (env: NodeJS.ProcessEnv): 'process' | 'in-process' => {
  const v = env.LCS_EXPORTS_RUNNER || 'process';
  if (v !== 'process' && v !== 'in-process')
    throw new ConfigError(`LCS_EXPORTS_RUNNER: "${v}" is neither "process" (the default) nor "in-process"`);
  return v;
};

/**
 * LCS_FAIR_WORKING: admitted facade requests working at once in one process, taking turns fairly
 * between tenants (rest-facade fair-gate.ts); unset: 2 per CPU core where the operations run in the
 * same process (all-in-one), 16 per core for a facade in front of a gateway over HTTP; 0: no gate.
 */
export const fairWorkingOf = (env: NodeJS.ProcessEnv): number | undefined =>
  wholeNumberOf(env, 'LCS_FAIR_WORKING', { means: 'a whole number (0: no gate)' });

/**
 * LCS_KEY_VERDICT_MS: how often a facade process reads the credential generation, in ms, and so how
 * soon a change made elsewhere reaches its kept key verdicts (rest-facade verdict-cache.ts). Unset:
 * 1,000. 0: no verdicts kept (every request looks its key up).
 */
export const keyVerdictEveryMsOf = (env: NodeJS.ProcessEnv): number | undefined =>
  wholeNumberOf(env, 'LCS_KEY_VERDICT_MS', { means: 'a whole number of ms (0: keep none)' });

/**
 * LCS_HEAP_GROWTH: how far V8 lets the heap's old generation grow past what was live after a full
 * collection before it collects again, in percent of the live size (V8's --heap-growing-percent).
 * Unset: 100 (up to twice the live size). 0: V8's own choice, which on a server with ≥ 2 GB for the
 * heap is up to four times: a serving process whose large answers' strings outlive two young
 * collections (an export's pages of 5,000 rows) then holds hundreds of MB of garbage (README § Running).
 */
export const HEAP_GROWTH_PERCENT = 100;

export const heapGrowthOf = (env: NodeJS.ProcessEnv): number => {
  const means = "a percentage from 10 to 300 (0: V8's own choice)";
  const v = wholeNumberOf(env, 'LCS_HEAP_GROWTH', { max: 300, means }) ?? HEAP_GROWTH_PERCENT;
  if (v !== 0 && v < 10) throw new ConfigError(`LCS_HEAP_GROWTH: "${env.LCS_HEAP_GROWTH}" is not ${means}`);
  return v;
};

/** Applies LCS_HEAP_GROWTH to this process (its entry calls it before it starts serving); returns it. */
export function applyHeapGrowth(env: NodeJS.ProcessEnv = process.env): number {
  const percent = heapGrowthOf(env);
  if (percent) setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

/** A comma-separated list. */
export const listOf = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
