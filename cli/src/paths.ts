import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A generated file and the content it should have. */
export interface Artefact {
  file: string;
  content: string;
}

/**
 * The all-in-one's state folder (LCS_DATA_DIR, default .data/): the embedded database in
 * pglite/, the development PKI in pki/, the demo API keys in demo-keys.json. A UTB installation
 * (LCS_ENVIRONMENT=utb) keeps all of it in the subfolder utb/, so its database, CA, certificates
 * and demo keys are never PROD's.
 */
export function dataRoot(env: NodeJS.ProcessEnv): string {
  const base = resolve(env.LCS_DATA_DIR || join(ROOT, '.data'));
  return env.LCS_ENVIRONMENT?.toLowerCase() === 'utb' ? join(base, 'utb') : base;
}
