/**
 * Request transactions plan their prepared statements once (platform scope.ts: the tenant's
 * set_config also sets `plan_cache_mode = force_generic_plan`, transaction-local), on PGlite and
 * PostgreSQL. What is checked: the setting holds inside a request's transaction and nowhere after
 * it; and the generic plans of the facade's list pages — first page, a page at an offset, a large
 * page, a delta page (gt/lt) — walk the (tenant_id, modification time, id, deleted) index in its
 * order: an index scan, no sort, so a generic plan is never a worse plan for them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, TenantScope } from '@lcs/platform';
import { DB_KIND, startTestStack, type TestStack } from './helpers/stack.ts';
import { facadeClient } from './helpers/facade.ts';

let s: TestStack;

beforeAll(async () => {
  s = await startTestStack({ clients: 30 });
});
afterAll(async () => {
  await s?.close();
});

/** A statement parameter as SQL text (the kinds the page statements take). */
function literal(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (v instanceof Date) return `'${v.toISOString()}'`;
  throw new Error(`a parameter of a kind this test does not write: ${typeof v}`);
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

/** The generic plan PostgreSQL uses for `text` with `params`, in a transaction of tenant demo. */
async function genericPlanOf(text: string, params: unknown[]): Promise<PlanNode[]> {
  return s.asTenant('demo', async (tx) => {
    await tx.execute(sql`select set_config('plan_cache_mode', 'force_generic_plan', true)`);
    await tx.execute(sql.raw(`prepare page_probe as ${text}`));
    try {
      const [row] = rowsOf<Record<string, unknown>>(
        await tx.execute(sql.raw(`explain (format json) execute page_probe(${params.map(literal).join(', ')})`)),
      );
      const raw = Object.values(row!)[0];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
      return nodes(plan[0]!.Plan);
    } finally {
      await tx.execute(sql.raw('deallocate page_probe'));
    }
  });
}

describe(`generic plans on ${DB_KIND}`, () => {
  it("hold inside a request's transaction and nowhere after it", async () => {
    const scope = new TenantScope(s.db.app, 'demo');
    const inside = await scope.run(async (tx) =>
      rowsOf<{ mode: string }>(await tx.execute(sql`select current_setting('plan_cache_mode') as mode`)),
    );
    await scope.commit();
    expect(inside[0]!.mode).toBe('force_generic_plan');
    // (PGlite has one session: this is the very connection the request used)
    for (let i = 0; i < 3; i++) {
      const [after] = rowsOf<{ mode: string }>(
        await s.db.app.execute(sql`select current_setting('plan_cache_mode') as mode`),
      );
      expect(after!.mode).toBe('auto');
    }
  });

  it("walk the index in its order for the facade's list pages", async () => {
    const call = facadeClient(s.facadeUrl!, 'demo', '8873');
    const all = await call('/api/v1/executed_services?limit=5000');
    expect(all.status).toBe(200);
    expect(((await all.json()) as unknown[]).length).toBeGreaterThan(100);
    const since = encodeURIComponent('2000-01-01T00:00:00Z');
    const until = encodeURIComponent('2100-01-01T00:00:00Z');
    // the route lists live rows (deleted ones left out, also with gt/lt): they walk the live rows'
    // partial index, and a page at an offset skips to its first row in it by an index-only scan
    const index = 'executed_service_tenant_live_idx';
    for (const path of [
      '/api/v1/executed_services?limit=100',
      '/api/v1/executed_services?limit=100&offset=40',
      '/api/v1/executed_services?limit=5000&offset=3',
      `/api/v1/executed_services?limit=1000&gt=${since}&lt=${until}`,
    ]) {
      s.resetStatements();
      const r = await call(path);
      expect(r.status, `${path}: ${await r.clone().text()}`).toBe(200);
      const at = s.statements.findIndex(
        (q) => q.includes('from "provider"."executed_service"') && /\blimit \$/.test(q),
      );
      expect(at, `${path}: its page statement`).toBeGreaterThanOrEqual(0);
      const plan = await genericPlanOf(s.statements[at]!, s.statementParams[at]!);
      const types = plan.map((n) => n['Node Type']);
      expect(types, `${path}: ${types.join(' > ')}`).not.toContain('Sort');
      expect(types, path).not.toContain('Incremental Sort');
      const scans = plan.filter((n) => n['Relation Name'] === 'executed_service');
      expect(scans.length, path).toBeGreaterThan(0);
      for (const n of scans) {
        expect(['Index Scan', 'Index Only Scan'], `${path}: ${n['Node Type']}`).toContain(n['Node Type']);
        expect(n['Index Name'], path).toBe(index);
      }
      if (path.includes('offset=')) expect(types, `${path}: ${types.join(' > ')}`).toContain('Index Only Scan');
    }
  });
});
