import { describe, expect, it } from 'vitest';
import { buildSchema, execute, parse } from 'graphql';
import { QueryCompiler } from './compiled.ts';

// patches/graphql-jit@0.8.9.patch: leaves already of their scalar's type are taken as they are;
// everything else still goes through the scalar's serializer, with the same data and errors
describe('compiled reads: leaf values', () => {
  const schema = buildSchema(`
    type Item { s: String, i: Int, f: Float, b: Boolean, id: ID, ns: String!, ni: Int! }
    type Query { items: [Item!]! }
  `);
  const values = [
    { s: 'a', i: 1, f: 1.5, b: true, id: 'x', ns: 'n', ni: -0 },
    { s: null, i: null, f: null, b: null, id: null, ns: 'n', ni: 2 },
    { s: 7, i: 2 ** 31, f: Number.NaN, b: 0, id: 12, ns: true, ni: 1.5 },
    { s: { valueOf: () => 'v' }, i: '3', f: '2.5', b: 'yes', id: 12.5, ns: 'n', ni: 3 },
    { s: ['x'], i: Infinity, f: -0, b: false, id: 'y', ns: 3, ni: 2 ** 31 - 1 },
  ];
  schema.getQueryType()!.getFields().items!.resolve = () => values;
  it.each(['{ items { s i f b id } }', '{ items { s i f b id ns ni } }'])(
    'answers %s as graphql-js does',
    async (query) => {
      const expected = JSON.parse(JSON.stringify(await execute({ schema, document: parse(query) })));
      const read = new QueryCompiler(schema).get(query)!;
      expect(read).not.toBeNull();
      const got = await read.run(undefined, {});
      // graphql-jit answers the same data and the same error messages and paths
      const plain = JSON.parse(JSON.stringify({ data: got.data, errors: got.errors }));
      expect(plain.data).toEqual(expected.data);
      expect(plain.errors?.length).toBeGreaterThan(0);
      const errs = (e: { message: string; path: unknown[] }[]) =>
        e.map((x) => `${x.path.join('.')}: ${x.message}`).sort();
      // (with a non-null leaf failing, graphql-js stops at the list it nulls; graphql-jit reports the rest too)
      if (query.includes('ns')) expect(errs(plain.errors)).toEqual(expect.arrayContaining(errs(expected.errors)));
      else expect(errs(plain.errors)).toEqual(errs(expected.errors));
    },
  );
});
