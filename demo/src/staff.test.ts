import { describe, expect, it } from 'vitest';
import { SeedWorld, type SeedOptions, type SeedUnit } from './world.ts';
import type { AppDatabase } from '@lcs/platform';
import { ROLES, staffAssignments, staffCount, staffRoster } from './staff.ts';

const world = (clients: number, tenant = 'demo') => {
  const o: SeedOptions = {
    tenant,
    tenantName: 'Demokommun',
    municipalityCode: '9901',
    clients,
    asOf: new Date('2026-11-01T00:00:00Z'),
    historyMonths: 1,
  };
  // The roster is a pure function of the options; it never touches the database.
  return new SeedWorld(null as unknown as AppDatabase, o, () => ({ tick() {}, done() {} }));
};
const units: SeedUnit[] = [
  'Hemtjänst Norr',
  'Hemtjänst Söder',
  'Hemtjänst Centrum',
  'Hemtjänst Väster',
  'Hemtjänst Demo AB',
  'Solgläntans boende',
  'Exempelgårdens boende',
  'Demohemmets boende',
].map((name, i) => ({ id: 1000 + i, name, companyId: 1, companyName: 'Demokommun kommun' }));

describe('iam staff roster', () => {
  it('has 20–60 users, proportional to the clients, with TSS-sized unique ids', () => {
    expect([10, 50, 100, 150, 1000].map(staffCount)).toEqual([20, 20, 40, 60, 60]);
    for (const clients of [30, 100, 400]) {
      const users = staffRoster(world(clients));
      expect(users).toHaveLength(staffCount(clients));
      expect(new Set(users.map((u) => u.tssId)).size).toBe(users.length);
      expect(users.every((u) => u.tssId.length <= 10 && /^\d{12}$/.test(u.personId))).toBe(true);
    }
    expect(ROLES.every((r) => r.tssId.length <= 32)).toBe(true);
  });

  it("is deterministic per tenant and includes care's six caseworkers", () => {
    expect(staffRoster(world(100))).toEqual(staffRoster(world(100)));
    expect(staffRoster(world(100, 'demo2'))).not.toEqual(staffRoster(world(100)));
    const handl = staffRoster(world(100)).filter((u) => u.role === 'BISTANDSHANDLAGGARE');
    expect(handl.map((u) => `${u.tssId} ${u.fullName}`)).toEqual(
      [1, 2, 3, 4, 5, 6].map((i) => `HANDL${i} Handläggare Demo ${i}`),
    );
    expect(handl.every((u) => u.validTo === null)).toBe(true);
  });

  it('gives every unit a manager and care staff, and authority roles municipality-wide', () => {
    const w = world(50);
    const a = staffAssignments(w, staffRoster(w), units);
    for (const u of units) {
      expect(a.some((x) => x.unitId === u.id && x.role === 'ENHETSCHEF')).toBe(true);
      expect(a.some((x) => x.unitId === u.id && (x.role === 'UNDERSKOTERSKA' || x.role === 'SJUKSKOTERSKA'))).toBe(
        true,
      );
    }
    expect(a.filter((x) => x.role === 'BISTANDSHANDLAGGARE').every((x) => x.unitId === null)).toBe(true);
    // before the units exist: only the municipality-wide roles
    expect(staffAssignments(w, staffRoster(w), [])).toHaveLength(7);
  });
});
