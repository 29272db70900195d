/**
 * provider demo data. `organisation` runs before care (orders need provider units); `chain` runs
 * after it: executions of care's orders, executed decisions, executing providers, planned
 * workshifts with visits, and executed services whose times deviate realistically from the plan
 * (visits run a little long or short, some are cancelled, a few are unplanned extras).
 */
import { addDays, person, startOfDay, type Seeder } from '@lcs/platform';

const HOME_CARE_UNITS = ['Hemtjänst Norr', 'Hemtjänst Söder', 'Hemtjänst Centrum', 'Hemtjänst Väster', 'Hemtjänst Demo Omsorg AB'];
const HOUSING_UNITS = ['Solgläntans boende', 'Exempelgårdens boende', 'Demohemmets boende'];

export const seedOrganisation: Seeder = async (w, kit) => {
  const names = [...HOME_CARE_UNITS, ...HOUSING_UNITS];
  const ids = await w.reserveIds('provider', names.length * 2);
  const since = new Date(Date.UTC(w.o.asOf.getUTCFullYear() - 8, 0, 1));
  names.forEach((name, i) => {
    const priv = name.includes('AB');
    w.units.push({ id: ids[i]!, name, companyId: priv ? 2 : 1, companyName: priv ? 'Demo Omsorg AB' : `${w.o.tenantName} kommun`, planningUnitId: ids[names.length + i]! });
  });
  await w.insert(kit, 'ProviderUnit', w.units.map((u) => ({
    id: u.id, name: u.name, companyId: u.companyId, companyName: u.companyName, active: true, isShelteredHousing: u.name.includes('boende'), updatedAt: since,
  })));
  await w.insert(kit, 'PlanningUnit', w.units.map((u) => ({
    id: u.planningUnitId, name: `Planering ${u.name}`, connectedToProviderUnitId: u.id, children: [], updatedAt: since,
  })));
};

const MINUTE = 60_000;

export const seedChain: Seeder = async (w, kit) => {
  const r = w.rng('provider');
  const o = w.o;
  const unitById = new Map(w.units.map((u) => [u.id, u]));
  const clientById = new Map(w.clients.map((c) => [c.id, c]));
  const staff = new Map(w.units.map((u) => [u.id, Array.from({ length: 6 }, (_, i) => ({ ...person(r, 1965, 2000, 900 + i), planningUnitId: String(u.planningUnitId) }))]));

  const executions: Record<string, unknown>[] = [];
  const executing: Record<string, unknown>[] = [];
  const executedDecisions: Record<string, unknown>[] = [];
  const executed: Record<string, unknown>[] = [];
  // Planned visits per (unit, day), grouped into workshifts below.
  const planned = new Map<string, { client: number; start: Date; minutes: number; name: string }[]>();
  const historyStart = startOfDay(addDays(o.asOf, -Math.round(o.historyMonths * 30.44)));
  const planFrom = startOfDay(addDays(o.asOf, -14));

  for (const ord of w.orders) {
    const unit = unitById.get(ord.providerUnitId)!;
    const c = clientById.get(ord.clientId)!;
    const pro = { id: `P${unit.id}-1`, name: `Ansvarig ${unit.name}` };
    executions.push({
      id: ord.executionId, clientId: ord.clientId, orderId: ord.id, providerUnitId: unit.id, personId: ord.personId,
      startDate: ord.startDate, endDate: ord.endDate, serviceCategory: { code: ord.serviceCategoryId, text: ord.serviceCategoryName },
      serviceCategoryId: ord.serviceCategoryId, serviceCategoryName: ord.serviceCategoryName, investigationId: ord.investigationId, law: ord.law,
      organizationUnit: { id: String(unit.id), name: unit.name }, providerUnit: { id: unit.id, name: unit.name }, professional: pro, coProfessional: null,
      endReasonId: ord.endDate ? 1 : null, endReasonText: ord.endDate ? 'Avslutad enligt beslut' : null, updateTime: ord.startDate,
    });
    executing.push({ executionId: ord.executionId, providerUnitId: unit.id, organizationUnit: { id: String(unit.id), name: unit.name }, professional: pro, coProfessional: null, startDate: ord.startDate, endDate: ord.endDate, updatedAt: ord.startDate });
    executedDecisions.push({ executionId: ord.executionId, decisionId: ord.decisionId, decisionDate: addDays(ord.startDate, -7), decisionStartDate: ord.startDate, decisionEndDate: ord.endDate, executedDecisionStartDate: ord.startDate, executedDecisionEndDate: ord.endDate, updatedAt: ord.startDate });

    if (ord.serviceCategoryName !== 'Hemtjänst' || ord.hoursPerMonth <= 0) continue;
    // Ordered hours per month → visits of ~20–60 minutes, spread over the days.
    const visitMinutes = r.int(20, 60);
    const visitsPerDay = (ord.hoursPerMonth * 60) / visitMinutes / 30.44;
    const from = ord.startDate > historyStart ? ord.startDate : historyStart;
    const to = ord.endDate && ord.endDate < o.asOf ? ord.endDate : o.asOf;
    for (let day = startOfDay(from); day < to; day = addDays(day, 1)) {
      const n = Math.floor(visitsPerDay) + (r.chance(visitsPerDay % 1) ? 1 : 0);
      for (let v = 0; v < n; v++) {
        const start = new Date(day.getTime() + (7 * 60 + Math.floor((v * 14 * 60) / Math.max(n, 1)) + r.int(0, 30)) * MINUTE);
        if (day >= planFrom) {
          const key = `${unit.id}:${day.toISOString().slice(0, 10)}`;
          planned.set(key, [...(planned.get(key) ?? []), { client: c.id, start, minutes: visitMinutes, name: ord.serviceTypeName }]);
        }
        const cancelled = r.chance(0.04);
        const minutes = Math.max(5, Math.round(r.normal(visitMinutes * 0.97, visitMinutes * 0.18)));
        const staffer = r.pick(staff.get(unit.id)!);
        executed.push({
          executionId: ord.executionId, clientId: c.id, providerUnitId: unit.id, personId: c.personId, name: c.fullName,
          cancelled, categoryId: ord.serviceCategoryId, categoryName: ord.serviceCategoryName, typeId: ord.serviceTypeId, typeName: ord.serviceTypeName,
          doubleManning: r.chance(0.05), duration: cancelled ? '00:00:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`,
          startTime: new Date(start.getTime() + r.int(-10, 15) * MINUTE), endTime: new Date(start.getTime() + (cancelled ? 0 : minutes) * MINUTE),
          organizationUnit: { id: String(unit.id), name: unit.name }, personnel: { personId: staffer.personId, firstName: staffer.firstName, lastName: staffer.lastName, fullName: staffer.fullName },
          professional: pro, quantity: cancelled ? 0 : Math.round((minutes / 60) * 100) / 100, reportingSystem: 'Lifecare Mobil Omsorg',
          updateSignature: 'mobil', visitId: null, workType: r.chance(0.02) ? 'Emergency' : 'Normal', updateTime: new Date(start.getTime() + (minutes + r.int(1, 120)) * MINUTE),
        });
      }
    }
  }
  // Workshifts: each unit-day's planned visits in time order, dealt out to shifts of up to 8 visits.
  const shifts: Record<string, unknown>[] = [];
  for (const [key, visits] of planned) {
    const unitId = Number(key.split(':')[0]);
    const unit = unitById.get(unitId)!;
    visits.sort((a, b) => a.start.getTime() - b.start.getTime());
    for (let i = 0; i < visits.length; i += 8) {
      const part = visits.slice(i, i + 8);
      const staffer = r.pick(staff.get(unitId)!);
      const first = part[0]!;
      const last = part[part.length - 1]!;
      shifts.push({
        planningUnitId: unit.planningUnitId, startTime: first.start, endTime: new Date(last.start.getTime() + last.minutes * MINUTE),
        travelTimeHome: '00:10:00', startPosition: null, endPosition: null, typeOfTransportation: r.pick(['Car', 'Bicycle', 'Walking']),
        personnel: { planningUnitId: String(unit.planningUnitId), personId: staffer.personId, firstName: staffer.firstName, lastName: staffer.lastName, fullName: staffer.fullName },
        plannedActivities: part.map((v, j) => ({
          id: `${key}:${i + j}`, planningUnitId: String(unit.planningUnitId), startTime: v.start.toISOString(), duration: `00:${String(v.minutes).padStart(2, '0')}:00`,
          traveltimeToActivity: '00:05:00', activityName: v.name, description: null, isMonitored: false, medicalReminder: false, typeOfPlannedActivity: 'Visit',
          client: { personId: clientById.get(v.client)!.personId }, keyInfos: [], serviceItems: [],
        })),
        isRevoked: r.chance(0.01), modificationTime: addDays(first.start, -r.int(1, 7)),
      });
    }
  }
  await w.insert(kit, 'Execution', executions);
  await w.insert(kit, 'ExecutingProvider', executing);
  await w.insert(kit, 'ExecutedDecision', executedDecisions);
  await w.insert(kit, 'PlannedWorkshift', shifts);
  await w.insert(kit, 'ExecutedService', executed);
};
