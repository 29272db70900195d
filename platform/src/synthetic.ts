/**
 * Synthetic, deterministic demo data: a seeded PRNG, identity numbers with a valid check digit
 * (checked with the `personnummer` library), and names and addresses that are obviously made up.
 * Never real people: all surnames end in "-demo" style inventions, streets are fictional.
 */
import personnummerModule from 'personnummer';

// The package ships CommonJS with ESM-style typings; take the class whichever way it arrives.
const Personnummer = ((personnummerModule as unknown as { valid?: unknown }).valid
  ? personnummerModule
  : (personnummerModule as unknown as { default: unknown }).default) as unknown as { valid(pin: string): boolean };

/** mulberry32 seeded from a string: the same seed gives the same sequence on every machine. */
export class Rng {
  private s: number;
  constructor(seed: string) {
    let h = 1779033703 ^ seed.length;
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    this.s = h >>> 0;
  }
  /** An independent copy at this point of the sequence: it draws what this one will draw next. */
  fork(): Rng {
    const copy = Object.create(Rng.prototype) as Rng;
    copy.s = this.s;
    return copy;
  }
  /** [0, 1) */
  next(): number {
    let t = (this.s += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.next() * a.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Normally distributed (Box–Muller), for realistic deviations. */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  date(from: Date, to: Date): Date {
    return new Date(from.getTime() + Math.floor(this.next() * (to.getTime() - from.getTime())));
  }
}

/**
 * Whether a string is a valid Swedish identity number (personnummer or samordningsnummer), per
 * the `personnummer` library.
 */
export const validIdentityNumber = (pin: string): boolean => Personnummer.valid(pin);

function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A 12-digit identity number (YYYYMMDDNNNC) for the given birth date; `coordination` adds 60
 * to the day (samordningsnummer). The serial's third digit is odd for men, even for women.
 */
export function identityNumber(birth: Date, serial: number, female: boolean, coordination = false): string {
  const y = birth.getUTCFullYear();
  const m = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const d = String(birth.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
  let s = 1 + (serial % 998); // 001–999: a serial of 000 is never issued
  if ((s % 2 === 0) === !female) s += 1;
  const nnn = String(s).padStart(3, '0');
  const ten = `${String(y).slice(2)}${m}${d}${nnn}`;
  const pnr = `${y}${m}${d}${nnn}${luhn(ten)}`;
  if (!Personnummer.valid(pnr)) throw new Error(`generated an invalid identity number ${pnr}`);
  return pnr;
}

const GIVEN_F = [
  'Demoina',
  'Testrid',
  'Exempla',
  'Fiktiva',
  'Provina',
  'Mockarina',
  'Sampla',
  'Låtsasin',
  'Dummelina',
  'Påhittia',
];
const GIVEN_M = [
  'Demonius',
  'Testur',
  'Exemplar',
  'Fiktivus',
  'Provert',
  'Mockard',
  'Samplo',
  'Låtsasson',
  'Dummel',
  'Påhittus',
];
const SURNAMES = [
  'Demosson',
  'Testberg',
  'Exempelgren',
  'Fiktivström',
  'Provlund',
  'Mockqvist',
  'Samplander',
  'Låtsasdal',
  'Dummelfors',
  'Påhittsson',
  'Testdotter',
  'Demolin',
];
const STREETS = ['Påhittade gatan', 'Exempelvägen', 'Testgränd', 'Demostigen', 'Fiktiva allén', 'Provtorget'];

export interface SyntheticPerson {
  personId: string;
  firstName: string;
  lastName: string;
  fullName: string;
  female: boolean;
  birth: Date;
}

/** A made-up person born between the given years. */
export function person(r: Rng, fromYear: number, toYear: number, serial: number): SyntheticPerson {
  const female = r.chance(0.62); // most clients in elderly care are women
  const birth = new Date(Date.UTC(r.int(fromYear, toYear), r.int(0, 11), r.int(1, 28)));
  const firstName = r.pick(female ? GIVEN_F : GIVEN_M);
  const lastName = r.pick(SURNAMES);
  return {
    personId: identityNumber(birth, serial, female),
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    female,
    birth,
  };
}

/** A fictional address in the contract's Address shape (camelCase). Postal codes 999xx are not in use. */
export function address(r: Rng, town: string) {
  return {
    streetAddress: `${r.pick(STREETS)} ${r.int(1, 99)}`,
    zipCode: `999 ${String(r.int(10, 99))}`,
    city: town,
    careOf: null,
    country: 'Sverige',
    protected: false,
    entryCode: r.chance(0.3) ? String(r.int(1000, 9999)) : null,
    type: 'Home',
  };
}

/** A phone number in the range reserved for fiction and drama (070-1740605 to 070-1740699). */
export function phone(r: Rng) {
  return { phoneNumber: `070-17406${String(r.int(5, 99)).padStart(2, '0')}`, protected: false, type: 'Mobile' };
}
