/**
 * Numbers read from a part's environment (ports, pool sizes, intervals): one check for all of
 * them, so that a mistyped value stops the part with a line that names the variable and what it
 * should be (`ConfigError`: the entries print it and exit 2, no stack trace), never a NaN that
 * starts a pool of no connections or a timer that fires at once.
 */

/** A configuration mistake: the entry reports it and exits 2 (no stack trace). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface WholeNumberRule {
  /** The smallest value allowed (default 0). */
  min?: number;
  /** The largest value allowed. */
  max?: number;
  /** How the error describes a good value, e.g. "a whole number of ms (0: keep none)". */
  means?: string;
}

/** `env[name]` as a whole number, or undefined when it is unset or empty; a ConfigError otherwise. */
export function wholeNumberOf(env: NodeJS.ProcessEnv, name: string, rule: WholeNumberRule = {}): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const { min = 0, max } = rule;
  const n = /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || (max !== undefined && n > max)) {
    const range = max !== undefined ? `from ${min} to ${max}` : min > 0 ? `of at least ${min}` : '';
    throw new ConfigError(`${name}: "${v}" is not ${rule.means ?? `a whole number ${range}`.trimEnd()}`);
  }
  return n;
}

/** `env[name]` as a TCP port (0: any free port), `fallback` when unset or empty. */
export const portOf = (env: NodeJS.ProcessEnv, name: string, fallback: number): number =>
  wholeNumberOf(env, name, { max: 65535, means: 'a port number (0 for any free port)' }) ?? fallback;
