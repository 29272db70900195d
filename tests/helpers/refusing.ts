/**
 * A trigger that makes the database refuse changes to a table while a test runs, at the statement
 * ('before') or at the transaction's COMMIT ('at commit': a deferred constraint trigger), for
 * testing that what the database refused is never reported as done.
 */
import { sql } from 'drizzle-orm';
import type { TestStack } from './stack.ts';

export interface Refusal {
  /** The table, schema-qualified (e.g. `platform.audit_log`). */
  table: string;
  /** The events refused, e.g. `insert` or `insert or delete`. */
  events: string;
  when: 'before' | 'at commit';
  /** Only rows matching this (a trigger's WHEN condition), e.g. `new.operation like 'X%'`. */
  rows?: string;
}

/** Runs `fn` while the database refuses `r` (the trigger and its function are dropped afterwards). */
export async function whileRefusing(s: TestStack, r: Refusal, fn: () => Promise<void>): Promise<void> {
  const schema = r.table.split('.')[0];
  const create =
    r.when === 'before'
      ? `create trigger test_refuse before ${r.events} on ${r.table}`
      : `create constraint trigger test_refuse after ${r.events} on ${r.table} deferrable initially deferred`;
  await s.db.asOwner(async (tx) => {
    await tx.execute(
      sql.raw(`create or replace function ${schema}.test_refuse() returns trigger language plpgsql
        as $$ begin raise exception 'refused by the test'; end $$`),
    );
    await tx.execute(
      sql.raw(`${create} for each row ${r.rows ? `when (${r.rows})` : ''} execute function ${schema}.test_refuse()`),
    );
  });
  try {
    await fn();
  } finally {
    await s.db.asOwner((tx) => tx.execute(sql.raw(`drop trigger test_refuse on ${r.table}`)));
  }
}
