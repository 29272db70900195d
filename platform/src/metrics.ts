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
  /** Pages the facade read ahead for callers walking a list, by what became of them (rest-facade read-ahead.ts). */
  readonly facadeReadAhead: Counter<'outcome'>;
  /** Partners' API key checks by where the verdict came from: kept (cache) or looked up (store). */
  readonly facadeKeyChecks: Counter<'source'>;
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
  /** The embedded database's own autovacuum (autovacuum.ts): tables treated, runs that failed, each run's time. */
  readonly embeddedAutovacuumTables: Counter<'verb'>;
  readonly embeddedAutovacuumFailures: Counter;
  readonly embeddedAutovacuumDuration: Histogram;
  readonly fairShareAdmissions: Counter<'tenant'>;
  readonly fairShareRefusals: Counter<'tenant' | 'reason'>;
  readonly fairShareInFlight: Gauge<'tenant'>;
  readonly auditInserts: Counter<'subgraph' | 'outcome'>;
  readonly auditRecords: Counter<'subgraph'>;
  /** Read audit records per group commit (audit.ts AuditWriter). */
  readonly auditBatchRecords: Histogram;
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
    // every metric is registered into this registry; histograms use the latency buckets
    const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) =>
      new Counter<L>({ name, help, labelNames, registers });
    const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
      new Histogram<L>({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers });
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: readonly L[] = [],
      collect?: () => Promise<void>,
    ) => new Gauge<L>({ name, help, labelNames, registers, collect });
    this.httpRequests = counter('lcs_http_requests_total', 'HTTP requests served, by process part and status class', [
      'part',
      'status_class',
    ]);
    this.httpDuration = histogram('lcs_http_request_duration_seconds', 'HTTP request duration by process part', [
      'part',
    ]);
    this.facadeRequests = counter(
      'lcs_facade_requests_total',
      'REST facade requests by contract route, package, tenant and status class',
      ['route', 'package', 'tenant', 'status_class'],
    );
    this.facadeDuration = histogram(
      'lcs_facade_request_duration_seconds',
      'REST facade request duration by contract route, package and status class',
      ['route', 'package', 'status_class'],
    );
    this.facadeRows = counter(
      'lcs_facade_rows_total',
      'Rows (items) the REST facade returned, by route, package and tenant',
      ['route', 'package', 'tenant'],
    );
    this.facadeReadAhead = counter(
      'lcs_facade_read_ahead_total',
      'Pages the REST facade read ahead for callers walking a list: delivered, expired (nobody asked), ' +
        'failed (or no room in the tenant’s in-flight limit), unaudited (the record could not be committed), ' +
        'remasked (the register of protected identities changed since the read), ' +
        'full (too many held), mispredicted (read from a guess of where the page before would end ' +
        'that rows changing made wrong), ' +
        'stale (dropped when the caller asked for a page not held)',
      ['outcome'],
    );
    this.facadeKeyChecks = counter(
      'lcs_facade_key_checks_total',
      'API key checks of the REST facade by where the verdict came from: cache (kept, credentials ' +
        'unchanged since) or store (looked up in the database)',
      ['source'],
    );
    this.tenantDuration = histogram(
      'lcs_tenant_request_duration_seconds',
      'Request duration per tenant (REST facade and GraphQL)',
      ['tenant', 'part'],
    );
    this.graphqlOperations = counter(
      'lcs_graphql_operations_total',
      'GraphQL operations at the gateway by operation name, outcome and tenant',
      ['operation', 'outcome', 'tenant'],
    );
    this.graphqlDuration = histogram(
      'lcs_graphql_operation_duration_seconds',
      'GraphQL operation duration at the gateway',
      ['operation', 'outcome'],
    );
    this.subgraphFetchDuration = histogram(
      'lcs_subgraph_fetch_duration_seconds',
      'Gateway fetches from subgraphs: duration by subgraph and outcome',
      ['subgraph', 'outcome'],
    );
    this.subgraphFetchErrors = counter(
      'lcs_subgraph_fetch_errors_total',
      'Gateway fetches from subgraphs that failed (unreachable, or answered errors only)',
      ['subgraph', 'reason'],
    );
    this.sqlStatements = counter('lcs_sql_statements_total', 'SQL statements run by operation and outcome', [
      'operation',
      'outcome',
    ]);
    this.sqlDuration = histogram('lcs_sql_statement_duration_seconds', 'SQL statement duration by operation', [
      'operation',
    ]);
    this.dbPoolInUse = gauge('lcs_db_pool_in_use', 'Database connections held by a transaction now');
    this.dbPoolWaiting = gauge('lcs_db_pool_waiting', 'Transactions waiting for a database connection now');
    this.dbPoolSize = gauge('lcs_db_pool_size', 'Database connections the pool may open (1 for the embedded PGlite)');
    this.embeddedAutovacuumTables = counter(
      'lcs_embedded_autovacuum_tables_total',
      'Tables the embedded database (PGlite) vacuumed and analyzed, or only analyzed, as autovacuum would',
      ['verb'],
    );
    this.embeddedAutovacuumFailures = counter(
      'lcs_embedded_autovacuum_failures_total',
      "Runs of the embedded database's autovacuum that failed",
      [],
    );
    this.embeddedAutovacuumDuration = histogram(
      'lcs_embedded_autovacuum_duration_seconds',
      "Time of each run of the embedded database's autovacuum that treated a table (requests wait meanwhile)",
      [],
    );
    this.fairShareAdmissions = counter(
      'lcs_fair_share_admissions_total',
      'Facade requests admitted by fair share, per tenant',
      ['tenant'],
    );
    this.fairShareRefusals = counter(
      'lcs_fair_share_refusals_total',
      'Facade requests refused with 429 by fair share, per tenant and reason (rate, rows, concurrency)',
      ['tenant', 'reason'],
    );
    this.fairShareInFlight = gauge('lcs_fair_share_in_flight', 'Facade requests of a tenant in flight now', ['tenant']);
    this.auditInserts = counter(
      'lcs_audit_inserts_total',
      'Audit log inserts (one per subgraph request with records) by subgraph and outcome',
      ['subgraph', 'outcome'],
    );
    this.auditRecords = counter('lcs_audit_records_total', 'Audit log records written, by subgraph', ['subgraph']);
    this.auditBatchRecords = new Histogram({
      name: 'lcs_audit_batch_records',
      help: 'Read audit records committed together by the group commit (PostgreSQL), per commit',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers,
    });
    this.crlLoaded = gauge(
      'lcs_facade_crl_loaded_timestamp_seconds',
      'When the facade last loaded its certificate revocation list (Unix time)',
    );
    this.crlNextUpdate = gauge(
      'lcs_facade_crl_next_update_timestamp_seconds',
      'The nextUpdate of the loaded certificate revocation list (Unix time): stale after it',
    );
    // one read per scrape serves both gauges
    const refresh = () => {
      const now = Date.now();
      if (!this.residentRegisterRead || now - this.residentRegisterRead.at > 1000)
        this.residentRegisterRead = { at: now, done: this.readResidentRegister() };
      return this.residentRegisterRead.done;
    };
    this.residentRegisterAge = gauge(
      'lcs_resident_register_last_batch_age_seconds',
      'Age of the last resident-register (KIR) notification batch per tenant',
      ['tenant'],
      refresh,
    );
    this.residentRegisterStale = gauge(
      'lcs_resident_register_stale',
      '1 when a tenant has had no resident-register (KIR) batch for more than 7 days (or never)',
      ['tenant'],
      refresh,
    );
    this.readinessUp = gauge(
      'lcs_readiness_check_up',
      'Readiness of each dependency as /readyz last checked it (1 ready, 0 not)',
      ['check'],
    );
    this.draining = gauge('lcs_draining', '1 while the process drains for shutdown (not ready)');
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
