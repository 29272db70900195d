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

/** An actualization. */
export type Actualization = {
  __typename?: 'Actualization';
  /** Actualization type. */
  actualizationType?: Maybe<CodeText>;
  /** Caseworker. */
  caseworker?: Maybe<Caseworker>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable: yyyy-MM-dd] Actualization date. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Decision ID. */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  investigation?: Maybe<Investigation>;
  /** [Searchable] Investigation ID. */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Iteration number. */
  iterationNumber?: Maybe<Scalars['Int']['output']>;
  /** LSS Services. */
  lssServices?: Maybe<Array<CodeText>>;
  /** Notifier. */
  notifier?: Maybe<CodeText>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Reason. */
  reason?: Maybe<CodeText>;
  /** Service categories. */
  serviceCategories?: Maybe<Array<ActualizationServiceCategory>>;
  /** Source. */
  source?: Maybe<CodeText>;
  /** Type. */
  type?: Maybe<CodeText>;
};

/** Filters on Actualization (every given condition must hold). */
export type ActualizationFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  dateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  dateTo?: InputMaybe<Scalars['DateTime']['input']>;
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  iterationNumber?: InputMaybe<Scalars['Int']['input']>;
  iterationNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
};

export type ActualizationPage = {
  __typename?: 'ActualizationPage';
  nodes: Array<Actualization>;
  pageInfo: PageInfo;
};

/** An Actualization Service Category. */
export type ActualizationServiceCategory = {
  __typename?: 'ActualizationServiceCategory';
  /** Service Category. */
  serviceCategory?: Maybe<CodeText>;
  /** Services. */
  services?: Maybe<Array<CodeText>>;
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

/** A caseworker. */
export type Caseworker = {
  __typename?: 'Caseworker';
  /** Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Caseworker ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Organization unit. */
  organizationUnit?: Maybe<OrganizationUnit>;
  /** Caseworker types. */
  types?: Maybe<Array<CaseworkerTypes>>;
};

export type CaseworkerTypes =
  | 'DecisionMaker'
  | 'Investigator'
  | 'Orderer'
  | 'Provider';

/** A care taker. */
export type Client = {
  __typename?: 'Client';
  absences: Array<ClientAbsence>;
  /** [Searchable] If the client is active or not. */
  active?: Maybe<Scalars['Boolean']['output']>;
  actualizations: Array<Actualization>;
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  contacts: Array<Contact>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Deregistration. */
  deregistration?: Maybe<ClientDeregistration>;
  documentations: Array<Documentation>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  generalNotes: Array<GeneralNote>;
  ibicAssessments: Array<IbicAssessment>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  investigations: Array<Investigation>;
  /**
   * Indicates whether the client is confidential.
   * Confidential clients are only visible and searchable to authorized users.
   * This feature requires and corresponds to the Personsekretess VoO add-on.
   */
  isConfidential?: Maybe<Scalars['Boolean']['output']>;
  /** KeyCode to identify client municipality */
  keyCode?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  lssDecisions: Array<LssDecision>;
  /** Marital status. */
  maritalStatus?: Maybe<Scalars['String']['output']>;
  orders: Array<Order>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** [Searchable] If the client has protected registration. */
  protectedRegistration?: Maybe<Scalars['Boolean']['output']>;
  relatives: Array<Relative>;
  servicePeriods: Array<ServicePeriod>;
  solDecisions: Array<SolDecision>;
  /** [Searchable: yyyy-MM-dd] When the client was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** A care taker. */
export type ClientAbsencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientActualizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientContactsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientDocumentationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientGeneralNotesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientIbicAssessmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientInvestigationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientLssDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientRelativesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientServicePeriodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A care taker. */
export type ClientSolDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A client absence. */
export type ClientAbsence = {
  __typename?: 'ClientAbsence';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] End date for the client absence. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Client absence note. */
  note?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Client absence reason. */
  reason?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] Start date for the client absence. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters on ClientAbsence (every given condition must hold). */
export type ClientAbsenceFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ClientAbsencePage = {
  __typename?: 'ClientAbsencePage';
  nodes: Array<ClientAbsence>;
  pageInfo: PageInfo;
};

/** Client deregistration. */
export type ClientDeregistration = {
  __typename?: 'ClientDeregistration';
  /** Deregistration date. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Deregistration reason. */
  reason?: Maybe<ClientDeregistrationReason>;
};

export type ClientDeregistrationReason =
  | 'Decease'
  | 'Emigrated'
  | 'Other';

/** Filters on Client (every given condition must hold). */
export type ClientFilter = {
  absencesSome?: InputMaybe<ClientAbsenceFilter>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  actualizationsSome?: InputMaybe<ActualizationFilter>;
  contactsSome?: InputMaybe<ContactFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  documentationsSome?: InputMaybe<DocumentationFilter>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  generalNotesSome?: InputMaybe<GeneralNoteFilter>;
  ibicAssessmentsSome?: InputMaybe<IbicAssessmentFilter>;
  investigationsSome?: InputMaybe<InvestigationFilter>;
  isConfidential?: InputMaybe<Scalars['Boolean']['input']>;
  keyCode?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  lssDecisionsSome?: InputMaybe<LssDecisionFilter>;
  maritalStatus?: InputMaybe<Scalars['String']['input']>;
  ordersSome?: InputMaybe<OrderFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  protectedRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  relativesSome?: InputMaybe<RelativeFilter>;
  servicePeriodsSome?: InputMaybe<ServicePeriodFilter>;
  solDecisionsSome?: InputMaybe<SolDecisionFilter>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ClientPage = {
  __typename?: 'ClientPage';
  nodes: Array<Client>;
  pageInfo: PageInfo;
};

/** Code text. */
export type CodeText = {
  __typename?: 'CodeText';
  /** [Searchable] Code. */
  code?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A company. */
export type Company = {
  __typename?: 'Company';
  /** [Searchable] Company ID. */
  id?: Maybe<Scalars['Int']['output']>;
  /** Company names. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A professional contact person. */
export type Contact = {
  __typename?: 'Contact';
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Other information. */
  note?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Client's person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** Professional relationship to the client, for example 'God man', 'Kontaktman' or 'Läkare'. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** Filters on Contact (every given condition must hold). */
export type ContactFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  relation?: InputMaybe<Scalars['String']['input']>;
};

export type ContactPage = {
  __typename?: 'ContactPage';
  nodes: Array<Contact>;
  pageInfo: PageInfo;
};

/** A decision service. */
export type DecisionService = {
  __typename?: 'DecisionService';
  /** [Searchable] Decision ID. */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** A list of decision service details. */
  details?: Maybe<Array<DecisionServiceDetail>>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  lssDecision?: Maybe<LssDecision>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  solDecision?: Maybe<SolDecision>;
};

/** A decision service detail. */
export type DecisionServiceDetail = {
  __typename?: 'DecisionServiceDetail';
  /** Entity type. */
  entityType?: Maybe<CodeText>;
  /** Per week */
  perWeek?: Maybe<CodeText>;
  /** Quantity. */
  quantity?: Maybe<Quantity>;
  /** Which days of the week the service is provided. */
  weekdays?: Maybe<Array<DecisionServiceDetailWeekdays>>;
  /** When during Day */
  whenDuringDay?: Maybe<CodeText>;
};

export type DecisionServiceDetailWeekdays =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

/** Filters on DecisionService (every given condition must hold). */
export type DecisionServiceFilter = {
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DecisionServicePage = {
  __typename?: 'DecisionServicePage';
  nodes: Array<DecisionService>;
  pageInfo: PageInfo;
};

/** An documentation. */
export type Documentation = {
  __typename?: 'Documentation';
  attachments: Array<Documentation>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable] The documentation content type. */
  contentType?: Maybe<DocumentationContentType>;
  /** [Searchable] Name of  the author of the text. */
  createdName?: Maybe<Scalars['String']['output']>;
  /** Created role ID. */
  createdRoleId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Signature of author of the text. */
  createdSignature?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Time when text was created. */
  createdTime?: Maybe<Scalars['DateTime']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** End time. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** Error marked. */
  errorMarked?: Maybe<Scalars['Boolean']['output']>;
  /** Error marked signature. */
  errorMarkedSignature?: Maybe<Scalars['String']['output']>;
  /** Error marked time. */
  errorMarkedTime?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's execution the text is written in (none for the authority's own notes). */
  execution?: Maybe<Execution>;
  /** [Searchable] Execution ID were text are written. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** The headline the text is written under. */
  headline?: Maybe<Headline>;
  /** [Searchable] Headline ID. */
  headlineId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] The next history ID. */
  nextHistoryId?: Maybe<Scalars['String']['output']>;
  /** The version that replaced this one (status History). */
  nextVersion?: Maybe<Documentation>;
  /** Occurrence time. */
  occurrenceTime?: Maybe<Scalars['DateTime']['output']>;
  /** The first version of this text. */
  origin?: Maybe<Documentation>;
  /** [Searchable] The origin ID. */
  originId?: Maybe<Scalars['String']['output']>;
  /** The note this one is attached to. */
  parent?: Maybe<Documentation>;
  /** [Searchable] Parent ID. */
  parentId?: Maybe<Scalars['String']['output']>;
  /** Plain text. */
  plainText?: Maybe<Scalars['String']['output']>;
  /** [Searchable] The previous history ID. */
  previousHistoryId?: Maybe<Scalars['String']['output']>;
  /** The version this one replaced. */
  previousVersion?: Maybe<Documentation>;
  /** The provider unit of that execution. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Signed signature. */
  signedSignature?: Maybe<Scalars['String']['output']>;
  /** Time when text was signed. */
  signedTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] The documentation status. */
  status?: Maybe<DocumentationStatus>;
  /** Text (RTF or plain). */
  text?: Maybe<Scalars['String']['output']>;
  /** Updated signature. */
  updatedSignature?: Maybe<Scalars['String']['output']>;
};


/** An documentation. */
export type DocumentationAttachmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentationContentType =
  | 'Image'
  | 'Text';

/** Filters on Documentation (every given condition must hold). */
export type DocumentationFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  contentType?: InputMaybe<DocumentationContentType>;
  createdName?: InputMaybe<Scalars['String']['input']>;
  createdRoleId?: InputMaybe<Scalars['String']['input']>;
  createdSignature?: InputMaybe<Scalars['String']['input']>;
  createdTime?: InputMaybe<Scalars['Date']['input']>;
  createdTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endTime?: InputMaybe<Scalars['Date']['input']>;
  endTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarked?: InputMaybe<Scalars['Boolean']['input']>;
  errorMarkedSignature?: InputMaybe<Scalars['String']['input']>;
  errorMarkedTime?: InputMaybe<Scalars['Date']['input']>;
  errorMarkedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  headlineId?: InputMaybe<Scalars['String']['input']>;
  headlineIdAfter?: InputMaybe<Scalars['Int']['input']>;
  nextHistoryId?: InputMaybe<Scalars['String']['input']>;
  nextHistoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  occurrenceTime?: InputMaybe<Scalars['Date']['input']>;
  occurrenceTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  occurrenceTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  originId?: InputMaybe<Scalars['String']['input']>;
  originIdAfter?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['String']['input']>;
  parentIdAfter?: InputMaybe<Scalars['Int']['input']>;
  plainText?: InputMaybe<Scalars['String']['input']>;
  previousHistoryId?: InputMaybe<Scalars['String']['input']>;
  previousHistoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  signedSignature?: InputMaybe<Scalars['String']['input']>;
  signedTime?: InputMaybe<Scalars['Date']['input']>;
  signedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  signedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<DocumentationStatus>;
  text?: InputMaybe<Scalars['String']['input']>;
  updatedSignature?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentationPage = {
  __typename?: 'DocumentationPage';
  nodes: Array<Documentation>;
  pageInfo: PageInfo;
};

export type DocumentationStatus =
  | 'Current'
  | 'Deleted'
  | 'History';

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

export type Execution = {
  __typename?: 'Execution';
  documentations: Array<Documentation>;
  id: Scalars['ID']['output'];
  servicePeriods: Array<ServicePeriod>;
};


export type ExecutionDocumentationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ExecutionServicePeriodsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A general note. */
export type GeneralNote = {
  __typename?: 'GeneralNote';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the note is deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] End date. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Foreign ID. If the note is linked to some entity. */
  foreignId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Start date. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** Text. */
  text?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title?: Maybe<CodeText>;
  /** [Searchable] Type. */
  type?: Maybe<GeneralNoteType>;
};

/** Filters on GeneralNote (every given condition must hold). */
export type GeneralNoteFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  foreignId?: InputMaybe<Scalars['Int']['input']>;
  foreignIdAfter?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<GeneralNoteType>;
};

export type GeneralNotePage = {
  __typename?: 'GeneralNotePage';
  nodes: Array<GeneralNote>;
  pageInfo: PageInfo;
};

export type GeneralNoteType =
  | 'Accessibility'
  | 'ClientAccommodation'
  | 'ClientOtherInformation'
  | 'FeeInvestigation'
  | 'FeeSystemConfiguration'
  | 'FeeType'
  | 'Service'
  | 'Undefined';

/** A documentation headline (dokumentationsrubrik); headlines form trees (TreeId) by ParentId. */
export type Headline = {
  __typename?: 'Headline';
  children: Array<Headline>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  documentations: Array<Documentation>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Investigation type in case of HSL. */
  investigationType?: Maybe<CodeText>;
  /** [Searchable] Law (FTJ, HSL, LSS, RFTJ, SFB or SoL). */
  law?: Maybe<HeadlineLaw>;
  /** List of mark words for the headline. */
  markWords?: Maybe<Array<Scalars['String']['output']>>;
  /** [Searchable] Name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The parent headline in its tree. */
  parent?: Maybe<Headline>;
  /** [Searchable] Parent ID. */
  parentId?: Maybe<Scalars['String']['output']>;
  /** The headline permissions. */
  permissions?: Maybe<HeadlinePermissions>;
  /** The headline rules. */
  rules?: Maybe<HeadlineRules>;
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
  /** [Searchable] Tree ID. */
  treeId?: Maybe<Scalars['String']['output']>;
};


/** A documentation headline (dokumentationsrubrik); headlines form trees (TreeId) by ParentId. */
export type HeadlineChildrenArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A documentation headline (dokumentationsrubrik); headlines form trees (TreeId) by ParentId. */
export type HeadlineDocumentationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on Headline (every given condition must hold). */
export type HeadlineFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  documentationsSome?: InputMaybe<DocumentationFilter>;
  law?: InputMaybe<HeadlineLaw>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['String']['input']>;
  parentIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryId?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryName?: InputMaybe<Scalars['String']['input']>;
  treeId?: InputMaybe<Scalars['String']['input']>;
};

export type HeadlineLaw =
  | 'FTJ'
  | 'HSL'
  | 'LASS'
  | 'LSS'
  | 'RFTJ'
  | 'SFB'
  | 'SoL';

export type HeadlinePage = {
  __typename?: 'HeadlinePage';
  nodes: Array<Headline>;
  pageInfo: PageInfo;
};

/** The headline permissions. */
export type HeadlinePermissions = {
  __typename?: 'HeadlinePermissions';
  /** Can create. */
  canCreate?: Maybe<Scalars['Boolean']['output']>;
  /** Can read. */
  canRead?: Maybe<Scalars['Boolean']['output']>;
  /** Can update. */
  canUpdate?: Maybe<Scalars['Boolean']['output']>;
};

/** The headline rules. */
export type HeadlineRules = {
  __typename?: 'HeadlineRules';
  /** Can be signed. */
  canBeSigned?: Maybe<Scalars['Boolean']['output']>;
  /** If true, the end time must be the same as occurrence time. */
  endTimeMustBeSameAsOccurrenceTime?: Maybe<Scalars['Boolean']['output']>;
  /** Must be signed. */
  mustBeSigned?: Maybe<Scalars['Boolean']['output']>;
};

/** IBIC assessment. */
export type IbicAssessment = {
  __typename?: 'IbicAssessment';
  areas: Array<IbicAssessmentArea>;
  /** [Searchable: yyyy-MM-dd] Assessed date. */
  assessedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** [Searchable: yyyy-MM-dd] Created date. */
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  generalGoals: Array<IbicAssessmentGeneralGoal>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  investigation?: Maybe<Investigation>;
  /** [Searchable] Investigation ID. */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: yyyy-MM-dd] Followup date. */
  nextFollowUpDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] Last updated time. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** IBIC assessment. */
export type IbicAssessmentAreasArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** IBIC assessment. */
export type IbicAssessmentGeneralGoalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** IBIC assessment area. */
export type IbicAssessmentArea = {
  __typename?: 'IbicAssessmentArea';
  /** The assessment this life area belongs to. */
  assessment?: Maybe<IbicAssessment>;
  /** [Searchable] Assessment ID. */
  assessmentId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Details for the IBIC assessment area. */
  details?: Maybe<Array<IbicAssessmentAreaV2IbicAssessmentAreaDetail>>;
  generalGoals: Array<IbicAssessmentGeneralGoal>;
  /** ICF. */
  icf?: Maybe<Icf>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
};


/** IBIC assessment area. */
export type IbicAssessmentAreaGeneralGoalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on IbicAssessmentArea (every given condition must hold). */
export type IbicAssessmentAreaFilter = {
  assessmentId?: InputMaybe<Scalars['Int']['input']>;
  assessmentIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  generalGoalsSome?: InputMaybe<IbicAssessmentGeneralGoalFilter>;
};

export type IbicAssessmentAreaPage = {
  __typename?: 'IbicAssessmentAreaPage';
  nodes: Array<IbicAssessmentArea>;
  pageInfo: PageInfo;
};

/** IBIC assessment area detail. */
export type IbicAssessmentAreaV2IbicAssessmentAreaDetail = {
  __typename?: 'IbicAssessmentAreaV2IbicAssessmentAreaDetail';
  /** AimOfSupport. */
  aimOfSupport?: Maybe<CodeText>;
  /** Assessed. */
  assessed?: Maybe<CodeText>;
  /** Goal. */
  goal?: Maybe<CodeText>;
  /** Goal fulfilment. */
  goalFulfilment?: Maybe<CodeText>;
  /** ICF. */
  icf?: Maybe<Icf>;
  /** Needs. */
  needs?: Maybe<CodeText>;
  /** Services */
  services?: Maybe<Array<PlannedService>>;
};

/** Filters on IbicAssessment (every given condition must hold). */
export type IbicAssessmentFilter = {
  areasSome?: InputMaybe<IbicAssessmentAreaFilter>;
  assessedDate?: InputMaybe<Scalars['Date']['input']>;
  assessedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  assessedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  createdDate?: InputMaybe<Scalars['Date']['input']>;
  createdDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  generalGoalsSome?: InputMaybe<IbicAssessmentGeneralGoalFilter>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  nextFollowUpDate?: InputMaybe<Scalars['Date']['input']>;
  nextFollowUpDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  nextFollowUpDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** IBIC assessment general goal. */
export type IbicAssessmentGeneralGoal = {
  __typename?: 'IbicAssessmentGeneralGoal';
  /** The life area the goal was set for. */
  area?: Maybe<IbicAssessmentArea>;
  /** The assessment the goal was set in. */
  assessment?: Maybe<IbicAssessment>;
  /** [Searchable] Assessment ID. */
  assessmentId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** General goal. */
  generalGoal?: Maybe<CodeText>;
  /** Goal fulfilment. */
  goalFulfilment?: Maybe<CodeText>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
};

/** Filters on IbicAssessmentGeneralGoal (every given condition must hold). */
export type IbicAssessmentGeneralGoalFilter = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  assessmentId?: InputMaybe<Scalars['Int']['input']>;
  assessmentIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type IbicAssessmentGeneralGoalPage = {
  __typename?: 'IbicAssessmentGeneralGoalPage';
  nodes: Array<IbicAssessmentGeneralGoal>;
  pageInfo: PageInfo;
};

export type IbicAssessmentPage = {
  __typename?: 'IbicAssessmentPage';
  nodes: Array<IbicAssessment>;
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

/** Investigation. */
export type Investigation = {
  __typename?: 'Investigation';
  actualizations: Array<Actualization>;
  /** Caseworker. */
  caseworker?: Maybe<Caseworker>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] End date. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  ibicAssessments: Array<IbicAssessment>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Enum for LawType */
  law?: Maybe<InvestigationLaw>;
  lssDecisions: Array<LssDecision>;
  orders: Array<Order>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  solDecisions: Array<SolDecision>;
  /** [Searchable: yyyy-MM-dd] Start date. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** Type. */
  type?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] Update time. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** Investigation. */
export type InvestigationActualizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Investigation. */
export type InvestigationIbicAssessmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Investigation. */
export type InvestigationLssDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Investigation. */
export type InvestigationOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Investigation. */
export type InvestigationSolDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on Investigation (every given condition must hold). */
export type InvestigationFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  actualizationsSome?: InputMaybe<ActualizationFilter>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  ibicAssessmentsSome?: InputMaybe<IbicAssessmentFilter>;
  law?: InputMaybe<InvestigationLaw>;
  lssDecisionsSome?: InputMaybe<LssDecisionFilter>;
  ordersSome?: InputMaybe<OrderFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  solDecisionsSome?: InputMaybe<SolDecisionFilter>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type InvestigationLaw =
  | 'FTJ'
  | 'HSL'
  | 'LASS'
  | 'LSS'
  | 'RFTJ'
  | 'SFB'
  | 'SoL';

export type InvestigationPage = {
  __typename?: 'InvestigationPage';
  nodes: Array<Investigation>;
  pageInfo: PageInfo;
};

/** A decision. */
export type LssDecision = {
  __typename?: 'LssDecision';
  /** Amount. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** Amount Type. */
  amountType?: Maybe<CodeText>;
  /** Caseworker. */
  caseworker?: Maybe<Caseworker>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** Code. */
  code?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] Date. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Day. */
  day?: Maybe<Scalars['Float']['output']>;
  /** Day Type. */
  dayType?: Maybe<CodeText>;
  /** Days of decision. */
  daysOfDecision?: Maybe<Scalars['Float']['output']>;
  /** Level. */
  decisionLevel?: Maybe<CodeText>;
  decisionServices: Array<DecisionService>;
  /** Deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] Execution End Date. */
  executionEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] Execution Start Date. */
  executionStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] From Date. */
  fromDate?: Maybe<Scalars['DateTime']['output']>;
  /** Hour. */
  hour?: Maybe<Scalars['Float']['output']>;
  /** Hour Type. */
  hourType?: Maybe<CodeText>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Increased hourly amount. */
  increasedHourlyAmount?: Maybe<Scalars['Float']['output']>;
  investigation?: Maybe<Investigation>;
  /** [Searchable] Investigation. */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** Iteration Number. */
  iterationNumber?: Maybe<Scalars['Int']['output']>;
  /** Law */
  law?: Maybe<Scalars['Int']['output']>;
  /** Order Ids. */
  orderIds?: Maybe<Array<Scalars['Int']['output']>>;
  orderedServices: Array<OrderedService>;
  /** Person Category 1. */
  personCategory1?: Maybe<Scalars['Boolean']['output']>;
  /** Person Category 2. */
  personCategory2?: Maybe<Scalars['Boolean']['output']>;
  /** Person Category 3. */
  personCategory3?: Maybe<Scalars['Boolean']['output']>;
  /** Person Category 3 P. */
  personCategory3P?: Maybe<Scalars['Boolean']['output']>;
  /** PersonCategoryId */
  personCategoryId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Quantity. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Quantity Type. */
  quantityType?: Maybe<CodeText>;
  /** Reason. */
  reason?: Maybe<CodeText>;
  /** Service Category. */
  serviceCategory?: Maybe<CodeText>;
  /** SFB Caseworker. */
  sfbCaseworker?: Maybe<Caseworker>;
  /** Standard amount. */
  standardAmount?: Maybe<Scalars['Float']['output']>;
  /** [Searchable: yyyy-MM-dd] To Date. */
  toDate?: Maybe<Scalars['DateTime']['output']>;
  /** Type. */
  type?: Maybe<CodeText>;
  /** Visit. */
  visit?: Maybe<Scalars['Float']['output']>;
  /** Visit Type. */
  visitType?: Maybe<CodeText>;
};


/** A decision. */
export type LssDecisionDecisionServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A decision. */
export type LssDecisionOrderedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on LssDecision (every given condition must hold). */
export type LssDecisionFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  amount?: InputMaybe<Scalars['Float']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  dateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  dateTo?: InputMaybe<Scalars['DateTime']['input']>;
  day?: InputMaybe<Scalars['Float']['input']>;
  daysOfDecision?: InputMaybe<Scalars['Float']['input']>;
  decisionServicesSome?: InputMaybe<DecisionServiceFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executionEndDate?: InputMaybe<Scalars['Date']['input']>;
  executionEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executionEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionStartDate?: InputMaybe<Scalars['Date']['input']>;
  executionStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executionStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  fromDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  fromDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  hour?: InputMaybe<Scalars['Float']['input']>;
  increasedHourlyAmount?: InputMaybe<Scalars['Float']['input']>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  iterationNumber?: InputMaybe<Scalars['Int']['input']>;
  iterationNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  law?: InputMaybe<Scalars['Int']['input']>;
  lawAfter?: InputMaybe<Scalars['Int']['input']>;
  orderedServicesSome?: InputMaybe<OrderedServiceFilter>;
  personCategory1?: InputMaybe<Scalars['Boolean']['input']>;
  personCategory2?: InputMaybe<Scalars['Boolean']['input']>;
  personCategory3?: InputMaybe<Scalars['Boolean']['input']>;
  personCategory3P?: InputMaybe<Scalars['Boolean']['input']>;
  personCategoryId?: InputMaybe<Scalars['Int']['input']>;
  personCategoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  standardAmount?: InputMaybe<Scalars['Float']['input']>;
  toDate?: InputMaybe<Scalars['Date']['input']>;
  toDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  toDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  visit?: InputMaybe<Scalars['Float']['input']>;
};

export type LssDecisionPage = {
  __typename?: 'LssDecisionPage';
  nodes: Array<LssDecision>;
  pageInfo: PageInfo;
};

/** An order. */
export type Order = {
  __typename?: 'Order';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** Company. */
  company?: Maybe<Company>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] When order ends or will end. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's execution of this order. */
  execution?: Maybe<Execution>;
  /** [Searchable] Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  investigation?: Maybe<Investigation>;
  /** [Searchable] Investigation ID. */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: yyyy-MM-dd] Order date. */
  orderDate?: Maybe<Scalars['DateTime']['output']>;
  orderedServices: Array<OrderedService>;
  /** Orderer. */
  orderer?: Maybe<Caseworker>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Provider. */
  provider?: Maybe<Caseworker>;
  /** The executing provider unit the order goes to. */
  providerUnit?: Maybe<ProviderUnit>;
  /** [Searchable] Service category ID. */
  serviceCategoryId?: Maybe<Scalars['Int']['output']>;
  /** Service category name. */
  serviceCategoryName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: yyyy-MM-dd] When order starts or will start. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** Current status for the order. */
  status?: Maybe<OrderStatus>;
  /** Whom order was last updated by. */
  updateSignature?: Maybe<Scalars['String']['output']>;
  /** [Searchable: yyyy-MM-dd] When the order was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** An order. */
export type OrderOrderedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on Order (every given condition must hold). */
export type OrderFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  orderDate?: InputMaybe<Scalars['Date']['input']>;
  orderDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  orderDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  orderedServicesSome?: InputMaybe<OrderedServiceFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  serviceCategoryId?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceCategoryName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<OrderStatus>;
  updateSignature?: InputMaybe<Scalars['String']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type OrderPage = {
  __typename?: 'OrderPage';
  nodes: Array<Order>;
  pageInfo: PageInfo;
};

export type OrderStatus =
  | 'Accepted'
  | 'Registered'
  | 'Sent'
  | 'WillNotBeExecuted';

/** A ordered service. */
export type OrderedService = {
  __typename?: 'OrderedService';
  /** Amounts. */
  amount?: Maybe<Quantity>;
  /** [Searchable] Decision ID. */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** A list with ordered service details. */
  details?: Maybe<Array<OrderedServiceDetail>>;
  /** [Searchable: yyyy-MM-dd] End date for the ordered service. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Hours (used Only for IRF services in Procapita). */
  hours?: Maybe<Quantity>;
  /** ICF. */
  icf?: Maybe<Icf>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  lssDecision?: Maybe<LssDecision>;
  order?: Maybe<Order>;
  /** [Searchable] Order ID. */
  orderId?: Maybe<Scalars['String']['output']>;
  /** Quantity (used Only for IRF services in Procapita). */
  quantity?: Maybe<Quantity>;
  serviceConfiguration?: Maybe<ServiceConfiguration>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /**
   * [Obsolete: Use ServiceType.Code instead] [Searchable] Service type ID.
   * Obsolete, use ServiceType.Code instead.
   */
  serviceTypeId?: Maybe<Scalars['Int']['output']>;
  /**
   * [Obsolete: Use ServiceType.Text instead] Service type name (for example 'Shower')
   * Obsolete, use ServiceType.Text instead.
   */
  serviceTypeName?: Maybe<Scalars['String']['output']>;
  solDecision?: Maybe<SolDecision>;
  /** [Searchable: yyyy-MM-dd] Start date for the ordered service. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** Visits (used Only for IRF services in Procapita). */
  visits?: Maybe<Quantity>;
};

/** A service period detail. */
export type OrderedServiceDetail = {
  __typename?: 'OrderedServiceDetail';
  /** Frequency, number of times the service should be performed. */
  frequency?: Maybe<Scalars['Int']['output']>;
  /** How many hours the service should be performed each time. */
  hoursEachTime?: Maybe<Scalars['Float']['output']>;
  /** ICF code ID. */
  icfCodeId?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** Periodicity, every week, every 2:nd week etc. */
  periodicity?: Maybe<Scalars['Int']['output']>;
  /** Periodicity in text. */
  periodicityText?: Maybe<Scalars['String']['output']>;
  /** Quantitiy. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Quantitiy type. */
  quantityType?: Maybe<Scalars['Int']['output']>;
  /** Quantitiy type text */
  quantityTypeText?: Maybe<Scalars['String']['output']>;
  /** Time unit. */
  timeUnit?: Maybe<Scalars['Int']['output']>;
  /** Time unit text. */
  timeUnitText?: Maybe<Scalars['String']['output']>;
  /** Which days of the week the service is provided. */
  weekdays?: Maybe<Array<OrderedServiceDetailWeekdays>>;
};

export type OrderedServiceDetailWeekdays =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

/** Filters on OrderedService (every given condition must hold). */
export type OrderedServiceFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  orderId?: InputMaybe<Scalars['String']['input']>;
  orderIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceTypeId?: InputMaybe<Scalars['Int']['input']>;
  serviceTypeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceTypeName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type OrderedServicePage = {
  __typename?: 'OrderedServicePage';
  nodes: Array<OrderedService>;
  pageInfo: PageInfo;
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

export type PlannedService = {
  __typename?: 'PlannedService';
  category?: Maybe<CodeText>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
};

export type ProviderUnit = {
  __typename?: 'ProviderUnit';
  documentations: Array<Documentation>;
  id: Scalars['ID']['output'];
  orders: Array<Order>;
};


export type ProviderUnitDocumentationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProviderUnitOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A quantity. */
export type Quantity = {
  __typename?: 'Quantity';
  /** The quantity value unit. */
  unit?: Maybe<CodeText>;
  /** [Searchable] The quantity value. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Query = {
  __typename?: 'Query';
  actualization?: Maybe<Actualization>;
  /** Actualization list, in a stable order (modification time, id). */
  actualizations: ActualizationPage;
  client?: Maybe<Client>;
  clientAbsence?: Maybe<ClientAbsence>;
  /** ClientAbsence list, in a stable order (modification time, id). */
  clientAbsences: ClientAbsencePage;
  /** Client list, in a stable order (modification time, id). */
  clients: ClientPage;
  contact?: Maybe<Contact>;
  /** Contact list, in a stable order (modification time, id). */
  contacts: ContactPage;
  decisionService?: Maybe<DecisionService>;
  /** DecisionService list, in a stable order (modification time, id). */
  decisionServices: DecisionServicePage;
  documentation?: Maybe<Documentation>;
  /** Documentation list, in a stable order (modification time, id). */
  documentations: DocumentationPage;
  /** The Ec business log (audit log) of the caller's tenant. Tenant administrators only. */
  ecBusinessLogs: BusinessLogItemPage;
  generalNote?: Maybe<GeneralNote>;
  /** GeneralNote list, in a stable order (modification time, id). */
  generalNotes: GeneralNotePage;
  headline?: Maybe<Headline>;
  /** Headline list, in a stable order (modification time, id). */
  headlines: HeadlinePage;
  ibicAssessment?: Maybe<IbicAssessment>;
  ibicAssessmentArea?: Maybe<IbicAssessmentArea>;
  /** IbicAssessmentArea list, in a stable order (modification time, id). */
  ibicAssessmentAreas: IbicAssessmentAreaPage;
  ibicAssessmentGeneralGoal?: Maybe<IbicAssessmentGeneralGoal>;
  /** IbicAssessmentGeneralGoal list, in a stable order (modification time, id). */
  ibicAssessmentGeneralGoals: IbicAssessmentGeneralGoalPage;
  /** IbicAssessment list, in a stable order (modification time, id). */
  ibicAssessments: IbicAssessmentPage;
  investigation?: Maybe<Investigation>;
  /** Investigation list, in a stable order (modification time, id). */
  investigations: InvestigationPage;
  lssDecision?: Maybe<LssDecision>;
  /** LssDecision list, in a stable order (modification time, id). */
  lssDecisions: LssDecisionPage;
  order?: Maybe<Order>;
  orderedService?: Maybe<OrderedService>;
  /** OrderedService list, in a stable order (modification time, id). */
  orderedServices: OrderedServicePage;
  /** Order list, in a stable order (modification time, id). */
  orders: OrderPage;
  relative?: Maybe<Relative>;
  /** Relative list, in a stable order (modification time, id). */
  relatives: RelativePage;
  serviceConfiguration?: Maybe<ServiceConfiguration>;
  /** ServiceConfiguration list, in a stable order (modification time, id). */
  serviceConfigurations: ServiceConfigurationPage;
  servicePeriod?: Maybe<ServicePeriod>;
  /** ServicePeriod list, in a stable order (modification time, id). */
  servicePeriods: ServicePeriodPage;
  solDecision?: Maybe<SolDecision>;
  /** SolDecision list, in a stable order (modification time, id). */
  solDecisions: SolDecisionPage;
};


export type QueryActualizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActualizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActualizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientAbsenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientAbsencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientAbsenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDecisionServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDecisionServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEcBusinessLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sortOrder?: InputMaybe<SortOrder>;
};


export type QueryGeneralNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGeneralNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GeneralNoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHeadlineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HeadlineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIbicAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIbicAssessmentAreaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIbicAssessmentAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IbicAssessmentAreaFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIbicAssessmentGeneralGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIbicAssessmentGeneralGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IbicAssessmentGeneralGoalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIbicAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IbicAssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestigationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvestigationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLssDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLssDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LssDecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderedServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderedServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderedServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRelativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRelativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceConfigurationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceConfigurationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceConfigurationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServicePeriodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicePeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServicePeriodFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySolDecisionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySolDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SolDecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A relative person. */
export type Relative = {
  __typename?: 'Relative';
  /** Addresses. */
  addresses?: Maybe<Array<Address>>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Email addresses. */
  emails?: Maybe<Array<Email>>;
  /** [Searchable] Given name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Full name (given name and surename). */
  fullName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Surname. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Other information. */
  note?: Maybe<Scalars['String']['output']>;
  /** [Searchable: YYYYMMDDXXXX] Client's person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones?: Maybe<Array<Phone>>;
  /** Relationship to the client, for example 'Bror', 'Dotter' or 'Förälder'. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** Filters on Relative (every given condition must hold). */
export type RelativeFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  relation?: InputMaybe<Scalars['String']['input']>;
};

export type RelativePage = {
  __typename?: 'RelativePage';
  nodes: Array<Relative>;
  pageInfo: PageInfo;
};

/** A service configuration. */
export type ServiceConfiguration = {
  __typename?: 'ServiceConfiguration';
  /** [Searchable] Service category ID. */
  categoryId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Service category name. */
  categoryName?: Maybe<Scalars['String']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Which order the services are to be displayed, within the same level. */
  displayOrder?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: yyyy-MM-dd] End date of the configuration for this service. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Level of service tree, 0 is the root node. */
  level?: Maybe<Scalars['Int']['output']>;
  orderedServices: Array<OrderedService>;
  /** [Searchable] Parent service ID. */
  parentId?: Maybe<Scalars['String']['output']>;
  /** [Searchable: yyyy-MM-dd] Start date of the configuration for this service. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Service type ID. */
  typeId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Service type name (for example 'Shower') */
  typeName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] When the service configuration was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};


/** A service configuration. */
export type ServiceConfigurationOrderedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on ServiceConfiguration (every given condition must hold). */
export type ServiceConfigurationFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  categoryId?: InputMaybe<Scalars['Int']['input']>;
  categoryIdAfter?: InputMaybe<Scalars['Int']['input']>;
  categoryName?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  displayOrder?: InputMaybe<Scalars['Int']['input']>;
  displayOrderAfter?: InputMaybe<Scalars['Int']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  levelAfter?: InputMaybe<Scalars['Int']['input']>;
  orderedServicesSome?: InputMaybe<OrderedServiceFilter>;
  parentId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  typeId?: InputMaybe<Scalars['Int']['input']>;
  typeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  typeName?: InputMaybe<Scalars['String']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ServiceConfigurationPage = {
  __typename?: 'ServiceConfigurationPage';
  nodes: Array<ServiceConfiguration>;
  pageInfo: PageInfo;
};

/** A service period. */
export type ServicePeriod = {
  __typename?: 'ServicePeriod';
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** A list of service period details. */
  details?: Maybe<Array<ServicePeriodDetail>>;
  /** [Searchable: yyyy-MM-dd] End date for the service period. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  execution?: Maybe<Execution>;
  /** [Searchable] Execution ID. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** ICF code and text. */
  icf?: Maybe<Icf>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /**
   * [Obsolete: Use ServiceType.Code instead] [Searchable] Service type ID.
   * Obsolete, use ServiceType.Code instead.
   */
  serviceTypeId?: Maybe<Scalars['Int']['output']>;
  /**
   * [Obsolete: Use ServiceType.Text instead] Service type name (for example 'Shower')
   * Obsolete, use ServiceType.Text instead.
   */
  serviceTypeName?: Maybe<Scalars['String']['output']>;
  /** [Searchable: yyyy-MM-dd] Start date for the service period. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-ddThh:mm:ss] When the service period was last updated. */
  updateTime?: Maybe<Scalars['DateTime']['output']>;
};

/** A service period detail. */
export type ServicePeriodDetail = {
  __typename?: 'ServicePeriodDetail';
  /** If two people shall perform the service. */
  doubleManning?: Maybe<Scalars['Float']['output']>;
  /** Frequency, number of times the service should be performed. */
  frequency?: Maybe<Scalars['Int']['output']>;
  /** How many hours the service should be performed each time. */
  hoursEachTime?: Maybe<Scalars['Float']['output']>;
  /** Unique ID. */
  id?: Maybe<Scalars['Int']['output']>;
  /** Periodicity, every week, every 2:nd week etc. */
  periodicity?: Maybe<Scalars['Int']['output']>;
  /** Periodicity in text. */
  periodicityText?: Maybe<Scalars['String']['output']>;
  /** Quantitiy. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Resource ID. The ID of the workteam that should perform service. */
  resourceId?: Maybe<Scalars['Int']['output']>;
  /** Resource name. The name of the workteam that should perform service. */
  resourceName?: Maybe<Scalars['String']['output']>;
  /** Time unit. */
  timeUnit?: Maybe<Scalars['Int']['output']>;
  /** Time unit text. */
  timeUnitText?: Maybe<Scalars['String']['output']>;
  /** Service period detail type (None, Amount, Day, Hours, Quantity or Visit). */
  type?: Maybe<ServicePeriodDetailType>;
  /** Which days of the week the service is provided. */
  weekdays?: Maybe<Array<ServicePeriodDetailWeekdays>>;
  /** When during the day the service should be performed. */
  whenDuringDay?: Maybe<Scalars['Int']['output']>;
  /** When during the day the service should be performed. */
  whenDuringDayText?: Maybe<Scalars['String']['output']>;
};

export type ServicePeriodDetailType =
  | 'Amount'
  | 'Day'
  | 'Hours'
  | 'None'
  | 'Quantity'
  | 'Visit';

export type ServicePeriodDetailWeekdays =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

/** Filters on ServicePeriod (every given condition must hold). */
export type ServicePeriodFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['String']['input']>;
  serviceTypeId?: InputMaybe<Scalars['Int']['input']>;
  serviceTypeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  serviceTypeName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  updateTime?: InputMaybe<Scalars['Date']['input']>;
  updateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ServicePeriodPage = {
  __typename?: 'ServicePeriodPage';
  nodes: Array<ServicePeriod>;
  pageInfo: PageInfo;
};

/** A decision under the Social Services Act (SoL). */
export type SolDecision = {
  __typename?: 'SolDecision';
  /** Amount. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** Amount Type. */
  amountType?: Maybe<CodeText>;
  /** Caseworker. */
  caseworker?: Maybe<Caseworker>;
  /** The client (brukare). */
  client?: Maybe<Client>;
  /** Code. */
  code?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] Date. */
  date?: Maybe<Scalars['DateTime']['output']>;
  /** Day. */
  day?: Maybe<Scalars['Float']['output']>;
  /** Day Type. */
  dayType?: Maybe<CodeText>;
  /** Days of decision. */
  daysOfDecision?: Maybe<Scalars['Float']['output']>;
  /** Level. */
  decisionLevel?: Maybe<CodeText>;
  decisionServices: Array<DecisionService>;
  /** Deleted. */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] Execution End Date. */
  executionEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] Execution Start Date. */
  executionStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: yyyy-MM-dd] From Date. */
  fromDate?: Maybe<Scalars['DateTime']['output']>;
  /** Hour. */
  hour?: Maybe<Scalars['Float']['output']>;
  /** Hour Type. */
  hourType?: Maybe<CodeText>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  investigation?: Maybe<Investigation>;
  /** [Searchable] Investigation. */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** Iteration Number. */
  iterationNumber?: Maybe<Scalars['Int']['output']>;
  /** Order Ids. */
  orderIds?: Maybe<Array<Scalars['Int']['output']>>;
  orderedServices: Array<OrderedService>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Quantity. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Quantity Type. */
  quantityType?: Maybe<CodeText>;
  /** Reason. */
  reason?: Maybe<CodeText>;
  /** Service Category. */
  serviceCategory?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] To Date. */
  toDate?: Maybe<Scalars['DateTime']['output']>;
  /** Type. */
  type?: Maybe<CodeText>;
  /** Visit. */
  visit?: Maybe<Scalars['Float']['output']>;
  /** Visit Type. */
  visitType?: Maybe<CodeText>;
};


/** A decision under the Social Services Act (SoL). */
export type SolDecisionDecisionServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A decision under the Social Services Act (SoL). */
export type SolDecisionOrderedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on SolDecision (every given condition must hold). */
export type SolDecisionFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  amount?: InputMaybe<Scalars['Float']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  dateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  dateTo?: InputMaybe<Scalars['DateTime']['input']>;
  day?: InputMaybe<Scalars['Float']['input']>;
  daysOfDecision?: InputMaybe<Scalars['Float']['input']>;
  decisionServicesSome?: InputMaybe<DecisionServiceFilter>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executionEndDate?: InputMaybe<Scalars['Date']['input']>;
  executionEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executionEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  executionStartDate?: InputMaybe<Scalars['Date']['input']>;
  executionStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  executionStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  fromDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  fromDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  hour?: InputMaybe<Scalars['Float']['input']>;
  investigationId?: InputMaybe<Scalars['Int']['input']>;
  investigationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  iterationNumber?: InputMaybe<Scalars['Int']['input']>;
  iterationNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  orderedServicesSome?: InputMaybe<OrderedServiceFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  quantity?: InputMaybe<Scalars['Float']['input']>;
  toDate?: InputMaybe<Scalars['Date']['input']>;
  toDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  toDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  visit?: InputMaybe<Scalars['Float']['input']>;
};

export type SolDecisionPage = {
  __typename?: 'SolDecisionPage';
  nodes: Array<SolDecision>;
  pageInfo: PageInfo;
};

/** Sort order by time. */
export type SortOrder =
  | 'Ascending'
  | 'Descending';

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
  Actualization: Actualization;
  Client: Client;
  ClientAbsence: ClientAbsence;
  Contact: Contact;
  DecisionService: DecisionService;
  Documentation: Documentation;
  Execution: Execution;
  GeneralNote: GeneralNote;
  Headline: Headline;
  IbicAssessment: IbicAssessment;
  IbicAssessmentArea: IbicAssessmentArea;
  IbicAssessmentGeneralGoal: IbicAssessmentGeneralGoal;
  Investigation: Investigation;
  LssDecision: LssDecision;
  Order: Order;
  OrderedService: OrderedService;
  ProviderUnit: ProviderUnit;
  Relative: Relative;
  ServiceConfiguration: ServiceConfiguration;
  ServicePeriod: ServicePeriod;
  SolDecision: SolDecision;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Actualization:
    ( { __typename: 'Actualization' }
    & GraphQLRecursivePick<FederationTypes['Actualization'], {"id":true}> );
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  ClientAbsence:
    ( { __typename: 'ClientAbsence' }
    & GraphQLRecursivePick<FederationTypes['ClientAbsence'], {"id":true}> );
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
  DecisionService:
    ( { __typename: 'DecisionService' }
    & GraphQLRecursivePick<FederationTypes['DecisionService'], {"id":true}> );
  Documentation:
    ( { __typename: 'Documentation' }
    & GraphQLRecursivePick<FederationTypes['Documentation'], {"id":true}> );
  Execution:
    ( { __typename: 'Execution' }
    & GraphQLRecursivePick<FederationTypes['Execution'], {"id":true}> );
  GeneralNote:
    ( { __typename: 'GeneralNote' }
    & GraphQLRecursivePick<FederationTypes['GeneralNote'], {"id":true}> );
  Headline:
    ( { __typename: 'Headline' }
    & GraphQLRecursivePick<FederationTypes['Headline'], {"id":true}> );
  IbicAssessment:
    ( { __typename: 'IbicAssessment' }
    & GraphQLRecursivePick<FederationTypes['IbicAssessment'], {"id":true}> );
  IbicAssessmentArea:
    ( { __typename: 'IbicAssessmentArea' }
    & GraphQLRecursivePick<FederationTypes['IbicAssessmentArea'], {"id":true}> );
  IbicAssessmentGeneralGoal:
    ( { __typename: 'IbicAssessmentGeneralGoal' }
    & GraphQLRecursivePick<FederationTypes['IbicAssessmentGeneralGoal'], {"id":true}> );
  Investigation:
    ( { __typename: 'Investigation' }
    & GraphQLRecursivePick<FederationTypes['Investigation'], {"id":true}> );
  LssDecision:
    ( { __typename: 'LssDecision' }
    & GraphQLRecursivePick<FederationTypes['LssDecision'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  OrderedService:
    ( { __typename: 'OrderedService' }
    & GraphQLRecursivePick<FederationTypes['OrderedService'], {"id":true}> );
  ProviderUnit:
    ( { __typename: 'ProviderUnit' }
    & GraphQLRecursivePick<FederationTypes['ProviderUnit'], {"id":true}> );
  Relative:
    ( { __typename: 'Relative' }
    & GraphQLRecursivePick<FederationTypes['Relative'], {"id":true}> );
  ServiceConfiguration:
    ( { __typename: 'ServiceConfiguration' }
    & GraphQLRecursivePick<FederationTypes['ServiceConfiguration'], {"id":true}> );
  ServicePeriod:
    ( { __typename: 'ServicePeriod' }
    & GraphQLRecursivePick<FederationTypes['ServicePeriod'], {"id":true}> );
  SolDecision:
    ( { __typename: 'SolDecision' }
    & GraphQLRecursivePick<FederationTypes['SolDecision'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actualization: ResolverTypeWrapper<Actualization>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ActualizationFilter: ActualizationFilter;
  ActualizationPage: ResolverTypeWrapper<ActualizationPage>;
  ActualizationServiceCategory: ResolverTypeWrapper<ActualizationServiceCategory>;
  Address: ResolverTypeWrapper<Address>;
  AddressType: AddressType;
  BusinessLogClient: ResolverTypeWrapper<BusinessLogClient>;
  BusinessLogItem: ResolverTypeWrapper<BusinessLogItem>;
  BusinessLogItemPage: ResolverTypeWrapper<BusinessLogItemPage>;
  BusinessLogItemProperty: ResolverTypeWrapper<BusinessLogItemProperty>;
  BusinessLogOrganisationUnit: ResolverTypeWrapper<BusinessLogOrganisationUnit>;
  BusinessLogRole: ResolverTypeWrapper<BusinessLogRole>;
  BusinessLogUser: ResolverTypeWrapper<BusinessLogUser>;
  Caseworker: ResolverTypeWrapper<Caseworker>;
  CaseworkerTypes: CaseworkerTypes;
  Client: ResolverTypeWrapper<Client>;
  ClientAbsence: ResolverTypeWrapper<ClientAbsence>;
  ClientAbsenceFilter: ClientAbsenceFilter;
  ClientAbsencePage: ResolverTypeWrapper<ClientAbsencePage>;
  ClientDeregistration: ResolverTypeWrapper<ClientDeregistration>;
  ClientDeregistrationReason: ClientDeregistrationReason;
  ClientFilter: ClientFilter;
  ClientPage: ResolverTypeWrapper<ClientPage>;
  CodeText: ResolverTypeWrapper<CodeText>;
  Company: ResolverTypeWrapper<Company>;
  Contact: ResolverTypeWrapper<Contact>;
  ContactFilter: ContactFilter;
  ContactPage: ResolverTypeWrapper<ContactPage>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionService: ResolverTypeWrapper<DecisionService>;
  DecisionServiceDetail: ResolverTypeWrapper<DecisionServiceDetail>;
  DecisionServiceDetailWeekdays: DecisionServiceDetailWeekdays;
  DecisionServiceFilter: DecisionServiceFilter;
  DecisionServicePage: ResolverTypeWrapper<DecisionServicePage>;
  Documentation: ResolverTypeWrapper<Documentation>;
  DocumentationContentType: DocumentationContentType;
  DocumentationFilter: DocumentationFilter;
  DocumentationPage: ResolverTypeWrapper<DocumentationPage>;
  DocumentationStatus: DocumentationStatus;
  Email: ResolverTypeWrapper<Email>;
  EmailType: EmailType;
  Execution: ResolverTypeWrapper<Execution>;
  GeneralNote: ResolverTypeWrapper<GeneralNote>;
  GeneralNoteFilter: GeneralNoteFilter;
  GeneralNotePage: ResolverTypeWrapper<GeneralNotePage>;
  GeneralNoteType: GeneralNoteType;
  Headline: ResolverTypeWrapper<Headline>;
  HeadlineFilter: HeadlineFilter;
  HeadlineLaw: HeadlineLaw;
  HeadlinePage: ResolverTypeWrapper<HeadlinePage>;
  HeadlinePermissions: ResolverTypeWrapper<HeadlinePermissions>;
  HeadlineRules: ResolverTypeWrapper<HeadlineRules>;
  IbicAssessment: ResolverTypeWrapper<IbicAssessment>;
  IbicAssessmentArea: ResolverTypeWrapper<IbicAssessmentArea>;
  IbicAssessmentAreaFilter: IbicAssessmentAreaFilter;
  IbicAssessmentAreaPage: ResolverTypeWrapper<IbicAssessmentAreaPage>;
  IbicAssessmentAreaV2IbicAssessmentAreaDetail: ResolverTypeWrapper<IbicAssessmentAreaV2IbicAssessmentAreaDetail>;
  IbicAssessmentFilter: IbicAssessmentFilter;
  IbicAssessmentGeneralGoal: ResolverTypeWrapper<IbicAssessmentGeneralGoal>;
  IbicAssessmentGeneralGoalFilter: IbicAssessmentGeneralGoalFilter;
  IbicAssessmentGeneralGoalPage: ResolverTypeWrapper<IbicAssessmentGeneralGoalPage>;
  IbicAssessmentPage: ResolverTypeWrapper<IbicAssessmentPage>;
  Icf: ResolverTypeWrapper<Icf>;
  Investigation: ResolverTypeWrapper<Investigation>;
  InvestigationFilter: InvestigationFilter;
  InvestigationLaw: InvestigationLaw;
  InvestigationPage: ResolverTypeWrapper<InvestigationPage>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LssDecision: ResolverTypeWrapper<LssDecision>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LssDecisionFilter: LssDecisionFilter;
  LssDecisionPage: ResolverTypeWrapper<LssDecisionPage>;
  Order: ResolverTypeWrapper<Order>;
  OrderFilter: OrderFilter;
  OrderPage: ResolverTypeWrapper<OrderPage>;
  OrderStatus: OrderStatus;
  OrderedService: ResolverTypeWrapper<OrderedService>;
  OrderedServiceDetail: ResolverTypeWrapper<OrderedServiceDetail>;
  OrderedServiceDetailWeekdays: OrderedServiceDetailWeekdays;
  OrderedServiceFilter: OrderedServiceFilter;
  OrderedServicePage: ResolverTypeWrapper<OrderedServicePage>;
  OrganizationUnit: ResolverTypeWrapper<OrganizationUnit>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Phone: ResolverTypeWrapper<Phone>;
  PhoneType: PhoneType;
  PlannedService: ResolverTypeWrapper<PlannedService>;
  ProviderUnit: ResolverTypeWrapper<ProviderUnit>;
  Quantity: ResolverTypeWrapper<Quantity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relative: ResolverTypeWrapper<Relative>;
  RelativeFilter: RelativeFilter;
  RelativePage: ResolverTypeWrapper<RelativePage>;
  ServiceConfiguration: ResolverTypeWrapper<ServiceConfiguration>;
  ServiceConfigurationFilter: ServiceConfigurationFilter;
  ServiceConfigurationPage: ResolverTypeWrapper<ServiceConfigurationPage>;
  ServicePeriod: ResolverTypeWrapper<ServicePeriod>;
  ServicePeriodDetail: ResolverTypeWrapper<ServicePeriodDetail>;
  ServicePeriodDetailType: ServicePeriodDetailType;
  ServicePeriodDetailWeekdays: ServicePeriodDetailWeekdays;
  ServicePeriodFilter: ServicePeriodFilter;
  ServicePeriodPage: ResolverTypeWrapper<ServicePeriodPage>;
  SolDecision: ResolverTypeWrapper<SolDecision>;
  SolDecisionFilter: SolDecisionFilter;
  SolDecisionPage: ResolverTypeWrapper<SolDecisionPage>;
  SortOrder: SortOrder;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actualization: Actualization | FederationReferenceTypes['Actualization'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ActualizationFilter: ActualizationFilter;
  ActualizationPage: ActualizationPage;
  ActualizationServiceCategory: ActualizationServiceCategory;
  Address: Address;
  BusinessLogClient: BusinessLogClient;
  BusinessLogItem: BusinessLogItem;
  BusinessLogItemPage: BusinessLogItemPage;
  BusinessLogItemProperty: BusinessLogItemProperty;
  BusinessLogOrganisationUnit: BusinessLogOrganisationUnit;
  BusinessLogRole: BusinessLogRole;
  BusinessLogUser: BusinessLogUser;
  Caseworker: Caseworker;
  Client: Client | FederationReferenceTypes['Client'];
  ClientAbsence: ClientAbsence | FederationReferenceTypes['ClientAbsence'];
  ClientAbsenceFilter: ClientAbsenceFilter;
  ClientAbsencePage: ClientAbsencePage;
  ClientDeregistration: ClientDeregistration;
  ClientFilter: ClientFilter;
  ClientPage: ClientPage;
  CodeText: CodeText;
  Company: Company;
  Contact: Contact | FederationReferenceTypes['Contact'];
  ContactFilter: ContactFilter;
  ContactPage: ContactPage;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecisionService: DecisionService | FederationReferenceTypes['DecisionService'];
  DecisionServiceDetail: DecisionServiceDetail;
  DecisionServiceFilter: DecisionServiceFilter;
  DecisionServicePage: DecisionServicePage;
  Documentation: Documentation | FederationReferenceTypes['Documentation'];
  DocumentationFilter: DocumentationFilter;
  DocumentationPage: DocumentationPage;
  Email: Email;
  Execution: Execution | FederationReferenceTypes['Execution'];
  GeneralNote: GeneralNote | FederationReferenceTypes['GeneralNote'];
  GeneralNoteFilter: GeneralNoteFilter;
  GeneralNotePage: GeneralNotePage;
  Headline: Headline | FederationReferenceTypes['Headline'];
  HeadlineFilter: HeadlineFilter;
  HeadlinePage: HeadlinePage;
  HeadlinePermissions: HeadlinePermissions;
  HeadlineRules: HeadlineRules;
  IbicAssessment: IbicAssessment | FederationReferenceTypes['IbicAssessment'];
  IbicAssessmentArea: IbicAssessmentArea | FederationReferenceTypes['IbicAssessmentArea'];
  IbicAssessmentAreaFilter: IbicAssessmentAreaFilter;
  IbicAssessmentAreaPage: IbicAssessmentAreaPage;
  IbicAssessmentAreaV2IbicAssessmentAreaDetail: IbicAssessmentAreaV2IbicAssessmentAreaDetail;
  IbicAssessmentFilter: IbicAssessmentFilter;
  IbicAssessmentGeneralGoal: IbicAssessmentGeneralGoal | FederationReferenceTypes['IbicAssessmentGeneralGoal'];
  IbicAssessmentGeneralGoalFilter: IbicAssessmentGeneralGoalFilter;
  IbicAssessmentGeneralGoalPage: IbicAssessmentGeneralGoalPage;
  IbicAssessmentPage: IbicAssessmentPage;
  Icf: Icf;
  Investigation: Investigation | FederationReferenceTypes['Investigation'];
  InvestigationFilter: InvestigationFilter;
  InvestigationPage: InvestigationPage;
  JSON: Scalars['JSON']['output'];
  LssDecision: LssDecision | FederationReferenceTypes['LssDecision'];
  Float: Scalars['Float']['output'];
  LssDecisionFilter: LssDecisionFilter;
  LssDecisionPage: LssDecisionPage;
  Order: Order | FederationReferenceTypes['Order'];
  OrderFilter: OrderFilter;
  OrderPage: OrderPage;
  OrderedService: OrderedService | FederationReferenceTypes['OrderedService'];
  OrderedServiceDetail: OrderedServiceDetail;
  OrderedServiceFilter: OrderedServiceFilter;
  OrderedServicePage: OrderedServicePage;
  OrganizationUnit: OrganizationUnit;
  PageInfo: PageInfo;
  Phone: Phone;
  PlannedService: PlannedService;
  ProviderUnit: ProviderUnit | FederationReferenceTypes['ProviderUnit'];
  Quantity: Quantity;
  Query: Record<PropertyKey, never>;
  Relative: Relative | FederationReferenceTypes['Relative'];
  RelativeFilter: RelativeFilter;
  RelativePage: RelativePage;
  ServiceConfiguration: ServiceConfiguration | FederationReferenceTypes['ServiceConfiguration'];
  ServiceConfigurationFilter: ServiceConfigurationFilter;
  ServiceConfigurationPage: ServiceConfigurationPage;
  ServicePeriod: ServicePeriod | FederationReferenceTypes['ServicePeriod'];
  ServicePeriodDetail: ServicePeriodDetail;
  ServicePeriodFilter: ServicePeriodFilter;
  ServicePeriodPage: ServicePeriodPage;
  SolDecision: SolDecision | FederationReferenceTypes['SolDecision'];
  SolDecisionFilter: SolDecisionFilter;
  SolDecisionPage: SolDecisionPage;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActualizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actualization'] = ResolversParentTypes['Actualization'], FederationReferenceType extends FederationReferenceTypes['Actualization'] = FederationReferenceTypes['Actualization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Actualization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualizationType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  caseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  iterationNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lssServices?: Resolver<Maybe<Array<ResolversTypes['CodeText']>>, ParentType, ContextType>;
  notifier?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceCategories?: Resolver<Maybe<Array<ResolversTypes['ActualizationServiceCategory']>>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type ActualizationPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActualizationPage'] = ResolversParentTypes['ActualizationPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Actualization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActualizationServiceCategoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActualizationServiceCategory'] = ResolversParentTypes['ActualizationServiceCategory']> = ResolversObject<{
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['CodeText']>>, ParentType, ContextType>;
}>;

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

export type CaseworkerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Caseworker'] = ResolversParentTypes['Caseworker']> = ResolversObject<{
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  types?: Resolver<Maybe<Array<ResolversTypes['CaseworkerTypes']>>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  absences?: Resolver<Array<ResolversTypes['ClientAbsence']>, ParentType, ContextType, RequireFields<ClientAbsencesArgs, 'first'>>;
  active?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  actualizations?: Resolver<Array<ResolversTypes['Actualization']>, ParentType, ContextType, RequireFields<ClientActualizationsArgs, 'first'>>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<ClientContactsArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deregistration?: Resolver<Maybe<ResolversTypes['ClientDeregistration']>, ParentType, ContextType>;
  documentations?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<ClientDocumentationsArgs, 'first'>>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generalNotes?: Resolver<Array<ResolversTypes['GeneralNote']>, ParentType, ContextType, RequireFields<ClientGeneralNotesArgs, 'first'>>;
  ibicAssessments?: Resolver<Array<ResolversTypes['IbicAssessment']>, ParentType, ContextType, RequireFields<ClientIbicAssessmentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<ClientInvestigationsArgs, 'first'>>;
  isConfidential?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  keyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lssDecisions?: Resolver<Array<ResolversTypes['LssDecision']>, ParentType, ContextType, RequireFields<ClientLssDecisionsArgs, 'first'>>;
  maritalStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<ClientOrdersArgs, 'first'>>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  protectedRegistration?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  relatives?: Resolver<Array<ResolversTypes['Relative']>, ParentType, ContextType, RequireFields<ClientRelativesArgs, 'first'>>;
  servicePeriods?: Resolver<Array<ResolversTypes['ServicePeriod']>, ParentType, ContextType, RequireFields<ClientServicePeriodsArgs, 'first'>>;
  solDecisions?: Resolver<Array<ResolversTypes['SolDecision']>, ParentType, ContextType, RequireFields<ClientSolDecisionsArgs, 'first'>>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ClientAbsenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClientAbsence'] = ResolversParentTypes['ClientAbsence'], FederationReferenceType extends FederationReferenceTypes['ClientAbsence'] = FederationReferenceTypes['ClientAbsence']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ClientAbsence']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ClientAbsencePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClientAbsencePage'] = ResolversParentTypes['ClientAbsencePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ClientAbsence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClientDeregistrationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClientDeregistration'] = ResolversParentTypes['ClientDeregistration']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['ClientDeregistrationReason']>, ParentType, ContextType>;
}>;

export type ClientPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClientPage'] = ResolversParentTypes['ClientPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Client']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CodeTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeText'] = ResolversParentTypes['CodeText']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactPage'] = ResolversParentTypes['ContactPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionService'] = ResolversParentTypes['DecisionService'], FederationReferenceType extends FederationReferenceTypes['DecisionService'] = FederationReferenceTypes['DecisionService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DecisionService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['DecisionServiceDetail']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lssDecision?: Resolver<Maybe<ResolversTypes['LssDecision']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  solDecision?: Resolver<Maybe<ResolversTypes['SolDecision']>, ParentType, ContextType>;
}>;

export type DecisionServiceDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionServiceDetail'] = ResolversParentTypes['DecisionServiceDetail']> = ResolversObject<{
  entityType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  perWeek?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  weekdays?: Resolver<Maybe<Array<ResolversTypes['DecisionServiceDetailWeekdays']>>, ParentType, ContextType>;
  whenDuringDay?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type DecisionServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DecisionServicePage'] = ResolversParentTypes['DecisionServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['DecisionService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DocumentationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Documentation'] = ResolversParentTypes['Documentation'], FederationReferenceType extends FederationReferenceTypes['Documentation'] = FederationReferenceTypes['Documentation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Documentation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<DocumentationAttachmentsArgs, 'first'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['DocumentationContentType']>, ParentType, ContextType>;
  createdName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdRoleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorMarked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errorMarkedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['Headline']>, ParentType, ContextType>;
  headlineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextHistoryId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextVersion?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType>;
  occurrenceTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType>;
  originId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plainText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousHistoryId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousVersion?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  signedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DocumentationStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DocumentationPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentationPage'] = ResolversParentTypes['DocumentationPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type EmailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email']> = ResolversObject<{
  emailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EmailType']>, ParentType, ContextType>;
}>;

export type ExecutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Execution'] = ResolversParentTypes['Execution'], FederationReferenceType extends FederationReferenceTypes['Execution'] = FederationReferenceTypes['Execution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Execution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documentations?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<ExecutionDocumentationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  servicePeriods?: Resolver<Array<ResolversTypes['ServicePeriod']>, ParentType, ContextType, RequireFields<ExecutionServicePeriodsArgs, 'first'>>;
}>;

export type GeneralNoteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeneralNote'] = ResolversParentTypes['GeneralNote'], FederationReferenceType extends FederationReferenceTypes['GeneralNote'] = FederationReferenceTypes['GeneralNote']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GeneralNote']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  foreignId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['GeneralNoteType']>, ParentType, ContextType>;
}>;

export type GeneralNotePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeneralNotePage'] = ResolversParentTypes['GeneralNotePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['GeneralNote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HeadlineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Headline'] = ResolversParentTypes['Headline'], FederationReferenceType extends FederationReferenceTypes['Headline'] = FederationReferenceTypes['Headline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Headline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Headline']>, ParentType, ContextType, RequireFields<HeadlineChildrenArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  documentations?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<HeadlineDocumentationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigationType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['HeadlineLaw']>, ParentType, ContextType>;
  markWords?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Headline']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permissions?: Resolver<Maybe<ResolversTypes['HeadlinePermissions']>, ParentType, ContextType>;
  rules?: Resolver<Maybe<ResolversTypes['HeadlineRules']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceCategoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceCategoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  treeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HeadlinePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeadlinePage'] = ResolversParentTypes['HeadlinePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Headline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HeadlinePermissionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeadlinePermissions'] = ResolversParentTypes['HeadlinePermissions']> = ResolversObject<{
  canCreate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canRead?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  canUpdate?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type HeadlineRulesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeadlineRules'] = ResolversParentTypes['HeadlineRules']> = ResolversObject<{
  canBeSigned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endTimeMustBeSameAsOccurrenceTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mustBeSigned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type IbicAssessmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessment'] = ResolversParentTypes['IbicAssessment'], FederationReferenceType extends FederationReferenceTypes['IbicAssessment'] = FederationReferenceTypes['IbicAssessment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IbicAssessment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['IbicAssessmentArea']>, ParentType, ContextType, RequireFields<IbicAssessmentAreasArgs, 'first'>>;
  assessedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  generalGoals?: Resolver<Array<ResolversTypes['IbicAssessmentGeneralGoal']>, ParentType, ContextType, RequireFields<IbicAssessmentGeneralGoalsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextFollowUpDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type IbicAssessmentAreaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentArea'] = ResolversParentTypes['IbicAssessmentArea'], FederationReferenceType extends FederationReferenceTypes['IbicAssessmentArea'] = FederationReferenceTypes['IbicAssessmentArea']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IbicAssessmentArea']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['IbicAssessment']>, ParentType, ContextType>;
  assessmentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['IbicAssessmentAreaV2IbicAssessmentAreaDetail']>>, ParentType, ContextType>;
  generalGoals?: Resolver<Array<ResolversTypes['IbicAssessmentGeneralGoal']>, ParentType, ContextType, RequireFields<IbicAssessmentAreaGeneralGoalsArgs, 'first'>>;
  icf?: Resolver<Maybe<ResolversTypes['Icf']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type IbicAssessmentAreaPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentAreaPage'] = ResolversParentTypes['IbicAssessmentAreaPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['IbicAssessmentArea']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IbicAssessmentAreaV2IbicAssessmentAreaDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentAreaV2IbicAssessmentAreaDetail'] = ResolversParentTypes['IbicAssessmentAreaV2IbicAssessmentAreaDetail']> = ResolversObject<{
  aimOfSupport?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  assessed?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  goalFulfilment?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  icf?: Resolver<Maybe<ResolversTypes['Icf']>, ParentType, ContextType>;
  needs?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<ResolversTypes['PlannedService']>>, ParentType, ContextType>;
}>;

export type IbicAssessmentGeneralGoalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentGeneralGoal'] = ResolversParentTypes['IbicAssessmentGeneralGoal'], FederationReferenceType extends FederationReferenceTypes['IbicAssessmentGeneralGoal'] = FederationReferenceTypes['IbicAssessmentGeneralGoal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['IbicAssessmentGeneralGoal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['IbicAssessmentArea']>, ParentType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['IbicAssessment']>, ParentType, ContextType>;
  assessmentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  generalGoal?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  goalFulfilment?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type IbicAssessmentGeneralGoalPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentGeneralGoalPage'] = ResolversParentTypes['IbicAssessmentGeneralGoalPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['IbicAssessmentGeneralGoal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IbicAssessmentPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IbicAssessmentPage'] = ResolversParentTypes['IbicAssessmentPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['IbicAssessment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IcfResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Icf'] = ResolversParentTypes['Icf']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InvestigationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation'], FederationReferenceType extends FederationReferenceTypes['Investigation'] = FederationReferenceTypes['Investigation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Investigation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualizations?: Resolver<Array<ResolversTypes['Actualization']>, ParentType, ContextType, RequireFields<InvestigationActualizationsArgs, 'first'>>;
  caseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ibicAssessments?: Resolver<Array<ResolversTypes['IbicAssessment']>, ParentType, ContextType, RequireFields<InvestigationIbicAssessmentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['InvestigationLaw']>, ParentType, ContextType>;
  lssDecisions?: Resolver<Array<ResolversTypes['LssDecision']>, ParentType, ContextType, RequireFields<InvestigationLssDecisionsArgs, 'first'>>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<InvestigationOrdersArgs, 'first'>>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  solDecisions?: Resolver<Array<ResolversTypes['SolDecision']>, ParentType, ContextType, RequireFields<InvestigationSolDecisionsArgs, 'first'>>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type InvestigationPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InvestigationPage'] = ResolversParentTypes['InvestigationPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LssDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LssDecision'] = ResolversParentTypes['LssDecision'], FederationReferenceType extends FederationReferenceTypes['LssDecision'] = FederationReferenceTypes['LssDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LssDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  caseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dayType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  daysOfDecision?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decisionLevel?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  decisionServices?: Resolver<Array<ResolversTypes['DecisionService']>, ParentType, ContextType, RequireFields<LssDecisionDecisionServicesArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  executionEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hourType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  increasedHourlyAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  iterationNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  law?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderIds?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  orderedServices?: Resolver<Array<ResolversTypes['OrderedService']>, ParentType, ContextType, RequireFields<LssDecisionOrderedServicesArgs, 'first'>>;
  personCategory1?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  personCategory2?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  personCategory3?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  personCategory3P?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  personCategoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantityType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  sfbCaseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  standardAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  visitType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type LssDecisionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LssDecisionPage'] = ResolversParentTypes['LssDecisionPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LssDecision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderedServices?: Resolver<Array<ResolversTypes['OrderedService']>, ParentType, ContextType, RequireFields<OrderOrderedServicesArgs, 'first'>>;
  orderer?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  serviceCategoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceCategoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OrderStatus']>, ParentType, ContextType>;
  updateSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type OrderPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderPage'] = ResolversParentTypes['OrderPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderedServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderedService'] = ResolversParentTypes['OrderedService'], FederationReferenceType extends FederationReferenceTypes['OrderedService'] = FederationReferenceTypes['OrderedService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['OrderedService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['OrderedServiceDetail']>>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  icf?: Resolver<Maybe<ResolversTypes['Icf']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lssDecision?: Resolver<Maybe<ResolversTypes['LssDecision']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  serviceConfiguration?: Resolver<Maybe<ResolversTypes['ServiceConfiguration']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceTypeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  solDecision?: Resolver<Maybe<ResolversTypes['SolDecision']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visits?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
}>;

export type OrderedServiceDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderedServiceDetail'] = ResolversParentTypes['OrderedServiceDetail']> = ResolversObject<{
  frequency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hoursEachTime?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  icfCodeId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodicity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodicityText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantityType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quantityTypeText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeUnit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeUnitText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weekdays?: Resolver<Maybe<Array<ResolversTypes['OrderedServiceDetailWeekdays']>>, ParentType, ContextType>;
}>;

export type OrderedServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrderedServicePage'] = ResolversParentTypes['OrderedServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['OrderedService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrganizationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationUnit'] = ResolversParentTypes['OrganizationUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PhoneType']>, ParentType, ContextType>;
}>;

export type PlannedServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlannedService'] = ResolversParentTypes['PlannedService']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnit'] = ResolversParentTypes['ProviderUnit'], FederationReferenceType extends FederationReferenceTypes['ProviderUnit'] = FederationReferenceTypes['ProviderUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documentations?: Resolver<Array<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<ProviderUnitDocumentationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<ProviderUnitOrdersArgs, 'first'>>;
}>;

export type QuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actualization?: Resolver<Maybe<ResolversTypes['Actualization']>, ParentType, ContextType, RequireFields<QueryActualizationArgs, 'id'>>;
  actualizations?: Resolver<ResolversTypes['ActualizationPage'], ParentType, ContextType, RequireFields<QueryActualizationsArgs, 'first' | 'offset'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clientAbsence?: Resolver<Maybe<ResolversTypes['ClientAbsence']>, ParentType, ContextType, RequireFields<QueryClientAbsenceArgs, 'id'>>;
  clientAbsences?: Resolver<ResolversTypes['ClientAbsencePage'], ParentType, ContextType, RequireFields<QueryClientAbsencesArgs, 'first' | 'offset'>>;
  clients?: Resolver<ResolversTypes['ClientPage'], ParentType, ContextType, RequireFields<QueryClientsArgs, 'first' | 'offset'>>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contacts?: Resolver<ResolversTypes['ContactPage'], ParentType, ContextType, RequireFields<QueryContactsArgs, 'first' | 'offset'>>;
  decisionService?: Resolver<Maybe<ResolversTypes['DecisionService']>, ParentType, ContextType, RequireFields<QueryDecisionServiceArgs, 'id'>>;
  decisionServices?: Resolver<ResolversTypes['DecisionServicePage'], ParentType, ContextType, RequireFields<QueryDecisionServicesArgs, 'first' | 'offset'>>;
  documentation?: Resolver<Maybe<ResolversTypes['Documentation']>, ParentType, ContextType, RequireFields<QueryDocumentationArgs, 'id'>>;
  documentations?: Resolver<ResolversTypes['DocumentationPage'], ParentType, ContextType, RequireFields<QueryDocumentationsArgs, 'first' | 'offset'>>;
  ecBusinessLogs?: Resolver<ResolversTypes['BusinessLogItemPage'], ParentType, ContextType, RequireFields<QueryEcBusinessLogsArgs, 'first' | 'offset'>>;
  generalNote?: Resolver<Maybe<ResolversTypes['GeneralNote']>, ParentType, ContextType, RequireFields<QueryGeneralNoteArgs, 'id'>>;
  generalNotes?: Resolver<ResolversTypes['GeneralNotePage'], ParentType, ContextType, RequireFields<QueryGeneralNotesArgs, 'first' | 'offset'>>;
  headline?: Resolver<Maybe<ResolversTypes['Headline']>, ParentType, ContextType, RequireFields<QueryHeadlineArgs, 'id'>>;
  headlines?: Resolver<ResolversTypes['HeadlinePage'], ParentType, ContextType, RequireFields<QueryHeadlinesArgs, 'first' | 'offset'>>;
  ibicAssessment?: Resolver<Maybe<ResolversTypes['IbicAssessment']>, ParentType, ContextType, RequireFields<QueryIbicAssessmentArgs, 'id'>>;
  ibicAssessmentArea?: Resolver<Maybe<ResolversTypes['IbicAssessmentArea']>, ParentType, ContextType, RequireFields<QueryIbicAssessmentAreaArgs, 'id'>>;
  ibicAssessmentAreas?: Resolver<ResolversTypes['IbicAssessmentAreaPage'], ParentType, ContextType, RequireFields<QueryIbicAssessmentAreasArgs, 'first' | 'offset'>>;
  ibicAssessmentGeneralGoal?: Resolver<Maybe<ResolversTypes['IbicAssessmentGeneralGoal']>, ParentType, ContextType, RequireFields<QueryIbicAssessmentGeneralGoalArgs, 'id'>>;
  ibicAssessmentGeneralGoals?: Resolver<ResolversTypes['IbicAssessmentGeneralGoalPage'], ParentType, ContextType, RequireFields<QueryIbicAssessmentGeneralGoalsArgs, 'first' | 'offset'>>;
  ibicAssessments?: Resolver<ResolversTypes['IbicAssessmentPage'], ParentType, ContextType, RequireFields<QueryIbicAssessmentsArgs, 'first' | 'offset'>>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryInvestigationArgs, 'id'>>;
  investigations?: Resolver<ResolversTypes['InvestigationPage'], ParentType, ContextType, RequireFields<QueryInvestigationsArgs, 'first' | 'offset'>>;
  lssDecision?: Resolver<Maybe<ResolversTypes['LssDecision']>, ParentType, ContextType, RequireFields<QueryLssDecisionArgs, 'id'>>;
  lssDecisions?: Resolver<ResolversTypes['LssDecisionPage'], ParentType, ContextType, RequireFields<QueryLssDecisionsArgs, 'first' | 'offset'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderedService?: Resolver<Maybe<ResolversTypes['OrderedService']>, ParentType, ContextType, RequireFields<QueryOrderedServiceArgs, 'id'>>;
  orderedServices?: Resolver<ResolversTypes['OrderedServicePage'], ParentType, ContextType, RequireFields<QueryOrderedServicesArgs, 'first' | 'offset'>>;
  orders?: Resolver<ResolversTypes['OrderPage'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first' | 'offset'>>;
  relative?: Resolver<Maybe<ResolversTypes['Relative']>, ParentType, ContextType, RequireFields<QueryRelativeArgs, 'id'>>;
  relatives?: Resolver<ResolversTypes['RelativePage'], ParentType, ContextType, RequireFields<QueryRelativesArgs, 'first' | 'offset'>>;
  serviceConfiguration?: Resolver<Maybe<ResolversTypes['ServiceConfiguration']>, ParentType, ContextType, RequireFields<QueryServiceConfigurationArgs, 'id'>>;
  serviceConfigurations?: Resolver<ResolversTypes['ServiceConfigurationPage'], ParentType, ContextType, RequireFields<QueryServiceConfigurationsArgs, 'first' | 'offset'>>;
  servicePeriod?: Resolver<Maybe<ResolversTypes['ServicePeriod']>, ParentType, ContextType, RequireFields<QueryServicePeriodArgs, 'id'>>;
  servicePeriods?: Resolver<ResolversTypes['ServicePeriodPage'], ParentType, ContextType, RequireFields<QueryServicePeriodsArgs, 'first' | 'offset'>>;
  solDecision?: Resolver<Maybe<ResolversTypes['SolDecision']>, ParentType, ContextType, RequireFields<QuerySolDecisionArgs, 'id'>>;
  solDecisions?: Resolver<ResolversTypes['SolDecisionPage'], ParentType, ContextType, RequireFields<QuerySolDecisionsArgs, 'first' | 'offset'>>;
}>;

export type RelativeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relative'] = ResolversParentTypes['Relative'], FederationReferenceType extends FederationReferenceTypes['Relative'] = FederationReferenceTypes['Relative']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Relative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  emails?: Resolver<Maybe<Array<ResolversTypes['Email']>>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Maybe<Array<ResolversTypes['Phone']>>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RelativePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelativePage'] = ResolversParentTypes['RelativePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Relative']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServiceConfigurationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceConfiguration'] = ResolversParentTypes['ServiceConfiguration'], FederationReferenceType extends FederationReferenceTypes['ServiceConfiguration'] = FederationReferenceTypes['ServiceConfiguration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceConfiguration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  categoryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  displayOrder?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderedServices?: Resolver<Array<ResolversTypes['OrderedService']>, ParentType, ContextType, RequireFields<ServiceConfigurationOrderedServicesArgs, 'first'>>;
  parentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  typeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  typeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ServiceConfigurationPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceConfigurationPage'] = ResolversParentTypes['ServiceConfigurationPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ServiceConfiguration']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ServicePeriodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePeriod'] = ResolversParentTypes['ServicePeriod'], FederationReferenceType extends FederationReferenceTypes['ServicePeriod'] = FederationReferenceTypes['ServicePeriod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServicePeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['ServicePeriodDetail']>>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  icf?: Resolver<Maybe<ResolversTypes['Icf']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceTypeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ServicePeriodDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePeriodDetail'] = ResolversParentTypes['ServicePeriodDetail']> = ResolversObject<{
  doubleManning?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  frequency?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hoursEachTime?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodicity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodicityText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeUnit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeUnitText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ServicePeriodDetailType']>, ParentType, ContextType>;
  weekdays?: Resolver<Maybe<Array<ResolversTypes['ServicePeriodDetailWeekdays']>>, ParentType, ContextType>;
  whenDuringDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  whenDuringDayText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServicePeriodPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServicePeriodPage'] = ResolversParentTypes['ServicePeriodPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ServicePeriod']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SolDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolDecision'] = ResolversParentTypes['SolDecision'], FederationReferenceType extends FederationReferenceTypes['SolDecision'] = FederationReferenceTypes['SolDecision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SolDecision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  amountType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  caseworker?: Resolver<Maybe<ResolversTypes['Caseworker']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  day?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dayType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  daysOfDecision?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decisionLevel?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  decisionServices?: Resolver<Array<ResolversTypes['DecisionService']>, ParentType, ContextType, RequireFields<SolDecisionDecisionServicesArgs, 'first'>>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  executionEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  fromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hourType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  iterationNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderIds?: Resolver<Maybe<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
  orderedServices?: Resolver<Array<ResolversTypes['OrderedService']>, ParentType, ContextType, RequireFields<SolDecisionOrderedServicesArgs, 'first'>>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  quantityType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  serviceCategory?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  visitType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type SolDecisionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SolDecisionPage'] = ResolversParentTypes['SolDecisionPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['SolDecision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Actualization?: ActualizationResolvers<ContextType>;
  ActualizationPage?: ActualizationPageResolvers<ContextType>;
  ActualizationServiceCategory?: ActualizationServiceCategoryResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  BusinessLogClient?: BusinessLogClientResolvers<ContextType>;
  BusinessLogItem?: BusinessLogItemResolvers<ContextType>;
  BusinessLogItemPage?: BusinessLogItemPageResolvers<ContextType>;
  BusinessLogItemProperty?: BusinessLogItemPropertyResolvers<ContextType>;
  BusinessLogOrganisationUnit?: BusinessLogOrganisationUnitResolvers<ContextType>;
  BusinessLogRole?: BusinessLogRoleResolvers<ContextType>;
  BusinessLogUser?: BusinessLogUserResolvers<ContextType>;
  Caseworker?: CaseworkerResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientAbsence?: ClientAbsenceResolvers<ContextType>;
  ClientAbsencePage?: ClientAbsencePageResolvers<ContextType>;
  ClientDeregistration?: ClientDeregistrationResolvers<ContextType>;
  ClientPage?: ClientPageResolvers<ContextType>;
  CodeText?: CodeTextResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactPage?: ContactPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecisionService?: DecisionServiceResolvers<ContextType>;
  DecisionServiceDetail?: DecisionServiceDetailResolvers<ContextType>;
  DecisionServicePage?: DecisionServicePageResolvers<ContextType>;
  Documentation?: DocumentationResolvers<ContextType>;
  DocumentationPage?: DocumentationPageResolvers<ContextType>;
  Email?: EmailResolvers<ContextType>;
  Execution?: ExecutionResolvers<ContextType>;
  GeneralNote?: GeneralNoteResolvers<ContextType>;
  GeneralNotePage?: GeneralNotePageResolvers<ContextType>;
  Headline?: HeadlineResolvers<ContextType>;
  HeadlinePage?: HeadlinePageResolvers<ContextType>;
  HeadlinePermissions?: HeadlinePermissionsResolvers<ContextType>;
  HeadlineRules?: HeadlineRulesResolvers<ContextType>;
  IbicAssessment?: IbicAssessmentResolvers<ContextType>;
  IbicAssessmentArea?: IbicAssessmentAreaResolvers<ContextType>;
  IbicAssessmentAreaPage?: IbicAssessmentAreaPageResolvers<ContextType>;
  IbicAssessmentAreaV2IbicAssessmentAreaDetail?: IbicAssessmentAreaV2IbicAssessmentAreaDetailResolvers<ContextType>;
  IbicAssessmentGeneralGoal?: IbicAssessmentGeneralGoalResolvers<ContextType>;
  IbicAssessmentGeneralGoalPage?: IbicAssessmentGeneralGoalPageResolvers<ContextType>;
  IbicAssessmentPage?: IbicAssessmentPageResolvers<ContextType>;
  Icf?: IcfResolvers<ContextType>;
  Investigation?: InvestigationResolvers<ContextType>;
  InvestigationPage?: InvestigationPageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LssDecision?: LssDecisionResolvers<ContextType>;
  LssDecisionPage?: LssDecisionPageResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderPage?: OrderPageResolvers<ContextType>;
  OrderedService?: OrderedServiceResolvers<ContextType>;
  OrderedServiceDetail?: OrderedServiceDetailResolvers<ContextType>;
  OrderedServicePage?: OrderedServicePageResolvers<ContextType>;
  OrganizationUnit?: OrganizationUnitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  PlannedService?: PlannedServiceResolvers<ContextType>;
  ProviderUnit?: ProviderUnitResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relative?: RelativeResolvers<ContextType>;
  RelativePage?: RelativePageResolvers<ContextType>;
  ServiceConfiguration?: ServiceConfigurationResolvers<ContextType>;
  ServiceConfigurationPage?: ServiceConfigurationPageResolvers<ContextType>;
  ServicePeriod?: ServicePeriodResolvers<ContextType>;
  ServicePeriodDetail?: ServicePeriodDetailResolvers<ContextType>;
  ServicePeriodPage?: ServicePeriodPageResolvers<ContextType>;
  SolDecision?: SolDecisionResolvers<ContextType>;
  SolDecisionPage?: SolDecisionPageResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
