/**
 * The OData v4 model of a licensed package, derived from the route table and the contract: one
 * entity set per list route of the package (no path parameters), one entity type per item
 * definition, complex types for nested objects — and the CSDL XML ($metadata) written from it.
 * Nothing is declared per entity: a route the package gains appears.
 *
 * Keys: the contract's `Id` where the definition has one. Definitions without an Id (executed
 * decisions, ordered services, service configurations, …) get a synthetic key property, `RowKey`
 * (Edm.String, not null): a digest of the row's contract JSON — the same row always has the same
 * key, on every page and in every request, whatever the filter; identical rows on one page are
 * told apart by an ordinal suffix (`~2`, `~3`, …).
 */
import { contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';
import type { RouteEntry, RouteTable } from '../manifest.ts';

export const NAMESPACE = 'Lifecare';

export interface EntitySet {
  name: string;
  route: RouteEntry;
  /** The entity type's name (unqualified). */
  type: string;
  definition: string;
  /** The property holding the modification time ($filter ge/gt/le/lt; incremental refresh), if any. */
  modifiedBy?: string;
  properties: Record<string, ContractSchema>;
  /** The key property: the contract's Id, or the synthetic ROW_KEY (see above). */
  key: string;
}

/** The synthetic key property of entity types whose definition has no Id. */
export const ROW_KEY = 'RowKey';

export interface PackageModel {
  sets: Map<string, EntitySet>;
  /** Entity and complex types by name → their definition. */
  types: Map<string, { definition: string; entity: boolean }>;
  metadata: string;
}

/**
 * An OData-friendly, unique type name: `ExecutedService_V1` for
 * WE.EC.Integration.Contracts.ExecutedService.V1.ExecutedService.
 */
function typeNamer() {
  const byDef = new Map<string, string>();
  const taken = new Set<string>();
  return (full: string): string => {
    const known = byDef.get(full);
    if (known) return known;
    const parts = full.split('.');
    const version = parts.find((p) => /^V\d+$/.test(p));
    let name = [parts[parts.length - 1], version]
      .filter(Boolean)
      .join('_')
      .replace(/[^A-Za-z0-9_]/g, '_');
    if (taken.has(name))
      name = parts
        .slice(3)
        .join('_')
        .replace(/[^A-Za-z0-9_]/g, '_');
    taken.add(name);
    byDef.set(full, name);
    return name;
  };
}

/**
 * The entity set's name for a route: /api/v1/executed_services → executed_services;
 * other versions get a suffix (_v2).
 */
function setName(path: string): string {
  const [, , version, ...rest] = path.split('/');
  const name = rest.join('_').replace(/[^A-Za-z0-9_]/g, '_');
  return version === 'v1' ? name : `${name}_${version}`;
}

function edmType(s: ContractSchema): string {
  switch (s.type) {
    case 'integer':
      return s.format === 'int64' ? 'Edm.Int64' : 'Edm.Int32';
    case 'number':
      return 'Edm.Double';
    case 'boolean':
      return 'Edm.Boolean';
    default:
      return s.format === 'date-time' ? 'Edm.DateTimeOffset' : 'Edm.String';
  }
}

const xmlAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const models = new Map<string, PackageModel>();

export function packageModel(table: RouteTable, pkg: string): PackageModel {
  const known = models.get(pkg);
  if (known) return known;
  const name = typeNamer();
  const sets = new Map<string, EntitySet>();
  const types = new Map<string, { definition: string; entity: boolean }>();
  for (const r of table.routes) {
    if (
      r.method !== 'GET' ||
      r.kind !== 'list' ||
      r.flatten ||
      !r.definition ||
      !r.packages[pkg] ||
      r.params.some((p) => p.in === 'path')
    )
      continue;
    const def = definitionName(r.definition);
    const props = properties(contract().definitions[def]!);
    if (!props.Id && props[ROW_KEY]) continue; // cannot happen with today's contract: no key to give it
    const type = name(def);
    types.set(type, { definition: def, entity: true });
    sets.set(setName(r.path), {
      name: setName(r.path),
      route: r,
      type,
      definition: def,
      modifiedBy: r.modifiedBy,
      properties: props,
      key: props.Id ? 'Id' : ROW_KEY,
    });
  }
  // complex types reachable from the entity types; a property whose type is an entity type's
  // definition (e.g. a planning unit's children) gets a complex twin, `<Type>_Value`: a structural
  // property cannot have an entity type in CSDL
  const entityDefs = new Set([...types.values()].map((t) => t.definition));
  const complexName = (def: string) => (entityDefs.has(def) ? `${name(def)}_Value` : name(def));
  const pending = [...entityDefs];
  const seen = new Set<string>();
  while (pending.length) {
    for (const s of Object.values(properties(contract().definitions[pending.pop()!]!))) {
      const ref = s.$ref ?? s.items?.$ref;
      if (!ref) continue;
      const inner = refName(ref);
      if (seen.has(inner)) continue;
      seen.add(inner);
      types.set(complexName(inner), { definition: inner, entity: false });
      pending.push(inner);
    }
  }
  const model: PackageModel = { sets, types, metadata: '' };
  model.metadata = csdl(model, complexName);
  models.set(pkg, model);
  return model;
}

function propertyXml(prop: string, s: ContractSchema, name: (def: string) => string, key: boolean): string {
  const ref = s.$ref ?? s.items?.$ref;
  const base = ref ? `${NAMESPACE}.${name(refName(ref))}` : edmType(s.type === 'array' ? (s.items ?? {}) : s);
  const type = s.type === 'array' ? `Collection(${base})` : base;
  return `<Property Name="${xmlAttr(prop)}" Type="${type}"${key ? ' Nullable="false"' : ''}/>`;
}

/** `complexName`: the (complex) type a property of a definition has. */
function csdl(m: PackageModel, complexName: (def: string) => string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
    '<edmx:DataServices>',
    `<Schema Namespace="${NAMESPACE}" xmlns="http://docs.oasis-open.org/odata/ns/edm">`,
  ];
  for (const [type, t] of m.types) {
    const props = Object.entries(properties(contract().definitions[t.definition]!));
    const tag = t.entity ? 'EntityType' : 'ComplexType';
    out.push(`<${tag} Name="${type}">`);
    const synthetic = t.entity && !props.some(([p]) => p === 'Id');
    if (t.entity) out.push(`<Key><PropertyRef Name="${synthetic ? ROW_KEY : 'Id'}"/></Key>`);
    if (synthetic) out.push(`<Property Name="${ROW_KEY}" Type="Edm.String" Nullable="false"/>`);
    for (const [p, s] of props) out.push(propertyXml(p, s, complexName, t.entity && p === 'Id'));
    out.push(`</${tag}>`);
  }
  out.push(`<EntityContainer Name="Container">`);
  for (const s of m.sets.values()) out.push(`<EntitySet Name="${s.name}" EntityType="${NAMESPACE}.${s.type}"/>`);
  out.push('</EntityContainer>', '</Schema>', '</edmx:DataServices>', '</edmx:Edmx>');
  return out.join('\n');
}
