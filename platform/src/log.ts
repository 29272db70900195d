/**
 * The platform's log: JSON lines (pino) on stderr, level from LCS_LOG_LEVEL (default info).
 *
 * What a line may carry: ids (error id, tenant, key id, client id, operation), codes (error
 * codes, SQLSTATE), routes and counts — never personal data (names, identity numbers, free text),
 * SQL parameters or secrets. Redaction below is the safety net for the field names that carry
 * such values; `safeError` is how an error goes into a line (library messages can quote the
 * caller's values, e.g. "invalid input syntax for type bigint: \"…\"" or drizzle's "params: …").
 */
import { pino } from 'pino';

/** Field names whose values are never written, wherever they occur (two levels deep, and in `err`). */
const SENSITIVE = [
  'params', 'parameters', 'variables', 'query', 'body', 'input', 'value', 'values', 'q',
  'name', 'fullName', 'firstName', 'lastName', 'personalIdentityNumber', 'identityNumber', 'personId', 'PersonId', 'ssn',
  'authorization', 'cookie', 'x-api-key', 'key', 'apiKey', 'token', 'password', 'secret', 'SAMLResponse',
];

const key = (k: string) => (/^\w+$/.test(k) ? k : `["${k}"]`);
const under = (prefix: string, k: string) => (/^\w+$/.test(k) ? `${prefix}.${k}` : `${prefix}["${k}"]`);

export const REDACT_PATHS = [
  ...SENSITIVE.map(key),
  ...SENSITIVE.map((k) => under('*', k)),
  ...SENSITIVE.map((k) => under('err.cause', k)),
];

export const logger = pino(
  {
    level: process.env.LCS_LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: (e: unknown) => safeError(e) },
  },
  // through the stream object (not a raw file descriptor), so tests can read what is written
  process.stderr,
);

/** Quoted values and long digit runs (identity numbers, ids of people) in a library message. */
function scrub(message: string): string {
  const head = message.split(/\n\s*params:/)[0]!;
  // drizzle's "Failed query: <sql>": parameterised SQL holds no values (its identifiers are quoted), the params are cut above
  if (/^Failed query: /.test(head)) return head.replace(/'(?:[^']|'')*'/g, "'…'").slice(0, 1000);
  return head
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '"…"')
    .replace(/\d{6,}[-+]?\d*/g, '…')
    .slice(0, 500);
}

/**
 * An error as a log may carry it: its class, code (e.g. SQLSTATE), the message without quoted
 * values or parameters, the stack's frames (code locations, no values), and the same of its cause.
 */
export function safeError(e: unknown, depth = 0): Record<string, unknown> {
  // errors from another realm, or error-shaped objects (GraphQL errors as received): by shape
  if (!e || typeof e !== 'object' || typeof (e as { message?: unknown }).message !== 'string') return { type: typeof e };
  const x = e as Error & { code?: unknown; extensions?: { code?: unknown } };
  const frames = (typeof x.stack === 'string' ? x.stack : '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 12).map((l) => l.trim());
  return {
    type: x.name ?? 'Error',
    ...(typeof x.code === 'string' || typeof x.code === 'number' ? { code: x.code } : typeof x.extensions?.code === 'string' ? { code: x.extensions.code } : {}),
    message: scrub(x.message),
    ...(frames.length ? { stack: frames } : {}),
    ...(x.cause && depth < 3 ? { cause: safeError(x.cause, depth + 1) } : {}),
  };
}
