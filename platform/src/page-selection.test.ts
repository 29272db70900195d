/**
 * `pageSelection` reads what a list field's selection asks (`nodes`, `contractJson(definition:)`)
 * once per query document, not once per request: graphql-js hands every execution a new
 * `fieldNodes` array, but its nodes are the cached document's. A field whose merged node list
 * differs (a second node included by a directive's variable) is read again.
 */
import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageSelection } from './resolvers.ts';

const DOC = `query Q($def: String) {
  list { ...Page }
  list @include(if: true) { contractJson(definition: $def) }
}
fragment Page on Connection { nodes { id } }`;

/** The document's root fields, and an execution's `info` over them whose fragment reads are counted. */
function documentOf(text: string) {
  const doc = parse(text);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const roots = op.selectionSet.selections as FieldNode[];
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const reads = { n: 0 };
  const execution = (fieldNodes: FieldNode[], variableValues: Record<string, unknown> = {}) =>
    ({
      // a new array per execution, as graphql-js builds it
      fieldNodes: [...fieldNodes],
      fragments: new Proxy(fragments, {
        get: (t, k) => {
          reads.n++;
          return t[k as string];
        },
      }),
      variableValues,
    }) as unknown as GraphQLResolveInfo;
  return { roots, execution, reads };
}

describe('pageSelection', () => {
  it("reads a document's selection once, whatever array an execution holds its nodes in", () => {
    const d = documentOf(DOC);
    expect(pageSelection(d.execution([d.roots[0]!]))).toEqual({ nodes: true });
    expect(d.reads.n).toBe(1);
    for (let i = 0; i < 3; i++) expect(pageSelection(d.execution([d.roots[0]!]))).toEqual({ nodes: true });
    expect(d.reads.n).toBe(1);
  });

  it('reads again when the merged node list differs, and answers for the nodes it was given', () => {
    const d = documentOf(DOC);
    expect(pageSelection(d.execution([d.roots[0]!]))).toEqual({ nodes: true });
    const both = pageSelection(d.execution([d.roots[0]!, d.roots[1]!], { def: 'ExecutedService' }));
    expect(both).toEqual({ nodes: true, contractJson: 'ExecutedService' });
    expect(d.reads.n).toBe(2);
    // the variable's value is taken per execution, from the same reading
    expect(pageSelection(d.execution([d.roots[0]!, d.roots[1]!], { def: 'Client' }))).toEqual({
      nodes: true,
      contractJson: 'Client',
    });
    expect(d.reads.n).toBe(2);
    expect(pageSelection(d.execution([d.roots[0]!]))).toEqual({ nodes: true });
  });

  it('another document of the same text is read for itself', () => {
    const a = documentOf(DOC);
    const b = documentOf(DOC);
    pageSelection(a.execution([a.roots[0]!]));
    pageSelection(b.execution([b.roots[0]!]));
    expect([a.reads.n, b.reads.n]).toEqual([1, 1]);
  });
});
