/**
 * The gateway's result shaping as patched (patches/@apollo__gateway@2.14.4.patch: a fast path for
 * leaf fields, no directive lookups for selections without directives): the answers, errors and
 * null bubbling GraphQL asks for, the same as Apollo's unpatched code gives.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, operationFromDocument } from '@apollo/federation-internals';
import { parse } from 'graphql';
// not in the package's index; the package has no export map
import { computeResponse } from '@apollo/gateway/dist/resultShaping.js';

const schema = buildSchema(`
  type Query { client(id: ID!): Client, clients: [Client!]!, count: Int, version: String! }
  enum Kind { HOME, NURSING }
  type Client { id: ID!, name: String, kind: Kind, age: Int!, unit: Unit, tags: [String!] }
  type Unit { id: ID!, title: String! }
`);

function shape(query: string, input: unknown, variables: Record<string, unknown> = {}) {
  const operation = operationFromDocument(schema, parse(query), { validate: false });
  const { data, errors } = computeResponse({
    operation,
    variables,
    input: input as Record<string, unknown>,
    introspectionHandling: () => null,
  });
  return {
    data: JSON.parse(JSON.stringify(data)) as unknown,
    errors: errors.map((e) => ({ message: e.message, path: e.path })),
  };
}

describe('result shaping (patched)', () => {
  it('keeps the fields asked for, in the order asked, and drops the rest', () => {
    const r = shape('{ client(id: 1) { name id kind unit { title } } count }', {
      count: 3,
      client: {
        id: '1',
        name: 'A',
        kind: 'HOME',
        extra: 1,
        age: 40,
        unit: { id: 'u', title: 'T', __typename: 'Unit' },
      },
    });
    expect(r).toEqual({
      data: { client: { name: 'A', id: '1', kind: 'HOME', unit: { title: 'T' } }, count: 3 },
      errors: [],
    });
    expect(Object.keys((r.data as { client: object }).client)).toEqual(['name', 'id', 'kind', 'unit']);
  });

  it('a missing nullable leaf is null; an invalid one is null with an error at its path', () => {
    const r = shape('{ client(id: 1) { id name kind } count }', { client: { id: '1', kind: 'BOAT' }, count: 'many' });
    expect(r.data).toEqual({ client: { id: '1', name: null, kind: null }, count: null });
    expect(r.errors).toEqual([
      { message: 'Invalid value found for field Client.kind.', path: ['client', 'kind'] },
      { message: 'Invalid value found for field Query.count.', path: ['count'] },
    ]);
  });

  it('a null non-null leaf nulls its parent, with one error', () => {
    const r = shape('{ client(id: 1) { id age } count }', { client: { id: '1', age: null }, count: 1 });
    expect(r.data).toEqual({ client: null, count: 1 });
    expect(r.errors).toEqual([
      { message: 'Cannot return null for non-nullable field Client.age.', path: ['client', 'age'] },
    ]);
  });

  it('an invalid non-null leaf nulls its parent with the invalid-value error only', () => {
    const r = shape('{ client(id: 1) { id age } }', { client: { id: '1', age: 1.5 } });
    expect(r.data).toEqual({ client: null });
    expect(r.errors).toEqual([{ message: 'Invalid value found for field Client.age.', path: ['client', 'age'] }]);
  });

  it('bubbles through a non-null list to the nearest nullable field, and at the root nulls data', () => {
    const list = shape('{ clients { id age } count }', {
      clients: [
        { id: '1', age: 1 },
        { id: '2', age: null },
      ],
      count: 2,
    });
    expect(list.data).toBeNull();
    expect(list.errors).toEqual([
      { message: 'Cannot return null for non-nullable field Client.age.', path: ['clients', 1, 'age'] },
    ]);
    const root = shape('{ version }', { version: null });
    expect(root.data).toBeNull();
    expect(root.errors).toEqual([
      { message: 'Cannot return null for non-nullable field Query.version.', path: ['version'] },
    ]);
  });

  it('a field asked twice (or by a fragment too) is answered once, where first asked', () => {
    const r = shape('{ client(id: 1) { id ... on Client { name id } n: name tags } }', {
      client: { __typename: 'Client', id: '1', name: 'A', n: 'A', tags: ['x', 'y'] },
    });
    expect(r).toEqual({ data: { client: { id: '1', name: 'A', n: 'A', tags: ['x', 'y'] } }, errors: [] });
  });

  it('honours @skip and @include with variables', () => {
    const q = 'query ($a: Boolean!, $b: Boolean!) { client(id: 1) { id name @skip(if: $a) kind @include(if: $b) } }';
    const input = { client: { id: '1', name: 'A', kind: 'HOME' } };
    expect(shape(q, input, { a: true, b: true }).data).toEqual({ client: { id: '1', kind: 'HOME' } });
    expect(shape(q, input, { a: false, b: false }).data).toEqual({ client: { id: '1', name: 'A' } });
  });
});
