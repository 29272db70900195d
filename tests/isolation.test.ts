/**
 * Tenant isolation end to end (issue 7), on PGlite and PostgreSQL:
 * - a subgraph called without a valid signed context answers 401 and no data, for `_entities` and
 *   every query field;
 * - cross-tenant probe: for every entity type, ids of tenant demo2 asked for by a demo caller —
 *   by id through the gateway, through `_entities` with a correctly signed demo context, and
 *   through every REST path with an `{id}` — are not found, and list reads never contain them.
 *   Each probe has a positive control: the same request as demo2 finds the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  buildASTSchema,
  getNamedType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import {
  CONTEXT_HEADER,
  filterFields,
  signPrincipal,
  subgraphKit,
  type EntityModel,
  type SubgraphModel,
  type Row,
  rowsOf,
} from '@lcs/platform';
import { SUBGRAPHS } from '@lcs/cli/subgraphs';
import { loadRoutes } from '@lcs/cli/stack';
import { packageScopes } from '@lcs/cli/demo-keys';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

let s: TestStack;

interface Entity {
  e: EntityModel;
  model: SubgraphModel;
  subgraph: string;
  table: string;
}
const entities: Entity[] = SUBGRAPHS.flatMap((d) => {
  const kit = subgraphKit(d);
  return kit.model.entities.map((e) => {
    const c = getTableConfig(kit.tables.get(e.name)!);
    return { e, model: kit.model, subgraph: d.name, table: `${c.schema}.${c.name}` };
  });
});
/** A few live ids of demo2 per entity (read as demo2, under RLS). */
const foreign = new Map<string, number[]>();

beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
  for (const { e, table } of entities) {
    const ids = await s.asTenant('demo2', async (tx) =>
      rowsOf<{ id: number }>(
        await tx.execute(sql.raw(`select id from ${table} where not deleted order by id limit 3`)),
      ).map((r) => Number(r.id)),
    );
    if (ids.length) foreign.set(e.name, ids);
  }
});
afterAll(async () => {
  await s?.close();
});

/** A valid document selecting `field` (required arguments get harmless values). */
function documentFor(f: GraphQLField<unknown, unknown>): string {
  const args = f.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => {
      const t = getNamedType(a.type).name;
      return `${a.name}: ${t === 'Int' ? 1 : t === 'Boolean' ? 'false' : t === 'String' || t === 'ID' ? '"1"' : '[]'}`;
    });
  const sel = isScalarType(getNamedType(f.type)) ? '' : ' { __typename }';
  return `{ ${f.name}${args.length ? `(${args.join(', ')})` : ''}${sel} }`;
}

describe(`tenant isolation on ${DB_KIND}`, () => {
  it('a subgraph without a valid signed context answers 401, no data for _entities and every query field', async () => {
    const wrongKey = await signPrincipal(
      { tenant: 'demo', kind: 'dev', sub: 'x' },
      { keys: [{ kid: 'run', secret: 'a-key-that-is-not-the-gateway-key-000000' }] },
    );
    const expired = await signPrincipal({ tenant: 'demo', kind: 'dev', sub: 'x' }, { ...s.config.trust, ttl: -10 });
    let checked = 0;
    for (const d of SUBGRAPHS) {
      const url = s.subgraphUrls[d.name]!;
      const schema = buildASTSchema(
        parse(
          subgraphKit(d).sdl +
            '\nscalar _Any\ntype _Service { sdl: String }\nunion _Entity\nextend type Query { _service: ' +
            '_Service! _entities(representations: [_Any!]!): [_Entity]! }',
        ),
        { assumeValid: true },
      );
      const docs = Object.values((schema.getQueryType() as GraphQLObjectType).getFields()).map(documentFor);
      docs.push(
        `{ _entities(representations: [{ __typename: "${subgraphKit(d).model.entities[0]!.name}", id: "1" ` +
          `}]) { __typename } }`,
      );
      for (const query of docs) {
        for (const headers of [
          {} as Record<string, string>,
          { [CONTEXT_HEADER]: 'forged' },
          { [CONTEXT_HEADER]: wrongKey },
          { [CONTEXT_HEADER]: expired },
        ]) {
          const r = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query }),
          });
          expect(r.status, `${d.name} ${query}`).toBe(401);
          const body = await r.json();
          expect(body.data, query).toBeUndefined();
          expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(4 * 60);
  });

  it('probes every entity type: demo2 ids are not found by a demo caller, by id through the gateway', async () => {
    expect(foreign.size).toBeGreaterThanOrEqual(entities.length - 4); // nearly every entity has demo2 rows
    for (const { e } of entities) {
      const ids = foreign.get(e.name);
      if (!ids) continue;
      const q = `query Probe($id: ID!) { item: ${e.byIdField}(id: $id) { id } }`;
      for (const id of ids) {
        const mine = await s.gql(q, { id: String(id) }, 'demo');
        expect(mine.body.errors, e.name).toBeUndefined();
        expect(mine.body.data.item, `${e.name} ${id} leaked to demo`).toBeNull();
        expect((await s.gql(q, { id: String(id) }, 'demo2')).body.data.item?.id, `${e.name} control`).toBe(String(id));
      }
      // and a list read of demo never contains them
      const list = await s.gql(
        `query ProbeList($ids: [ID!]) { page: ${e.listField}(ids: $ids, first: 10) { nodes { id } } }`,
        { ids: ids.map(String) },
        'demo',
      );
      expect(list.body.data.page.nodes, e.name).toEqual([]);
    }
  });

  it('probes _entities: a correctly signed demo context resolves no demo2 representation in any subgraph', async () => {
    const demo = await signPrincipal(
      { tenant: 'demo', kind: 'dev', sub: 'probe', scope: { type: 'tenant' } },
      s.config.trust,
    );
    const demo2 = await signPrincipal(
      { tenant: 'demo2', kind: 'dev', sub: 'probe', scope: { type: 'tenant' } },
      s.config.trust,
    );
    for (const { e, subgraph } of entities) {
      const ids = foreign.get(e.name);
      if (!ids) continue;
      const body = JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${e.name} { id } } }`,
        variables: { r: ids.map((id) => ({ __typename: e.name, id: String(id) })) },
      });
      const ask = async (token: string) =>
        await (
          await fetch(s.subgraphUrls[subgraph]!, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
            body,
          })
        ).json();
      const mine = await ask(demo);
      expect(mine.errors, e.name).toBeUndefined();
      expect(mine.data._entities, `${e.name} leaked through _entities`).toEqual(ids.map(() => null));
      expect(
        (await ask(demo2)).data._entities.map((x: { id: string } | null) => x?.id),
        `${e.name} control`,
      ).toEqual(ids.map(String));
    }
  });

  it('probes every REST path with an {id}: demo2 ids are not found with demo keys', async () => {
    const scopes = packageScopes();
    const byField = new Map(
      entities.flatMap(
        (x) =>
          [
            [x.e.byIdField, x],
            [x.e.listField, x],
          ] as const,
      ),
    );
    let probed = 0;
    for (const r of loadRoutes().routes) {
      if (!r.path.includes('{') || r.kind === 'gone' || r.method !== 'GET') continue;
      // a tenant-wide licence allows the positive control; a narrower one still must not find demo2's rows
      const tenantWide = Object.keys(r.packages).find((p) => scopes[p] === 'tenant');
      const pkg = tenantWide ?? Object.keys(r.packages)[0];
      const target = byField.get(r.field!);
      expect(target, `${r.path}: entity of ${r.field}`).toBeDefined();
      // the value of each path parameter, taken from one demo2 row (params on the same table from the same row)
      const values: Record<string, string> = {};
      const wanted = new Map<string, { param: string; column: string }[]>();
      for (const p of r.params.filter((x) => x.in === 'path')) {
        const t = r.targets[p.name];
        if (!t || t.to !== 'filter') {
          values[p.name] = String(foreign.get(target!.e.name)?.[0] ?? '');
          continue;
        }
        const [head, ...rest] = t.field.split('.');
        const f = filterFields(target!.e, target!.model).find((x) => x.name === head)!;
        const owner = f.source && rest.length ? entities.find((x) => x.e.name === f.source!.name)! : target!;
        const field = (f.source && rest.length ? owner.e.fields.find((x) => x.name === rest.join('.')) : f.field)!;
        wanted.set(owner.table, [...(wanted.get(owner.table) ?? []), { param: p.name, column: field.column!.name }]);
      }
      for (const [table, cols] of wanted) {
        const row = await s.asTenant(
          'demo2',
          async (tx) =>
            rowsOf<Row>(
              await tx.execute(
                sql.raw(`select ${cols.map((c) => c.column).join(', ')} from ${table}
          where not deleted ${cols.map((c) => `and ${c.column} is not null`).join(' ')} order by id limit 1`),
              ),
            )[0],
        );
        for (const c of cols) values[c.param] = String(row?.[c.column] ?? '');
        // a value demo has too (e.g. a role id) is not another tenant's id: nothing to probe with it
        const shared =
          row &&
          (await s.asTenant(
            'demo',
            async (tx) =>
              rowsOf(
                await tx.execute(
                  sql.raw(`select 1 from ${table}
          where ${cols.map((c) => `${c.column}::text = '${String(row[c.column]).replace(/'/g, "''")}'`).join(' and ')}
          limit 1`),
                ),
              ).length > 0,
          ));
        if (shared) for (const c of cols) values[c.param] = '';
      }
      if (Object.values(values).some((v) => !v)) continue; // demo2 has no such row
      const path = r.path.replace(/\{(\w+)\}/g, (_, n) => encodeURIComponent(values[n]!));
      const list = r.kind === 'list';
      if (!pkg) continue;
      const ask = (tenant: string) => facadeClient(s.facadeUrl!, tenant, pkg)(path);
      if (list) {
        // a value such as a role id may exist in both tenants: what must not cross is demo2's rows
        const mine = await ask('demo');
        expect(mine.status, path).toBe(200);
        const got = await mine.json();
        if (tenantWide) {
          const theirs = await ask('demo2');
          expect(theirs.status, `control ${path}`).toBe(200);
          const theirIds = new Set((await theirs.json()).map((x: { Id?: unknown }) => JSON.stringify(x.Id ?? x)));
          expect(theirIds.size, `control ${path}`).toBeGreaterThan(0);
          for (const x of got)
            expect(theirIds.has(JSON.stringify(x.Id ?? x)), `${path} leaked ${JSON.stringify(x).slice(0, 80)}`).toBe(
              false,
            );
        } else {
          expect(got, `${path} leaked`).toEqual([]);
        }
      } else {
        if (tenantWide) expect((await ask('demo2')).status, `control ${path}`).toBe(200);
        const mine = await ask('demo');
        expect(mine.status, `${path} leaked`).toBe(404);
        expect((await mine.json()).title ?? '', path).toBeTruthy();
      }
      probed++;
    }
    expect(probed).toBeGreaterThanOrEqual(24);
  });
});
