/**
 * The synthetic staff of a demo municipality (TSS users, roles, role assignments per unit), as pure
 * functions of the seed world, shared like the rest of the synthetic data: the iam seeder writes
 * them, and care's seeder reads the same roster to sign documentation with real user ids.
 * Deterministic: each uses its own PRNG stream.
 */
import { addDays, type SeedUnit, type SeedWorld } from './world.ts';
import { person, type SyntheticPerson } from '@lcs/platform';

/** TSS roles (ids at most 32 characters). */
export const ROLES = [
  { tssId: 'BISTANDSHANDLAGGARE', name: 'Biståndshandläggare' },
  { tssId: 'UNDERSKOTERSKA', name: 'Undersköterska' },
  { tssId: 'SJUKSKOTERSKA', name: 'Sjuksköterska' },
  { tssId: 'ARBETSTERAPEUT', name: 'Arbetsterapeut' },
  { tssId: 'ENHETSCHEF', name: 'Enhetschef' },
  { tssId: 'PLANERARE', name: 'Planerare' },
  { tssId: 'SYSTEMADMINISTRATOR', name: 'Systemadministratör' },
] as const;

export type RoleId = (typeof ROLES)[number]['tssId'];

export interface StaffUser extends SyntheticPerson {
  /** TSS user id (at most 10 characters), also the signature on documentation. */
  tssId: string;
  /** The user's main role. */
  role: RoleId;
  validFrom: Date;
  /** Set for staff who have left; they are disabled. */
  validTo: Date | null;
}

export interface StaffAssignment {
  user: StaffUser;
  role: RoleId;
  /** Null: the role applies in the whole municipality (authority staff, administrators). */
  unitId: number | null;
  validFrom: Date;
  validTo: Date | null;
}

/** Needs assessors: the same six the care seeder uses as caseworkers (HANDL1–6, "Handläggare Demo n"). */
export const CASEWORKERS = 6;

/** Staff users per tenant: 20–60, proportional to the number of clients. */
export const staffCount = (clients: number) => Math.min(60, Math.max(20, Math.round(clients * 0.4)));

export function staffRoster(w: SeedWorld): StaffUser[] {
  const r = w.rng('iam:staff');
  const o = w.o;
  const n = staffCount(o.clients);
  const chefs = 4;
  const rest = n - CASEWORKERS - 1 - chefs;
  const nurses = Math.max(2, Math.round(rest * 0.2));
  const therapists = rest >= 20 ? 2 : 1;
  const plan: { role: RoleId; prefix: string; count: number }[] = [
    { role: 'BISTANDSHANDLAGGARE', prefix: 'HANDL', count: CASEWORKERS },
    { role: 'SYSTEMADMINISTRATOR', prefix: 'ADMIN', count: 1 },
    { role: 'ENHETSCHEF', prefix: 'CHEF', count: chefs },
    { role: 'SJUKSKOTERSKA', prefix: 'SSK', count: nurses },
    { role: 'ARBETSTERAPEUT', prefix: 'AT', count: therapists },
    { role: 'UNDERSKOTERSKA', prefix: 'USK', count: rest - nurses - therapists },
  ];
  const users: StaffUser[] = [];
  for (const p of plan) {
    for (let i = 1; i <= p.count; i++) {
      const who = person(r, 1962, 2002, 300 + users.length);
      const validFrom = r.date(addDays(o.asOf, -15 * 365), addDays(o.asOf, -60));
      // About one in twenty has left (disabled, valid until a past date); never a caseworker, whom care still cites.
      const left = p.role !== 'BISTANDSHANDLAGGARE' && r.chance(0.05);
      const validTo = left ? r.date(addDays(validFrom, 60), addDays(o.asOf, -1)) : null;
      const tssId = p.role === 'BISTANDSHANDLAGGARE' ? `HANDL${i}` : `${p.prefix}${String(i).padStart(3, '0')}`;
      const names =
        p.role === 'BISTANDSHANDLAGGARE'
          ? { firstName: 'Handläggare', lastName: `Demo ${i}`, fullName: `Handläggare Demo ${i}` }
          : {};
      users.push({ ...who, ...names, tssId, role: p.role, validFrom, validTo });
    }
  }
  return users;
}

/**
 * Role assignments on the provider units: each unit gets a manager, undersköterskor are dealt out
 * round-robin (some also on a second unit, some also planners), nurses and therapists cover several
 * units between them; needs assessors and the administrator hold their roles municipality-wide.
 */
export function staffAssignments(
  w: SeedWorld,
  users: StaffUser[],
  units: readonly SeedUnit[] = w.units,
): StaffAssignment[] {
  const r = w.rng('iam:assignments');
  const out: StaffAssignment[] = [];
  const add = (user: StaffUser, role: RoleId, unitId: number | null) =>
    out.push({ user, role, unitId, validFrom: user.validFrom, validTo: user.validTo });
  const byRole = (role: RoleId) => users.filter((u) => u.role === role);
  const homeCare = units.filter((u) => !u.name.includes('boende'));
  const several = (k: number) => {
    const a = [...units];
    for (let i = a.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a.slice(0, Math.min(k, a.length));
  };
  for (const u of byRole('BISTANDSHANDLAGGARE')) add(u, 'BISTANDSHANDLAGGARE', null);
  for (const u of byRole('SYSTEMADMINISTRATOR')) add(u, 'SYSTEMADMINISTRATOR', null);
  if (!units.length) return out;
  const chefs = byRole('ENHETSCHEF');
  units.forEach((unit, i) => add(chefs[i % chefs.length]!, 'ENHETSCHEF', unit.id));
  // Nurses cover consecutive runs of at least two units, together every unit.
  const nurses = byRole('SJUKSKOTERSKA');
  const per = Math.max(2, Math.ceil(units.length / Math.max(1, nurses.length)));
  nurses.forEach((u, j) => {
    for (let m = 0; m < Math.min(per, units.length); m++)
      add(u, 'SJUKSKOTERSKA', units[(j * per + m) % units.length]!.id);
  });
  for (const u of byRole('ARBETSTERAPEUT')) for (const unit of several(r.int(2, 4))) add(u, 'ARBETSTERAPEUT', unit.id);
  byRole('UNDERSKOTERSKA').forEach((u, i) => {
    const unit = units[i % units.length]!;
    add(u, 'UNDERSKOTERSKA', unit.id);
    // a second unit, never the first (a user holds a role on a unit once: iam's natural key)
    if (r.chance(0.15) && units.length > 1)
      add(u, 'UNDERSKOTERSKA', units[(i + 1 + r.int(0, units.length - 2)) % units.length]!.id);
    if (homeCare.some((h) => h.id === unit.id) && r.chance(0.2)) add(u, 'PLANERARE', unit.id);
  });
  return out;
}
