import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const alias = [{ find: /^graphql$/, replacement: require.resolve('graphql') }];

/**
 * `pnpm test:e2e`: the browser suite (tests/e2e/*.e2e.ts) — Debian's Chromium driven by
 * playwright-core against the real all-in-one stack, on PGlite and on PostgreSQL. Not part of
 * `pnpm test`. One file at a time: each starts a stack and a browser.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
    fileParallelism: false,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'e2e-pglite',
          include: ['tests/e2e/**/*.e2e.ts'],
          env: { LCS_TEST_DB: 'pglite' },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e-postgres',
          include: ['tests/e2e/**/*.e2e.ts'],
          env: { LCS_TEST_DB: 'postgres' },
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
