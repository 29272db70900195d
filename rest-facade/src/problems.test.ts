import { describe, expect, it } from 'vitest';
import { PlatformError } from '@lcs/platform';
import { operationFailure } from './problems.ts';

const code = (e: unknown) => (e instanceof PlatformError ? e.code : 'unexpected');

describe('GraphQL errors → the error a facade caller sees (reads and writes alike)', () => {
  it('is nothing without errors', () => {
    expect(operationFailure(undefined, 'Op')).toBeUndefined();
    expect(operationFailure([], 'Op')).toBeUndefined();
  });

  it('makes a refusal 403, wherever it is in the list', () => {
    const e = operationFailure(
      [
        { message: 'bad', extensions: { code: 'BAD_USER_INPUT' } },
        { message: 'no', extensions: { code: 'UNAUTHENTICATED' } },
      ],
      'Op',
    );
    expect([code(e), e?.message]).toEqual(['FORBIDDEN', 'no']);
  });

  it('keeps a registry code with its message and extensions (field, errors, retryAfter, etag)', () => {
    const e = operationFailure(
      [
        { message: 'odd', extensions: { code: 'SOMETHING_ELSE' } },
        { message: 'stale', extensions: { code: 'PRECONDITION_FAILED', etag: '"v2"' } },
      ],
      'Op',
    ) as PlatformError;
    expect([e.code, e.message, e.extensions.etag]).toEqual(['PRECONDITION_FAILED', 'stale', '"v2"']);
  });

  it('keeps the error id of an error the subgraph masked; anything else is unexpected', () => {
    const masked = operationFailure([{ message: 'Internal', extensions: { code: 'INTERNAL', errorId: 'e1' } }], 'Op');
    expect([code(masked), (masked as PlatformError).extensions.errorId]).toEqual(['INTERNAL', 'e1']);
    const other = operationFailure([{ message: 'boom' }], 'Op');
    expect(other).toBeInstanceOf(Error);
    expect(other).not.toBeInstanceOf(PlatformError);
  });
});
