/**
 * The REST facade's OpenAPI 3.1 document (rest-facade/openapi.json), generated from the route table
 * so that it describes exactly what the facade serves: every route, its contract parameters and
 * our extensions (the `after` keyset cursor, the X-Api-Key header), the representations, the
 * RFC 9457 problem responses, deprecation headers, and per operation the licensed packages that
 * may call it.
 *
 * Response schemas are the contract's Swagger 2.0 definitions converted to JSON Schema 2020-12,
 * only those reachable from served routes. Presence and nullability are not guessed: they are
 * read off the persisted operations against the API schema. A property is `required` when every
 * operation serving its definition selects it (the facade emits every selected field, null or
 * not) and nullable when its GraphQL field is nullable in any of them; a property that no
 * operation selects (excluded, or below the selection depth) is not served and is left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import { ERRORS, camel, contract, definitionName, properties, refName, type ContractSchema } from '@lcs/platform';
import type { ParamTarget, RouteEntry, RouteParam, RouteTable } from '@lcs/rest-facade/manifest';
import { OFFERS } from '@lcs/rest-facade/negotiate';
import { Q_GRAMMAR } from '@lcs/rest-facade/query';
import { definitionElement, listItemElement, primitiveName } from '@lcs/rest-facade/xml';
import { type ContractParameter } from '@lcs/platform';
import { contractOperation, loadManifest, operationName } from './facade-gen.ts';
import { ROOT, type Artefact } from './paths.ts';
import { biPaths, biSchemas } from './openapi-bi.ts';

export const OPENAPI_FILE = join(ROOT, 'rest-facade/openapi.json');

/** A JSON value of the document being built. */
export type JsonValue = string | number | boolean | null | undefined | JsonValue[] | Json;
export interface Json {
  [key: string]: JsonValue;
}

export interface OpenApiSources {
  /** The composed API schema (default: schema/api-schema.graphql). */
  apiSchemaSdl?: string;
  /** The persisted operations the routes name (default: schema/persisted-operations.json). */
  operations?: { id: string; document: string }[];
}

/** Media types the facade negotiates (Accept), by format; one schema describes JSON and XML. */
const mediaTypes = (format: string) => [
  ...new Set(OFFERS.filter((o) => o.format === format).map((o) => o.contentType.split(';')[0]!.trim())),
];
const PROBLEM = 'application/problem+json';
const PROBLEM_SCHEMA = 'LCS.Problem';

/** Problem responses, by status. */
const PROBLEMS: Record<string, { name: string; description: string; headers?: Json }> = {
  400: {
    name: 'BadRequest',
    description:
      'A query parameter is malformed or out of range (`field` names it), or `q` is not valid search syntax.',
  },
  401: { name: 'Unauthorized', description: 'No valid API key or client certificate.' },
  403: {
    name: 'Forbidden',
    description:
      "The key's package does not include this route, or `domain` is not the tenant the key is licensed for.",
  },
  404: { name: 'NotFound', description: 'No resource with this id (or no such route).' },
  405: {
    name: 'MethodNotAllowed',
    description: 'The path exists but not for this method; `Allow` lists the methods it has.',
    headers: { Allow: { description: 'The methods the path serves.', schema: { type: 'string' } } },
  },
  406: { name: 'NotAcceptable', description: 'None of the representations in `Accept` is served (JSON, XML or CSV).' },
  410: {
    name: 'Gone',
    description: 'The route was removed; `successor` and `Link: rel="successor-version"` name its replacement.',
    headers: { Link: { description: '`<successor>; rel="successor-version"`', schema: { type: 'string' } } },
  },
  409: {
    name: 'Conflict',
    description:
      'A request with this `Idempotency-Key` is still running (retry later), or the resource already exists.',
  },
  412: {
    name: 'PreconditionFailed',
    description: '`If-Match` does not name the current version (`ETag`) of the resource: read it again.',
  },
  422: {
    name: 'UnprocessableContent',
    description:
      'The body is invalid (`errors` lists each field), or the `Idempotency-Key` was used for another request.',
  },
  429: {
    name: 'TooManyRequests',
    description: "The key's request rate is exceeded; retry after `Retry-After` seconds.",
    headers: {
      'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
    },
  },
  500: { name: 'InternalError', description: 'An unexpected error; the detail carries no internals.' },
};

/** Component name of a contract definition (OpenAPI allows `^[a-zA-Z0-9.\-_]+$`). */
const schemaName = (def: string) => def.replace(/[^A-Za-z0-9._-]/g, '_');
const schemaRef = (def: string) => ({ $ref: `#/components/schemas/${schemaName(def)}` });

interface PropStats {
  /** Visits in which an operation selected the property. */
  present: number;
  nullable: boolean;
  itemNullable: boolean;
}
interface DefStats {
  visits: number;
  props: Map<string, PropStats>;
}

/** What the persisted operations select of each definition, and the GraphQL nullability of it. */
function observe(table: RouteTable, schema: GraphQLSchema, documents: Map<string, string>): Map<string, DefStats> {
  const stats = new Map<string, DefStats>();
  const c = contract();

  const field = (set: SelectionSetNode | undefined, key: string): FieldNode | undefined =>
    set?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === key);

  const visit = (name: string, type: GraphQLObjectType, set: SelectionSetNode | undefined) => {
    const def = definitionName(name);
    let d = stats.get(def);
    if (!d) stats.set(def, (d = { visits: 0, props: new Map() }));
    d.visits++;
    for (const [prop, s] of Object.entries(properties(c.definitions[def]!))) {
      const node = field(set, camel(prop));
      const f = node ? type.getFields()[node.name.value] : undefined;
      if (!node || !f) continue;
      let p = d.props.get(prop);
      if (!p) d.props.set(prop, (p = { present: 0, nullable: false, itemNullable: false }));
      p.present++;
      p.nullable ||= !isNonNullType(f.type);
      const inner: GraphQLType = getNullableType(f.type);
      if (isListType(inner)) p.itemNullable ||= !isNonNullType(inner.ofType);
      const ref = s.$ref ?? s.items?.$ref;
      const named = getNamedType(f.type);
      if (ref && isObjectType(named)) visit(refName(ref), named, node.selectionSet);
    }
  };

  for (const r of table.routes) {
    if (r.kind === 'gone' || r.kind === 'write' || !r.definition) continue;
    for (const { id } of Object.values(r.packages)) {
      const document = documents.get(id);
      if (!document) throw new Error(`${r.method} ${r.path}: persisted operation ${id} not found`);
      const op = parse(document).definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION);
      if (!op || op.kind !== Kind.OPERATION_DEFINITION)
        throw new Error(`${r.method} ${r.path}: operation ${id} has no query`);
      const root = op.selectionSet.selections[0] as FieldNode;
      const rootType = getNamedType(schema.getQueryType()!.getFields()[root.name.value]!.type) as GraphQLObjectType;
      // where the items are: item (byId), parent { items } (children), page { nodes } (the rest)
      const key = r.kind === 'byId' ? '' : r.kind === 'children' ? 'items' : 'nodes';
      const node = key ? field(root.selectionSet, key) : root;
      if (!node) throw new Error(`${r.method} ${r.path}: operation ${id} selects no ${key}`);
      const type = key ? (getNamedType(rootType.getFields()[node.name.value]!.type) as GraphQLObjectType) : rootType;
      if (r.kind === 'modified' && r.modified) {
        // the facade builds the wrapper: live items (never null) and the ids of deleted ones
        const wrapper = definitionName(r.definition);
        let d = stats.get(wrapper);
        if (!d) stats.set(wrapper, (d = { visits: 0, props: new Map() }));
        d.visits++;
        for (const prop of [r.modified.items, r.modified.deletedIds]) {
          const p = d.props.get(prop) ?? { present: 0, nullable: false, itemNullable: false };
          p.present++;
          d.props.set(prop, p);
        }
        visit(r.modified.definition, type, node.selectionSet);
      } else if (r.kind === 'group' && r.group) {
        // the facade builds the wrapper (grouped items, maxima) and each group (fields of `by`, items)
        const g = r.group;
        const present = (def: string, props: string[], nullable: boolean) => {
          const full = definitionName(def);
          let d = stats.get(full);
          if (!d) stats.set(full, (d = { visits: 0, props: new Map() }));
          d.visits++;
          for (const prop of props) {
            const p = d.props.get(prop) ?? { present: 0, nullable: false, itemNullable: false };
            p.present++;
            p.nullable ||= nullable;
            d.props.set(prop, p);
          }
        };
        present(r.definition, [g.into, ...Object.keys(g.max ?? {})], false);
        present(g.definition, [g.items], false);
        present(g.definition, Object.keys(g.fields), true);
        const itemsProp = properties(contract().definitions[definitionName(g.definition)]!)[g.items]!;
        visit(refName((itemsProp.items ?? itemsProp).$ref!), type, node.selectionSet);
      } else visit(r.definition, type, node.selectionSet);
    }
  }
  return stats;
}

/**
 * A definition written or answered by a write route: in the components, with the contract's own
 * required properties and every other one optional and nullable (and the definitions it references).
 */
function written(stats: Map<string, DefStats>, def: string): void {
  if (stats.has(def)) return;
  const src = contract().definitions[def]!;
  const required = new Set(src.required ?? []);
  const props = properties(src);
  stats.set(def, {
    visits: 1,
    props: new Map(
      Object.keys(props).map((p) => [
        p,
        { present: required.has(p) ? 1 : 0, nullable: !required.has(p), itemNullable: false },
      ]),
    ),
  });
  for (const s of Object.values(props)) {
    const ref = s.$ref ?? s.items?.$ref;
    if (ref) written(stats, refName(ref));
  }
}

/** Contract schema → JSON Schema 2020-12, `$ref`s rewritten to components. */
function convert(s: ContractSchema, nullable: boolean, itemNullable: boolean): Json {
  const out: Json = {};
  const nullableType = (t: string) => (nullable ? [t, 'null'] : t);
  if (s.$ref) {
    if (nullable) out.anyOf = [schemaRef(refName(s.$ref)), { type: 'null' }];
    else Object.assign(out, schemaRef(refName(s.$ref)));
  } else if (s.type === 'array') {
    out.type = nullableType('array');
    const items = s.items ?? {};
    out.items = convert(items, itemNullable, false);
    // XML as xml.ts writes it: wrapped in the property's element, items named by the contract's
    // hint (which names the items, not the wrapper), else the item definition's or .NET's name
    const own = items.$ref ? definitionElement(refName(items.$ref)) : undefined;
    const itemName = s.xml?.name ?? own ?? primitiveName(items);
    if (itemName !== own) out.items.xml = { name: itemName };
    out.xml = { wrapped: true };
  } else if (s.type) {
    out.type = nullableType(s.type);
  }
  if (s.format) out.format = s.format;
  if (s.enum) out.enum = nullable && !s.$ref ? [...s.enum, null] : [...s.enum];
  for (const k of ['maxLength', 'readOnly'] as const) if ((s as Json)[k] !== undefined) out[k] = (s as Json)[k];
  if ((s as Json).example !== undefined) out.examples = [(s as Json).example];
  if (s.description) out.description = s.description;
  return out;
}

/** Components for the served definitions (and the ones they reference), from the observations. */
function components(stats: Map<string, DefStats>): Json {
  const c = contract();
  const out: Json = {};
  // a definition referenced where no operation looked inside it (a GraphQL scalar holding it):
  // nothing observed, so every property may be absent or null
  const missing = (s: ContractSchema | undefined): void => {
    const ref = s?.$ref ?? s?.items?.$ref;
    if (!ref || stats.has(refName(ref))) return;
    const def = refName(ref);
    const props = properties(c.definitions[def]!);
    stats.set(def, {
      visits: 1,
      props: new Map(Object.keys(props).map((p) => [p, { present: 0, nullable: true, itemNullable: true }])),
    });
    Object.values(props).forEach(missing);
  };
  for (const def of [...stats.keys()]) Object.values(properties(c.definitions[def]!)).forEach(missing);
  for (const def of [...stats.keys()].sort()) {
    const d = stats.get(def)!;
    const src = c.definitions[def]!;
    const props: Json = {};
    const required: string[] = [];
    for (const [prop, s] of Object.entries(properties(src))) {
      const p = d.props.get(prop);
      if (!p) continue; // no operation selects it: never served
      props[prop] = convert(s, p.nullable, p.itemNullable);
      if (p.present === d.visits) required.push(prop);
    }
    out[schemaName(def)] = {
      type: 'object',
      ...(src.description ? { description: src.description } : {}),
      properties: props,
      ...(required.length ? { required } : {}),
      xml: { name: definitionElement(def) },
    };
  }
  out[PROBLEM_SCHEMA] = {
    type: 'object',
    description: 'Problem details (RFC 9457). Every error of the facade has this shape.',
    properties: {
      type: { type: 'string', format: 'uri-reference', description: 'Identifies the problem type.' },
      title: { type: 'string', description: 'Short summary of the problem type.' },
      status: { type: 'integer', minimum: 100, maximum: 599, description: 'The HTTP status code.' },
      detail: { type: 'string', description: 'What went wrong with this request.' },
      instance: { type: 'string', format: 'uri-reference' },
      code: {
        type: 'string',
        description: `The error code: ${[...Object.keys(ERRORS), 'NOT_ACCEPTABLE'].map((x) => `\`${x}\``).join(', ')}.`,
      },
      field: { type: 'string', description: 'The query parameter at fault (400).' },
      successor: { type: 'string', description: 'The route replacing a removed one (410).' },
      offered: { type: 'array', items: { type: 'string' }, description: 'The media types offered (406).' },
      errors: {
        type: 'array',
        description:
          "The invalid fields of a request body (422): each with the contract's field name, a JSON pointer " +
          'into the body, and what is wrong.',
        items: {
          type: 'object',
          properties: { field: { type: 'string' }, pointer: { type: 'string' }, detail: { type: 'string' } },
          required: ['field', 'detail'],
        },
      },
    },
    required: ['type', 'title', 'status', 'detail'],
  };
  out['LCS.JsonPatch'] = {
    type: 'array',
    description: "A JSON Patch document (RFC 6902). Paths name the contract's properties (`/EndTime`).",
    items: {
      type: 'object',
      properties: {
        op: { type: 'string', enum: ['add', 'remove', 'replace', 'move', 'copy', 'test'] },
        path: { type: 'string' },
        from: { type: 'string' },
        value: {},
      },
      required: ['op', 'path'],
    },
  };
  out['LCS.Csv'] = {
    type: 'string',
    description:
      'CSV (RFC 4180, CRLF) with a header row: one row per resource (a single resource is one row); ' +
      "columns are the contract's properties, nested objects as dotted columns (`OrganizationUnit.Id`), arrays " +
      'as JSON text, null as an empty cell.',
  };
  return out;
}

const DATE_NOTE = 'A date (yyyy-MM-dd) or a date-time; a date-time without offset is UTC.';

/** OpenAPI parameter of a contract parameter, with what the facade does with it (query.ts). */
function parameter(
  r: RouteEntry,
  p: RouteParam,
  contractParam: ContractParameter | undefined,
  limits: RouteTable['limits'],
): Json {
  const schema: Json = { type: p.type };
  if (p.format) schema.format = p.format;
  if (p.enum) schema.enum = p.enum;
  const notes: string[] = p.description ? [p.description] : [];
  const extra: Json = {};
  if (p.type === 'array') {
    schema.items = {
      type: contractParam?.items?.type ?? 'string',
      ...(contractParam?.items?.format ? { format: contractParam.items.format } : {}),
    };
    Object.assign(extra, { style: 'form', explode: false });
  }
  const target: ParamTarget | undefined = r.targets[p.name];
  const max = r.maxLimit ?? limits.max;
  const typed = () => {
    if (p.type === 'integer') Object.assign(schema, { minimum: 0, maximum: 2147483647 });
    else if (p.type === 'boolean') notes.push('`true`/`false` (or `1`/`0`).');
    else if (p.format === 'date-time') notes.push(DATE_NOTE);
  };
  if (p.in === 'path') {
    // passed to the operation as the id
  } else if (p.name === 'q') {
    const fields = Object.entries(r.searchable).map(([f, s]) => `\`${f}\`${s.day ? ' (yyyy-MM-dd)' : ''}`);
    notes.push(
      `${Q_GRAMMAR} ${fields.length ? `Searchable here: ${fields.join(', ')}.` : 'Nothing is searchable here.'}`,
    );
  } else if (!target || target.to === 'ignore') {
    notes.push(`Accepted and ignored by this facade${target?.to === 'ignore' ? `: ${target.why}` : ''}.`);
  } else if (target.to === 'first') {
    Object.assign(schema, { minimum: 1, maximum: max, default: Math.min(limits.default, max) });
    notes.push(`At most ${max}; ${Math.min(limits.default, max)} when not given.`);
  } else if (target.to === 'offset') {
    Object.assign(schema, { minimum: 0, maximum: 1_000_000 });
    notes.push('For large reads prefer the `after` cursor of the `Link: rel="next"` header.');
  } else if (target.to === 'modifiedAfter' || target.to === 'modifiedBefore') {
    notes.push(DATE_NOTE);
    if (target.to === 'modifiedAfter' && target.maxAgeDays) notes.push(`At most ${target.maxAgeDays} days back.`);
  } else if (target.to === 'cursorTime') {
    notes.push(`${DATE_NOTE} Resumes after this time (and \`${target.idParam}\`, when given).`);
  } else if (target.to === 'ids') {
    notes.push('Comma-separated ids.');
  } else if (target.to === 'after') {
    notes.push('Keyset cursor: the `after` value of the previous page\'s `Link: rel="next"` URL.');
  } else if (target.to === 'includeDeleted') {
    notes.push('`true`/`false` (or `1`/`0`).');
  } else {
    typed();
  }
  return {
    name: p.name,
    in: p.in,
    ...(p.in === 'path' ? { required: true } : {}),
    description: notes.join(' '),
    schema,
    ...extra,
  };
}

const unixSeconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/** The OpenAPI 3.1 document of the facade serving `table`. */
export function buildOpenApi(table: RouteTable, sources: OpenApiSources = {}): Json {
  const c = contract();
  const info = (c as unknown as { info: { title: string; version: string } }).info;
  const m = loadManifest();
  const apiSchemaSdl = sources.apiSchemaSdl ?? readFileSync(join(ROOT, 'schema/api-schema.graphql'), 'utf8');
  const documents = new Map(
    sources.operations?.map((o) => [o.id, o.document] as const) ??
      Object.entries(
        JSON.parse(readFileSync(join(ROOT, 'schema/persisted-operations.json'), 'utf8')) as Record<string, string>,
      ),
  );
  const stats = observe(table, buildASTSchema(parse(apiSchemaSdl)), documents);
  const base = table.basePath;
  const tagOf = (article: string) => `${article} ${m.packages[article]?.name ?? ''}`.trim();

  const paths: Json = {};
  const used = new Set<string>();
  const operationIds = new Set<string>();
  for (const r of table.routes) {
    const op = contractOperation(r.path, r.method) ?? {};
    const contractParams = new Map((op.parameters ?? []).map((p) => [`${p.in} ${p.name}`, p]));
    const articles = Object.keys(r.packages);
    articles.forEach((a) => used.add(a));
    let operationId: string = op.operationId ?? operationName(r.path);
    while (operationIds.has(operationId)) operationId += '_';
    operationIds.add(operationId);

    const gone = r.kind === 'gone';
    const params = r.params
      .filter((p) => !gone || p.in === 'path')
      .map((p) => parameter(r, p, contractParams.get(`${p.in} ${p.name}`), table.limits));
    if (r.kind === 'list' && !r.params.some((p) => p.name === 'after')) {
      params.push({
        name: 'after',
        in: 'query',
        description:
          'Keyset cursor (LCS extension): the `after` value of the previous page\'s `Link: rel="next"` URL. ' +
          'Pages stay stable while rows are written, unlike `offset`; combine with the same other parameters.',
        schema: { type: 'string' },
      });
    }
    params.push({ $ref: '#/components/parameters/domain' });

    const responses: Json = {};
    const ref = (status: number) => (responses[status] = { $ref: `#/components/responses/${PROBLEMS[status]!.name}` });
    let requestBody: Json | undefined;
    if (r.kind === 'write') {
      const w = r.write!;
      params.push({ $ref: '#/components/parameters/IdempotencyKey' });
      if (r.method === 'PUT' || r.method === 'PATCH' || r.method === 'DELETE')
        params.push({ $ref: '#/components/parameters/IfMatch' });
      if (w.body) {
        const schema =
          w.body === 'json-patch' ? { $ref: '#/components/schemas/LCS.JsonPatch' } : schemaRef(definitionName(w.body));
        if (w.body !== 'json-patch') written(stats, definitionName(w.body));
        requestBody = {
          required: true,
          content: Object.fromEntries(
            (w.body === 'json-patch'
              ? ['application/json-patch+json', 'application/json']
              : ['application/json', 'text/json', 'application/xml', 'text/xml']
            ).map((t) => [t, { schema }]),
          ),
        };
      }
      const headers: Json = {
        ETag: { $ref: '#/components/headers/ETag' },
        'Idempotent-Replayed': {
          description: '`true` when this is the stored response of an earlier request with the same Idempotency-Key.',
          schema: { type: 'string' },
        },
      };
      if (w.status === 204) responses[204] = { description: 'Done.', headers };
      else {
        const op200 = op.responses?.['200']?.schema ?? {};
        if (r.definition) written(stats, definitionName(r.definition));
        const body = r.definition
          ? w.array
            ? { type: 'array', items: schemaRef(definitionName(r.definition)) }
            : schemaRef(definitionName(r.definition))
          : convert(op200, false, false);
        const types = r.definition ? [...mediaTypes('json'), ...mediaTypes('xml')] : ['application/json'];
        responses[200] = {
          description: 'Done: the result.',
          headers,
          content: Object.fromEntries(types.map((t) => [t, { schema: body }])),
        };
      }
      for (const status of [400, 404, 409, 412, 422]) ref(status);
    } else if (gone) {
      ref(410);
    } else {
      const single = r.kind === 'byId' || r.kind === 'one' || r.kind === 'modified' || r.kind === 'group';
      const def = definitionName(r.definition!);
      const own = definitionElement(def);
      const item = listItemElement(def);
      const body: Json = single
        ? schemaRef(def)
        : {
            type: 'array',
            items: { ...schemaRef(def), ...(item !== own ? { xml: { name: item } } : {}) },
            xml: { name: `ArrayOf${item}`, wrapped: true },
          };
      const headers: Json = {};
      const links: string[] = [];
      if (r.kind === 'list')
        links.push(
          '`<…?after=…>; rel="next"` when there is a next page (the same query with `after`, without `key` and ' +
            '`offset`)',
        );
      if (r.deprecated) {
        links.push(`\`<${base}${r.deprecated.successor}>; rel="successor-version"\``);
        headers.Deprecation = {
          description: `Deprecated since ${r.deprecated.since} (RFC 9745).`,
          schema: { type: 'string', examples: [`@${unixSeconds(r.deprecated.since)}`] },
        };
        headers.Sunset = {
          description: `Removed after ${r.deprecated.sunset} (RFC 8594).`,
          schema: { type: 'string', examples: [new Date(r.deprecated.sunset).toUTCString()] },
        };
      }
      if (links.length)
        headers.Link = { description: `Web links (RFC 8288): ${links.join('; ')}.`, schema: { type: 'string' } };
      if (single) headers.ETag = { $ref: '#/components/headers/ETag' };
      responses[200] = {
        description:
          r.kind === 'modified'
            ? 'The changes: the live resources and the ids of the deleted ones.'
            : single
              ? 'The resource.'
              : 'The resources (possibly none).',
        ...(Object.keys(headers).length ? { headers } : {}),
        content: {
          ...Object.fromEntries([...mediaTypes('json'), ...mediaTypes('xml')].map((t) => [t, { schema: body }])),
          ...Object.fromEntries(
            mediaTypes('csv').map((t) => [t, { schema: { $ref: '#/components/schemas/LCS.Csv' } }]),
          ),
        },
      };
      if (single)
        responses[304] = {
          description: 'Not modified: `If-None-Match` matches the current `ETag`.',
          headers: { ETag: { $ref: '#/components/headers/ETag' } },
        };
      ref(400);
    }
    ref(401);
    ref(403);
    if (r.kind === 'byId' || r.kind === 'one' || r.kind === 'children') ref(404);
    if (!gone) ref(406);
    ref(429);
    ref(500);

    const notes: string[] = [];
    if (op.description) notes.push(op.description);
    if (gone) notes.push(`**Removed** on ${r.gone!.since}: answers 410 Gone. Use \`${r.gone!.successor}\`.`);
    if (r.deprecated)
      notes.push(
        `**Deprecated** since ${r.deprecated.since}, sunset ${r.deprecated.sunset}: use \`${r.deprecated.successor}\`.`,
      );
    notes.push(`Licensed packages: ${articles.map(tagOf).join(', ')}.`);
    const methods = (paths[r.path] ??= {}) as Json;
    methods[r.method.toLowerCase()] = {
      tags: articles.map(tagOf),
      summary: op.summary ?? `${r.method} ${r.path}`,
      description: notes.join('\n\n'),
      operationId,
      ...(gone || r.deprecated ? { deprecated: true } : {}),
      parameters: params,
      ...(requestBody ? { requestBody } : {}),
      responses,
      'x-packages': articles.map((a) => ({
        package: a,
        name: m.packages[a]?.name,
        ...(gone ? {} : { operation: r.packages[a]!.operation }),
      })),
    };
  }

  const problemResponses = Object.fromEntries(
    Object.entries(PROBLEMS).map(([status, p]) => [
      p.name,
      {
        description: `${status}: ${p.description}`,
        ...(p.headers ? { headers: p.headers } : {}),
        content: { [PROBLEM]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } },
      },
    ]),
  );

  const offered = OFFERS.map((o) => `\`${o.contentType.split(';')[0]}\``).join(', ');
  return {
    openapi: '3.1.0',
    info: {
      title: `${info.title} — LCS REST facade`,
      version: info.version,
      description: [
        `The published Lifecare contract (*${info.title}*), served under \`${base}\` by running persisted ` +
          `GraphQL operations. Generated from \`schema/packages.yaml\` by \`pnpm generate\`; do not edit.`,
        '**Authentication.** Every call needs the API key of a receiving system, in the `X-Api-Key` header ' +
          "(the contract's `key` query parameter is accepted for compatibility), and its client certificate " +
          "(mutual TLS). The key's licensed package decides the routes (tags and `x-packages`); `domain`, when " +
          "given, must be the key's tenant.",
        `**Representations.** \`Accept\` chooses among ${offered} (JSON when absent); nothing acceptable ` +
          'answers 406. XML is written as the published ASP.NET service writes it (lists as `ArrayOf…`, null as ' +
          'an empty element with `i:nil="true"`). Single resources carry a strong `ETag` (`If-None-Match` → ' +
          '304). Bodies are compressed when `Accept-Encoding` allows (br, gzip). Errors are ' +
          '`application/problem+json` (RFC 9457).',
        `**Paging and deltas.** Lists take \`limit\` (default ${table.limits.default}, at most ` +
          `${table.limits.max} unless a route says less) and \`offset\`, or the keyset cursor \`after\` from the ` +
          `\`Link: rel="next"\` header; \`gt\`/\`lt\` read what changed in a time window.`,
        '**Lifecycle.** Deprecated routes answer with `Deprecation`, `Sunset` and `Link: ' +
          'rel="successor-version"` headers; removed routes answer 410 Gone naming their successor. A path ' +
          'called with a method it does not serve answers 405 with `Allow`.',
      ].join('\n\n'),
    },
    servers: [{ url: base, description: 'This facade' }],
    security: [
      { ApiKey: [], ClientCertificate: [] },
      { ApiKeyQuery: [], ClientCertificate: [] },
    ],
    tags: Object.entries(m.packages)
      .filter(([a]) => used.has(a))
      .map(([a, p]) => ({
        name: tagOf(a),
        description:
          `Package ${a}: ${p.english}. Scope: ` +
          `${p.scope}${p.deidentified ? '; de-identified (no personal data)' : ''}.`,
      })),
    paths: { ...paths, ...biPaths(table) },
    components: {
      schemas: { ...components(stats), ...biSchemas() },
      headers: {
        ETag: {
          description:
            'Strong validator of the representation sent (per media type and coding); send it back in `If-None-Match`.',
          schema: { type: 'string' },
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          description:
            'Makes a retry safe (IETF httpapi idempotency-key draft): the same key with the same request ' +
            'replays the first response (`Idempotent-Replayed: true`); with another request 422; while the ' +
            'first is still running 409. Keys are per tenant and receiving system, kept 24 hours.',
          schema: { type: 'string', maxLength: 255 },
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          description:
            'The `ETag` the resource must still have (from a read or an earlier write); otherwise 412 and ' +
            'nothing is changed.',
          schema: { type: 'string' },
        },
        domain: {
          name: 'domain',
          in: 'query',
          description:
            'The domain (tenant) ID of the contract. Optional here: the API key names the tenant; when given ' +
            'it must be that tenant (403 otherwise).',
          schema: { type: 'string' },
        },
      },
      responses: problemResponses,
      securitySchemes: {
        ApiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: "The receiving system's API key." },
        ApiKeyQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'key',
          description:
            "The API key as the contract's `key` query parameter: accepted for compatibility; prefer the " +
            'header (URLs end up in logs).',
        },
        ClientCertificate: {
          type: 'mutualTLS',
          description: "The receiving system's client certificate, issued for the tenant.",
        },
      },
    },
  };
}

/** rest-facade/openapi.json as a generated artefact. */
export function openApiArtefact(table: RouteTable, sources: OpenApiSources = {}): Artefact {
  return { file: OPENAPI_FILE, content: JSON.stringify(buildOpenApi(table, sources), null, 2) + '\n' };
}
