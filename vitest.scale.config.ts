import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const alias = [{ find: /^graphql$/, replacement: require.resolve('graphql') }];

/**
 * `pnpm test:scale`: the multi-process scale-out test (scale/), on its own PostgreSQL, PgBouncer,
 * Redis and HAProxy (Debian packages; .ci/run installs them). `pnpm test` runs it after the vitest
 * projects (the CI gate); alone it is `pnpm test:scale` (LCS_SCALE_VERBOSE=1: every part's log and
 * HAProxy's request log).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'scale',
    include: ['scale/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 720_000,
    fileParallelism: false,
  },
});
