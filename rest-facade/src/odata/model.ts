/**
 * The OData v4 model of a licensed package, derived from the route table and the contract: one
 * entity set per list route of the package (no path parameters, a contract `Id` as key), one
 * entity type per item definition, complex types for nested objects — and the CSDL XML
 * ($metadata) written from it. Nothing is declared per entity: a route the package gains appears.
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
}

export interface PackageModel {
  sets: Map<string, EntitySet>;
  /** Entity and complex types by name → their definition. */
  types: Map<string, { definition: string; entity: boolean }>;
  metadata: string;
}

/** An OData-friendly, unique type name: `ExecutedService_V1` for WE.EC.Integration.Contracts.ExecutedService.V1.ExecutedService. */
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

/** The entity set's name for a route: /api/v1/executed_services → executed_services; other versions get a suffix (_v2). */
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
    if (!props.Id) continue; // OData entities need a key; these routes stay REST and export only
    const type = name(def);
    types.set(type, { definition: def, entity: true });
    sets.set(setName(r.path), {
      name: setName(r.path),
      route: r,
      type,
      definition: def,
      modifiedBy: r.modifiedBy,
      properties: props,
    });
  }
  // complex types reachable from the entity types
  const pending = [...types.values()].map((t) => t.definition);
  const seen = new Set(pending);
  while (pending.length) {
    for (const s of Object.values(properties(contract().definitions[pending.pop()!]!))) {
      const ref = s.$ref ?? s.items?.$ref;
      if (!ref) continue;
      const inner = refName(ref);
      if (seen.has(inner)) continue;
      seen.add(inner);
      types.set(name(inner), { definition: inner, entity: false });
      pending.push(inner);
    }
  }
  const model: PackageModel = { sets, types, metadata: '' };
  model.metadata = csdl(model, name);
  models.set(pkg, model);
  return model;
}

function propertyXml(prop: string, s: ContractSchema, name: (def: string) => string, key: boolean): string {
  const ref = s.$ref ?? s.items?.$ref;
  const base = ref ? `${NAMESPACE}.${name(refName(ref))}` : edmType(s.type === 'array' ? (s.items ?? {}) : s);
  const type = s.type === 'array' ? `Collection(${base})` : base;
  return `<Property Name="${xmlAttr(prop)}" Type="${type}"${key ? ' Nullable="false"' : ''}/>`;
}

function csdl(m: PackageModel, name: (def: string) => string): string {
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
    if (t.entity) out.push('<Key><PropertyRef Name="Id"/></Key>');
    for (const [p, s] of props) out.push(propertyXml(p, s, name, t.entity && p === 'Id'));
    out.push(`</${tag}>`);
  }
  out.push(`<EntityContainer Name="Container">`);
  for (const s of m.sets.values()) out.push(`<EntitySet Name="${s.name}" EntityType="${NAMESPACE}.${s.type}"/>`);
  out.push('</EntityContainer>', '</Schema>', '</edmx:DataServices>', '</edmx:Edmx>');
  return out.join('\n');
}
