import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
// graphql must be one module instance across the workspace ("another module or realm" otherwise).
const alias = [{ find: /^graphql$/, replacement: require.resolve('graphql') }];

/**
 * `pnpm test` runs three projects: unit tests beside the code, and the black-box suite in tests/
 * twice — on the embedded PGlite and on PostgreSQL (LCS_TEST_PG_URL, default lcs_owner@127.0.0.1:5432;
 * tests/global-setup.ts creates its roles and database first, starting the local cluster if it is down).
 */
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          testTimeout: 60_000,
          include: [
            'platform/src/**/*.test.ts',
            'subgraphs/*/src/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'cli/src/**/*.test.ts',
            'demo/src/**/*.test.ts',
            'rest-facade/src/**/*.test.ts',
            'bench/lib/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'pglite',
          include: ['tests/**/*.test.ts'],
          env: { LCS_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'postgres',
          include: ['tests/**/*.test.ts'],
          env: { LCS_TEST_DB: 'postgres' },
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
