/**
 * Demo catalogue of HSL activities for the synthetic municipality. The KVÅ-style codes have the
 * format of the national classification (two letters, three digits) but are MADE UP: every name
 * ends in "(demo)" and every description says so. Never use them as real KVÅ codes.
 */

export type Profession = 'nurse' | 'physiotherapist' | 'occupationalTherapist' | 'dietician' | 'other';

export interface DemoKva {
  id: number;
  code: string;
  name: string;
  description: string;
}

export interface Measure {
  id: number;
  name: string;
  unit: string;
  mean: number;
  sd: number;
  low: number;
  high: number;
  decimals: number;
}

export interface HslActivityTemplate {
  key: string;
  /** Procapita HSL service type (HSL-åtgärd) code and the activity text. */
  serviceCode: number;
  name: string;
  kva: DemoKva;
  extraKva?: DemoKva;
  type: 'Investigating' | 'Treating';
  /** Who plans / is responsible for the activity. */
  profession: Exclude<Profession, 'other'>;
  /** Delegated to care staff (performed by the provider unit's staff). */
  delegated: boolean;
  medication: boolean;
  /** Weekdays as Date.getUTCDay() numbers; empty for once-only and when-needed activities. */
  days: number[];
  /** Times of day ("HH.mm"); empty for all-day activities. */
  times: string[];
  once?: boolean;
  whenNeeded?: string;
  duration: string;
  measure?: Measure;
  task?: { code: number; description: string };
  goal?: string;
  /** Chance that an HSL patient has this activity. */
  p: number;
}

const DEMO = 'Demokod: syntetisk, inte ur den officiella KVÅ-klassifikationen.';
const kva = (id: number, code: string, name: string): DemoKva => ({
  id,
  code,
  name: `${name} (demo)`,
  description: DEMO,
});

export const KVA = {
  medication: kva(9001, 'QH001', 'Läkemedelshantering'),
  wound: kva(9002, 'QH002', 'Sårbehandling'),
  bloodPressure: kva(9003, 'QH003', 'Blodtrycksmätning'),
  glucose: kva(9004, 'QH004', 'Blodsockermätning'),
  injection: kva(9005, 'QH005', 'Injektion subkutant'),
  compression: kva(9006, 'QH006', 'Kompressionsbehandling'),
  weight: kva(9007, 'QH007', 'Viktkontroll'),
  painRelief: kva(9008, 'QH008', 'Smärtlindring vid behov'),
  walking: kva(9011, 'QT001', 'Gångträning'),
  transfer: kva(9012, 'QT002', 'Bedömning av förflyttningsförmåga'),
  aids: kva(9021, 'QA001', 'Utprovning av hjälpmedel'),
  adl: kva(9022, 'QA002', 'ADL-träning'),
  nutrition: kva(9031, 'QN001', 'Nutritionsbedömning'),
  information: kva(9041, 'QX001', 'Information och rådgivning'),
} as const;

const MON = 1,
  TUE = 2,
  WED = 3,
  THU = 4,
  FRI = 5,
  SAT = 6,
  SUN = 0;
const EVERY_DAY = [MON, TUE, WED, THU, FRI, SAT, SUN];

export const ACTIVITIES: HslActivityTemplate[] = [
  {
    key: 'medication',
    serviceCode: 101,
    name: 'Läkemedelsöverlämning',
    kva: KVA.medication,
    extraKva: KVA.information,
    type: 'Treating',
    profession: 'nurse',
    delegated: true,
    medication: true,
    days: EVERY_DAY,
    times: ['08.00', '20.00'],
    duration: '00.10',
    task: { code: 1, description: 'Överlämna läkemedel ur dosett' },
    p: 0.7,
  },
  {
    key: 'wound',
    serviceCode: 102,
    name: 'Såromläggning',
    kva: KVA.wound,
    type: 'Treating',
    profession: 'nurse',
    delegated: false,
    medication: false,
    days: [MON, WED, FRI],
    times: [],
    duration: '00.30',
    goal: 'Läkt sår inom åtta veckor',
    p: 0.3,
  },
  {
    key: 'bloodPressure',
    serviceCode: 103,
    name: 'Blodtryckskontroll',
    kva: KVA.bloodPressure,
    type: 'Investigating',
    profession: 'nurse',
    delegated: false,
    medication: false,
    days: [TUE],
    times: ['10.00'],
    duration: '00.15',
    measure: { id: 1, name: 'Blodtryck systoliskt', unit: 'mmHg', mean: 138, sd: 14, low: 100, high: 160, decimals: 0 },
    p: 0.35,
  },
  {
    key: 'glucose',
    serviceCode: 104,
    name: 'Blodsockerkontroll',
    kva: KVA.glucose,
    type: 'Investigating',
    profession: 'nurse',
    delegated: true,
    medication: false,
    days: EVERY_DAY,
    times: ['07.30'],
    duration: '00.10',
    measure: { id: 2, name: 'P-Glukos', unit: 'mmol/l', mean: 7.4, sd: 1.8, low: 4, high: 12, decimals: 1 },
    task: { code: 2, description: 'Kapillär blodsockermätning' },
    p: 0.15,
  },
  {
    key: 'injection',
    serviceCode: 105,
    name: 'Insulininjektion',
    kva: KVA.injection,
    type: 'Treating',
    profession: 'nurse',
    delegated: true,
    medication: true,
    days: EVERY_DAY,
    times: ['07.45'],
    duration: '00.10',
    task: { code: 3, description: 'Subkutan injektion med insulinpenna' },
    p: 0.12,
  },
  {
    key: 'compression',
    serviceCode: 106,
    name: 'Påtagning av stödstrumpor',
    kva: KVA.compression,
    type: 'Treating',
    profession: 'nurse',
    delegated: true,
    medication: false,
    days: EVERY_DAY,
    times: [],
    duration: '00.10',
    task: { code: 4, description: 'Påtagning av kompressionsstrumpa' },
    p: 0.15,
  },
  {
    key: 'weight',
    serviceCode: 107,
    name: 'Viktkontroll',
    kva: KVA.weight,
    type: 'Investigating',
    profession: 'nurse',
    delegated: true,
    medication: false,
    days: [MON],
    times: ['09.00'],
    duration: '00.05',
    measure: { id: 3, name: 'Vikt', unit: 'kg', mean: 67, sd: 11, low: 45, high: 110, decimals: 1 },
    task: { code: 5, description: 'Vägning' },
    p: 0.2,
  },
  {
    key: 'painRelief',
    serviceCode: 108,
    name: 'Smärtlindring vid behov',
    kva: KVA.painRelief,
    type: 'Treating',
    profession: 'nurse',
    delegated: false,
    medication: true,
    days: [],
    times: [],
    whenNeeded: 'Vid smärta, högst tre gånger per dygn',
    duration: '00.10',
    p: 0.2,
  },
  {
    key: 'walking',
    serviceCode: 111,
    name: 'Gångträning',
    kva: KVA.walking,
    type: 'Treating',
    profession: 'physiotherapist',
    delegated: true,
    medication: false,
    days: [TUE, THU],
    times: [],
    duration: '00.20',
    task: { code: 6, description: 'Gångträning med rollator enligt program' },
    goal: 'Kunna gå till matsalen själv',
    p: 0.2,
  },
  {
    key: 'transfer',
    serviceCode: 112,
    name: 'Förflyttningsbedömning',
    kva: KVA.transfer,
    type: 'Investigating',
    profession: 'physiotherapist',
    delegated: false,
    medication: false,
    days: [],
    times: [],
    once: true,
    duration: '00.45',
    p: 0.2,
  },
  {
    key: 'aids',
    serviceCode: 121,
    name: 'Hjälpmedelsutprovning',
    kva: KVA.aids,
    type: 'Investigating',
    profession: 'occupationalTherapist',
    delegated: false,
    medication: false,
    days: [],
    times: [],
    once: true,
    duration: '01.00',
    p: 0.25,
  },
  {
    key: 'adl',
    serviceCode: 122,
    name: 'ADL-träning',
    kva: KVA.adl,
    type: 'Treating',
    profession: 'occupationalTherapist',
    delegated: true,
    medication: false,
    days: [MON, FRI],
    times: [],
    duration: '00.30',
    task: { code: 7, description: 'Träning i personlig vård enligt program' },
    goal: 'Klara morgonhygien med stöd',
    p: 0.15,
  },
  {
    key: 'nutrition',
    serviceCode: 131,
    name: 'Nutritionsbedömning',
    kva: KVA.nutrition,
    type: 'Investigating',
    profession: 'dietician',
    delegated: false,
    medication: false,
    days: [],
    times: [],
    once: true,
    duration: '00.45',
    p: 0.1,
  },
];

/** Profession codes in KVÅ format (the contract's example "XS919" for nurse; the others are demo codes). */
export const PROFESSIONS: Record<Profession, { kvaCode: string; sv: string; en: string; role: string }> = {
  nurse: { kvaCode: 'XS919', sv: 'Sjuksköterska', en: 'Nurse', role: 'Sjuksköterska' },
  physiotherapist: { kvaCode: 'XS920', sv: 'Fysioterapeut', en: 'Physiotherapist', role: 'Fysioterapeut' },
  occupationalTherapist: {
    kvaCode: 'XS921',
    sv: 'Arbetsterapeut',
    en: 'Occupational therapist',
    role: 'Arbetsterapeut',
  },
  dietician: { kvaCode: 'XS922', sv: 'Dietist', en: 'Dietician', role: 'Dietist' },
  other: { kvaCode: 'XS929', sv: 'Omvårdnadspersonal', en: 'Care staff', role: 'Undersköterska' },
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const SV_DAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const RR_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const list = (xs: string[], and: string) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}` : (xs[0] ?? '');

/** RRule and its Swedish and British summaries, for a recurring template. */
export function recurrence(t: HslActivityTemplate): { rRule: string; sv: string; en: string } | null {
  if (!t.days.length) return null;
  const order = [...t.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  if (order.length === 7) return { rRule: 'FREQ=DAILY;INTERVAL=1', sv: 'Varje dag', en: 'Every day' };
  return {
    rRule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=${order.map((d) => RR_DAYS[d]).join(',')}`,
    sv: `Varje vecka på ${list(
      order.map((d) => SV_DAYS[d]!),
      'och',
    )}`,
    en: `Every week on ${list(
      order.map((d) => WEEKDAY_NAMES[d]!),
      'and',
    )}`,
  };
}

/** Minutes after midnight of an "HH.mm" time. */
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
