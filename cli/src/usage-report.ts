/**
 * Capacity and fair use (service description 5.6): the facade's per-minute usage counts
 * (iam.api_key_usage, written by FairShare) summed per tenant, key and day, and the heaviest
 * hours of day per tenant and key — scheduled jobs show up as the same hour carrying most of a
 * key's rows day after day. Read across tenants through platform.usage_by_hour (counts only).
 */
import { sql } from 'drizzle-orm';
import { rowsOf, stockholmWall, type AppDatabase } from '@lcs/platform';

export interface UsageReport {
  since: string;
  until: string;
  daily: { tenant: string; key: string; day: string; requests: number; rows: number; refusals: number }[];
  /** Per tenant and key, the hours of day (Stockholm) with the most rows, over the period. */
  heaviestHours: {
    tenant: string;
    key: string;
    hourOfDay: string;
    days: number;
    requests: number;
    rows: number;
    refusals: number;
    shareOfKeyRows: number;
  }[];
}

export async function usageReport(
  db: AppDatabase,
  o: { days: number; tenant?: string; top: number; now?: Date },
): Promise<UsageReport> {
  const until = o.now ?? new Date();
  const since = new Date(
    Date.UTC(until.getUTCFullYear(), until.getUTCMonth(), until.getUTCDate()) - (o.days - 1) * 86_400_000,
  );
  const rows = rowsOf<{
    tenant_id: string;
    key_id: string;
    hour: Date | string;
    requests: number | string;
    rows_returned: number | string;
    refusals: number | string;
  }>(
    await db.execute(
      sql`select tenant_id, key_id, hour, requests, rows_returned, refusals
          from platform.usage_by_hour(${since.toISOString()}::timestamptz, ${o.tenant ?? null})`,
    ),
  );
  const daily = new Map<string, UsageReport['daily'][number]>();
  const hours = new Map<string, UsageReport['heaviestHours'][number] & { dayset: Set<string> }>();
  const keyRows = new Map<string, number>();
  for (const r of rows) {
    const at = new Date(r.hour);
    const day = at.toISOString().slice(0, 10);
    const n = { requests: Number(r.requests), rows: Number(r.rows_returned), refusals: Number(r.refusals) };
    const dk = `${r.tenant_id}|${r.key_id}|${day}`;
    const d = daily.get(dk) ?? { tenant: r.tenant_id, key: r.key_id, day, requests: 0, rows: 0, refusals: 0 };
    d.requests += n.requests;
    d.rows += n.rows;
    d.refusals += n.refusals;
    daily.set(dk, d);
    const hourOfDay = `${stockholmWall(at).time.slice(0, 2)}:00`;
    const hk = `${r.tenant_id}|${r.key_id}|${hourOfDay}`;
    const h = hours.get(hk) ?? {
      tenant: r.tenant_id,
      key: r.key_id,
      hourOfDay,
      days: 0,
      requests: 0,
      rows: 0,
      refusals: 0,
      shareOfKeyRows: 0,
      dayset: new Set<string>(),
    };
    h.requests += n.requests;
    h.rows += n.rows;
    h.refusals += n.refusals;
    h.dayset.add(day);
    hours.set(hk, h);
    keyRows.set(`${r.tenant_id}|${r.key_id}`, (keyRows.get(`${r.tenant_id}|${r.key_id}`) ?? 0) + n.rows);
  }
  const heaviestHours = [...hours.values()]
    .map(({ dayset, ...h }) => ({
      ...h,
      days: dayset.size,
      shareOfKeyRows: Math.round((h.rows / Math.max(1, keyRows.get(`${h.tenant}|${h.key}`) ?? 0)) * 1000) / 1000,
    }))
    .sort((a, b) => b.rows - a.rows || b.requests - a.requests)
    .slice(0, o.top);
  return {
    since: since.toISOString(),
    until: until.toISOString(),
    daily: [...daily.values()].sort(
      (a, b) => a.tenant.localeCompare(b.tenant) || a.key.localeCompare(b.key) || a.day.localeCompare(b.day),
    ),
    heaviestHours,
  };
}
