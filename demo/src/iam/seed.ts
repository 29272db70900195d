/**
 * iam demo data: the tenant row, TSS roles and staff users, and role assignments on provider units.
 *
 * The pipeline seeds iam before provider's organisation, so `w.units` is still empty when `seed`
 * runs; role assignments are therefore a second step, `seedRoleAssignments`, which must run after
 * the provider units exist (cli/src/seed.ts runs it right after provider's organisation).
 */
import { sql } from 'drizzle-orm';
import { ROLES, phone, staffAssignments, staffRoster, type Seeder } from '../kit.ts';

const HSA_ROLES = new Set(['SJUKSKOTERSKA', 'ARBETSTERAPEUT', 'ENHETSCHEF']);

export const seed: Seeder = async (w, kit) => {
  await w.insert(kit, 'Tenant', [{ domain: w.o.tenant, name: w.o.tenantName, municipalityCode: w.o.municipalityCode }]);
  const since = new Date(Date.UTC(w.o.asOf.getUTCFullYear() - 15, 0, 1));
  await w.insert(
    kit,
    'Role',
    ROLES.map((role) => ({ tssId: role.tssId, name: role.name, updatedAt: since })),
  );
  const title = new Map<string, string>(ROLES.map((role) => [role.tssId, role.name]));
  const r = w.rng('iam:users');
  await w.insert(
    kit,
    'User',
    staffRoster(w).map((u) => ({
      tssId: u.tssId,
      personId: u.personId,
      // HSA ids only for health-care staff and managers; organisation part 99<code>0000 is not a real one.
      hsaId: HSA_ROLES.has(u.role) ? `SE99${w.o.municipalityCode}0000-${u.tssId}` : null,
      networkUserId: `${w.o.tenant.toUpperCase()}\\${u.tssId.toLowerCase()}`,
      vrkId: null,
      firstName: u.firstName,
      lastName: u.lastName,
      fullName: u.fullName,
      description: title.get(u.role),
      validFrom: u.validFrom,
      validTo: u.validTo,
      disabled: u.validTo !== null,
      logonTypes: u.role === 'SYSTEMADMINISTRATOR' ? ['Idp', 'Tss'] : ['Idp'],
      phones: [{ ...phone(r), type: 'Work' }, ...(r.chance(0.5) ? [phone(r)] : [])],
      updatedAt: u.validTo ?? u.validFrom,
    })),
  );
};

/** Role assignments per unit; needs `w.units` (provider's organisation) and the rows `seed` wrote. */
export const seedRoleAssignments: Seeder = async (w, kit) => {
  if (w.counts.has('iam.RoleAssignment')) return;
  const ids = async (entity: string, key: string) => {
    const t = kit.tables.get(entity)!;
    const rows = (await w.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${w.o.tenant}, true)`);
      return tx.select({ id: t.id, key: t[key] }).from(t);
    })) as { id: number; key: string }[];
    return new Map(rows.map((x) => [x.key, x.id]));
  };
  const users = await ids('User', 'tssId');
  const roles = await ids('Role', 'tssId');
  await w.insert(
    kit,
    'RoleAssignment',
    staffAssignments(w, staffRoster(w)).map((a) => ({
      userId: users.get(a.user.tssId),
      roleId: roles.get(a.role),
      providerUnitId: a.unitId,
      userTssId: a.user.tssId,
      roleTssId: a.role,
      validFrom: a.validFrom,
      validTo: a.validTo,
      updatedAt: a.validTo ?? a.validFrom,
    })),
  );
};
