/**
 * One parameterised contract suite, run for every entity of every subgraph (derived from the
 * entity specs, so a new entity is covered without writing a test): seeded data in both tenants,
 * lookup by id, keyset paging that stays stable while rows are inserted, delta reads that return
 * deletions as tombstones, references that resolve, and tenant isolation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq, sql } from 'drizzle-orm';
import { naturalKeys, subgraphKit, type EntityModel } from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';

/** One page of a list field (ids only). */
interface Page {
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ENTITIES = SUBGRAPHS.flatMap((d) => {
  const kit = subgraphKit(d);
  return kit.model.entities.map((e) => ({ name: e.name, e, table: kit.tables.get(e.name)! }));
});

let s: TestStack;
beforeAll(async () => {
  s = await startTestStack({ clients: 25 });
});
afterAll(async () => {
  await s?.close();
});

async function ids(e: EntityModel, tenant: string, args = 'first: 5000'): Promise<{ id: string; deleted: boolean }[]> {
  const r = await s.gql(`{ ${e.listField}(${args}) { nodes { id deleted } } }`, {}, tenant);
  expect(r.body.errors).toBeUndefined();
  return r.body.data[e.listField].nodes;
}

describe.each(ENTITIES)(`$name on ${DB_KIND}`, ({ e, table }) => {
  it('has seeded rows in both demo tenants', async () => {
    expect((await ids(e, 'demo')).length).toBeGreaterThan(0);
    expect((await ids(e, 'demo2')).length).toBeGreaterThan(0);
  });

  it('is found by id, also through a federation reference', async () => {
    const some = (await ids(e, 'demo', 'first: 3')).map((n) => n.id);
    for (const id of some) {
      const r = await s.gql(`query($id: ID!) { ${e.byIdField}(id: $id) { id __typename } }`, { id });
      expect(r.body.data[e.byIdField]).toEqual({ id, __typename: e.name });
    }
    const viaIds = await ids(e, 'demo', `ids: ${JSON.stringify(some)}`);
    expect(viaIds.map((n) => n.id).sort()).toEqual([...some].sort());
  });

  it("never shows another tenant's rows", async () => {
    const theirs = (await ids(e, 'demo2', 'first: 3')).map((n) => n.id);
    const mine = new Set((await ids(e, 'demo')).map((n) => n.id));
    for (const id of theirs) {
      expect(mine.has(id)).toBe(false);
      const r = await s.gql(`query($id: ID!) { ${e.byIdField}(id: $id) { id } }`, { id });
      expect(r.body.data[e.byIdField]).toBeNull();
    }
    expect(await ids(e, 'demo', `ids: ${JSON.stringify(theirs)}`)).toEqual([]);
  });

  it('resolves its references', async () => {
    if (!e.refs.length) return;
    const sel = e.refs.map((r) => `${r.field} { __typename id }`).join(' ');
    const r = await s.gql(`{ ${e.listField}(first: 50) { nodes { id ${sel} } } }`);
    expect(r.body.errors).toBeUndefined();
    for (const n of r.body.data[e.listField].nodes) {
      for (const ref of e.refs) if (n[ref.field]) expect(n[ref.field].__typename).toBe(ref.entity);
    }
  });

  it('pages stably while rows are inserted, and returns deletions in delta reads', async () => {
    const before = (await ids(e, 'demo')).map((n) => n.id);
    const size = Math.max(1, Math.ceil(before.length / 4));
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const r: { body: { data?: Record<string, Page> } } = await s.gql(
        `query($after: String) { ${e.listField}(first: ${size}, after: $after) { nodes { id } pageInfo { ` +
          `endCursor hasNextPage } } }`,
        { after },
      );
      const page = r.body.data![e.listField]!;
      seen.push(...page.nodes.map((n) => n.id));
      // a concurrent writer adds a copy of an existing row between pages (another value of each
      // natural key: a text field's marked, else a reference to a row that is not there)
      await s.asTenant('demo', async (tx) => {
        const [row] = await tx.select().from(table).orderBy(desc(table.id)).limit(1);
        const { id: _id, ...copy } = row!;
        for (const key of naturalKeys(e)) {
          const f = key.fields.find((x) => !x.reference) ?? key.fields[key.fields.length - 1]!;
          copy[f.field.name] = f.reference ? 900_000 + seen.length : `${String(copy[f.field.name])}~${seen.length}`;
        }
        await tx.insert(table).values({ ...copy, [e.updatedKey]: new Date() });
      });
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    expect(seen.slice(0, before.length)).toEqual(before); // everything that existed, in order

    const victim = before[0]!;
    const t0 = new Date(Date.now() - 1000);
    await s.asTenant('demo', (tx) =>
      tx
        .update(table)
        .set({ deleted: true, [e.updatedKey]: new Date() })
        .where(eq(table.id, Number(victim))),
    );
    const delta = await ids(e, 'demo', `first: 5000, modifiedAfter: "${t0.toISOString()}"`);
    expect(delta.find((n) => n.id === victim)).toEqual({ id: victim, deleted: true });
    expect((await ids(e, 'demo')).some((n) => n.id === victim)).toBe(false);
    void sql;
  });
});
