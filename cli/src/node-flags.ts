/**
 * The Node.js flags the all-in-one runs with: `pnpm start` (package.json's script; checked by
 * node-flags.test.ts) and the benchmark's all-in-one (bench/aio.ts, p6's cold start).
 *
 * Without a limit V8 sizes its old generation from the machine's memory (a quarter of it, up to
 * 4 GB), and with a limit that high it lets the heap grow to about four times what is live before a
 * full collection. On a shared server that is memory held for garbage: a whole-tenant export
 * (1,060,680 rows in 5,000-row pages, `pnpm bench --scale --scale-only export`) peaked at 645 MB
 * RSS. With a 1 GB limit V8 grows the heap by a factor of about 1.6 instead, and the same export
 * peaked at 360–418 MB in three runs, at about the same rate (73,658–82,326 rows/s, against
 * 81,400–81,775 without the flag). An operator with a larger server (or a larger tenant mix) runs
 * `node --max-old-space-size=<MB> --import tsx cli/src/lcs.ts start` instead.
 *
 * In a container Node sizes the heap from the container's memory limit (deploy/base/*.yaml), so
 * the manifests need no flag.
 */
export const ALL_IN_ONE_HEAP_MB = 1024;

/** The flags, before `--import tsx`. */
export const ALL_IN_ONE_NODE_FLAGS: readonly string[] = [`--max-old-space-size=${ALL_IN_ONE_HEAP_MB}`];
