/**
 * Column choice (platform/src/field-demand.ts) on the provider subgraph's real model and schema:
 * a read selects the columns of the fields the operation selects, plus what the kit itself needs;
 * every column where a selected field has a resolver of the subgraph's own or no operation is known.
 */
import { describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { subgraphKit } from '@lcs/platform';
import { FieldDemand, selectedFields } from '@lcs/platform/field-demand';
import { definition } from './server.ts';

const kit = subgraphKit(definition);
const own = definition.resolvers!(kit);
const schema = buildSubgraphSchema({ typeDefs: parse(kit.sdl), resolvers: own as GraphQLResolverMap<unknown> });
const demand = new FieldDemand(kit.model, own);
const personnel = kit.model.entities.find((e) => e.name === 'ProviderPersonnel')!;
const unit = kit.model.entities.find((e) => e.name === 'ProviderUnit')!;

function info(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { schema, operation, fragments };
}

describe('column choice', () => {
  it('selects the fields asked, the id, the modification time and every relation key — no more', () => {
    const c = demand.columns(personnel, info('{ providerPersonnels(first: 5) { nodes { id firstName } } }'))!;
    expect(c.fields).toContain('firstName');
    expect(c.fields).toContain('id');
    expect(c.fields).toContain(personnel.updatedKey);
    for (const r of personnel.refs) expect(c.fields).toContain(r.via);
    expect(c.fields).not.toContain('lastName');
    expect(c.fields).not.toContain('personId');
    // the unit is not selected on here: its reads keep every column
    expect(demand.columns(unit, info('{ providerPersonnels(first: 5) { nodes { id } } }'))).toBeUndefined();
  });

  it('counts fragments and entity representations, and gives one choice per list of fields', () => {
    const viaFragment = demand.columns(
      personnel,
      info('query Q { providerPersonnels { nodes { ...P } } } fragment P on ProviderPersonnel { firstName lastName }'),
    )!;
    expect(viaFragment.fields).toEqual(expect.arrayContaining(['firstName', 'lastName']));
    const viaEntities = demand.columns(
      personnel,
      info(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProviderPersonnel { lastName firstName } } }',
      ),
    )!;
    expect(viaEntities).toBe(viaFragment); // the same fields: the same choice (and statement)
  });

  it('keeps every column when a selected field has a resolver of the subgraph’s own, or no operation is known', () => {
    expect(Object.keys(own.ProviderPersonnel ?? {})).toContain('etag');
    expect(demand.columns(personnel, info('{ providerPersonnels { nodes { id etag } } }'))).toBeUndefined();
    expect(demand.columns(personnel, undefined)).toBeUndefined();
  });

  it('counts a field selected on an interface for every type that implements it', () => {
    const abstract = buildSchema(`
      interface Named { name: String }
      type A implements Named { name: String other: Int }
      type B implements Named { name: String }
      type Query { all: [Named] }
    `);
    const q = info('{ all { name ... on A { other } } }');
    const found = selectedFields({ ...q, schema: abstract });
    expect([...found.get('A')!].sort()).toEqual(['name', 'other']);
    expect([...found.get('B')!]).toEqual(['name']);
  });
});
