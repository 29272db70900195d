import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { buildSubgraphModel, type EntitySpec } from './model.ts';
import { buildTables } from './tables.ts';
import { rowScope } from './row-scope.ts';
import type { Principal } from './trust.ts';

// Platform-only entities (no contract), enough to exercise every kind of declaration.
const specs: EntitySpec[] = [
  { name: 'Unit', fields: { name: { type: 'String' } }, scope: { unit: 'id', openTo: ['subject'] } },
  {
    name: 'Person',
    fields: { personId: { type: 'String' } },
    scope: { client: 'id', person: 'personId', anchor: true },
  },
  {
    name: 'Stay',
    fields: { clientId: { type: 'Int' }, unitId: { type: 'Int' } },
    scope: { client: 'clientId', unit: 'unitId', anchor: true },
  },
  { name: 'Note', fields: { clientId: { type: 'Int' } }, scope: { client: 'clientId' } },
  { name: 'NoteLine', fields: { noteId: { type: 'Int' } }, scope: { parent: [{ entity: 'Note', via: 'noteId' }] } },
  { name: 'Code', scope: 'reference' },
  {
    name: 'Member',
    fields: { name: { type: 'String' } },
    scope: { children: [{ entity: 'Membership', via: 'memberId' }] },
  },
  { name: 'Membership', fields: { memberId: { type: 'Int' }, unitId: { type: 'Int' } }, scope: { unit: 'unitId' } },
  { name: 'Secret' },
];
const model = buildSubgraphModel('care', specs);
const { tables } = buildTables(model);
const dialect = new PgDialect();
const render = (p: Principal, entity: string) => {
  const c = rowScope(model, tables, p)(entity, tables.get(entity)!);
  return c === undefined ? undefined : dialect.sqlToQuery(c);
};
const base = { tenant: 't', sub: 's' } as const;
const provider: Principal = { ...base, kind: 'partner', scope: { type: 'provider', units: [7, 8] } };
const subject: Principal = { ...base, kind: 'partner', scope: { type: 'subject', personId: '19121212-1212' } };

describe('row scope', () => {
  it('adds nothing for a tenant scope or staff without one', () => {
    expect(render({ ...base, kind: 'partner', scope: { type: 'tenant' } }, 'Secret')).toBeUndefined();
    expect(render({ ...base, kind: 'staff' }, 'Secret')).toBeUndefined();
  });
  it('fails closed: undeclared entities and partners without a scope see nothing', () => {
    expect(render(provider, 'Secret')!.sql).toBe('false');
    expect(render(subject, 'Secret')!.sql).toBe('false');
    expect(render({ ...base, kind: 'partner' }, 'Code')!.sql).toBe('false');
  });
  it('provider: unit columns directly, clients through the unit anchor, children through parents', () => {
    expect(render(provider, 'Stay')!.sql).toMatch(/"unit_id" = any\(\$1\)/);
    expect(render(provider, 'Stay')!.params).toEqual(['{7,8}']); // the units as array text (rows.ts anyOf)
    const note = render(provider, 'Note')!;
    expect(note.sql).toMatch(
      new RegExp(
        String.raw`exists \(select 1 from "care"."stay" "scope_\d+" where "scope_\d+"."client_id" = ` +
          String.raw`"care"."note"."client_id" and "scope_\d+"."unit_id" = any`,
      ),
    );
    expect(render(provider, 'NoteLine')!.sql).toMatch(
      /"note_id" in \(select "scope_\d+"."id" from "care"."note" "scope_\d+" where \(exists/,
    );
    expect(render(provider, 'Code')!.sql).toBe('true');
  });
  it('subject: clients through the person anchor; public reference for a citizen where declared', () => {
    const note = render(subject, 'Note')!;
    expect(note.sql).toMatch(
      new RegExp(
        String.raw`from "care"."person" "scope_\d+" where "scope_\d+"."id" = "care"."note"."client_id" ` +
          String.raw`and "scope_\d+"."person_id" = \$1`,
      ),
    );
    expect(note.params).toContain('19121212-1212');
    expect(render(subject, 'Unit')!.sql).toBe('true');
    expect(render(provider, 'Unit')!.sql).toMatch(/"unit"."id" = any/);
  });
  it(
    'children: a row is in scope when a live child row pointing at it is (provider), and nothing for a scope the ' +
      'child cannot match (subject)',
    () => {
      const member = render(provider, 'Member')!;
      expect(member.sql).toMatch(
        new RegExp(
          String.raw`exists \(select 1 from "care"."membership" "scope_\d+" where "scope_\d+"."member_id" = ` +
            String.raw`"care"."member"."id" and not "scope_\d+"."deleted" and "scope_\d+"."unit_id" = any\(\$1\)\)`,
        ),
      );
      expect(member.params).toEqual(['{7,8}']);
      expect(render(subject, 'Member')!.sql).toMatch(/and false\)/);
    },
  );
  it('refuses a scope child that is not an entity or lacks the field', () => {
    expect(() =>
      buildSubgraphModel('care', [{ name: 'A', scope: { children: [{ entity: 'Nope', via: 'aId' }] } }]),
    ).toThrow(/scope names Nope/);
    expect(() =>
      buildSubgraphModel('care', [
        { name: 'A', scope: { children: [{ entity: 'B', via: 'aId' }] } },
        { name: 'B', scope: 'reference' },
      ]),
    ).toThrow(/scope child B has no field aId/);
  });
  it('refuses a declaration naming a field the entity does not have', () => {
    expect(() => buildSubgraphModel('care', [{ name: 'Bad', scope: { client: 'nope' } }])).toThrow(/scope names nope/);
  });
});
