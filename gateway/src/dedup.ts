/**
 * In-flight deduplication of subgraph reads: while a subgraph fetch is running, an identical one
 * (same subgraph, document, operation name and variables) **for the same principal** joins it
 * instead of running again. Nothing is kept once the fetch has answered: this is not a cache, it
 * only stops N identical concurrent requests (a dashboard refreshing, a partner retrying, a flood)
 * from doing the same work N times.
 *
 * Safety:
 * - Only reads share: the subgraph document must consist of query operations only, and the
 *   incoming operation must be a query too (the entity fetches that follow a mutation must see
 *   its writes, never a read that started before them).
 * - Never across principals: the key holds the caller's whole identity (tenant, kind, sub, scope,
 *   units, roles, package, key — every claim of the principal except the token's own timing and
 *   addressing claims), so two callers share only if everything that decides what they may see
 *   is the same.
 * - Each joiner gets its own deep copy of the result, made before any caller resumes: the gateway
 *   rewrites and merges into fetched data, so callers must not share objects. (Over HTTP the copy
 *   is parsed from the response's text again, the cheapest way.)
 */
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  AUDIT_RECEIPT,
  AUDIT_RECEIPT_HEADER,
  principalIdentity,
  type AuditReceipt,
  type Principal,
} from '@lcs/platform';

type Response = Awaited<ReturnType<GraphQLDataSource['process']>>;

const readOnlyDocs = new WeakMap<DocumentNode, boolean>();
const readOnlyTexts = new Map<string, boolean>();
/** Bound of the per-text cache (fetch documents come from cached query plans, so they repeat). */
const MAX_TEXTS = 2000;

function onlyQueries(doc: DocumentNode): boolean {
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return ops.length > 0 && ops.every((d) => d.operation === OperationTypeNode.QUERY);
}

/**
 * Whether every operation of a fetch's document is a query: from its parsed form when the planner
 * exposes it, else parsed once per document text (an unparsable one is never shared).
 */
export function queriesOnly(query: string, doc?: DocumentNode): boolean {
  if (doc) {
    let q = readOnlyDocs.get(doc);
    if (q === undefined) readOnlyDocs.set(doc, (q = onlyQueries(doc)));
    return q;
  }
  let q = readOnlyTexts.get(query);
  if (q === undefined) {
    try {
      q = onlyQueries(parse(query, { noLocation: true }));
    } catch {
      q = false;
    }
    if (readOnlyTexts.size >= MAX_TEXTS) readOnlyTexts.clear();
    readOnlyTexts.set(query, q);
  }
  return q;
}

/**
 * The JSON text a response was parsed from, when its data source keeps it (TextKeepingRemoteDataSource):
 * parsing it again is the cheapest copy.
 */
export const RESPONSE_TEXT = Symbol('lcs.responseText');

/**
 * A GraphQL response's own copy: its JSON parts anew (results are serialised values by then);
 * anything else (e.g. the HTTP response the remote data source adds) is shared, unchanged.
 */
function copy(r: Response): Response {
  const text = (r as { [RESPONSE_TEXT]?: unknown })[RESPONSE_TEXT];
  if (typeof text === 'string') return { ...r, ...(JSON.parse(text) as Response) };
  const { data, errors, extensions } = r;
  return {
    ...r,
    ...(data !== undefined ? { data: JSON.parse(JSON.stringify(data)) as Response['data'] } : {}),
    ...(errors !== undefined ? { errors: JSON.parse(JSON.stringify(errors)) as Response['errors'] } : {}),
    ...(extensions !== undefined
      ? { extensions: JSON.parse(JSON.stringify(extensions)) as Response['extensions'] }
      : {}),
  };
}

interface Flight {
  /** Callers waiting on it besides the first. */
  joined: number;
  /** Copies for the joiners; `undefined` for one that must run on its own (its audit record could not be made). */
  result: Promise<(Response | undefined)[]>;
}

/**
 * Makes `times` more audit records of the read an answer carries a receipt for (platform audit.ts
 * replicateRead), before the shared answer reaches the extra callers: every delivery of personal
 * data has its own committed record, as if each had run.
 */
export type ReplicateAudit<TContext extends object> = (
  o: GraphQLDataSourceProcessOptions<TContext>,
  receipt: AuditReceipt,
  times: number,
) => Promise<void>;

/** The audit receipt a subgraph answer carries (extension set in process, or header copied by the HTTP source). */
export function receiptOf(r: Response): AuditReceipt | undefined {
  const x = (r.extensions as Record<string, unknown> | undefined)?.[AUDIT_RECEIPT];
  return x && typeof x === 'object' ? (x as AuditReceipt) : undefined;
}

export interface DedupStats {
  /** Fetches run. */
  executed: number;
  /** Fetches that joined one already running. */
  shared: number;
}

/**
 * Wraps a subgraph data source with in-flight deduplication of identical reads by the same
 * principal. `principalOf` finds the caller in the request context (default `context.principal`).
 */
export class DedupDataSource<TContext extends object> implements GraphQLDataSource<TContext> {
  private readonly flights = new Map<string, Flight>();
  readonly stats: DedupStats = { executed: 0, shared: 0 };

  constructor(
    /** The subgraph it fetches from (for diagnostics). */
    readonly subgraph: string,
    private readonly inner: GraphQLDataSource<TContext>,
    private readonly principalOf: (context: TContext) => Principal | undefined = (c) =>
      (c as { principal?: Principal }).principal,
    /** Audit records for shared answers; without it, a joiner of an audited read runs on its own. */
    private readonly replicate?: ReplicateAudit<TContext>,
  ) {}

  /** The flight key, or undefined when the fetch must run on its own. */
  private keyOf(o: GraphQLDataSourceProcessOptions<TContext>): string | undefined {
    // (GraphQLDataSourceRequestKind is not exported by @apollo/gateway's index)
    if ((o.kind as string) !== 'incoming operation' || !('incomingRequestContext' in o)) return undefined;
    // a read held for later delivery records its audit at delivery: it shares with nobody
    if ((o.context as { deferAudit?: unknown }).deferAudit) return undefined;
    const { query, variables, operationName } = o.request;
    if (!query || !queriesOnly(query, o.document)) return undefined;
    const incoming = o.incomingRequestContext.operation;
    if (!incoming || incoming.operation !== OperationTypeNode.QUERY) return undefined;
    const principal = this.principalOf(o.context);
    if (!principal) return undefined;
    return [principalIdentity(principal), operationName ?? '', query, JSON.stringify(variables ?? {})].join('\u0000');
  }

  process(o: GraphQLDataSourceProcessOptions<TContext>): Promise<Response> {
    const key = this.keyOf(o);
    if (key === undefined) {
      this.stats.executed++;
      return this.inner.process(o);
    }
    const running = this.flights.get(key);
    if (running) {
      this.stats.shared++;
      const mine = ++running.joined;
      return running.result.then((copies) => copies[mine] ?? this.inner.process(o));
    }
    this.stats.executed++;
    const flight = { joined: 0 } as Flight;
    this.flights.set(key, flight);
    flight.result = this.fly(key, flight, o);
    return flight.result.then((copies) => copies[0]!);
  }

  private async fly(
    key: string,
    flight: Flight,
    o: GraphQLDataSourceProcessOptions<TContext>,
  ): Promise<(Response | undefined)[]> {
    try {
      const r = await this.inner.process(o);
      // Closed to joiners from here on; everyone's copy is made before anyone resumes.
      this.flights.delete(key);
      const out: (Response | undefined)[] = [r];
      const receipt = receiptOf(r);
      let audited = !receipt || flight.joined === 0;
      if (!audited && this.replicate) {
        try {
          await this.replicate(o, receipt!, flight.joined);
          audited = true;
        } catch {
          audited = false; // no record, no shared copy: each joiner runs (and is audited) on its own
        }
      }
      for (let i = 0; i < flight.joined; i++) out.push(audited ? copy(r) : undefined);
      if (!audited) this.stats.shared -= flight.joined;
      return out;
    } finally {
      this.flights.delete(key);
    }
  }
}

/** The HTTP data source, keeping each JSON response's text for cheap copies (RESPONSE_TEXT). */
export class TextKeepingRemoteDataSource<TContext extends object> extends RemoteGraphQLDataSource<TContext> {
  override async parseBody(
    ...[res, req, context]: Parameters<RemoteGraphQLDataSource<TContext>['parseBody']>
  ): Promise<object | string> {
    const type = res.headers.get('content-type');
    if (!type || !(type.startsWith('application/json') || type.startsWith('application/graphql-response+json')))
      return super.parseBody(res, req, context);
    const text = await res.text();
    const body = JSON.parse(text) as { extensions?: Record<string, unknown> };
    // the subgraph's audit receipt (a header: it is known only after the answer was serialised)
    const receipt = res.headers.get(AUDIT_RECEIPT_HEADER);
    if (receipt && body && typeof body === 'object') {
      try {
        body.extensions = { ...body.extensions, [AUDIT_RECEIPT]: JSON.parse(receipt) };
      } catch {
        /* not ours */
      }
    }
    // (an enumerable symbol: the data source's `{ ...body, http }` keeps it; JSON ignores it)
    if (body && typeof body === 'object') Object.defineProperty(body, RESPONSE_TEXT, { value: text, enumerable: true });
    return body;
  }
}
