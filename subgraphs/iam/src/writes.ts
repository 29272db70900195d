/**
 * The iam subgraph's writes (platform mutations.ts): users of the user store (TSS, User V1) and
 * their roles (Role V1), for packages 9067 and 8961. The contract names users and roles by their
 * TSS ids (the platform keeps those as tssId).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { PlatformError, etagOf, plain, type Row, type Write, type WriteBody, type WriteSpec } from '@lcs/platform';

const USER = 'WE.Api.Models.V1.Entities.User';

/** A user in the contract's shape: its Id is the TSS id. */
const userBody = (row: Row) => ({ ...plain(row), id: row.tssId });

function checkUser(w: Write, u: WriteBody): void {
  if (typeof u.id !== 'string' || !/^\S{1,10}$/.test(u.id))
    w.fail('Id', 'must be the TSS user id: 1 to 10 characters, no spaces');
  w.identityNumber('PersonId', u.personId);
  w.period('ValidFrom', u.validFrom, 'ValidTo', u.validTo);
}

async function userByTssId(w: Write, tssId: string): Promise<Row> {
  const t = w.table('User');
  const [row] = await w.find('User', eq(t.tssId, tssId), { lock: true });
  if (!row) throw new PlatformError('NOT_FOUND', `user ${tssId} not found`);
  return row;
}

/** The user and role named by the query parameters userId and roleId (TSS ids); 422 when either is unknown. */
async function userAndRole(w: Write): Promise<{ user: Row; role: Row }> {
  const userId = w.stringParam('userId');
  const roleId = w.stringParam('roleId');
  const [user] = await w.find('User', eq(w.table('User').tssId, userId));
  const [role] = await w.find('Role', eq(w.table('Role').tssId, roleId));
  if (!user) w.fail('userId', `user ${userId} does not exist`);
  if (!role) w.fail('roleId', `role ${roleId} does not exist`);
  w.check();
  return { user: user!, role: role! };
}

export const writes: WriteSpec[] = [
  {
    field: 'saveUser',
    entity: 'User',
    body: USER,
    description:
      'POST /api/v1/users: create or update a user in TSS (9067, 8961). Answers the user id. The password is never ' +
      'stored.',
    async run(w) {
      const b = w.body;
      checkUser(w, b);
      w.check();
      const values = {
        ...w.columns('User', b),
        tssId: b.id,
        fullName: b.fullName ?? ([b.firstName, b.lastName].filter(Boolean).join(' ') || null),
      };
      await w.serialize('User', b.id);
      const [existing] = await w.find('User', eq(w.table('User').tssId, b.id), { lock: true });
      const row = existing ? await w.update('User', existing, values) : await w.insert('User', values);
      return { status: 200, body: row.tssId, etag: etagOf(w.entity(), row) };
    },
  },
  {
    field: 'patchUser',
    entity: 'User',
    body: 'json-patch',
    description: 'PATCH /api/v1/users/{id}: change a user with a JSON Patch (RFC 6902) (9067, 8961).',
    async run(w) {
      const before = await userByTssId(w, w.stringParam('id'));
      const doc = w.jsonPatch(userBody(before) as Record<string, unknown>, USER, ['id', 'deleted', 'tssId']);
      checkUser(w, doc);
      w.check();
      const after = await w.update('User', before, w.columns('User', doc));
      return { status: 200, body: userBody(after), etag: etagOf(w.entity(), after) };
    },
  },
  {
    field: 'assignUserRole',
    entity: 'RoleAssignment',
    description:
      'PUT /api/v1/user-role?userId=&roleId=: give a user a role in the whole municipality (9067). Assigning a role ' +
      'the user has is a no-op.',
    async run(w) {
      const { user, role } = await userAndRole(w);
      await w.serialize('RoleAssignment', user.id, role.id);
      const t = w.table('RoleAssignment');
      const [held] = await w.find(
        'RoleAssignment',
        and(eq(t.userId, user.id), eq(t.roleId, role.id), isNull(t.providerUnitId)),
      );
      const row =
        held ??
        (await w.insert('RoleAssignment', {
          userId: user.id,
          roleId: role.id,
          userTssId: user.tssId,
          roleTssId: role.tssId,
          validFrom: new Date(),
          providerUnitId: null,
        }));
      return { status: 200, body: {}, etag: etagOf(w.entity(), row) };
    },
  },
  {
    field: 'revokeUserRole',
    entity: 'RoleAssignment',
    description: 'DELETE /api/v1/user-role?userId=&roleId=: take a role from a user, on every unit (9067).',
    async run(w) {
      const { user, role } = await userAndRole(w);
      const t = w.table('RoleAssignment');
      const held = await w.find('RoleAssignment', and(eq(t.userId, user.id), eq(t.roleId, role.id)), { lock: true });
      if (!held.length) throw new PlatformError('NOT_FOUND', `user ${user.tssId} does not hold role ${role.tssId}`);
      for (const a of held) await w.remove('RoleAssignment', a, { ifMatch: held.length === 1 });
      return { status: 200, body: {} };
    },
  },
];
