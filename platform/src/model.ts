/**
 * Entity kit, part 1: from a small declarative spec plus the contract definition to a model
 * (GraphQL fields, storage columns, relations, nested value types). Tables, SDL and resolvers
 * are all derived from this model, so an entity is defined exactly once.
 */
import { camel, plural, pascal, snake } from './naming.ts';
import { definition, definitionName, properties, refName, valueTypeName, type ContractSchema } from './contract.ts';

export type SubgraphName = 'care' | 'provider' | 'hsl' | 'housing' | 'iam';

/** Storage kinds a field can have; objects and arrays are kept as jsonb in contract shape. */
export type ColumnKind = 'int' | 'float' | 'bool' | 'text' | 'timestamp' | 'date' | 'jsonb';

/** A field that is not in the contract definition (platform fields such as Tenant.domain). */
export interface ExtraField {
  type: 'Int' | 'Float' | 'Boolean' | 'String' | 'DateTime' | 'JSON' | 'ID';
  nullable?: boolean;
  description?: string;
  /** Hidden fields are stored but not exposed in GraphQL. */
  hidden?: boolean;
}

export interface RefSpec {
  /** Target entity type (owned by this subgraph or another one). */
  entity: string;
  /** Field holding the target's id: a contract field (e.g. "decisionId") or an internal column. */
  via: string;
  /** List field added to the target type, listing the entities that point at it. */
  inverse?: string;
  description?: string;
}

/**
 * How an entity's rows relate to the narrower data scopes of partner licences (see row-scope.ts).
 * "reference": no personal data and tied to no unit (e.g. service configuration): every scope sees
 * it. An entity without a scope declaration is seen by tenant-scoped callers only (fail closed).
 */
export type ScopeSpec =
  | 'reference'
  | {
      /** Field holding care's Client id of the row. */
      client?: string;
      /** Field holding the provider unit the row belongs to (a provider scope sees its units' rows). */
      unit?: string;
      /** Field holding the citizen's person id (identity number). */
      person?: string;
      /** Local entities the row belongs to (via a field holding their id): it is in scope when one of them is. */
      parent?: { entity: string; via: string }[];
      /**
       * Local entities that belong to the row (a field of theirs holds its id): it is in scope when one
       * of their live rows is (e.g. a user is in a provider scope when one of the user's role
       * assignments is at one of the licence's units).
       */
      children?: { entity: string; via: string }[];
      /**
       * This entity ties clients to provider units (client + unit) and/or to person ids (client +
       * person) for the whole subgraph: a row keyed only by client is in a provider scope when an
       * anchor places its client at one of the units, in a subject scope when an anchor names the person.
       */
      anchor?: boolean;
      /** Scope types that see every row of the tenant (e.g. provider units are public to a citizen). */
      openTo?: ('provider' | 'subject')[];
    };

export interface EntitySpec {
  /** GraphQL type name. */
  name: string;
  /**
   * Contract definition(s) the type mirrors (short form "Client.V1.Client" or full); several for
   * versioned APIs, whose fields are united (the first definition wins where they disagree).
   * None for platform-only types.
   */
  contract?: string | string[];
  description?: string;
  /** SQL table name; default snake_case(name). */
  table?: string;
  /** Root list field; default plural camelCase(name). */
  list?: string;
  /** Contract field that carries the row's modification time; otherwise it is internal. */
  updatedAt?: string;
  /** Fields beyond the contract. */
  fields?: Record<string, ExtraField>;
  /** Relations by key, local or across subgraphs. */
  refs?: Record<string, RefSpec>;
  /** Further fields holding personal data (beyond PERSONAL_FIELDS), e.g. a client's name. */
  personal?: string[];
  /** Contract fields never stored nor served (e.g. a password the contract shows in a read model). */
  omit?: string[];
  /**
   * Field that carries the contract's own Id where it is not the platform's id (e.g. a TSS id); the facade serves it as
   * Id.
   */
  contractId?: string;
  /** How rows relate to provider and subject scopes; none: tenant-scoped callers only. */
  scope?: ScopeSpec;
  /**
   * Natural keys: fields whose values at most one live (not deleted) row of a tenant holds at once, e.g. a user's
   * TSS id. Each is a unique index (tables.ts) under the writes' own check (`Write.serialize`): a write that slips
   * past the check is refused as a conflict instead of making a second row. A row with a plain field of the key
   * null is not counted (two visits without an external id are two visits); a reference field's null is a value
   * ("no unit" is one unit of the key). The migration adding a key marks the later live duplicates made before it
   * deleted (natural-keys.ts).
   */
  naturalKeys?: string[][];
}

export interface FieldModel {
  name: string;
  /** GraphQL output type, e.g. "String", "[CodeText!]". */
  gql: string;
  description?: string;
  /** Storage, when the field is a column of the entity table. */
  column?: { name: string; kind: ColumnKind; notNull?: boolean };
  hidden?: boolean;
  /**
   * The contract marks the field [Searchable]: it can be filtered on (the REST `q` parameter).
   * "day" compares a date-time by calendar day ([Searchable: yyyy-MM-dd]).
   */
  searchable?: 'exact' | 'day';
  /**
   * Holds personal data (identity number, name, address, contact details): de-identified packages may not select it.
   */
  personal?: boolean;
}

/** Contract fields that hold personal data wherever they occur; specs add others with `personal`. */
export const PERSONAL_FIELDS = new Set([
  'personId',
  'firstName',
  'lastName',
  'fullName',
  'addresses',
  'phones',
  'emails',
  'patientPersonId',
  'socialSecurityNumber',
  'dateOfBirth',
  'birthDate',
  'email',
  'phoneNumber',
  'mobilePhoneNumber',
  'address',
  'patientName',
  'personName',
  'clientName',
  'clientPersonId',
  'clientFirstName',
  'clientLastName',
  'ssn',
]);

export interface ValueTypeModel {
  name: string;
  description?: string;
  fields: FieldModel[];
}

export interface EnumModel {
  name: string;
  values: string[];
}

export interface RefModel extends RefSpec {
  field: string;
  /** True when the target entity is owned by the same subgraph. */
  local: boolean;
}

export interface EntityModel {
  spec: EntitySpec;
  name: string;
  table: string;
  listField: string;
  byIdField: string;
  /** Key of the modification-time column in row objects (a contract field name, or "updatedAt"). */
  updatedKey: string;
  fields: FieldModel[];
  refs: RefModel[];
  description?: string;
}

export interface SubgraphModel {
  name: SubgraphName;
  entities: EntityModel[];
  valueTypes: ValueTypeModel[];
  enums: EnumModel[];
  /** Entities of other subgraphs referenced here (by key only). */
  foreign: string[];
}

interface Collector {
  valueTypes: Map<string, ValueTypeModel>;
  enums: Map<string, EnumModel>;
  /** contract definition → entity type name, so nested references to an entity's shape reuse it. */
  entityByDefinition: Map<string, string>;
  /** contract definition → chosen value type name (where the default would clash with another subgraph's entity). */
  renames: Map<string, string>;
}

function describe(s: ContractSchema): string | undefined {
  return s.description?.replace(/\r\n/g, '\n').trim() || undefined;
}

/** GraphQL type and storage kind for one contract property. */
function fieldType(owner: string, prop: string, s: ContractSchema, c: Collector): { gql: string; kind: ColumnKind } {
  if (s.$ref) return { gql: objectType(refName(s.$ref), c), kind: 'jsonb' };
  switch (s.type) {
    case 'array': {
      const inner = fieldType(owner, prop, s.items ?? {}, c);
      return { gql: `[${inner.gql}!]`, kind: 'jsonb' };
    }
    case 'integer':
      return s.format === 'int64' ? { gql: 'Float', kind: 'float' } : { gql: 'Int', kind: 'int' };
    case 'number':
      return { gql: 'Float', kind: 'float' };
    case 'boolean':
      return { gql: 'Boolean', kind: 'bool' };
    case 'string':
      if (s.enum?.length) {
        const name = owner + pascal(camel(prop));
        c.enums.set(name, { name, values: s.enum.map(String) });
        return { gql: name, kind: 'text' };
      }
      if (s.format === 'date-time') return { gql: 'DateTime', kind: 'timestamp' };
      if (s.format === 'date') return { gql: 'Date', kind: 'date' };
      return { gql: 'String', kind: 'text' };
    case 'object':
      if (s.properties) throw new Error(`inline object ${owner}.${prop} is not supported`);
      return { gql: 'JSON', kind: 'jsonb' };
    default:
      return { gql: 'JSON', kind: 'jsonb' };
  }
}

/** The GraphQL object type for a nested contract definition, collected once. */
function objectType(def: string, c: Collector): string {
  const full = definitionName(def);
  const entity = c.entityByDefinition.get(full);
  if (entity) return entity;
  const name = c.renames.get(full) ?? valueTypeName(full);
  if (c.valueTypes.has(name)) return name;
  const model: ValueTypeModel = { name, description: describe(definition(full)), fields: [] };
  c.valueTypes.set(name, model); // before recursing: definitions can be recursive
  for (const [prop, s] of Object.entries(properties(definition(full)))) {
    const t = fieldType(name, prop, s, c);
    model.fields.push({
      name: camel(prop),
      gql: t.gql,
      description: describe(s),
      personal: PERSONAL_FIELDS.has(camel(prop)) || undefined,
    });
  }
  return name;
}

function entityModel(spec: EntitySpec, local: Set<string>, c: Collector): EntityModel {
  const fields: FieldModel[] = [
    { name: 'id', gql: 'ID!', description: 'Unique ID.', column: { name: 'id', kind: 'int', notNull: true } },
  ];
  const updatedKey = spec.updatedAt ?? 'updatedAt';
  const seen = new Set(['id']);
  const refVia = new Set(Object.values(spec.refs ?? {}).map((r) => r.via));
  const contracts = [spec.contract ?? []].flat();
  // Union of the versions' fields: the first definition's order and types, then fields only later ones have.
  // Versions differ even in spelling (V1 "Text", V2 "text"): unite by the GraphQL name.
  const united = new Map<string, [string, ContractSchema]>();
  for (const def of contracts) {
    for (const [k, v] of Object.entries(properties(definition(def))))
      if (!united.has(camel(k))) united.set(camel(k), [k, v]);
  }
  {
    for (const [name, [prop, s]] of united) {
      if (name === 'id') continue; // the platform's key; the contract's own Id type is mapped in the facade
      if (spec.omit?.includes(name)) continue;
      const t = fieldType(spec.name, prop, s, c);
      // A field that keys a relation is stored as the target's integer id whatever the contract type.
      const kind: ColumnKind = refVia.has(name) ? 'int' : t.kind;
      const column =
        name === updatedKey
          ? { name: 'updated_at', kind: 'timestamp' as const, notNull: true }
          : name === 'deleted'
            ? { name: 'deleted', kind: 'bool' as const, notNull: true }
            : { name: snake(name), kind };
      const mark = /^\[Searchable(?::\s*([^\]]*))?\]/.exec(s.description ?? '');
      const searchable =
        mark && kind !== 'jsonb'
          ? kind === 'timestamp' && /^y+-M+-d+$/i.test(mark[1] ?? '')
            ? ('day' as const)
            : ('exact' as const)
          : undefined;
      const personal = PERSONAL_FIELDS.has(name) || spec.personal?.includes(name) || undefined;
      fields.push({ name, gql: t.gql, description: describe(s), column, searchable, personal });
      seen.add(name);
    }
  }
  for (const [name, f] of Object.entries(spec.fields ?? {})) {
    if (seen.has(name)) throw new Error(`${spec.name}.${name} is already a contract field`);
    const kind: ColumnKind = {
      Int: 'int',
      ID: 'int',
      Float: 'float',
      Boolean: 'bool',
      String: 'text',
      DateTime: 'timestamp',
      JSON: 'jsonb',
    }[f.type] as ColumnKind;
    fields.push({
      name,
      gql: f.type + (f.nullable === false ? '!' : ''),
      description: f.description,
      hidden: f.hidden,
      column: { name: snake(name), kind, notNull: f.nullable === false },
    });
    seen.add(name);
  }
  // Internal columns every entity has: modification time (for delta reads and keyset order) and tombstone flag.
  if (!seen.has(updatedKey))
    fields.push({
      name: updatedKey,
      gql: 'DateTime',
      hidden: true,
      column: { name: 'updated_at', kind: 'timestamp', notNull: true },
    });
  // Tombstones: delta reads return deleted rows with deleted: true, also where the contract has no such field.
  if (!seen.has('deleted'))
    fields.push({
      name: 'deleted',
      gql: 'Boolean',
      description: 'True when the entity was deleted (returned by delta reads only).',
      column: { name: 'deleted', kind: 'bool', notNull: true },
    });
  const refs: RefModel[] = [];
  for (const [field, r] of Object.entries(spec.refs ?? {})) {
    if (seen.has(field)) throw new Error(`${spec.name}: relation ${field} has the name of a field; name it otherwise`);
    if (!seen.has(r.via)) {
      fields.push({ name: r.via, gql: 'ID', hidden: true, column: { name: snake(r.via), kind: 'int' } });
      seen.add(r.via);
    }
    refs.push({ ...r, field, local: local.has(r.entity) });
  }
  if (typeof spec.scope === 'object') {
    const s = spec.scope;
    for (const f of [s.client, s.unit, s.person, ...(s.parent ?? []).map((p) => p.via)]) {
      if (f && !seen.has(f)) throw new Error(`${spec.name}: scope names ${f}, which is not a field`);
    }
  }
  const name = spec.name;
  const listField = spec.list ?? plural(camel(name));
  if (listField === camel(name))
    throw new Error(`${name}: the list field would be called like the single-item field; give the spec a list name`);
  return {
    spec,
    name,
    fields,
    refs,
    updatedKey,
    table: spec.table ?? snake(name),
    listField,
    byIdField: camel(name),
    description: spec.description ?? (contracts[0] ? describe(definition(contracts[0])) : undefined),
  };
}

export interface ModelOptions {
  /**
   * Names for nested contract definitions whose default name is an entity of another subgraph
   * (e.g. hsl nests Common.V1.Documentation, which care owns as the entity Documentation).
   */
  valueTypeNames?: Record<string, string>;
}

export function buildSubgraphModel(name: SubgraphName, specs: EntitySpec[], o: ModelOptions = {}): SubgraphModel {
  const local = new Set(specs.map((s) => s.name));
  const renames = new Map(Object.entries(o.valueTypeNames ?? {}).map(([d, n]) => [definitionName(d), n]));
  const c: Collector = { valueTypes: new Map(), enums: new Map(), entityByDefinition: new Map(), renames };
  for (const s of specs) for (const d of [s.contract ?? []].flat()) c.entityByDefinition.set(definitionName(d), s.name);
  const entities = specs.map((s) => entityModel(s, local, c));
  for (const e of entities) {
    const sc = typeof e.spec.scope === 'object' ? e.spec.scope : {};
    for (const [r, child] of [
      ...(sc.parent ?? []).map((r) => [r, false] as const),
      ...(sc.children ?? []).map((r) => [r, true] as const),
    ]) {
      const other = entities.find((x) => x.name === r.entity);
      if (!other) throw new Error(`${e.name}: scope names ${r.entity}, which is not an entity of ${name}`);
      if (child && !other.fields.some((f) => f.name === r.via))
        throw new Error(`${e.name}: scope child ${r.entity} has no field ${r.via}`);
    }
  }
  const foreign = [...new Set(entities.flatMap((e) => e.refs.filter((r) => !r.local).map((r) => r.entity)))].sort();
  return {
    name,
    entities,
    valueTypes: [...c.valueTypes.values()].sort((a, b) => a.name.localeCompare(b.name)),
    enums: [...c.enums.values()].sort((a, b) => a.name.localeCompare(b.name)),
    foreign,
  };
}

/** Inverse list fields that point at `target`, as (source entity, ref) pairs. */
export function inversesOf(model: SubgraphModel, target: string): { source: EntityModel; ref: RefModel }[] {
  const out: { source: EntityModel; ref: RefModel }[] = [];
  for (const source of model.entities) {
    for (const ref of source.refs) if (ref.entity === target && ref.inverse) out.push({ source, ref });
  }
  return out;
}
