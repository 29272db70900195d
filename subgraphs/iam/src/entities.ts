/** The iam subgraph's entities, declared once. */
import type { EntitySpec } from '@lcs/platform';

export const entities: EntitySpec[] = [
  {
    name: 'Tenant',
    description: 'A municipality using the platform.',
    fields: {
      domain: {
        type: 'String',
        nullable: false,
        description: "The domain the APIs name the tenant by (the contract's `domain`).",
      },
      name: { type: 'String', nullable: false, description: 'Name of the municipality.' },
      municipalityCode: { type: 'String', nullable: false, description: 'Four-digit municipality code (kommunkod).' },
    },
  },
  {
    // The contract's Id is the TSS user id (at most 10 characters, also the user's signature on
    // documentation); the platform's id is its own key, so the TSS id is kept as tssId.
    // UserWithPhones (the users of a role on a unit) is the same user with phone numbers.
    name: 'User',
    contract: ['WE.Api.Models.V1.Entities.User', 'User.V1.UserWithPhones'],
    contractId: 'tssId',
    // The contract's read model shows a Password; it is write-only in TSS and never stored here.
    omit: ['password'],
    description: "A user in the user store (TSS): a member of the municipality's staff.",
    fields: {
      tssId: {
        type: 'String',
        nullable: false,
        description:
          "The user's id in TSS (the contract's Id, at most 10 characters); also the signature on documentation.",
      },
    },
    // A provider-scoped licence (8931: role → users) sees the users holding a role on one of its units.
    scope: { children: [{ entity: 'RoleAssignment', via: 'userId' }] },
    // one user per TSS id (POST /api/v1/users saves the one there is)
    naturalKeys: [['tssId']],
  },
  {
    name: 'Role',
    contract: 'WE.Api.Models.V1.Entities.Role',
    contractId: 'tssId',
    // A provider-scoped licence sees the roles held on its units (and, below, the users holding them).
    scope: { children: [{ entity: 'RoleAssignment', via: 'roleId' }] },
    fields: {
      tssId: {
        type: 'String',
        nullable: false,
        description:
          "The role's id in TSS (the contract's Id, at most 32 characters; the {role} of /roles/{role}/users).",
      },
    },
  },
  {
    name: 'RoleAssignment',
    description: 'A role held by a user on a provider unit, or in the whole municipality when no unit is given.',
    // Tenant carries no scope declaration: provider- and subject-scoped licences see none.
    scope: { unit: 'providerUnitId' },
    // a user holds a role once on a unit, or once in the whole municipality (PUT /api/v1/user-role is a no-op then)
    naturalKeys: [['userId', 'roleId', 'providerUnitId']],
    fields: {
      validFrom: { type: 'DateTime', description: 'When the assignment starts.' },
      roleTssId: {
        type: 'String',
        nullable: false,
        description: "The role's TSS id (as the contract names roles: /roles/{role}/users).",
      },
      userTssId: {
        type: 'String',
        nullable: false,
        description: "The user's TSS id (as the contract names users: /roles?userId=).",
      },
      validTo: { type: 'DateTime', description: 'When the assignment ends (none: until further notice).' },
    },
    refs: {
      user: { entity: 'User', via: 'userId', inverse: 'roles', description: 'The user holding the role.' },
      role: { entity: 'Role', via: 'roleId', inverse: 'assignments', description: 'The role.' },
      providerUnit: {
        entity: 'ProviderUnit',
        via: 'providerUnitId',
        inverse: 'roleAssignments',
        description: 'The provider unit the role applies to (none: the whole municipality).',
      },
    },
  },
];
