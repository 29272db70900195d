/**
 * Row scope: the data scope of the caller's licence (trust.ts `Principal.scope`) as one SQL
 * condition per entity, added by the kit to every list, by-id and by-column read (resolvers.ts,
 * loaders.ts), so no resolver filters rows and no JSON is filtered afterwards. Declared once per
 * entity in its spec (`EntitySpec.scope`).
 *
 * - tenant: no condition (row-level security already limits reads to the tenant).
 * - provider {units}: a row with a unit column is in scope when its unit is one of the licence's
 *   units; otherwise when a parent row is; otherwise, for a row keyed by client, when one of the
 *   subgraph's anchors places that client at one of the units (care: an order to the unit;
 *   provider: an execution there; hsl: a Lifecare HSL order received there). A subgraph without a
 *   unit anchor answers nothing for client-keyed rows: subgraphs never query each other's tables.
 * - subject {personId}: a row keyed by client is in scope when an anchor of the subgraph ties that
 *   client to the person (care: Client.personId; provider: Execution.personId; …); a row with only
 *   a person column compares it; otherwise a parent decides.
 * - children (both scope types): a row is also in scope when a live row of a declared child entity
 *   pointing at it is (iam: a user or role through its role assignments at the licence's units).
 * - no declaration, or nothing in the declaration for the scope type: no rows (fail closed).
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias, getTableConfig } from 'drizzle-orm/pg-core';
import type { EntityModel, ScopeSpec, SubgraphModel } from './model.ts';
import type { AnyTable } from './tables.ts';
import type { Principal } from './trust.ts';
import { anyOf } from './rows.ts';

/** The condition a request adds to reads of an entity's table (undefined: none). */
export type RowScope = (entity: string, t: AnyTable) => SQL | undefined;

export const unscoped: RowScope = () => undefined;

type Declared = Exclude<ScopeSpec, 'reference'>;

/** Parent chains are short (e.g. goal → assessment → client); deeper is a declaration error. */
const MAX_DEPTH = 4;

export function rowScope(model: SubgraphModel, tables: Map<string, AnyTable>, principal: Principal): RowScope {
  const s = principal.scope ?? (principal.kind === 'partner' ? undefined : { type: 'tenant' as const });
  if (s?.type === 'tenant') return unscoped;
  const FALSE = sql`false`;
  if (!s) return () => FALSE; // a partner without a scope sees nothing
  const specs = new Map<string, EntityModel>(model.entities.map((e) => [e.name, e]));
  const declared = (name: string) => specs.get(name)?.spec.scope;
  const anchors = model.entities.filter((e) => typeof e.spec.scope === 'object' && e.spec.scope.anchor);
  let n = 0;
  /** The entity's table under a fresh alias, and its FROM item (drizzle renders an alias in sql`` by name only). */
  const fresh = (name: string): [AnyTable, SQL] => {
    const t = tables.get(name)!;
    const as = `scope_${++n}`;
    const c = getTableConfig(t);
    return [
      alias(t, as) as unknown as AnyTable,
      sql`${sql.identifier(c.schema ?? 'public')}.${sql.identifier(c.name)} ${sql.identifier(as)}`,
    ];
  };

  /** The client (its id in `col`) is tied to the scope by one of the subgraph's anchors. */
  const clientInScope = (col: unknown): SQL => {
    const key = s.type === 'provider' ? 'unit' : 'person';
    const ors = anchors
      .map((e) => ({ e, d: e.spec.scope as Declared }))
      .filter(({ d }) => d.client && d[key])
      .map(({ e, d }) => {
        const [a, from] = fresh(e.name);
        const match =
          s.type === 'provider' ? sql`${a[d.unit!]} = ${anyOf(s.units)}` : sql`${a[d.person!]} = ${s.personId}`;
        return sql`exists (select 1 from ${from} where ${a[d.client!]} = ${col} and ${match} and not ${a.deleted})`;
      });
    return ors.length ? sql`(${sql.join(ors, sql` or `)})` : FALSE;
  };

  const condition = (name: string, t: AnyTable, depth: number): SQL => {
    const d = declared(name);
    if (!d) return FALSE;
    if (d === 'reference' || d.openTo?.includes(s.type)) return sql`true`;
    const viaParents = (): SQL | undefined => {
      if (depth >= MAX_DEPTH || !(d.parent?.length || d.children?.length)) return undefined;
      const ors = (d.parent ?? []).map((p) => {
        const [pt, from] = fresh(p.entity);
        return sql`${t[p.via]} in (select ${pt.id} from ${from} where ${condition(p.entity, pt, depth + 1)})`;
      });
      for (const c of d.children ?? []) {
        const [ct, from] = fresh(c.entity);
        const inScope = condition(c.entity, ct, depth + 1);
        ors.push(sql`exists (select 1 from ${from} where ${ct[c.via]} = ${t.id} and not ${ct.deleted} and ${inScope})`);
      }
      return sql`(${sql.join(ors, sql` or `)})`;
    };
    if (s.type === 'provider') {
      if (d.unit) return sql`${t[d.unit]} = ${anyOf(s.units)}`;
      return viaParents() ?? (d.client ? clientInScope(t[d.client]) : FALSE);
    }
    if (d.client) return clientInScope(t[d.client]);
    if (d.person) return sql`${t[d.person]} = ${s.personId}`;
    return viaParents() ?? FALSE;
  };

  return (name, t) => condition(name, t, 0);
}
