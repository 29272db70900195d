/**
 * The entry of a separately started part: `node --import tsx app/src/serve.ts <part>` (what
 * `pnpm lcs serve <part>` runs). Starts it from its environment (parts.ts), prints
 * `<part> ready: <urls>`, runs until SIGTERM/SIGINT, then stops gracefully and exits 0.
 */
import { pathToFileURL } from 'node:url';
import { ConfigError, startPart, type RunningPart } from './parts.ts';
import { applyHeapGrowth } from './env.ts';

export async function runPart(part: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let running: RunningPart;
  try {
    applyHeapGrowth(env);
    running = await startPart(part, env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`lcs serve ${part}: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  console.log(`${running.name} ready: ${running.urls.join('  ')}`);
  console.log(`${running.name} metrics on ${running.metricsUrl}`);
  stopOnSignals(running);
}

/** The longest a graceful stop may take (drain, in-flight ≤ 25 s, pools, spans) before the process exits anyway. */
export const STOP_DEADLINE_MS = 60_000;

/** SIGTERM/SIGINT: stop the part gracefully (drain), then exit 0 (1 when stopping failed or overran its deadline). */
export function stopOnSignals(running: Pick<RunningPart, 'name' | 'stop'>, deadlineMs = STOP_DEADLINE_MS): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${running.name}: ${signal}, draining…`);
    // a stop that hangs (a connection that never answers) must not keep a rolling restart waiting
    setTimeout(() => {
      console.error(`${running.name}: not stopped after ${deadlineMs / 1000} s; exiting`);
      process.exit(1);
    }, deadlineMs).unref();
    running.stop().then(
      () => process.exit(0),
      (e: Error) => {
        console.error(`${running.name}: ${e.message}`);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: tsx's loader ends the process on a signal nobody listens to any more
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const part = process.argv[2];
  if (!part) {
    console.error('usage: serve.ts <part>');
    process.exit(2);
  }
  await runPart(part);
}
