/**
 * provider demo data. `organisation` runs before care (orders need provider units): units, planning
 * units, staff (provider personnel and the same people as personnel), administrators and the
 * documentation headline catalogue. `chain` runs after care: executions of care's orders, executed
 * decisions, executing providers; home-care visits registered on the mobile app (reported visits in
 * reported workshifts) from which executed services derive, with times that deviate realistically
 * from the plan (visits run a little long or short, some are cancelled or declined); planned
 * workshifts for the last two weeks and planned workload for the next week; contact persons, service
 * headlines, implementation plans and provider notes per client and unit.
 */
import {
  omit,
  address,
  addDays,
  person,
  phone,
  startOfDay,
  type Rng,
  type SeedOrder,
  type SeedUnit,
  type SeedWorld,
  type Seeder,
  type SyntheticPerson,
} from '../kit.ts';

const HOME_CARE_UNITS = [
  'Hemtjänst Norr',
  'Hemtjänst Söder',
  'Hemtjänst Centrum',
  'Hemtjänst Väster',
  'Hemtjänst Demo Omsorg AB',
];
const HOUSING_UNITS = ['Solgläntans boende', 'Exempelgårdens boende', 'Demohemmets boende'];
/** Share of clients in home care (as care seeds them), to size the staff before the clients exist. */
const HOME_CARE_SHARE = 0.7;
const REPORTING_SYSTEM = 'Lifecare Mobil Omsorg';
const MINUTE = 60_000;
const DAY = 86_400_000;

type Row = Record<string, unknown>;

interface Staffer extends SyntheticPerson {
  id: number;
  personnelId: number;
  unit: SeedUnit;
  title: string;
  signature: string;
  userId: string;
  active: boolean;
  /** Works visits (not the unit manager). */
  worker: boolean;
  hired: Date;
}

interface NoteHeadline {
  id: number;
  name: string;
  category: string | null;
  active: boolean;
}

/**
 * What `organisation` made that `chain` needs again (staff for visits, notes and contact persons;
 * the headline catalogue). Keyed by the world, so nothing outlives one seed run: SeedWorld has no
 * slot for a subgraph's own hand-off between its seeders.
 */
const handOff = new WeakMap<SeedWorld, { staff: Staffer[]; headlines: NoteHeadline[] }>();

const isHousing = (u: SeedUnit) => u.name.includes('boende');
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '');
const hhmmss = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes) % 60).padStart(2, '0')}:00`;
const code = (c: number, text: string) => ({ code: c, text });
const later = (...ds: (Date | null | undefined)[]) =>
  new Date(Math.max(...ds.filter((d): d is Date => d != null).map((d) => d.getTime())));

/** Provider note headlines (utförarrubriker): per service category (by the care catalogue's name), null for all. */
const NOTE_HEADLINES: {
  name: string;
  category: string | null;
  law: string;
  help: string;
  phrases: string[];
  active?: boolean;
}[] = [
  {
    name: 'Genomförande',
    category: null,
    law: 'SoL',
    help: 'Hur insatsen genomfördes enligt genomförandeplanen.',
    phrases: ['Insatsen genomförd enligt plan.', 'Brukaren ville vänta med insatsen.'],
  },
  {
    name: 'Social dokumentation',
    category: null,
    law: 'SoL',
    help: 'Händelser av betydelse för brukaren.',
    phrases: ['Brukaren var på gott humör.', 'Brukaren uttryckte oro.'],
  },
  {
    name: 'Avvikelse',
    category: null,
    law: 'SoL',
    help: 'Avvikelse från planerad insats; rapportera även i avvikelsesystemet.',
    phrases: ['Besöket blev försenat.', 'Insatsen kunde inte utföras.'],
  },
  {
    name: 'Kontakt med anhörig',
    category: null,
    law: 'SoL',
    help: 'Kontakter med anhöriga och närstående.',
    phrases: ['Anhörig ringde och frågade efter brukaren.'],
  },
  {
    name: 'Hälsa och välbefinnande',
    category: 'Hemtjänst',
    law: 'SoL',
    help: 'Iakttagelser om hälsa; kontakta sjuksköterska vid behov.',
    phrases: ['Brukaren åt bra.', 'Brukaren klagade på smärta i knät.'],
  },
  {
    name: 'Måltider',
    category: 'Hemtjänst',
    law: 'SoL',
    help: 'Mat och dryck.',
    phrases: ['Lunch värmd och serverad.'],
  },
  {
    name: 'Dygnsrytm',
    category: 'Särskilt boende',
    law: 'SoL',
    help: 'Sömn, vila och aktivitet över dygnet.',
    phrases: ['Sov gott hela natten.', 'Vaken och orolig under natten.'],
  },
  {
    name: 'Aktiviteter',
    category: 'Särskilt boende',
    law: 'SoL',
    help: 'Deltagande i gemensamma aktiviteter.',
    phrases: ['Deltog i sittgympa.', 'Var med på allsången.'],
  },
  {
    name: 'Assistans',
    category: 'Personlig assistans',
    law: 'LSS',
    help: 'Genomförd personlig assistans.',
    phrases: ['Assistans enligt schema.'],
  },
  {
    name: 'Ledsagning',
    category: 'Ledsagarservice',
    law: 'LSS',
    help: 'Genomförd ledsagning.',
    phrases: ['Följde med till affären.'],
  },
  {
    name: 'Daganteckning (utgått)',
    category: null,
    law: 'SoL',
    help: 'Ersatt av Social dokumentation.',
    phrases: [],
    active: false,
  },
];
const CATEGORY_IDS: Record<string, number> = {
  Hemtjänst: 1,
  Trygghetslarm: 2,
  'Särskilt boende': 3,
  Korttidsvistelse: 4,
  'Personlig assistans': 5,
  Ledsagarservice: 6,
};

const NOTE_TEXTS = [
  'Brukaren var pigg och pratsam idag. Hjälp med dusch enligt plan.',
  'Brukaren ville inte ha hjälp med städning idag, vi kom överens om att ta det på torsdag.',
  'Handlat enligt inköpslista. Kvitto och växel lämnade till brukaren.',
  'Brukaren verkade trött och åt lite till lunch. Meddelat sjuksköterska.',
  'Dottern ringde och berättade att brukaren ska på läkarbesök på fredag.',
  'Promenad runt kvarteret, brukaren gick med rollator hela vägen.',
  'Brukaren hade glömt att ta kvällsmedicinen, påmind enligt delegering.',
  'Larmet utlöstes av misstag, ingen åtgärd behövdes.',
  'Lägenheten vädrad och sängen bäddad med rena lakan.',
  'Brukaren berättade om sitt gamla arbete på fiktiva fabriken, mycket glad.',
];

/** ICF-coded service headline texts (insatstexter) per service type name, generic as fallback. */
const SERVICE_TEXTS: Record<string, { icf: [string, string]; headline: string; text: string }[]> = {
  'Personlig omvårdnad': [
    {
      icf: ['d510', 'Tvätta sig'],
      headline: 'Personlig hygien',
      text: 'Hjälp med tvätt av överkropp vid handfat morgon och kväll.',
    },
    {
      icf: ['d540', 'Klä sig'],
      headline: 'Av- och påklädning',
      text: 'Hjälp med stödstrumpor och knäppning av kläder.',
    },
    { icf: ['d550', 'Äta'], headline: 'Måltider', text: 'Värma och servera lunch, sällskap under måltiden.' },
  ],
  Serviceinsatser: [
    { icf: ['d640', 'Hushållsarbete'], headline: 'Städning', text: 'Städning av två rum och kök varannan vecka.' },
    { icf: ['d620', 'Skaffa varor och tjänster'], headline: 'Inköp', text: 'Inköp en gång i veckan enligt lista.' },
    { icf: ['d640', 'Hushållsarbete'], headline: 'Tvätt', text: 'Tvätt i tvättstugan varannan vecka.' },
  ],
  Dusch: [
    {
      icf: ['d510', 'Tvätta sig'],
      headline: 'Dusch',
      text: 'Dusch två gånger i veckan med duschstol, brukaren tvättar själv ansiktet.',
    },
  ],
  Tillsyn: [
    {
      icf: ['d230', 'Genomföra daglig rutin'],
      headline: 'Tillsyn',
      text: 'Tillsynsbesök kvällstid, kontrollera att spisen är avstängd.',
    },
  ],
  Matdistribution: [
    { icf: ['d550', 'Äta'], headline: 'Matleverans', text: 'Leverans av kyld matlåda måndag till fredag.' },
  ],
  Trygghetslarm: [
    {
      icf: ['d230', 'Genomföra daglig rutin'],
      headline: 'Larm',
      text: 'Trygghetslarm med armband, nyckel kvitterad i nyckelskåp.',
    },
  ],
};
const GENERIC_SERVICE_TEXTS = [
  {
    icf: ['d230', 'Genomföra daglig rutin'] as [string, string],
    headline: 'Dagliga rutiner',
    text: 'Stöd att planera dagen, påminnelse om tider.',
  },
  {
    icf: ['d920', 'Rekreation och fritid'] as [string, string],
    headline: 'Fritid',
    text: 'Stöd att delta i aktiviteter efter eget intresse.',
  },
  {
    icf: ['d450', 'Gå'] as [string, string],
    headline: 'Förflyttning',
    text: 'Stöd vid förflyttning säng–rullstol med hjälpmedel.',
  },
];

const COMPETENCES = [
  { id: 'K1', denotion: 'Delegering insulin', description: 'Delegerad att ge insulin.' },
  { id: 'K2', denotion: 'Demenskunskap', description: 'Utbildning i demensomsorg.' },
  { id: 'K3', denotion: 'Lyftkunskap', description: 'Utbildad i förflyttning med lift.' },
];

export const seedOrganisation: Seeder = async (w, kit) => {
  const o = w.o;
  const names = [...HOME_CARE_UNITS, ...HOUSING_UNITS];
  const ids = await w.reserveIds('provider', names.length * 2);
  const since = new Date(Date.UTC(o.asOf.getUTCFullYear() - 8, 0, 1));
  names.forEach((name, i) => {
    const priv = name.includes('AB');
    w.units.push({
      id: ids[i]!,
      name,
      companyId: priv ? 2 : 1,
      companyName: priv ? 'Demo Omsorg AB' : `${o.tenantName} kommun`,
      planningUnitId: ids[names.length + i]!,
    });
  });
  await w.insert(
    kit,
    'ProviderUnit',
    w.units.map((u) => ({
      id: u.id,
      name: u.name,
      companyId: u.companyId,
      companyName: u.companyName,
      active: true,
      isShelteredHousing: isHousing(u),
      updatedAt: since,
    })),
  );
  await w.insert(
    kit,
    'PlanningUnit',
    w.units.map((u) => ({
      id: u.planningUnitId,
      name: `Planering ${u.name}`,
      connectedToProviderUnitId: u.id,
      children: [],
      updatedAt: since,
    })),
  );

  // Staff: a manager per unit, and care staff about one per three home-care clients (at least two
  // per unit), three of every four beyond the minimum at home-care units. A few former employees
  // stay as inactive rows.
  const rs = w.rng('provider:staff');
  const domain = `${o.tenant}.lcs.example`;
  const town = o.tenantName;
  const careStaff = Math.max(2 * w.units.length, Math.round((o.clients * HOME_CARE_SHARE) / 3));
  const homeCare = w.units.filter((u) => !isHousing(u));
  const housing = w.units.filter(isHousing);
  const slots: SeedUnit[] = w.units.flatMap((u) => [u, u, u]);
  for (let i = 0; slots.length < careStaff + w.units.length; i++) {
    slots.push(
      i % 4 === 3 && housing.length ? housing[Math.floor(i / 4) % housing.length]! : homeCare[i % homeCare.length]!,
    );
  }
  const former = Math.max(1, Math.round(slots.length * 0.06));
  const staffIds = await w.reserveIds('provider', slots.length + former);
  const personnelIds = await w.reserveIds('provider', slots.length + former);
  const usedPids = new Set<string>();
  const usedSignatures = new Set<string>();
  const newPerson = (from: number, to: number, serial: number): SyntheticPerson => {
    for (let k = 0; ; k++) {
      const p = person(rs, from, to, serial + k * 7);
      if (!usedPids.has(p.personId)) {
        usedPids.add(p.personId);
        return p;
      }
    }
  };
  const signatureFor = (p: SyntheticPerson) => {
    const base = (ascii(p.firstName).slice(0, 2) + ascii(p.lastName).slice(0, 2)).toUpperCase();
    for (let n = 1; ; n++)
      if (!usedSignatures.has(base + n)) {
        usedSignatures.add(base + n);
        return base + n;
      }
  };
  const seen = new Set<number>();
  const staff: Staffer[] = [...slots, ...Array.from({ length: former }, (_, i) => w.units[i % w.units.length]!)].map(
    (u, i) => {
      const p = newPerson(1962, 2003, 200 + (i % 700));
      const manager = !seen.has(u.id) && i < slots.length;
      seen.add(u.id);
      const title = manager
        ? 'Enhetschef'
        : isHousing(u) && rs.chance(0.12)
          ? 'Sjuksköterska'
          : rs.chance(0.7)
            ? 'Undersköterska'
            : 'Vårdbiträde';
      return {
        ...p,
        id: staffIds[i]!,
        personnelId: personnelIds[i]!,
        unit: u,
        title,
        signature: signatureFor(p),
        userId: `u${String(i + 1).padStart(5, '0')}`,
        active: i < slots.length,
        worker: !manager && title !== 'Sjuksköterska',
        hired: rs.date(since, addDays(o.asOf, -60)),
      };
    },
  );

  const providerPersonnel: Row[] = [];
  const personnel: Row[] = [];
  const unitAccesses: Row[] = [];
  const accessIds = await w.reserveIds('provider', staff.length * 2); // at most two units each
  let accessNo = 0;
  for (const s of staff) {
    const left = s.active ? null : rs.date(addDays(s.hired, 30), addDays(o.asOf, -14));
    const units = [s.unit];
    // Some staff also work at another unit of the same company (vikariat, shared night staff).
    if (s.worker && rs.chance(0.15)) {
      const other = w.units.filter(
        (u) => u.id !== s.unit.id && u.companyId === s.unit.companyId && isHousing(u) === isHousing(s.unit),
      );
      if (other.length) units.push(rs.pick(other));
    }
    const access = units.map((u, k) => {
      const from = k === 0 ? s.hired : rs.date(s.hired, addDays(o.asOf, -30));
      const to = left ?? (k > 0 && rs.chance(0.3) ? rs.date(from, addDays(o.asOf, 90)) : null);
      const roles =
        s.title === 'Enhetschef'
          ? ['Enhetschef', 'Planerare']
          : s.title === 'Sjuksköterska'
            ? ['Legitimerad personal']
            : k === 0 && rs.chance(0.15)
              ? ['Baspersonal', 'Planerare']
              : ['Baspersonal'];
      return { u, from, to, roles };
    });
    let roleSeq = 1;
    const hsaId = `SE9999999999-D${o.municipalityCode}${String(s.id).padStart(6, '0')}`;
    const email = emailOf(s.firstName, s.lastName, s.signature, domain);
    const ph = phone(rs);
    const delegation = s.title === 'Undersköterska' || (s.title === 'Vårdbiträde' && rs.chance(0.3));
    const disabled = !s.active && rs.chance(0.5);
    const common = {
      personId: s.personId,
      firstName: s.firstName,
      lastName: s.lastName,
      fullName: s.fullName,
      signature: s.signature,
      title: s.title,
      hsaId,
      phoneNumber: ph.phoneNumber,
      emailAddress: email,
      canHaveDelegation: delegation,
      disabled,
      userId: s.userId,
      addresses: [{ ...address(rs, town), protected: rs.chance(0.02) }],
      phones: [ph],
      emails: [{ emailAddress: email, protected: false, type: 'Work' }],
      updatedAt: later(s.hired, left, ...access.map((a) => a.from)),
    };
    const accessRows = access.map((a, k) => ({
      id: accessIds[accessNo++]!,
      unitId: a.u.id,
      unitName: a.u.name,
      activeFromDate: a.from.toISOString(),
      activeToDate: a.to?.toISOString() ?? null,
      providerUnitRoles: a.roles.map((name) => ({ id: s.id * 10 + roleSeq++, roleName: name })),
      _k: k,
      _from: a.from,
      _to: a.to,
    }));
    for (const a of accessRows) {
      unitAccesses.push({
        id: a.id,
        providerPersonnelId: s.id,
        unitId: a.unitId,
        unitName: a.unitName,
        activeFromDate: a._from,
        activeToDate: a._to,
        providerUnitRoles: a.providerUnitRoles,
        updatedAt: a._from,
      });
    }
    providerPersonnel.push({
      ...common,
      id: s.id,
      isActive: s.active,
      providerUnitId: s.unit.id,
      providerPersonnelUnitAccess: accessRows.map((a) => omit(a, '_k', '_from', '_to')),
      roles: access.flatMap((a) =>
        a.roles.map((name) => ({
          active: a.to == null || a.to > o.asOf,
          fromDate: a.from.toISOString(),
          toDate: a.to?.toISOString() ?? null,
          name,
          providerUnitId: a.u.id,
          canAdministrateDrugs: delegation && name === 'Baspersonal',
          canDressWounds: delegation && name === 'Baspersonal',
        })),
      ),
      hsaIds: access.map((a) => ({ hsaId, providerUnitId: a.u.id })),
    });
    personnel.push({ ...common, id: s.personnelId, active: s.active, providerPersonnelId: s.id });
  }
  await w.insert(kit, 'ProviderPersonnel', providerPersonnel);
  await w.insert(kit, 'ProviderPersonnelUnitAccess', unitAccesses);
  await w.insert(kit, 'Personnel', personnel);

  // Administrators per provider company: one system owner (at the company's first unit), personnel
  // administrators by size spread over the company's units (every unit has one), and one who has left.
  const companies = [...new Map(w.units.map((u) => [u.companyId, u])).values()];
  const admins: { company: SeedUnit; unit: SeedUnit; system: boolean; active: boolean }[] = companies.flatMap((c) => {
    const units = w.units.filter((u) => u.companyId === c.companyId);
    return [
      { company: c, unit: c, system: true, active: true },
      ...Array.from({ length: Math.max(units.length, Math.ceil(o.clients / 250)) }, (_, k) => ({
        company: c,
        unit: units[k % units.length]!,
        system: false,
        active: true,
      })),
    ];
  });
  admins.push({ company: companies[0]!, unit: companies[0]!, system: false, active: false });
  const adminIds = await w.reserveIds('provider', admins.length);
  await w.insert(
    kit,
    'ProviderAdministrator',
    admins.map((a, i) => {
      const p = newPerson(1960, 1995, 100 + i);
      const sig = signatureFor(p);
      const email = emailOf(p.firstName, p.lastName, sig, domain);
      const ph = phone(rs);
      const from = rs.date(since, addDays(o.asOf, -200));
      const to = a.active ? null : rs.date(addDays(from, 90), addDays(o.asOf, -10));
      return {
        id: adminIds[i],
        providerUnitId: a.unit.id,
        personId: p.personId,
        firstName: p.firstName,
        lastName: p.lastName,
        fullName: p.fullName,
        isActive: a.active,
        active: a.active,
        signature: sig,
        userId: `a${String(i + 1).padStart(5, '0')}`,
        title: a.system ? 'Systemförvaltare' : 'Personaladministratör',
        hsaId: `SE9999999999-D${o.municipalityCode}A${String(i + 1).padStart(4, '0')}`,
        phoneNumber: ph.phoneNumber,
        emailAddress: email,
        // V2 and V1 name the system role differently (EC.SystemansvarigUtförare / EC.Systemadministratör).
        providerAdminStatus: {
          activeFromDate: from.toISOString(),
          activeToDate: to?.toISOString() ?? null,
          roleName: a.system ? 'EC.SystemansvarigUtförare' : 'EC.PersonalAdministratör',
        },
        roles: [a.system ? 'EC.Systemadministratör' : 'EC.PersonalAdministratör'],
        addresses: [],
        phones: [ph],
        emails: [{ emailAddress: email, protected: false, type: 'Work' }],
        updatedAt: to ?? from,
      };
    }),
  );

  const headlineIds = await w.reserveIds('provider', NOTE_HEADLINES.length);
  handOff.set(w, {
    staff,
    headlines: NOTE_HEADLINES.map((h, i) => ({
      id: headlineIds[i]!,
      name: h.name,
      category: h.category,
      active: h.active ?? true,
    })),
  });
  await w.insert(
    kit,
    'ProviderHeadline',
    NOTE_HEADLINES.map((h, i) => ({
      id: headlineIds[i],
      name: h.name,
      serviceCategoryId: h.category ? (CATEGORY_IDS[h.category] ?? null) : null,
      serviceCategoryName: h.category,
      isActive: h.active ?? true,
      helpText: h.help,
      law: h.law,
      phraseTexts: h.phrases,
      updatedAt: since,
    })),
  );
};

interface Visit {
  ord: SeedOrder;
  unit: SeedUnit;
  client: { id: number; personId: string; fullName: string };
  plannedStart: Date;
  plannedMinutes: number;
  start: Date;
  minutes: number;
  status: 'Completed' | 'CompletedAndChangedTime' | 'Cancelled' | 'Declined';
  doubleManning: boolean;
  planned: boolean;
  staffer?: Staffer;
  id?: number;
  shiftId?: number;
  plannedShiftId?: number;
  plannedVisitId?: string;
}

const STATUSES = ['Completed', 'CompletedAndChangedTime', 'Cancelled', 'Declined'] as const;

/**
 * The visits of a seed run, a column of numbers per field (some 40 bytes a visit where a Visit
 * object and its dates took several hundred): the big tenant's million visits must be grouped into
 * shifts before the first is written, so they are kept, but compactly. `at(i)` makes the Visit.
 */
class VisitStore {
  length = 0;
  private cap = 1024;
  /** Index into the world's orders. */
  ord = new Int32Array(this.cap);
  plannedStart = new Float64Array(this.cap);
  start = new Float64Array(this.cap);
  minutes = new Int32Array(this.cap);
  /** Index into STATUSES. */
  status = new Uint8Array(this.cap);
  /** 1: double manning, 2: planned. */
  flags = new Uint8Array(this.cap);
  /** Index into the staff. */
  staffer = new Int32Array(this.cap);
  /** Index of the (reported) shift, into the chunks. */
  shift = new Int32Array(this.cap);
  /** Id of the planned shift (0: none) and the visit's place in it. */
  plannedShiftId = new Int32Array(this.cap);
  plannedPos = new Int32Array(this.cap);

  push(v: Omit<Visit, 'unit' | 'client' | 'plannedMinutes'>, ordIndex: number): void {
    if (this.length === this.cap) this.grow();
    const i = this.length++;
    this.ord[i] = ordIndex;
    this.plannedStart[i] = v.plannedStart.getTime();
    this.start[i] = v.start.getTime();
    this.minutes[i] = v.minutes;
    this.status[i] = STATUSES.indexOf(v.status);
    this.flags[i] = (v.doubleManning ? 1 : 0) | (v.planned ? 2 : 0);
  }

  /** Drops the room left for more (up to half the columns' size) once every visit is in. */
  trim(): void {
    this.resize(this.length);
  }

  private grow(): void {
    this.resize(Math.max(1024, this.cap * 2));
  }

  private resize(cap: number): void {
    this.cap = cap;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap);
      b.set(a.subarray(0, Math.min(a.length, this.cap)));
      return b;
    };
    this.ord = more(this.ord);
    this.plannedStart = more(this.plannedStart);
    this.start = more(this.start);
    this.minutes = more(this.minutes);
    this.status = more(this.status);
    this.flags = more(this.flags);
    this.staffer = more(this.staffer);
    this.shift = more(this.shift);
    this.plannedShiftId = more(this.plannedShiftId);
    this.plannedPos = more(this.plannedPos);
  }

  end(i: number): number {
    return this.start[i]! + this.minutes[i]! * MINUTE;
  }
}

export const seedChain: Seeder = async (w, kit) => {
  const r = w.rng('provider');
  const o = w.o;
  const made = handOff.get(w);
  if (!made) throw new Error('provider seedChain needs seedOrganisation of the same world first');
  const { staff, headlines } = made;
  const unitById = new Map(w.units.map((u) => [u.id, u]));
  const clientById = new Map(w.clients.map((c) => [c.id, c]));
  const workers = new Map(
    w.units.map((u) => {
      const all = staff.filter((s) => s.active && s.unit.id === u.id);
      const ws = all.filter((s) => s.worker);
      return [u.id, ws.length ? ws : all];
    }),
  );
  const manager = new Map(
    w.units.map((u) => [
      u.id,
      staff.find((s) => s.unit.id === u.id && s.title === 'Enhetschef') ?? workers.get(u.id)![0]!,
    ]),
  );
  const historyStart = startOfDay(addDays(o.asOf, -Math.round(o.historyMonths * 30.44)));
  const planFrom = startOfDay(addDays(o.asOf, -14));
  const ongoing = (ord: SeedOrder) => ord.startDate < o.asOf && (!ord.endDate || ord.endDate > o.asOf);

  const executions: Row[] = [];
  const executing: Row[] = [];
  const executedDecisions: Row[] = [];
  const visits = new VisitStore();
  const visitMinutesOf = new Map<number, number>();

  for (const [ordIndex, ord] of w.orders.entries()) {
    const unit = unitById.get(ord.providerUnitId)!;
    const pro = { id: `P${unit.id}-1`, name: `Ansvarig ${unit.name}` };
    executions.push({
      id: ord.executionId,
      clientId: ord.clientId,
      orderId: ord.id,
      providerUnitId: unit.id,
      personId: ord.personId,
      startDate: ord.startDate,
      endDate: ord.endDate,
      serviceCategory: { code: ord.serviceCategoryId, text: ord.serviceCategoryName },
      serviceCategoryId: ord.serviceCategoryId,
      serviceCategoryName: ord.serviceCategoryName,
      investigationId: ord.investigationId,
      law: ord.law,
      organizationUnit: { id: String(unit.id), name: unit.name },
      providerUnit: { id: unit.id, name: unit.name },
      professional: pro,
      coProfessional: null,
      endReasonId: ord.endDate ? 1 : null,
      endReasonText: ord.endDate ? 'Avslutad enligt beslut' : null,
      updateTime: ord.startDate,
    });
    executing.push({
      executionId: ord.executionId,
      providerUnitId: unit.id,
      organizationUnit: { id: String(unit.id), name: unit.name },
      professional: pro,
      coProfessional: null,
      startDate: ord.startDate,
      endDate: ord.endDate,
      updatedAt: ord.startDate,
    });
    executedDecisions.push({
      executionId: ord.executionId,
      decisionId: ord.decisionId,
      decisionDate: addDays(ord.startDate, -7),
      decisionStartDate: ord.startDate,
      decisionEndDate: ord.endDate,
      executedDecisionStartDate: ord.startDate,
      executedDecisionEndDate: ord.endDate,
      updatedAt: ord.startDate,
    });

    if (ord.serviceCategoryName !== 'Hemtjänst' || ord.hoursPerMonth <= 0) continue;
    // Ordered hours per month → visits of ~20–60 minutes, spread over the days.
    const visitMinutes = r.int(20, 60);
    visitMinutesOf.set(ord.id, visitMinutes);
    const visitsPerDay = (ord.hoursPerMonth * 60) / visitMinutes / 30.44;
    const from = ord.startDate > historyStart ? ord.startDate : historyStart;
    const to = ord.endDate && ord.endDate < o.asOf ? ord.endDate : o.asOf;
    for (let day = startOfDay(from); day < to; day = addDays(day, 1)) {
      const n = Math.floor(visitsPerDay) + (r.chance(visitsPerDay % 1) ? 1 : 0);
      for (let v = 0; v < n; v++) {
        const plannedStart = new Date(
          day.getTime() + (7 * 60 + Math.floor((v * 14 * 60) / Math.max(n, 1)) + r.int(0, 30)) * MINUTE,
        );
        const x = r.next();
        const status =
          x < 0.04 ? 'Cancelled' : x < 0.05 ? 'Declined' : x < 0.1 ? 'CompletedAndChangedTime' : 'Completed';
        const done = status === 'Completed' || status === 'CompletedAndChangedTime';
        visits.push(
          {
            ord,
            plannedStart,
            planned: day >= planFrom,
            start: new Date(plannedStart.getTime() + r.int(-10, 15) * MINUTE),
            minutes: done ? Math.max(5, Math.round(r.normal(visitMinutes * 0.97, visitMinutes * 0.18))) : 0,
            status,
            doubleManning: r.chance(0.05),
          },
          ordIndex,
        );
      }
    }
  }

  // Each unit-day's visits in time order, split into day and evening and dealt out to shifts of up
  // to 8 visits; staff rotate over the days. The same shifts are planned (last two weeks) and reported.
  visits.trim();
  // (Visits by their index in `visits`.)
  const unitOf = (i: number) => unitById.get(w.orders[visits.ord[i]!]!.providerUnitId)!;
  const byUnitDay = new Map<string, number[]>();
  for (let i = 0; i < visits.length; i++) {
    const key = `${unitOf(i).id}:${new Date(visits.plannedStart[i]!).toISOString().slice(0, 10)}`;
    const list = byUnitDay.get(key);
    if (list) list.push(i);
    else byUnitDay.set(key, [i]);
  }
  const staffIndex = new Map(staff.map((s, i) => [s, i]));
  const chunks: { key: string; unit: SeedUnit; staffer: Staffer; visits: number[]; planned: boolean }[] = [];
  for (const [key, vs] of byUnitDay) {
    const unit = unitOf(vs[0]!);
    const ws = workers.get(unit.id)!;
    const dayIndex = Math.floor(visits.plannedStart[vs[0]!]! / DAY);
    vs.sort((a, b) => visits.plannedStart[a]! - visits.plannedStart[b]!);
    const halves = [
      vs.filter((v) => new Date(visits.plannedStart[v]!).getUTCHours() < 14),
      vs.filter((v) => new Date(visits.plannedStart[v]!).getUTCHours() >= 14),
    ];
    let k = 0;
    for (const half of halves) {
      const size = Math.ceil(half.length / Math.ceil(half.length / 8)); // even shifts of at most 8
      for (let i = 0; i < half.length; i += size, k++) {
        const staffer = ws[(dayIndex + k) % ws.length]!;
        const part = half.slice(i, i + size);
        part.forEach((v) => {
          visits.staffer[v] = staffIndex.get(staffer)!;
          visits.shift[v] = chunks.length;
        });
        chunks.push({ key: `${key}:${k}`, unit, staffer, visits: part, planned: (visits.flags[part[0]!]! & 2) !== 0 });
      }
    }
  }
  byUnitDay.clear();
  const visitIds = await w.reserveIds('provider', visits.length);
  const shiftIds = await w.reserveIds('provider', chunks.length);
  const plannedChunks = chunks.filter((c) => c.planned);
  const plannedShiftIds = await w.reserveIds('provider', plannedChunks.length);
  /** Visit `i` as an object, for the rows made of it. */
  const visitAt = (i: number): Visit => {
    const ord = w.orders[visits.ord[i]!]!;
    const plannedShiftId = visits.plannedShiftId[i]! || undefined;
    return {
      ord,
      unit: unitById.get(ord.providerUnitId)!,
      client: clientById.get(ord.clientId)!,
      plannedStart: new Date(visits.plannedStart[i]!),
      plannedMinutes: visitMinutesOf.get(ord.id)!,
      start: new Date(visits.start[i]!),
      minutes: visits.minutes[i]!,
      status: STATUSES[visits.status[i]!]!,
      doubleManning: (visits.flags[i]! & 1) !== 0,
      planned: (visits.flags[i]! & 2) !== 0,
      staffer: staff[visits.staffer[i]!]!,
      id: visitIds[i],
      shiftId: shiftIds[visits.shift[i]!],
      plannedShiftId,
      plannedVisitId: plannedShiftId ? `${chunks[visits.shift[i]!]!.key}:${visits.plannedPos[i]}` : undefined,
    };
  };

  // Rows are built twice where one pass of the PRNG makes two tables (or a table inserted later than
  // the draws that follow it): a fork of the PRNG replays the same draws, so the rows need not be kept.
  const shiftDraws = r.fork();
  const reportedShift = (ch: (typeof chunks)[number], i: number, r: Rng): Row => {
    const first = ch.visits[0]!;
    const last = ch.visits.reduce((a, b) => (visits.end(b) > visits.end(a) ? b : a));
    const startTime = new Date(visits.start[first]! - r.int(10, 25) * MINUTE);
    const endTime = new Date(visits.start[last]! + (visits.minutes[last]! + r.int(5, 20)) * MINUTE);
    return {
      id: shiftIds[i],
      personnelPersonId: ch.staffer.personId,
      startTime,
      endTime,
      deviceId: `DEMO-MOBIL-${ch.staffer.id}`,
      deleted: false,
      providerPersonnelId: ch.staffer.id,
      providerUnitId: ch.unit.id,
      updatedAt: new Date(endTime.getTime() + r.int(1, 30) * MINUTE),
    };
  };
  chunks.forEach((ch, i) => reportedShift(ch, i, r)); // the draws, in the order the rows were once built in
  const shifts: Row[] = plannedChunks.map((ch, i) => {
    const id = plannedShiftIds[i]!;
    const pu = String(ch.unit.planningUnitId);
    const first = visitAt(ch.visits[0]!);
    const last = visitAt(ch.visits[ch.visits.length - 1]!);
    return {
      id,
      planningUnitId: ch.unit.planningUnitId,
      startTime: first.plannedStart,
      endTime: new Date(last.plannedStart.getTime() + last.plannedMinutes * MINUTE),
      travelTimeHome: '00:10:00',
      startPosition: null,
      endPosition: null,
      typeOfTransportation: r.pick(['Car', 'Bicycle', 'ElectricBicycle', 'Walking']),
      personnel: {
        planningUnitId: pu,
        personId: ch.staffer.personId,
        firstName: ch.staffer.firstName,
        lastName: ch.staffer.lastName,
        fullName: ch.staffer.fullName,
      },
      plannedActivities: ch.visits.map((vi, j) => {
        visits.plannedShiftId[vi] = id;
        visits.plannedPos[vi] = j;
        const v = visitAt(vi);
        return {
          id: v.plannedVisitId,
          planningUnitId: pu,
          startTime: v.plannedStart.toISOString(),
          duration: hhmmss(v.plannedMinutes),
          traveltimeToActivity: '00:05:00',
          activityName: v.ord.serviceTypeName,
          description: null,
          isMonitored: false,
          medicalReminder: false,
          typeOfPlannedActivity: 'Visit',
          client: { personId: v.client.personId },
          keyInfos: [],
          serviceItems: [],
        };
      }),
      isRevoked: r.chance(0.01),
      modificationTime: addDays(first.plannedStart, -r.int(1, 7)),
    };
  });

  await w.insert(kit, 'Execution', executions);
  await w.insert(kit, 'ExecutingProvider', executing);
  await w.insert(kit, 'ExecutedDecision', executedDecisions);
  await w.insert(kit, 'PlannedWorkshift', shifts);
  await w.insert(
    kit,
    'ReportedWorkshift',
    (function* () {
      for (let i = 0; i < chunks.length; i++) yield reportedShift(chunks[i]!, i, shiftDraws);
    })(),
    chunks.length,
  );

  /** A visit's reported visit and its executed service (one row each), from the same draws. */
  const visitRows = (v: Visit, r: Rng): { reported: Row; executed: Row } => {
    const s = v.staffer!;
    const done = v.status === 'Completed' || v.status === 'CompletedAndChangedTime';
    const end = new Date(v.start.getTime() + v.minutes * MINUTE);
    // Changed time: the registration was corrected afterwards (forgot to stop the visit, and so on).
    const originalEnd = v.status === 'CompletedAndChangedTime' ? new Date(end.getTime() + r.int(15, 90) * MINUTE) : end;
    const lastUpdated = new Date(
      end.getTime() + (v.status === 'CompletedAndChangedTime' ? r.int(120, 2 * 24 * 60) : r.int(0, 5)) * MINUTE,
    );
    const quittance = r.pick(['Nfc', 'Nfc', 'Nfc', 'Lock', 'Lock', 'Bluetooth', 'None'] as const);
    const quittanceId = quittance === 'None' ? null : `${quittance.toUpperCase()}-${v.client.id}`;
    const serviceStatus = done ? 'Done' : v.status === 'Declined' ? 'Declined' : 'NotDone';
    const category = code(v.ord.serviceCategoryId, v.ord.serviceCategoryName);
    const personOf = (p: SyntheticPerson) => ({
      personId: p.personId,
      firstName: p.firstName,
      lastName: p.lastName,
      fullName: p.fullName,
    });
    const executed: Row = {
      executionId: v.ord.executionId,
      clientId: v.client.id,
      providerUnitId: v.unit.id,
      personId: v.client.personId,
      name: v.client.fullName,
      cancelled: !done,
      categoryId: v.ord.serviceCategoryId,
      categoryName: v.ord.serviceCategoryName,
      typeId: v.ord.serviceTypeId,
      typeName: v.ord.serviceTypeName,
      doubleManning: v.doubleManning,
      duration: hhmmss(v.minutes),
      startTime: v.start,
      endTime: end,
      organizationUnit: { id: String(v.unit.id), name: v.unit.name },
      personnel: personOf(s),
      professional: { id: `P${v.unit.id}-1`, name: `Ansvarig ${v.unit.name}` },
      quantity: done ? Math.round((v.minutes / 60) * 100) / 100 : 0,
      reportingSystem: REPORTING_SYSTEM,
      updateSignature: s.signature,
      visitId: String(v.id),
      workType: r.chance(0.02) ? 'Emergency' : 'Normal',
      updateTime: new Date(lastUpdated.getTime() + r.int(1, 120) * MINUTE),
    };
    const reported: Row = {
      id: v.id,
      externalId: `LMO-${o.tenant}-${v.id}`,
      reportedWorkshiftId: v.shiftId,
      clientPersonId: v.client.personId,
      serviceCategory: category,
      law: v.ord.law,
      personnelPersonId: s.personId,
      personnelUserId: s.userId,
      executionId: v.ord.executionId,
      providerUnitId: v.unit.id,
      startTime: v.start,
      endTime: end,
      status: v.status,
      originalStartTime: v.start,
      originalEndTime: originalEnd,
      lastUpdatedTime: lastUpdated,
      isDoubleManning: v.doubleManning,
      plannedVisitId: v.plannedVisitId ?? null,
      plannedWorkshiftId: v.plannedShiftId ?? null,
      services: [
        {
          serviceType: code(v.ord.serviceTypeId, v.ord.serviceTypeName),
          serviceCategory: category,
          executionId: v.ord.executionId,
          status: serviceStatus,
          quantity: 1,
          estimatedTime: hhmmss(v.minutes),
        },
      ],
      startQuittanceType: quittance,
      endQuittanceType: quittance,
      startQuittanceId: quittanceId,
      endQuittanceId: quittanceId,
      deviceId: `DEMO-MOBIL-${s.id}`,
      cancelledReason:
        v.status === 'Cancelled'
          ? r.pick(['Brukaren på sjukhus', 'Brukaren avbokade', 'Anhörig på besök', 'Brukaren på korttidsvistelse'])
          : v.status === 'Declined'
            ? 'Brukaren avböjde insatsen'
            : null,
      cancelledMinutes: done ? null : v.plannedMinutes,
      reportingSystem: REPORTING_SYSTEM,
      approved: v.start < addDays(o.asOf, -7) ? r.chance(0.97) : false,
      deleted: false,
      clientId: v.client.id,
      providerPersonnelId: s.id,
    };
    return { reported, executed };
  };
  const executedDraws = r.fork();
  await w.insert(
    kit,
    'ReportedVisit',
    (function* () {
      for (let i = 0; i < visits.length; i++) yield visitRows(visitAt(i), r).reported;
    })(),
    visits.length,
  );
  await w.insert(
    kit,
    'ExecutedService',
    (function* () {
      for (let i = 0; i < visits.length; i++) yield visitRows(visitAt(i), executedDraws).executed;
    })(),
    visits.length,
  );

  // Per client and unit (one or more executions there): a contact person, service headlines, an
  // implementation plan (revised at each six-monthly follow-up) and provider notes.
  const byClientUnit = new Map<string, SeedOrder[]>();
  for (const ord of w.orders) {
    const key = `${ord.clientId}:${ord.providerUnitId}`;
    byClientUnit.set(key, [...(byClientUnit.get(key) ?? []), ord]);
  }
  const contactOf = new Map<string, Staffer>();
  type Made = 'contact' | 'headline' | 'plan' | 'note';
  /** The rows per client and unit, each with the table it goes to, in the order they are drawn. */
  function* perClientUnit(r: Rng): Generator<[Made, Row]> {
    for (const [key, ords] of byClientUnit) {
      const main = ords.find(ongoing) ?? ords[0]!;
      const unit = unitById.get(main.providerUnitId)!;
      const c = clientById.get(main.clientId)!;
      const ws = workers.get(unit.id)!;
      const active = ords.filter(ongoing);
      // an alarm alone gets no contact person or plan
      if (main.serviceCategoryName === 'Trygghetslarm' && ords.length === 1) continue;
      const contact = r.pick(ws);
      contactOf.set(key, contact);
      const firstStart = new Date(Math.min(...ords.map((x) => x.startDate.getTime())));
      if (active.length) {
        // A replaced contact person stays as a tombstone (visible in delta reads).
        if (r.chance(0.08)) {
          const prev = r.pick(ws);
          yield [
            'contact',
            {
              clientId: c.id,
              clientPersonId: c.personId,
              personnelPersonId: prev.personId,
              providerUnitId: unit.id,
              providerPersonnelId: prev.id,
              deleted: true,
              updatedAt: r.date(firstStart, o.asOf),
            },
          ];
        }
        yield [
          'contact',
          {
            clientId: c.id,
            clientPersonId: c.personId,
            personnelPersonId: contact.personId,
            providerUnitId: unit.id,
            providerPersonnelId: contact.id,
            deleted: false,
            updatedAt: addDays(firstStart, r.int(1, 14)),
          },
        ];
      }

      for (const ord of active) {
        const texts = SERVICE_TEXTS[ord.serviceTypeName] ?? GENERIC_SERVICE_TEXTS;
        const n = Math.min(texts.length, r.int(1, 3));
        for (let i = 0; i < n; i++) {
          const t = texts[i]!;
          yield [
            'headline',
            {
              personId: c.personId,
              providerUnit: { id: unit.id, name: unit.name },
              serviceCategory: code(ord.serviceCategoryId, ord.serviceCategoryName),
              serviceType: code(ord.serviceTypeId, ord.serviceTypeName),
              icf: { code: t.icf[0], text: t.icf[1] },
              headline: code(i + 1, t.headline),
              text: t.text,
              deleted: false,
              clientId: c.id,
              providerUnitId: unit.id,
              executionId: ord.executionId,
              serviceTypeId: ord.serviceTypeId,
              updatedAt: addDays(ord.startDate, r.int(3, 20)),
            },
          ];
        }
      }

      // Implementation plan: drawn up within a few weeks of the start (most, not all), followed up every six months.
      if (r.chance(0.9) && addDays(firstStart, 14) < o.asOf) {
        const ended = endOf(ords, o.asOf);
        const stop = ended ?? o.asOf;
        let established = addDays(firstStart, r.int(7, 30));
        const revisions: { from: Date; to: Date | null; followUp: Date }[] = [];
        while (established < stop) {
          const followUp = addDays(established, r.int(170, 190));
          const to = followUp < stop ? followUp : ended;
          revisions.push({ from: established, to, followUp });
          if (!to || to === ended) break;
          established = addDays(to, r.int(0, 3));
        }
        const relative = person(r, 1950, 1985, 600);
        for (const rev of revisions.slice(-2)) {
          const participates = r.chance(0.85);
          yield [
            'plan',
            {
              providerUnitId: unit.id,
              personId: c.personId,
              establishedDate: rev.from,
              endDate: rev.to,
              clientParticipation: participates,
              clientParticipationComment: participates
                ? r.pick([
                    'Brukaren deltog och berättade själv hur hjälpen ska ges.',
                    'Brukaren deltog tillsammans med anhörig.',
                  ])
                : r.pick([
                    'Brukaren avböjde att delta, synpunkter inhämtade vid besök.',
                    'Brukaren kunde inte delta på grund av sjukdom.',
                  ]),
              participants: [
                {
                  relation: 'Kontaktperson',
                  addresses: [],
                  phones: [],
                  emails: [],
                  personId: contact.personId,
                  firstName: contact.firstName,
                  lastName: contact.lastName,
                  fullName: contact.fullName,
                },
                ...(r.chance(0.6)
                  ? [
                      {
                        relation: r.pick(['Dotter', 'Son', 'Make/maka']),
                        addresses: [address(r, o.tenantName)],
                        phones: [phone(r)],
                        emails: [],
                        personId: relative.personId,
                        firstName: relative.firstName,
                        lastName: relative.lastName,
                        fullName: relative.fullName,
                      },
                    ]
                  : []),
              ],
              otherInformation: [
                {
                  headline: { id: 1, text: 'Boende', type: 'Accommodation' },
                  text: isHousing(unit)
                    ? 'Eget rum med badrum på avdelningen, egna möbler.'
                    : r.pick([
                        'Lägenhet på andra våningen med hiss.',
                        'Villa i ett plan, ramp vid entrén.',
                        'Lägenhet på bottenvåningen, nyckel i nyckelgömma.',
                      ]),
                  startDate: rev.from.toISOString(),
                  endDate: null,
                },
                ...(r.chance(0.5)
                  ? [
                      {
                        headline: { id: 2, text: 'Intressen', type: 'OtherInformation' },
                        text: r.pick([
                          'Tycker om att lyssna på radio och lösa korsord.',
                          'Har varit aktiv i en påhittad körförening.',
                          'Följer fotboll på tv.',
                        ]),
                        startDate: rev.from.toISOString(),
                        endDate: null,
                      },
                    ]
                  : []),
              ],
              services: ords
                .filter((x) => x.startDate < (rev.to ?? o.asOf) && (!x.endDate || x.endDate > rev.from))
                .map((x) => ({
                  serviceType: code(x.serviceTypeId, x.serviceTypeName),
                  startDate: x.startDate.toISOString(),
                  endDate: x.endDate?.toISOString() ?? null,
                })),
              otherServices: r.chance(0.3)
                ? r.pick([
                    'Matlådor från extern leverantör.',
                    'Fotvård privat var sjätte vecka.',
                    'Dagverksamhet två dagar i veckan.',
                  ])
                : null,
              importantInformation: r.chance(0.4)
                ? r.pick([
                    'Allergisk mot nötter.',
                    'Hörapparat på vänster öra.',
                    'Nyckel kvitteras ut på enheten.',
                    'Ring på dörren två gånger.',
                  ])
                : null,
              followUpDate: rev.followUp,
              followUpComment:
                rev.to && rev.to < o.asOf ? 'Uppföljd tillsammans med brukaren; ny plan upprättad.' : null,
              createdBy: { firstName: contact.firstName, lastName: contact.lastName, signature: contact.signature },
              clientId: c.id,
              executionId: main.executionId,
              updatedAt: rev.to && rev.to < o.asOf ? rev.to : rev.from,
            },
          ];
        }
      }

      // Notes: a few a month per client and unit over the history window, more in special housing.
      const noteFrom = firstStart > historyStart ? firstStart : historyStart;
      const noteTo = endOf(ords, o.asOf) ?? o.asOf;
      if (noteFrom >= noteTo) continue;
      const perMonth = isHousing(unit) ? r.int(3, 8) : r.int(0, 4);
      const count = Math.round((perMonth * (noteTo.getTime() - noteFrom.getTime())) / (30.44 * DAY));
      const fitting = headlines.filter(
        (h) => h.active && (h.category == null || h.category === main.serviceCategoryName),
      );
      const law = main.law === 'LSS' ? 'LSS' : 'SOL';
      for (let i = 0; i < count; i++) {
        const author = r.chance(0.6) ? contact : r.pick(ws);
        const h = r.pick(fitting);
        const occurred = r.date(noteFrom, noteTo);
        const created = new Date(occurred.getTime() + r.int(5, 180) * MINUTE);
        const signed = r.chance(0.9) ? new Date(created.getTime() + r.int(1, 60) * MINUTE) : null;
        const modified = r.chance(0.08) ? new Date(created.getTime() + r.int(1, 48) * 60 * MINUTE) : null;
        const errorMarked = signed && r.chance(0.01) ? new Date(signed.getTime() + r.int(1, 72) * 60 * MINUTE) : null;
        const marker = errorMarked ? manager.get(unit.id)! : null;
        const role = (s: Staffer) => (s.title === 'Enhetschef' ? 'Enhetschef' : 'Baspersonal');
        const audit = (s: Staffer, at: Date) => ({
          personnelId: s.id,
          firstName: s.firstName,
          lastName: s.lastName,
          title: s.title,
          roleId: role(s),
          dateTimeUtc: at.toISOString(),
        });
        yield [
          'note',
          {
            providerUnitId: unit.id,
            unitId: unit.id,
            executionId: main.executionId,
            headlineId: h.id,
            headlineName: h.name,
            headline: h.name,
            occurrenceDate: occurred,
            occurrenceTimeUtc: occurred,
            createdDate: created,
            createdById: author.id,
            modifiedDate: modified,
            modifiedById: modified ? author.id : null,
            signedById: signed ? author.id : null,
            signedDate: signed,
            errorMarkedById: marker?.id ?? null,
            errorMarkedDate: errorMarked,
            endDate: null,
            isCds: false,
            personId: c.personId,
            clientPersonId: c.personId,
            clientId: c.id,
            clientFirstName: c.firstName,
            clientLastName: c.lastName,
            text: r.pick(NOTE_TEXTS),
            createdByFirstName: author.firstName,
            createdByLastName: author.lastName,
            createdByTitle: author.title,
            law,
            createdBy: audit(author, created),
            signedBy: signed ? audit(author, signed) : null,
            errorMarkedBy: marker && errorMarked ? audit(marker, errorMarked) : null,
            updatedAt: later(created, signed, modified, errorMarked),
          },
        ];
      }
    }
  }
  // The notes, many per client and unit, are counted in the first pass and built again as they are
  // written, from a fork of the PRNG that replays the same draws; the other rows are kept.
  const noteDraws = r.fork();
  const perClientUnitRows = { contact: [] as Row[], headline: [] as Row[], plan: [] as Row[] };
  let noteCount = 0;
  for (const [table, row] of perClientUnit(r)) {
    if (table === 'note') noteCount++;
    else perClientUnitRows[table].push(row);
  }

  // Planned workload (besöksunderlag) for the coming week: one row per visit need of ongoing home-care orders.
  const workload: Row[] = [];
  const rw = w.rng('provider:workload');
  for (const ord of w.orders) {
    const minutes = visitMinutesOf.get(ord.id);
    if (minutes == null || !ongoing(ord)) continue;
    const unit = unitById.get(ord.providerUnitId)!;
    const pu = String(unit.planningUnitId);
    const division = {
      id: `${pu}-${(ord.clientId % 2) + 1}`,
      denotion: `Område ${(ord.clientId % 2) + 1}`,
      description: `Område ${(ord.clientId % 2) + 1} inom ${unit.name}`,
      planningUnitId: pu,
    };
    const contact = contactOf.get(`${ord.clientId}:${ord.providerUnitId}`);
    const ws = workers.get(unit.id)!;
    const competences = rw.chance(0.2) ? [{ ...rw.pick(COMPETENCES), planningUnitId: pu }] : [];
    const prio = [
      ...(contact
        ? [
            {
              firstName: contact.firstName,
              lastName: contact.lastName,
              identity: contact.personId,
              planningUnitId: pu,
              prio: 3,
            },
          ]
        : []),
      ...(rw.chance(0.05) && ws.length > 1
        ? [
            ((s: Staffer) => ({
              firstName: s.firstName,
              lastName: s.lastName,
              identity: s.personId,
              planningUnitId: pu,
              prio: -1,
            }))(ws.find((s) => s !== contact) ?? ws[0]!),
          ]
        : []),
    ];
    const perDay = (ord.hoursPerMonth * 60) / minutes / 30.44;
    for (let d = 0; d < 7; d++) {
      const day = addDays(startOfDay(o.asOf), d);
      const n = Math.floor(perDay) + (rw.chance(perDay % 1) ? 1 : 0);
      for (let v = 0; v < n; v++) {
        const first = new Date(day.getTime() + (7 * 60 + Math.floor((v * 14 * 60) / Math.max(n, 1))) * MINUTE);
        workload.push({
          planningUnitId: unit.planningUnitId,
          firstStartTime: first,
          lastStartTime: new Date(first.getTime() + rw.pick([30, 45, 60, 90]) * MINUTE),
          duration: minutes,
          division,
          competences,
          prioPersonnels: prio,
          clientId: ord.clientId,
          executionId: ord.executionId,
          updatedAt: addDays(o.asOf, -rw.int(1, 5)),
        });
      }
    }
  }

  await w.insert(kit, 'ProviderContactPersonnel', perClientUnitRows.contact);
  await w.insert(kit, 'ServiceHeadline', perClientUnitRows.headline);
  await w.insert(kit, 'ImplementationPlan', perClientUnitRows.plan);
  await w.insert(
    kit,
    'ProviderNote',
    (function* () {
      for (const [table, row] of perClientUnit(noteDraws)) if (table === 'note') yield row;
    })(),
    noteCount,
  );
  await w.insert(kit, 'PlannedWorkload', workload);
};

/** When the last of these orders ended, if all have ended by `asOf`. */
function endOf(ords: SeedOrder[], asOf: Date): Date | null {
  return ords.every((x) => x.endDate && x.endDate <= asOf)
    ? new Date(Math.max(...ords.map((x) => x.endDate!.getTime())))
    : null;
}

const emailOf = (first: string, last: string, signature: string, domain: string) =>
  `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}.${signature.toLowerCase()}@${domain}`;
