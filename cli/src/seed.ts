/** Seeds one synthetic tenant across all subgraphs: the demo generators (@lcs/demo) over this build's subgraph kits. */
import { subgraphKit, type AppDatabase } from '@lcs/platform';
import { seedTenant as seedWith, type Progress, type SeedOptions, type SeedResult } from '@lcs/demo';
import { SUBGRAPHS } from './subgraphs.ts';

export { DEMO_AS_OF, DEMO_TENANTS, progressBars, tenantExists, type SeedResult } from '@lcs/demo';

export const kitOf = (name: string) => subgraphKit(SUBGRAPHS.find((d) => d.name === name)!);

export const seedTenant = (
  db: AppDatabase,
  o: Partial<SeedOptions> & { tenant: string },
  progress: Progress,
): Promise<SeedResult> => seedWith(db, o, progress, kitOf);
