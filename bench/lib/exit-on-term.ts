/**
 * Loaded with `--import` into a server the benchmark profiles (`pnpm bench --profile <dir>`):
 * SIGTERM becomes a normal exit, so node writes the --cpu-prof profile (a process killed by the
 * signal writes none). A server with its own SIGTERM handler keeps it.
 */
process.once('SIGTERM', () => {
  if (process.listenerCount('SIGTERM') === 0) process.exit(0);
});
