import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { RequestContext } from '@lcs/platform';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An address. */
export type Address = {
  __typename?: 'Address';
  /** C/O (care-of). */
  careOf?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Country. */
  country?: Maybe<Scalars['String']['output']>;
  /** Entry code (e.g door code). */
  entryCode?: Maybe<Scalars['String']['output']>;
  /** If the address is being protected. */
  protected?: Maybe<Scalars['Boolean']['output']>;
  /** Street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** Type of address (Home, Work or Other). */
  type?: Maybe<AddressType>;
  /** ZIP code. */
  zipCode?: Maybe<Scalars['String']['output']>;
};

export type AddressType =
  | 'Home'
  | 'Other'
  | 'Work';

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

/** A change of transportation is happening. */
export type ChangeOfTransportation = {
  __typename?: 'ChangeOfTransportation';
  /** The new means of transportation. */
  newTransportation?: Maybe<ChangeOfTransportationNewTransportation>;
};

export type ChangeOfTransportationNewTransportation =
  | 'Bicycle'
  | 'Car'
  | 'ElectricBicycle'
  | 'Unknown'
  | 'Walking';

export type Client = {
  __typename?: 'Client';
  executedServices: Array<ExecutedService>;
  executions: Array<Execution>;
  id: Scalars['ID']['output'];
  implementationPlans: Array<ImplementationPlan>;
  providerContactPersonnels: Array<ProviderContactPersonnel>;
  providerNotes: Array<ProviderNote>;
  reportedVisits: Array<ReportedVisit>;
  serviceHeadlines: Array<ServiceHeadline>;
};


export type ClientExecutedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientExecutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientImplementationPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientProviderContactPersonnelsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientProviderNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientReportedVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientServiceHeadlinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Code text. */
export type CodeText = {
  __typename?: 'CodeText';
  /** [Searchable] Code. */
  code?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A competence. */
export type Competence = {
  __typename?: 'Competence';
  /** The denotion of the competence */
  denotion?: Maybe<Scalars['String']['output']>;
  /** The description of the competence */
  description?: Maybe<Scalars['String']['output']>;
  /** The competence id */
  id?: Maybe<Scalars['String']['output']>;
  /** The id of the planning unit that the competence belongs to */
  planningUnitId?: Maybe<Scalars['String']['output']>;
};

/** A coordinate describing a precise location on Earth. */
export type Coordinate = {
  __typename?: 'Coordinate';
  /** Which coordinate system standard this coordinate data uses. */
  coordinateSystem?: Maybe<CoordinateCoordinateSystem>;
  /** Latitude. */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude. */
  longitude?: Maybe<Scalars['Float']['output']>;
};

export type CoordinateCoordinateSystem =
  | 'RT90'
  | 'SWEREF99'
  | 'Undefined'
  | 'WGS84';

/** A division. */
export type Division = {
  __typename?: 'Division';
  /** The denotion of the division */
  denotion?: Maybe<Scalars['String']['output']>;
  /** The description of the division */
  description?: Maybe<Scalars['String']['output']>;
  /** Division id */
  id?: Maybe<Scalars['String']['output']>;
  /** The id of the planning unit that the division belongs to */
  planningUnitId?: Maybe<Scalars['String']['output']>;
};

/** A email address. */
export type Email = {
  __typename?: 'Email';
  /** Email address. */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** If the email address is secret. */
  protected?: Maybe<Scalars['Boolean']['output']>;
  /** Type of email address (Home, Work or Other). */
  type?: Maybe<EmailType>;
};

export type EmailType =
  | 'Home'
  | 'Other'
  | 'Work';

/** An executed decision. */
export type ExecutedDecision = {
  __typename?: 'ExecutedDecision';
  /** [Searchable: yyyy-MM-dd] Decision date. */
  decisionDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] Decision end date. */
  decisionEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Decision ID. */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: yyyy-MM-dd] Decision start date. */
  decisionStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] Executed decision end date. */
  executedDecisionEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] Executed decision start date. */
  executedDecisionStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** [Searchable] Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  lssDecision?: Maybe<LssDecision>;
  solDecision?: Maybe<SolDecision>;
};

/** Filters on ExecutedDecision (every given condition must hold). */
export type ExecutedDecisionFilter = {
  decisionDate?: InputMaybe<Scalars['Date']['input']>;
  decisionDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  decisionDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  decisionEndDate?: InputMaybe<Scalars['Date']['input']>;
  decisionEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  decisionEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  decisionStartDate?: InputMaybe<Scalars['Date']['input']>;
  decisionStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  decisionStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executedDecisionEndDate?: InputMaybe<Scalars['Date']['input']>;
  executedDecisionEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executedDecisionEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executedDecisionStartDate?: InputMaybe<Scalars['Date']['input']>;
  executedDecisionStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executedDecisionStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type ExecutedDecisionPage = {
  __typename?: 'ExecutedDecisionPage';
  nodes: Array<ExecutedDecision>;
  pageInfo: PageInfo;
};

/** An executed service. */
export type ExecutedService = {
  __typename?: 'ExecutedService';
  /** [Searchable] If the executed service was cancelled. */
  cancelled?: Maybe<Scalars['Boolean']['output']>;
  /** Category ID. */
  categoryId?: Maybe<Scalars['Int']['output']>;
  /** Category name. */
  categoryName?: Maybe<Scalars['String']['output']>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** If double manning. */
  doubleManning?: Maybe<Scalars['Boolean']['output']>;
  /** Duration. */
  duration?: Maybe<Scalars['String']['output']>;
  /** [Searchable] End date and time. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Client (care taker) name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Organization unit. */
  organizationUnit?: Maybe<OrganizationUnit>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Personnel. */
  personnel?: Maybe<Person>;
  /** Responsible professional. */
  professional?: Maybe<Professional>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Quantity. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Reporting system. */
  reportingSystem?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Start date and time. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Type ID. */
  typeId?: Maybe<Scalars['Int']['output']>;
  /** Type name. */
  typeName?: Maybe<Scalars['String']['output']>;
  /** Update signature. */
  updateSignature?: Maybe<Scalars['String']['output']>;
  /** [Searchable: yyyy-MM-dd] When the executed service was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Visit ID, if any. */
  visitId?: Maybe<Scalars['String']['output']>;
  /** Worktype (Normal, Emergency or Standby). */
  workType?: Maybe<ExecutedServiceWorkType>;
};

/** Filters on ExecutedService (every given condition must hold). */
export type ExecutedServiceFilter = {
  cancelled?: InputMaybe<Scalars['Boolean']['input']>;
  categoryId?: InputMaybe<Scalars['Int']['input']>;
  categoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  categoryName?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  doubleManning?: InputMaybe<Scalars['Boolean']['input']>;
  duration?: InputMaybe<Scalars['String']['input']>;
  endTime?: InputMaybe<Scalars['Date']['input']>;
  endTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  reportingSystem?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['Date']['input']>;
  startTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  typeId?: InputMaybe<Scalars['Int']['input']>;
  typeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  typeName?: InputMaybe<Scalars['String']['input']>;
  updateSignature?: InputMaybe<Scalars['String']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  visitId?: InputMaybe<Scalars['String']['input']>;
  workType?: InputMaybe<ExecutedServiceWorkType>;
};

export type ExecutedServicePage = {
  __typename?: 'ExecutedServicePage';
  nodes: Array<ExecutedService>;
  pageInfo: PageInfo;
};

export type ExecutedServiceWorkType =
  | 'Emergency'
  | 'Normal'
  | 'Standby';

/** An executing provider. */
export type ExecutingProvider = {
  __typename?: 'ExecutingProvider';
  /** Care-of responsible professional. */
  coProfessional?: Maybe<Professional>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] When the provider starts to provide the execution. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** [Searchable] Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Organization unit. */
  organizationUnit?: Maybe<OrganizationUnit>;
  /** Responsible professional. */
  professional?: Maybe<Professional>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** [Searchable] When the provider starts to provide the execution. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters on ExecutingProvider (every given condition must hold). */
export type ExecutingProviderFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ExecutingProviderPage = {
  __typename?: 'ExecutingProviderPage';
  nodes: Array<ExecutingProvider>;
  pageInfo: PageInfo;
};

/** An execution. */
export type Execution = {
  __typename?: 'Execution';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** Care-of responsible professional. */
  coProfessional?: Maybe<Professional>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] When execution ends or will end. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** If execution is ended then EndReasonId is greater than 0. */
  endReasonId?: Maybe<Scalars['Int']['output']>;
  /** If execution is ended then EndReasonText is not empty. */
  endReasonText?: Maybe<Scalars['String']['output']>;
  executedDecisions: Array<ExecutedDecision>;
  executedServices: Array<ExecutedService>;
  executingProviders: Array<ExecutingProvider>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  implementationPlans: Array<ImplementationPlan>;
  /** [Searchable] The ID of the investigation (HSL journal). */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Law (FTJ, HSL, LSS, RFTJ, SFB or SoL). */
  law?: Maybe<ExecutionLaw>;
  /** The order this execution enacts. */
  order?: Maybe<Order>;
  /** Organization unit. */
  organizationUnit?: Maybe<OrganizationUnit>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Responsible professional. */
  professional?: Maybe<Professional>;
  providerNotes: Array<ProviderNote>;
  /** Provider unit. */
  providerUnit?: Maybe<ProviderUnitBase>;
  reportedVisits: Array<ReportedVisit>;
  /** Service category. */
  serviceCategory?: Maybe<CodeText>;
  /**
   * [Obsolete: Use ServiceCategory.Code instead] [Searchable] Service category ID.
   * Obsolete, use ServiceCategory.Code instead.
   */
  serviceCategoryId?: Maybe<Scalars['Int']['output']>;
  /**
   * [Obsolete: Use ServiceCategory.Text instead] Service category name.
   * Obsolete, use ServiceCategory.Text instead.
   */
  serviceCategoryName?: Maybe<Scalars['String']['output']>;
  serviceHeadlines: Array<ServiceHeadline>;
  /** [Searchable: yyyy-MM-dd] When execution starts or will start. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** The provider unit. */
  unit?: Maybe<ProviderUnit>;
  /** [Searchable: yyyy-MM-dd] When the execution was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** An execution. */
export type ExecutionExecutedDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionExecutedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionExecutingProvidersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionImplementationPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionProviderNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionReportedVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An execution. */
export type ExecutionServiceHeadlinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on Execution (every given condition must hold). */
export type ExecutionFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  endReasonId?: InputMaybe<Scalars['Int']['input']>;
  endReasonIdAfter?: InputMaybe<Scalars['Int']['input']>;
  endReasonText?: InputMaybe<Scalars['String']['input']>;
  executedDecisionsSome?: InputMaybe<ExecutedDecisionFilter>;
  executedServicesSome?: InputMaybe<ExecutedServiceFilter>;
  executingProvidersSome?: InputMaybe<ExecutingProviderFilter>;
  implementationPlansSome?: InputMaybe<ImplementationPlanFilter>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  law?: InputMaybe<ExecutionLaw>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerNotesSome?: InputMaybe<ProviderNoteFilter>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  reportedVisitsSome?: InputMaybe<ReportedVisitFilter>;
  serviceCategoryId?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryName?: InputMaybe<Scalars['String']['input']>;
  serviceHeadlinesSome?: InputMaybe<ServiceHeadlineFilter>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ExecutionLaw =
  | 'FTJ'
  | 'HSL'
  | 'LASS'
  | 'LSS'
  | 'RFTJ'
  | 'SFB'
  | 'SoL';

export type ExecutionPage = {
  __typename?: 'ExecutionPage';
  nodes: Array<Execution>;
  pageInfo: PageInfo;
};

/** ICF. */
export type Icf = {
  __typename?: 'Icf';
  /** [Searchable] Code. */
  code?: Maybe<Scalars['String']['output']>;
  /** Text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** An implementation plan (genomförandeplan): how the provider carries out the decided services together with the client. */
export type ImplementationPlan = {
  __typename?: 'ImplementationPlan';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable] If the client has participated during the creation. */
  clientParticipation?: Maybe<Scalars['Boolean']['output']>;
  /** Client participation comment. */
  clientParticipationComment?: Maybe<Scalars['String']['output']>;
  /** The personnel who created the service plan. */
  createdBy?: Maybe<ServicePlanPersonnel>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] End date. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Established date. */
  establishedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** Follow-up comment. */
  followUpComment?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Follow-up date. */
  followUpDate?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Important information. */
  importantInformation?: Maybe<Scalars['String']['output']>;
  /** Other information. */
  otherInformation?: Maybe<Array<ServicePlanOtherInformation>>;
  /** Other services. */
  otherServices?: Maybe<Scalars['String']['output']>;
  /** Participants. */
  participants?: Maybe<Array<ServicePlanParticipant>>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** [Searchable] Provider unit ID. */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
  /** A list of services included in the plan. */
  services?: Maybe<Array<ServicePlanService>>;
};

/** Filters on ImplementationPlan (every given condition must hold). */
export type ImplementationPlanFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  clientParticipation?: InputMaybe<Scalars['Boolean']['input']>;
  clientParticipationComment?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  establishedDate?: InputMaybe<Scalars['Date']['input']>;
  establishedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  establishedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['ID']['input']>;
  followUpComment?: InputMaybe<Scalars['String']['input']>;
  followUpDate?: InputMaybe<Scalars['Date']['input']>;
  followUpDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  followUpDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  importantInformation?: InputMaybe<Scalars['String']['input']>;
  otherServices?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['Int']['input']>;
  providerUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type ImplementationPlanPage = {
  __typename?: 'ImplementationPlanPage';
  nodes: Array<ImplementationPlan>;
  pageInfo: PageInfo;
};

/** Information on how to enter door, such as key number or key code. */
export type KeyInfo = {
  __typename?: 'KeyInfo';
  /** Describes what kind of information is available in the Value field. */
  typeOfKeyInfo?: Maybe<KeyInfoTypeOfKeyInfo>;
  /** Localized string in case you do not want to translate TypeOfKeyInfo. */
  typeOfKeyInfoLocalized?: Maybe<Scalars['String']['output']>;
  /** Information, such as a key number or key pad code. */
  value?: Maybe<Scalars['String']['output']>;
};

export type KeyInfoTypeOfKeyInfo =
  | 'ActivityKeyCode'
  | 'ActivityKeyNumber'
  | 'ClientKeyCode'
  | 'ClientKeyNumber';

export type LssDecision = {
  __typename?: 'LssDecision';
  executedDecisions: Array<ExecutedDecision>;
  id: Scalars['ID']['output'];
};


export type LssDecisionExecutedDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** POST /api/v2/personnel: create a staff member (8961). Unit access is given through 9067. */
  createPersonnel: WriteResult;
  /** POST /api/v2/provider_administrators: create a staff member with the administrator role (9067). */
  createProviderAdministrator: WriteResult;
  /** POST /api/v2/provider_administrators/role: give an administrator its role (9067). */
  createProviderAdministratorRole: WriteResult;
  /** POST /api/v1/provider_notes: write a documentation note (8931; deprecated by the contract). Answers the note id. */
  createProviderNoteV1: WriteResult;
  /** POST /api/v2/provider_notes: write a journal note (8931). */
  createProviderNoteV2: WriteResult;
  /** POST /api/v2/provider_personnel: create a staff member with one or more roles on one or more units (9067). */
  createProviderPersonnel: WriteResult;
  /** POST /api/v2/provider_personnel/unit-access: give a staff member access to a unit, with roles (9067). */
  createProviderPersonnelUnitAccess: WriteResult;
  /** POST /api/v1/reported_visits: report a visit (8931). Answers the new id. */
  createReportedVisit: WriteResult;
  /** DELETE /api/v2/provider_administrators/{id}: remove an administrator from Lifecare (9067). */
  deleteProviderAdministrator: WriteResult;
  /** DELETE /api/v2/provider_administrators/role?adminId=: remove the administrator role from the user (9067). */
  deleteProviderAdministratorRole: WriteResult;
  /** DELETE /api/v2/provider_personnel/{personnelId}: remove a staff member from Lifecare (9067). */
  deleteProviderPersonnel: WriteResult;
  /** DELETE /api/v2/provider_personnel/unit-access?providerPersonnelUnitAccessId=: remove a staff member's access to a unit (9067). */
  deleteProviderPersonnelUnitAccess: WriteResult;
  /** DELETE /api/v1/reported_visits/{id}: remove a reported visit. */
  deleteReportedVisit: WriteResult;
  /** DELETE /api/v1/reported_visits?externalId=&reportingSystem=: remove a reported visit by the reporting system's id. */
  deleteReportedVisitByExternalId: WriteResult;
  /** PATCH /api/v1/reported_visits/{id}: change a reported visit with a JSON Patch (RFC 6902). */
  patchReportedVisit: WriteResult;
  /** PUT /api/v2/personnel: update a staff member (8961); the provider personnel view follows. */
  updatePersonnel: WriteResult;
  /** PUT /api/v2/provider_administrators: update an administrator (9067). */
  updateProviderAdministrator: WriteResult;
  /** PUT /api/v2/provider_administrators/role: change an administrator's role or its period (9067). */
  updateProviderAdministratorRole: WriteResult;
  /** PUT /api/v2/provider_personnel: update a staff member (9067). */
  updateProviderPersonnel: WriteResult;
  /** PUT /api/v2/provider_personnel/unit-access: change a unit access (e.g. add a role on the unit) (9067). */
  updateProviderPersonnelUnitAccess: WriteResult;
};


export type MutationCreatePersonnelArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderAdministratorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderAdministratorRoleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderNoteV1Args = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderNoteV2Args = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderPersonnelArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateProviderPersonnelUnitAccessArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationCreateReportedVisitArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteProviderAdministratorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteProviderAdministratorRoleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteProviderPersonnelArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteProviderPersonnelUnitAccessArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteReportedVisitArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationDeleteReportedVisitByExternalIdArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationPatchReportedVisitArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationUpdatePersonnelArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationUpdateProviderAdministratorArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationUpdateProviderAdministratorRoleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationUpdateProviderPersonnelArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationUpdateProviderPersonnelUnitAccessArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ifMatch?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<Scalars['JSON']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
};

export type Order = {
  __typename?: 'Order';
  executions: Array<Execution>;
  id: Scalars['ID']['output'];
};


export type OrderExecutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An organizational unit. */
export type OrganizationUnit = {
  __typename?: 'OrganizationUnit';
  /** [Searchable] Unique ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Name. */
  name?: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person. */
export type Person = {
  __typename?: 'Person';
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
};

/** A staff member in Lifecare Provider, as user administration (package 8961) sees it. */
export type Personnel = {
  __typename?: 'Personnel';
  /**
   * If the personnel is active or not.
   * When updating a personnel, if no value is specified, the current value will remain.
   */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** If personnel can be delegated */
  canHaveDelegation?: Maybe<Scalars['Boolean']['output']>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** A personnel that is disabled can not log in to Lifecare. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  /** Email address */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** First name */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** HSA-ID for this personnel */
  hsaId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Last name */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Person id of this personnel */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone number */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** The same staff member as provider personnel (unit access and roles). */
  providerPersonnel?: Maybe<ProviderPersonnel>;
  /** Unique signature of this personnel */
  signature?: Maybe<Scalars['String']['output']>;
  /** Title of this personnel */
  title?: Maybe<Scalars['String']['output']>;
  /** [Max length: 10] [Searchable] User ID. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** Filters on Personnel (every given condition must hold). */
export type PersonnelFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  canHaveDelegation?: InputMaybe<Scalars['Boolean']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  hsaId?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  providerPersonnelId?: InputMaybe<Scalars['ID']['input']>;
  signature?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type PersonnelPage = {
  __typename?: 'PersonnelPage';
  nodes: Array<Personnel>;
  pageInfo: PageInfo;
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

/** Describes an activity that is part of a work shift, such as a visit to a client. */
export type PlannedActivity = {
  __typename?: 'PlannedActivity';
  /** Name of the activity, such as "Morning visit", "Cleaning" */
  activityName?: Maybe<Scalars['String']['output']>;
  /** Any change of transportation during this activity. */
  changeOfTransportation?: Maybe<ChangeOfTransportation>;
  /** Person receiving care. */
  client?: Maybe<PlannedClient>;
  /** Detailed description of what is to be done during this activity. */
  description?: Maybe<Scalars['String']['output']>;
  /** How much time this activity is scheduled to take. */
  duration?: Maybe<Scalars['String']['output']>;
  /** The ending position (address, coordinate). */
  endPosition?: Maybe<Position>;
  /** A persistent Id of this activity. */
  id?: Maybe<Scalars['String']['output']>;
  /** If alarm will be triggered unless activity is registered as started in time. */
  isMonitored?: Maybe<Scalars['Boolean']['output']>;
  /** Information on how to enter. */
  keyInfos?: Maybe<Array<KeyInfo>>;
  /** If planning system has indicated that this activity is medical ("HSL"). */
  medicalReminder?: Maybe<Scalars['Boolean']['output']>;
  /** The Id of the planning unit this activity belongs to. */
  planningUnitId?: Maybe<Scalars['String']['output']>;
  /** Service items for this activity. */
  serviceItems?: Maybe<Array<ServiceItem>>;
  /** The starting position (address, coordinate). */
  startPosition?: Maybe<Position>;
  /** When the activity is to start. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** Estimated time to travel to this activity from previous activity. */
  traveltimeToActivity?: Maybe<Scalars['String']['output']>;
  /** Type of activity. */
  typeOfPlannedActivity?: Maybe<PlannedActivityTypeOfPlannedActivity>;
};

export type PlannedActivityTypeOfPlannedActivity =
  | 'MiscPersonnelJob'
  | 'Pause'
  | 'Undefined'
  | 'Visit';

/** A person receiving care. */
export type PlannedClient = {
  __typename?: 'PlannedClient';
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** The id of the planning unit the person belongs to. */
  planningUnitId?: Maybe<Scalars['String']['output']>;
};

/** A personnel. */
export type PlannedPersonnel = {
  __typename?: 'PlannedPersonnel';
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** The id of the planning unit the personnel belongs to. */
  planningUnitId?: Maybe<Scalars['String']['output']>;
};

/** Workload information. One workload represents one visit */
export type PlannedWorkload = {
  __typename?: 'PlannedWorkload';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** The competences that are required to perform the visit */
  competences?: Maybe<Array<Competence>>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The division that the visit belongs to */
  division?: Maybe<Division>;
  /** The length of the visit in minutes */
  duration?: Maybe<Scalars['Int']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** The earliest start time of the visit (beginning of start time window) */
  firstStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The latest start time of the visit (end of start time window) */
  lastStartTime?: Maybe<Scalars['DateTime']['output']>;
  planningUnit?: Maybe<PlanningUnit>;
  /** The id of the planning unit that the visit belongs to */
  planningUnitId?: Maybe<Scalars['String']['output']>;
  /** The personnel that are prioritized on the visit */
  prioPersonnels?: Maybe<Array<PrioPersonnel>>;
};

/** Filters on PlannedWorkload (every given condition must hold). */
export type PlannedWorkloadFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  duration?: InputMaybe<Scalars['Int']['input']>;
  durationAfter?: InputMaybe<Scalars['Int']['input']>;
  executionId?: InputMaybe<Scalars['ID']['input']>;
  firstStartTime?: InputMaybe<Scalars['Date']['input']>;
  firstStartTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  firstStartTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  lastStartTime?: InputMaybe<Scalars['Date']['input']>;
  lastStartTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  lastStartTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  planningUnitId?: InputMaybe<Scalars['String']['input']>;
  planningUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type PlannedWorkloadPage = {
  __typename?: 'PlannedWorkloadPage';
  nodes: Array<PlannedWorkload>;
  pageInfo: PageInfo;
};

/** A work shift. */
export type PlannedWorkshift = {
  __typename?: 'PlannedWorkshift';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The ending position (address, coordinate). */
  endPosition?: Maybe<Position>;
  /** When this work shift ends. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** If true, any previously exported work shift with the same Id has been revoked. */
  isRevoked?: Maybe<Scalars['Boolean']['output']>;
  /**
   * When in time (in UTC) this work shift was last modified (or published/unpublished) in planning.
   * Note! The time is in UTC.
   */
  modificationTime?: Maybe<Scalars['DateTime']['output']>;
  /** Who is to perform this work shift. */
  personnel?: Maybe<PlannedPersonnel>;
  /** The activities (visits, breaks) of this work shift. */
  plannedActivities?: Maybe<Array<PlannedActivity>>;
  planningUnit?: Maybe<PlanningUnit>;
  /** The Id of the planning unit this work shift belongs to. */
  planningUnitId?: Maybe<Scalars['String']['output']>;
  reportedVisits: Array<ReportedVisit>;
  /** The starting position (address, coordinate). */
  startPosition?: Maybe<Position>;
  /** When this work shift starts. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** The estimated travel time from the last activity to the end position of this work shift. */
  travelTimeHome?: Maybe<Scalars['String']['output']>;
  /** Starting means of transportation. */
  typeOfTransportation?: Maybe<PlannedWorkshiftTypeOfTransportation>;
};


/** A work shift. */
export type PlannedWorkshiftReportedVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on PlannedWorkshift (every given condition must hold). */
export type PlannedWorkshiftFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endTime?: InputMaybe<Scalars['Date']['input']>;
  endTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  isRevoked?: InputMaybe<Scalars['Boolean']['input']>;
  modificationTime?: InputMaybe<Scalars['Date']['input']>;
  modificationTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  modificationTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  planningUnitId?: InputMaybe<Scalars['String']['input']>;
  planningUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  reportedVisitsSome?: InputMaybe<ReportedVisitFilter>;
  startTime?: InputMaybe<Scalars['Date']['input']>;
  startTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  travelTimeHome?: InputMaybe<Scalars['String']['input']>;
  typeOfTransportation?: InputMaybe<PlannedWorkshiftTypeOfTransportation>;
};

export type PlannedWorkshiftPage = {
  __typename?: 'PlannedWorkshiftPage';
  nodes: Array<PlannedWorkshift>;
  pageInfo: PageInfo;
};

export type PlannedWorkshiftTypeOfTransportation =
  | 'Bicycle'
  | 'Car'
  | 'ElectricBicycle'
  | 'Unknown'
  | 'Walking';

/** Describes a planning unit. */
export type PlanningUnit = {
  __typename?: 'PlanningUnit';
  /** The units directly under this planning unit in the planning unit tree. */
  children?: Maybe<Array<PlanningUnit>>;
  /** The id of provider unit this planning unit has been connected to, if any. */
  connectedToProviderUnitId?: Maybe<Scalars['String']['output']>;
  /** If the unit is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Display name for this unit. */
  name?: Maybe<Scalars['String']['output']>;
  plannedWorkloads: Array<PlannedWorkload>;
  plannedWorkshifts: Array<PlannedWorkshift>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
};


/** Describes a planning unit. */
export type PlanningUnitPlannedWorkloadsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Describes a planning unit. */
export type PlanningUnitPlannedWorkshiftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on PlanningUnit (every given condition must hold). */
export type PlanningUnitFilter = {
  connectedToProviderUnitId?: InputMaybe<Scalars['String']['input']>;
  connectedToProviderUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  plannedWorkloadsSome?: InputMaybe<PlannedWorkloadFilter>;
  plannedWorkshiftsSome?: InputMaybe<PlannedWorkshiftFilter>;
};

export type PlanningUnitPage = {
  __typename?: 'PlanningUnitPage';
  nodes: Array<PlanningUnit>;
  pageInfo: PageInfo;
};

/** Describes where something is. */
export type Position = {
  __typename?: 'Position';
  /** The address of the position. */
  address?: Maybe<VisitableAddress>;
  /** The coordinate of the position. */
  coordinate?: Maybe<Coordinate>;
  /** Any extra information relevant to the position. */
  detailText?: Maybe<Scalars['String']['output']>;
};

/** A prioritized personnel. */
export type PrioPersonnel = {
  __typename?: 'PrioPersonnel';
  /** The first name of the personnel */
  firstName?: Maybe<Scalars['String']['output']>;
  /** The identity of the personnel */
  identity?: Maybe<Scalars['String']['output']>;
  /** The last name of the personnel */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The id of the planning unit that the personnel belongs to */
  planningUnitId?: Maybe<Scalars['String']['output']>;
  /**
   * The priority of the personnel
   * -1: forbidden
   * 0: low
   * 1: neutral
   * 2: high
   * 3: highest
   */
  prio?: Maybe<Scalars['Int']['output']>;
};

/** A professional. */
export type Professional = {
  __typename?: 'Professional';
  /** [Searchable] Unique ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Status of admin, contains role name and if admin is active within specific period */
export type ProviderAdminStatus = {
  __typename?: 'ProviderAdminStatus';
  /** If set this admin is only active from this date */
  activeFromDate?: Maybe<Scalars['DateTime']['output']>;
  /** If set this admin is only active until this date */
  activeToDate?: Maybe<Scalars['DateTime']['output']>;
  /** RoleName/RoleId of admin, EC.SystemansvarigUtförare or EC.PersonalAdministratör is allowed */
  roleName?: Maybe<Scalars['String']['output']>;
};

/** An administrator in Lifecare Provider */
export type ProviderAdministrator = {
  __typename?: 'ProviderAdministrator';
  /**
   * If the personnel is active or not.
   * When updating a personnel, if no value is specified, the current value will remain.
   */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Email address */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** First name */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** HSA-ID for this admin */
  hsaId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** If the admin is set to inactive it will not be able to login to Lifecare. */
  isActive?: Maybe<Scalars['Boolean']['output']>;
  /** Last name */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Person id of this admin */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone number */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** Administrative status */
  providerAdminStatus?: Maybe<ProviderAdminStatus>;
  /** The provider unit the administrator administers (none: not tied to a unit). */
  providerUnit?: Maybe<ProviderUnit>;
  /** Administrator roles (EC.Systemadministratör, EC.PersonalAdministratör). */
  roles?: Maybe<Array<Scalars['String']['output']>>;
  /** Unique signature of this admin */
  signature?: Maybe<Scalars['String']['output']>;
  /** Title of this admin */
  title?: Maybe<Scalars['String']['output']>;
  /** [Max length: 10] [Searchable] User ID. */
  userId?: Maybe<Scalars['String']['output']>;
};

/** Filters on ProviderAdministrator (every given condition must hold). */
export type ProviderAdministratorFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  hsaId?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  signature?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type ProviderAdministratorPage = {
  __typename?: 'ProviderAdministratorPage';
  nodes: Array<ProviderAdministrator>;
  pageInfo: PageInfo;
};

/** A client's contact person (kontaktperson) among the staff of a provider unit. */
export type ProviderContactPersonnel = {
  __typename?: 'ProviderContactPersonnel';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable: YYYYMMDDXXXX] Client's person ID, on the format 'YYYYMMDDXXXX'. */
  clientPersonId?: Maybe<Scalars['String']['output']>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The staff member (provider personnel). */
  personnel?: Maybe<ProviderPersonnel>;
  /** [Searchable: YYYYMMDDXXXX] Personnel's person ID, on the format 'YYYYMMDDXXXX'. */
  personnelPersonId?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** [Searchable] Provider unit ID. */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
};

/** Filters on ProviderContactPersonnel (every given condition must hold). */
export type ProviderContactPersonnelFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  clientPersonId?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  personnelPersonId?: InputMaybe<Scalars['String']['input']>;
  providerPersonnelId?: InputMaybe<Scalars['ID']['input']>;
  providerUnitId?: InputMaybe<Scalars['Int']['input']>;
  providerUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type ProviderContactPersonnelPage = {
  __typename?: 'ProviderContactPersonnelPage';
  nodes: Array<ProviderContactPersonnel>;
  pageInfo: PageInfo;
};

/** Provider note headline. */
export type ProviderHeadline = {
  __typename?: 'ProviderHeadline';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Help text. */
  helpText?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Is active. */
  isActive?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Law. */
  law?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Name. */
  name?: Maybe<Scalars['String']['output']>;
  notes: Array<ProviderNote>;
  /** A list with phrase texts. */
  phraseTexts?: Maybe<Array<Scalars['String']['output']>>;
  /** [Searchable] Service category ID. */
  serviceCategoryId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Service category name. */
  serviceCategoryName?: Maybe<Scalars['String']['output']>;
};


/** Provider note headline. */
export type ProviderHeadlineNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on ProviderHeadline (every given condition must hold). */
export type ProviderHeadlineFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  helpText?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  law?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  notesSome?: InputMaybe<ProviderNoteFilter>;
  serviceCategoryId?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryName?: InputMaybe<Scalars['String']['input']>;
};

export type ProviderHeadlinePage = {
  __typename?: 'ProviderHeadlinePage';
  nodes: Array<ProviderHeadline>;
  pageInfo: PageInfo;
};

/** Provider documentation note. */
export type ProviderNote = {
  __typename?: 'ProviderNote';
  /** The staff member who wrote the note. */
  author?: Maybe<ProviderPersonnel>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** The first name of the client this journal note refers to */
  clientFirstName?: Maybe<Scalars['String']['output']>;
  /** The unique identifier of the client this journal note refers to */
  clientId?: Maybe<Scalars['Int']['output']>;
  /** The last name of the client this journal note refers to */
  clientLastName?: Maybe<Scalars['String']['output']>;
  /** The ssn for the client */
  clientPersonId?: Maybe<Scalars['String']['output']>;
  /** Information about the user who created this journal note */
  createdBy?: Maybe<Scalars['JSON']['output']>;
  /** First name of the creator of the text. */
  createdByFirstName?: Maybe<Scalars['String']['output']>;
  /** Created by ID. */
  createdById?: Maybe<Scalars['Int']['output']>;
  /** Last name of the creator of the text. */
  createdByLastName?: Maybe<Scalars['String']['output']>;
  /** Title of the creator of the text. */
  createdByTitle?: Maybe<Scalars['String']['output']>;
  /** The date this text was created. */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** CDS end date, if this is a CDS text. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Information about the user who error marked this note (null if this note is not error marked) */
  errorMarkedBy?: Maybe<Scalars['JSON']['output']>;
  /** Error marked by ID. */
  errorMarkedById?: Maybe<Scalars['Int']['output']>;
  /** Error marked date, if the text is error marked. */
  errorMarkedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** The headline of this journal note */
  headline?: Maybe<Scalars['String']['output']>;
  /** Headline ID. */
  headlineId?: Maybe<Scalars['String']['output']>;
  /** Headline name. */
  headlineName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Is CDS text or not. */
  isCds?: Maybe<Scalars['Boolean']['output']>;
  /** Law. */
  law?: Maybe<ProviderNoteLaw>;
  /** Modified by ID, if the text is updated. */
  modifiedById?: Maybe<Scalars['Int']['output']>;
  /** Modified date, if the text is updated. */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  /** Occurence date. */
  occurrenceDate?: Maybe<Scalars['DateTime']['output']>;
  /** The timestamp when the noted event occurred, in UTC timezone */
  occurrenceTimeUtc?: Maybe<Scalars['DateTime']['output']>;
  /** Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** The headline the note is written under. */
  providerHeadline?: Maybe<ProviderHeadline>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Provider unit ID. */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
  /** Information about the personnel who signed this note (null if this note is not yet signed) */
  signedBy?: Maybe<Scalars['JSON']['output']>;
  /** Signed by ID, if the text is signed. */
  signedById?: Maybe<Scalars['Int']['output']>;
  /** Signed date, if the text is signed. */
  signedDate?: Maybe<Scalars['DateTime']['output']>;
  /** Text. */
  text?: Maybe<Scalars['String']['output']>;
  /** The identifier of the provider unit associated with this note */
  unitId?: Maybe<Scalars['Int']['output']>;
};

/** Filters on ProviderNote (every given condition must hold). */
export type ProviderNoteFilter = {
  clientFirstName?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['Int']['input']>;
  clientIdAfter?: InputMaybe<Scalars['Int']['input']>;
  clientLastName?: InputMaybe<Scalars['String']['input']>;
  clientPersonId?: InputMaybe<Scalars['String']['input']>;
  createdByFirstName?: InputMaybe<Scalars['String']['input']>;
  createdById?: InputMaybe<Scalars['Int']['input']>;
  createdByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  createdByLastName?: InputMaybe<Scalars['String']['input']>;
  createdByTitle?: InputMaybe<Scalars['String']['input']>;
  createdDate?: InputMaybe<Scalars['Date']['input']>;
  createdDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedById?: InputMaybe<Scalars['Int']['input']>;
  errorMarkedByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  errorMarkedDate?: InputMaybe<Scalars['Date']['input']>;
  errorMarkedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  headline?: InputMaybe<Scalars['String']['input']>;
  headlineId?: InputMaybe<Scalars['String']['input']>;
  headlineIdAfter?: InputMaybe<Scalars['Int']['input']>;
  headlineName?: InputMaybe<Scalars['String']['input']>;
  isCds?: InputMaybe<Scalars['Boolean']['input']>;
  law?: InputMaybe<ProviderNoteLaw>;
  modifiedById?: InputMaybe<Scalars['Int']['input']>;
  modifiedByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  modifiedDate?: InputMaybe<Scalars['Date']['input']>;
  modifiedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  occurrenceDate?: InputMaybe<Scalars['Date']['input']>;
  occurrenceDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  occurrenceDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  occurrenceTimeUtc?: InputMaybe<Scalars['Date']['input']>;
  occurrenceTimeUtcFrom?: InputMaybe<Scalars['DateTime']['input']>;
  occurrenceTimeUtcTo?: InputMaybe<Scalars['DateTime']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['Int']['input']>;
  providerUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  signedById?: InputMaybe<Scalars['Int']['input']>;
  signedByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  signedDate?: InputMaybe<Scalars['Date']['input']>;
  signedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  signedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['Int']['input']>;
  unitIdAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type ProviderNoteLaw =
  | 'All'
  | 'FTJ'
  | 'HSL'
  | 'LSS'
  | 'None'
  | 'RFTJ'
  | 'SFB'
  | 'SOL';

export type ProviderNotePage = {
  __typename?: 'ProviderNotePage';
  nodes: Array<ProviderNote>;
  pageInfo: PageInfo;
};

/** A Provider Personnel that have access to at lease one unit. */
export type ProviderPersonnel = {
  __typename?: 'ProviderPersonnel';
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** If personnel can be delegated */
  canHaveDelegation?: Maybe<Scalars['Boolean']['output']>;
  contactAssignments: Array<ProviderContactPersonnel>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** If the personnel is set to disabled it will not be able to login to Lifecare. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  /** Email address */
  emailAddress?: Maybe<Scalars['String']['output']>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** First name */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** The staff member's home unit (the first of the unit accesses). */
  homeUnit?: Maybe<ProviderUnit>;
  /** HSA-ID for this personnel */
  hsaId?: Maybe<Scalars['String']['output']>;
  /** Personnel HSA-id's. */
  hsaIds?: Maybe<Array<ProviderPersonnelHsaId>>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** If the personnel is set to inactive it will not be able to login to Lifecare. */
  isActive?: Maybe<Scalars['Boolean']['output']>;
  /** Last name */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Person id of this personnel */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone number */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** Unit access for this provider personnel */
  providerPersonnelUnitAccess?: Maybe<Array<ProviderPersonnelUnitAccess>>;
  reportedVisits: Array<ReportedVisit>;
  reportedWorkshifts: Array<ReportedWorkshift>;
  /** Provider roles. */
  roles?: Maybe<Array<ProviderRole>>;
  /** Unique signature of this personnel */
  signature?: Maybe<Scalars['String']['output']>;
  /** Title of this personnel */
  title?: Maybe<Scalars['String']['output']>;
  unitAccesses: Array<ProviderPersonnelUnitAccess>;
  /** [Max length: 10] [Searchable] User ID. */
  userId?: Maybe<Scalars['String']['output']>;
};


/** A Provider Personnel that have access to at lease one unit. */
export type ProviderPersonnelContactAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Provider Personnel that have access to at lease one unit. */
export type ProviderPersonnelReportedVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Provider Personnel that have access to at lease one unit. */
export type ProviderPersonnelReportedWorkshiftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Provider Personnel that have access to at lease one unit. */
export type ProviderPersonnelUnitAccessesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on ProviderPersonnel (every given condition must hold). */
export type ProviderPersonnelFilter = {
  canHaveDelegation?: InputMaybe<Scalars['Boolean']['input']>;
  contactAssignmentsSome?: InputMaybe<ProviderContactPersonnelFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  emailAddress?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  hsaId?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  reportedVisitsSome?: InputMaybe<ReportedVisitFilter>;
  reportedWorkshiftsSome?: InputMaybe<ReportedWorkshiftFilter>;
  signature?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitAccessesSome?: InputMaybe<ProviderPersonnelUnitAccessFilter>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

/** HSA-id for a personnel. */
export type ProviderPersonnelHsaId = {
  __typename?: 'ProviderPersonnelHsaId';
  /** The HSA-id. */
  hsaId?: Maybe<Scalars['String']['output']>;
  /**
   * The provider unit ID.
   * A personnel can have different HSA-id's on different units.
   */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
};

export type ProviderPersonnelPage = {
  __typename?: 'ProviderPersonnelPage';
  nodes: Array<ProviderPersonnel>;
  pageInfo: PageInfo;
};

/** A staff member's access to a provider unit, with the roles held there. */
export type ProviderPersonnelUnitAccess = {
  __typename?: 'ProviderPersonnelUnitAccess';
  /** If set this unit access is only active from this date */
  activeFromDate?: Maybe<Scalars['DateTime']['output']>;
  /** If set this unit access is only active until this date */
  activeToDate?: Maybe<Scalars['DateTime']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The staff member. */
  personnel?: Maybe<ProviderPersonnel>;
  /** List of roles on the unit */
  providerUnitRoles?: Maybe<Array<ProviderUnitRole>>;
  /** The provider unit. */
  unit?: Maybe<ProviderUnit>;
  /** Id of the provider unit */
  unitId?: Maybe<Scalars['Int']['output']>;
  /** Name of the provider unit */
  unitName?: Maybe<Scalars['String']['output']>;
};

/** Filters on ProviderPersonnelUnitAccess (every given condition must hold). */
export type ProviderPersonnelUnitAccessFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeFromDate?: InputMaybe<Scalars['Date']['input']>;
  activeFromDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeFromDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  activeToDate?: InputMaybe<Scalars['Date']['input']>;
  activeToDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeToDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  providerPersonnelId?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['Int']['input']>;
  unitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  unitName?: InputMaybe<Scalars['String']['input']>;
};

export type ProviderPersonnelUnitAccessPage = {
  __typename?: 'ProviderPersonnelUnitAccessPage';
  nodes: Array<ProviderPersonnelUnitAccess>;
  pageInfo: PageInfo;
};

/** A provider role. */
export type ProviderRole = {
  __typename?: 'ProviderRole';
  /**
   * If the role is active or not on the provider unit.
   * If false, the role is inactive independent of FromDate and ToDate.
   * If true, the role can anyway be inactive due to FromDate and ToDate.
   */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** If the person with this role can administrate drugs on this unit */
  canAdministrateDrugs?: Maybe<Scalars['Boolean']['output']>;
  /** If the person with this role can dress wounds on this unit */
  canDressWounds?: Maybe<Scalars['Boolean']['output']>;
  /** When personnel starts in unit (DateTime is null if we don't know). */
  fromDate?: Maybe<Scalars['DateTime']['output']>;
  /** Role name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Provider unit ID. */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
  /** When personnel ends in unit (DateTime is null if we don't know). */
  toDate?: Maybe<Scalars['DateTime']['output']>;
};

/** Provider unit. */
export type ProviderUnit = {
  __typename?: 'ProviderUnit';
  /** If the provider unit is active or not. */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Provider company ID. */
  companyId?: Maybe<Scalars['Int']['output']>;
  /** Provider company name. */
  companyName?: Maybe<Scalars['String']['output']>;
  contactPersonnels: Array<ProviderContactPersonnel>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  executedServices: Array<ExecutedService>;
  executingProviders: Array<ExecutingProvider>;
  executions: Array<Execution>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  implementationPlans: Array<ImplementationPlan>;
  /** [Searchable] If the unit is marked as a sheltered housing in Provider Portal */
  isShelteredHousing?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Provider unit name. */
  name?: Maybe<Scalars['String']['output']>;
  personnel: Array<ProviderPersonnel>;
  personnelAccesses: Array<ProviderPersonnelUnitAccess>;
  planningUnits: Array<PlanningUnit>;
  providerNotes: Array<ProviderNote>;
  reportedVisits: Array<ReportedVisit>;
  reportedWorkshifts: Array<ReportedWorkshift>;
  serviceHeadlines: Array<ServiceHeadline>;
};


/** Provider unit. */
export type ProviderUnitContactPersonnelsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitExecutedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitExecutingProvidersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitExecutionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitImplementationPlansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitPersonnelArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitPersonnelAccessesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitPlanningUnitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitProviderNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitReportedVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitReportedWorkshiftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Provider unit. */
export type ProviderUnitServiceHeadlinesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Provider unit with basic information. */
export type ProviderUnitBase = {
  __typename?: 'ProviderUnitBase';
  /** [Searchable] Unique ID. */
  id?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Provider unit name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Filters on ProviderUnit (every given condition must hold). */
export type ProviderUnitFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  companyId?: InputMaybe<Scalars['Int']['input']>;
  companyIdAfter?: InputMaybe<Scalars['Int']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  contactPersonnelsSome?: InputMaybe<ProviderContactPersonnelFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executedServicesSome?: InputMaybe<ExecutedServiceFilter>;
  executingProvidersSome?: InputMaybe<ExecutingProviderFilter>;
  executionsSome?: InputMaybe<ExecutionFilter>;
  implementationPlansSome?: InputMaybe<ImplementationPlanFilter>;
  isShelteredHousing?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  personnelAccessesSome?: InputMaybe<ProviderPersonnelUnitAccessFilter>;
  personnelSome?: InputMaybe<ProviderPersonnelFilter>;
  planningUnitsSome?: InputMaybe<PlanningUnitFilter>;
  providerNotesSome?: InputMaybe<ProviderNoteFilter>;
  reportedVisitsSome?: InputMaybe<ReportedVisitFilter>;
  reportedWorkshiftsSome?: InputMaybe<ReportedWorkshiftFilter>;
  serviceHeadlinesSome?: InputMaybe<ServiceHeadlineFilter>;
};

export type ProviderUnitPage = {
  __typename?: 'ProviderUnitPage';
  nodes: Array<ProviderUnit>;
  pageInfo: PageInfo;
};

/** A role in a provider unit */
export type ProviderUnitRole = {
  __typename?: 'ProviderUnitRole';
  /** Id of this role. This id is assigned automatically when adding a role */
  id?: Maybe<Scalars['Int']['output']>;
  /** Name of this role */
  roleName?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The EcProvider business log (audit log) of the caller's tenant. Tenant administrators only. */
  ecProviderBusinessLogs: BusinessLogItemPage;
  executedDecision?: Maybe<ExecutedDecision>;
  /** ExecutedDecision list, in a stable order (modification time, id). */
  executedDecisions: ExecutedDecisionPage;
  executedService?: Maybe<ExecutedService>;
  /** ExecutedService list, in a stable order (modification time, id). */
  executedServices: ExecutedServicePage;
  executingProvider?: Maybe<ExecutingProvider>;
  /** ExecutingProvider list, in a stable order (modification time, id). */
  executingProviders: ExecutingProviderPage;
  execution?: Maybe<Execution>;
  /** Execution list, in a stable order (modification time, id). */
  executions: ExecutionPage;
  implementationPlan?: Maybe<ImplementationPlan>;
  /** ImplementationPlan list, in a stable order (modification time, id). */
  implementationPlans: ImplementationPlanPage;
  personnel?: Maybe<Personnel>;
  /** Personnel list, in a stable order (modification time, id). */
  personnels: PersonnelPage;
  plannedWorkload?: Maybe<PlannedWorkload>;
  /** PlannedWorkload list, in a stable order (modification time, id). */
  plannedWorkloads: PlannedWorkloadPage;
  plannedWorkshift?: Maybe<PlannedWorkshift>;
  /** PlannedWorkshift list, in a stable order (modification time, id). */
  plannedWorkshifts: PlannedWorkshiftPage;
  planningUnit?: Maybe<PlanningUnit>;
  /** PlanningUnit list, in a stable order (modification time, id). */
  planningUnits: PlanningUnitPage;
  providerAdministrator?: Maybe<ProviderAdministrator>;
  /** ProviderAdministrator list, in a stable order (modification time, id). */
  providerAdministrators: ProviderAdministratorPage;
  providerContactPersonnel?: Maybe<ProviderContactPersonnel>;
  /** ProviderContactPersonnel list, in a stable order (modification time, id). */
  providerContactPersonnels: ProviderContactPersonnelPage;
  providerHeadline?: Maybe<ProviderHeadline>;
  /** ProviderHeadline list, in a stable order (modification time, id). */
  providerHeadlines: ProviderHeadlinePage;
  providerNote?: Maybe<ProviderNote>;
  /** ProviderNote list, in a stable order (modification time, id). */
  providerNotes: ProviderNotePage;
  providerPersonnel?: Maybe<ProviderPersonnel>;
  providerPersonnelUnitAccess?: Maybe<ProviderPersonnelUnitAccess>;
  /** ProviderPersonnelUnitAccess list, in a stable order (modification time, id). */
  providerPersonnelUnitAccesses: ProviderPersonnelUnitAccessPage;
  /** ProviderPersonnel list, in a stable order (modification time, id). */
  providerPersonnels: ProviderPersonnelPage;
  providerUnit?: Maybe<ProviderUnit>;
  /** ProviderUnit list, in a stable order (modification time, id). */
  providerUnits: ProviderUnitPage;
  reportedVisit?: Maybe<ReportedVisit>;
  /** ReportedVisit list, in a stable order (modification time, id). */
  reportedVisits: ReportedVisitPage;
  reportedWorkshift?: Maybe<ReportedWorkshift>;
  /** ReportedWorkshift list, in a stable order (modification time, id). */
  reportedWorkshifts: ReportedWorkshiftPage;
  serviceHeadline?: Maybe<ServiceHeadline>;
  /** ServiceHeadline list, in a stable order (modification time, id). */
  serviceHeadlines: ServiceHeadlinePage;
};


export type QueryEcProviderBusinessLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryExecutedDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutedDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExecutedDecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExecutedServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutedServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExecutedServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExecutingProviderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutingProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExecutingProviderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExecutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExecutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExecutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImplementationPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImplementationPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImplementationPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonnelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonnelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonnelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlannedWorkloadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlannedWorkloadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlannedWorkloadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlannedWorkshiftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlannedWorkshiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlannedWorkshiftFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanningUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanningUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlanningUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderAdministratorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderAdministratorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderAdministratorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderContactPersonnelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderContactPersonnelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderContactPersonnelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderHeadlineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderHeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderHeadlineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderNoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderPersonnelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderPersonnelUnitAccessArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderPersonnelUnitAccessesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderPersonnelUnitAccessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderPersonnelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderPersonnelFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProviderUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderUnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportedVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportedVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportedVisitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportedWorkshiftArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportedWorkshiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportedWorkshiftFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceHeadlineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceHeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceHeadlineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Reported service. */
export type ReportedService = {
  __typename?: 'ReportedService';
  /** The time spent on this specific service. */
  estimatedTime?: Maybe<Scalars['String']['output']>;
  /** Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Quantity of the service, often set to 1. Could be used for example if using food delivery (matlådor). */
  quantity?: Maybe<Scalars['Int']['output']>;
  /** Service category. */
  serviceCategory?: Maybe<CodeText>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /** Status of the service. */
  status?: Maybe<ReportedServiceStatus>;
};

export type ReportedServiceStatus =
  | 'Declined'
  | 'Done'
  | 'NotDone';

/** Reported visit. */
export type ReportedVisit = {
  __typename?: 'ReportedVisit';
  /** [Searchable] True if this has been approved in external system. */
  approved?: Maybe<Scalars['Boolean']['output']>;
  /** Cancelled visit minutes (the number of minutes the visit should have been). */
  cancelledMinutes?: Maybe<Scalars['Int']['output']>;
  /** Cancelled visit reason (the reason for the cancellation). */
  cancelledReason?: Maybe<Scalars['String']['output']>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable: YYYYMMDDXXXX] Client's person ID, on the format 'YYYYMMDDXXXX'. */
  clientPersonId?: Maybe<Scalars['String']['output']>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The device used when creating the visit (e.g. IMEI-number on a phone). */
  deviceId?: Maybe<Scalars['String']['output']>;
  /** ID of the quittance type for end of visit. */
  endQuittanceId?: Maybe<Scalars['String']['output']>;
  /** Quittance type for end of visit. */
  endQuittanceType?: Maybe<ReportedVisitEndQuittanceType>;
  /** End date and time of the visit. Don't set if the visit is ongoing. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** The entity's version as an ETag (for If-Match). */
  etag: Scalars['String']['output'];
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] External system unique ID. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** If the visit have been performed by more than one personnel. */
  isDoubleManning?: Maybe<Scalars['Boolean']['output']>;
  /** Last updated time. */
  lastUpdatedTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] What law the visit is connected to. */
  law?: Maybe<ReportedVisitLaw>;
  /** The original end date and time (can differ from EndDate if someone have changed the time). */
  originalEndTime?: Maybe<Scalars['DateTime']['output']>;
  /** The original start date and time (can differ from StartDate if someone have changed the time). */
  originalStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** The staff member (provider personnel). */
  personnel?: Maybe<ProviderPersonnel>;
  /** [Searchable: YYYYMMDDXXXX] Personnel's person ID, on the format 'YYYYMMDDXXXX'. */
  personnelPersonId?: Maybe<Scalars['String']['output']>;
  /** The user ID of the personnel. */
  personnelUserId?: Maybe<Scalars['String']['output']>;
  /** Planned visit id. */
  plannedVisitId?: Maybe<Scalars['String']['output']>;
  /** The planned workshift the visit was planned in, if any. */
  plannedWorkshift?: Maybe<PlannedWorkshift>;
  /** Planned workshift id. */
  plannedWorkshiftId?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** [Searchable] Provider unit ID. */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
  /** The workshift the visit was reported in. */
  reportedWorkshift?: Maybe<ReportedWorkshift>;
  /** [Searchable] Id for the reported workshift, if workshift is used. */
  reportedWorkshiftId?: Maybe<Scalars['String']['output']>;
  /** Name of the reporting system. */
  reportingSystem?: Maybe<Scalars['String']['output']>;
  /** Service category. */
  serviceCategory?: Maybe<CodeText>;
  /** List of services. */
  services?: Maybe<Array<ReportedService>>;
  /** ID of the quittance type for start of visit. */
  startQuittanceId?: Maybe<Scalars['String']['output']>;
  /** Quittance type for start of visit. */
  startQuittanceType?: Maybe<ReportedVisitStartQuittanceType>;
  /** Start date and time of the visit. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Status of the visit. */
  status?: Maybe<ReportedVisitStatus>;
};

export type ReportedVisitEndQuittanceType =
  | 'Bluetooth'
  | 'Lock'
  | 'Nfc'
  | 'None';

/** Filters on ReportedVisit (every given condition must hold). */
export type ReportedVisitFilter = {
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  cancelledMinutes?: InputMaybe<Scalars['Int']['input']>;
  cancelledMinutesAfter?: InputMaybe<Scalars['Int']['input']>;
  cancelledReason?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  clientPersonId?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  endQuittanceId?: InputMaybe<Scalars['String']['input']>;
  endQuittanceType?: InputMaybe<ReportedVisitEndQuittanceType>;
  endTime?: InputMaybe<Scalars['Date']['input']>;
  endTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  isDoubleManning?: InputMaybe<Scalars['Boolean']['input']>;
  lastUpdatedTime?: InputMaybe<Scalars['Date']['input']>;
  lastUpdatedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  lastUpdatedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  law?: InputMaybe<ReportedVisitLaw>;
  originalEndTime?: InputMaybe<Scalars['Date']['input']>;
  originalEndTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  originalEndTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  originalStartTime?: InputMaybe<Scalars['Date']['input']>;
  originalStartTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  originalStartTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  personnelPersonId?: InputMaybe<Scalars['String']['input']>;
  personnelUserId?: InputMaybe<Scalars['String']['input']>;
  plannedVisitId?: InputMaybe<Scalars['String']['input']>;
  plannedWorkshiftId?: InputMaybe<Scalars['String']['input']>;
  plannedWorkshiftIdAfter?: InputMaybe<Scalars['Int']['input']>;
  providerPersonnelId?: InputMaybe<Scalars['ID']['input']>;
  providerUnitId?: InputMaybe<Scalars['Int']['input']>;
  providerUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  reportedWorkshiftId?: InputMaybe<Scalars['String']['input']>;
  reportedWorkshiftIdAfter?: InputMaybe<Scalars['Int']['input']>;
  reportingSystem?: InputMaybe<Scalars['String']['input']>;
  startQuittanceId?: InputMaybe<Scalars['String']['input']>;
  startQuittanceType?: InputMaybe<ReportedVisitStartQuittanceType>;
  startTime?: InputMaybe<Scalars['Date']['input']>;
  startTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<ReportedVisitStatus>;
};

export type ReportedVisitLaw =
  | 'FTJ'
  | 'HSL'
  | 'LASS'
  | 'LSS'
  | 'RFTJ'
  | 'SFB'
  | 'SoL';

export type ReportedVisitPage = {
  __typename?: 'ReportedVisitPage';
  nodes: Array<ReportedVisit>;
  pageInfo: PageInfo;
};

export type ReportedVisitStartQuittanceType =
  | 'Bluetooth'
  | 'Lock'
  | 'Nfc'
  | 'None';

export type ReportedVisitStatus =
  | 'Cancelled'
  | 'Completed'
  | 'CompletedAndChangedTime'
  | 'Declined'
  | 'Started';

/** Reported workshift, this is mostly used by LMO application together with Phoniro. */
export type ReportedWorkshift = {
  __typename?: 'ReportedWorkshift';
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The device used when creating the visit (e.g. IMEI-number on a phone). */
  deviceId?: Maybe<Scalars['String']['output']>;
  /** End date and time of the workshift. Don't set if the visit is ongoing. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The staff member (provider personnel). */
  personnel?: Maybe<ProviderPersonnel>;
  /** [Searchable: YYYYMMDDXXXX] Personnel's person ID, on the format 'YYYYMMDDXXXX'. */
  personnelPersonId?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Start date and time of the workshift. */
  startTime?: Maybe<Scalars['DateTime']['output']>;
  visits: Array<ReportedVisit>;
};


/** Reported workshift, this is mostly used by LMO application together with Phoniro. */
export type ReportedWorkshiftVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on ReportedWorkshift (every given condition must hold). */
export type ReportedWorkshiftFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  endTime?: InputMaybe<Scalars['Date']['input']>;
  endTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  personnelPersonId?: InputMaybe<Scalars['String']['input']>;
  providerPersonnelId?: InputMaybe<Scalars['ID']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  startTime?: InputMaybe<Scalars['Date']['input']>;
  startTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  visitsSome?: InputMaybe<ReportedVisitFilter>;
};

export type ReportedWorkshiftPage = {
  __typename?: 'ReportedWorkshiftPage';
  nodes: Array<ReportedWorkshift>;
  pageInfo: PageInfo;
};

export type ServiceConfiguration = {
  __typename?: 'ServiceConfiguration';
  id: Scalars['ID']['output'];
};

/** A service headline. */
export type ServiceHeadline = {
  __typename?: 'ServiceHeadline';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The execution (verkställighet). */
  execution?: Maybe<Execution>;
  /** Headline. */
  headline?: Maybe<CodeText>;
  /** ICF code and text. */
  icf?: Maybe<Icf>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Provider unit. */
  providerUnit?: Maybe<ProviderUnitBase>;
  /** Service category. */
  serviceCategory?: Maybe<CodeText>;
  /** The service type in the service configuration. */
  serviceConfiguration?: Maybe<ServiceConfiguration>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /** Text. */
  text?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  unit?: Maybe<ProviderUnit>;
};

/** Filters on ServiceHeadline (every given condition must hold). */
export type ServiceHeadlineFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executionId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  serviceTypeId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceHeadlinePage = {
  __typename?: 'ServiceHeadlinePage';
  nodes: Array<ServiceHeadline>;
  pageInfo: PageInfo;
};

export type ServiceItem = {
  __typename?: 'ServiceItem';
  /** Service category. */
  category?: Maybe<CodeText>;
  /** Service type. */
  type?: Maybe<CodeText>;
};

/** A service plan headline. */
export type ServicePlanHeadline = {
  __typename?: 'ServicePlanHeadline';
  /** Headline ID. */
  id?: Maybe<Scalars['Int']['output']>;
  /** Headline text. */
  text?: Maybe<Scalars['String']['output']>;
  /** Headline type. */
  type?: Maybe<ServicePlanHeadlineType>;
};

export type ServicePlanHeadlineType =
  | 'Accommodation'
  | 'OtherInformation';

/** A service plan other information. */
export type ServicePlanOtherInformation = {
  __typename?: 'ServicePlanOtherInformation';
  /** End date. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Headline. */
  headline?: Maybe<ServicePlanHeadline>;
  /** Start date. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** Text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A service plan participant. */
export type ServicePlanParticipant = {
  __typename?: 'ServicePlanParticipant';
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** Relation. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** A service plan personnel. */
export type ServicePlanPersonnel = {
  __typename?: 'ServicePlanPersonnel';
  /** Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** [Max length: 10] A unique signature. */
  signature?: Maybe<Scalars['String']['output']>;
};

/** A service plan service. */
export type ServicePlanService = {
  __typename?: 'ServicePlanService';
  /** End date for the service. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /** Start date for the service. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
};

export type SolDecision = {
  __typename?: 'SolDecision';
  executedDecisions: Array<ExecutedDecision>;
  id: Scalars['ID']['output'];
};


export type SolDecisionExecutedDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Sort order by time. */
export type SortOrder =
  | 'Ascending'
  | 'Descending';

/** An address. */
export type VisitableAddress = {
  __typename?: 'VisitableAddress';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Street address. */
  streetAddress?: Maybe<Scalars['String']['output']>;
  /** ZIP code. */
  zipCode?: Maybe<Scalars['String']['output']>;
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
  Client: Client;
  ExecutedDecision: ExecutedDecision;
  ExecutedService: ExecutedService;
  ExecutingProvider: ExecutingProvider;
  Execution: Execution;
  ImplementationPlan: ImplementationPlan;
  LssDecision: LssDecision;
  Order: Order;
  Personnel: Personnel;
  PlannedWorkload: PlannedWorkload;
  PlannedWorkshift: PlannedWorkshift;
  PlanningUnit: PlanningUnit;
  ProviderAdministrator: ProviderAdministrator;
  ProviderContactPersonnel: ProviderContactPersonnel;
  ProviderHeadline: ProviderHeadline;
  ProviderNote: ProviderNote;
  ProviderPersonnel: ProviderPersonnel;
  ProviderPersonnelUnitAccess: ProviderPersonnelUnitAccess;
  ProviderUnit: ProviderUnit;
  ReportedVisit: ReportedVisit;
  ReportedWorkshift: ReportedWorkshift;
  ServiceHeadline: ServiceHeadline;
  SolDecision: SolDecision;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  ExecutedDecision:
    ( { __typename: 'ExecutedDecision' }
    & GraphQLRecursivePick<FederationTypes['ExecutedDecision'], {"id":true}> );
  ExecutedService:
    ( { __typename: 'ExecutedService' }
    & GraphQLRecursivePick<FederationTypes['ExecutedService'], {"id":true}> );
  ExecutingProvider:
    ( { __typename: 'ExecutingProvider' }
    & GraphQLRecursivePick<FederationTypes['ExecutingProvider'], {"id":true}> );
  Execution:
    ( { __typename: 'Execution' }
    & GraphQLRecursivePick<FederationTypes['Execution'], {"id":true}> );
  ImplementationPlan:
    ( { __typename: 'ImplementationPlan' }
    & GraphQLRecursivePick<FederationTypes['ImplementationPlan'], {"id":true}> );
  LssDecision:
    ( { __typename: 'LssDecision' }
    & GraphQLRecursivePick<FederationTypes['LssDecision'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Personnel:
    ( { __typename: 'Personnel' }
    & GraphQLRecursivePick<FederationTypes['Personnel'], {"id":true}> );
  PlannedWorkload:
    ( { __typename: 'PlannedWorkload' }
    & GraphQLRecursivePick<FederationTypes['PlannedWorkload'], {"id":true}> );
  PlannedWorkshift:
    ( { __typename: 'PlannedWorkshift' }
    & GraphQLRecursivePick<FederationTypes['PlannedWorkshift'], {"id":true}> );
  PlanningUnit:
    ( { __typename: 'PlanningUnit' }
    & GraphQLRecursivePick<FederationTypes['PlanningUnit'], {"id":true}> );
  ProviderAdministrator:
    ( { __typename: 'ProviderAdministrator' }
    & GraphQLRecursivePick<FederationTypes['ProviderAdministrator'], {"id":true}> );
  ProviderContactPersonnel:
    ( { __typename: 'ProviderContactPersonnel' }
    & GraphQLRecursivePick<FederationTypes['ProviderContactPersonnel'], {"id":true}> );
  ProviderHeadline:
    ( { __typename: 'ProviderHeadline' }
    & GraphQLRecursivePick<FederationTypes['ProviderHeadline'], {"id":true}> );
  ProviderNote:
    ( { __typename: 'ProviderNote' }
    & GraphQLRecursivePick<FederationTypes['ProviderNote'], {"id":true}> );
  ProviderPersonnel:
    ( { __typename: 'ProviderPersonnel' }
    & GraphQLRecursivePick<FederationTypes['ProviderPersonnel'], {"id":true}> );
  ProviderPersonnelUnitAccess:
    ( { __typename: 'ProviderPersonnelUnitAccess' }
    & GraphQLRecursivePick<FederationTypes['ProviderPersonnelUnitAccess'], {"id":true}> );
  ProviderUnit:
    ( { __typename: 'ProviderUnit' }
    & GraphQLRecursivePick<FederationTypes['ProviderUnit'], {"id":true}> );
  ReportedVisit:
    ( { __typename: 'ReportedVisit' }
    & GraphQLRecursivePick<FederationTypes['ReportedVisit'], {"id":true}> );
  ReportedWorkshift:
    ( { __typename: 'ReportedWorkshift' }
    & GraphQLRecursivePick<FederationTypes['ReportedWorkshift'], {"id":true}> );
  ServiceHeadline:
    ( { __typename: 'ServiceHeadline' }
    & GraphQLRecursivePick<FederationTypes['ServiceHeadline'], {"id":true}> );
  SolDecision:
    ( { __typename: 'SolDecision' }
    & GraphQLRecursivePick<FederationTypes['SolDecision'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddressType: AddressType;
  BusinessLogClient: ResolverTypeWrapper<BusinessLogClient>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BusinessLogItem: ResolverTypeWrapper<BusinessLogItem>;
  BusinessLogItemPage: ResolverTypeWrapper<BusinessLogItemPage>;
  BusinessLogItemProperty: ResolverTypeWrapper<BusinessLogItemProperty>;
  BusinessLogOrganisationUnit: ResolverTypeWrapper<BusinessLogOrganisationUnit>;
  BusinessLogRole: ResolverTypeWrapper<BusinessLogRole>;
  BusinessLogUser: ResolverTypeWrapper<BusinessLogUser>;
  ChangeOfTransportation: ResolverTypeWrapper<ChangeOfTransportation>;
  ChangeOfTransportationNewTransportation: ChangeOfTransportationNewTransportation;
  Client: ResolverTypeWrapper<Client>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CodeText: ResolverTypeWrapper<CodeText>;
  Competence: ResolverTypeWrapper<Competence>;
  Coordinate: ResolverTypeWrapper<Coordinate>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CoordinateCoordinateSystem: CoordinateCoordinateSystem;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Division: ResolverTypeWrapper<Division>;
  Email: ResolverTypeWrapper<Email>;
  EmailType: EmailType;
  ExecutedDecision: ResolverTypeWrapper<ExecutedDecision>;
  ExecutedDecisionFilter: ExecutedDecisionFilter;
  ExecutedDecisionPage: ResolverTypeWrapper<ExecutedDecisionPage>;
  ExecutedService: ResolverTypeWrapper<ExecutedService>;
  ExecutedServiceFilter: ExecutedServiceFilter;
  ExecutedServicePage: ResolverTypeWrapper<ExecutedServicePage>;
  ExecutedServiceWorkType: ExecutedServiceWorkType;
  ExecutingProvider: ResolverTypeWrapper<ExecutingProvider>;
  ExecutingProviderFilter: ExecutingProviderFilter;
  ExecutingProviderPage: ResolverTypeWrapper<ExecutingProviderPage>;
  Execution: ResolverTypeWrapper<Execution>;
  ExecutionFilter: ExecutionFilter;
  ExecutionLaw: ExecutionLaw;
  ExecutionPage: ResolverTypeWrapper<ExecutionPage>;
  Icf: ResolverTypeWrapper<Icf>;
  ImplementationPlan: ResolverTypeWrapper<ImplementationPlan>;
  ImplementationPlanFilter: ImplementationPlanFilter;
  ImplementationPlanPage: ResolverTypeWrapper<ImplementationPlanPage>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyInfo: ResolverTypeWrapper<KeyInfo>;
  KeyInfoTypeOfKeyInfo: KeyInfoTypeOfKeyInfo;
  LssDecision: ResolverTypeWrapper<LssDecision>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<Order>;
  OrganizationUnit: ResolverTypeWrapper<OrganizationUnit>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<Person>;
  Personnel: ResolverTypeWrapper<Personnel>;
  PersonnelFilter: PersonnelFilter;
  PersonnelPage: ResolverTypeWrapper<PersonnelPage>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneType: PhoneType;
  PlannedActivity: ResolverTypeWrapper<PlannedActivity>;
  PlannedActivityTypeOfPlannedActivity: PlannedActivityTypeOfPlannedActivity;
  PlannedClient: ResolverTypeWrapper<PlannedClient>;
  PlannedPersonnel: ResolverTypeWrapper<PlannedPersonnel>;
  PlannedWorkload: ResolverTypeWrapper<PlannedWorkload>;
  PlannedWorkloadFilter: PlannedWorkloadFilter;
  PlannedWorkloadPage: ResolverTypeWrapper<PlannedWorkloadPage>;
  PlannedWorkshift: ResolverTypeWrapper<PlannedWorkshift>;
  PlannedWorkshiftFilter: PlannedWorkshiftFilter;
  PlannedWorkshiftPage: ResolverTypeWrapper<PlannedWorkshiftPage>;
  PlannedWorkshiftTypeOfTransportation: PlannedWorkshiftTypeOfTransportation;
  PlanningUnit: ResolverTypeWrapper<PlanningUnit>;
  PlanningUnitFilter: PlanningUnitFilter;
  PlanningUnitPage: ResolverTypeWrapper<PlanningUnitPage>;
  Position: ResolverTypeWrapper<Position>;
  PrioPersonnel: ResolverTypeWrapper<PrioPersonnel>;
  Professional: ResolverTypeWrapper<Professional>;
  ProviderAdminStatus: ResolverTypeWrapper<ProviderAdminStatus>;
  ProviderAdministrator: ResolverTypeWrapper<ProviderAdministrator>;
  ProviderAdministratorFilter: ProviderAdministratorFilter;
  ProviderAdministratorPage: ResolverTypeWrapper<ProviderAdministratorPage>;
  ProviderContactPersonnel: ResolverTypeWrapper<ProviderContactPersonnel>;
  ProviderContactPersonnelFilter: ProviderContactPersonnelFilter;
  ProviderContactPersonnelPage: ResolverTypeWrapper<ProviderContactPersonnelPage>;
  ProviderHeadline: ResolverTypeWrapper<ProviderHeadline>;
  ProviderHeadlineFilter: ProviderHeadlineFilter;
  ProviderHeadlinePage: ResolverTypeWrapper<ProviderHeadlinePage>;
  ProviderNote: ResolverTypeWrapper<ProviderNote>;
  ProviderNoteFilter: ProviderNoteFilter;
  ProviderNoteLaw: ProviderNoteLaw;
  ProviderNotePage: ResolverTypeWrapper<ProviderNotePage>;
  ProviderPersonnel: ResolverTypeWrapper<ProviderPersonnel>;
  ProviderPersonnelFilter: ProviderPersonnelFilter;
  ProviderPersonnelHsaId: ResolverTypeWrapper<ProviderPersonnelHsaId>;
  ProviderPersonnelPage: ResolverTypeWrapper<ProviderPersonnelPage>;
  ProviderPersonnelUnitAccess: ResolverTypeWrapper<ProviderPersonnelUnitAccess>;
  ProviderPersonnelUnitAccessFilter: ProviderPersonnelUnitAccessFilter;
  ProviderPersonnelUnitAccessPage: ResolverTypeWrapper<ProviderPersonnelUnitAccessPage>;
  ProviderRole: ResolverTypeWrapper<ProviderRole>;
  ProviderUnit: ResolverTypeWrapper<ProviderUnit>;
  ProviderUnitBase: ResolverTypeWrapper<ProviderUnitBase>;
  ProviderUnitFilter: ProviderUnitFilter;
  ProviderUnitPage: ResolverTypeWrapper<ProviderUnitPage>;
  ProviderUnitRole: ResolverTypeWrapper<ProviderUnitRole>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportedService: ResolverTypeWrapper<ReportedService>;
  ReportedServiceStatus: ReportedServiceStatus;
  ReportedVisit: ResolverTypeWrapper<ReportedVisit>;
  ReportedVisitEndQuittanceType: ReportedVisitEndQuittanceType;
  ReportedVisitFilter: ReportedVisitFilter;
  ReportedVisitLaw: ReportedVisitLaw;
  ReportedVisitPage: ResolverTypeWrapper<ReportedVisitPage>;
  ReportedVisitStartQuittanceType: ReportedVisitStartQuittanceType;
  ReportedVisitStatus: ReportedVisitStatus;
  ReportedWorkshift: ResolverTypeWrapper<ReportedWorkshift>;
  ReportedWorkshiftFilter: ReportedWorkshiftFilter;
  ReportedWorkshiftPage: ResolverTypeWrapper<ReportedWorkshiftPage>;
  ServiceConfiguration: ResolverTypeWrapper<ServiceConfiguration>;
  ServiceHeadline: ResolverTypeWrapper<ServiceHeadline>;
  ServiceHeadlineFilter: ServiceHeadlineFilter;
  ServiceHeadlinePage: ResolverTypeWrapper<ServiceHeadlinePage>;
  ServiceItem: ResolverTypeWrapper<ServiceItem>;
  ServicePlanHeadline: ResolverTypeWrapper<ServicePlanHeadline>;
  ServicePlanHeadlineType: ServicePlanHeadlineType;
  ServicePlanOtherInformation: ResolverTypeWrapper<ServicePlanOtherInformation>;
  ServicePlanParticipant: ResolverTypeWrapper<ServicePlanParticipant>;
  ServicePlanPersonnel: ResolverTypeWrapper<ServicePlanPersonnel>;
  ServicePlanService: ResolverTypeWrapper<ServicePlanService>;
  SolDecision: ResolverTypeWrapper<SolDecision>;
  SortOrder: SortOrder;
  VisitableAddress: ResolverTypeWrapper<VisitableAddress>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  BusinessLogClient: BusinessLogClient;
  Int: Scalars['Int']['output'];
  BusinessLogItem: BusinessLogItem;
  BusinessLogItemPage: BusinessLogItemPage;
  BusinessLogItemProperty: BusinessLogItemProperty;
  BusinessLogOrganisationUnit: BusinessLogOrganisationUnit;
  BusinessLogRole: BusinessLogRole;
  BusinessLogUser: BusinessLogUser;
  ChangeOfTransportation: ChangeOfTransportation;
  Client: Client | FederationReferenceTypes['Client'];
  ID: Scalars['ID']['output'];
  CodeText: CodeText;
  Competence: Competence;
  Coordinate: Coordinate;
  Float: Scalars['Float']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Division: Division;
  Email: Email;
  ExecutedDecision: ExecutedDecision | FederationReferenceTypes['ExecutedDecision'];
  ExecutedDecisionFilter: ExecutedDecisionFilter;
  ExecutedDecisionPage: ExecutedDecisionPage;
  ExecutedService: ExecutedService | FederationReferenceTypes['ExecutedService'];
  ExecutedServiceFilter: ExecutedServiceFilter;
  ExecutedServicePage: ExecutedServicePage;
  ExecutingProvider: ExecutingProvider | FederationReferenceTypes['ExecutingProvider'];
  ExecutingProviderFilter: ExecutingProviderFilter;
  ExecutingProviderPage: ExecutingProviderPage;
  Execution: Execution | FederationReferenceTypes['Execution'];
  ExecutionFilter: ExecutionFilter;
  ExecutionPage: ExecutionPage;
  Icf: Icf;
  ImplementationPlan: ImplementationPlan | FederationReferenceTypes['ImplementationPlan'];
  ImplementationPlanFilter: ImplementationPlanFilter;
  ImplementationPlanPage: ImplementationPlanPage;
  JSON: Scalars['JSON']['output'];
  KeyInfo: KeyInfo;
  LssDecision: LssDecision | FederationReferenceTypes['LssDecision'];
  Mutation: Record<PropertyKey, never>;
  Order: Order | FederationReferenceTypes['Order'];
  OrganizationUnit: OrganizationUnit;
  PageInfo: PageInfo;
  Person: Person;
  Personnel: Personnel | FederationReferenceTypes['Personnel'];
  PersonnelFilter: PersonnelFilter;
  PersonnelPage: PersonnelPage;
  Phone: Phone;
  PlannedActivity: PlannedActivity;
  PlannedClient: PlannedClient;
  PlannedPersonnel: PlannedPersonnel;
  PlannedWorkload: PlannedWorkload | FederationReferenceTypes['PlannedWorkload'];
  PlannedWorkloadFilter: PlannedWorkloadFilter;
  PlannedWorkloadPage: PlannedWorkloadPage;
  PlannedWorkshift: PlannedWorkshift | FederationReferenceTypes['PlannedWorkshift'];
  PlannedWorkshiftFilter: PlannedWorkshiftFilter;
  PlannedWorkshiftPage: PlannedWorkshiftPage;
  PlanningUnit: PlanningUnit | FederationReferenceTypes['PlanningUnit'];
  PlanningUnitFilter: PlanningUnitFilter;
  PlanningUnitPage: PlanningUnitPage;
  Position: Position;
  PrioPersonnel: PrioPersonnel;
  Professional: Professional;
  ProviderAdminStatus: ProviderAdminStatus;
  ProviderAdministrator: ProviderAdministrator | FederationReferenceTypes['ProviderAdministrator'];
  ProviderAdministratorFilter: ProviderAdministratorFilter;
  ProviderAdministratorPage: ProviderAdministratorPage;
  ProviderContactPersonnel: ProviderContactPersonnel | FederationReferenceTypes['ProviderContactPersonnel'];
  ProviderContactPersonnelFilter: ProviderContactPersonnelFilter;
  ProviderContactPersonnelPage: ProviderContactPersonnelPage;
  ProviderHeadline: ProviderHeadline | FederationReferenceTypes['ProviderHeadline'];
  ProviderHeadlineFilter: ProviderHeadlineFilter;
  ProviderHeadlinePage: ProviderHeadlinePage;
  ProviderNote: ProviderNote | FederationReferenceTypes['ProviderNote'];
  ProviderNoteFilter: ProviderNoteFilter;
  ProviderNotePage: ProviderNotePage;
  ProviderPersonnel: ProviderPersonnel | FederationReferenceTypes['ProviderPersonnel'];
  ProviderPersonnelFilter: ProviderPersonnelFilter;
  ProviderPersonnelHsaId: ProviderPersonnelHsaId;
  ProviderPersonnelPage: ProviderPersonnelPage;
  ProviderPersonnelUnitAccess: ProviderPersonnelUnitAccess | FederationReferenceTypes['ProviderPersonnelUnitAccess'];
  ProviderPersonnelUnitAccessFilter: ProviderPersonnelUnitAccessFilter;
  ProviderPersonnelUnitAccessPage: ProviderPersonnelUnitAccessPage;
  ProviderRole: ProviderRole;
  ProviderUnit: ProviderUnit | FederationReferenceTypes['ProviderUnit'];
  ProviderUnitBase: ProviderUnitBase;
  ProviderUnitFilter: ProviderUnitFilter;
  ProviderUnitPage: ProviderUnitPage;
  ProviderUnitRole: ProviderUnitRole;
  Query: Record<PropertyKey, never>;
  ReportedService: ReportedService;
  ReportedVisit: ReportedVisit | FederationReferenceTypes['ReportedVisit'];
  ReportedVisitFilter: ReportedVisitFilter;
  ReportedVisitPage: ReportedVisitPage;
  ReportedWorkshift: ReportedWorkshift | FederationReferenceTypes['ReportedWorkshift'];
  ReportedWorkshiftFilter: ReportedWorkshiftFilter;
  ReportedWorkshiftPage: ReportedWorkshiftPage;
  ServiceConfiguration: ServiceConfiguration;
  ServiceHeadline: ServiceHeadline | FederationReferenceTypes['ServiceHeadline'];
  ServiceHeadlineFilter: ServiceHeadlineFilter;
  ServiceHeadlinePage: ServiceHeadlinePage;
  ServiceItem: ServiceItem;
  ServicePlanHeadline: ServicePlanHeadline;
  ServicePlanOtherInformation: ServicePlanOtherInformation;
  ServicePlanParticipant: ServicePlanParticipant;
  ServicePlanPersonnel: ServicePlanPersonnel;
  ServicePlanService: ServicePlanService;
  SolDecision: SolDecision | FederationReferenceTypes['SolDecision'];
  VisitableAddress: VisitableAddress;
  WriteResult: WriteResult;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  careOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['AddressType']>, ParentType, ContextType>;
  zipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type ChangeOfTransportationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeOfTransportation'] = ResolversParentTypes['ChangeOfTransportation']> = ResolversObject<{
  newTransportation?: Resolver<Maybe<ResolversTypes['ChangeOfTransportationNewTransportation']>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  executedServices?: Resolver<Array<ResolversTypes['ExecutedService']>, ParentType, ContextType, RequireFields<ClientExecutedServicesArgs, 'first'>>;
  executions?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<ClientExecutionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationPlans?: Resolver<Array<ResolversTypes['ImplementationPlan']>, ParentType, ContextType, RequireFields<ClientImplementationPlansArgs, 'first'>>;
  providerContactPersonnels?: Resolver<Array<ResolversTypes['ProviderContactPersonnel']>, ParentType, ContextType, RequireFields<ClientProviderContactPersonnelsArgs, 'first'>>;
  providerNotes?: Resolver<Array<ResolversTypes['ProviderNote']>, ParentType, ContextType, RequireFields<ClientProviderNotesArgs, 'first'>>;
  reportedVisits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<ClientReportedVisitsArgs, 'first'>>;
  serviceHeadlines?: Resolver<Array<ResolversTypes['ServiceHeadline']>, ParentType, ContextType, RequireFields<ClientServiceHeadlinesArgs, 'first'>>;
}>;

export type CodeTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeText'] = ResolversParentTypes['CodeText']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompetenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Competence'] = ResolversParentTypes['Competence']> = ResolversObject<{
  denotion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CoordinateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Coordinate'] = ResolversParentTypes['Coordinate']> = ResolversObject<{
  coordinateSystem?: Resolver<Maybe<ResolversTypes['CoordinateCoordinateSystem']>, ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DivisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = ResolversObject<{
  denotion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EmailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email']> = ResolversObject<{
  emailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EmailType']>, ParentType, ContextType>;
}>;

export type ExecutedDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutedDecision'] = ResolversParentTypes['ExecutedDecision'], FederationReferenceType extends FederationReferenceTypes['ExecutedDecision'] = FederationReferenceTypes['ExecutedDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExecutedDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisionStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  executedDecisionEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executedDecisionStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lssDecision?: Resolver<Maybe<ResolversTypes['LssDecision']>, ParentType, ContextType>;
  solDecision?: Resolver<Maybe<ResolversTypes['SolDecision']>, ParentType, ContextType>;
}>;

export type ExecutedDecisionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutedDecisionPage'] = ResolversParentTypes['ExecutedDecisionPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExecutedDecision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ExecutedServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutedService'] = ResolversParentTypes['ExecutedService'], FederationReferenceType extends FederationReferenceTypes['ExecutedService'] = FederationReferenceTypes['ExecutedService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExecutedService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  doubleManning?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportingSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  typeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  typeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updateSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workType?: Resolver<Maybe<ResolversTypes['ExecutedServiceWorkType']>, ParentType, ContextType>;
}>;

export type ExecutedServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutedServicePage'] = ResolversParentTypes['ExecutedServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExecutedService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ExecutingProviderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutingProvider'] = ResolversParentTypes['ExecutingProvider'], FederationReferenceType extends FederationReferenceTypes['ExecutingProvider'] = FederationReferenceTypes['ExecutingProvider']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ExecutingProvider']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coProfessional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ExecutingProviderPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutingProviderPage'] = ResolversParentTypes['ExecutingProviderPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ExecutingProvider']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ExecutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Execution'] = ResolversParentTypes['Execution'], FederationReferenceType extends FederationReferenceTypes['Execution'] = FederationReferenceTypes['Execution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Execution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  coProfessional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endReasonId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endReasonText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executedDecisions?: Resolver<Array<ResolversTypes['ExecutedDecision']>, ParentType, ContextType, RequireFields<ExecutionExecutedDecisionsArgs, 'first'>>;
  executedServices?: Resolver<Array<ResolversTypes['ExecutedService']>, ParentType, ContextType, RequireFields<ExecutionExecutedServicesArgs, 'first'>>;
  executingProviders?: Resolver<Array<ResolversTypes['ExecutingProvider']>, ParentType, ContextType, RequireFields<ExecutionExecutingProvidersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationPlans?: Resolver<Array<ResolversTypes['ImplementationPlan']>, ParentType, ContextType, RequireFields<ExecutionImplementationPlansArgs, 'first'>>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['ExecutionLaw']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professional?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  providerNotes?: Resolver<Array<ResolversTypes['ProviderNote']>, ParentType, ContextType, RequireFields<ExecutionProviderNotesArgs, 'first'>>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnitBase']>, ParentType, ContextType>;
  reportedVisits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<ExecutionReportedVisitsArgs, 'first'>>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceCategoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceCategoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceHeadlines?: Resolver<Array<ResolversTypes['ServiceHeadline']>, ParentType, ContextType, RequireFields<ExecutionServiceHeadlinesArgs, 'first'>>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ExecutionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecutionPage'] = ResolversParentTypes['ExecutionPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IcfResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Icf'] = ResolversParentTypes['Icf']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImplementationPlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImplementationPlan'] = ResolversParentTypes['ImplementationPlan'], FederationReferenceType extends FederationReferenceTypes['ImplementationPlan'] = FederationReferenceTypes['ImplementationPlan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ImplementationPlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  clientParticipation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  clientParticipationComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['ServicePlanPersonnel']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  establishedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  followUpComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importantInformation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherInformation?: Resolver<Maybe<Array<ResolversTypes['ServicePlanOtherInformation']>>, ParentType, ContextType>;
  otherServices?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<Array<ResolversTypes['ServicePlanParticipant']>>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['ServicePlanService']>>, ParentType, ContextType>;
}>;

export type ImplementationPlanPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImplementationPlanPage'] = ResolversParentTypes['ImplementationPlanPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ImplementationPlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KeyInfo'] = ResolversParentTypes['KeyInfo']> = ResolversObject<{
  typeOfKeyInfo?: Resolver<Maybe<ResolversTypes['KeyInfoTypeOfKeyInfo']>, ParentType, ContextType>;
  typeOfKeyInfoLocalized?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LssDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LssDecision'] = ResolversParentTypes['LssDecision'], FederationReferenceType extends FederationReferenceTypes['LssDecision'] = FederationReferenceTypes['LssDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LssDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  executedDecisions?: Resolver<Array<ResolversTypes['ExecutedDecision']>, ParentType, ContextType, RequireFields<LssDecisionExecutedDecisionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createPersonnel?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreatePersonnelArgs>>;
  createProviderAdministrator?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderAdministratorArgs>>;
  createProviderAdministratorRole?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderAdministratorRoleArgs>>;
  createProviderNoteV1?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderNoteV1Args>>;
  createProviderNoteV2?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderNoteV2Args>>;
  createProviderPersonnel?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderPersonnelArgs>>;
  createProviderPersonnelUnitAccess?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateProviderPersonnelUnitAccessArgs>>;
  createReportedVisit?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationCreateReportedVisitArgs>>;
  deleteProviderAdministrator?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteProviderAdministratorArgs>>;
  deleteProviderAdministratorRole?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteProviderAdministratorRoleArgs>>;
  deleteProviderPersonnel?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteProviderPersonnelArgs>>;
  deleteProviderPersonnelUnitAccess?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteProviderPersonnelUnitAccessArgs>>;
  deleteReportedVisit?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteReportedVisitArgs>>;
  deleteReportedVisitByExternalId?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationDeleteReportedVisitByExternalIdArgs>>;
  patchReportedVisit?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationPatchReportedVisitArgs>>;
  updatePersonnel?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationUpdatePersonnelArgs>>;
  updateProviderAdministrator?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationUpdateProviderAdministratorArgs>>;
  updateProviderAdministratorRole?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationUpdateProviderAdministratorRoleArgs>>;
  updateProviderPersonnel?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationUpdateProviderPersonnelArgs>>;
  updateProviderPersonnelUnitAccess?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, Partial<MutationUpdateProviderPersonnelUnitAccessArgs>>;
}>;

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  executions?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<OrderExecutionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrganizationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationUnit'] = ResolversParentTypes['OrganizationUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Personnel'] = ResolversParentTypes['Personnel'], FederationReferenceType extends FederationReferenceTypes['Personnel'] = FederationReferenceTypes['Personnel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Personnel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  canHaveDelegation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  disabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  providerPersonnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonnelPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonnelPage'] = ResolversParentTypes['PersonnelPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Personnel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PhoneType']>, ParentType, ContextType>;
}>;

export type PlannedActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedActivity'] = ResolversParentTypes['PlannedActivity']> = ResolversObject<{
  activityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changeOfTransportation?: Resolver<Maybe<ResolversTypes['ChangeOfTransportation']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['PlannedClient']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endPosition?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isMonitored?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  keyInfos?: Resolver<Maybe<Array<ResolversTypes['KeyInfo']>>, ParentType, ContextType>;
  medicalReminder?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceItems?: Resolver<Maybe<Array<ResolversTypes['ServiceItem']>>, ParentType, ContextType>;
  startPosition?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  traveltimeToActivity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  typeOfPlannedActivity?: Resolver<Maybe<ResolversTypes['PlannedActivityTypeOfPlannedActivity']>, ParentType, ContextType>;
}>;

export type PlannedClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedClient'] = ResolversParentTypes['PlannedClient']> = ResolversObject<{
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlannedPersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedPersonnel'] = ResolversParentTypes['PlannedPersonnel']> = ResolversObject<{
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlannedWorkloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedWorkload'] = ResolversParentTypes['PlannedWorkload'], FederationReferenceType extends FederationReferenceTypes['PlannedWorkload'] = FederationReferenceTypes['PlannedWorkload']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlannedWorkload']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  competences?: Resolver<Maybe<Array<ResolversTypes['Competence']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  firstStartTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastStartTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  planningUnit?: Resolver<Maybe<ResolversTypes['PlanningUnit']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prioPersonnels?: Resolver<Maybe<Array<ResolversTypes['PrioPersonnel']>>, ParentType, ContextType>;
}>;

export type PlannedWorkloadPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedWorkloadPage'] = ResolversParentTypes['PlannedWorkloadPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PlannedWorkload']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PlannedWorkshiftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedWorkshift'] = ResolversParentTypes['PlannedWorkshift'], FederationReferenceType extends FederationReferenceTypes['PlannedWorkshift'] = FederationReferenceTypes['PlannedWorkshift']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlannedWorkshift']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endPosition?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isRevoked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  modificationTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['PlannedPersonnel']>, ParentType, ContextType>;
  plannedActivities?: Resolver<Maybe<Array<ResolversTypes['PlannedActivity']>>, ParentType, ContextType>;
  planningUnit?: Resolver<Maybe<ResolversTypes['PlanningUnit']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedVisits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<PlannedWorkshiftReportedVisitsArgs, 'first'>>;
  startPosition?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  travelTimeHome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  typeOfTransportation?: Resolver<Maybe<ResolversTypes['PlannedWorkshiftTypeOfTransportation']>, ParentType, ContextType>;
}>;

export type PlannedWorkshiftPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedWorkshiftPage'] = ResolversParentTypes['PlannedWorkshiftPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PlannedWorkshift']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PlanningUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanningUnit'] = ResolversParentTypes['PlanningUnit'], FederationReferenceType extends FederationReferenceTypes['PlanningUnit'] = FederationReferenceTypes['PlanningUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanningUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Maybe<Array<ResolversTypes['PlanningUnit']>>, ParentType, ContextType>;
  connectedToProviderUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedWorkloads?: Resolver<Array<ResolversTypes['PlannedWorkload']>, ParentType, ContextType, RequireFields<PlanningUnitPlannedWorkloadsArgs, 'first'>>;
  plannedWorkshifts?: Resolver<Array<ResolversTypes['PlannedWorkshift']>, ParentType, ContextType, RequireFields<PlanningUnitPlannedWorkshiftsArgs, 'first'>>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
}>;

export type PlanningUnitPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlanningUnitPage'] = ResolversParentTypes['PlanningUnitPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['PlanningUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['VisitableAddress']>, ParentType, ContextType>;
  coordinate?: Resolver<Maybe<ResolversTypes['Coordinate']>, ParentType, ContextType>;
  detailText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PrioPersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PrioPersonnel'] = ResolversParentTypes['PrioPersonnel']> = ResolversObject<{
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planningUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prio?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ProfessionalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderAdminStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderAdminStatus'] = ResolversParentTypes['ProviderAdminStatus']> = ResolversObject<{
  activeFromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  activeToDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  roleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderAdministratorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderAdministrator'] = ResolversParentTypes['ProviderAdministrator'], FederationReferenceType extends FederationReferenceTypes['ProviderAdministrator'] = FederationReferenceTypes['ProviderAdministrator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderAdministrator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  providerAdminStatus?: Resolver<Maybe<ResolversTypes['ProviderAdminStatus']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderAdministratorPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderAdministratorPage'] = ResolversParentTypes['ProviderAdministratorPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderAdministrator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderContactPersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderContactPersonnel'] = ResolversParentTypes['ProviderContactPersonnel'], FederationReferenceType extends FederationReferenceTypes['ProviderContactPersonnel'] = FederationReferenceTypes['ProviderContactPersonnel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderContactPersonnel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  clientPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  personnelPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ProviderContactPersonnelPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderContactPersonnelPage'] = ResolversParentTypes['ProviderContactPersonnelPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderContactPersonnel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderHeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderHeadline'] = ResolversParentTypes['ProviderHeadline'], FederationReferenceType extends FederationReferenceTypes['ProviderHeadline'] = FederationReferenceTypes['ProviderHeadline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderHeadline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  helpText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ProviderNote']>, ParentType, ContextType, RequireFields<ProviderHeadlineNotesArgs, 'first'>>;
  phraseTexts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  serviceCategoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceCategoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderHeadlinePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderHeadlinePage'] = ResolversParentTypes['ProviderHeadlinePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderHeadline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderNote'] = ResolversParentTypes['ProviderNote'], FederationReferenceType extends FederationReferenceTypes['ProviderNote'] = FederationReferenceTypes['ProviderNote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderNote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  clientFirstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  clientLastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdByFirstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdByLastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdByTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorMarkedBy?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  errorMarkedById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  errorMarkedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headlineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headlineName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCds?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['ProviderNoteLaw']>, ParentType, ContextType>;
  modifiedById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurrenceDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurrenceTimeUtc?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerHeadline?: Resolver<Maybe<ResolversTypes['ProviderHeadline']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  signedById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ProviderNotePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderNotePage'] = ResolversParentTypes['ProviderNotePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderNote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderPersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderPersonnel'] = ResolversParentTypes['ProviderPersonnel'], FederationReferenceType extends FederationReferenceTypes['ProviderPersonnel'] = FederationReferenceTypes['ProviderPersonnel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderPersonnel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  canHaveDelegation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  contactAssignments?: Resolver<Array<ResolversTypes['ProviderContactPersonnel']>, ParentType, ContextType, RequireFields<ProviderPersonnelContactAssignmentsArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  disabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homeUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  hsaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsaIds?: Resolver<Maybe<Array<ResolversTypes['ProviderPersonnelHsaId']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  providerPersonnelUnitAccess?: Resolver<Maybe<Array<ResolversTypes['ProviderPersonnelUnitAccess']>>, ParentType, ContextType>;
  reportedVisits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<ProviderPersonnelReportedVisitsArgs, 'first'>>;
  reportedWorkshifts?: Resolver<Array<ResolversTypes['ReportedWorkshift']>, ParentType, ContextType, RequireFields<ProviderPersonnelReportedWorkshiftsArgs, 'first'>>;
  roles?: Resolver<Maybe<Array<ResolversTypes['ProviderRole']>>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitAccesses?: Resolver<Array<ResolversTypes['ProviderPersonnelUnitAccess']>, ParentType, ContextType, RequireFields<ProviderPersonnelUnitAccessesArgs, 'first'>>;
  userId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderPersonnelHsaIdResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderPersonnelHsaId'] = ResolversParentTypes['ProviderPersonnelHsaId']> = ResolversObject<{
  hsaId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ProviderPersonnelPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderPersonnelPage'] = ResolversParentTypes['ProviderPersonnelPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderPersonnelUnitAccessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderPersonnelUnitAccess'] = ResolversParentTypes['ProviderPersonnelUnitAccess'], FederationReferenceType extends FederationReferenceTypes['ProviderPersonnelUnitAccess'] = FederationReferenceTypes['ProviderPersonnelUnitAccess']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderPersonnelUnitAccess']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeFromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  activeToDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  providerUnitRoles?: Resolver<Maybe<Array<ResolversTypes['ProviderUnitRole']>>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  unitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderPersonnelUnitAccessPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderPersonnelUnitAccessPage'] = ResolversParentTypes['ProviderPersonnelUnitAccessPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderPersonnelUnitAccess']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderRole'] = ResolversParentTypes['ProviderRole']> = ResolversObject<{
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canAdministrateDrugs?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canDressWounds?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnit'] = ResolversParentTypes['ProviderUnit'], FederationReferenceType extends FederationReferenceTypes['ProviderUnit'] = FederationReferenceTypes['ProviderUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  companyId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPersonnels?: Resolver<Array<ResolversTypes['ProviderContactPersonnel']>, ParentType, ContextType, RequireFields<ProviderUnitContactPersonnelsArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  executedServices?: Resolver<Array<ResolversTypes['ExecutedService']>, ParentType, ContextType, RequireFields<ProviderUnitExecutedServicesArgs, 'first'>>;
  executingProviders?: Resolver<Array<ResolversTypes['ExecutingProvider']>, ParentType, ContextType, RequireFields<ProviderUnitExecutingProvidersArgs, 'first'>>;
  executions?: Resolver<Array<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<ProviderUnitExecutionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationPlans?: Resolver<Array<ResolversTypes['ImplementationPlan']>, ParentType, ContextType, RequireFields<ProviderUnitImplementationPlansArgs, 'first'>>;
  isShelteredHousing?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personnel?: Resolver<Array<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType, RequireFields<ProviderUnitPersonnelArgs, 'first'>>;
  personnelAccesses?: Resolver<Array<ResolversTypes['ProviderPersonnelUnitAccess']>, ParentType, ContextType, RequireFields<ProviderUnitPersonnelAccessesArgs, 'first'>>;
  planningUnits?: Resolver<Array<ResolversTypes['PlanningUnit']>, ParentType, ContextType, RequireFields<ProviderUnitPlanningUnitsArgs, 'first'>>;
  providerNotes?: Resolver<Array<ResolversTypes['ProviderNote']>, ParentType, ContextType, RequireFields<ProviderUnitProviderNotesArgs, 'first'>>;
  reportedVisits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<ProviderUnitReportedVisitsArgs, 'first'>>;
  reportedWorkshifts?: Resolver<Array<ResolversTypes['ReportedWorkshift']>, ParentType, ContextType, RequireFields<ProviderUnitReportedWorkshiftsArgs, 'first'>>;
  serviceHeadlines?: Resolver<Array<ResolversTypes['ServiceHeadline']>, ParentType, ContextType, RequireFields<ProviderUnitServiceHeadlinesArgs, 'first'>>;
}>;

export type ProviderUnitBaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnitBase'] = ResolversParentTypes['ProviderUnitBase']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderUnitPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnitPage'] = ResolversParentTypes['ProviderUnitPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProviderUnitRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnitRole'] = ResolversParentTypes['ProviderUnitRole']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  roleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ecProviderBusinessLogs?: Resolver<ResolversTypes['BusinessLogItemPage'], ParentType, ContextType, RequireFields<QueryEcProviderBusinessLogsArgs, 'first' | 'offset'>>;
  executedDecision?: Resolver<Maybe<ResolversTypes['ExecutedDecision']>, ParentType, ContextType, RequireFields<QueryExecutedDecisionArgs, 'id'>>;
  executedDecisions?: Resolver<ResolversTypes['ExecutedDecisionPage'], ParentType, ContextType, RequireFields<QueryExecutedDecisionsArgs, 'first' | 'offset'>>;
  executedService?: Resolver<Maybe<ResolversTypes['ExecutedService']>, ParentType, ContextType, RequireFields<QueryExecutedServiceArgs, 'id'>>;
  executedServices?: Resolver<ResolversTypes['ExecutedServicePage'], ParentType, ContextType, RequireFields<QueryExecutedServicesArgs, 'first' | 'offset'>>;
  executingProvider?: Resolver<Maybe<ResolversTypes['ExecutingProvider']>, ParentType, ContextType, RequireFields<QueryExecutingProviderArgs, 'id'>>;
  executingProviders?: Resolver<ResolversTypes['ExecutingProviderPage'], ParentType, ContextType, RequireFields<QueryExecutingProvidersArgs, 'first' | 'offset'>>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<QueryExecutionArgs, 'id'>>;
  executions?: Resolver<ResolversTypes['ExecutionPage'], ParentType, ContextType, RequireFields<QueryExecutionsArgs, 'first' | 'offset'>>;
  implementationPlan?: Resolver<Maybe<ResolversTypes['ImplementationPlan']>, ParentType, ContextType, RequireFields<QueryImplementationPlanArgs, 'id'>>;
  implementationPlans?: Resolver<ResolversTypes['ImplementationPlanPage'], ParentType, ContextType, RequireFields<QueryImplementationPlansArgs, 'first' | 'offset'>>;
  personnel?: Resolver<Maybe<ResolversTypes['Personnel']>, ParentType, ContextType, RequireFields<QueryPersonnelArgs, 'id'>>;
  personnels?: Resolver<ResolversTypes['PersonnelPage'], ParentType, ContextType, RequireFields<QueryPersonnelsArgs, 'first' | 'offset'>>;
  plannedWorkload?: Resolver<Maybe<ResolversTypes['PlannedWorkload']>, ParentType, ContextType, RequireFields<QueryPlannedWorkloadArgs, 'id'>>;
  plannedWorkloads?: Resolver<ResolversTypes['PlannedWorkloadPage'], ParentType, ContextType, RequireFields<QueryPlannedWorkloadsArgs, 'first' | 'offset'>>;
  plannedWorkshift?: Resolver<Maybe<ResolversTypes['PlannedWorkshift']>, ParentType, ContextType, RequireFields<QueryPlannedWorkshiftArgs, 'id'>>;
  plannedWorkshifts?: Resolver<ResolversTypes['PlannedWorkshiftPage'], ParentType, ContextType, RequireFields<QueryPlannedWorkshiftsArgs, 'first' | 'offset'>>;
  planningUnit?: Resolver<Maybe<ResolversTypes['PlanningUnit']>, ParentType, ContextType, RequireFields<QueryPlanningUnitArgs, 'id'>>;
  planningUnits?: Resolver<ResolversTypes['PlanningUnitPage'], ParentType, ContextType, RequireFields<QueryPlanningUnitsArgs, 'first' | 'offset'>>;
  providerAdministrator?: Resolver<Maybe<ResolversTypes['ProviderAdministrator']>, ParentType, ContextType, RequireFields<QueryProviderAdministratorArgs, 'id'>>;
  providerAdministrators?: Resolver<ResolversTypes['ProviderAdministratorPage'], ParentType, ContextType, RequireFields<QueryProviderAdministratorsArgs, 'first' | 'offset'>>;
  providerContactPersonnel?: Resolver<Maybe<ResolversTypes['ProviderContactPersonnel']>, ParentType, ContextType, RequireFields<QueryProviderContactPersonnelArgs, 'id'>>;
  providerContactPersonnels?: Resolver<ResolversTypes['ProviderContactPersonnelPage'], ParentType, ContextType, RequireFields<QueryProviderContactPersonnelsArgs, 'first' | 'offset'>>;
  providerHeadline?: Resolver<Maybe<ResolversTypes['ProviderHeadline']>, ParentType, ContextType, RequireFields<QueryProviderHeadlineArgs, 'id'>>;
  providerHeadlines?: Resolver<ResolversTypes['ProviderHeadlinePage'], ParentType, ContextType, RequireFields<QueryProviderHeadlinesArgs, 'first' | 'offset'>>;
  providerNote?: Resolver<Maybe<ResolversTypes['ProviderNote']>, ParentType, ContextType, RequireFields<QueryProviderNoteArgs, 'id'>>;
  providerNotes?: Resolver<ResolversTypes['ProviderNotePage'], ParentType, ContextType, RequireFields<QueryProviderNotesArgs, 'first' | 'offset'>>;
  providerPersonnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType, RequireFields<QueryProviderPersonnelArgs, 'id'>>;
  providerPersonnelUnitAccess?: Resolver<Maybe<ResolversTypes['ProviderPersonnelUnitAccess']>, ParentType, ContextType, RequireFields<QueryProviderPersonnelUnitAccessArgs, 'id'>>;
  providerPersonnelUnitAccesses?: Resolver<ResolversTypes['ProviderPersonnelUnitAccessPage'], ParentType, ContextType, RequireFields<QueryProviderPersonnelUnitAccessesArgs, 'first' | 'offset'>>;
  providerPersonnels?: Resolver<ResolversTypes['ProviderPersonnelPage'], ParentType, ContextType, RequireFields<QueryProviderPersonnelsArgs, 'first' | 'offset'>>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType, RequireFields<QueryProviderUnitArgs, 'id'>>;
  providerUnits?: Resolver<ResolversTypes['ProviderUnitPage'], ParentType, ContextType, RequireFields<QueryProviderUnitsArgs, 'first' | 'offset'>>;
  reportedVisit?: Resolver<Maybe<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<QueryReportedVisitArgs, 'id'>>;
  reportedVisits?: Resolver<ResolversTypes['ReportedVisitPage'], ParentType, ContextType, RequireFields<QueryReportedVisitsArgs, 'first' | 'offset'>>;
  reportedWorkshift?: Resolver<Maybe<ResolversTypes['ReportedWorkshift']>, ParentType, ContextType, RequireFields<QueryReportedWorkshiftArgs, 'id'>>;
  reportedWorkshifts?: Resolver<ResolversTypes['ReportedWorkshiftPage'], ParentType, ContextType, RequireFields<QueryReportedWorkshiftsArgs, 'first' | 'offset'>>;
  serviceHeadline?: Resolver<Maybe<ResolversTypes['ServiceHeadline']>, ParentType, ContextType, RequireFields<QueryServiceHeadlineArgs, 'id'>>;
  serviceHeadlines?: Resolver<ResolversTypes['ServiceHeadlinePage'], ParentType, ContextType, RequireFields<QueryServiceHeadlinesArgs, 'first' | 'offset'>>;
}>;

export type ReportedServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportedService'] = ResolversParentTypes['ReportedService']> = ResolversObject<{
  estimatedTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReportedServiceStatus']>, ParentType, ContextType>;
}>;

export type ReportedVisitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportedVisit'] = ResolversParentTypes['ReportedVisit'], FederationReferenceType extends FederationReferenceTypes['ReportedVisit'] = FederationReferenceTypes['ReportedVisit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportedVisit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  approved?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  cancelledMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cancelledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  clientPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endQuittanceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endQuittanceType?: Resolver<Maybe<ResolversTypes['ReportedVisitEndQuittanceType']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  etag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDoubleManning?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lastUpdatedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['ReportedVisitLaw']>, ParentType, ContextType>;
  originalEndTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  originalStartTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  personnelPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personnelUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedVisitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedWorkshift?: Resolver<Maybe<ResolversTypes['PlannedWorkshift']>, ParentType, ContextType>;
  plannedWorkshiftId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reportedWorkshift?: Resolver<Maybe<ResolversTypes['ReportedWorkshift']>, ParentType, ContextType>;
  reportedWorkshiftId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingSystem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['ReportedService']>>, ParentType, ContextType>;
  startQuittanceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startQuittanceType?: Resolver<Maybe<ResolversTypes['ReportedVisitStartQuittanceType']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ReportedVisitStatus']>, ParentType, ContextType>;
}>;

export type ReportedVisitPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportedVisitPage'] = ResolversParentTypes['ReportedVisitPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReportedWorkshiftResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportedWorkshift'] = ResolversParentTypes['ReportedWorkshift'], FederationReferenceType extends FederationReferenceTypes['ReportedWorkshift'] = FederationReferenceTypes['ReportedWorkshift']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportedWorkshift']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personnel?: Resolver<Maybe<ResolversTypes['ProviderPersonnel']>, ParentType, ContextType>;
  personnelPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['ReportedVisit']>, ParentType, ContextType, RequireFields<ReportedWorkshiftVisitsArgs, 'first'>>;
}>;

export type ReportedWorkshiftPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportedWorkshiftPage'] = ResolversParentTypes['ReportedWorkshiftPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ReportedWorkshift']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceConfigurationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceConfiguration'] = ResolversParentTypes['ServiceConfiguration']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceHeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceHeadline'] = ResolversParentTypes['ServiceHeadline'], FederationReferenceType extends FederationReferenceTypes['ServiceHeadline'] = FederationReferenceTypes['ServiceHeadline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceHeadline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  icf?: Resolver<Maybe<ResolversTypes['Icf']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnitBase']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceConfiguration?: Resolver<Maybe<ResolversTypes['ServiceConfiguration']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
}>;

export type ServiceHeadlinePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceHeadlinePage'] = ResolversParentTypes['ServiceHeadlinePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ServiceHeadline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceItem'] = ResolversParentTypes['ServiceItem']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type ServicePlanHeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePlanHeadline'] = ResolversParentTypes['ServicePlanHeadline']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ServicePlanHeadlineType']>, ParentType, ContextType>;
}>;

export type ServicePlanOtherInformationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePlanOtherInformation'] = ResolversParentTypes['ServicePlanOtherInformation']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['ServicePlanHeadline']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServicePlanParticipantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePlanParticipant'] = ResolversParentTypes['ServicePlanParticipant']> = ResolversObject<{
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServicePlanPersonnelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePlanPersonnel'] = ResolversParentTypes['ServicePlanPersonnel']> = ResolversObject<{
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServicePlanServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePlanService'] = ResolversParentTypes['ServicePlanService']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type SolDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolDecision'] = ResolversParentTypes['SolDecision'], FederationReferenceType extends FederationReferenceTypes['SolDecision'] = FederationReferenceTypes['SolDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SolDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  executedDecisions?: Resolver<Array<ResolversTypes['ExecutedDecision']>, ParentType, ContextType, RequireFields<SolDecisionExecutedDecisionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VisitableAddressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VisitableAddress'] = ResolversParentTypes['VisitableAddress']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  streetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  body?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  etag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  BusinessLogClient?: BusinessLogClientResolvers<ContextType>;
  BusinessLogItem?: BusinessLogItemResolvers<ContextType>;
  BusinessLogItemPage?: BusinessLogItemPageResolvers<ContextType>;
  BusinessLogItemProperty?: BusinessLogItemPropertyResolvers<ContextType>;
  BusinessLogOrganisationUnit?: BusinessLogOrganisationUnitResolvers<ContextType>;
  BusinessLogRole?: BusinessLogRoleResolvers<ContextType>;
  BusinessLogUser?: BusinessLogUserResolvers<ContextType>;
  ChangeOfTransportation?: ChangeOfTransportationResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  CodeText?: CodeTextResolvers<ContextType>;
  Competence?: CompetenceResolvers<ContextType>;
  Coordinate?: CoordinateResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Division?: DivisionResolvers<ContextType>;
  Email?: EmailResolvers<ContextType>;
  ExecutedDecision?: ExecutedDecisionResolvers<ContextType>;
  ExecutedDecisionPage?: ExecutedDecisionPageResolvers<ContextType>;
  ExecutedService?: ExecutedServiceResolvers<ContextType>;
  ExecutedServicePage?: ExecutedServicePageResolvers<ContextType>;
  ExecutingProvider?: ExecutingProviderResolvers<ContextType>;
  ExecutingProviderPage?: ExecutingProviderPageResolvers<ContextType>;
  Execution?: ExecutionResolvers<ContextType>;
  ExecutionPage?: ExecutionPageResolvers<ContextType>;
  Icf?: IcfResolvers<ContextType>;
  ImplementationPlan?: ImplementationPlanResolvers<ContextType>;
  ImplementationPlanPage?: ImplementationPlanPageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyInfo?: KeyInfoResolvers<ContextType>;
  LssDecision?: LssDecisionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrganizationUnit?: OrganizationUnitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Personnel?: PersonnelResolvers<ContextType>;
  PersonnelPage?: PersonnelPageResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  PlannedActivity?: PlannedActivityResolvers<ContextType>;
  PlannedClient?: PlannedClientResolvers<ContextType>;
  PlannedPersonnel?: PlannedPersonnelResolvers<ContextType>;
  PlannedWorkload?: PlannedWorkloadResolvers<ContextType>;
  PlannedWorkloadPage?: PlannedWorkloadPageResolvers<ContextType>;
  PlannedWorkshift?: PlannedWorkshiftResolvers<ContextType>;
  PlannedWorkshiftPage?: PlannedWorkshiftPageResolvers<ContextType>;
  PlanningUnit?: PlanningUnitResolvers<ContextType>;
  PlanningUnitPage?: PlanningUnitPageResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PrioPersonnel?: PrioPersonnelResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  ProviderAdminStatus?: ProviderAdminStatusResolvers<ContextType>;
  ProviderAdministrator?: ProviderAdministratorResolvers<ContextType>;
  ProviderAdministratorPage?: ProviderAdministratorPageResolvers<ContextType>;
  ProviderContactPersonnel?: ProviderContactPersonnelResolvers<ContextType>;
  ProviderContactPersonnelPage?: ProviderContactPersonnelPageResolvers<ContextType>;
  ProviderHeadline?: ProviderHeadlineResolvers<ContextType>;
  ProviderHeadlinePage?: ProviderHeadlinePageResolvers<ContextType>;
  ProviderNote?: ProviderNoteResolvers<ContextType>;
  ProviderNotePage?: ProviderNotePageResolvers<ContextType>;
  ProviderPersonnel?: ProviderPersonnelResolvers<ContextType>;
  ProviderPersonnelHsaId?: ProviderPersonnelHsaIdResolvers<ContextType>;
  ProviderPersonnelPage?: ProviderPersonnelPageResolvers<ContextType>;
  ProviderPersonnelUnitAccess?: ProviderPersonnelUnitAccessResolvers<ContextType>;
  ProviderPersonnelUnitAccessPage?: ProviderPersonnelUnitAccessPageResolvers<ContextType>;
  ProviderRole?: ProviderRoleResolvers<ContextType>;
  ProviderUnit?: ProviderUnitResolvers<ContextType>;
  ProviderUnitBase?: ProviderUnitBaseResolvers<ContextType>;
  ProviderUnitPage?: ProviderUnitPageResolvers<ContextType>;
  ProviderUnitRole?: ProviderUnitRoleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportedService?: ReportedServiceResolvers<ContextType>;
  ReportedVisit?: ReportedVisitResolvers<ContextType>;
  ReportedVisitPage?: ReportedVisitPageResolvers<ContextType>;
  ReportedWorkshift?: ReportedWorkshiftResolvers<ContextType>;
  ReportedWorkshiftPage?: ReportedWorkshiftPageResolvers<ContextType>;
  ServiceConfiguration?: ServiceConfigurationResolvers<ContextType>;
  ServiceHeadline?: ServiceHeadlineResolvers<ContextType>;
  ServiceHeadlinePage?: ServiceHeadlinePageResolvers<ContextType>;
  ServiceItem?: ServiceItemResolvers<ContextType>;
  ServicePlanHeadline?: ServicePlanHeadlineResolvers<ContextType>;
  ServicePlanOtherInformation?: ServicePlanOtherInformationResolvers<ContextType>;
  ServicePlanParticipant?: ServicePlanParticipantResolvers<ContextType>;
  ServicePlanPersonnel?: ServicePlanPersonnelResolvers<ContextType>;
  ServicePlanService?: ServicePlanServiceResolvers<ContextType>;
  SolDecision?: SolDecisionResolvers<ContextType>;
  VisitableAddress?: VisitableAddressResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
