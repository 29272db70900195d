/** Seeds one synthetic tenant across all subgraphs, in dependency order, with progress output. */
import cliProgress from 'cli-progress';
import { sql } from 'drizzle-orm';
import type { AppDatabase, SubgraphKit } from '@lcs/platform';
import { SeedWorld, type Progress, type SeedOptions } from './world.ts';
import { seed as seedIam, seedRoleAssignments } from './iam/seed.ts';
import { seed as seedCare } from './care/seed.ts';
import { seedOrganisation, seedChain } from './provider/seed.ts';
import { seed as seedHsl } from './hsl/seed.ts';
import { seed as seedHousing } from './housing/seed.ts';

/** The subgraph kit by name (the composition root knows the subgraphs; demo data only writes their tables). */
export type KitOf = (name: string) => SubgraphKit;

/** Fixed "today" of the demo data, so that every run produces the same municipality. */
export const DEMO_AS_OF = new Date('2026-11-01T00:00:00Z');

export const DEMO_TENANTS: Record<string, { name: string; code: string }> = {
  demo: { name: 'Demokommun', code: '9901' },
  demo2: { name: 'Exempelstad', code: '9902' },
};

export function progressBars(enabled: boolean, out: NodeJS.WriteStream = process.stderr): Progress {
  return (label, total) => {
    const started = Date.now();
    if (!enabled || total === 0) return { tick() {}, done() {} };
    if (!out.isTTY) {
      return {
        tick() {},
        done() {
          const s = (Date.now() - started) / 1000;
          out.write(
            `  ${label.padEnd(34)} ${String(total).padStart(9)} rows  ` +
              `${Math.round(total / Math.max(s, 0.001)).toLocaleString('en')} rows/s\n`,
          );
        },
      };
    }
    const bar = new cliProgress.SingleBar(
      {
        format: `  ${label.padEnd(34)} [{bar}] {value}/{total} rows  {rps} rows/s`,
        hideCursor: true,
        stream: out,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rps: 0 });
    let n = 0;
    return {
      tick(k) {
        n += k;
        bar.update(n, { rps: Math.round(n / Math.max((Date.now() - started) / 1000, 0.001)).toLocaleString('en') });
      },
      done() {
        bar.stop();
      },
    };
  };
}

export async function tenantExists(db: AppDatabase, tenant: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
    const res = await tx.execute(sql`select count(*)::int as n from iam.tenant`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (((res as any).rows ?? res)[0].n as number) > 0;
  });
}

export interface SeedResult {
  rows: number;
  seconds: number;
  counts: Map<string, number>;
}

export async function seedTenant(
  db: AppDatabase,
  o: Partial<SeedOptions> & { tenant: string },
  progress: Progress,
  kit: KitOf,
): Promise<SeedResult> {
  const known = DEMO_TENANTS[o.tenant];
  const opts: SeedOptions = {
    tenantName: known?.name ?? `Kommun ${o.tenant}`,
    municipalityCode: known?.code ?? '9999',
    clients: 100,
    asOf: DEMO_AS_OF,
    historyMonths: 2,
    ...o,
  };
  if (await tenantExists(db, opts.tenant))
    throw new Error(`tenant ${opts.tenant} already has data; seed another tenant or start from an empty database`);
  const started = Date.now();
  const w = new SeedWorld(db, opts, progress);
  await seedIam(w, kit('iam'));
  await seedOrganisation(w, kit('provider'));
  await seedRoleAssignments(w, kit('iam')); // roles on the provider units just created
  await seedCare(w, kit('care'));
  await seedChain(w, kit('provider'));
  await seedHsl(w, kit('hsl'));
  await seedHousing(w, kit('housing'));
  return {
    rows: [...w.counts.values()].reduce((a, b) => a + b, 0),
    seconds: (Date.now() - started) / 1000,
    counts: w.counts,
  };
}
