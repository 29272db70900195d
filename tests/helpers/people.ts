/** The demo clients' identity numbers (in every written form) and names, to search logs and metrics for. */
import { sql } from 'drizzle-orm';
import { rowsOf } from '@lcs/platform';
import type { TestStack } from './stack.ts';

export async function demoPeople(stack: TestStack, tenant: string): Promise<{ numbers: string[]; names: string[] }> {
  const rows = (await stack.asTenant(tenant, async (tx) =>
    rowsOf(
      await tx.execute(
        sql`select person_id, full_name, first_name, last_name from care.client where person_id is not null`,
      ),
    ),
  )) as { person_id: string; full_name: string | null; first_name: string | null; last_name: string | null }[];
  const numbers = new Set<string>();
  for (const r of rows) {
    const digits = r.person_id.replace(/\D/g, '');
    numbers.add(r.person_id);
    numbers.add(digits); // YYYYMMDDNNNN
    numbers.add(`${digits.slice(2, 8)}-${digits.slice(8)}`); // YYMMDD-NNNN
    numbers.add(digits.slice(2)); // YYMMDDNNNN
  }
  const names = new Set(
    rows.flatMap((r) =>
      [r.full_name, `${r.first_name} ${r.last_name}`].filter((n): n is string => !!n && n.includes(' ')),
    ),
  );
  return { numbers: [...numbers], names: [...names] };
}
