/**
 * The export runner: export jobs (rest-facade/src/exports) run in a child process of the facade, not
 * on the facade's interactive event loop, so that a job's pages (GraphQL execution, encoding, gzip,
 * Parquet) never hold up another tenant's requests (issue 20). The facade keeps the routes (POST a
 * job, GET its state and its file); the runner claims jobs through their leases in PostgreSQL
 * (platform/src/export-jobs.ts) — so several facades and runners on one database stay safe — and
 * runs each page as the job's caller, through its own gateway and subgraphs in process (same
 * persisted operations, read gate, field set, scope and audit as a REST request) — or, beside a
 * facade of its own (`lcs serve facade`, `gatewayUrl`), through the gateway over HTTP as that facade
 * does (the runner then only pages, encodes and writes; the GraphQL work stays on the gateways).
 *
 * The child runs at a lower priority (nice 10 by default), with its own small database pool
 * (2 connections) and a bounded heap; it exits when its parent goes away (the IPC channel closes),
 * and on `stop()` after the current page of each job (the jobs resume at the next start).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  createSubgraphService,
  exportJobStore,
  openDatabase,
  type Database,
  type PlatformConfig,
  type SubgraphService,
} from '@lcs/platform';
import { createGateway, standardPlugins } from '@lcs/gateway';
import { httpExecutor, inProcessExecutor } from '@lcs/rest-facade/execute';
import type { Execute } from '@lcs/rest-facade';
import { definition as iam } from '@lcs/iam';
import { createExportService, type ExportServiceOptions } from '@lcs/rest-facade/exports/service';
import { SUBGRAPHS } from './subgraphs.ts';
import { loadPersisted, loadRoutes, loadSupergraph } from './assets.ts';

export type RunnerExportOptions = Partial<
  Pick<ExportServiceOptions, 'lane' | 'pageSize' | 'keepHours' | 'pageDelayMs' | 'pollMs' | 'leaseMs'>
> & { dir: string };

export interface RunnerInit {
  config: PlatformConfig;
  exports: RunnerExportOptions;
  /** The runner's database connections (default 2). */
  poolSize?: number;
  /** The runner's nice value (default 10: below the facade). */
  nice?: number;
  /**
   * The gateway's GraphQL URL (a facade of its own): pages run there over HTTP, with the caller's
   * principal signed; none: through a gateway and subgraphs in the runner (the all-in-one).
   */
  gatewayUrl?: string;
}

type ToChild =
  | { type: 'init'; init: RunnerInit }
  | { type: 'job'; tenant: string; id: string }
  | { type: 'interactive'; inFlight: number }
  | { type: 'stop' };
type ToParent = { type: 'ready'; pid: number } | { type: 'failed'; message: string } | { type: 'stopped' };

export interface ExportRunner {
  pid: number;
  /** A job was created: claim it now (otherwise at the runner's next poll). */
  kick(tenant: string, id: string): void;
  /**
   * Relays the parent's interactive requests in flight to the runner's lane (sampled every 10 ms,
   * sent when it changes), so its jobs give way to them as they do on the facade's own event loop.
   */
  follow(inFlight: () => number): void;
  /** Stops the jobs after their current page and ends the child (killed if it does not end in time). */
  stop(): Promise<void>;
}

/**
 * The runner's defaults for reading (a job's own settings win). Its pages block no interactive
 * request — the runner has its own event loop — so they can be larger than the in-process lane's
 * 250 rows, and the rate cap higher: `node --import tsx bench/export.ts` (35,134 rows, load 2–7)
 * took 1.96–2.83× paging's time with 250-row pages at 5,000 rows/s and 0.75–0.91× with 2,000-row
 * pages at 20,000 rows/s, with another tenant's p99 rising 1.44–2.29× during three exports either way.
 */
export const RUNNER_PAGE_SIZE = 2000;
export const RUNNER_ROWS_PER_SECOND = 20_000;

/** How often the parent's interactive requests in flight are sampled for the runner's lane, in ms. */
const INTERACTIVE_SAMPLE_MS = 10;

/** The heap the runner may use, in MB: its memory stays flat however large an export is. */
const RUNNER_HEAP_MB = 256;

/** Forks the runner and resolves once it has started its export service. */
export async function forkExportRunner(init: RunnerInit): Promise<ExportRunner> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./export-runner-main.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', `--max-old-space-size=${RUNNER_HEAP_MB}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send = (m: ToChild) => {
    if (child.connected) child.send(m);
  };
  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the export runner exited at start (code ${code})`));
    child.once('exit', onExit);
    child.on('message', (m: ToParent) => {
      if (m.type === 'ready') {
        child.off('exit', onExit);
        resolve();
      } else if (m.type === 'failed') {
        child.off('exit', onExit);
        child.kill();
        reject(new Error(`the export runner did not start: ${m.message}`));
      }
    });
    send({ type: 'init', init });
  });
  // the facade must not wait for the runner to end its own event loop
  child.unref();
  let stopping: Promise<void> | undefined;
  let relay: NodeJS.Timeout | undefined;
  return {
    pid: child.pid!,
    kick: (tenant, id) => send({ type: 'job', tenant, id }),
    follow(inFlight) {
      let last = 0;
      clearInterval(relay);
      relay = setInterval(() => {
        const now = Math.max(0, inFlight());
        if (now !== last) send({ type: 'interactive', inFlight: (last = now) });
      }, INTERACTIVE_SAMPLE_MS);
      relay.unref();
    },
    stop() {
      clearInterval(relay);
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        send({ type: 'stop' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/** In the runner: the parent's interactive requests in flight, as last relayed. */
const lane = { interactive: (): number => 0 };

/** The child's side (export-runner-main.ts). */
export function runExportRunnerChild(): void {
  const reply = (m: ToParent) => {
    if (process.connected) process.send!(m);
  };
  let stop: (() => Promise<void>) | undefined;
  const end = async (code: number) => {
    try {
      await stop?.();
    } finally {
      process.exit(code);
    }
  };
  // the parent went away (ended or killed): stop after the current pages; the leases are given up
  process.on('disconnect', () => void end(0));
  let service: ReturnType<typeof createExportService> | undefined;
  let interactiveInFlight = 0;
  lane.interactive = () => interactiveInFlight;
  const pending: { tenant: string; id: string }[] = [];
  process.on('message', (m: ToChild) => {
    if (m.type === 'init') {
      start(m.init).then(
        (s) => {
          stop = s.stop;
          service = s.service;
          for (const j of pending.splice(0)) service.kick(j.tenant, j.id);
          reply({ type: 'ready', pid: process.pid });
        },
        (e: Error) => {
          reply({ type: 'failed', message: e.message });
          process.exit(1);
        },
      );
    } else if (m.type === 'interactive') {
      interactiveInFlight = m.inFlight;
    } else if (m.type === 'job') {
      if (service) service.kick(m.tenant, m.id);
      else pending.push({ tenant: m.tenant, id: m.id });
    } else if (m.type === 'stop') void end(0);
  });
}

async function start(init: RunnerInit) {
  try {
    setPriority(init.nice ?? 10);
  } catch {
    // not permitted here: the runner still runs apart from the interactive event loop
  }
  const config = init.config;
  const db = await openDatabase(
    { ...config.db, poolSize: init.poolSize ?? 2, applicationName: 'lcs-export-runner', openedBy: 'lcs export runner' },
    // beside a facade of its own: the facade's migrations (the subgraphs migrate their own schemas)
    init.gatewayUrl ? [iam.migrations] : SUBGRAPHS.map((d) => d.migrations),
  );
  if (init.gatewayUrl) return serve(db, httpExecutor(init.gatewayUrl, config.trust), init, async () => {});
  const services: SubgraphService[] = [];
  for (const def of SUBGRAPHS) {
    services.push(
      await createSubgraphService(def, {
        db,
        trust: config.trust,
        introspection: false,
        config,
        compiledReads: config.compiledReads,
      }),
    );
  }
  const persisted = loadPersisted();
  // subgraphs in process only: the URLs are never called
  const gateway = await createGateway({
    supergraphSdl: loadSupergraph(),
    subgraphUrls: Object.fromEntries(services.map((s) => [s.name, 'http://127.0.0.1:9/graphql'])),
    trust: config.trust,
    introspection: false,
    plugins: standardPlugins({ persisted }),
    localSubgraphs: Object.fromEntries(services.map((s) => [s.name, s])),
  });
  return serve(db, inProcessExecutor(gateway, persisted, config.trust), init, async () => {
    await gateway.stop();
    await Promise.all(services.map((s) => s.stop()));
  });
}

/** The runner's export service on `execute`; `stop` ends the jobs, then `close`, then the database. */
async function serve(db: Database, execute: Execute, init: RunnerInit, close: () => Promise<void>) {
  const service = createExportService({
    routes: loadRoutes(),
    execute,
    authenticate: async () => {
      throw new Error('the export runner serves no requests');
    },
    store: exportJobStore(db.app),
    ...init.exports,
    pageSize: init.exports.pageSize ?? RUNNER_PAGE_SIZE,
    lane: {
      ...init.exports.lane,
      rowsPerSecond: init.exports.lane?.rowsPerSecond ?? RUNNER_ROWS_PER_SECOND,
      // the parent facade's interactive requests in flight, relayed (ExportRunner.follow)
      interactive: () => lane.interactive(),
    },
  });
  await service.start();
  let stopped: Promise<void> | undefined;
  return {
    service,
    stop: () =>
      (stopped ??= (async () => {
        await service.stop();
        await close();
        await db.close();
      })()),
  };
}
