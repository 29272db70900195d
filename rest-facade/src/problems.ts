/**
 * What the facade's callers are told when something fails, in one place for reads and writes:
 * the errors of a GraphQL operation become one error (`operationFailure`), and any error thrown
 * while serving a request becomes one RFC 9457 problem (`answerFailure`).
 */
import type { ServerResponse } from 'node:http';
import { ERRORS, PlatformError, failureHeaders, failureOf, sendProblem, type ErrorCode } from '@lcs/platform';
import { OFFERED } from './negotiate.ts';

/** A GraphQL error as an operation's result carries it. */
export interface OperationError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** 406: none of the media types the request accepts is offered (before anything runs). */
export const notAcceptable = () =>
  new PlatformError('NOT_ACCEPTABLE', `none of the offered media types is acceptable: ${OFFERED.join(', ')}`, {
    offered: OFFERED,
  });

/** RFC 9457 problem details, with the error registry's status for the code (platform sendProblem). */
export const problem = sendProblem;

const isCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ERRORS && code !== 'INTERNAL';

/**
 * An operation's GraphQL errors as the error its caller should see, or undefined when it has none:
 * - a refusal (FORBIDDEN, UNAUTHENTICATED: the facade already authenticated the caller, so the
 *   subgraph's refusal is one of scope) is 403;
 * - else the first error with a code of the registry keeps its code, message and extensions
 *   (bad input naming its `field`, 422's `errors`, 409's `retryAfter`, 412's `etag` …);
 * - else an error the subgraph already masked is INTERNAL with its `errorId`;
 * - anything else is unexpected: a plain Error, masked and logged under an id by `answerFailure`.
 */
export function operationFailure(
  errors: readonly OperationError[] | undefined,
  operation: string,
): PlatformError | Error | undefined {
  if (!errors?.length) return undefined;
  const denied = errors.find((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED');
  if (denied) return new PlatformError('FORBIDDEN', denied.message);
  const known = errors.find((e) => isCode(e.extensions?.code));
  if (known) return new PlatformError(known.extensions!.code as ErrorCode, known.message, known.extensions);
  const masked = errors.find((e) => typeof e.extensions?.errorId === 'string');
  if (masked) return new PlatformError('INTERNAL', masked.message, { errorId: masked.extensions!.errorId });
  return new Error(`operation ${operation} failed`, { cause: errors[0] });
}

/** Throws the operation's failure, if it has one. */
export function throwOperationFailure(errors: readonly OperationError[] | undefined, operation: string): void {
  const failure = operationFailure(errors, operation);
  if (failure) throw failure;
}

/**
 * Answers a request that failed with a problem: the caller's errors (database failures
 * translated) as they are, anything else masked to INTERNAL and logged under its error id. The
 * headers that go with it: Retry-After (429, 503, and a 409 that says when to retry; the body's
 * `retryAfter` says the same), the current ETag on a 412, Connection: close after an undrained body.
 * The body's members beyond RFC 9457's are the documented ones (the OpenAPI's LCS.Problem): `field`,
 * `errors` (422), `errorId` (500), `retryAfter`, `successor` (410) and `offered` (406).
 * A response already under way is cut instead (the client sees a truncated body, not a wrong one).
 */
export function answerFailure(res: ServerResponse, e: unknown, context: Record<string, unknown>): void {
  if (res.headersSent) return void res.destroy();
  const f = failureOf(e, context);
  const x = f.extensions;
  failureHeaders(res, f);
  if (x.retryAfter && !res.hasHeader('retry-after')) res.setHeader('retry-after', String(x.retryAfter));
  if (f.code === 'PRECONDITION_FAILED' && typeof x.etag === 'string') res.setHeader('etag', x.etag);
  problem(res, f.code, f.message, {
    ...(x.field ? { field: x.field } : {}),
    ...(Array.isArray(x.errors) ? { errors: x.errors } : {}),
    ...(x.errorId ? { errorId: x.errorId } : {}),
    ...(x.retryAfter ? { retryAfter: x.retryAfter } : {}),
    ...(typeof x.successor === 'string' ? { successor: x.successor } : {}),
    ...(Array.isArray(x.offered) ? { offered: x.offered } : {}),
  });
}
