/** iam demo data: the tenant row itself. */
import type { Seeder } from '@lcs/platform';

export const seed: Seeder = async (w, kit) => {
  await w.insert(kit, 'Tenant', [{ domain: w.o.tenant, name: w.o.tenantName, municipalityCode: w.o.municipalityCode }]);
};
