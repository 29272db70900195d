/** hsl demo data: Procapita HSL orders for about a quarter of the clients (home health care). */
import { addDays, type Seeder } from '@lcs/platform';

export const seed: Seeder = async (w, kit) => {
  const r = w.rng('hsl');
  const execByClient = new Map(w.orders.map((o) => [o.clientId, o.executionId]));
  const rows = w.clients.filter(() => r.chance(0.25)).map((c) => {
    const start = r.date(c.since, w.o.asOf);
    const nurse = { id: `SSK${r.int(1, 8)}`, name: `Sjuksköterska Demo ${r.int(1, 8)}` };
    return {
      clientId: c.id, personId: c.personId, startDate: start, endDate: r.chance(0.3) ? addDays(start, r.int(14, 200)) : null,
      orderer: nurse, orderDate: addDays(start, -r.int(0, 3)), provider: nurse, providerOrganizationUnit: { id: 'HSL1', name: 'Hemsjukvården' },
      providerCompany: null, confirmer: nurse, confirmedDate: start, investigationId: null, executionId: execByClient.get(c.id) ?? null, updatedAt: start,
    };
  });
  await w.insert(kit, 'HslOrder', rows);
};
