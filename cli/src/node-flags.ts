/**
 * The Node.js flags the all-in-one runs with: `pnpm start` (package.json's script; checked by
 * node-flags.test.ts) and the benchmark's all-in-one (bench/aio.ts, p6's cold start).
 *
 * Without a limit V8 sizes its old generation from the machine's memory (a quarter of it, up to
 * 4 GB), and with a limit that high it lets the heap grow up to four times what is live before a
 * full collection. On a shared server that is memory held for garbage: a whole-tenant export
 * (1,060,680 rows in 5,000-row pages, `pnpm bench --scale --scale-only export`) peaked at
 * 643–729 MB RSS. With a 1 GB limit V8 collects sooner, and the same export peaked at 360–424 MB
 * in five runs (a 2 GB limit: 636 MB). The price is CPU for the more frequent full collections:
 * 13.1–14.0 µs of the all-in-one's CPU per exported row against 12.5–12.9 without the limit, and
 * under p1's varied load 5.72–6.13 ms of the stack's CPU per request against 5.10–5.55 (four pairs
 * of `pnpm bench --quick --only p1 --varied-targets ours,hive --requests 600`, alternated): a
 * bounded footprint on a shared server for 5–12 % more CPU. An operator with a larger server (or
 * a CPU-bound installation) runs `node --max-old-space-size=<MB> --import tsx cli/src/lcs.ts start`.
 *
 * In a container Node sizes the heap from the container's memory limit (deploy/base/*.yaml), so
 * the manifests need no flag.
 */
export const ALL_IN_ONE_HEAP_MB = 1024;

/** The flags, before `--import tsx`. */
export const ALL_IN_ONE_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${ALL_IN_ONE_HEAP_MB}`];
