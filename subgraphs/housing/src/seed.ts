/** housing demo data: application events (new → enqueued → reserved/offered → placed, or cancelled) for special housing. */
import { addDays, type Seeder } from '@lcs/platform';

// (event type, application status, status code) along an application's life
const STEPS = [['New', 'New', 1], ['Enqueued', 'New', 1], ['Reserved', 'Reserved', 2], ['Placed', 'Booked', 3]] as const;

export const seed: Seeder = async (w, kit) => {
  const r = w.rng('housing');
  const housingOrders = w.orders.filter((o) => o.serviceCategoryName === 'Särskilt boende');
  const rows: Record<string, unknown>[] = [];
  let application = 1;
  const byId = new Map(w.clients.map((c) => [c.id, c]));
  for (const o of housingOrders) {
    const c = byId.get(o.clientId)!;
    let at = addDays(o.startDate, -r.int(30, 120));
    const steps = r.chance(0.85) ? STEPS.length : r.int(1, STEPS.length - 1);
    const appId = application++;
    for (let i = 0; i < steps; i++) {
      const [eventType, status, statusCode] = STEPS[i]!;
      rows.push({
        clientId: c.id, eventId: appId * 10 + i, eventType, applicationId: appId, decisionId: o.decisionId, personId: c.personId,
        customerNumber: 10000 + appId, lawType: 'SOL', housingTypeId: 1, housingTypeName: r.pick(['Demensboende', 'Somatiskt boende']),
        priorityId: 1, priorityName: 'Normal', building1Id: 1, building1Name: 'Solgläntan', building2Id: null, building2Name: null, building3Id: null, building3Name: null,
        statusCode, status, applicantTypeCode: 1, applicantType: 'Applicant', eventDateTime: at, eventStartDate: at, eventEndDate: null,
      });
      at = addDays(at, r.int(3, 30));
    }
  }
  await w.insert(kit, 'HousingApplicationEvent', rows);
};
