/** Builds a subgraph service from its definition: the entity kit plus hand-written behaviour. */
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { buildSubgraphModel, type EntitySpec, type SubgraphModel, type SubgraphName } from './model.ts';
import { buildTables, type AnyTable } from './tables.ts';
import { subgraphSdl } from './sdl.ts';
import { entityResolvers, type RequestContext, type ResolverMap, type TypeResolvers } from './resolvers.ts';
import { Loaders } from './loaders.ts';
import { TenantScope } from './scope.ts';
import {
  AUDIT_RECEIPT,
  AUDIT_RECEIPT_HEADER,
  AuditTrail,
  auditWriterFor,
  replicateRead,
  SUBSYSTEM,
  type AuditDeferral,
  type AuditReceipt,
} from './audit.ts';
import { formatErrors, QueryCompiler } from './compiled.ts';
import { businessLogResolvers, businessLogSdl, targetClientsFrom, type BusinessLogConfig } from './business-log.ts';
import { rowScope } from './row-scope.ts';
import { ReadGate } from './read-gate.ts';
import { protectedRegisterMark, RegisterChanged } from './privacy.ts';
import { CONTEXT_HEADER, verifyPrincipal, type Principal, type TrustConfig } from './trust.ts';
import { PlatformError } from './errors.ts';
import { apolloServerBase } from './failure.ts';
import { graphqlHandler, sendJson } from './http.ts';
import type { Database, MigrationSet } from './db.ts';
import { assertAuditGuarantee, type PlatformConfig } from './config.ts';
import type { Metrics } from './metrics.ts';
import { notePrincipal } from './observe.ts';
import { Readiness } from './readiness.ts';
import { inSpan, SpanKind } from './tracing.ts';

export interface SubgraphKit {
  name: SubgraphName;
  model: SubgraphModel;
  tables: Map<string, AnyTable>;
  /** Everything drizzle-kit needs to diff this subgraph's schema. */
  drizzleExports: Record<string, unknown>;
  sdl: string;
}

export interface SubgraphDefinition {
  name: SubgraphName;
  entities: EntitySpec[];
  /** Hand-written SDL, added to the generated one. */
  typeDefs?: string;
  /** Hand-written resolvers, merged over the generated ones. */
  resolvers?: (kit: SubgraphKit) => ResolverMap;
  /** This subgraph's committed drizzle migrations. */
  migrations: MigrationSet;
  /** Value type names for nested contract definitions that another subgraph owns as entities. */
  valueTypeNames?: Record<string, string>;
  /**
   * Hand-written drizzle tables (and their indexes/policies) outside the entity kit: in this
   * subgraph's migrations, never exposed through GraphQL (e.g. iam's credential store).
   */
  tables?: Record<string, unknown>;
  /** This subgraph serves its subsystem's business log (the audit log, business-log.ts). */
  businessLog?: BusinessLogConfig;
}

const kits = new WeakMap<SubgraphDefinition, SubgraphKit>();

/** The derived parts of a subgraph (pure, computed once per definition). */
export function subgraphKit(def: SubgraphDefinition): SubgraphKit {
  let kit = kits.get(def);
  if (!kit) {
    const model = buildSubgraphModel(def.name, def.entities, { valueTypeNames: def.valueTypeNames });
    const { tables, exports } = buildTables(model);
    const extra = [
      def.typeDefs ?? '',
      def.businessLog ? businessLogSdl(def.businessLog.field, SUBSYSTEM[def.name]) : '',
    ].join('\n');
    kit = {
      name: def.name,
      model,
      tables,
      drizzleExports: { ...exports, ...def.tables },
      sdl: subgraphSdl(model, extra),
    };
    kits.set(def, kit);
  }
  return kit;
}

function mergeResolvers(a: ResolverMap, b: ResolverMap): ResolverMap {
  const out: ResolverMap = { ...a };
  const plain = (v: unknown) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
  for (const [k, v] of Object.entries(b)) {
    const mine = out[k];
    out[k] = plain(mine) && plain(v) ? { ...(mine as TypeResolvers), ...(v as TypeResolvers) } : v;
  }
  return out;
}

export interface SubgraphServerOptions {
  db: Database;
  trust: TrustConfig;
  /** Answer introspection (off in production). */
  introspection?: boolean;
  /**
   * BENCHMARKS ONLY: the configuration's `withoutAudit` (config.ts) skips writing audit records
   * (bench/audit-overhead.ts measures their cost); refused for a production configuration.
   * Omitted: audit records are written, as always in production.
   */
  config?: Pick<PlatformConfig, 'production' | 'withoutAudit'>;
  /** In-process reads run as compiled queries (compiled.ts); false: always through Apollo Server. Default true. */
  compiledReads?: boolean;
  /** Audit inserts are counted here (the process's registry; none: not recorded). */
  metrics?: Metrics;
}

export interface SubgraphService {
  name: SubgraphName;
  apollo: ApolloServer<RequestContext>;
  handler: ReturnType<typeof graphqlHandler<RequestContext>>;
  /**
   * Runs an operation in process as `principal` (the all-in-one gateway's local data source):
   * the same context, transaction and row scope as an HTTP request, without the hop.
   */
  execute(
    request: { query: string; variables?: Record<string, unknown>; operationName?: string },
    principal: Principal,
    opts?: {
      compiled?: boolean;
      /** A read held for later delivery: its audit records are committed by the holder (audit.ts AuditDeferral). */
      deferAudit?: AuditDeferral;
    },
  ): Promise<{ data?: unknown; errors?: readonly unknown[]; extensions?: Record<string, unknown> }>;
  /**
   * `times` more audit records like the read `receipt` names (an answer shared by more callers; audit.ts
   * replicateRead).
   */
  replicateAudit(receipt: AuditReceipt, principal: Principal, times: number): Promise<void>;
  /** Its /readyz: the database (add more checks with `readiness.add`); drains on shutdown. */
  readiness: Readiness;
  stop(): Promise<void>;
}

/** Notes what `finish` needs to know of a request: whether it writes (strict commit) and its audit record's facts. */
const finishPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        // (the scope is shared by the context's copies, like the trail below)
        if (operation?.operation === 'mutation') contextValue.scope.strict = true;
      },
      async willSendResponse({ contextValue, operation, operationName, response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
        // (Apollo hands plugins a shallow copy of the context: the trail object itself is shared)
        contextValue.audit.meta = {
          operation: operationName ?? undefined,
          fields,
          outcome: errors?.length ? (data ? 'partial' : 'error') : 'ok',
        };
      },
    };
  },
};

export async function createSubgraphService(
  def: SubgraphDefinition,
  o: SubgraphServerOptions,
): Promise<SubgraphService> {
  if (o.config) assertAuditGuarantee(o.config);
  const skipAudit = o.config?.withoutAudit === true;
  const kit = subgraphKit(def);
  let own = def.resolvers?.(kit) ?? {};
  if (def.businessLog) {
    const src = def.businessLog.targetClients;
    const target = src ? kit.model.entities.find((e) => e.name === src.entity) : undefined;
    if (src && !target)
      throw new Error(`${def.name}: business log target clients come from ${src.entity}, which is not an entity here`);
    own = mergeResolvers(
      own,
      businessLogResolvers(
        def.businessLog.field,
        SUBSYSTEM[def.name],
        src && targetClientsFrom(src, target!, kit.tables.get(target!.name)!),
      ),
    );
  }
  // (the subgraph's own resolvers may read any column of their types' rows: field-demand.ts)
  const resolvers = mergeResolvers(entityResolvers(kit.model, kit.tables, own), own);
  const schema = buildSubgraphSchema({ typeDefs: parse(kit.sdl), resolvers: resolvers as GraphQLResolverMap<unknown> });
  const apollo = new ApolloServer<RequestContext>({
    ...apolloServerBase(o.introspection),
    schema,
    // no cache hints are used: the cache-control plugin only wraps every field (measured: ~15% of facade CPU)
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      finishPlugin,
    ],
  });
  await apollo.start();
  const compiler = new QueryCompiler(schema);
  // PostgreSQL: reads' audit records are committed in groups (one WAL flush for many). PGlite runs
  // one transaction at a time in this process, with no flush to share: each read commits its own.
  const writer = o.db.kind === 'postgres' && !skipAudit ? auditWriterFor(o.db.app, o.metrics) : undefined;
  /**
   * Ends a request: its audit records are inserted in its transaction, then it commits (or rolls
   * back). Callers send the answer only after this resolved; if it throws, no data may leave.
   */
  const finish = async (ctx: RequestContext, failed: boolean): Promise<void> => {
    if (failed) return ctx.scope.end(false);
    if (!ctx.audit.pending || skipAudit) {
      if (!ctx.scope.strict) return ctx.scope.end(true); // a read: a failed COMMIT loses nothing
      try {
        return await ctx.scope.commit(); // a write: no success is reported for what did not commit
      } catch (e) {
        throw new Error(`${def.name} subgraph: the change could not be committed (${(e as Error).message})`, {
          cause: e,
        });
      }
    }
    const grouped = writer && !ctx.scope.strict;
    try {
      if (grouped) {
        // a read: its transaction wrote nothing and ends now; its records are committed with other
        // reads' (AuditWriter), and the answer waits for that
        const read = ctx.scope.end(true);
        await countedAudit(ctx.audit, () => writer.write(ctx.audit)).finally(() => read);
      } else {
        // the insert and the commit in one round trip; nothing is committed if the insert fails
        await commitAudit(ctx.audit, ctx.scope);
      }
    } catch (e) {
      if (!grouped) await ctx.scope.end(false);
      throw new Error(
        `${def.name} subgraph: the audit record could not be written, so no data is returned ` +
          `(${(e as Error).message})`,
        { cause: e },
      );
    }
  };
  /** Inserts a trail's records and commits `scope` with them (counted in the metrics); throws if not committed. */
  const commitAudit = (audit: AuditTrail, scope: TenantScope): Promise<number> =>
    countedAudit(audit, () => audit.flushAndCommit(scope));
  /** Runs an audit insert, counted in the metrics; throws if it did not commit. */
  const countedAudit = async (audit: AuditTrail, insert: () => Promise<number>): Promise<number> => {
    try {
      const records = await insert();
      o.metrics?.auditInserts.inc({ subgraph: def.name, outcome: 'ok' });
      o.metrics?.auditRecords.inc({ subgraph: def.name }, records);
      return records;
    } catch (e) {
      o.metrics?.auditInserts.inc({ subgraph: def.name, outcome: 'error' });
      throw e;
    }
  };
  const contextFor = (principal: Principal): RequestContext => {
    const scope = new TenantScope(o.db.app, principal.tenant);
    const rows = rowScope(kit.model, kit.tables, principal);
    const audit = new AuditTrail(def.name, principal);
    const gate = new ReadGate(scope, rows, principal, audit);
    return { principal, scope, rows, audit, gate, loaders: new Loaders(gate) };
  };
  type Result = Awaited<ReturnType<SubgraphService['execute']>>;
  /** A read held for later delivery: who commits its records, and the register it was masked by. */
  interface Held {
    defer: AuditDeferral;
    mark: string;
  }
  /** Before a held read's first statement: the register of protected identities its masking will follow. */
  const holding = async (ctx: RequestContext, defer: AuditDeferral | undefined): Promise<Held | undefined> =>
    defer && !skipAudit ? { defer, mark: await protectedRegisterMark(ctx.scope) } : undefined;
  /**
   * Finishes an in-process request (audit, commit) and hands out its answer with the audit receipt.
   * A held read (`defer`) ends its transaction and hands its records' commit to the holder instead.
   */
  const delivered = async (ctx: RequestContext, result: Result, held?: Held): Promise<Result> => {
    const failed = !result.data && !!result.errors?.length;
    if (held && !failed && !ctx.scope.strict) {
      await ctx.scope.end(true); // a read: nothing of it to commit but its records, which wait for delivery
      if (ctx.audit.pending) {
        const trail = ctx.audit;
        held.defer.hold(async () => {
          // delivered only as masked now: the register checked in the records' own transaction
          const scope = new TenantScope(o.db.app, trail.principal.tenant);
          if ((await protectedRegisterMark(scope)) !== held.mark) {
            await scope.end(false);
            throw new RegisterChanged();
          }
          return commitAudit(trail, scope);
        });
      }
      return result;
    }
    await finish(ctx, failed);
    const receipt = ctx.audit.receipt;
    return receipt ? { ...result, extensions: { ...result.extensions, [AUDIT_RECEIPT]: receipt } } : result;
  };
  const spanName = `subgraph ${def.name}`;
  // in process (the all-in-one): a span of its own under the gateway's fetch
  const execute: SubgraphService['execute'] = (request, principal, opts) =>
    inSpan(
      spanName,
      {
        'lcs.part': `subgraph:${def.name}`,
        'lcs.tenant': principal.tenant,
        ...(request.operationName ? { 'graphql.operation.name': request.operationName } : {}),
      },
      () => executeHere(request, principal, opts),
      SpanKind.SERVER,
    );
  const executeHere: SubgraphService['execute'] = async (request, principal, opts) => {
    const read =
      o.compiledReads === false || opts?.compiled === false ? null : compiler.get(request.query, request.operationName);
    if (read) {
      const ctx = contextFor(principal);
      let finished = false;
      try {
        const held = await holding(ctx, opts?.deferAudit);
        const r = await read.run(ctx, request.variables);
        if (r.data !== undefined || !r.errors?.length) {
          ctx.audit.meta = {
            operation: request.operationName,
            fields: read.fields,
            outcome: r.errors?.length ? (r.data ? 'partial' : 'error') : 'ok',
          };
          finished = true;
          return await delivered(
            ctx,
            {
              ...(r.data !== undefined ? { data: r.data } : {}),
              ...(r.errors?.length ? { errors: formatErrors(r.errors) } : {}),
            },
            held,
          );
        }
        // a request error (e.g. variables that do not fit): nothing ran; Apollo's path answers it as always
      } finally {
        if (!finished) await ctx.scope.end(false);
      }
    }
    const ctx = contextFor(principal);
    let finished = false;
    try {
      const held = await holding(ctx, opts?.deferAudit);
      const r = await apollo.executeOperation(request, { contextValue: ctx });
      if (r.body.kind !== 'single') throw new Error('incremental delivery is not used between gateway and subgraphs');
      finished = true;
      return await delivered(ctx, r.body.singleResult, held);
    } finally {
      if (!finished) await ctx.scope.end(false);
    }
  };
  /** The caller the gateway vouches for (the signed context header), or UNAUTHENTICATED. */
  const principalFrom = async (req: IncomingMessage): Promise<Principal> => {
    const token = req.headers[CONTEXT_HEADER];
    if (typeof token !== 'string')
      throw new PlatformError(
        'UNAUTHENTICATED',
        `${def.name} subgraph: missing signed request context; call through the gateway`,
      );
    try {
      return await verifyPrincipal(token, o.trust);
    } catch (e) {
      throw new PlatformError(
        'UNAUTHENTICATED',
        `${def.name} subgraph: invalid request context (${(e as Error).message})`,
      );
    }
  };
  const context = async (req: IncomingMessage): Promise<RequestContext> => {
    const principal = await principalFrom(req);
    notePrincipal(req, principal);
    return contextFor(principal);
  };
  const replicateAudit: SubgraphService['replicateAudit'] = async (receipt, principal, times) => {
    await replicateRead(o.db.app, principal, receipt, times);
    o.metrics?.auditRecords.inc({ subgraph: def.name }, times); // a shared answer's extra records
  };
  const readiness = new Readiness([{ name: 'database', check: () => o.db.app.execute(sql`select 1`) }], o.metrics);
  const handler = graphqlHandler<RequestContext>({
    apollo,
    context,
    finish,
    afterFinish: (ctx, res) => {
      if (ctx.audit.receipt) res.setHeader(AUDIT_RECEIPT_HEADER, JSON.stringify(ctx.audit.receipt));
    },
    routes: {
      // the gateway asks for the records of an answer it shared (POST, signed context, {receipt, times})
      '/audit/replicate': async (req, res) => {
        if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
        let principal: Principal;
        try {
          principal = await principalFrom(req);
        } catch (e) {
          return sendJson(res, 401, { error: (e as Error).message });
        }
        let body: { receipt?: AuditReceipt; times?: number };
        try {
          const chunks: Buffer[] = [];
          for await (const c of req) chunks.push(c as Buffer);
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return sendJson(res, 400, { error: 'body must be JSON {receipt, times}' });
        }
        try {
          await replicateAudit(body.receipt!, principal, body.times!);
          sendJson(res, 200, { replicated: body.times });
        } catch (e) {
          sendJson(res, 400, { error: (e as Error).message });
        }
      },
      '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', subgraph: def.name }),
      '/readyz': readiness.handle,
    },
  });
  return { name: def.name, apollo, handler, execute, replicateAudit, readiness, stop: () => apollo.stop() };
}
