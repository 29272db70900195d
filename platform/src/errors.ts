/**
 * One error registry: stable codes, each with its HTTP status, used for GraphQL
 * `extensions.code` and for the facade's problem details.
 */
import { GraphQLError } from 'graphql';

export const ERRORS = {
  BAD_USER_INPUT: { status: 400, title: 'Bad request' },
  GRAPHQL_PARSE_FAILED: { status: 400, title: 'Malformed GraphQL' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, title: 'Invalid GraphQL operation' },
  UNAUTHENTICATED: { status: 401, title: 'Authentication required' },
  FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  CONFLICT: { status: 409, title: 'Conflict' },
  GONE: { status: 410, title: 'Gone' },
  REQUEST_TIMEOUT: { status: 408, title: 'Request timeout' },
  PRECONDITION_FAILED: { status: 412, title: 'Precondition failed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  RANGE_NOT_SATISFIABLE: { status: 416, title: 'Range not satisfiable' },
  UNPROCESSABLE: { status: 422, title: 'Unprocessable content' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'Request header fields too large' },
  INTERNAL: { status: 500, title: 'Internal error' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class PlatformError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
    this.code = code;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export const badInput = (message: string, field?: string) =>
  new PlatformError('BAD_USER_INPUT', message, field ? { field } : {});

/** A GraphQL-over-HTTP error body (used where no operation ran, e.g. refused authentication). */
export function errorBody(code: ErrorCode, message: string, extensions?: Record<string, unknown>): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}
