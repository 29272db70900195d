/**
 * vitest globalSetup of the PostgreSQL project: the server at LCS_TEST_PG_URL (default
 * lcs_owner@127.0.0.1:5432/lcs) gets its roles and database before any test file connects — started
 * and prepared if needed (cli/src/pg-prepare.ts, idempotent), so `pnpm test` is the whole set-up.
 */
import { preparePostgres } from '@lcs/cli/pg-prepare';

export default async function setup(): Promise<void> {
  await preparePostgres(process.env.LCS_TEST_PG_URL);
}
