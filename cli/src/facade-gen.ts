/**
 * Generates the REST facade from the manifest (schema/packages.yaml): one persisted operation per
 * (path, field set) in schema/operations, the persisted-operation list, and the route table.
 * Every operation is validated against the composed API schema, and the operations of a
 * de-identified package are checked to select no personal data.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  GraphQLObjectType,
  buildASTSchema,
  getNamedType,
  isObjectType,
  parse,
  validate,
  print,
  type GraphQLSchema,
} from 'graphql';
import {
  PERSONAL_FIELDS,
  camel,
  contract,
  definitionName,
  filterFields,
  hasContractJsonSql,
  properties,
  refName,
  subgraphKit,
  type ContractOperation,
  type EntityModel,
  type SubgraphModel,
} from '@lcs/platform';
import type {
  Manifest,
  ParamTarget,
  PersistedOperation,
  RouteEntry,
  RouteParam,
  RouteTable,
} from '@lcs/rest-facade/manifest';
import { SUBGRAPHS } from './subgraphs.ts';
import { ROOT, type Artefact } from './paths.ts';

export const MANIFEST_FILE = join(ROOT, 'schema/packages.yaml');

export function loadManifest(): Manifest {
  return parseYaml(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
}

/** Standard query parameters of the contract and what they do. */
const STANDARD: Record<string, ParamTarget> = {
  limit: { to: 'first' },
  offset: { to: 'offset' },
  gt: { to: 'modifiedAfter' },
  lt: { to: 'modifiedBefore' },
};

/** Entities by the contract definitions they mirror, across all subgraphs. */
function entityIndex() {
  const byDef = new Map<string, { entity: string; listField: string; byIdField: string; personal: Set<string> }>();
  const byName = new Map<string, EntityModel>();
  const modelOf = new Map<string, SubgraphModel>();
  for (const d of SUBGRAPHS) {
    for (const e of subgraphKit(d).model.entities) {
      const personal = new Set(e.fields.filter((f) => f.personal).map((f) => f.name));
      for (const c of [e.spec.contract ?? []].flat())
        byDef.set(definitionName(c), { entity: e.name, listField: e.listField, byIdField: e.byIdField, personal });
      byName.set(e.name, e);
      modelOf.set(e.name, subgraphKit(d).model);
    }
  }
  return { byDef, byName, modelOf };
}

/** The contract's operation of a path and method (lower-case), if it has one. */
export const contractOperation = (path: string, method: string): ContractOperation | undefined =>
  contract().paths[path]?.[method.toLowerCase()];

/** What a list operation selects of its page besides the nodes. */
const PAGE_INFO = 'pageInfo { endCursor hasNextPage }';

/** The response item definition of a contract operation, and whether the response is an array. */
function responseOf(op: ContractOperation): { def?: string; array: boolean } {
  const s = op.responses?.['200']?.schema;
  if (!s) return { array: false };
  if (s.type === 'array') return { def: s.items?.$ref ? refName(s.items.$ref) : undefined, array: true };
  return { def: s.$ref ? refName(s.$ref) : undefined, array: false };
}

const pascalSegment = (s: string) =>
  s
    .replace(/[{}]/g, '')
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** Default operation name for a path: GET /api/v1/clients/{id} → V1ClientsById. */
export function operationName(path: string): string {
  const [, , version, ...rest] = path.split('/');
  return (
    pascalSegment(version!) +
    rest.map((seg) => (seg.startsWith('{') ? `By${pascalSegment(seg)}` : pascalSegment(seg))).join('')
  );
}

/**
 * GraphQL selection for a contract definition on a GraphQL type: every contract property that
 * the type has, nested objects recursively (recursive definitions to a bounded depth).
 */
function selection(
  schema: GraphQLSchema,
  typeName: string,
  def: string,
  exclude: Set<string>,
  prefix = '',
  depth = 0,
  top?: EntityModel,
): string {
  const idField = top?.spec.contractId;
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  /** The selection of a nested object (its contract definition by `$ref`) one level down. */
  const nested = (type: string, ref: string, path: string) =>
    selection(schema, type, refName(ref), exclude, `${path}.`, depth + 1);
  /** The named type of a field of an object type. */
  const fieldType = (of: string, field: string) =>
    getNamedType((schema.getType(of) as GraphQLObjectType).getFields()[field]!.type).name;
  const parts: string[] = [];
  const related = new Map<string, string[]>(); // x-from: fields of related objects, by relation
  for (const [prop, s] of Object.entries(properties(contract().definitions[def]!))) {
    const path = prefix + prop;
    if (excluded(path, exclude)) continue;
    const from = s['x-from'];
    if (from) {
      const [rel, field] = from.split('.') as [string, string];
      const relType = fieldType(typeName, rel);
      const inner = s.$ref ?? s.items?.$ref;
      related.set(rel, [
        ...(related.get(rel) ?? []),
        inner ? `${field} { ${nested(fieldType(relType, field), inner, path)} }` : field,
      ]);
      continue;
    }
    const name = camel(prop);
    if (top?.spec.omit?.includes(name)) continue; // never stored nor served
    if (name === 'id' && idField) {
      parts.push(`id: ${idField}`); // the contract's Id is another field of ours
      continue;
    }
    const field = (type as GraphQLObjectType).getFields()[name];
    if (!field) throw new Error(`${typeName} has no field ${name} for ${def}.${prop}`);
    const inner = s.$ref ?? s.items?.$ref;
    if (inner) {
      if (depth >= 3) continue;
      parts.push(`${name} { ${nested(getNamedType(field.type).name, inner, path)} }`);
    } else parts.push(name);
  }
  for (const [rel, fields] of related) parts.push(`${rel} { id ${fields.join(' ')} }`);
  return parts.join(' ');
}

/** The definition a property of a definition refers to (directly or as array items). */
function refOf(def: string, prop: string): string {
  const p = properties(contract().definitions[definitionName(def)]!)[prop];
  const ref = p?.$ref ?? p?.items?.$ref;
  if (!ref) throw new Error(`${def}.${prop} is not an object`);
  return refName(ref);
}

/** Every field path (PascalCase, dotted) of a definition that holds personal data. */
function personalPaths(def: string, top: Set<string>, prefix = '', depth = 0): string[] {
  const out: string[] = [];
  for (const [prop, s] of Object.entries(properties(contract().definitions[def]!))) {
    const path = prefix + prop;
    const name = s['x-from']?.split('.').pop() ?? camel(prop);
    if ((depth === 0 ? top : PERSONAL_FIELDS).has(name) || PERSONAL_FIELDS.has(name)) out.push(path);
    else {
      const inner = s.$ref ?? s.items?.$ref;
      if (inner && depth < 3) out.push(...personalPaths(refName(inner), top, `${path}.`, depth + 1));
    }
  }
  return out;
}

const excluded = (path: string, exclude: Set<string>) =>
  [...exclude].some((x) => path === x || path.startsWith(`${x}.`));

function routeParams(op: ContractOperation): RouteParam[] {
  return (op.parameters ?? [])
    .filter((p) => !['domain', 'key'].includes(p.name) && (p.in === 'query' || p.in === 'path'))
    .map((p) => ({
      name: p.name,
      in: p.in as RouteParam['in'],
      type: p.type ?? 'string',
      format: p.format,
      required: p.required,
      description: p.description,
      enum: p.enum?.map(String),
    }));
}

export interface FacadeBuild {
  table: RouteTable;
  operations: PersistedOperation[];
  artefacts: Artefact[];
  /** Manifest problems: routes that cannot be served as declared (CI fails on any). */
  errors: string[];
}

export function buildFacade(apiSchemaSdl: string, m: Manifest = loadManifest()): FacadeBuild {
  const c = contract();
  const schema = buildASTSchema(parse(apiSchemaSdl));
  const { byDef, byName, modelOf } = entityIndex();
  const ops = new Map<string, PersistedOperation & { path: string }>();
  const routes = new Map<string, RouteEntry>();
  const errors: string[] = [];

  const addOperation = (name: string, document: string, path: string) => {
    const doc = print(parse(document));
    const problems = validate(schema, parse(doc));
    if (problems.length) errors.push(`operation ${name}: ${problems.map((p) => p.message).join('; ')}`);
    ops.set(name, { name, path, document: doc, id: createHash('sha256').update(doc).digest('hex') });
  };

  const failed = new Set<string>();
  const route = (key: string): RouteEntry | undefined => {
    if (routes.has(key) || failed.has(key)) return routes.get(key);
    failed.add(key); // until it succeeds: report each problem once
    const [method, path] = key.split(' ') as [string, string];
    const op = contractOperation(path, method);
    if (!op) return void errors.push(`${key} is not in the contract`);
    const spec = m.paths?.[key] ?? {};
    const params = routeParams(op);
    const { def, array } = responseOf(op);
    if (method !== 'GET' && !spec.gone) {
      if (!spec.mutation) return undefined; // not served (yet): no mutation is declared for it
      const bodyParam = (op.parameters ?? []).find((p) => p.in === 'body');
      const bodyDef = bodyParam?.schema?.$ref ? refName(bodyParam.schema.$ref) : undefined;
      const r: RouteEntry = {
        method,
        path,
        params,
        packages: {},
        searchable: {},
        targets: {},
        kind: 'write',
        mutation: spec.mutation,
        definition: def,
        write: {
          body: bodyDef?.startsWith('Marvin.JsonPatch.') ? 'json-patch' : bodyDef,
          status: op.responses?.['200'] ? 200 : 204,
          ...(array ? { array } : {}),
        },
      };
      routes.set(key, r);
      failed.delete(key);
      return r;
    }
    const base = {
      method,
      path,
      params,
      packages: {},
      searchable: {},
      targets: { ...STANDARD, ...(spec.params ?? {}) } as Record<string, ParamTarget>,
      maxLimit: spec.maxLimit,
    };
    if (spec.gone) {
      const r: RouteEntry = { ...base, kind: 'gone', gone: spec.gone, definition: def };
      routes.set(key, r);
      failed.delete(key);
      return r;
    }
    if (spec.field) {
      // a list outside the entity kit: its own field and item type
      if (!def || !spec.type || !schema.getType(spec.type))
        return void errors.push(`${key}: field ${spec.field} needs the item type (type:) of the API schema`);
      const r: RouteEntry = { ...base, kind: 'list', definition: def, field: spec.field };
      routes.set(key, r);
      failed.delete(key);
      return r;
    }
    const itemDef =
      spec.modified?.definition ??
      (spec.group
        ? refOf(spec.group.definition, spec.group.items)
        : spec.flatten && def
          ? refOf(def, spec.flatten.as)
          : def);
    const entity = spec.entity ?? (itemDef ? byDef.get(definitionName(itemDef))?.entity : undefined);
    if (!def || !entity)
      return void errors.push(`${key}: no entity serves ${def ?? 'its response'}; name one under paths:`);
    const e = byName.get(entity)!;
    const pathParams = params.filter((p) => p.in === 'path');
    // A byId route of an entity whose contract Id is another field of ours looks up by that field.
    const byContractId =
      !spec.parent && !array && !spec.array && !spec.modified && pathParams.length === 1 && e.spec.contractId;
    const kind = spec.group
      ? 'group'
      : spec.modified
        ? 'modified'
        : spec.parent
          ? 'children'
          : spec.one || byContractId
            ? 'one'
            : array || spec.array
              ? 'list'
              : pathParams.length === 1
                ? 'byId'
                : undefined;
    if (!kind) return void errors.push(`${key}: response shape needs a paths: entry`);
    const targets = { ...base.targets };
    if (byContractId) targets[pathParams[0]!.name] = { to: 'filter', field: e.spec.contractId! };
    const filters = new Map(filterFields(e, modelOf.get(entity)).map((f) => [f.name, f]));
    for (const [param, t] of Object.entries(targets)) {
      if (t.to !== 'filter' && t.to !== 'unlessTrue') continue;
      const [head, ...rest] = t.field.split('.');
      const f = filters.get(head!);
      const inner = f?.source && rest.length ? filterFields(f.source).find((x) => x.name === rest.join('.')) : f;
      if (!inner) errors.push(`${key}: parameter ${param} filters on ${t.field}, which ${entity} has no filter for`);
      else targets[param] = { ...t, type: inner.type };
    }
    const searchable: RouteEntry['searchable'] = {};
    for (const [prop, s] of Object.entries(properties(c.definitions[definitionName(itemDef!)]!))) {
      const f = e.fields.find((x) => x.name === camel(prop));
      if (f?.searchable)
        searchable[prop] = { field: f.name, type: s.type ?? 'string', day: f.column?.kind === 'timestamp' };
    }
    if (/\[Searchable/.test(JSON.stringify(c.definitions[def]!.properties?.Id ?? {})))
      searchable.Id = { field: 'id', type: 'integer', day: false };
    // the contract property that mirrors the row's modification time (gt/lt filter on it), if any
    const modifiedBy =
      kind === 'list'
        ? Object.keys(properties(c.definitions[definitionName(itemDef!)]!)).find((p) => camel(p) === e.updatedKey)
        : undefined;
    const r: RouteEntry = {
      ...base,
      targets,
      kind,
      definition: def,
      searchable,
      ...(modifiedBy ? { modifiedBy } : {}),
      deprecated: spec.deprecated,
      modified: spec.modified,
      flatten: spec.flatten,
      group: spec.group,
      field: kind === 'children' ? spec.parent!.field : kind === 'byId' ? e.byIdField : e.listField,
      ...(kind === 'one' ? { maxLimit: 1 } : {}),
    };
    routes.set(key, r);
    failed.delete(key);
    return r;
  };

  /**
   * The document of a route's operation; with `contractJson`, a list's items as that definition's
   * JSON written by the database (platform contract-sql.ts) instead of `nodes`.
   */
  const documentFor = (r: RouteEntry, name: string, exclude: Set<string>, contractJson?: string): string => {
    if (r.kind === 'write') {
      return (
        `mutation ${name}($input: JSON, $params: JSON, $idempotencyKey: String, $ifMatch: String) { ` +
        `result: ${r.mutation}(input: $input, params: $params, idempotencyKey: $idempotencyKey, ifMatch: $ifMatch) ` +
        '{ status body etag replayed } }'
      );
    }
    const spec = m.paths?.[`${r.method} ${r.path}`] ?? {};
    const itemDef = definitionName(
      r.modified?.definition ??
        (r.group
          ? refOf(r.group.definition, r.group.items)
          : r.flatten
            ? refOf(r.definition!, r.flatten.as)
            : r.definition!),
    );
    if (spec.field) {
      const sortOrder = Object.values(r.targets).some((t) => t.to === 'sortOrder');
      const sel = selection(schema, spec.type!, itemDef, exclude);
      const vars = [
        '$first: Int, $after: String, $offset: Int, $modifiedAfter: DateTime, $modifiedBefore: DateTime',
        ...(sortOrder ? ['$sortOrder: SortOrder'] : []),
      ].join(', ');
      const args = [
        'first: $first, after: $after, offset: $offset, modifiedAfter: $modifiedAfter, modifiedBefore: $modifiedBefore',
        ...(sortOrder ? ['sortOrder: $sortOrder'] : []),
      ].join(', ');
      return `query ${name}(${vars}) { page: ${spec.field}(${args}) { nodes { ${sel} } ${PAGE_INFO} } }`;
    }
    const entity = spec.entity ?? byDef.get(itemDef)!.entity;
    // a change feed needs every row's id and tombstone flag, whatever the item definition shows
    let sel =
      selection(schema, entity, itemDef, exclude, '', 0, byName.get(entity)) +
      (r.kind === 'modified' ? ' id deleted' : '');
    if (r.flatten) {
      const throughType = getNamedType(
        (schema.getType(entity) as GraphQLObjectType).getFields()[r.flatten.through]!.type,
      ).name;
      const rest = selection(
        schema,
        throughType,
        definitionName(r.definition!),
        new Set([...exclude, r.flatten.as]),
        '',
        0,
        byName.get(throughType),
      );
      sel += ` ${r.flatten.through} { ${rest} }`;
    }
    if (r.group) sel += ` ${r.group.by} { id ${Object.values(r.group.fields).join(' ')} }`;
    const filterType = schema.getType(`${entity}Filter`) ? `, $filter: ${entity}Filter` : '';
    const listArgs =
      'first: $first, after: $after, offset: $offset, ids: $ids, modifiedAfter: $modifiedAfter, ' +
      `modifiedBefore: $modifiedBefore, includeDeleted: $includeDeleted${filterType ? ', filter: $filter' : ''}`;
    const listVars =
      '$first: Int, $after: String, $offset: Int, $ids: [ID!], $modifiedAfter: DateTime, ' +
      `$modifiedBefore: DateTime, $includeDeleted: Boolean${filterType}`;
    // entities with writes have a version ETag (If-Match); single reads send it
    const entityType = schema.getType(entity);
    // (and a deleted one is gone: its tombstone is for change feeds)
    if ((r.kind === 'byId' || r.kind === 'one') && isObjectType(entityType) && entityType.getFields().etag)
      sel += /\bdeleted\b/.test(sel) ? ' etag' : ' etag deleted';
    if (r.kind === 'byId') return `query ${name}($id: ID!) { item: ${r.field}(id: $id) { ${sel} } }`;
    if (r.kind === 'children') {
      const parent = byName.get(spec.parent!.entity)!;
      const items = `items: ${r.field}(first: $first) { ${sel} }`;
      return `query ${name}($id: ID!, $first: Int) { parent: ${parent.byIdField}(id: $id) { id ${items} } }`;
    }
    const items = contractJson ? `contractJson(definition: ${JSON.stringify(contractJson)})` : `nodes { ${sel} }`;
    return `query ${name}(${listVars}) { page: ${r.field}(${listArgs}) { ${items} ${PAGE_INFO} } }`;
  };

  /**
   * The definition a plain list route's items can be read as JSON written by the database (the
   * operation selects every property: none excluded), or undefined.
   */
  const contractJsonOf = (r: RouteEntry, exclude: Set<string>): string | undefined => {
    const spec = m.paths?.[`${r.method} ${r.path}`] ?? {};
    if (r.kind !== 'list' || r.flatten || r.group || r.modified || spec.field || exclude.size) return undefined;
    const itemDef = definitionName(r.definition!);
    const entity = byName.get(spec.entity ?? byDef.get(itemDef)?.entity ?? '');
    const model = entity && modelOf.get(entity.name);
    return entity && model && hasContractJsonSql(model, entity, itemDef) ? itemDef : undefined;
  };

  for (const [article, pkg] of Object.entries(m.packages)) {
    for (const entries of Object.values(pkg.routes ?? {})) {
      for (const entry of entries) {
        const key = typeof entry === 'string' ? entry : entry.route;
        const r = route(key);
        if (!r) continue;
        if (r.kind === 'gone') {
          r.packages[article] = { operation: '', id: '' };
          continue;
        }
        const name =
          typeof entry === 'string'
            ? (r.kind === 'write' ? pascalSegment(r.method.toLowerCase()) : '') + operationName(r.path)
            : entry.operation;
        if (!ops.has(name)) {
          const declared = typeof entry === 'string' ? undefined : m.operations?.[name];
          if (typeof entry !== 'string' && !declared) {
            errors.push(`${article} ${key}: operation ${name} is not declared under operations:`);
            continue;
          }
          const exclude = new Set(declared?.exclude ?? []);
          addOperation(name, documentFor(r, name, exclude), key);
          // the same operation (its name is what the audit and the business logs record) reading the
          // items as the contract's JSON: persisted under its own id, in a file of its own
          const json = contractJsonOf(r, exclude);
          if (json)
            addOperation(
              `${name}Json`,
              documentFor(r, name, exclude, json),
              `${key} (JSON answers: the items as the database writes them)`,
            );
        }
        const json = ops.get(`${name}Json`);
        r.packages[article] = {
          operation: name,
          id: ops.get(name)!.id,
          ...(json ? { json: { operation: name, id: json.id } } : {}),
        };
        if (pkg.deidentified) {
          const exclude = new Set(m.operations?.[name]?.exclude ?? []);
          const itemDef = definitionName(
            r.modified?.definition ?? (r.group ? refOf(r.group.definition, r.group.items) : r.definition!),
          );
          const entity = byDef.get(itemDef);
          const leaks = personalPaths(itemDef, entity?.personal ?? new Set()).filter((p) => !excluded(p, exclude));
          if (leaks.length)
            errors.push(
              `package ${article} is de-identified but operation ${name} selects personal data: ${leaks.join(', ')}`,
            );
        }
      }
    }
  }

  const operations = [...ops.values()].sort((a, b) => a.name.localeCompare(b.name));
  const table: RouteTable = {
    basePath: c.basePath,
    limits: m.limits,
    routes: [...routes.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method)),
  };
  const artefacts: Artefact[] = [
    ...operations.map((o) => ({
      file: join(ROOT, 'schema/operations', `${o.name}.graphql`),
      content: `# ${o.path} — generated from schema/packages.yaml; do not edit.\n${o.document}\n`,
    })),
    {
      file: join(ROOT, 'schema/persisted-operations.json'),
      content: JSON.stringify(Object.fromEntries(operations.map((o) => [o.id, o.document])), null, 2) + '\n',
    },
    { file: join(ROOT, 'rest-facade/src/__generated__/routes.json'), content: JSON.stringify(table, null, 2) + '\n' },
  ];
  return { table, operations, artefacts, errors };
}
