/**
 * hsl demo data: about a quarter of the clients are HSL patients (more of those in special housing).
 * Each patient has a journal in both modules, as in a municipality that runs them side by side:
 *
 * - Procapita HSL: the patient (package 8974; a tombstone once the journal ended), HSL orders
 *   confirmed on one of the client's executions, their services, and performed services with KVÅ
 *   codes over the history window (package 8900; the patient is only referenced).
 * - Lifecare HSL: journal, activities from the demo catalogue (catalogue.ts), monthly planned
 *   occurrences, performed / not performed registrations (with measured values), orders handing
 *   the delegated activities to the provider unit of the client's execution, the activities as
 *   included in each order (order services) and the order ↔ execution connection.
 *
 * Everything is derived from `w.rng('hsl…')` streams, so the output is deterministic.
 */
import {
  addDays,
  countOf,
  startOfDay,
  type Rng,
  type Seeder,
  type SeedClient,
  type SeedOrder,
  type SeedUnit,
} from '../kit.ts';
import {
  ACTIVITIES,
  PROFESSIONS,
  WEEKDAY_NAMES,
  minutesOf,
  recurrence,
  type HslActivityTemplate,
  type Profession,
} from '@lcs/hsl/catalogue';

type Row = Record<string, unknown>;
const MINUTE = 60_000;

interface Staff {
  id: number;
  name: string;
  signature: string;
  role: string;
  profession: Profession;
  provider: boolean;
}

const HSL_UNITS = [
  { id: 'HSL-N', name: 'Hemsjukvård Norr' },
  { id: 'HSL-S', name: 'Hemsjukvård Söder' },
  { id: 'HSL-SÄBO', name: 'HSL Särskilt boende' },
] as const;
const ORGANIZATION_ID = 1;
const WHEN_DURING_DAY = [
  { code: 1, text: 'Morgon' },
  { code: 2, text: 'Förmiddag' },
  { code: 3, text: 'Eftermiddag' },
  { code: 4, text: 'Kväll' },
];
const JOURNAL_END = [
  { codeId: 1, name: 'Behov upphört' },
  { codeId: 2, name: 'Flyttat från kommunen' },
  { codeId: 3, name: 'Överförd till regionen' },
];
const NOT_PERFORMED = ['Patienten ej hemma', 'Patienten avböjde', 'Patienten inlagd på sjukhus', 'Läkemedel saknades'];

const min = (a: Date, b: Date) => (a < b ? a : b);
const max = (a: Date, b: Date) => (a > b ? a : b);
const iso = (d: Date) => d.toISOString();
/** The rows to insert of working records that carry theirs (`row`) beside what later generators read. */
const rowsOf = (xs: { row: Row }[]) => xs.map((x) => x.row);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}.${String(m % 60).padStart(2, '0')}`;
const hours = (duration: string) => minutesOf(duration) / 60;
const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

/** A deterministic v4-style UUID from the generator. */
function uuid(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => r.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[r.int(0, 3)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Planned occurrence times of a recurring template in [from, to). */
function plannedTimes(t: HslActivityTemplate, from: Date, to: Date): { at: Date; timed: boolean }[] {
  const out: { at: Date; timed: boolean }[] = [];
  for (let day = startOfDay(from); day < to; day = addDays(day, 1)) {
    if (!t.days.includes(day.getUTCDay())) continue;
    if (t.times.length) {
      for (const time of t.times) {
        const at = new Date(day.getTime() + minutesOf(time) * MINUTE);
        if (at >= from && at < to) out.push({ at, timed: true });
      }
    } else out.push({ at: day, timed: false });
  }
  return out;
}

const professionFlags = (p: Profession | 'none') => ({
  nurse: p === 'nurse',
  physiotherapist: p === 'physiotherapist',
  occupationalTherapist: p === 'occupationalTherapist',
  dietician: p === 'dietician',
  curator: false,
  speechTherapist: false,
  psychologist: false,
});

export const seed: Seeder = async (w, kit) => {
  const r = w.rng('hsl');
  const o = w.o;
  const asOf = o.asOf;
  const historyStart = startOfDay(addDays(asOf, -Math.round(o.historyMonths * 30.44)));
  const unitById = new Map<number, SeedUnit>(w.units.map((u) => [u.id, u]));
  const ordersByClient = new Map<number, SeedOrder[]>();
  for (const ord of w.orders) ordersByClient.set(ord.clientId, [...(ordersByClient.get(ord.clientId) ?? []), ord]);
  const customerNumber = (c: SeedClient) => 500000 + c.id;

  // ---- staff (HSL users and, for delegated activities, care staff of the provider units) ----
  let userId = 500;
  const hslStaff = (profession: Profession, abbr: string, n: number): Staff[] =>
    Array.from({ length: n }, (_, i) => ({
      id: userId++,
      name: `${PROFESSIONS[profession].sv} Demo ${i + 1}`,
      signature: `${abbr}DEMO${i + 1}`,
      role: PROFESSIONS[profession].role,
      profession,
      provider: false,
    }));
  const staff: Record<Exclude<Profession, 'other'>, Staff[]> = {
    nurse: hslStaff('nurse', 'SSK', 6),
    physiotherapist: hslStaff('physiotherapist', 'FT', 2),
    occupationalTherapist: hslStaff('occupationalTherapist', 'AT', 2),
    dietician: hslStaff('dietician', 'DT', 1),
  };
  const careStaff = new Map<number, Staff[]>(
    w.units.map((u, ui) => [
      u.id,
      Array.from({ length: 4 }, (_, i) => ({
        id: 8000 + ui * 10 + i,
        name: `Undersköterska Demo ${ui + 1}-${i + 1}`,
        signature: `USK${ui + 1}${i + 1}`,
        role: 'Undersköterska',
        profession: 'other' as const,
        provider: true,
      })),
    ]),
  );
  const managers = new Map<number, Staff>(
    w.units.map((u, ui) => [
      u.id,
      {
        id: 8900 + ui,
        name: `Enhetschef Demo ${ui + 1}`,
        signature: `EC${ui + 1}`,
        role: 'Enhetschef',
        profession: 'other' as const,
        provider: true,
      },
    ]),
  );
  const userTs = (u: Staff, at: Date) => ({
    userName: u.name,
    userRole: u.role,
    userSignature: u.signature,
    timestamp: at,
  });
  const performedTs = (u: Staff, at: Date) => ({
    isProviderUser: u.provider,
    userId: u.id,
    userName: u.name,
    userRole: u.role,
    userSignature: u.signature,
    timeStamp: at,
  });
  const professionTs = (u: Staff, at: Date) => ({
    ...userTs(u, at),
    professionKvaCode: PROFESSIONS[u.profession].kvaCode,
    professionNameSwe: PROFESSIONS[u.profession].sv,
  });
  const professional = (u: Staff) => ({ id: u.signature, name: u.name });

  // ---- patients ----
  interface Patient {
    c: SeedClient;
    start: Date;
    end: Date | null;
    unit: (typeof HSL_UNITS)[number];
    nurse: Staff;
    templates: HslActivityTemplate[];
    /** Executions of the client that can carry out delegated tasks (home care, special housing). */
    executions: SeedOrder[];
    journalId: number;
  }
  const patients: Patient[] = [];
  for (const c of w.clients) {
    const orders = (ordersByClient.get(c.id) ?? []).filter(
      (x) => x.serviceCategoryName === 'Hemtjänst' || x.serviceCategoryName === 'Särskilt boende',
    );
    const housing = orders.some((x) => x.serviceCategoryName === 'Särskilt boende');
    if (!r.chance(housing ? 0.45 : 0.2)) continue;
    const start = startOfDay(r.date(addDays(c.since, -60), addDays(asOf, -14)));
    const end =
      r.chance(0.12) && addDays(start, 30) < addDays(asOf, -1)
        ? startOfDay(r.date(addDays(start, 30), addDays(asOf, -1)))
        : null;
    let templates = ACTIVITIES.filter((t) => r.chance(t.p));
    if (!templates.length) templates = [r.pick(ACTIVITIES)];
    patients.push({
      c,
      start,
      end,
      unit: housing ? HSL_UNITS[2] : r.pick(HSL_UNITS.slice(0, 2)),
      nurse: r.pick(staff.nurse),
      templates,
      executions: orders.sort((a, b) => a.startDate.getTime() - b.startDate.getTime()),
      journalId: 0,
    });
  }
  /** The client's execution running at `at`, if any. */
  const executionAt = (p: Patient, at: Date) =>
    p.executions.find((x) => x.startDate <= at && (!x.endDate || x.endDate > at)) ?? null;
  /** The client's first execution overlapping [from, to). */
  const executionIn = (p: Patient, from: Date, to: Date) =>
    p.executions.find((x) => x.startDate < to && (!x.endDate || x.endDate > from)) ?? null;

  // ======================= Procapita HSL =======================
  const pp = w.rng('hsl:procapita');
  const patientIds = await w.reserveIds('hsl', patients.length);
  const hslPatients: Row[] = patients.map((p, i) => ({
    id: patientIds[i],
    clientId: p.c.id,
    journalStartDate: p.start,
    journalEndDate: p.end,
    organizationUnitId: p.unit.id,
    organizationUnitName: p.unit.name,
    deleted: p.end !== null,
    updatedAt: p.end ?? p.start,
  }));

  interface ProcOrder {
    id: number;
    p: Patient;
    first: boolean;
    start: Date;
    end: Date | null;
    row: Row;
  }
  const procOrders: ProcOrder[] = [];
  patients.forEach((p, i) => {
    const n = pp.chance(0.35) ? 2 : 1;
    let start = p.start;
    for (let k = 0; k < n; k++) {
      if (start >= asOf) break;
      const closeBy = p.end ?? (pp.chance(0.25) ? addDays(start, pp.int(30, 240)) : null);
      const end = k < n - 1 ? min(addDays(start, pp.int(30, 180)), closeBy ?? asOf) : closeBy;
      const exec = executionAt(p, start) ?? executionIn(p, start, end ?? asOf);
      const unit = exec ? unitById.get(exec.providerUnitId) : undefined;
      const confirmed = addDays(start, pp.int(0, 2));
      procOrders.push({
        id: 0,
        p,
        first: k === 0,
        start,
        end,
        row: {
          clientId: p.c.id,
          personId: p.c.personId,
          startDate: start,
          endDate: end,
          orderer: professional(p.nurse),
          orderDate: addDays(start, -pp.int(0, 3)),
          provider: professional(p.nurse),
          providerOrganizationUnit: { id: p.unit.id, name: p.unit.name },
          providerCompany: unit
            ? {
                id: unit.companyId,
                name: unit.companyName,
                externalProvider: { id: `P${unit.id}-1`, name: `Ansvarig ${unit.name}` },
                organizationUnit: { id: String(unit.id), name: unit.name },
              }
            : null,
          confirmer: unit
            ? { id: managers.get(unit.id)!.signature, name: managers.get(unit.id)!.name }
            : professional(p.nurse),
          confirmedDate: confirmed,
          investigationId: patientIds[i],
          executionId: exec?.executionId ?? null,
          deleted: false,
          updatedAt: min(end && end < asOf ? end : confirmed, asOf),
        },
      });
      if (!end || end >= asOf) break;
      start = addDays(end, 1);
    }
  });
  const procOrderIds = await w.reserveIds('hsl', procOrders.length);
  procOrders.forEach((x, i) => {
    x.id = procOrderIds[i]!;
    x.row.id = x.id;
  });

  interface ProcService {
    id: number;
    order: ProcOrder;
    t: HslActivityTemplate;
    start: Date;
    end: Date | null;
    row: Row;
  }
  const procServices: ProcService[] = [];
  let detailId = 1;
  for (const order of procOrders) {
    for (const t of order.p.templates) {
      if (t.once && !order.first) continue;
      const start = addDays(order.start, pp.int(0, 3));
      if (order.end && start >= order.end) continue;
      const end = t.once ? addDays(start, 1) : order.end;
      const updated = min(addDays(start, pp.int(0, 3)), asOf);
      const sig = order.p.nurse.signature;
      const weekly = t.days.length && t.days.length < 7;
      procServices.push({
        id: 0,
        order,
        t,
        start,
        end,
        row: {
          hslOrderId: order.id,
          clientId: order.p.c.id,
          serviceType: { code: t.serviceCode, text: t.name },
          serviceText: pp.chance(0.6)
            ? {
                id: `HSLTXT-${order.id}-${t.serviceCode}`,
                headlineId: 'HSL-ATGARD',
                parentId: null,
                status: 'Current',
                contentType: 'Text',
                text: `${t.name}. ${t.task?.description ?? 'Enligt ordination'}.`,
                plainText: `${t.name}. ${t.task?.description ?? 'Enligt ordination'}.`,
                createdSignature: sig,
                createdTime: start,
                createdName: order.p.nurse.name,
                createdRoleId: 'SSK',
                signedSignature: sig,
                signedTime: start,
                executionId: order.row.executionId,
                occurrenceTime: start,
                endTime: null,
                errorMarked: false,
                errorMarkedSignature: null,
                errorMarkedTime: null,
                updatedSignature: sig,
                originId: null,
                nextHistoryId: null,
                previousHistoryId: null,
              }
            : null,
          startDate: start,
          endDate: end,
          updatedTime: updated,
          updatedSignature: sig,
          details: [
            {
              id: detailId++,
              timeUnit: { code: 1, text: 'Timmar' },
              countHour: Math.round(hours(t.duration) * 100) / 100,
              dayPeriod:
                t.days.length === 7
                  ? { code: Math.max(1, t.times.length), text: `${Math.max(1, t.times.length)} gång(er) per dag` }
                  : null,
              weekPeriod: weekly ? { code: t.days.length, text: `${t.days.length} gång(er) per vecka` } : null,
              monthPeriod: null,
              yearPeriod: null,
              whenDuringDay: t.times.length
                ? WHEN_DURING_DAY[
                    minutesOf(t.times[0]!) < 10 * 60
                      ? 0
                      : minutesOf(t.times[0]!) < 12 * 60
                        ? 1
                        : minutesOf(t.times[0]!) < 17 * 60
                          ? 2
                          : 3
                  ]
                : WHEN_DURING_DAY[1],
              weekdays: t.days.map((d) => WEEKDAY_NAMES[d]),
            },
          ],
          deleted: false,
        },
      });
    }
  }
  const procServiceIds = await w.reserveIds('hsl', procServices.length);
  procServices.forEach((s, i) => {
    s.id = procServiceIds[i]!;
    s.row.id = s.id;
  });

  // Performed services: Procapita registers the service once per planned day (not per dose);
  // when-needed ones on some days. Built as they are written (nothing draws from `pp` after them):
  // a fork of the PRNG counts them first, with the same draws.
  function* performedServices(pp: Rng): Generator<Row> {
    for (const s of procServices) {
      const from = max(s.start, historyStart);
      const to = min(s.end ?? asOf, asOf);
      if (from >= to) continue;
      const days: Date[] = s.t.once
        ? s.start >= historyStart && s.start < asOf
          ? [s.start]
          : []
        : s.t.whenNeeded
          ? plannedTimes({ ...s.t, days: [0, 1, 2, 3, 4, 5, 6] }, from, to)
              .filter(() => pp.chance(0.2))
              .map((x) => x.at)
          : [...new Set(plannedTimes(s.t, from, to).map((x) => startOfDay(x.at).getTime()))].map((ms) => new Date(ms));
      const byOther = s.t.delegated;
      for (const day of days) {
        const at = new Date(
          day.getTime() +
            (s.t.times[0] ? minutesOf(s.t.times[0]) : pp.int(8 * 60, 16 * 60)) * MINUTE +
            pp.int(-20, 40) * MINUTE,
        );
        const p = s.t.profession;
        yield {
          hslOrderServiceId: s.id,
          clientId: s.order.p.c.id,
          kvaServices: [s.t.kva, ...(s.t.extraKva ? [s.t.extraKva] : [])].map((k) => ({
            kvaServiceId: k.id,
            kvaServiceCode: k.code,
            kvaServiceName: k.name,
          })),
          hslServiceId: s.t.serviceCode,
          hslServiceName: s.t.name,
          performed: pp.chance(0.95),
          performedDateTime: at,
          performedByNurse: !byOther && p === 'nurse',
          performedByPhysiotherapist: !byOther && p === 'physiotherapist',
          performedByOccupationalTherapist: !byOther && p === 'occupationalTherapist',
          performedByDietician: !byOther && p === 'dietician',
          performedByCurator: false,
          performedBySpeechTherapist: false,
          performedByPsychologist: false,
          performedByOther: byOther,
          hslJournalOrganizationUnit: { id: s.order.p.unit.id, name: s.order.p.unit.name },
          updatedDate: min(new Date(at.getTime() + pp.int(1, 180) * MINUTE), asOf),
          hasComment: pp.chance(0.08),
        };
      }
    }
  }

  await w.insert(kit, 'HslPatient', hslPatients);
  await w.insert(kit, 'HslOrder', rowsOf(procOrders));
  await w.insert(kit, 'HslOrderService', rowsOf(procServices));
  await w.insert(kit, 'HslPerformedService', performedServices(pp), countOf(performedServices(pp.fork())));

  // ======================= Lifecare HSL =======================
  const lr = w.rng('hsl:lifecare');
  const journalIds = await w.reserveIds('hsl', patients.length);
  patients.forEach((p, i) => {
    p.journalId = journalIds[i]!;
  });
  const journals: Row[] = patients.map((p, i) => ({
    id: journalIds[i],
    journalId: journalIds[i],
    clientId: p.c.id,
    customerNumber: customerNumber(p.c),
    personId: p.c.personId,
    personName: p.c.fullName,
    organizationUnit: { organizationId: ORGANIZATION_ID, organizationUnitId: p.unit.id, organizationName: p.unit.name },
    startDate: p.start,
    endDate: p.end,
    endReason: p.end ? lr.pick(JOURNAL_END) : null,
    modifiedDate: p.end ?? min(addDays(p.start, lr.int(0, 30)), asOf),
    deleted: false,
  }));

  // Activities.
  interface Activity {
    id: number;
    p: Patient;
    t: HslActivityTemplate;
    journalId: number;
    careProcessId: number;
    start: Date;
    end: Date | null;
    by: Staff;
    modified: Date;
    row: Row;
  }
  const activities: Activity[] = [];
  let careProcess = 7000;
  patients.forEach((p) => {
    const processes = [careProcess++, careProcess++];
    for (const t of p.templates) {
      const day = startOfDay(min(addDays(p.start, lr.int(0, 20)), addDays(asOf, -1)));
      const start = t.times[0] ? new Date(day.getTime() + minutesOf(t.times[0]) * MINUTE) : day;
      const stopped =
        !t.once && !p.end && lr.chance(0.15) && addDays(start, 21) < asOf
          ? startOfDay(lr.date(addDays(start, 21), asOf))
          : null;
      const end = t.once ? new Date(start.getTime() + minutesOf(t.duration) * MINUTE) : (p.end ?? stopped);
      const by = t.profession === 'nurse' ? p.nurse : lr.pick(staff[t.profession]);
      const modified = min(end && end < asOf ? end : addDays(start, lr.int(0, 10)), asOf);
      activities.push({
        id: 0,
        p,
        t,
        journalId: p.journalId,
        careProcessId: processes[t.type === 'Investigating' ? 0 : 1]!,
        start,
        end,
        by,
        modified,
        row: {},
      });
    }
  });
  const activityIds = await w.reserveIds('hsl', activities.length);
  for (const [i, a] of activities.entries()) {
    a.id = activityIds[i]!;
    const { t, p } = a;
    const rec = recurrence(t);
    const delegated = t.delegated;
    const inactivated = a.end && !t.once && a.end < asOf;
    a.row = {
      id: a.id,
      clientId: p.c.id,
      careProcessId: a.careProcessId,
      patientPersonId: p.c.personId,
      patientName: `${p.c.lastName}, ${p.c.firstName}`,
      lHslJournalId: a.journalId,
      type: t.type,
      kvaCode: t.kva,
      description: `${t.name}${t.task ? `: ${t.task.description.toLowerCase()}` : ''}.`,
      isWhenNeeded: !!t.whenNeeded,
      prescriptionCause: t.whenNeeded ?? null,
      timeSpecified: t.times.length > 0,
      startDate: a.start,
      endDate: a.end,
      duration: t.duration,
      timeWindowMode: t.times.length && lr.chance(0.4) ? 'WithinTheSpecifiedTimeWindow' : 'AsPlanned',
      timeWindow: null,
      rRule: rec?.rRule ?? null,
      rRuleSummarySwedish: rec?.sv ?? null,
      rRuleSummaryBritish: rec?.en ?? null,
      whenDuringDay: t.times.length ? null : 1,
      whenDuringDayText: t.times.length ? null : 'Morgon',
      allDayTimesPerDay: t.times.length || !t.days.length ? null : 1,
      ...professionFlags(t.profession),
      otherPersonnel: delegated,
      feedback: t.measure
        ? `Kontakta ansvarig sjuksköterska om värdet är under ${t.measure.low} ` +
          `eller över ${t.measure.high} ${t.measure.unit}.`
        : null,
      noNotification: false,
      isMedication: t.medication,
      isPlanned: !t.whenNeeded,
      times: t.times.map((time) => ({ time })),
      delegationMode: delegated ? 'Unit' : 'NotSpecified',
      tasks: t.task ? [{ taskCode: t.task.code, description: t.task.description }] : [],
      extraKvaCodes: t.extraKva ? [t.extraKva] : [],
      goals: t.goal ? [{ description: t.goal, followUpDate: addDays(a.start, 56) }] : [],
      plannedMeasuredTypes: t.measure ? [{ measuredTypeId: t.measure.id, name: t.measure.name }] : [],
      createdBy: userTs(a.by, a.start),
      modifiedBy: userTs(a.by, a.modified),
      modifiedComment: inactivated ? 'Åtgärden avslutad' : null,
      signedBy: userTs(a.by, a.start),
      errorMarkedBy: null,
      inactivatedBy: inactivated ? userTs(a.by, a.end!) : null,
      deleted: false,
      systemStartTime: a.modified,
      systemEndTime: null,
    };
    if (a.row.timeWindowMode === 'WithinTheSpecifiedTimeWindow') {
      const m = minutesOf(t.times[0]!);
      a.row.timeWindow = { timeWindowFrom: hhmm(m - 30), timeWindowTo: hhmm(m + 60) };
    }
  }

  // Orders: the delegated activities are handed to the provider unit of the client's execution.
  interface LOrder {
    id: number;
    p: Patient;
    exec: SeedOrder;
    unit: SeedUnit;
    start: Date;
    end: Date | null;
    confirmed: Date | null;
    acts: Activity[];
    row: Row;
  }
  const lOrders: LOrder[] = [];
  for (const p of patients) {
    const acts = activities.filter((a) => a.p === p && a.t.delegated);
    if (!acts.length) continue;
    const first = startOfDay(acts.reduce((x, a) => min(x, a.start), acts[0]!.start));
    const firstExec = executionIn(p, first, p.end ?? asOf);
    if (!firstExec || firstExec.startDate >= asOf) continue;
    let start = startOfDay(max(first, firstExec.startDate));
    const renewals = lr.chance(0.3) ? 2 : 1;
    for (let k = 0; k < renewals; k++) {
      const exec = executionAt(p, start);
      if (!exec || (p.end && p.end <= start)) break;
      const unit = unitById.get(exec.providerUnitId)!;
      const limit = [p.end, exec.endDate]
        .filter((d): d is Date => !!d)
        .reduce<Date | null>((x, y) => (x ? min(x, y) : y), null);
      const end =
        k < renewals - 1 && addDays(start, 60) < asOf
          ? min(startOfDay(lr.date(addDays(start, 30), asOf)), limit ?? asOf)
          : limit;
      const confirmed = lr.chance(0.95) ? min(addDays(start, lr.int(0, 3)), asOf) : null;
      lOrders.push({
        id: 0,
        p,
        exec,
        unit,
        start,
        end,
        confirmed,
        acts: acts.filter((a) => !a.end || a.end > start),
        row: {},
      });
      if (!end || end >= asOf) break;
      start = addDays(end, 1);
    }
  }
  const lOrderIds = await w.reserveIds('hsl', lOrders.length);
  const connections: Row[] = [];
  for (const [i, ord] of lOrders.entries()) {
    ord.id = lOrderIds[i]!;
    const { p, unit } = ord;
    const manager = managers.get(unit.id)!;
    const errorMarked = lr.chance(0.01);
    const created = addDays(ord.start, -lr.int(0, 2));
    const updated = min(ord.end && ord.end < asOf ? ord.end : (ord.confirmed ?? created), asOf);
    ord.row = {
      id: ord.id,
      orderId: ord.id,
      clientId: p.c.id,
      patientPersonId: p.c.personId,
      patientOrganizationId: ORGANIZATION_ID,
      patientOrganizationUnitId: p.unit.id,
      startDate: ord.start,
      endDate: ord.end,
      ordererId: p.nurse.id,
      ordererName: p.nurse.name,
      orderDate: created,
      receiverProviderUnitId: unit.id,
      receiverProviderUnitName: unit.name,
      confirmerId: ord.confirmed ? manager.id : null,
      confirmerName: ord.confirmed ? manager.name : null,
      confirmedDate: ord.confirmed,
      lHslJournalId: p.journalId,
      errorMarkedById: errorMarked ? p.nurse.id : null,
      errorMarkedName: errorMarked ? p.nurse.name : null,
      errorMarkedDate: errorMarked ? updated : null,
      deleted: false,
      orderText: `Delegerade hälso- och sjukvårdsuppgifter: ${ord.acts.map((a) => a.t.name.toLowerCase()).join(', ')}.`,
      startTime: lr.chance(0.2) ? '08.00' : null,
      endTime: null,
      createdBy: professionTs(p.nurse, created),
      updatedBy: professionTs(p.nurse, updated),
      updatedAt: updated,
    };
    if (ord.confirmed && !errorMarked) {
      connections.push({
        hslOrderId: ord.id,
        executionId: ord.exec.executionId,
        providerUnitId: unit.id,
        providerUnitName: unit.name,
        organizationId: ORGANIZATION_ID,
        organizationUnitId: p.unit.id,
        professionalId: `P${unit.id}-1`,
        updatedAt: ord.confirmed,
      });
    }
  }

  // Order services: each delegated activity as included in an order.
  const orderServices: Row[] = [];
  let subId = 1;
  for (const ord of lOrders) {
    for (const a of ord.acts) {
      const { t } = a;
      const rec = recurrence(t);
      const changeSet = uuid(lr);
      const activityRowId = subId++;
      const inactivated = a.end && a.end < asOf && !t.once;
      const from = max(ord.start, a.start);
      const to = [ord.end, a.end]
        .filter((d): d is Date => !!d)
        .reduce<Date | null>((x, y) => (x ? min(x, y) : y), null);
      const modified = min(ord.row.updatedAt as Date, asOf);
      const resp = PROFESSIONS[t.profession];
      orderServices.push({
        lifecareHslOrderId: ord.id,
        clientId: ord.p.c.id,
        activityId: a.id,
        careProcessId: a.careProcessId,
        activityType: t.type,
        isWhenNeeded: !!t.whenNeeded,
        prescriptionCause: t.whenNeeded ?? null,
        kvaCodes: [{ ...t.kva, isPrimary: true }, ...(t.extraKva ? [{ ...t.extraKva, isPrimary: false }] : [])],
        kvaCode: t.kva,
        description: a.row.description,
        duration: t.duration,
        ...professionFlags(t.profession),
        otherProfession: false,
        otherHealthcareProfessionals: false,
        otherPersonnel: true,
        assistantNurse: true,
        timeSpecified: t.times.length > 0,
        createdBy: userTs(a.by, a.start),
        modifiedBy: userTs(a.by, modified),
        modifiedComment: inactivated ? 'Åtgärden avslutad' : null,
        signedBy: userTs(a.by, a.start),
        errorMarkedDateTime: null,
        errorMarkedByName: null,
        errorMarkedBySignature: null,
        errorMarkedByRole: null,
        feedback: a.row.feedback,
        whenDuringDay: a.row.whenDuringDay,
        whenDuringDayText: a.row.whenDuringDayText,
        inactivatedDate: inactivated ? a.end : null,
        inactivatedById: inactivated ? a.by.id : 0,
        inactivatedSign: inactivated ? a.by.signature : '',
        inactivatedName: inactivated ? a.by.name : '',
        inactivatedByRole: inactivated ? a.by.role : '',
        changeSetId: changeSet,
        isMedication: t.medication,
        delegationMode: 'Provider',
        tasks: t.task ? [{ id: subId++, taskCode: t.task.code, description: t.task.description }] : [],
        timeWindowMode: a.row.timeWindowMode,
        timeWindow: a.row.timeWindow,
        isJournalClosed: !!ord.p.end && ord.p.end < asOf,
        isCareProcessClosed: !!inactivated,
        lHslOrderActivities: [
          {
            id: activityRowId,
            lHslOrderId: ord.id,
            activityId: a.id,
            startDate: from,
            endDate: to,
            rRule: rec?.rRule ?? null,
            rRuleSummarySwedish: rec?.sv ?? null,
            rRuleSummaryBritish: rec?.en ?? null,
            changeSetId: changeSet,
            times: t.times.map((time) => ({
              id: subId++,
              lHslOrderActivityId: activityRowId,
              time,
              monday: t.days.includes(1),
              tuesday: t.days.includes(2),
              wednesday: t.days.includes(3),
              thursday: t.days.includes(4),
              friday: t.days.includes(5),
              saturday: t.days.includes(6),
              sunday: t.days.includes(0),
              createdDate: a.start,
              modifiedDate: modified,
              changeSetId: changeSet,
            })),
            homeHealthCareAssignments: [
              {
                responsibleProfession: { kvaCode: resp.kvaCode, nameSwedish: resp.sv, nameEnglish: resp.en },
                fromDate: from,
                toDate: to,
                partially: false,
                enrollmentCause: ord.p.unit.id === 'HSL-SÄBO' ? 'Särskilt boende' : 'Hemsjukvård',
              },
            ],
            isConnectedToCarePlans: lr.chance(0.3),
            modifiedDate: modified,
          },
        ],
        allDayTimesPerDay: a.row.allDayTimesPerDay,
        updatedAt: modified,
      });
    }
  }

  // Planned occurrences, one row per activity and month: from the history window to the end of next
  // month (no draws: built as they are written, and once before to count them).
  const receiverOf = (a: Activity, at: Date) =>
    lOrders.find((x) => x.p === a.p && x.acts.includes(a) && x.start <= at && (!x.end || x.end > at));
  const planUntil = nextMonth(nextMonth(asOf));
  function* occurrences(): Generator<Row> {
    for (const a of activities) {
      if (a.t.whenNeeded) continue;
      for (let m = monthStart(max(a.start, historyStart)); m < planUntil; m = nextMonth(m)) {
        const from = max(m, a.start);
        const to = min(nextMonth(m), a.end ?? planUntil);
        if (from >= to) continue;
        const times = a.t.once
          ? a.start >= m && a.start < nextMonth(m)
            ? [{ at: a.start, timed: a.t.times.length > 0 }]
            : []
          : plannedTimes(a.t, from, to);
        if (!times.length) continue;
        const perform = a.t.delegated ? [PROFESSIONS.other] : [PROFESSIONS[a.t.profession]];
        const receiver = receiverOf(a, from);
        yield {
          activityId: a.id,
          clientId: a.p.c.id,
          kvaCodes: [a.t.kva.code, ...(a.t.extraKva ? [a.t.extraKva.code] : [])],
          plannedDates: times.map((x) => iso(x.at)),
          plannedPerformBy: perform.map((x) => ({ professionKvaCode: x.kvaCode, professionTitleSwe: x.sv })),
          journalOrganizationUnit: {
            organizationId: ORGANIZATION_ID,
            organizationUnitId: a.p.unit.id,
            name: a.p.unit.name,
          },
          performAtProviderUnit: receiver ? { id: receiver.unit.id, name: receiver.unit.name } : null,
          performAtExternalUnit: null,
          periodStart: m,
          periodEnd: nextMonth(m),
          updatedAt: min(max(a.modified, addDays(m, -14)), asOf),
        };
      }
    }
  }

  // Performed / not performed registrations in the history window: drawn once to count them (for
  // their ids), then replayed by a fork of the PRNG while the rows, with their own draws, are written.
  function* registrations(lr: Rng): Generator<{ a: Activity; planned: Date; timed: boolean }> {
    for (const a of activities) {
      const from = max(a.start, historyStart);
      const to = min(a.end ?? asOf, asOf);
      if (from >= to) continue;
      if (a.t.once) {
        if (a.start >= historyStart && a.start < asOf) yield { a, planned: a.start, timed: a.t.times.length > 0 };
      } else if (a.t.whenNeeded) {
        for (let day = startOfDay(from); day < to; day = addDays(day, 1)) {
          if (lr.chance(0.25))
            yield { a, planned: new Date(day.getTime() + lr.int(8 * 60, 21 * 60) * MINUTE), timed: true };
        }
      } else {
        for (const x of plannedTimes(a.t, from, to)) yield { a, planned: x.at, timed: x.timed };
      }
    }
  }
  const registrationDraws = lr.fork();
  const performedIds = await w.reserveIds('hsl', countOf(registrations(lr)));
  function* performedRows(): Generator<Row> {
    let i = 0;
    for (const { a, planned, timed } of registrations(registrationDraws)) {
      const { t } = a;
      const id = performedIds[i++]!;
      const done = lr.chance(0.95);
      const receiver = t.delegated ? receiverOf(a, planned) : undefined;
      const by = t.delegated && receiver ? lr.pick(careStaff.get(receiver.unit.id)!) : t.delegated ? a.p.nurse : a.by;
      const performedAt = new Date(
        planned.getTime() + (timed ? Math.round(lr.normal(8, 12)) : lr.int(8 * 60, 16 * 60)) * MINUTE,
      );
      const registered = min(new Date(performedAt.getTime() + lr.int(1, 90) * MINUTE), asOf);
      const m = t.measure;
      const value = m && done ? Math.round(lr.normal(m.mean, m.sd) * 10 ** m.decimals) / 10 ** m.decimals : null;
      const errorMarked = lr.chance(0.005);
      const who = by.profession;
      yield {
        id,
        clientId: a.p.c.id,
        careProcessId: a.careProcessId,
        activityId: a.id,
        curator: false,
        dietitian: who === 'dietician',
        nurse: who === 'nurse',
        occupationalTherapist: who === 'occupationalTherapist',
        otherPersonnel: who === 'other',
        physiotherapist: who === 'physiotherapist',
        psychologist: false,
        speechTherapist: false,
        activityType: t.type,
        plannedTime: planned,
        performedTime: done ? performedAt : null,
        performed: done,
        timeSpecified: timed,
        result: !done
          ? null
          : value !== null
            ? `${value} ${m!.unit}`
            : lr.pick(['Utfört enligt ordination', 'Utfört utan anmärkning', 'Utfört']),
        reasonNotPerformed: done ? null : lr.pick(NOT_PERFORMED),
        measuredValues:
          value !== null
            ? [
                {
                  measuredTypeId: m!.id,
                  name: m!.name,
                  unitName: m!.unit,
                  value,
                  highLowValue: value < m!.low ? 'Low' : value > m!.high ? 'High' : 'Undefined',
                  comment: null,
                  isFasting: m!.id === 2 && planned.getUTCHours() < 9,
                },
              ]
            : [],
        createdBy: performedTs(by, registered),
        modifiedBy: performedTs(by, registered),
        signedBy: performedTs(by, registered),
        errorMarkedBy: errorMarked ? performedTs(a.p.nurse, registered) : null,
        modifiedComment: errorMarked ? 'Felregistrering' : null,
        activityPerformedKvas: [t.kva, ...(t.extraKva ? [t.extraKva] : [])].map((k) => ({
          activityPerformedId: id,
          kvaCodeId: k.id,
          kvaCode: k.code,
          kvaCodeName: k.name,
          kvaCodeDescription: k.description,
          isPerformed: done,
        })),
        deleted: false,
        systemStartTime: registered,
        systemEndTime: null,
      };
    }
  }

  await w.insert(kit, 'LifecareHslJournal', journals);
  await w.insert(kit, 'LifecareHslActivity', rowsOf(activities));
  await w.insert(kit, 'LifecareHslOrder', rowsOf(lOrders));
  await w.insert(kit, 'LifecareHslOrderService', orderServices);
  await w.insert(kit, 'LifecareHslOrderExecutionConnection', connections);
  await w.insert(kit, 'LifecareHslActivityOccurrence', occurrences(), countOf(occurrences()));
  await w.insert(kit, 'LifecareHslActivityPerformed', performedRows(), performedIds.length);
};
