import type { JsonText } from '@lcs/platform';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RequestContext } from '@lcs/platform';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 calendar date. */
  Date: { input: string; output: string; }
  /** An ISO 8601 date and time. */
  DateTime: { input: Date; output: Date; }
  /** Free-form JSON. */
  JSON: { input: unknown; output: unknown; }
  /** A JSON text, sent as a string (a list page's `contractJson` items). */
  JsonText: { input: JsonText; output: JsonText; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccessReview = {
  __typename?: 'AccessReview';
  apiClients: Array<AccessReviewApiClient>;
  generatedAt: Scalars['DateTime']['output'];
  inactiveDays: Scalars['Int']['output'];
  tenant: Scalars['String']['output'];
  users: Array<AccessReviewUser>;
};

export type AccessReviewApiClient = {
  __typename?: 'AccessReviewApiClient';
  certificates: Array<AccessReviewCertificate>;
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastUsed?: Maybe<Scalars['DateTime']['output']>;
  licences: Array<AccessReviewLicence>;
  name: Scalars['String']['output'];
  unused: Scalars['Boolean']['output'];
};

export type AccessReviewCertificate = {
  __typename?: 'AccessReviewCertificate';
  fingerprint: Scalars['String']['output'];
  notAfter?: Maybe<Scalars['DateTime']['output']>;
  revoked: Scalars['Boolean']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

export type AccessReviewGrant = {
  __typename?: 'AccessReviewGrant';
  role: Scalars['String']['output'];
  /** Null: the whole municipality. */
  unitId?: Maybe<Scalars['Int']['output']>;
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

export type AccessReviewKey = {
  __typename?: 'AccessReviewKey';
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  lastUsed?: Maybe<Scalars['DateTime']['output']>;
  revoked: Scalars['Boolean']['output'];
};

export type AccessReviewLicence = {
  __typename?: 'AccessReviewLicence';
  id: Scalars['ID']['output'];
  keys: Array<AccessReviewKey>;
  package: Scalars['String']['output'];
  providerUnits?: Maybe<Array<Scalars['Int']['output']>>;
  revoked: Scalars['Boolean']['output'];
  scope: Scalars['String']['output'];
};

export type AccessReviewUser = {
  __typename?: 'AccessReviewUser';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Latest sign-in or personal-data read. */
  lastUsed?: Maybe<Scalars['DateTime']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  roles: Array<AccessReviewGrant>;
  tssId: Scalars['String']['output'];
  /** Not used within inactiveDays: review the grant. */
  unused: Scalars['Boolean']['output'];
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  activity: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  category: Scalars['String']['output'];
  clientIds: Array<Scalars['Int']['output']>;
  component: Scalars['String']['output'];
  entities: Array<Scalars['String']['output']>;
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  keyId?: Maybe<Scalars['String']['output']>;
  operation?: Maybe<Scalars['String']['output']>;
  outcome: Scalars['String']['output'];
  package?: Maybe<Scalars['String']['output']>;
  /** A staff user's TSS id, or a partner system's id. */
  principalId: Scalars['String']['output'];
  /** staff, partner, dev or service. */
  principalKind: Scalars['String']['output'];
  principalName?: Maybe<Scalars['String']['output']>;
  recordCount: Scalars['Int']['output'];
  roles: Array<Scalars['String']['output']>;
  subsystem: Scalars['String']['output'];
  units: Array<Scalars['Int']['output']>;
};

export type AuditSearchFilter = {
  /** Read, Create, Update, Delete, StartSession, … */
  activity?: InputMaybe<Scalars['String']['input']>;
  /** A partner system's id. */
  apiClient?: InputMaybe<Scalars['ID']['input']>;
  /** Events concerning any of these clients (care's client ids). */
  clientIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** A staff user's TSS id. */
  user?: InputMaybe<Scalars['String']['input']>;
};

export type AuditSearchPage = {
  __typename?: 'AuditSearchPage';
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<AuditEvent>;
};

export type BusinessLogClient = {
  __typename?: 'BusinessLogClient';
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  ssn?: Maybe<Scalars['String']['output']>;
};

/** A business-log entry: one audited event (a read or a change of personal data), per client concerned. */
export type BusinessLogItem = {
  __typename?: 'BusinessLogItem';
  /** Read, Create, Update or Delete. */
  activity?: Maybe<Scalars['String']['output']>;
  category?: Maybe<Scalars['String']['output']>;
  /** The operation (the persisted operation or the client's operation name). */
  component?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The subgraph that served the event. */
  module?: Maybe<Scalars['String']['output']>;
  organisationUnit?: Maybe<BusinessLogOrganisationUnit>;
  /** Entities, fields, record count, outcome, licence and key; for changes each changed field with its old value. */
  properties: Array<BusinessLogItemProperty>;
  /** Ec, EcProvider or Iam. */
  subSystem?: Maybe<Scalars['String']['output']>;
  targetClient?: Maybe<BusinessLogClient>;
  targetUser?: Maybe<BusinessLogUser>;
  /** When the event occurred (UTC). */
  timeUtc?: Maybe<Scalars['DateTime']['output']>;
  /** The user, or the API client (system) with its key. */
  user?: Maybe<BusinessLogUser>;
  /** Web (signed-in staff) or Api (a licensed system). */
  userDevice?: Maybe<Scalars['String']['output']>;
  userIpAddress?: Maybe<Scalars['String']['output']>;
  userRole?: Maybe<BusinessLogRole>;
};

export type BusinessLogItemPage = {
  __typename?: 'BusinessLogItemPage';
  nodes: Array<BusinessLogItem>;
  pageInfo: PageInfo;
};

export type BusinessLogItemProperty = {
  __typename?: 'BusinessLogItemProperty';
  name?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type BusinessLogOrganisationUnit = {
  __typename?: 'BusinessLogOrganisationUnit';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type BusinessLogRole = {
  __typename?: 'BusinessLogRole';
  id: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

export type BusinessLogUser = {
  __typename?: 'BusinessLogUser';
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  signature?: Maybe<Scalars['String']['output']>;
  ssn?: Maybe<Scalars['String']['output']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: PartnerKey;
  /** The whole key: shown once, store it now. */
  key: Scalars['String']['output'];
};

/** Fair-share limits in force: requests a minute and burst per key, in flight per tenant, rows a minute per key. */
export type EffectiveLimits = {
  __typename?: 'EffectiveLimits';
  burst: Scalars['Int']['output'];
  concurrency: Scalars['Int']['output'];
  ratePerMinute: Scalars['Int']['output'];
  rowsPerMinute: Scalars['Int']['output'];
};

export type IdpConfiguration = {
  __typename?: 'IdpConfiguration';
  entityId: Scalars['String']['output'];
  loa: Scalars['String']['output'];
  metadataXml: Scalars['String']['output'];
  profile: Scalars['String']['output'];
  /** The SP's sign-in URL path to test with. */
  testSignInPath: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** An incident posted by the operator on the status page. */
export type Incident = {
  __typename?: 'Incident';
  id: Scalars['ID']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  startedAt: Scalars['DateTime']['output'];
  state: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Newest first. */
  updates: Array<IncidentUpdate>;
};

export type IncidentUpdate = {
  __typename?: 'IncidentUpdate';
  at: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
  /** investigating, identified, monitoring or resolved. */
  state: Scalars['String']['output'];
};

export type LicenceLimits = {
  __typename?: 'LicenceLimits';
  burst?: Maybe<Scalars['Int']['output']>;
  concurrency?: Maybe<Scalars['Int']['output']>;
  ratePerMinute?: Maybe<Scalars['Int']['output']>;
  rowsPerMinute?: Maybe<Scalars['Int']['output']>;
};

export type LicenceLimitsInput = {
  burst?: InputMaybe<Scalars['Int']['input']>;
  concurrency?: InputMaybe<Scalars['Int']['input']>;
  ratePerMinute?: InputMaybe<Scalars['Int']['input']>;
  rowsPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

export type LicenceScopeKind =
  | 'PROVIDER'
  | 'SUBJECT'
  | 'TENANT';

export type LicensablePackage = {
  __typename?: 'LicensablePackage';
  english?: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  name: Scalars['String']['output'];
  scope: LicenceScopeKind;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Binds a client certificate to a system: a PEM certificate (must allow TLS client authentication,
   * EKU clientAuth, and be valid now), or a SHA-256 fingerprint alone.
   */
  addPartnerCertificate: PartnerCertificate;
  /** Operator only: plan a service window (refused less than 7 days ahead unless emergency, or overlapping another). */
  addServiceWindow: ServiceWindow;
  /** PUT /api/v1/user-role?userId=&roleId=: give a user a role in the whole municipality (9067). Assigning a role the user has is a no-op. */
  assignUserRole: WriteResult;
  /** Creates an API key for a licence. The key is in the answer once and never again (only its hash is kept). */
  createApiKey: CreatedApiKey;
  /** Licenses a package to a system with a data scope and optional limits. */
  createLicence: PartnerLicence;
  /** Creates a partner system (receiving system). Names are unique in the tenant. */
  createPartnerSystem: PartnerSystem;
  /** PATCH /api/v1/users/{id}: change a user with a JSON Patch (RFC 6902) (9067, 8961). */
  patchUser: WriteResult;
  /** Unbinds a certificate: keys no longer work with it. */
  removePartnerCertificate: PartnerCertificate;
  /** Operator only: remove a planned window; false when there was none. */
  removeServiceWindow: Scalars['Boolean']['output'];
  /** Revokes a key at once. */
  revokeApiKey: PartnerKey;
  /** Revokes a licence: its keys stop working. */
  revokeLicence: PartnerLicence;
  /** DELETE /api/v1/user-role?userId=&roleId=: take a role from a user, on every unit (9067). */
  revokeUserRole: WriteResult;
  /** POST /api/v1/users: create or update a user in TSS (9067, 8961). Answers the user id. The password is never stored. */
  saveUser: WriteResult;
  /** Sets the tenant's identity provider (used from the next sign-in). */
  setIdpConfiguration: IdpConfiguration;
};


export type MutationAddPartnerCertificateArgs = {
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  pem?: InputMaybe<Scalars['String']['input']>;
  systemId: Scalars['ID']['input'];
};


export type MutationAddServiceWindowArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  emergency?: InputMaybe<Scalars['Boolean']['input']>;
  end: Scalars['DateTime']['input'];
  environment: Scalars['String']['input'];
  start: Scalars['DateTime']['input'];
};


export type MutationAssignUserRoleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateApiKeyArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  licenceId: Scalars['ID']['input'];
};


export type MutationCreateLicenceArgs = {
  limits?: InputMaybe<LicenceLimitsInput>;
  package: Scalars['String']['input'];
  providerUnits?: InputMaybe<Array<Scalars['Int']['input']>>;
  scope?: InputMaybe<LicenceScopeKind>;
  subjectId?: InputMaybe<Scalars['String']['input']>;
  systemId: Scalars['ID']['input'];
};


export type MutationCreatePartnerSystemArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type MutationPatchUserArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationRemovePartnerCertificateArgs = {
  fingerprint: Scalars['String']['input'];
  systemId: Scalars['ID']['input'];
};


export type MutationRemoveServiceWindowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  keyId: Scalars['String']['input'];
};


export type MutationRevokeLicenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeUserRoleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationSaveUserArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationSetIdpConfigurationArgs = {
  loa?: InputMaybe<Scalars['String']['input']>;
  metadataXml: Scalars['String']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PartnerCertificate = {
  __typename?: 'PartnerCertificate';
  boundAt: Scalars['DateTime']['output'];
  /** Extended key usages (clientAuth, serverAuth, …); empty when bound by fingerprint alone. */
  extendedKeyUsage: Array<Scalars['String']['output']>;
  /** SHA-256, lower-case hex. */
  fingerprint: Scalars['String']['output'];
  issuer?: Maybe<Scalars['String']['output']>;
  notAfter?: Maybe<Scalars['DateTime']['output']>;
  notBefore?: Maybe<Scalars['DateTime']['output']>;
  revoked: Scalars['Boolean']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

export type PartnerKey = {
  __typename?: 'PartnerKey';
  createdAt: Scalars['DateTime']['output'];
  expired: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
  lastUsed?: Maybe<Scalars['DateTime']['output']>;
  licenceId: Scalars['ID']['output'];
  revoked: Scalars['Boolean']['output'];
};

export type PartnerLicence = {
  __typename?: 'PartnerLicence';
  createdAt: Scalars['DateTime']['output'];
  /** The limits that apply: the licence's own, the platform's default for any it leaves unset. */
  effectiveLimits: EffectiveLimits;
  id: Scalars['ID']['output'];
  keys: Array<PartnerKey>;
  /** The licence's own limits (null where it leaves one to the platform's default). */
  limits?: Maybe<LicenceLimits>;
  package: Scalars['String']['output'];
  packageName?: Maybe<Scalars['String']['output']>;
  providerUnits?: Maybe<Array<Scalars['Int']['output']>>;
  revoked: Scalars['Boolean']['output'];
  scope: LicenceScopeKind;
  subjectId?: Maybe<Scalars['String']['output']>;
  systemId: Scalars['ID']['output'];
};

export type PartnerSystem = {
  __typename?: 'PartnerSystem';
  certificates: Array<PartnerCertificate>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  licences: Array<PartnerLicence>;
  name: Scalars['String']['output'];
};

/** A phone number. */
export type Phone = {
  __typename?: 'Phone';
  /** Phone number */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** If the phone number is being protected. */
  protected?: Maybe<Scalars['Boolean']['output']>;
  /** Phone number type (Home, Work, Mobile or Other). */
  type?: Maybe<PhoneType>;
};

export type PhoneType =
  | 'Home'
  | 'Mobile'
  | 'Other'
  | 'Work';

export type ProviderUnit = {
  __typename?: 'ProviderUnit';
  id: Scalars['ID']['output'];
  roleAssignments: Array<RoleAssignment>;
};


export type ProviderUnitRoleAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Everyone with access to the caller's tenant, with last use; those unused for inactiveDays are flagged.
   * Tenant administrators only.
   */
  accessReview: AccessReview;
  /**
   * Usage of one API key per time bucket (requests served, rows returned, requests refused with 429).
   * Default: the last 24 hours by hour. Tenant administrators only.
   */
  apiKeyUsage: Array<UsagePoint>;
  /**
   * Who read or changed what: the tenant's audit log, newest first, filtered and paged.
   * The search is itself audited. Tenant administrators only.
   */
  auditSearch: AuditSearchPage;
  /** The tenant (municipality) the caller is signed in to. */
  currentTenant?: Maybe<Tenant>;
  /** The Iam business log (audit log) of the caller's tenant. Tenant administrators only. */
  iamBusinessLogs: BusinessLogItemPage;
  /** The tenant's staff sign-in (SAML identity provider), if configured. Tenant administrators only. */
  idpConfiguration?: Maybe<IdpConfiguration>;
  /** The installation's incidents, newest first; resolved ones only when asked. */
  incidents: Array<Incident>;
  /** The limits of a licence that sets none of its own (the platform's defaults). Tenant administrators only. */
  licenceLimitDefaults: EffectiveLimits;
  /** The packages a licence can be issued for (the REST facade's manifest). Tenant administrators only. */
  licensablePackages: Array<LicensablePackage>;
  /** The tenant's partner systems (API clients) with their certificates, licences and keys. Tenant administrators only. */
  partnerSystems: Array<PartnerSystem>;
  /** The caller's tenant's resident-register freshness. */
  residentRegisterStatus?: Maybe<ResidentRegisterStatus>;
  role?: Maybe<Role>;
  roleAssignment?: Maybe<RoleAssignment>;
  /** RoleAssignment list, in a stable order (modification time, id). */
  roleAssignments: RoleAssignmentPage;
  /** Role list, in a stable order (modification time, id). */
  roles: RolePage;
  /** Service windows not yet ended (and those of the last 30 days), of one environment (prod, utb) or both. */
  serviceWindows: Array<ServiceWindow>;
  tenant?: Maybe<Tenant>;
  /** Tenant list, in a stable order (modification time, id). */
  tenants: TenantPage;
  user?: Maybe<User>;
  /** User list, in a stable order (modification time, id). */
  users: UserPage;
};


export type QueryAccessReviewArgs = {
  inactiveDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeyUsageArgs = {
  bucket?: InputMaybe<UsageBucket>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  keyId: Scalars['String']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAuditSearchArgs = {
  filter?: InputMaybe<AuditSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIamBusinessLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryIncidentsArgs = {
  includeResolved?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoleAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoleAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceWindowsArgs = {
  environment?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTenantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TenantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** The Tax Agency's notifications to the resident register (KIR), required at least weekly (5.5). */
export type ResidentRegisterStatus = {
  __typename?: 'ResidentRegisterStatus';
  ageDays?: Maybe<Scalars['Int']['output']>;
  lastBatchAt?: Maybe<Scalars['DateTime']['output']>;
  /** No batch for more than 7 days (or never). */
  stale: Scalars['Boolean']['output'];
};

/** A role. */
export type Role = {
  __typename?: 'Role';
  assignments: Array<RoleAssignment>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Role name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The role's id in TSS (the contract's Id, at most 32 characters; the {role} of /roles/{role}/users). */
  tssId: Scalars['String']['output'];
};


/** A role. */
export type RoleAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A role held by a user on a provider unit, or in the whole municipality when no unit is given. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The provider unit the role applies to (none: the whole municipality). */
  providerUnit?: Maybe<ProviderUnit>;
  /** The role. */
  role?: Maybe<Role>;
  /** The role's TSS id (as the contract names roles: /roles/{role}/users). */
  roleTssId: Scalars['String']['output'];
  /** The user holding the role. */
  user?: Maybe<User>;
  /** The user's TSS id (as the contract names users: /roles?userId=). */
  userTssId: Scalars['String']['output'];
  /** When the assignment starts. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** When the assignment ends (none: until further notice). */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters on RoleAssignment (every given condition must hold). */
export type RoleAssignmentFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  roleId?: InputMaybe<Scalars['ID']['input']>;
  roleTssId?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
  userTssId?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validFromFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validFromTo?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  validToFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validToTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RoleAssignmentPage = {
  __typename?: 'RoleAssignmentPage';
  /**
   * The page's items, each as the published contract's JSON for `definition` (e.g. "Provider.V1.ExecutedService"),
   * written by the database: what the REST facade sends for them. Null when the database cannot write that
   * definition for this entity (select `nodes` instead).
   */
  contractJson?: Maybe<Array<Scalars['JsonText']['output']>>;
  nodes: Array<RoleAssignment>;
  pageInfo: PageInfo;
};


export type RoleAssignmentPageContractJsonArgs = {
  definition: Scalars['String']['input'];
};

/** Filters on Role (every given condition must hold). */
export type RoleFilter = {
  assignmentsSome?: InputMaybe<RoleAssignmentFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  tssId?: InputMaybe<Scalars['String']['input']>;
};

export type RolePage = {
  __typename?: 'RolePage';
  /**
   * The page's items, each as the published contract's JSON for `definition` (e.g. "Provider.V1.ExecutedService"),
   * written by the database: what the REST facade sends for them. Null when the database cannot write that
   * definition for this entity (select `nodes` instead).
   */
  contractJson?: Maybe<Array<Scalars['JsonText']['output']>>;
  nodes: Array<Role>;
  pageInfo: PageInfo;
};


export type RolePageContractJsonArgs = {
  definition: Scalars['String']['input'];
};

/** A planned service window (service description 4.5); times are instants (ISO 8601), shown in Europe/Stockholm. */
export type ServiceWindow = {
  __typename?: 'ServiceWindow';
  description?: Maybe<Scalars['String']['output']>;
  /** Announced less than 7 days ahead. */
  emergency: Scalars['Boolean']['output'];
  end: Scalars['DateTime']['output'];
  /** prod or utb. */
  environment: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** utb-early (UTB 10 days before PROD, 08–18), utb-late (UTB 2 days before, 16–19), prod (22–02), or extra. */
  kind: Scalars['String']['output'];
  start: Scalars['DateTime']['output'];
};

/** Sort order by time. */
export type SortOrder =
  | 'Ascending'
  | 'Descending';

/** A municipality using the platform. */
export type Tenant = {
  __typename?: 'Tenant';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The domain the APIs name the tenant by (the contract's `domain`). */
  domain: Scalars['String']['output'];
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Four-digit municipality code (kommunkod). */
  municipalityCode: Scalars['String']['output'];
  /** Name of the municipality. */
  name: Scalars['String']['output'];
};

/** Filters on Tenant (every given condition must hold). */
export type TenantFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type TenantPage = {
  __typename?: 'TenantPage';
  /**
   * The page's items, each as the published contract's JSON for `definition` (e.g. "Provider.V1.ExecutedService"),
   * written by the database: what the REST facade sends for them. Null when the database cannot write that
   * definition for this entity (select `nodes` instead).
   */
  contractJson?: Maybe<Array<Scalars['JsonText']['output']>>;
  nodes: Array<Tenant>;
  pageInfo: PageInfo;
};


export type TenantPageContractJsonArgs = {
  definition: Scalars['String']['input'];
};

export type UsageBucket =
  | 'DAY'
  | 'HOUR'
  | 'MINUTE';

export type UsagePoint = {
  __typename?: 'UsagePoint';
  at: Scalars['DateTime']['output'];
  rejects: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
  rows: Scalars['Int']['output'];
};

/** A user in the user store (TSS): a member of the municipality's staff. */
export type User = {
  __typename?: 'User';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Description (e.g. title). */
  description?: Maybe<Scalars['String']['output']>;
  /** If the user is disabled or not. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** HSA-id. */
  hsaId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Logon types. */
  logonTypes?: Maybe<Array<UserLogonTypes>>;
  /** Network user ID. */
  networkUserId?: Maybe<Scalars['String']['output']>;
  /** Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  roles: Array<RoleAssignment>;
  /** The user's id in TSS (the contract's Id, at most 10 characters); also the signature on documentation. */
  tssId: Scalars['String']['output'];
  /** Valid from date. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** Valid to date. */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** VRK-ID. */
  vrkId?: Maybe<Scalars['String']['output']>;
};


/** A user in the user store (TSS): a member of the municipality's staff. */
export type UserRolesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on User (every given condition must hold). */
export type UserFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  hsaId?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  networkUserId?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  rolesSome?: InputMaybe<RoleAssignmentFilter>;
  tssId?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validFromFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validFromTo?: InputMaybe<Scalars['DateTime']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
  validToFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validToTo?: InputMaybe<Scalars['DateTime']['input']>;
  vrkId?: InputMaybe<Scalars['String']['input']>;
};

export type UserLogonTypes =
  | 'Certificate'
  | 'External'
  | 'Idp'
  | 'Token'
  | 'Tss';

export type UserPage = {
  __typename?: 'UserPage';
  /**
   * The page's items, each as the published contract's JSON for `definition` (e.g. "Provider.V1.ExecutedService"),
   * written by the database: what the REST facade sends for them. Null when the database cannot write that
   * definition for this entity (select `nodes` instead).
   */
  contractJson?: Maybe<Array<Scalars['JsonText']['output']>>;
  nodes: Array<User>;
  pageInfo: PageInfo;
};


export type UserPageContractJsonArgs = {
  definition: Scalars['String']['input'];
};

/** The outcome of a write through a contract API. */
export type WriteResult = {
  __typename?: 'WriteResult';
  /** Response body: the contract's response shape, camelCase names. */
  body?: Maybe<Scalars['JSON']['output']>;
  /** ETag of the resource written (its version). */
  etag?: Maybe<Scalars['String']['output']>;
  /** True when this is the stored response of an earlier request with the same Idempotency-Key. */
  replayed: Scalars['Boolean']['output'];
  /** HTTP status of the contract operation. */
  status: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  ProviderUnit: ProviderUnit;
  Role: Role;
  RoleAssignment: RoleAssignment;
  Tenant: Tenant;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ProviderUnit:
    ( { __typename: 'ProviderUnit' }
    & GraphQLRecursivePick<FederationTypes['ProviderUnit'], {"id":true}> );
  Role:
    ( { __typename: 'Role' }
    & GraphQLRecursivePick<FederationTypes['Role'], {"id":true}> );
  RoleAssignment:
    ( { __typename: 'RoleAssignment' }
    & GraphQLRecursivePick<FederationTypes['RoleAssignment'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccessReview: ResolverTypeWrapper<AccessReview>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessReviewApiClient: ResolverTypeWrapper<AccessReviewApiClient>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessReviewCertificate: ResolverTypeWrapper<AccessReviewCertificate>;
  AccessReviewGrant: ResolverTypeWrapper<AccessReviewGrant>;
  AccessReviewKey: ResolverTypeWrapper<AccessReviewKey>;
  AccessReviewLicence: ResolverTypeWrapper<AccessReviewLicence>;
  AccessReviewUser: ResolverTypeWrapper<AccessReviewUser>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditSearchFilter: AuditSearchFilter;
  AuditSearchPage: ResolverTypeWrapper<AuditSearchPage>;
  BusinessLogClient: ResolverTypeWrapper<BusinessLogClient>;
  BusinessLogItem: ResolverTypeWrapper<BusinessLogItem>;
  BusinessLogItemPage: ResolverTypeWrapper<BusinessLogItemPage>;
  BusinessLogItemProperty: ResolverTypeWrapper<BusinessLogItemProperty>;
  BusinessLogOrganisationUnit: ResolverTypeWrapper<BusinessLogOrganisationUnit>;
  BusinessLogRole: ResolverTypeWrapper<BusinessLogRole>;
  BusinessLogUser: ResolverTypeWrapper<BusinessLogUser>;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EffectiveLimits: ResolverTypeWrapper<EffectiveLimits>;
  IdpConfiguration: ResolverTypeWrapper<IdpConfiguration>;
  Incident: ResolverTypeWrapper<Incident>;
  IncidentUpdate: ResolverTypeWrapper<IncidentUpdate>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JsonText: ResolverTypeWrapper<Scalars['JsonText']['output']>;
  LicenceLimits: ResolverTypeWrapper<LicenceLimits>;
  LicenceLimitsInput: LicenceLimitsInput;
  LicenceScopeKind: LicenceScopeKind;
  LicensablePackage: ResolverTypeWrapper<LicensablePackage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCertificate: ResolverTypeWrapper<PartnerCertificate>;
  PartnerKey: ResolverTypeWrapper<PartnerKey>;
  PartnerLicence: ResolverTypeWrapper<PartnerLicence>;
  PartnerSystem: ResolverTypeWrapper<PartnerSystem>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneType: PhoneType;
  ProviderUnit: ResolverTypeWrapper<ProviderUnit>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResidentRegisterStatus: ResolverTypeWrapper<ResidentRegisterStatus>;
  Role: ResolverTypeWrapper<Role>;
  RoleAssignment: ResolverTypeWrapper<RoleAssignment>;
  RoleAssignmentFilter: RoleAssignmentFilter;
  RoleAssignmentPage: ResolverTypeWrapper<RoleAssignmentPage>;
  RoleFilter: RoleFilter;
  RolePage: ResolverTypeWrapper<RolePage>;
  ServiceWindow: ResolverTypeWrapper<ServiceWindow>;
  SortOrder: SortOrder;
  Tenant: ResolverTypeWrapper<Tenant>;
  TenantFilter: TenantFilter;
  TenantPage: ResolverTypeWrapper<TenantPage>;
  UsageBucket: UsageBucket;
  UsagePoint: ResolverTypeWrapper<UsagePoint>;
  User: ResolverTypeWrapper<User>;
  UserFilter: UserFilter;
  UserLogonTypes: UserLogonTypes;
  UserPage: ResolverTypeWrapper<UserPage>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessReview: AccessReview;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  AccessReviewApiClient: AccessReviewApiClient;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AccessReviewCertificate: AccessReviewCertificate;
  AccessReviewGrant: AccessReviewGrant;
  AccessReviewKey: AccessReviewKey;
  AccessReviewLicence: AccessReviewLicence;
  AccessReviewUser: AccessReviewUser;
  AuditEvent: AuditEvent;
  AuditSearchFilter: AuditSearchFilter;
  AuditSearchPage: AuditSearchPage;
  BusinessLogClient: BusinessLogClient;
  BusinessLogItem: BusinessLogItem;
  BusinessLogItemPage: BusinessLogItemPage;
  BusinessLogItemProperty: BusinessLogItemProperty;
  BusinessLogOrganisationUnit: BusinessLogOrganisationUnit;
  BusinessLogRole: BusinessLogRole;
  BusinessLogUser: BusinessLogUser;
  CreatedApiKey: CreatedApiKey;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EffectiveLimits: EffectiveLimits;
  IdpConfiguration: IdpConfiguration;
  Incident: Incident;
  IncidentUpdate: IncidentUpdate;
  JSON: Scalars['JSON']['output'];
  JsonText: Scalars['JsonText']['output'];
  LicenceLimits: LicenceLimits;
  LicenceLimitsInput: LicenceLimitsInput;
  LicensablePackage: LicensablePackage;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartnerCertificate: PartnerCertificate;
  PartnerKey: PartnerKey;
  PartnerLicence: PartnerLicence;
  PartnerSystem: PartnerSystem;
  Phone: Phone;
  ProviderUnit: ProviderUnit | FederationReferenceTypes['ProviderUnit'];
  Query: Record<PropertyKey, never>;
  ResidentRegisterStatus: ResidentRegisterStatus;
  Role: Role | FederationReferenceTypes['Role'];
  RoleAssignment: RoleAssignment | FederationReferenceTypes['RoleAssignment'];
  RoleAssignmentFilter: RoleAssignmentFilter;
  RoleAssignmentPage: RoleAssignmentPage;
  RoleFilter: RoleFilter;
  RolePage: RolePage;
  ServiceWindow: ServiceWindow;
  Tenant: Tenant | FederationReferenceTypes['Tenant'];
  TenantFilter: TenantFilter;
  TenantPage: TenantPage;
  UsagePoint: UsagePoint;
  User: User | FederationReferenceTypes['User'];
  UserFilter: UserFilter;
  UserPage: UserPage;
  WriteResult: WriteResult;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReview'] = ResolversParentTypes['AccessReview']> = ResolversObject<{
  apiClients?: Resolver<Array<ResolversTypes['AccessReviewApiClient']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  inactiveDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['AccessReviewUser']>, ParentType, ContextType>;
}>;

export type AccessReviewApiClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewApiClient'] = ResolversParentTypes['AccessReviewApiClient']> = ResolversObject<{
  certificates?: Resolver<Array<ResolversTypes['AccessReviewCertificate']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsed?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['AccessReviewLicence']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AccessReviewCertificateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewCertificate'] = ResolversParentTypes['AccessReviewCertificate']> = ResolversObject<{
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AccessReviewGrantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewGrant'] = ResolversParentTypes['AccessReviewGrant']> = ResolversObject<{
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AccessReviewKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewKey'] = ResolversParentTypes['AccessReviewKey']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsed?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AccessReviewLicenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewLicence'] = ResolversParentTypes['AccessReviewLicence']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AccessReviewKey']>, ParentType, ContextType>;
  package?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerUnits?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccessReviewUserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AccessReviewUser'] = ResolversParentTypes['AccessReviewUser']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsed?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['AccessReviewGrant']>, ParentType, ContextType>;
  tssId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientIds?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  component?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  principalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principalKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subsystem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AuditSearchPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditSearchPage'] = ResolversParentTypes['AuditSearchPage']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
}>;

export type BusinessLogClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogClient'] = ResolversParentTypes['BusinessLogClient']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BusinessLogItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogItem'] = ResolversParentTypes['BusinessLogItem']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  module?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationUnit?: Resolver<Maybe<ResolversTypes['BusinessLogOrganisationUnit']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['BusinessLogItemProperty']>, ParentType, ContextType>;
  subSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetClient?: Resolver<Maybe<ResolversTypes['BusinessLogClient']>, ParentType, ContextType>;
  targetUser?: Resolver<Maybe<ResolversTypes['BusinessLogUser']>, ParentType, ContextType>;
  timeUtc?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['BusinessLogUser']>, ParentType, ContextType>;
  userDevice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userIpAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['BusinessLogRole']>, ParentType, ContextType>;
}>;

export type BusinessLogItemPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogItemPage'] = ResolversParentTypes['BusinessLogItemPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['BusinessLogItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BusinessLogItemPropertyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogItemProperty'] = ResolversParentTypes['BusinessLogItemProperty']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BusinessLogOrganisationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogOrganisationUnit'] = ResolversParentTypes['BusinessLogOrganisationUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BusinessLogRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogRole'] = ResolversParentTypes['BusinessLogRole']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BusinessLogUserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessLogUser'] = ResolversParentTypes['BusinessLogUser']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ssn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['PartnerKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EffectiveLimitsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EffectiveLimits'] = ResolversParentTypes['EffectiveLimits']> = ResolversObject<{
  burst?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratePerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IdpConfigurationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IdpConfiguration'] = ResolversParentTypes['IdpConfiguration']> = ResolversObject<{
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loa?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metadataXml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  testSignInPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['IncidentUpdate']>, ParentType, ContextType>;
}>;

export type IncidentUpdateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IncidentUpdate'] = ResolversParentTypes['IncidentUpdate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonTextScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JsonText'], any> {
  name: 'JsonText';
}

export type LicenceLimitsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicenceLimits'] = ResolversParentTypes['LicenceLimits']> = ResolversObject<{
  burst?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  concurrency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ratePerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LicensablePackageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LicensablePackage'] = ResolversParentTypes['LicensablePackage']> = ResolversObject<{
  english?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LicenceScopeKind'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addPartnerCertificate?: Resolver<ResolversTypes['PartnerCertificate'], ParentType, ContextType, RequireFields<MutationAddPartnerCertificateArgs, 'systemId'>>;
  addServiceWindow?: Resolver<ResolversTypes['ServiceWindow'], ParentType, ContextType, RequireFields<MutationAddServiceWindowArgs, 'end' | 'environment' | 'start'>>;
  assignUserRole?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationAssignUserRoleArgs>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'licenceId'>>;
  createLicence?: Resolver<ResolversTypes['PartnerLicence'], ParentType, ContextType, RequireFields<MutationCreateLicenceArgs, 'package' | 'systemId'>>;
  createPartnerSystem?: Resolver<ResolversTypes['PartnerSystem'], ParentType, ContextType, RequireFields<MutationCreatePartnerSystemArgs, 'name'>>;
  patchUser?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationPatchUserArgs>>;
  removePartnerCertificate?: Resolver<ResolversTypes['PartnerCertificate'], ParentType, ContextType, RequireFields<MutationRemovePartnerCertificateArgs, 'fingerprint' | 'systemId'>>;
  removeServiceWindow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveServiceWindowArgs, 'id'>>;
  revokeApiKey?: Resolver<ResolversTypes['PartnerKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'keyId'>>;
  revokeLicence?: Resolver<ResolversTypes['PartnerLicence'], ParentType, ContextType, RequireFields<MutationRevokeLicenceArgs, 'id'>>;
  revokeUserRole?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationRevokeUserRoleArgs>>;
  saveUser?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationSaveUserArgs>>;
  setIdpConfiguration?: Resolver<ResolversTypes['IdpConfiguration'], ParentType, ContextType, RequireFields<MutationSetIdpConfigurationArgs, 'metadataXml'>>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerCertificateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerCertificate'] = ResolversParentTypes['PartnerCertificate']> = ResolversObject<{
  boundAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extendedKeyUsage?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notBefore?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerKeyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerKey'] = ResolversParentTypes['PartnerKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsed?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  licenceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerLicenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerLicence'] = ResolversParentTypes['PartnerLicence']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveLimits?: Resolver<ResolversTypes['EffectiveLimits'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['PartnerKey']>, ParentType, ContextType>;
  limits?: Resolver<Maybe<ResolversTypes['LicenceLimits']>, ParentType, ContextType>;
  package?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnits?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LicenceScopeKind'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  systemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PartnerSystemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerSystem'] = ResolversParentTypes['PartnerSystem']> = ResolversObject<{
  certificates?: Resolver<Array<ResolversTypes['PartnerCertificate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['PartnerLicence']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PhoneType']>, ParentType, ContextType>;
}>;

export type ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnit'] = ResolversParentTypes['ProviderUnit'], FederationReferenceType extends FederationReferenceTypes['ProviderUnit'] = FederationReferenceTypes['ProviderUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roleAssignments?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType, RequireFields<ProviderUnitRoleAssignmentsArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accessReview?: Resolver<ResolversTypes['AccessReview'], ParentType, ContextType, RequireFields<QueryAccessReviewArgs, 'inactiveDays'>>;
  apiKeyUsage?: Resolver<Array<ResolversTypes['UsagePoint']>, ParentType, ContextType, RequireFields<QueryApiKeyUsageArgs, 'bucket' | 'keyId'>>;
  auditSearch?: Resolver<ResolversTypes['AuditSearchPage'], ParentType, ContextType, RequireFields<QueryAuditSearchArgs, 'first' | 'offset'>>;
  currentTenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  iamBusinessLogs?: Resolver<ResolversTypes['BusinessLogItemPage'], ParentType, ContextType, RequireFields<QueryIamBusinessLogsArgs, 'first' | 'offset'>>;
  idpConfiguration?: Resolver<Maybe<ResolversTypes['IdpConfiguration']>, ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, Partial<QueryIncidentsArgs>>;
  licenceLimitDefaults?: Resolver<ResolversTypes['EffectiveLimits'], ParentType, ContextType>;
  licensablePackages?: Resolver<Array<ResolversTypes['LicensablePackage']>, ParentType, ContextType>;
  partnerSystems?: Resolver<Array<ResolversTypes['PartnerSystem']>, ParentType, ContextType>;
  residentRegisterStatus?: Resolver<Maybe<ResolversTypes['ResidentRegisterStatus']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'id'>>;
  roleAssignment?: Resolver<Maybe<ResolversTypes['RoleAssignment']>, ParentType, ContextType, RequireFields<QueryRoleAssignmentArgs, 'id'>>;
  roleAssignments?: Resolver<ResolversTypes['RoleAssignmentPage'], ParentType, ContextType, RequireFields<QueryRoleAssignmentsArgs, 'first' | 'offset'>>;
  roles?: Resolver<ResolversTypes['RolePage'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first' | 'offset'>>;
  serviceWindows?: Resolver<Array<ResolversTypes['ServiceWindow']>, ParentType, ContextType, Partial<QueryServiceWindowsArgs>>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType, RequireFields<QueryTenantArgs, 'id'>>;
  tenants?: Resolver<ResolversTypes['TenantPage'], ParentType, ContextType, RequireFields<QueryTenantsArgs, 'first' | 'offset'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserPage'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first' | 'offset'>>;
}>;

export type ResidentRegisterStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResidentRegisterStatus'] = ResolversParentTypes['ResidentRegisterStatus']> = ResolversObject<{
  ageDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastBatchAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role'], FederationReferenceType extends FederationReferenceTypes['Role'] = FederationReferenceTypes['Role']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Role']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType, RequireFields<RoleAssignmentsArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tssId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoleAssignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment'], FederationReferenceType extends FederationReferenceTypes['RoleAssignment'] = FederationReferenceTypes['RoleAssignment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RoleAssignment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  roleTssId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userTssId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type RoleAssignmentPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoleAssignmentPage'] = ResolversParentTypes['RoleAssignmentPage']> = ResolversObject<{
  contractJson?: Resolver<Maybe<Array<ResolversTypes['JsonText']>>, ParentType, ContextType, RequireFields<RoleAssignmentPageContractJsonArgs, 'definition'>>;
  nodes?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RolePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RolePage'] = ResolversParentTypes['RolePage']> = ResolversObject<{
  contractJson?: Resolver<Maybe<Array<ResolversTypes['JsonText']>>, ParentType, ContextType, RequireFields<RolePageContractJsonArgs, 'definition'>>;
  nodes?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceWindowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceWindow'] = ResolversParentTypes['ServiceWindow']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emergency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  environment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TenantPage'] = ResolversParentTypes['TenantPage']> = ResolversObject<{
  contractJson?: Resolver<Maybe<Array<ResolversTypes['JsonText']>>, ParentType, ContextType, RequireFields<TenantPageContractJsonArgs, 'definition'>>;
  nodes?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UsagePointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UsagePoint'] = ResolversParentTypes['UsagePoint']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rejects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logonTypes?: Resolver<Maybe<Array<ResolversTypes['UserLogonTypes']>>, ParentType, ContextType>;
  networkUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType, RequireFields<UserRolesArgs, 'first'>>;
  tssId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  vrkId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserPage'] = ResolversParentTypes['UserPage']> = ResolversObject<{
  contractJson?: Resolver<Maybe<Array<ResolversTypes['JsonText']>>, ParentType, ContextType, RequireFields<UserPageContractJsonArgs, 'definition'>>;
  nodes?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  body?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  etag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  AccessReview?: AccessReviewResolvers<ContextType>;
  AccessReviewApiClient?: AccessReviewApiClientResolvers<ContextType>;
  AccessReviewCertificate?: AccessReviewCertificateResolvers<ContextType>;
  AccessReviewGrant?: AccessReviewGrantResolvers<ContextType>;
  AccessReviewKey?: AccessReviewKeyResolvers<ContextType>;
  AccessReviewLicence?: AccessReviewLicenceResolvers<ContextType>;
  AccessReviewUser?: AccessReviewUserResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditSearchPage?: AuditSearchPageResolvers<ContextType>;
  BusinessLogClient?: BusinessLogClientResolvers<ContextType>;
  BusinessLogItem?: BusinessLogItemResolvers<ContextType>;
  BusinessLogItemPage?: BusinessLogItemPageResolvers<ContextType>;
  BusinessLogItemProperty?: BusinessLogItemPropertyResolvers<ContextType>;
  BusinessLogOrganisationUnit?: BusinessLogOrganisationUnitResolvers<ContextType>;
  BusinessLogRole?: BusinessLogRoleResolvers<ContextType>;
  BusinessLogUser?: BusinessLogUserResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EffectiveLimits?: EffectiveLimitsResolvers<ContextType>;
  IdpConfiguration?: IdpConfigurationResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentUpdate?: IncidentUpdateResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JsonText?: GraphQLScalarType;
  LicenceLimits?: LicenceLimitsResolvers<ContextType>;
  LicensablePackage?: LicensablePackageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCertificate?: PartnerCertificateResolvers<ContextType>;
  PartnerKey?: PartnerKeyResolvers<ContextType>;
  PartnerLicence?: PartnerLicenceResolvers<ContextType>;
  PartnerSystem?: PartnerSystemResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  ProviderUnit?: ProviderUnitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentRegisterStatus?: ResidentRegisterStatusResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  RoleAssignmentPage?: RoleAssignmentPageResolvers<ContextType>;
  RolePage?: RolePageResolvers<ContextType>;
  ServiceWindow?: ServiceWindowResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantPage?: TenantPageResolvers<ContextType>;
  UsagePoint?: UsagePointResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserPage?: UserPageResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
