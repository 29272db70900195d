/**
 * housing demo data: the apartment register of every special-housing unit (units whose name
 * contains "boende"), apartment events over several years and application events.
 *
 * - Each unit has one building with demented-care and somatic apartments, sized so that the
 *   special-housing orders of care (w.orders, "Särskilt boende") fit, plus a few spare ones.
 * - Clients move in on their order's start date: the application is received and queued, an
 *   apartment is reserved (offered; about one in ten declines a first offer), the rental contract
 *   is sent, the client is placed; when the order has ended the placement ends and the apartment
 *   is free again after cleaning (sometimes after a renovation).
 * - Before the demo's client history, apartments had former residents: made-up persons with
 *   valid-format identity numbers who are not clients here (their events have no client).
 * - Rents change every new year. A few home-care clients are queued for special housing now, and
 *   some of them have been offered a vacant apartment; one vacant apartment per unit is blocked
 *   for renovation. So current statuses are vacant, offered, occupied and blocked.
 */
import {
  address,
  addDays,
  person,
  startOfDay,
  type Seeder,
  type SeedClient,
  type SeedOrder,
  type SeedUnit,
} from '../kit.ts';

type Row = Record<string, unknown>;

const TYPES = { dementia: { id: 1, name: 'Demensboende' }, somatic: { id: 2, name: 'Somatiskt boende' } } as const;
type HousingType = (typeof TYPES)[keyof typeof TYPES];
const typeOf = (o: SeedOrder): HousingType => (o.serviceTypeName === 'Demensboende' ? TYPES.dementia : TYPES.somatic);
const AREAS = [
  { id: 1, name: 'Norra området' },
  { id: 2, name: 'Södra området' },
];
const PROPERTIES = [
  { propertyId: 1, propertyName: 'Egen dusch och WC' },
  { propertyId: 2, propertyName: 'Pentry' },
  { propertyId: 3, propertyName: 'Balkong' },
  { propertyId: 4, propertyName: 'Takmonterad lyft' },
  { propertyId: 5, propertyName: 'Uteplats' },
];
const PRIORITIES = [
  { id: 1, name: 'Normal' },
  { id: 2, name: 'Förtur' },
];
const STATUS_CODE = { New: 1, Reserved: 2, Booked: 3, Change: 4, Closed: 5, Deleted: 6 } as const;
type AppStatus = keyof typeof STATUS_CODE;

interface Building {
  id: number;
  name: string;
  code: string;
  unit: SeedUnit;
  area: (typeof AREAS)[number];
  street: string;
  zip: string;
  opened: Date;
}

interface Apartment {
  id: number;
  building: Building;
  number: number;
  type: HousingType;
  size: number;
  rent: number;
  rentFrom: Date;
  properties: { propertyId: number; propertyName: string }[];
  /** When the apartment is next free to offer (Infinity while occupied or reserved). */
  freeFrom: number;
  status: 'vacant' | 'offered' | 'occupied' | 'blocked';
  events: Row[];
}

/** A person the apartment events are about. */
interface Tenant {
  clientId: number | null;
  personId: string;
  customerNumber: number;
  applicationId: number;
  decisionId: number | null;
}

const max = (a: Date, b: Date) => (a > b ? a : b);
const min = (a: Date, b: Date) => (a < b ? a : b);

export const seed: Seeder = async (w, kit) => {
  const r = w.rng('housing');
  const o = w.o;
  const asOf = o.asOf;
  const customerNumber = (c: SeedClient) => 500000 + c.id;
  const clientById = new Map(w.clients.map((c) => [c.id, c]));
  const units = w.units.filter((u) => u.name.includes('boende'));

  // ---- buildings ----
  const buildings: Building[] = units.map((u, i) => {
    const name = u.name.replace(/s? boende$/i, '');
    const a = address(r, o.tenantName);
    return {
      id: 101 + i,
      name,
      code: name.slice(0, 3).toUpperCase(),
      unit: u,
      area: AREAS[i % AREAS.length]!,
      street: a.streetAddress,
      zip: a.zipCode,
      opened: new Date(Date.UTC(asOf.getUTCFullYear() - r.int(6, 10), r.pick([0, 8]), 1)),
    };
  });
  const buildingOf = new Map(buildings.map((b) => [b.unit.id, b]));

  // ---- the stays of care's special-housing clients, with their random draws fixed up front ----
  interface Stay {
    c: SeedClient;
    o: SeedOrder;
    b: Building;
    type: HousingType;
    applicationId: number;
    received: Date;
    offer: Date;
    moveIn: Date;
    end: Date | null;
    freeAt: Date | null;
    renovationUntil: Date | null;
    declined: boolean;
    priority: (typeof PRIORITIES)[number];
  }
  let application = 20001;
  const stays: Stay[] = w.orders
    .filter((x) => x.serviceCategoryName === 'Särskilt boende' && buildingOf.has(x.providerUnitId))
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.id - b.id)
    .map((x) => {
      const moveIn = startOfDay(x.startDate);
      const offer = addDays(moveIn, -r.int(4, 14));
      const end = x.endDate && x.endDate < asOf ? startOfDay(x.endDate) : null;
      const freeAt = end ? addDays(end, r.int(3, 14)) : null;
      const renovationUntil = freeAt && r.chance(0.08) ? addDays(freeAt, r.int(14, 45)) : null;
      return {
        c: clientById.get(x.clientId)!,
        o: x,
        b: buildingOf.get(x.providerUnitId)!,
        type: typeOf(x),
        applicationId: application++,
        received: addDays(offer, -r.int(30, 100)),
        offer,
        moveIn,
        end,
        freeAt,
        renovationUntil,
        declined: r.chance(0.1),
        priority: r.chance(0.15) ? PRIORITIES[1]! : PRIORITIES[0]!,
      };
    });
  const releaseOf = (s: Stay) => (s.renovationUntil ?? s.freeAt)?.getTime() ?? Infinity;

  // ---- apartments: as many per building and type as the stays need at the same time, plus spares ----
  const apartments: Apartment[] = [];
  const newApartment = (b: Building, type: HousingType): Apartment => {
    const base = r.int(4600, 6000);
    const years = asOf.getUTCFullYear() - b.opened.getUTCFullYear();
    const a: Apartment = {
      id: 0,
      building: b,
      number: 1001 + apartments.filter((x) => x.building === b).length,
      type,
      size: r.int(26, 42) + (r.chance(0.5) ? 0.5 : 0),
      rent: Math.round(base * 1.03 ** years),
      rentFrom: new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1)),
      properties: PROPERTIES.filter((p, i) => i === 0 || r.chance(0.35)),
      freeFrom: b.opened.getTime(),
      status: 'vacant',
      events: [],
    };
    apartments.push(a);
    return a;
  };
  for (const b of buildings) {
    for (const type of [TYPES.dementia, TYPES.somatic]) {
      const mine = stays.filter((s) => s.b === b && s.type === type);
      // Most stays overlapping at once (sweep over offer/release points).
      const points = mine
        .flatMap(
          (s) =>
            [
              [s.offer.getTime(), 1],
              [releaseOf(s), -1],
            ] as [number, number][],
        )
        .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      let cur = 0,
        need = 0;
      for (const [, d] of points) need = Math.max(need, (cur += d));
      const spares = Math.max(1, Math.round(need * 0.15));
      for (let i = 0; i < need + spares; i++) newApartment(b, type);
    }
  }

  // ---- events ----
  const event = (
    a: Apartment,
    eventType: string,
    at: Date,
    t: Tenant | null,
    start: Date | null = at,
    end: Date | null = null,
  ) => {
    if (at > asOf) return;
    a.events.push({
      eventType,
      building: a.building,
      apartment: a,
      tenant: t,
      eventDateTime: at,
      eventStartDate: start,
      eventEndDate: end,
    });
  };
  const appEvents: Row[] = [];
  const appEvent = (
    s: {
      c: SeedClient;
      applicationId: number;
      decisionId: number | null;
      type: HousingType;
      priority: (typeof PRIORITIES)[number];
      choices: Building[];
    },
    eventType: string,
    status: AppStatus,
    at: Date,
    end: Date | null = null,
  ) => {
    if (at > asOf) return;
    const [b1, b2, b3] = s.choices;
    appEvents.push({
      clientId: s.c.id,
      eventType,
      applicationId: s.applicationId,
      decisionId: s.decisionId,
      personId: s.c.personId,
      customerNumber: customerNumber(s.c),
      lawType: 'SOL',
      housingTypeId: s.type.id,
      housingTypeName: s.type.name,
      priorityId: s.priority.id,
      priorityName: s.priority.name,
      building1Id: b1?.id ?? null,
      building1Name: b1?.name ?? null,
      building2Id: b2?.id ?? null,
      building2Name: b2?.name ?? null,
      building3Id: b3?.id ?? null,
      building3Name: b3?.name ?? null,
      statusCode: STATUS_CODE[status],
      status,
      applicantTypeCode: 1,
      applicantType: 'Applicant',
      eventDateTime: at,
      eventStartDate: at,
      eventEndDate: end,
    });
  };
  const choices = (b: Building) => [b, ...buildings.filter((x) => x !== b && r.chance(0.4))].slice(0, 3);

  const fr = w.rng('housing:former');
  let former = 0;
  /** Former residents (not clients of the demo) from `from` until at most `until`. */
  const formerResidents = (a: Apartment, from: Date, until: Date) => {
    let t = addDays(from, fr.int(5, 60));
    while (addDays(t, 200) < until) {
      const p = person(fr, 1910, 1935, 300 + (former % 600));
      const tenant: Tenant = {
        clientId: null,
        personId: p.personId,
        customerNumber: 400000 + former,
        applicationId: 900001 + former,
        decisionId: null,
      };
      former++;
      const moveIn = addDays(t, fr.int(4, 14));
      const out = min(addDays(moveIn, fr.int(180, 1500)), addDays(until, -fr.int(5, 30)));
      event(a, 'Reserved', t, tenant);
      event(a, 'Placed', moveIn, tenant, moveIn, out);
      event(a, 'Rented', moveIn, tenant, moveIn, out);
      event(a, 'PlacementEnded', out, tenant);
      const free = addDays(out, fr.int(3, 14));
      event(a, 'Free', free, null);
      t = addDays(free, fr.int(5, 90));
    }
  };

  const formerUntil = addDays(asOf, -5 * 365);
  const filled = new Set<Apartment>();
  const fillBefore = (a: Apartment, at: Date) => {
    if (filled.has(a)) return;
    filled.add(a);
    event(a, 'Free', a.building.opened, null);
    formerResidents(a, a.building.opened, min(addDays(at, -14), formerUntil));
  };

  for (const s of stays) {
    const pool = apartments.filter((a) => a.building === s.b && a.type === s.type);
    const free = pool.filter((a) => a.freeFrom <= s.offer.getTime()).sort((x, y) => x.freeFrom - y.freeFrom);
    const a = free[0] ?? newApartment(s.b, s.type);
    const tenant: Tenant = {
      clientId: s.c.id,
      personId: s.c.personId,
      customerNumber: customerNumber(s.c),
      applicationId: s.applicationId,
      decisionId: s.o.decisionId,
    };
    const app = {
      c: s.c,
      applicationId: s.applicationId,
      decisionId: s.o.decisionId,
      type: s.type,
      priority: s.priority,
      choices: choices(s.b),
    };
    appEvent(app, 'New', 'New', s.received);
    appEvent(app, 'Enqueued', 'New', addDays(s.received, r.int(1, 7)));
    const at = addDays(s.offer, -r.int(10, 20));
    const declinedOn = s.declined ? free.find((x) => x !== a && x.freeFrom <= at.getTime()) : undefined;
    if (declinedOn) {
      fillBefore(declinedOn, at);
      event(declinedOn, 'Reserved', at, tenant);
      event(declinedOn, 'Cancelled', addDays(at, 3), tenant);
      event(declinedOn, 'Free', addDays(at, 3), null);
      appEvent(app, 'Reserved', 'Reserved', at);
      appEvent(app, 'Enqueued', 'New', addDays(at, 3));
    }
    fillBefore(a, s.offer);
    event(a, 'Reserved', s.offer, tenant);
    event(a, 'ReservationOutprintOffered', s.offer, tenant);
    event(a, 'RentalContractOutprintOffered', addDays(s.offer, 2), tenant);
    event(a, 'Placed', s.moveIn, tenant, s.moveIn, s.end);
    event(a, 'Rented', s.moveIn, tenant, s.moveIn, s.end);
    appEvent(app, 'Reserved', 'Reserved', s.offer);
    appEvent(app, 'RentalContractOutprintOffered', 'Booked', addDays(s.offer, 2));
    appEvent(app, 'Placed', 'Booked', s.moveIn, s.end);
    if (s.end) {
      event(a, 'PlacementEnded', s.end, tenant);
      appEvent(app, 'PlacementEnded', 'Closed', s.end);
      appEvent(app, 'ApplicationEnded', 'Closed', s.end);
      if (s.renovationUntil) {
        event(a, 'Renovation', s.freeAt!, null, s.freeAt!, s.renovationUntil);
        event(a, 'Free', s.renovationUntil, null);
      } else event(a, 'Free', s.freeAt!, null);
    }
    a.freeFrom = releaseOf(s);
    a.status =
      s.offer > asOf
        ? 'vacant'
        : s.moveIn > asOf
          ? 'offered'
          : !s.end
            ? 'occupied'
            : s.renovationUntil && s.renovationUntil > asOf
              ? 'blocked'
              : 'vacant';
  }
  for (const a of apartments) fillBefore(a, asOf);

  // Home-care clients queued for special housing now; some have been offered a vacant apartment.
  const inHousing = new Set(stays.map((s) => s.c.id));
  const qr = w.rng('housing:queue');
  const queued = w.clients.filter((c) => c.homeCare && !inHousing.has(c.id) && qr.chance(0.05));
  const vacantNow = (b: Building, type: HousingType) =>
    apartments.filter(
      (a) => a.building === b && a.type === type && a.status === 'vacant' && a.freeFrom <= asOf.getTime(),
    );
  for (const c of queued) {
    const type = qr.chance(0.4) ? TYPES.dementia : TYPES.somatic;
    const withVacancy = buildings.filter((x) => vacantNow(x, type).length > 0);
    const b = withVacancy.length && qr.chance(0.7) ? qr.pick(withVacancy) : qr.pick(buildings);
    if (!b) break;
    const app = {
      c,
      applicationId: application++,
      decisionId: null,
      type,
      priority: PRIORITIES[0]!,
      choices: choices(b),
    };
    const received = addDays(asOf, -qr.int(20, 150));
    appEvent(app, 'New', 'New', received);
    appEvent(app, 'Enqueued', 'New', addDays(received, qr.int(1, 7)));
    const vacant = vacantNow(b, type);
    if (vacant.length && qr.chance(0.6)) {
      const a = vacant[0]!;
      const at = addDays(asOf, -qr.int(1, 10));
      const tenant: Tenant = {
        clientId: c.id,
        personId: c.personId,
        customerNumber: customerNumber(c),
        applicationId: app.applicationId,
        decisionId: null,
      };
      event(a, 'Reserved', at, tenant);
      event(a, 'ReservationOutprintOffered', at, tenant);
      appEvent(app, 'Reserved', 'Reserved', at);
      a.status = 'offered';
    }
  }
  // One vacant apartment per building is blocked for renovation right now.
  for (const b of buildings) {
    const a = apartments.find((x) => x.building === b && x.status === 'vacant' && x.freeFrom <= asOf.getTime());
    if (!a || apartments.some((x) => x.building === b && x.status === 'blocked')) continue;
    const from = addDays(asOf, -qr.int(3, 20));
    event(a, 'Renovation', from, null, from, addDays(asOf, qr.int(10, 40)));
    a.status = 'blocked';
  }
  // Rents change every new year.
  for (const a of apartments) {
    for (let y = a.building.opened.getUTCFullYear() + 1; y <= asOf.getUTCFullYear(); y++) {
      const at = new Date(Date.UTC(y, 0, 1));
      if (at > a.building.opened) event(a, 'RentChanged', at, null, at, null);
    }
  }

  // ---- ids and rows ----
  const aptIds = await w.reserveIds('housing', apartments.length);
  apartments.forEach((a, i) => {
    a.id = aptIds[i]!;
  });
  const allEvents = apartments
    .flatMap((a) => a.events)
    .sort((x, y) => (x.eventDateTime as Date).getTime() - (y.eventDateTime as Date).getTime());
  const eventIds = await w.reserveIds('housing', allEvents.length);
  const apartmentEvents: Row[] = allEvents.map((e, i) => {
    const a = e.apartment as Apartment;
    const b = a.building;
    const t = e.tenant as Tenant | null;
    return {
      id: eventIds[i],
      eventId: eventIds[i],
      eventType: e.eventType,
      apartmentId: a.id,
      apartmentReferenceNumber: `${b.code}-${a.number}`,
      buildingId: b.id,
      buildingName: b.name,
      areaId: b.area.id,
      areaName: b.area.name,
      housingTypeId: a.type.id,
      housingTypeName: a.type.name,
      lawType: 'SOL',
      personId: t?.personId ?? null,
      customerNumber: t?.customerNumber ?? null,
      applicationId: t?.applicationId ?? null,
      decisionId: t?.decisionId ?? null,
      clientId: t?.clientId ?? null,
      eventDateTime: e.eventDateTime,
      eventStartDate: e.eventStartDate,
      eventEndDate: e.eventEndDate,
    };
  });
  const lastEvent = new Map<number, Date>();
  for (const e of apartmentEvents) lastEvent.set(e.apartmentId as number, e.eventDateTime as Date);
  const apartmentRows: Row[] = apartments.map((a) => {
    const b = a.building;
    return {
      id: a.id,
      providerUnitId: b.unit.id,
      apartmentReferenceNumber: `${b.code}-${a.number}`,
      apartmentStreetAddress: `${b.street}, lgh ${a.number}`,
      apartmentCity: o.tenantName,
      apartmentZipCode: b.zip,
      lawType: 'SOL',
      housingTypeId: a.type.id,
      housingTypeName: a.type.name,
      housingTypeFromDate: b.opened,
      ownership: b.unit.companyId === 1 ? 'Municipality' : 'Private',
      size: a.size,
      rent: a.rent,
      rentFromDate: a.rentFrom,
      isApartmentActive: true,
      buildingId: b.id,
      buildingName: b.name,
      areaId: b.area.id,
      areaName: b.area.name,
      properties: a.properties.map((p) => ({ apartmentId: a.id, ...p })),
      status: a.status,
      updatedAt: max(lastEvent.get(a.id) ?? b.opened, b.opened),
    };
  });
  const appIds = await w.reserveIds('housing', appEvents.length);
  appEvents.sort((x, y) => (x.eventDateTime as Date).getTime() - (y.eventDateTime as Date).getTime());
  appEvents.forEach((e, i) => {
    e.id = appIds[i];
    e.eventId = appIds[i];
  });

  await w.insert(kit, 'HousingApartment', apartmentRows);
  await w.insert(kit, 'HousingApartmentEvent', apartmentEvents);
  await w.insert(kit, 'HousingApplicationEvent', appEvents);
};
