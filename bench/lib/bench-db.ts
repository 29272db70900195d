/** A benchmark's own PostgreSQL database (created once, kept between runs): its owner URL. */
import postgres from 'postgres';
import { preparePostgres } from '@lcs/cli/pg-prepare';

export const BENCH_PG_ADMIN = process.env.LCS_BENCH_PG_URL ?? 'postgres://lcs_owner@127.0.0.1:5432/lcs';

export async function ensureBenchDatabase(name: string, adminUrl = BENCH_PG_ADMIN): Promise<string> {
  await preparePostgres(adminUrl); // roles and the lcs database, idempotently (a fresh machine has none)
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    if (!(await admin`select 1 from pg_database where datname = ${name}`).length)
      await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
