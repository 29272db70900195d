/**
 * Who is unavailable: a transport failure of a subgraph over HTTP names that service; an error
 * thrown by a subgraph in process (its database refused, say) is passed on unchanged, so the
 * caller is told the database is unavailable, not the service.
 */
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { describe, expect, it } from 'vitest';
import { PlatformError, formatGraphQLError } from '@lcs/platform';
import { GraphQLError } from 'graphql';
import { ObservedDataSource } from './observed.ts';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const failing: GraphQLDataSource = {
  process: () => Promise.reject(refused()),
};
const run = (remote: boolean) =>
  new ObservedDataSource('care', failing, undefined, remote)
    .process({ request: {} } as GraphQLDataSourceProcessOptions)
    .then(
      () => undefined,
      (e: unknown) => e,
    );

describe('ObservedDataSource', () => {
  it('over HTTP, a refused connection is the service unavailable', async () => {
    const e = await run(true);
    expect(e).toBeInstanceOf(PlatformError);
    expect((e as PlatformError).message).toMatch(/^the care service is unavailable; retry in \d+ s$/);
  });

  it('in process, the database failure passes and is answered as the database unavailable', async () => {
    const e = await run(false);
    expect(e).not.toBeInstanceOf(PlatformError);
    const thrown = new GraphQLError('x', { originalError: e as Error });
    const formatted = formatGraphQLError(thrown.toJSON(), thrown);
    expect(formatted.extensions?.code).toBe('UNAVAILABLE');
    expect(formatted.message).toMatch(/^the database is unavailable; retry in \d+ s$/);
  });
});
