/**
 * care demo data: the service catalogue, clients and the authority side of the care chain
 * (actualization → investigation → decision → decision services → order → ordered services).
 * Proportions follow Swedish elderly care: mostly SoL home care, some security alarms and
 * special housing, a minority of LSS decisions, about one in ten applications rejected.
 */
import { address, addDays, person, phone, type Seeder, type SeedOrder } from '../kit.ts';
import { seedDocumentation } from './seed-documentation.ts';
import { seedIbic } from './seed-ibic.ts';

/** Service categories and types (insatskonfiguration). */
export const CATALOGUE = [
  {
    category: 'Hemtjänst',
    law: 'SoL',
    types: ['Personlig omvårdnad', 'Serviceinsatser', 'Matdistribution', 'Dusch', 'Tillsyn'],
  },
  { category: 'Trygghetslarm', law: 'SoL', types: ['Trygghetslarm'] },
  { category: 'Särskilt boende', law: 'SoL', types: ['Vård- och omsorgsboende', 'Demensboende'] },
  { category: 'Korttidsvistelse', law: 'SoL', types: ['Korttidsplats'] },
  { category: 'Personlig assistans', law: 'LSS', types: ['Personlig assistans'] },
  { category: 'Ledsagarservice', law: 'LSS', types: ['Ledsagarservice'] },
] as const;

const code = (c: number, t: string) => ({ code: c, text: t });

export const seed: Seeder = async (w, kit) => {
  const r = w.rng('care');
  const o = w.o;
  const town = `${o.tenantName}`;
  const catStart = new Date(Date.UTC(o.asOf.getUTCFullYear() - 8, 0, 1));

  // Service configuration: categories (level 1) and types (level 2); the type id is the row id.
  const typeCount = CATALOGUE.reduce((n, c) => n + c.types.length, 0);
  const typeIds = await w.reserveIds('care', typeCount);
  const types: { id: number; name: string; categoryId: number; category: string; law: string }[] = [];
  let k = 0;
  CATALOGUE.forEach((c, ci) =>
    c.types.forEach((t) =>
      types.push({ id: typeIds[k++]!, name: t, categoryId: ci + 1, category: c.category, law: c.law }),
    ),
  );
  await w.insert(
    kit,
    'ServiceConfiguration',
    types.map((t, i) => ({
      id: t.id,
      typeId: t.id,
      typeName: t.name,
      categoryId: t.categoryId,
      categoryName: t.category,
      parentId: String(t.categoryId),
      displayOrder: i + 1,
      level: 2,
      startDate: catStart,
      endDate: null,
      updateTime: catStart,
    })),
  );

  // Clients.
  const clientIds = await w.reserveIds('care', o.clients);
  const clients = clientIds.map((id, i) => {
    const p = person(r, 1922, 1958, i);
    const since = r.date(addDays(o.asOf, -5 * 365), addDays(o.asOf, -45));
    const c = { ...p, id, since, homeCare: r.chance(0.7) };
    w.clients.push(c);
    return c;
  });
  const deceased = new Set(clients.filter(() => r.chance(0.06)).map((c) => c.id));
  await w.insert(
    kit,
    'Client',
    clients.map((c) => ({
      id: c.id,
      personId: c.personId,
      firstName: c.firstName,
      lastName: c.lastName,
      fullName: c.fullName,
      protectedRegistration: r.chance(0.01),
      isConfidential: r.chance(0.02),
      active: !deceased.has(c.id),
      deregistration: deceased.has(c.id)
        ? { date: addDays(o.asOf, -r.int(1, 40)).toISOString(), reason: 'Decease' }
        : null,
      maritalStatus: r.pick(['Gift', 'Ogift', 'Änka/änkling', 'Skild']),
      keyCode: o.municipalityCode,
      addresses: [address(r, town)],
      phones: r.chance(0.8) ? [phone(r)] : [],
      emails: [],
      updateTime: r.date(c.since, o.asOf),
    })),
  );

  const contacts: Record<string, unknown>[] = [];
  const relatives: Record<string, unknown>[] = [];
  const absences: Record<string, unknown>[] = [];
  const actualizations: Record<string, unknown>[] = [];
  const investigations: Record<string, unknown>[] = [];
  const sol: Record<string, unknown>[] = [];
  const lss: Record<string, unknown>[] = [];
  const decisionServices: Record<string, unknown>[] = [];
  const orders: Record<string, unknown>[] = [];
  const orderedServices: Record<string, unknown>[] = [];
  const periods: Record<string, unknown>[] = [];

  const caseworkers = Array.from({ length: 6 }, (_, i) => ({
    id: `HANDL${i + 1}`,
    firstName: 'Handläggare',
    lastName: `Demo ${i + 1}`,
    fullName: `Handläggare Demo ${i + 1}`,
    types: ['Investigator', 'DecisionMaker', 'Orderer'],
    organizationUnit: { id: 'MYND1', name: 'Myndighetsenheten' },
  }));

  /**
   * A relative or other contact of client `c` (born between the years given, with that serial), its
   * relation one of `relations`; an address only with `withAddress`. The draws, in this order: the
   * person, the relation, the address, the phone, the date of the change.
   */
  const related = (
    c: (typeof clients)[number],
    [from, to, serial]: [number, number, number],
    relations: string[],
    withAddress: boolean,
  ) => {
    const p = person(r, from, to, serial);
    return {
      clientId: c.id,
      personId: c.personId,
      relation: r.pick(relations),
      note: null,
      addresses: withAddress ? [address(r, town)] : [],
      phones: [phone(r)],
      emails: [],
      firstName: p.firstName,
      lastName: p.lastName,
      fullName: p.fullName,
      updatedAt: r.date(c.since, o.asOf),
    };
  };

  for (const c of clients) {
    const cw = r.pick(caseworkers);
    const relCount = r.int(0, 3);
    for (let i = 0; i < relCount; i++) {
      relatives.push(related(c, [1950, 1985, 500 + i], ['Dotter', 'Son', 'Make/maka', 'Syskon'], true));
    }
    if (r.chance(0.5)) {
      contacts.push(related(c, [1960, 1990, 700], ['God man', 'Förvaltare', 'Distriktssköterska', 'Granne'], false));
    }
    const absenceCount = r.chance(0.35) ? r.int(1, 3) : 0;
    for (let i = 0; i < absenceCount; i++) {
      const start = r.date(c.since, o.asOf);
      absences.push({
        clientId: c.id,
        personId: c.personId,
        startDate: start,
        endDate: addDays(start, r.int(2, 21)),
        reason: r.pick([code(1, 'Sjukhusvistelse'), code(2, 'Resa'), code(3, 'Korttidsvistelse')]),
        note: null,
        updatedAt: start,
      });
    }

    // One or more rounds of actualization → investigation → decisions.
    const rounds = r.chance(0.3) ? 2 : 1;
    for (let round = 0; round < rounds; round++) {
      const start = round === 0 ? c.since : r.date(c.since, addDays(o.asOf, -30));
      const lssCase = r.chance(0.08);
      const cats = lssCase
        ? [r.pick(CATALOGUE.filter((x) => x.law === 'LSS'))]
        : c.homeCare
          ? [CATALOGUE[0], ...(r.chance(0.5) ? [CATALOGUE[1]] : [])]
          : [r.chance(0.8) ? CATALOGUE[2] : CATALOGUE[3]];
      investigations.push({
        _key: `${c.id}:${round}`,
        clientId: c.id,
        personId: c.personId,
        caseworker: cw,
        startDate: start,
        endDate: addDays(start, r.int(10, 35)),
        type: code(1, 'Ansökan'),
        law: lssCase ? 'LSS' : 'SoL',
        updateTime: addDays(start, 35),
      });
      actualizations.push({
        _inv: `${c.id}:${round}`,
        clientId: c.id,
        personId: c.personId,
        actualizationType: code(1, 'Ansökan'),
        type: code(1, r.pick(['Ansökan', 'Anmälan', 'Initiativ'])),
        date: addDays(start, -r.int(1, 10)),
        notifier: code(r.int(1, 4), r.pick(['Den enskilde', 'Anhörig', 'Sjukhus', 'Vårdcentral'])),
        reason: code(1, 'Behov av stöd'),
        caseworker: cw,
        iterationNumber: round + 1,
        source: code(1, 'Telefon'),
        lssServices: [],
        serviceCategories: cats.map((x) => ({
          serviceCategory: code(CATALOGUE.indexOf(x) + 1, x.category),
          services: [],
        })),
        updatedAt: start,
      });
      for (const cat of cats) {
        const granted = r.chance(0.9);
        const decided = addDays(start, r.int(14, 40));
        const from = addDays(decided, r.int(0, 7));
        const to = r.chance(0.3) ? addDays(from, r.int(90, 730)) : null;
        const catId = CATALOGUE.indexOf(cat) + 1;
        const catTypes = types.filter((t) => t.categoryId === catId);
        const hours = cat.category === 'Hemtjänst' ? r.int(8, 60) : cat.law === 'LSS' ? r.int(20, 160) : 0;
        const decision = {
          _inv: `${c.id}:${round}`,
          _cat: cat,
          _granted: granted,
          _hours: hours,
          _types: catTypes,
          _client: c,
          clientId: c.id,
          personId: c.personId,
          code: code(granted ? 1 : 3, granted ? 'Bifall' : 'Avslag'),
          type: code(1, 'Nytt beslut'),
          date: decided,
          fromDate: from,
          toDate: to,
          reason: code(1, 'Behov tillgodoses ej på annat sätt'),
          caseworker: cw,
          serviceCategory: code(catId, cat.category),
          hour: hours,
          hourType: code(1, 'Timmar per månad'),
          amount: null,
          amountType: null,
          quantity: null,
          quantityType: null,
          visit: null,
          visitType: null,
          decisionLevel: code(1, 'Handläggare'),
          day: null,
          dayType: null,
          executionStartDate: granted ? addDays(from, r.int(0, 20)) : null,
          executionEndDate: to,
          iterationNumber: round + 1,
          daysOfDecision: to ? Math.round((to.getTime() - from.getTime()) / 86400_000) : null,
          orderIds: [],
          updatedAt: decided,
        };
        if (cat.law === 'LSS')
          lss.push({
            ...decision,
            personCategory1: true,
            personCategory2: false,
            personCategory3: false,
            personCategory3P: false,
            increasedHourlyAmount: null,
            standardAmount: null,
            sfbCaseworker: null,
            personCategoryId: 1,
            law: 1,
          });
        else sol.push(decision);
      }
    }
  }

  // Ids for everything other rows point at.
  const invIds = await w.reserveIds('care', investigations.length);
  const invByKey = new Map(investigations.map((inv, i) => [inv._key as string, invIds[i]!]));
  investigations.forEach((inv, i) => {
    inv.id = invIds[i];
    delete inv._key;
  });
  for (const a of actualizations) {
    a.investigationId = invByKey.get(a._inv as string);
    delete a._inv;
  }
  const decisions = [...sol, ...lss];
  const decIds = await w.reserveIds('care', decisions.length);
  decisions.forEach((d, i) => {
    d.id = decIds[i];
    d.investigationId = invByKey.get(d._inv as string);
  });
  const grantedDecisions = decisions.filter((d) => d._granted);
  const orderIds = await w.reserveIds('care', grantedDecisions.length);
  const executionIds = await w.reserveIds('provider', grantedDecisions.length);
  grantedDecisions.forEach((d, i) => {
    const c = d._client as (typeof clients)[number];
    const cat = d._cat as (typeof CATALOGUE)[number];
    const catTypes = d._types as typeof types;
    const unit =
      cat.category === 'Särskilt boende' || cat.category === 'Korttidsvistelse'
        ? r.pick(w.units.filter((u) => u.name.includes('boende')))
        : r.pick(w.units.filter((u) => !u.name.includes('boende')));
    const startDate = d.executionStartDate as Date;
    const endDate = (d.toDate as Date | null) ?? (r.chance(0.1) ? addDays(startDate, r.int(60, 400)) : null);
    const chosen = catTypes.filter((_, j) => j === 0 || r.chance(0.4));
    const orderId = orderIds[i]!;
    const executionId = executionIds[i]!;
    d.orderIds = [orderId];
    const so: SeedOrder = {
      id: orderId,
      clientId: c.id,
      personId: c.personId,
      decisionId: d.id as number,
      investigationId: d.investigationId as number,
      providerUnitId: unit.id,
      executionId,
      serviceCategoryId: catTypes[0]!.categoryId,
      serviceCategoryName: cat.category,
      serviceTypeId: chosen[0]!.id,
      serviceTypeName: chosen[0]!.name,
      startDate,
      endDate,
      hoursPerMonth: d._hours as number,
      law: cat.law,
    };
    w.orders.push(so);
    orders.push({
      id: orderId,
      clientId: c.id,
      personId: c.personId,
      serviceCategoryId: so.serviceCategoryId,
      serviceCategoryName: so.serviceCategoryName,
      investigationId: so.investigationId,
      executionId,
      providerUnitId: unit.id,
      orderDate: addDays(startDate, -r.int(1, 5)),
      startDate,
      endDate,
      status: 'Accepted',
      orderer: d.caseworker,
      provider: {
        id: `U${unit.id}`,
        firstName: unit.name,
        lastName: '',
        fullName: unit.name,
        types: ['Provider'],
        organizationUnit: { id: String(unit.id), name: unit.name },
      },
      company: { id: unit.companyId, name: unit.companyName },
      updateTime: startDate,
      updateSignature: 'seed',
    });
    for (const t of chosen) {
      const share = chosen.length > 1 ? (t === chosen[0] ? 0.6 : 0.4 / (chosen.length - 1)) : 1;
      const h = Math.round((d._hours as number) * share * 10) / 10;
      decisionServices.push({
        decisionId: d.id,
        serviceType: code(t.id, t.name),
        details: [
          {
            quantity: { value: h, unit: code(1, 'Timmar per månad') },
            entityType: code(1, 'Tid'),
            perWeek: null,
            whenDuringDay: code(1, 'Dag'),
            weekdays: ['Monday', 'Wednesday', 'Friday'],
          },
        ],
        updatedAt: d.date,
      });
      // the service over the order's period, as the order and as its execution's period show it
      const service = {
        serviceType: code(t.id, t.name),
        serviceTypeId: t.id,
        serviceTypeName: t.name,
        icf: { code: 'd5', text: 'Personlig vård' },
        startDate,
        endDate,
      };
      orderedServices.push({
        orderId,
        decisionId: d.id,
        ...service,
        hours: { value: h, unit: code(1, 'Timmar per månad') },
        quantity: null,
        visits: { value: Math.round(h / 0.6), unit: code(2, 'Besök per månad') },
        amount: null,
        details: [],
        updatedAt: startDate,
      });
      periods.push({
        clientId: c.id,
        personId: c.personId,
        executionId,
        ...service,
        details: [],
        updateTime: startDate,
      });
    }
  });
  const strip = (rows: Record<string, unknown>[]) =>
    rows.map((x) => Object.fromEntries(Object.entries(x).filter(([key]) => !key.startsWith('_'))));
  await w.insert(kit, 'Investigation', investigations);
  await w.insert(kit, 'Actualization', actualizations);
  await w.insert(kit, 'SolDecision', strip(sol));
  await w.insert(kit, 'LssDecision', strip(lss));
  await w.insert(kit, 'DecisionService', decisionServices);
  await w.insert(kit, 'Order', orders);
  await w.insert(kit, 'OrderedService', orderedServices);
  await w.insert(kit, 'ServicePeriod', periods);
  await w.insert(kit, 'ClientAbsence', absences);
  await w.insert(kit, 'Contact', contacts);
  await w.insert(kit, 'Relative', relatives);

  // Social documentation and IBIC (own PRNG streams, so the rows above do not shift).
  await seedDocumentation(w, kit, { clients, deceased });
  await seedIbic(w, kit, {
    clients,
    investigations: investigations as unknown as Parameters<typeof seedIbic>[2]['investigations'],
    types,
  });
};
