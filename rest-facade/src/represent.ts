/**
 * The representers of read routes, one per route kind: a persisted operation's data (GraphQL,
 * camelCase) → the contract's representation (PascalCase items, or JSON written straight from the
 * GraphQL items), or NOT_FOUND for an absent resource. Routes are compiled once: their item
 * mappers are built at start-up, not per request.
 */
import type { ServerResponse } from 'node:http';
import { PlatformError, contract, definitionName, jsonTextString, refName, type JsonText } from '@lcs/platform';
import type { RouteEntry, RouteKind } from './manifest.ts';
import { jsonFor, mapperFor, type JsonWriter, type Mapper } from './contract-json.ts';
import type { Representation } from './respond.ts';

/** A GraphQL object as the operations return it. */
export type Node = Record<string, unknown>;

/** A route of the table ready to serve: its entry and the mappers of its items. */
export interface CompiledRoute {
  entry: RouteEntry;
  map?: Mapper;
  /** The item's contract JSON straight from the GraphQL item (list routes' JSON answers). */
  json?: JsonWriter;
}

/** What a representer knows of the request besides the operation's data. */
export interface ReadContext {
  route: CompiledRoute;
  params: Record<string, string>;
  /** The path under the base path, as requested. */
  path: string;
  url: URL;
  base: string;
  res: ServerResponse;
}

export type ReadKind = Exclude<RouteKind, 'write' | 'gone'>;

/** An operation's data as the route's representation (throws NOT_FOUND for an absent resource). */
export type Representer = (data: Node, at: ReadContext) => Representation;

function itemsDefinition(def: string, prop: string): string {
  const p = contract().definitions[definitionName(def)]!.properties![prop]!;
  return refName((p.items ?? p).$ref!);
}

export function compileRoute(entry: RouteEntry): CompiledRoute {
  const g = entry.group;
  const itemDefinition = entry.modified?.definition ?? (g ? itemsDefinition(g.definition, g.items) : entry.definition);
  if (entry.flatten && entry.definition) {
    // the related object is the item, with the entity itself nested under `as`
    const { through, as } = entry.flatten;
    const key = as.charAt(0).toLowerCase() + as.slice(1);
    const inner = mapperFor(entry.definition);
    const map: Mapper = (node) => {
      const n = node as Node;
      return inner({ ...((n[through] as Node | undefined) ?? {}), [key]: n });
    };
    return { entry, map };
  }
  return {
    entry,
    map: itemDefinition ? mapperFor(itemDefinition) : undefined,
    json: itemDefinition ? jsonFor(itemDefinition) : undefined,
  };
}

/**
 * A list whose contract objects (`body`) are made only if a format needs them (JSON is written
 * straight from `json`). A class, not an object literal with a getter: every literal with its own
 * getter closure gets a hidden class of its own, which V8 keeps in the old generation until a full
 * collection, and which kept each page's items alive through the young collections (each page's
 * bytes promoted: a full collection every ~3.5 s under load; README § Benchmarks, 7 December, before noon).
 */
class ListRepresentation implements Representation {
  readonly single = false;
  #body: unknown[] | undefined;
  constructor(
    readonly definition: string,
    private readonly items: readonly unknown[],
    private readonly toBody: (item: unknown) => unknown,
    readonly json?: Representation['json'],
  ) {}
  get body(): unknown[] {
    return (this.#body ??= this.items.map((item) => this.toBody(item)));
  }
}

/** A list of GraphQL items: mapped to contract objects only if a format needs them (JSON is written straight). */
function listOf(route: CompiledRoute, nodes: readonly unknown[]): Representation {
  const json = route.json ? { nodes, write: route.json } : undefined;
  return new ListRepresentation(route.entry.definition!, nodes, route.map!, json);
}

const asArray = (v: unknown) => (v ?? []) as unknown[];

/** Groups mapped rows by a related object (see PathSpec.group). */
function grouped(g: NonNullable<RouteEntry['group']>, nodes: readonly Node[], map: Mapper): Node {
  const groups = new Map<string, { group: Node; items: Node[] }>();
  const max: Record<string, number> = {};
  for (const node of nodes) {
    const by = (node[g.by] ?? {}) as Node;
    const key = String(by.id ?? '');
    let entry = groups.get(key);
    if (!entry) {
      const group = Object.fromEntries(Object.entries(g.fields).map(([prop, field]) => [prop, by[field] ?? null]));
      entry = { group, items: [] };
      group[g.items] = entry.items;
      groups.set(key, entry);
    }
    const item = map(node) as Node;
    const same = g.mergeBy ? entry.items.find((x) => x[g.mergeBy!] === item[g.mergeBy!]) : undefined;
    if (same) for (const c of g.concat ?? []) same[c] = [...new Set([...asArray(same[c]), ...asArray(item[c])])];
    else entry.items.push(item);
    for (const [prop, of] of Object.entries(g.max ?? {})) {
      const v = item[of];
      if (typeof v === 'number') max[prop] = Math.max(max[prop] ?? 0, v);
    }
  }
  return {
    ...Object.fromEntries(Object.keys(g.max ?? {}).map((p) => [p, max[p] ?? null])),
    [g.into]: [...groups.values()].map((e) => e.group),
  };
}

/**
 * Items the database wrote as the contract's JSON (the route's `json` operation: platform
 * contract-sql.ts): sent as they are; their mapped body, for other formats, is their parsed text.
 */
const written: JsonWriter = Object.assign((text: unknown) => jsonTextString(text as JsonText), {
  texts: true as const,
});

/** A written item's contract object (for formats other than JSON). */
const parseWritten = (t: unknown): unknown => JSON.parse(jsonTextString(t as JsonText));

function writtenList(route: CompiledRoute, texts: readonly JsonText[]): Representation {
  return new ListRepresentation(route.entry.definition!, texts, parseWritten, { nodes: texts, write: written });
}

/** A list page: `page { nodes pageInfo }`, or `page { contractJson pageInfo }`. */
interface Page {
  nodes: Node[];
  contractJson?: JsonText[] | null;
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
}
const pageOf = (data: Node) => data.page as Page;

/** An item the operation found, unless it is a deleted row of an entity with versions. */
const live = (item: Node | null | undefined): item is Node => !!item && !(item.etag && item.deleted);

const notFound = (what: string) => new PlatformError('NOT_FOUND', `${what} not found`);

/** A list; the next page's link (keyset cursor) when there is one. */
const list: Representer = (data, { route, url, base, path, res }) => {
  const page = pageOf(data);
  const rep = page.contractJson ? writtenList(route, page.contractJson) : listOf(route, page.nodes);
  if (page.pageInfo?.hasNextPage && page.pageInfo.endCursor) {
    const next = new URLSearchParams(url.searchParams);
    next.delete('key'); // never echo a credential
    next.delete('offset');
    next.set('after', page.pageInfo.endCursor);
    res.setHeader('link', [res.getHeader('link'), `<${base}${path}?${next}>; rel="next"`].filter(Boolean).join(', '));
  }
  return rep;
};

/** One resource by its id: `item`. */
const byId: Representer = (data, { route, params }) => {
  const item = data.item as Node | null | undefined;
  if (!live(item)) throw notFound(route.entry.path.replace(/\{\w+\}/, Object.values(params)[0]!));
  return { body: route.map!(item), definition: route.entry.definition!, single: true, version: item.etag as string };
};

/** One resource found by its parameters: the page's first item. */
const one: Representer = (data, { route, path }) => {
  const item = pageOf(data).nodes[0];
  if (!live(item)) throw notFound(path);
  return { body: route.map!(item), definition: route.entry.definition!, single: true, version: item.etag as string };
};

/** The items of a parent named by a path parameter: `parent { items }`. */
const children: Representer = (data, { route, params }) => {
  const parent = data.parent as { items: Node[] } | null | undefined;
  if (!parent) throw notFound(String(Object.values(params)[0]));
  return listOf(route, parent.items);
};

/** A change feed: the live items and the ids of deleted ones. */
const modified: Representer = (data, { route }) => {
  const m = route.entry.modified!;
  const nodes = pageOf(data).nodes as (Node & { id: string; deleted?: boolean })[];
  return {
    body: {
      [m.items]: nodes.filter((n) => !n.deleted).map(route.map!),
      [m.deletedIds]: nodes.filter((n) => n.deleted).map((n) => Number(n.id)),
    },
    definition: route.entry.definition!,
    single: true,
  };
};

/** Rows grouped by a related object. */
const group: Representer = (data, { route }) => ({
  body: grouped(route.entry.group!, pageOf(data).nodes, route.map!),
  definition: route.entry.definition!,
  single: true,
});

/** The representer of each kind of read route. */
export const REPRESENTERS: Record<ReadKind, Representer> = { list, byId, one, children, modified, group };
