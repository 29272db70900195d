import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A generated file and the content it should have. */
export interface Artefact {
  file: string;
  content: string;
}
