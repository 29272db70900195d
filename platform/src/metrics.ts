/**
 * The platform's Prometheus metrics (prom-client): one registry per process (the all-in-one
 * shares it between facade, gateway and subgraphs), served on the admin listener (admin.ts),
 * never on a port partners reach.
 *
 * Labels are of bounded cardinality only: route templates, package articles, operation names
 * (bounded, see `BoundedLabel`), subgraph names, status classes, and the tenant — tenants are few
 * (≤ a few hundred municipalities), so the tenant is a label on counters and on one latency
 * histogram of its own, not multiplied into the per-route histograms. Never a person, a key, a
 * client id or a row id.
 *
 * Everything that records takes `Metrics | undefined`: with metrics off (LCS_METRICS=0, used to
 * measure their cost in `pnpm bench`) nothing is recorded at all.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Latency buckets (seconds): 2 ms … 10 s, enough to place p50/p99 of REST pages and SQL statements. */
export const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx';
export const statusClass = (status: number): StatusClass =>
  status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : '2xx';

/**
 * A label whose values come from callers (e.g. GraphQL operation names staff choose): the first
 * `max` distinct values are kept, later ones become "other"; characters outside [A-Za-z0-9_] are
 * dropped. Keeps a caller from exploding the series count.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();
  constructor(
    private readonly max = 200,
    private readonly none = 'anonymous',
  ) {}
  of(value: string | null | undefined): string {
    if (!value) return this.none;
    const v = value.replace(/[^A-Za-z0-9_]/g, '').slice(0, 64) || this.none;
    if (this.seen.has(v)) return v;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(v);
    return v;
  }
}

export interface MetricsOptions {
  /** Node's process metrics too: event-loop lag, heap, GC, CPU, handles (default true). */
  processMetrics?: boolean;
  /** Registry to register into (default: a new one). */
  registry?: Registry;
}

export type SqlOperation = 'select' | 'insert' | 'update' | 'delete' | 'transaction' | 'other';

/** The first keyword of a statement, as a bounded label. */
export function sqlOperation(statement: string): SqlOperation {
  const m = /^\s*(\w+)/.exec(statement);
  switch (m?.[1]?.toLowerCase()) {
    case 'select':
    case 'with':
      return 'select';
    case 'insert':
      return 'insert';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    case 'begin':
    case 'commit':
    case 'rollback':
    case 'savepoint':
    case 'release':
      return 'transaction';
    default:
      return 'other';
  }
}

export class Metrics {
  readonly registry: Registry;
  readonly operationName = new BoundedLabel();

  /** Every HTTP request any listener of the process served (facade, gateway, subgraph). */
  readonly httpRequests: Counter<'part' | 'status_class'>;
  readonly httpDuration: Histogram<'part'>;
  /** REST facade: per contract route (template), licensed package, tenant and status class. */
  readonly facadeRequests: Counter<'route' | 'package' | 'tenant' | 'status_class'>;
  readonly facadeDuration: Histogram<'route' | 'package' | 'status_class'>;
  readonly facadeRows: Counter<'route' | 'package' | 'tenant'>;
  /** Latency per tenant (facade and GraphQL): one slow tenant shows here. */
  readonly tenantDuration: Histogram<'tenant' | 'part'>;
  /** GraphQL operations at the gateway (HTTP and the facade's in-process calls). */
  readonly graphqlOperations: Counter<'operation' | 'outcome' | 'tenant'>;
  readonly graphqlDuration: Histogram<'operation' | 'outcome'>;
  /** The gateway's fetches from subgraphs (in process or over HTTP). */
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  readonly subgraphFetchErrors: Counter<'subgraph' | 'reason'>;
  readonly sqlStatements: Counter<'operation' | 'outcome'>;
  readonly sqlDuration: Histogram<'operation'>;
  readonly dbPoolInUse: Gauge;
  readonly dbPoolWaiting: Gauge;
  readonly dbPoolSize: Gauge;
  readonly fairShareAdmissions: Counter<'tenant'>;
  readonly fairShareRefusals: Counter<'tenant' | 'reason'>;
  readonly fairShareInFlight: Gauge<'tenant'>;
  readonly auditInserts: Counter<'subgraph' | 'outcome'>;
  readonly auditRecords: Counter<'subgraph'>;
  /** The facade's certificate revocation list: when it was loaded and when its issuer promises the next. */
  readonly crlLoaded: Gauge;
  readonly crlNextUpdate: Gauge;
  /** Readiness of each dependency as /readyz last saw it (1 ready, 0 not), and whether the process drains. */
  readonly readinessUp: Gauge<'check'>;
  readonly draining: Gauge;
  /**
   * The resident register's freshness per tenant (issue 17), read from the database at each scrape
   * (watchResidentRegister).
   */
  readonly residentRegisterAge: Gauge<'tenant'>;
  readonly residentRegisterStale: Gauge<'tenant'>;
  private residentRegister?: () => Promise<{ tenant: string; ageSeconds: number | null; stale: boolean }[]>;
  private residentRegisterRead?: { at: number; done: Promise<void> };

  constructor(o: MetricsOptions = {}) {
    const r = (this.registry = o.registry ?? new Registry());
    const registers = [r];
    this.httpRequests = new Counter({
      name: 'lcs_http_requests_total',
      help: 'HTTP requests served, by process part and status class',
      labelNames: ['part', 'status_class'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'lcs_http_request_duration_seconds',
      help: 'HTTP request duration by process part',
      labelNames: ['part'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.facadeRequests = new Counter({
      name: 'lcs_facade_requests_total',
      help: 'REST facade requests by contract route, package, tenant and status class',
      labelNames: ['route', 'package', 'tenant', 'status_class'],
      registers,
    });
    this.facadeDuration = new Histogram({
      name: 'lcs_facade_request_duration_seconds',
      help: 'REST facade request duration by contract route, package and status class',
      labelNames: ['route', 'package', 'status_class'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.facadeRows = new Counter({
      name: 'lcs_facade_rows_total',
      help: 'Rows (items) the REST facade returned, by route, package and tenant',
      labelNames: ['route', 'package', 'tenant'],
      registers,
    });
    this.tenantDuration = new Histogram({
      name: 'lcs_tenant_request_duration_seconds',
      help: 'Request duration per tenant (REST facade and GraphQL)',
      labelNames: ['tenant', 'part'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.graphqlOperations = new Counter({
      name: 'lcs_graphql_operations_total',
      help: 'GraphQL operations at the gateway by operation name, outcome and tenant',
      labelNames: ['operation', 'outcome', 'tenant'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'lcs_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration at the gateway',
      labelNames: ['operation', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphFetchDuration = new Histogram({
      name: 'lcs_subgraph_fetch_duration_seconds',
      help: 'Gateway fetches from subgraphs: duration by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.subgraphFetchErrors = new Counter({
      name: 'lcs_subgraph_fetch_errors_total',
      help: 'Gateway fetches from subgraphs that failed (unreachable, or answered errors only)',
      labelNames: ['subgraph', 'reason'],
      registers,
    });
    this.sqlStatements = new Counter({
      name: 'lcs_sql_statements_total',
      help: 'SQL statements run by operation and outcome',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.sqlDuration = new Histogram({
      name: 'lcs_sql_statement_duration_seconds',
      help: 'SQL statement duration by operation',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.dbPoolInUse = new Gauge({
      name: 'lcs_db_pool_in_use',
      help: 'Database connections held by a transaction now',
      registers,
    });
    this.dbPoolWaiting = new Gauge({
      name: 'lcs_db_pool_waiting',
      help: 'Transactions waiting for a database connection now',
      registers,
    });
    this.dbPoolSize = new Gauge({
      name: 'lcs_db_pool_size',
      help: 'Database connections the pool may open (1 for the embedded PGlite)',
      registers,
    });
    this.fairShareAdmissions = new Counter({
      name: 'lcs_fair_share_admissions_total',
      help: 'Facade requests admitted by fair share, per tenant',
      labelNames: ['tenant'],
      registers,
    });
    this.fairShareRefusals = new Counter({
      name: 'lcs_fair_share_refusals_total',
      help: 'Facade requests refused with 429 by fair share, per tenant and reason (rate, rows, concurrency)',
      labelNames: ['tenant', 'reason'],
      registers,
    });
    this.fairShareInFlight = new Gauge({
      name: 'lcs_fair_share_in_flight',
      help: 'Facade requests of a tenant in flight now',
      labelNames: ['tenant'],
      registers,
    });
    this.auditInserts = new Counter({
      name: 'lcs_audit_inserts_total',
      help: 'Audit log inserts (one per subgraph request with records) by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'],
      registers,
    });
    this.auditRecords = new Counter({
      name: 'lcs_audit_records_total',
      help: 'Audit log records written, by subgraph',
      labelNames: ['subgraph'],
      registers,
    });
    this.crlLoaded = new Gauge({
      name: 'lcs_facade_crl_loaded_timestamp_seconds',
      help: 'When the facade last loaded its certificate revocation list (Unix time)',
      registers,
    });
    this.crlNextUpdate = new Gauge({
      name: 'lcs_facade_crl_next_update_timestamp_seconds',
      help: 'The nextUpdate of the loaded certificate revocation list (Unix time): stale after it',
      registers,
    });
    // one read per scrape serves both gauges
    const refresh = () => {
      const now = Date.now();
      if (!this.residentRegisterRead || now - this.residentRegisterRead.at > 1000)
        this.residentRegisterRead = { at: now, done: this.readResidentRegister() };
      return this.residentRegisterRead.done;
    };
    this.residentRegisterAge = new Gauge({
      name: 'lcs_resident_register_last_batch_age_seconds',
      help: 'Age of the last resident-register (KIR) notification batch per tenant',
      labelNames: ['tenant'],
      registers,
      collect: refresh,
    });
    this.residentRegisterStale = new Gauge({
      name: 'lcs_resident_register_stale',
      help: '1 when a tenant has had no resident-register (KIR) batch for more than 7 days (or never)',
      labelNames: ['tenant'],
      registers,
      collect: refresh,
    });
    this.readinessUp = new Gauge({
      name: 'lcs_readiness_check_up',
      help: 'Readiness of each dependency as /readyz last checked it (1 ready, 0 not)',
      labelNames: ['check'],
      registers,
    });
    this.draining = new Gauge({
      name: 'lcs_draining',
      help: '1 while the process drains for shutdown (not ready)',
      registers,
    });
    if (o.processMetrics !== false) collectDefaultMetrics({ register: r, prefix: 'lcs_' });
  }

  /** Where the resident register's freshness is read from (the all-in-one: the platform's table). */
  watchResidentRegister(source: () => Promise<{ tenant: string; ageSeconds: number | null; stale: boolean }[]>): void {
    this.residentRegister = source;
  }

  private async readResidentRegister(): Promise<void> {
    if (!this.residentRegister) return;
    const ages = await this.residentRegister().catch(() => undefined);
    if (!ages) return; // the database is down: readiness says so; keep the last values
    this.residentRegisterAge.reset();
    this.residentRegisterStale.reset();
    for (const a of ages) {
      if (a.ageSeconds !== null) this.residentRegisterAge.set({ tenant: a.tenant }, a.ageSeconds);
      this.residentRegisterStale.set({ tenant: a.tenant }, a.stale ? 1 : 0);
    }
  }

  /** The exposition (Prometheus text format) and its content type. */
  async scrape(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}

/** Seconds since a process.hrtime.bigint() reading. */
export const secondsSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
