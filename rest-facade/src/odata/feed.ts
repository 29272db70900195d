/**
 * An OData v4 feed over the contract's list routes, at {base}/odata/ — what Power BI's and Excel's
 * OData connectors read natively (schema from $metadata, server-driven paging, query folding of
 * filters, incremental refresh on the modification time).
 *
 * Each request is a page of the route's own persisted operation for the caller's package, run as
 * the caller through the same executor as the REST route: same key and client certificate, same
 * licence, field set, scope, fair share and audit. The query options map onto the REST route's
 * parameters and go through the same mapping (query.ts variablesFor):
 *
 *   $filter  on the modification property: ge/gt/le/lt/eq → gt/lt (the kit stores milliseconds,
 *            so `ge t` is exactly `gt t−1ms`); eq on a [Searchable] property → q; joined by `and`
 *   $select  top-level properties          $orderby  only the stable key: modification time, Id
 *   $top     rows in all (across pages)     $skip     → offset
 *   $skiptoken the keyset cursor of @odata.nextLink (never an offset: pages stay consistent)
 *   Prefer: odata.maxpagesize=N (at most the route's largest page)
 *
 * Parsing is @odata/parser's (a maintained OData v4 URL grammar); the mapping is ours. Options it
 * cannot map are refused with 400 naming what is supported, never silently ignored.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultParser } from '@odata/parser';
import { JSON_ARRAY, PlatformError, concatChunks, jsonTextChunks, jsonTextString, type JsonText } from '@lcs/platform';
import type { RouteTable } from '../manifest.ts';
import type { Authenticate, Execute, Extension } from '../server.ts';
import type { FairShare } from '../fair-share.ts';
import { admitRead, identify, meteredOf, principalOf, throwIfFailed } from '../caller.ts';
import { BadRequest, bulkVariables, parseDateTime } from '../query.ts';
import { jsonFor, mapperFor } from '../contract-json.ts';
import { executeWalkedList, type ListPage } from '../execute.ts';
import type { ReadAhead } from '../read-ahead.ts';
import { packageModel, ROW_KEY, type EntitySet } from './model.ts';

export interface ODataFeedOptions {
  routes: RouteTable;
  execute: Execute;
  authenticate: Authenticate;
  fairShare?: FairShare;
  /** Pages read ahead for a caller following @odata.nextLink (read-ahead.ts), as for the REST routes. */
  readAhead?: ReadAhead;
  /** Most rows $count counts (default 250,000): it reads them as a page read does. */
  countLimit?: number;
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const SUPPORTED = new Set(['$filter', '$select', '$orderby', '$top', '$skip', '$skiptoken', '$format', '$count']);

/** A node of @odata/parser's syntax tree (the parts we read). */
interface Token {
  type: string;
  raw: string;
  value: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const COMPARISONS: Record<string, 'eq' | 'ge' | 'gt' | 'le' | 'lt'> = {
  EqualsExpression: 'eq',
  GreaterOrEqualsExpression: 'ge',
  GreaterThanExpression: 'gt',
  LesserOrEqualsExpression: 'le',
  LesserThanExpression: 'lt',
};

/** One parsed system query option (its value as @odata/parser read it). */
function parseOption(name: string, value: string): Token {
  let parsed: Token | undefined;
  try {
    parsed = (defaultParser.query(`${name}=${value}`) as unknown as Token).value.options?.[0];
  } catch {
    parsed = undefined;
  }
  if (!parsed) throw new BadRequest(`${name} could not be parsed: ${JSON.stringify(value)}`, name);
  return parsed;
}

/** The REST route parameters (gt, lt, q) a $filter means. */
function filterParams(set: EntitySet, filter: string): Record<string, string> {
  const tree = parseOption('$filter', filter).value as Token;
  const terms: Token[] = [];
  const walk = (t: Token) => {
    if (t.type === 'AndExpression') {
      walk(t.value.left);
      walk(t.value.right);
    } else if (t.type === 'ParenExpression' || t.type === 'BoolParenExpression') walk(t.value);
    else terms.push(t);
  };
  walk(tree);
  const searchable = Object.keys(set.route.searchable);
  const filterable = [
    set.modifiedBy && `${set.modifiedBy} (eq, ge, gt, le, lt)`,
    searchable.length && `${searchable.join(', ')} (eq)`,
  ]
    .filter(Boolean)
    .join('; ');
  const unsupported = (what: string) =>
    new BadRequest(
      `$filter: ${what} is not supported on ${set.name}; filter with "and" on: ${filterable || 'nothing'}`,
      '$filter',
    );
  let after: number | undefined;
  let before: number | undefined;
  const q: string[] = [];
  for (const t of terms) {
    const op = COMPARISONS[t.type];
    if (!op) throw unsupported(JSON.stringify(t.raw));
    const left = t.value.left as Token;
    const right = t.value.right as Token;
    if (right?.type !== 'Literal' || !/MemberExpression$/.test(left?.type ?? ''))
      throw unsupported(JSON.stringify(t.raw));
    const prop = left.raw;
    const literal = right.raw;
    if (prop === set.modifiedBy) {
      const at = new Date(parseDateTime(literal.replace(/^'(.*)'$/, '$1'), '$filter')).getTime();
      // Milliseconds are what the database keeps: >= t is > t−1ms, <= t is < t+1ms.
      if (op === 'ge' || op === 'eq') after = Math.max(after ?? -Infinity, at - 1);
      if (op === 'gt') after = Math.max(after ?? -Infinity, at);
      if (op === 'le' || op === 'eq') before = Math.min(before ?? Infinity, at + 1);
      if (op === 'lt') before = Math.min(before ?? Infinity, at);
    } else if (set.route.searchable[prop] && op === 'eq') {
      const value = /^'.*'$/.test(literal) ? literal.slice(1, -1).replace(/''/g, "'") : literal;
      q.push(`${prop}='${value.replace(/'/g, "''")}'`);
    } else throw unsupported(`${prop} ${op}`);
  }
  return {
    ...(after !== undefined ? { gt: new Date(after).toISOString() } : {}),
    ...(before !== undefined ? { lt: new Date(before).toISOString() } : {}),
    ...(q.length ? { q: q.join(' and ') } : {}),
  };
}

function selectOf(set: EntitySet, select: string): string[] {
  const items = (parseOption('$select', select).value.items as Token[]).map((i) => i.raw);
  const unknown = items.filter((p) => p !== '*' && !set.properties[p] && p !== set.key);
  if (unknown.length)
    throw new BadRequest(`$select: ${unknown.join(', ')} is not a property of ${set.name}`, '$select');
  return items.includes('*') ? [] : items;
}

function checkOrderBy(set: EntitySet, orderby: string): void {
  const items = parseOption('$orderby', orderby).value.items as Token[];
  // served by modification time, then the row's internal id (the contract's Id where it has one)
  const stable = [set.modifiedBy, set.key === 'Id' ? 'Id' : undefined].filter(Boolean) as string[];
  const names = items.map((i) => i.value.expr.raw as string);
  const ok =
    set.modifiedBy &&
    items.every((i) => i.value.direction === 1) &&
    names.every((n, i) => n === stable[i]) &&
    names[0] === set.modifiedBy;
  if (!ok)
    throw new BadRequest(
      `$orderby: ${set.name} is served in its stable order only` +
        (set.modifiedBy ? `: $orderby=${stable.join(',')}` : ' (by modification time and Id; leave $orderby out)'),
      '$orderby',
    );
}

/**
 * The synthetic keys of a page's rows (entity types without an Id): a digest of each row's
 * contract JSON, so that the same row has the same key in every request; identical rows on the
 * page get an ordinal suffix.
 */
function rowKeys(rows: string[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((json) => {
    const digest = createHash('sha256').update(json).digest('base64url').slice(0, 22);
    const n = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, n);
    return n === 1 ? digest : `${digest}~${n}`;
  });
}

/** What one request reads, and as whom: an entity set through the caller's package, as the caller. */
interface SetRead {
  set: EntitySet;
  pkg: string;
  principal: ReturnType<typeof principalOf>;
  metered: ReturnType<typeof meteredOf>;
}

function count(name: string, raw: string | null, max: number): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > max)
    throw new BadRequest(`${name} must be a whole number from 0 to ${max}`, name);
  return Number(raw);
}

export function createODataFeed(o: ODataFeedOptions) {
  const base = o.routes.basePath;
  const root = `${base}/odata`;
  const countLimit = o.countLimit ?? 250_000;
  const origin = (req: IncomingMessage) => `https://${req.headers.host ?? '127.0.0.1'}`;

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'odata-version': '4.0',
      'cache-control': 'private, no-cache',
    });
    res.end(body);
  };

  /**
   * One page of the route's persisted operation, run as the caller. With `written`, the items as
   * the database writes their contract JSON where it can (`contractJson`), else the GraphQL items.
   */
  async function readPage(
    { set, pkg, principal, metered }: SetRead,
    params: Record<string, string>,
    page: { first: number; after?: string | null; offset?: number },
    written = false,
  ): Promise<ListPage> {
    const variables = bulkVariables(set.route, params, o.routes.limits, page);
    // a caller following @odata.nextLink (Power BI's refresh of a whole set): its pages read ahead
    const { result, operation, follow } = await executeWalkedList(
      o,
      set.route.packages[pkg]!,
      variables,
      principal,
      metered,
      written,
    );
    throwIfFailed(result, operation);
    follow();
    return result.data?.page as ListPage;
  }

  /**
   * The number of rows the filter selects ($count=true, /$count): the route's own operation paged
   * through with its largest pages, as the caller — the graph has no count of its own, so counting
   * reads (and audits) the rows as a page read does. Up to `countLimit` rows; beyond, 400.
   */
  async function countRows(read: SetRead, params: Record<string, string>): Promise<number> {
    const set = read.set;
    const first = set.route.maxLimit ?? o.routes.limits.max;
    let n = 0;
    let after: string | null = null;
    for (;;) {
      const page = await readPage(read, params, { first, after });
      n += page.nodes!.length;
      if (n > countLimit)
        throw new BadRequest(
          `$count: more than ${countLimit} rows match; narrow $filter ` +
            `(e.g. on ${set.modifiedBy ?? 'a searchable property'}) or count with an export job`,
          '$count',
        );
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return n;
      after = page.pageInfo.endCursor;
      await new Promise<void>((resolve) => setImmediate(resolve)); // other requests between pages
    }
  }

  /** Checks the system query options; the REST parameters $filter means. */
  function options(set: EntitySet, p: URLSearchParams): Record<string, string> {
    for (const k of p.keys()) {
      if (k.startsWith('$') && !SUPPORTED.has(k))
        throw new BadRequest(`${k} is not supported by this feed; supported: ${[...SUPPORTED].join(', ')}`, k);
    }
    const format = p.get('$format');
    if (format !== null && !/^json$|^application\/json/.test(format))
      throw new BadRequest('$format: only json is served', '$format');
    return p.get('$filter') ? filterParams(set, p.get('$filter')!) : {};
  }

  /** GET {set}/$count: the number of rows $filter selects, as text ($top, $skip and $orderby do not apply). */
  async function countOnly(res: ServerResponse, url: URL, read: SetRead): Promise<number> {
    const set = read.set;
    const p = url.searchParams;
    const params = options(set, p);
    if (p.get('$orderby')) checkOrderBy(set, p.get('$orderby')!);
    count('$top', p.get('$top'), 2_147_483_647);
    count('$skip', p.get('$skip'), 1_000_000);
    const n = await countRows(read, params);
    send(res, 200, 'text/plain;charset=utf-8', String(n));
    return n;
  }

  async function collection(req: IncomingMessage, res: ServerResponse, url: URL, read: SetRead): Promise<number> {
    const set = read.set;
    const p = url.searchParams;
    const params = options(set, p);
    const withCount = p.get('$count');
    if (withCount !== null && withCount !== 'true' && withCount !== 'false')
      throw new BadRequest('$count must be true or false', '$count');
    const route = set.route;
    const max = route.maxLimit ?? o.routes.limits.max;
    const prefer = /odata\.maxpagesize=(\d+)/.exec(String(req.headers.prefer ?? ''));
    const pageSize = Math.max(1, Math.min(max, prefer ? Number(prefer[1]) : o.routes.limits.default));
    const top = count('$top', p.get('$top'), 2_147_483_647);
    const skip = count('$skip', p.get('$skip'), 1_000_000);
    const select = p.get('$select') ? selectOf(set, p.get('$select')!) : [];
    if (p.get('$orderby')) checkOrderBy(set, p.get('$orderby')!);
    // $skiptoken: the keyset cursor, and with $count=true the count of the first page after a dot
    // (base64url has no dots), so that following @odata.nextLink does not count again.
    const raw = p.get('$skiptoken');
    const token = raw ? /^(.+)\.(\d{1,10})$/.exec(raw) : null;
    const cursor = token ? token[1]! : raw || null;
    let total: number | undefined;
    if (withCount === 'true') total = token ? Number(token[2]) : await countRows(read, params);
    const first = top === undefined ? pageSize : Math.min(pageSize, top);
    let nodes: unknown[] = [];
    /** The items' contract JSON as the database wrote it (no $select), when it could. */
    let texts: JsonText[] | undefined;
    let next: string | null = null;
    if (first > 0) {
      const page = await readPage(read, params, { first, after: cursor, offset: skip }, !select.length).catch(
        (e: unknown) => {
          // the feed's cursor is $skiptoken: a bad one is named so, not by the list's `after`
          throw cursor && e instanceof PlatformError && e.extensions.field === 'after'
            ? new PlatformError(
                'BAD_USER_INPUT',
                '$skiptoken is not a token this feed returned (follow @odata.nextLink)',
                {
                  field: '$skiptoken',
                },
              )
            : e;
        },
      );
      texts = page.contractJson ?? undefined;
      nodes = texts ?? page.nodes!;
      const left = top === undefined ? undefined : top - nodes.length;
      if (page.pageInfo.hasNextPage && page.pageInfo.endCursor && (left === undefined || left > 0)) {
        const n = new URLSearchParams(p);
        for (const k of ['key', '$skiptoken', '$skip', '$top']) n.delete(k); // never echo a credential
        n.set('$skiptoken', `${page.pageInfo.endCursor}${total !== undefined ? `.${total}` : ''}`);
        if (left !== undefined) n.set('$top', String(left));
        next = `${origin(req)}${url.pathname}?${n}`;
      }
    }
    const context = `${origin(req)}${root}/$metadata#${set.name}${select.length ? `(${select.join(',')})` : ''}`;
    const counted = total !== undefined ? `,"@odata.count":${total}` : '';
    const nextLink = next ? `,"@odata.nextLink":${JSON.stringify(next)}` : '';
    if (prefer) res.setHeader('preference-applied', `odata.maxpagesize=${pageSize}`);
    if (texts && set.key !== ROW_KEY) {
      // the texts as the database wrote them, joined as they came (bytes on PostgreSQL: never decoded)
      const value = jsonTextChunks(texts, Infinity, JSON_ARRAY);
      const body = concatChunks([
        `{"@odata.context":${JSON.stringify(context)}${counted},"value":`,
        ...value,
        `${nextLink}}`,
      ]);
      send(res, 200, JSON_TYPE, body);
      return nodes.length;
    }
    const write: (n: unknown) => string = texts ? (t) => jsonTextString(t as JsonText) : jsonFor(set.definition);
    const keys = set.key === ROW_KEY ? rowKeys(nodes.map((n) => write(n))) : undefined;
    let items: string;
    if (select.length) {
      const map = mapperFor(set.definition);
      items = nodes
        .map((n, i) => {
          const full: Record<string, unknown> = { ...(map(n) as Record<string, unknown>) };
          if (keys) full[ROW_KEY] = keys[i];
          return JSON.stringify(Object.fromEntries(select.map((k) => [k, full[k] ?? null])));
        })
        .join(',');
    } else {
      items = nodes
        .map((n, i) => {
          const json = write(n);
          if (!keys) return json;
          return `{"${ROW_KEY}":${JSON.stringify(keys[i])}${json === '{}' ? '' : ','}${json.slice(1)}`;
        })
        .join(',');
    }
    const body = `{"@odata.context":${JSON.stringify(context)}${counted},"value":[${items}]${nextLink}}`;
    send(res, 200, JSON_TYPE, body);
    return nodes.length;
  }

  const handle: Extension = async (req, res, url, route) => {
    if (url.pathname !== root && !url.pathname.startsWith(`${root}/`)) return false;
    route(`${req.method ?? 'GET'} /odata/{path}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      throw new PlatformError('METHOD_NOT_ALLOWED', 'the OData feed is read-only: GET');
    }
    const who = await identify(o.authenticate, o.fairShare, req, url);
    const model = packageModel(o.routes, who.caller.package);
    if (!model.sets.size)
      throw new PlatformError('FORBIDDEN', `package ${who.caller.package} has no list routes the OData feed serves`);
    const rest = decodeURIComponent(url.pathname.slice(root.length).replace(/^\//, ''));
    const counting = rest.endsWith('/$count');
    const name = counting ? rest.slice(0, -'/$count'.length) : rest;
    // logged as the entity set's name (from the contract: a bounded set), never a raw path
    if (rest === '' || rest === '$metadata' || model.sets.has(name)) route(`${req.method ?? 'GET'} /odata/${rest}`);
    const admission = await admitRead(o.fairShare, who);
    try {
      await admission?.turn(); // the answer is sent whole (buffered): the turn ends with the request
      if (rest === '') {
        const doc = {
          '@odata.context': `${origin(req)}${root}/$metadata`,
          value: [...model.sets.values()].map((s) => ({ name: s.name, kind: 'EntitySet', url: s.name })),
        };
        send(res, 200, JSON_TYPE, JSON.stringify(doc));
      } else if (rest === '$metadata') {
        send(res, 200, 'application/xml;charset=utf-8', model.metadata);
      } else {
        const set = model.sets.get(name);
        if (!set)
          throw new PlatformError(
            'NOT_FOUND',
            `no entity set ${name} in this feed; the service document at ${root}/ lists them`,
          );
        const read = {
          set,
          pkg: who.caller.package,
          principal: principalOf(who.caller, req.socket.remoteAddress),
          metered: meteredOf(who.caller),
        };
        const rows = counting ? await countOnly(res, url, read) : await collection(req, res, url, read);
        await o.fairShare?.rows(read.metered, rows);
      }
    } finally {
      admission?.release();
    }
    return true;
  };
  return handle;
}
