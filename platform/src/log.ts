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

/** Paths redacted in every log object (pino's fast-redact syntax: `*` is one level). */
export const REDACT_PATHS = [
  // secrets in headers and query strings
  'req.headers.cookie', 'req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-lcs-context"]', 'req.headers["x-lcs-principal"]',
  'req.headers["client-cert"]', 'res.headers["set-cookie"]', 'headers.cookie', 'headers.authorization', 'headers["x-api-key"]',
  '*.apiKey', '*.key', '*.secret', '*.password', '*.token', '*.cookie', '*.SAMLResponse', '*.samlResponse', '*.SAMLRequest',
  'apiKey', 'key', 'secret', 'password', 'token', 'cookie', 'SAMLResponse', 'samlResponse', 'SAMLRequest',
  // personal data: names, identity numbers, free text
  '*.personalIdentityNumber', '*.PersonalIdentityNumber', '*.identityNumber', '*.IdentityNumber', '*.personId', '*.ssn',
  '*.fullName', '*.FullName', '*.firstName', '*.FirstName', '*.lastName', '*.LastName', '*.givenName', '*.surname', '*.name', '*.Name',
  '*.email', '*.Email', '*.phone', '*.Phone', '*.address', '*.Address', '*.note', '*.Note', '*.text', '*.Text', '*.comment', '*.Comment', '*.description',
  'personalIdentityNumber', 'identityNumber', 'personId', 'fullName', 'firstName', 'lastName', 'name', 'email', 'phone', 'address', 'note', 'text', 'comment', 'body',
  'variables', '*.variables',
];

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
    hooks: { streamWrite: maskIdentityNumbers },
  };
}

/** A logger with the platform's configuration, writing to `destination` (default stdout). */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

/** The process's logger (stdout, LCS_LOG_LEVEL). */
export const logger: Logger = createLogger();

export type { Logger };
