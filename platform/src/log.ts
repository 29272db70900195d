/**
 * The platform's JSON logger (pino): one shared configuration with redaction, so no log line
 * carries personal data (identity numbers, names, free text) or secrets (keys, cookies, SAML
 * responses, signed contexts).
 *
 * Two layers, because one alone is hope: (1) redaction by path — the fields where such values
 * live in the objects we log (headers, principals, bodies) are replaced before serialisation;
 * (2) a last pass over every serialised line that masks anything the `personnummer` library
 * accepts as a Swedish identity or coordination number (a Luhn-checked 10/12-digit number), in
 * whatever field or message it slipped in. tests/observability-logs.test.ts runs REST and GraphQL
 * traffic over the demo tenants and searches the log for every demo client's number and name.
 *
 * LCS_LOG_LEVEL sets the level (default info); the request log line is written at info.
 */
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import personnummerModule from 'personnummer';

// CommonJS with ESM-style typings: take the class whichever way it arrives (as synthetic.ts does).
const Personnummer = ((personnummerModule as unknown as { valid?: unknown }).valid
  ? personnummerModule
  : (personnummerModule as unknown as { default: unknown }).default) as unknown as { valid(pin: string): boolean };

export const REDACTED = '[redacted]';

/** Field names whose values are never written, top level and one level down (from the hardening work). */
const SENSITIVE = [
  'params',
  'parameters',
  'variables',
  'query',
  'body',
  'input',
  'value',
  'values',
  'q',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'personalIdentityNumber',
  'identityNumber',
  'personId',
  'PersonId',
  'ssn',
  'authorization',
  'cookie',
  'x-api-key',
  'key',
  'apiKey',
  'token',
  'password',
  'secret',
  'SAMLResponse',
];
const asKey = (k: string) => (/^\w+$/.test(k) ? k : `["${k}"]`);
const under = (prefix: string, k: string) => (/^\w+$/.test(k) ? `${prefix}.${k}` : `${prefix}["${k}"]`);

/** Paths redacted in every log object (pino's fast-redact syntax: `*` is one level). */
export const REDACT_PATHS = [
  ...new Set([
    ...SENSITIVE.map(asKey),
    ...SENSITIVE.map((k) => under('*', k)),
    ...SENSITIVE.map((k) => under('err.cause', k)),
    // secrets in headers and query strings
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-api-key"]',
    'req.headers["x-lcs-context"]',
    'req.headers["x-lcs-principal"]',
    'req.headers["client-cert"]',
    'res.headers["set-cookie"]',
    'headers.cookie',
    'headers.authorization',
    'headers["x-api-key"]',
    '*.apiKey',
    '*.key',
    '*.secret',
    '*.password',
    '*.token',
    '*.cookie',
    '*.SAMLResponse',
    '*.samlResponse',
    '*.SAMLRequest',
    'apiKey',
    'key',
    'secret',
    'password',
    'token',
    'cookie',
    'SAMLResponse',
    'samlResponse',
    'SAMLRequest',
    // personal data: names, identity numbers, free text
    '*.personalIdentityNumber',
    '*.PersonalIdentityNumber',
    '*.identityNumber',
    '*.IdentityNumber',
    '*.personId',
    '*.ssn',
    '*.fullName',
    '*.FullName',
    '*.firstName',
    '*.FirstName',
    '*.lastName',
    '*.LastName',
    '*.givenName',
    '*.surname',
    '*.name',
    '*.Name',
    '*.email',
    '*.Email',
    '*.phone',
    '*.Phone',
    '*.address',
    '*.Address',
    '*.note',
    '*.Note',
    '*.text',
    '*.Text',
    '*.comment',
    '*.Comment',
    '*.description',
    'personalIdentityNumber',
    'identityNumber',
    'personId',
    'fullName',
    'firstName',
    'lastName',
    'name',
    'email',
    'phone',
    'address',
    'note',
    'text',
    'comment',
    'body',
    'variables',
    '*.variables',
  ]),
];

/**
 * The request log line's redaction (observe.ts): that line is built from a fixed set of fields
 * (ids, codes, counts), none of them a place where personal data or secrets live, so the wildcard
 * paths above never match it, yet evaluating them was most of the line's cost (~2 % of the
 * gateway's CPU). It keeps the top-level paths (should such a field ever be added to the line)
 * and, like every line, the identity-number mask.
 */
export const REQUEST_LINE_REDACT_PATHS = REDACT_PATHS.filter((p) => !p.includes('*'));

// 12 or 10 digits with an optional separator (YYYYMMDD-NNNN, YYMMDD-NNNN, YYMMDD+NNNN), as a whole word.
const CANDIDATE = /(?<![\w.])(\d{6}|\d{8})([-+]?)(\d{4})(?![\w.])/g;

/** Masks every valid Swedish identity (or coordination) number in a serialised line. */
export function maskIdentityNumbers(line: string): string {
  if (!/\d{6}/.test(line)) return line;
  return line.replace(CANDIDATE, (m) => (Personnummer.valid(m) ? REDACTED : m));
}

/** pino options with the platform's level, redaction and identity-number mask. */
export function loggerOptions(level = process.env.LCS_LOG_LEVEL ?? 'info'): LoggerOptions {
  return {
    level,
    base: undefined, // no pid/hostname on every line: the collector adds where it came from
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err: (e: unknown) => safeError(e) },
    hooks: { streamWrite: maskIdentityNumbers },
  };
}

/** A logger with the platform's configuration, writing to `destination` (default process.stdout). */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  // the stream object (not a raw file descriptor) by default, so a test can read what is written
  return pino(loggerOptions(level), destination ?? process.stdout);
}

/** The process's logger (stdout, LCS_LOG_LEVEL). */
export const logger: Logger = createLogger();

/** Quoted values and long digit runs (identity numbers, ids of people) in a library message. */
function scrub(message: string): string {
  const head = message.split(/\n\s*params:/)[0]!;
  // drizzle's "Failed query: <sql>": parameterised SQL holds no values (its identifiers are quoted), the params are cut
  // above
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
  if (!e || typeof e !== 'object' || typeof (e as { message?: unknown }).message !== 'string')
    return { type: typeof e };
  const x = e as Error & { code?: unknown; extensions?: { code?: unknown } };
  const frames = (typeof x.stack === 'string' ? x.stack : '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .map((l) => l.trim());
  return {
    type: x.name ?? 'Error',
    ...(typeof x.code === 'string' || typeof x.code === 'number'
      ? { code: x.code }
      : typeof x.extensions?.code === 'string'
        ? { code: x.extensions.code }
        : {}),
    message: scrub(x.message),
    ...(frames.length ? { stack: frames } : {}),
    ...(x.cause && depth < 3 ? { cause: safeError(x.cause, depth + 1) } : {}),
  };
}

export type { Logger };
