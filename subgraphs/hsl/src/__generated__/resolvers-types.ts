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

/** Activity goal. */
export type ActivityGoal = {
  __typename?: 'ActivityGoal';
  /** The description of the goal. */
  description?: Maybe<Scalars['String']['output']>;
  /** The date when it is time to follow up on the goal. */
  followUpDate?: Maybe<Scalars['DateTime']['output']>;
};

/** Information about the KVÅ used in the activityPerformed */
export type ActivityPerformedKva = {
  __typename?: 'ActivityPerformedKva';
  /** The id of the activity performed registration */
  activityPerformedId?: Maybe<Scalars['Int']['output']>;
  /** Indicates if the KVA code was performed in the registration. One activity performed registration can contain multiple KVA codes where some are performed and some are not performed. */
  isPerformed?: Maybe<Scalars['Boolean']['output']>;
  /** The KVÅ-code */
  kvaCode?: Maybe<Scalars['String']['output']>;
  /** The KVÅ-code description. */
  kvaCodeDescription?: Maybe<Scalars['String']['output']>;
  /** The KVÅ-code id */
  kvaCodeId?: Maybe<Scalars['Int']['output']>;
  /** The KVÅ-code codename */
  kvaCodeName?: Maybe<Scalars['String']['output']>;
};

/** Timestamp attached to a user */
export type ActivityPerformedUserTimestamp = {
  __typename?: 'ActivityPerformedUserTimestamp';
  /** If the user timestamp is referencing a provider personnel user or a Lifecare HSL user */
  isProviderUser?: Maybe<Scalars['Boolean']['output']>;
  /** Timestamp in UTC. The time that the performed/not performed registration was created/modified/signed/errorMarked depending on context */
  timeStamp?: Maybe<Scalars['DateTime']['output']>;
  /** The user's id */
  userId?: Maybe<Scalars['Int']['output']>;
  /** The user's full name */
  userName?: Maybe<Scalars['String']['output']>;
  /** The user's role */
  userRole?: Maybe<Scalars['String']['output']>;
  /** The user's signature */
  userSignature?: Maybe<Scalars['String']['output']>;
};

/** Planned measured type. */
export type ActivityPlannedMeasuredType = {
  __typename?: 'ActivityPlannedMeasuredType';
  /** The id of the measured type. */
  measuredTypeId?: Maybe<Scalars['Int']['output']>;
  /** The name of the measured type. */
  name?: Maybe<Scalars['String']['output']>;
};

/** Activity time. */
export type ActivityTime = {
  __typename?: 'ActivityTime';
  /** The time of day that the activity is planned to be performed in the format HH.mm. */
  time?: Maybe<Scalars['String']['output']>;
};

export type Client = {
  __typename?: 'Client';
  hslOrderServices: Array<HslOrderService>;
  hslOrders: Array<HslOrder>;
  hslPatients: Array<HslPatient>;
  hslPerformedServices: Array<HslPerformedService>;
  id: Scalars['ID']['output'];
  lifecareHslActivities: Array<LifecareHslActivity>;
  lifecareHslActivitiesPerformed: Array<LifecareHslActivityPerformed>;
  lifecareHslActivityOccurrences: Array<LifecareHslActivityOccurrence>;
  lifecareHslJournals: Array<LifecareHslJournal>;
  lifecareHslOrderServices: Array<LifecareHslOrderService>;
  lifecareHslOrders: Array<LifecareHslOrder>;
};


export type ClientHslOrderServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientHslOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientHslPatientsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientHslPerformedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslActivitiesPerformedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslActivityOccurrencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslJournalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslOrderServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientLifecareHslOrdersArgs = {
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

export type Execution = {
  __typename?: 'Execution';
  hslOrders: Array<HslOrder>;
  id: Scalars['ID']['output'];
  lifecareHslOrderExecutionConnections: Array<LifecareHslOrderExecutionConnection>;
};


export type ExecutionHslOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ExecutionLifecareHslOrderExecutionConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Represents an external provider unit. */
export type ExternalUnit = {
  __typename?: 'ExternalUnit';
  /** The ID of the external unit. */
  id?: Maybe<Scalars['Int']['output']>;
  /** The name of the external unit. */
  name?: Maybe<Scalars['String']['output']>;
};

/** An documentation. */
export type HslDocumentationText = {
  __typename?: 'HslDocumentationText';
  /** [Searchable] The documentation content type. */
  contentType?: Maybe<HslDocumentationTextContentType>;
  /** [Searchable] Name of  the author of the text. */
  createdName?: Maybe<Scalars['String']['output']>;
  /** Created role ID. */
  createdRoleId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Signature of author of the text. */
  createdSignature?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Time when text was created. */
  createdTime?: Maybe<Scalars['DateTime']['output']>;
  /** End time. */
  endTime?: Maybe<Scalars['DateTime']['output']>;
  /** Error marked. */
  errorMarked?: Maybe<Scalars['Boolean']['output']>;
  /** Error marked signature. */
  errorMarkedSignature?: Maybe<Scalars['String']['output']>;
  /** Error marked time. */
  errorMarkedTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Execution ID were text are written. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Headline ID. */
  headlineId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Unique ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** [Searchable] The next history ID. */
  nextHistoryId?: Maybe<Scalars['String']['output']>;
  /** Occurrence time. */
  occurrenceTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] The origin ID. */
  originId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Parent ID. */
  parentId?: Maybe<Scalars['String']['output']>;
  /** Plain text. */
  plainText?: Maybe<Scalars['String']['output']>;
  /** [Searchable] The previous history ID. */
  previousHistoryId?: Maybe<Scalars['String']['output']>;
  /** Signed signature. */
  signedSignature?: Maybe<Scalars['String']['output']>;
  /** Time when text was signed. */
  signedTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] The documentation status. */
  status?: Maybe<HslDocumentationTextStatus>;
  /** Text (RTF or plain). */
  text?: Maybe<Scalars['String']['output']>;
  /** Updated signature. */
  updatedSignature?: Maybe<Scalars['String']['output']>;
};

export type HslDocumentationTextContentType =
  | 'Image'
  | 'Text';

export type HslDocumentationTextStatus =
  | 'Current'
  | 'Deleted'
  | 'History';

/** An HSL order (HSL-uppdrag) of the Procapita HSL module. */
export type HslOrder = {
  __typename?: 'HslOrder';
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** [Searchable] The date when the HSL order was confirmed. */
  confirmedDate?: Maybe<Scalars['DateTime']['output']>;
  /** The user who confirmed the HSL order. */
  confirmer?: Maybe<Professional>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] The end date of the HSL order. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  execution?: Maybe<Execution>;
  /** [Searchable] The ID of the execution where the HSL Order was confirmed. */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] The ID of the investigation (HSL journal). */
  investigationId?: Maybe<Scalars['Int']['output']>;
  /** The order date. */
  orderDate?: Maybe<Scalars['DateTime']['output']>;
  orderServices: Array<HslOrderService>;
  /** The orderer. */
  orderer?: Maybe<Professional>;
  /** The patient's HSL journal (the contract's investigation). */
  patient?: Maybe<HslPatient>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** The caseworker that was chosen as provider in the HSL order. */
  provider?: Maybe<Professional>;
  /** The company that was chosen as provider in the HSL order. */
  providerCompany?: Maybe<ProviderCompany>;
  /** The provider organization unit for the HSL order. */
  providerOrganizationUnit?: Maybe<OrganizationUnit>;
  /** [Searchable: yyyy-MM-dd] The start date of the HSL order. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
};


/** An HSL order (HSL-uppdrag) of the Procapita HSL module. */
export type HslOrderOrderServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on HslOrder (every given condition must hold). */
export type HslOrderFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  confirmedDate?: InputMaybe<Scalars['Date']['input']>;
  confirmedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  confirmedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
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
  orderServicesSome?: InputMaybe<HslOrderServiceFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type HslOrderPage = {
  __typename?: 'HslOrderPage';
  nodes: Array<HslOrder>;
  pageInfo: PageInfo;
};

/** A service (åtgärd) of a Procapita HSL order. */
export type HslOrderService = {
  __typename?: 'HslOrderService';
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** A list with HSL ordered service details. */
  details?: Maybe<Array<HslOrderServiceDetail>>;
  /** [Searchable: yyyy-MM-dd] End date for the HSL service in the HSL journal. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** The HSL order. */
  hslOrder?: Maybe<HslOrder>;
  /** [Searchable] HSL order ID. */
  hslOrderId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  performedServices: Array<HslPerformedService>;
  /** [Must be explicitly included by the include parameter] [Type or property is not searchable] Service text. */
  serviceText?: Maybe<HslDocumentationText>;
  /** Service type. */
  serviceType?: Maybe<CodeText>;
  /** [Searchable: yyyy-MM-dd] Start date for the HSL service in the HSL journal. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Signature of the personnel who updated the service. */
  updatedSignature?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Date and time when this service was last updated. */
  updatedTime?: Maybe<Scalars['DateTime']['output']>;
};


/** A service (åtgärd) of a Procapita HSL order. */
export type HslOrderServicePerformedServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A HSL order service detail. */
export type HslOrderServiceDetail = {
  __typename?: 'HslOrderServiceDetail';
  /** Count hours. */
  countHour?: Maybe<Scalars['Float']['output']>;
  /** Period day. */
  dayPeriod?: Maybe<CodeText>;
  /** Unique ID. */
  id?: Maybe<Scalars['Int']['output']>;
  /** Period month. */
  monthPeriod?: Maybe<CodeText>;
  /** Time unit. */
  timeUnit?: Maybe<CodeText>;
  /** Period week. */
  weekPeriod?: Maybe<CodeText>;
  /** Which days of the week the service is provided. */
  weekdays?: Maybe<Array<HslOrderServiceDetailWeekdays>>;
  /** When during the day the service should be performed. */
  whenDuringDay?: Maybe<CodeText>;
  /** Period year. */
  yearPeriod?: Maybe<CodeText>;
};

export type HslOrderServiceDetailWeekdays =
  | 'Friday'
  | 'Monday'
  | 'Saturday'
  | 'Sunday'
  | 'Thursday'
  | 'Tuesday'
  | 'Wednesday';

/** Filters on HslOrderService (every given condition must hold). */
export type HslOrderServiceFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  hslOrderId?: InputMaybe<Scalars['Int']['input']>;
  hslOrderIdAfter?: InputMaybe<Scalars['Int']['input']>;
  performedServicesSome?: InputMaybe<HslPerformedServiceFilter>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  updatedSignature?: InputMaybe<Scalars['String']['input']>;
  updatedTime?: InputMaybe<Scalars['Date']['input']>;
  updatedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updatedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type HslOrderServicePage = {
  __typename?: 'HslOrderServicePage';
  nodes: Array<HslOrderService>;
  pageInfo: PageInfo;
};

/** A patient with a Procapita HSL journal (package 8974 "Client"): one row per journal; the id is the journal id (HslOrder.investigationId). The row is a tombstone (deleted) once the journal has ended, so the live rows are the patients with an ongoing journal. Name, identity number and address are read through `client`. */
export type HslPatient = {
  __typename?: 'HslPatient';
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** When the HSL journal ended; null while it is ongoing. */
  journalEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** When the HSL journal was opened. */
  journalStartDate?: Maybe<Scalars['DateTime']['output']>;
  orders: Array<HslOrder>;
  /** Id of the HSL organisation unit that owns the journal. */
  organizationUnitId?: Maybe<Scalars['String']['output']>;
  /** Name of the HSL organisation unit that owns the journal. */
  organizationUnitName?: Maybe<Scalars['String']['output']>;
};


/** A patient with a Procapita HSL journal (package 8974 "Client"): one row per journal; the id is the journal id (HslOrder.investigationId). The row is a tombstone (deleted) once the journal has ended, so the live rows are the patients with an ongoing journal. Name, identity number and address are read through `client`. */
export type HslPatientOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on HslPatient (every given condition must hold). */
export type HslPatientFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  journalEndDate?: InputMaybe<Scalars['Date']['input']>;
  journalEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  journalEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  journalStartDate?: InputMaybe<Scalars['Date']['input']>;
  journalStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  journalStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  ordersSome?: InputMaybe<HslOrderFilter>;
  organizationUnitId?: InputMaybe<Scalars['String']['input']>;
  organizationUnitName?: InputMaybe<Scalars['String']['input']>;
};

export type HslPatientPage = {
  __typename?: 'HslPatientPage';
  nodes: Array<HslPatient>;
  pageInfo: PageInfo;
};

/** A performed (or not performed) Procapita HSL service with its KVÅ codes. Package 8900 exports it de-identified: the patient is only a reference, never copied here. */
export type HslPerformedService = {
  __typename?: 'HslPerformedService';
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Optional comment. */
  hasComment?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Organization Unit who owns the journal. */
  hslJournalOrganizationUnit?: Maybe<OrganizationUnit>;
  /** HSL service ID. */
  hslServiceId?: Maybe<Scalars['Int']['output']>;
  /** HSL service name. */
  hslServiceName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  kvaServices?: Maybe<Array<HslPerformedServiceKva>>;
  /** The HSL order service this registration belongs to. */
  orderService?: Maybe<HslOrderService>;
  /** Service has been performed. */
  performed?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by curator. */
  performedByCurator?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by dietician. */
  performedByDietician?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by nurse. */
  performedByNurse?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by occupational therapist. */
  performedByOccupationalTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by another occupation. */
  performedByOther?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by physiotherapist. */
  performedByPhysiotherapist?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by psychologist. */
  performedByPsychologist?: Maybe<Scalars['Boolean']['output']>;
  /** Service was performed by speechtherapist. */
  performedBySpeechTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable: yyyy-MM-dd] Date when service was performed. */
  performedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** Date when Performed Service was updated. */
  updatedDate?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters on HslPerformedService (every given condition must hold). */
export type HslPerformedServiceFilter = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  hasComment?: InputMaybe<Scalars['Boolean']['input']>;
  hslOrderServiceId?: InputMaybe<Scalars['ID']['input']>;
  hslServiceId?: InputMaybe<Scalars['Int']['input']>;
  hslServiceIdAfter?: InputMaybe<Scalars['Int']['input']>;
  hslServiceName?: InputMaybe<Scalars['String']['input']>;
  performed?: InputMaybe<Scalars['Boolean']['input']>;
  performedByCurator?: InputMaybe<Scalars['Boolean']['input']>;
  performedByDietician?: InputMaybe<Scalars['Boolean']['input']>;
  performedByNurse?: InputMaybe<Scalars['Boolean']['input']>;
  performedByOccupationalTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  performedByOther?: InputMaybe<Scalars['Boolean']['input']>;
  performedByPhysiotherapist?: InputMaybe<Scalars['Boolean']['input']>;
  performedByPsychologist?: InputMaybe<Scalars['Boolean']['input']>;
  performedBySpeechTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  performedDateTime?: InputMaybe<Scalars['Date']['input']>;
  performedDateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  performedDateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  updatedDate?: InputMaybe<Scalars['Date']['input']>;
  updatedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updatedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** KVÅ service for HSL performed service. */
export type HslPerformedServiceKva = {
  __typename?: 'HslPerformedServiceKva';
  /** KVÅ service code. */
  kvaServiceCode?: Maybe<Scalars['String']['output']>;
  /** KVÅ service ID. */
  kvaServiceId?: Maybe<Scalars['Int']['output']>;
  /** KVÅ service name. */
  kvaServiceName?: Maybe<Scalars['String']['output']>;
};

export type HslPerformedServicePage = {
  __typename?: 'HslPerformedServicePage';
  nodes: Array<HslPerformedService>;
  pageInfo: PageInfo;
};

/** Timestamp attached to a user. */
export type HslUserTimestamp = {
  __typename?: 'HslUserTimestamp';
  /** Timestamp in UTC. The time that the activity item was created/modified/signed/inactivated/error marked depending of context. */
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  /** The user's full name. */
  userName?: Maybe<Scalars['String']['output']>;
  /** The user's role. */
  userRole?: Maybe<Scalars['String']['output']>;
  /** The user's signature. */
  userSignature?: Maybe<Scalars['String']['output']>;
};

export type LHslCodeText = {
  __typename?: 'LHslCodeText';
  codeId?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type LHslOrganizationUnit = {
  __typename?: 'LHslOrganizationUnit';
  organizationId?: Maybe<Scalars['Int']['output']>;
  organizationName?: Maybe<Scalars['String']['output']>;
  organizationUnitId?: Maybe<Scalars['String']['output']>;
};

/** A Lifecare HSL activity (åtgärd) in a patient's journal, with its KVÅ codes. */
export type LifecareHslActivity = {
  __typename?: 'LifecareHslActivity';
  /** Basis for compensation with information about how many times per day all day activities are planned to be performed. Only applicable for not time specified activities and when feature EC_HSLActivityNumberOfTimesPerDay is enabled. This field will otherwise have the value null. */
  allDayTimesPerDay?: Maybe<Scalars['Int']['output']>;
  /** Id of the care process that the activity is in. */
  careProcessId?: Maybe<Scalars['Int']['output']>;
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** The user who created this activity. */
  createdBy?: Maybe<HslUserTimestamp>;
  /** If this activity should be performed by curators. */
  curator?: Maybe<Scalars['Boolean']['output']>;
  /** The kind of delegation required to perform this activity. When customer don't have the delegation-module, we don't know if delegation is required and the DelegationMode field is set to null. */
  delegationMode?: Maybe<LifecareHslActivityDelegationMode>;
  /** If the activity is deleted */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Activity description. */
  description?: Maybe<Scalars['String']['output']>;
  /** If this activity should be performed by dieticians. */
  dietician?: Maybe<Scalars['Boolean']['output']>;
  /** The duration of the activity in HH.mm format. If no duration is specified this is set to empty string. */
  duration?: Maybe<Scalars['String']['output']>;
  /** The end date of the activity (in case TimeSpecified is set to true, this property also has a time part set in UTC format). The end date and time of the activities last occurrence + the activities duration. If the activity goes on forever, this property has null as value. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** The user who error marked this activity. */
  errorMarkedBy?: Maybe<HslUserTimestamp>;
  /** The extra KVA codes that are not the primary KVA code. */
  extraKvaCodes?: Maybe<Array<LifecareHslActivityV1KvaCode>>;
  /** This field can be filled with information about when the activity performer should contact the creator of the activity. */
  feedback?: Maybe<Scalars['String']['output']>;
  /** The connected goals for the activity. */
  goals?: Maybe<Array<ActivityGoal>>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The user who inactivated this activity. */
  inactivatedBy?: Maybe<HslUserTimestamp>;
  /** Is activity medication-related. When customer don't have the delegation-module, we don't know if medication is required and the isMedication field is set to null. */
  isMedication?: Maybe<Scalars['Boolean']['output']>;
  /** Is the activity planned or not. */
  isPlanned?: Maybe<Scalars['Boolean']['output']>;
  /** Specifies if the activity can be performed when needed. */
  isWhenNeeded?: Maybe<Scalars['Boolean']['output']>;
  /** The patient's journal. */
  journal?: Maybe<LifecareHslJournal>;
  /** The primary KVA code of the activity. */
  kvaCode?: Maybe<LifecareHslActivityV1KvaCode>;
  /** The ID of the patients journal. */
  lHslJournalId?: Maybe<Scalars['Int']['output']>;
  /** The user who last modified this activity. */
  modifiedBy?: Maybe<HslUserTimestamp>;
  /** Comment about why the activity was modified when for example error marking the activity. */
  modifiedComment?: Maybe<Scalars['String']['output']>;
  /** Should not send a signal in case of non-registration for this activity. */
  noNotification?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by nurses. */
  nurse?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by occupational therapists. */
  occupationalTherapist?: Maybe<Scalars['Boolean']['output']>;
  occurrences: Array<LifecareHslActivityOccurrence>;
  orderServices: Array<LifecareHslOrderService>;
  /** If this activity should be performed by care personnel. */
  otherPersonnel?: Maybe<Scalars['Boolean']['output']>;
  /** Full name of the patient. Format: "Surname, Firstname". */
  patientName?: Maybe<Scalars['String']['output']>;
  /** Person id of the patient. */
  patientPersonId?: Maybe<Scalars['String']['output']>;
  performedRegistrations: Array<LifecareHslActivityPerformed>;
  /** If this activity should be performed by physiotherapists. */
  physiotherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The planned measured types for the activity. */
  plannedMeasuredTypes?: Maybe<Array<ActivityPlannedMeasuredType>>;
  /** The prescription cause for when needed activities. */
  prescriptionCause?: Maybe<Scalars['String']['output']>;
  /** If this activity should be performed by psychologists. */
  psychologist?: Maybe<Scalars['Boolean']['output']>;
  /** If the activity is recurring, this contains the RRule value that specifies how the activity should be recurring. */
  rRule?: Maybe<Scalars['String']['output']>;
  /** If the activity is recurring, this contains "natural" summary of the RRule in British English. */
  rRuleSummaryBritish?: Maybe<Scalars['String']['output']>;
  /** If the activity is recurring, this contains "natural" summary of the RRule in Swedish. */
  rRuleSummarySwedish?: Maybe<Scalars['String']['output']>;
  /** The user who last signed this activity. */
  signedBy?: Maybe<HslUserTimestamp>;
  /** If this activity should be performed by speech therapists. */
  speechTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The start date of the activity (in case TimeSpecified is set to true, this property also has a time part set in UTC format). */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** The end time of when this version of the activity was in use (only used in delta queries). */
  systemEndTime?: Maybe<Scalars['DateTime']['output']>;
  /** The start time of when this version of the activity was in use (only used in delta queries). */
  systemStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** A list of the tasks required to perform this activity */
  tasks?: Maybe<Array<LifecareHslActivityV1ActivityDelegationTask>>;
  /** Indicates if time is specified for this activity. If not time specified, it is handled as an all-day activity. */
  timeSpecified?: Maybe<Scalars['Boolean']['output']>;
  /** Activity Time Window range */
  timeWindow?: Maybe<LifecareHslActivityV1ActivityTimeWindow>;
  /** The kind of time window required to moving this activity */
  timeWindowMode?: Maybe<LifecareHslActivityTimeWindowMode>;
  /** If the activity is time specified, this property will hold all the time during day when the activity is planned to be performed. */
  times?: Maybe<Array<ActivityTime>>;
  /** The type of activity. */
  type?: Maybe<LifecareHslActivityType>;
  /** If the activity is not time specified, a when during day could have been chosen and indicating when during the day that the activity should be performed. This contains the code text code value of the chosen 'When during day' value. */
  whenDuringDay?: Maybe<Scalars['Int']['output']>;
  /** If the activity is not time specified, a when during day could have been chosen and indicating when during the day that the activity should be performed. This contains the name of the chosen 'When during day' value. */
  whenDuringDayText?: Maybe<Scalars['String']['output']>;
};


/** A Lifecare HSL activity (åtgärd) in a patient's journal, with its KVÅ codes. */
export type LifecareHslActivityOccurrencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Lifecare HSL activity (åtgärd) in a patient's journal, with its KVÅ codes. */
export type LifecareHslActivityOrderServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Lifecare HSL activity (åtgärd) in a patient's journal, with its KVÅ codes. */
export type LifecareHslActivityPerformedRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LifecareHslActivityDelegationMode =
  | 'NotSpecified'
  | 'Patient'
  | 'Unit';

/** Filters on LifecareHslActivity (every given condition must hold). */
export type LifecareHslActivityFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  allDayTimesPerDay?: InputMaybe<Scalars['Int']['input']>;
  allDayTimesPerDayAfter?: InputMaybe<Scalars['Int']['input']>;
  careProcessId?: InputMaybe<Scalars['Int']['input']>;
  careProcessIdAfter?: InputMaybe<Scalars['Int']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  curator?: InputMaybe<Scalars['Boolean']['input']>;
  delegationMode?: InputMaybe<LifecareHslActivityDelegationMode>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dietician?: InputMaybe<Scalars['Boolean']['input']>;
  duration?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  feedback?: InputMaybe<Scalars['String']['input']>;
  isMedication?: InputMaybe<Scalars['Boolean']['input']>;
  isPlanned?: InputMaybe<Scalars['Boolean']['input']>;
  isWhenNeeded?: InputMaybe<Scalars['Boolean']['input']>;
  lHslJournalId?: InputMaybe<Scalars['Int']['input']>;
  lHslJournalIdAfter?: InputMaybe<Scalars['Int']['input']>;
  modifiedComment?: InputMaybe<Scalars['String']['input']>;
  noNotification?: InputMaybe<Scalars['Boolean']['input']>;
  nurse?: InputMaybe<Scalars['Boolean']['input']>;
  occupationalTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  occurrencesSome?: InputMaybe<LifecareHslActivityOccurrenceFilter>;
  orderServicesSome?: InputMaybe<LifecareHslOrderServiceFilter>;
  otherPersonnel?: InputMaybe<Scalars['Boolean']['input']>;
  patientName?: InputMaybe<Scalars['String']['input']>;
  patientPersonId?: InputMaybe<Scalars['String']['input']>;
  performedRegistrationsSome?: InputMaybe<LifecareHslActivityPerformedFilter>;
  physiotherapist?: InputMaybe<Scalars['Boolean']['input']>;
  prescriptionCause?: InputMaybe<Scalars['String']['input']>;
  psychologist?: InputMaybe<Scalars['Boolean']['input']>;
  rRule?: InputMaybe<Scalars['String']['input']>;
  rRuleSummaryBritish?: InputMaybe<Scalars['String']['input']>;
  rRuleSummarySwedish?: InputMaybe<Scalars['String']['input']>;
  speechTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  systemEndTime?: InputMaybe<Scalars['Date']['input']>;
  systemEndTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  systemEndTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  systemStartTime?: InputMaybe<Scalars['Date']['input']>;
  systemStartTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  systemStartTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  timeSpecified?: InputMaybe<Scalars['Boolean']['input']>;
  timeWindowMode?: InputMaybe<LifecareHslActivityTimeWindowMode>;
  type?: InputMaybe<LifecareHslActivityType>;
  whenDuringDay?: InputMaybe<Scalars['Int']['input']>;
  whenDuringDayAfter?: InputMaybe<Scalars['Int']['input']>;
  whenDuringDayText?: InputMaybe<Scalars['String']['input']>;
};

/** Planned occurrences of a Lifecare HSL activity in one calendar month (the contract groups them per patient in an ActivityResponse; the patient is `client`, the activity `activity`). */
export type LifecareHslActivityOccurrence = {
  __typename?: 'LifecareHslActivityOccurrence';
  /** The planned activity. */
  activity?: Maybe<LifecareHslActivity>;
  /** The planned activity (the contract's Id of an occurrence). */
  activityId?: Maybe<Scalars['Int']['output']>;
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The journal organization unit for the activity. */
  journalOrganizationUnit?: Maybe<LifecareHslActivityOccurrenceV1OrganizationUnit>;
  /** The KVA codes associated with the activity. */
  kvaCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** The external unit where the activity will be performed. */
  performAtExternalUnit?: Maybe<ExternalUnit>;
  /** The provider unit where the activity will be performed. */
  performAtProviderUnit?: Maybe<LifecareHslActivityOccurrenceV1ProviderUnit>;
  /** End (exclusive) of the month the planned dates cover. */
  periodEnd?: Maybe<Scalars['DateTime']['output']>;
  /** Start of the month the planned dates cover. */
  periodStart?: Maybe<Scalars['DateTime']['output']>;
  /** The planned dates for the activity. */
  plannedDates?: Maybe<Array<Scalars['DateTime']['output']>>;
  /** The planned performers for the activity. */
  plannedPerformBy?: Maybe<Array<Profession>>;
};

/** Filters on LifecareHslActivityOccurrence (every given condition must hold). */
export type LifecareHslActivityOccurrenceFilter = {
  activityId?: InputMaybe<Scalars['Int']['input']>;
  activityIdAfter?: InputMaybe<Scalars['Int']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  periodEndFrom?: InputMaybe<Scalars['DateTime']['input']>;
  periodEndTo?: InputMaybe<Scalars['DateTime']['input']>;
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  periodStartFrom?: InputMaybe<Scalars['DateTime']['input']>;
  periodStartTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LifecareHslActivityOccurrencePage = {
  __typename?: 'LifecareHslActivityOccurrencePage';
  nodes: Array<LifecareHslActivityOccurrence>;
  pageInfo: PageInfo;
};

/** Represents an organization unit. */
export type LifecareHslActivityOccurrenceV1OrganizationUnit = {
  __typename?: 'LifecareHslActivityOccurrenceV1OrganizationUnit';
  /** The name of the organization unit. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization ID. */
  organizationId?: Maybe<Scalars['Int']['output']>;
  /** The organization unit ID. */
  organizationUnitId?: Maybe<Scalars['String']['output']>;
};

/** Represents a provider Unit. */
export type LifecareHslActivityOccurrenceV1ProviderUnit = {
  __typename?: 'LifecareHslActivityOccurrenceV1ProviderUnit';
  /** The ID of the provider unit. */
  id?: Maybe<Scalars['Int']['output']>;
  /** The name of the provider unit. */
  name?: Maybe<Scalars['String']['output']>;
};

export type LifecareHslActivityPage = {
  __typename?: 'LifecareHslActivityPage';
  nodes: Array<LifecareHslActivity>;
  pageInfo: PageInfo;
};

/** A performed / not performed registration of a Lifecare HSL activity occurrence. */
export type LifecareHslActivityPerformed = {
  __typename?: 'LifecareHslActivityPerformed';
  /** The activity registered on. */
  activity?: Maybe<LifecareHslActivity>;
  /** The activity id that the activity performed/not performed registration is registered on */
  activityId?: Maybe<Scalars['Int']['output']>;
  /** A list of the KVÅ codes connected to the activityPerformed */
  activityPerformedKvas?: Maybe<Array<ActivityPerformedKva>>;
  /** The type of the activity. For example investigating or treating. */
  activityType?: Maybe<LifecareHslActivityPerformedActivityType>;
  /** The care process id that the activity is a part of */
  careProcessId?: Maybe<Scalars['Int']['output']>;
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** The user who created this entry originally */
  createdBy?: Maybe<ActivityPerformedUserTimestamp>;
  /** The activity is performed by a curator */
  curator?: Maybe<Scalars['Boolean']['output']>;
  /** If the activityPerformed is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The activity is performed by a dietitian */
  dietitian?: Maybe<Scalars['Boolean']['output']>;
  /** The user who error marked this entry. If it isn't error marked, then this property will be null. */
  errorMarkedBy?: Maybe<ActivityPerformedUserTimestamp>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Contains the measured value registrations for the activity performed registration */
  measuredValues?: Maybe<Array<MeasuredValue>>;
  /** The user who modified this entry */
  modifiedBy?: Maybe<ActivityPerformedUserTimestamp>;
  /** Comment about why the registration was modified when for example error marking the registration */
  modifiedComment?: Maybe<Scalars['String']['output']>;
  /** The activity is performed by a nurse */
  nurse?: Maybe<Scalars['Boolean']['output']>;
  /** The activity is performed by an occupational therapist */
  occupationalTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The activity is performed by an "other personnel" */
  otherPersonnel?: Maybe<Scalars['Boolean']['output']>;
  /** If the activity is registered as performed or not performed */
  performed?: Maybe<Scalars['Boolean']['output']>;
  /** When the activity was performed in UTC format */
  performedTime?: Maybe<Scalars['DateTime']['output']>;
  /** The activity is performed by a physiotherapist */
  physiotherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The activity occurrence planned date and time (Only date if time of the activity is not specified, otherwise in UTC format time) to get a reference to the actual occurence */
  plannedTime?: Maybe<Scalars['DateTime']['output']>;
  /** The activity is performed by a psychologist */
  psychologist?: Maybe<Scalars['Boolean']['output']>;
  /** Contains the reason why whole or parts of the activity was not performed */
  reasonNotPerformed?: Maybe<Scalars['String']['output']>;
  /** Contains the result value of the activity performed registration */
  result?: Maybe<Scalars['String']['output']>;
  /** The user who signed this entry */
  signedBy?: Maybe<ActivityPerformedUserTimestamp>;
  /** The activity is performed by a speech therapist */
  speechTherapist?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The end time in UTC of when this version of the activityPerformed was in use (only used in delta queries).
   * If SystemEndTime is null, it is the current activity performed history value.
   */
  systemEndTime?: Maybe<Scalars['DateTime']['output']>;
  /** The start time in UTC of when this version of the activityPerformed was in use (only used in delta queries). */
  systemStartTime?: Maybe<Scalars['DateTime']['output']>;
  /** Indicates if the activity is time specified */
  timeSpecified?: Maybe<Scalars['Boolean']['output']>;
};

export type LifecareHslActivityPerformedActivityType =
  | 'Investigating'
  | 'Treating';

/** Filters on LifecareHslActivityPerformed (every given condition must hold). */
export type LifecareHslActivityPerformedFilter = {
  activityId?: InputMaybe<Scalars['Int']['input']>;
  activityIdAfter?: InputMaybe<Scalars['Int']['input']>;
  activityType?: InputMaybe<LifecareHslActivityPerformedActivityType>;
  careProcessId?: InputMaybe<Scalars['Int']['input']>;
  careProcessIdAfter?: InputMaybe<Scalars['Int']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  curator?: InputMaybe<Scalars['Boolean']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  dietitian?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedComment?: InputMaybe<Scalars['String']['input']>;
  nurse?: InputMaybe<Scalars['Boolean']['input']>;
  occupationalTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  otherPersonnel?: InputMaybe<Scalars['Boolean']['input']>;
  performed?: InputMaybe<Scalars['Boolean']['input']>;
  performedTime?: InputMaybe<Scalars['Date']['input']>;
  performedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  performedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  physiotherapist?: InputMaybe<Scalars['Boolean']['input']>;
  plannedTime?: InputMaybe<Scalars['Date']['input']>;
  plannedTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  plannedTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  psychologist?: InputMaybe<Scalars['Boolean']['input']>;
  reasonNotPerformed?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<Scalars['String']['input']>;
  speechTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  systemEndTime?: InputMaybe<Scalars['Date']['input']>;
  systemEndTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  systemEndTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  systemStartTime?: InputMaybe<Scalars['Date']['input']>;
  systemStartTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  systemStartTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  timeSpecified?: InputMaybe<Scalars['Boolean']['input']>;
};

export type LifecareHslActivityPerformedPage = {
  __typename?: 'LifecareHslActivityPerformedPage';
  nodes: Array<LifecareHslActivityPerformed>;
  pageInfo: PageInfo;
};

export type LifecareHslActivityTimeWindowMode =
  | 'AsPlanned'
  | 'WithinTheSpecifiedTimeWindow';

export type LifecareHslActivityType =
  | 'Investigating'
  | 'Treating';

/** Activity delegation task. */
export type LifecareHslActivityV1ActivityDelegationTask = {
  __typename?: 'LifecareHslActivityV1ActivityDelegationTask';
  /** Description text for the task. */
  description?: Maybe<Scalars['String']['output']>;
  /** Code id for the task. Code text is of the type DELEGERING. */
  taskCode?: Maybe<Scalars['Int']['output']>;
};

/** Activity Time Window range. */
export type LifecareHslActivityV1ActivityTimeWindow = {
  __typename?: 'LifecareHslActivityV1ActivityTimeWindow';
  /** Beginning of the time window range. */
  timeWindowFrom?: Maybe<Scalars['String']['output']>;
  /** End of time the window range. */
  timeWindowTo?: Maybe<Scalars['String']['output']>;
};

/** KVA code. */
export type LifecareHslActivityV1KvaCode = {
  __typename?: 'LifecareHslActivityV1KvaCode';
  /** The KVA code. */
  code?: Maybe<Scalars['String']['output']>;
  /** The KVA code description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The KVA code id. */
  id?: Maybe<Scalars['Int']['output']>;
  /** The KVA code name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A patient's Lifecare HSL journal. */
export type LifecareHslJournal = {
  __typename?: 'LifecareHslJournal';
  activities: Array<LifecareHslActivity>;
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** Customer number of the patient this journal belongs to. */
  customerNumber?: Maybe<Scalars['Int']['output']>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Date when the journal was ended. Null in case it is ongoing. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** Reason for which the journal was ended. */
  endReason?: Maybe<LHslCodeText>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** Id of this journal. */
  journalId?: Maybe<Scalars['Int']['output']>;
  /** Date when the journal was modified. */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  orders: Array<LifecareHslOrder>;
  /** Organization unit this journal belongs to. */
  organizationUnit?: Maybe<LHslOrganizationUnit>;
  /** The person id of the patient for this journal. */
  personId?: Maybe<Scalars['String']['output']>;
  /** Name of the patient for this journal. */
  personName?: Maybe<Scalars['String']['output']>;
  /** Date when the journal was started. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
};


/** A patient's Lifecare HSL journal. */
export type LifecareHslJournalActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A patient's Lifecare HSL journal. */
export type LifecareHslJournalOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Filters on LifecareHslJournal (every given condition must hold). */
export type LifecareHslJournalFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  activitiesSome?: InputMaybe<LifecareHslActivityFilter>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  customerNumber?: InputMaybe<Scalars['Int']['input']>;
  customerNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  journalId?: InputMaybe<Scalars['Int']['input']>;
  journalIdAfter?: InputMaybe<Scalars['Int']['input']>;
  modifiedDate?: InputMaybe<Scalars['Date']['input']>;
  modifiedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  ordersSome?: InputMaybe<LifecareHslOrderFilter>;
  personId?: InputMaybe<Scalars['String']['input']>;
  personName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type LifecareHslJournalPage = {
  __typename?: 'LifecareHslJournalPage';
  nodes: Array<LifecareHslJournal>;
  pageInfo: PageInfo;
};

/** A Lifecare HSL order (HSL-uppdrag): delegated activities handed to a social-care provider unit. */
export type LifecareHslOrder = {
  __typename?: 'LifecareHslOrder';
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** Date when this HSL order was confirmed. */
  confirmedDate?: Maybe<Scalars['DateTime']['output']>;
  /** User Id of the provider personnel who confirmed the HSL order. */
  confirmerId?: Maybe<Scalars['Int']['output']>;
  /** Name of the person who confirmed this HSL order. */
  confirmerName?: Maybe<Scalars['String']['output']>;
  /** Information about the user who created this HSL order, including profession. */
  createdBy?: Maybe<ProfessionUserTimestamp>;
  /** If the entity is deleted (only used in delta queries). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The end date of the HSL order. In case the HSL order is marked as ongoing, this value will be null. */
  endDate?: Maybe<Scalars['DateTime']['output']>;
  /** If the order ends at a certain time during the end date, then this field will be filled with the point of time on the format "HH.mm", otherwise it will be null. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** HSL user id of the person that error marked this HSL order. */
  errorMarkedById?: Maybe<Scalars['Int']['output']>;
  /** Datetime in UTC when this HSL order was error marked. Null in case it is not error marked. */
  errorMarkedDate?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the person who error marked this HSL order. */
  errorMarkedName?: Maybe<Scalars['String']['output']>;
  executionConnections: Array<LifecareHslOrderExecutionConnection>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The patient's journal. */
  journal?: Maybe<LifecareHslJournal>;
  /** HSL journal Id of the patient that this HSL order is about. */
  lHslJournalId?: Maybe<Scalars['Int']['output']>;
  /** Date when this HSL order was created. */
  orderDate?: Maybe<Scalars['DateTime']['output']>;
  /** Id of the HSL order. */
  orderId?: Maybe<Scalars['Int']['output']>;
  orderServices: Array<LifecareHslOrderService>;
  /** The order text of the HSL order */
  orderText?: Maybe<Scalars['String']['output']>;
  /** HSL user id of the person that ordered the HSL order. */
  ordererId?: Maybe<Scalars['Int']['output']>;
  /** Name of person who ordered this HSL order. */
  ordererName?: Maybe<Scalars['String']['output']>;
  /** The organization id that the patients HSL journal belongs to. */
  patientOrganizationId?: Maybe<Scalars['Int']['output']>;
  /** The organization unit id that the patients HSL journal belongs to. */
  patientOrganizationUnitId?: Maybe<Scalars['String']['output']>;
  /** The person Id of the patient that this HSL order is about. */
  patientPersonId?: Maybe<Scalars['String']['output']>;
  /** The provider unit receiving the order. */
  receiverProviderUnit?: Maybe<ProviderUnit>;
  /** The provider unit id that is the receiver of the HSL order. */
  receiverProviderUnitId?: Maybe<Scalars['Int']['output']>;
  /** The provider unit name that is the receiver of the HSL order. */
  receiverProviderUnitName?: Maybe<Scalars['String']['output']>;
  /** The start date of the HSL order. */
  startDate?: Maybe<Scalars['DateTime']['output']>;
  /** If the order starts at a certain time during the start date, then this field will be filled with the point of time on the format "HH.mm", otherwise it will be null. */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Information about the user who last updated this HSL order, including profession. */
  updatedBy?: Maybe<ProfessionUserTimestamp>;
};


/** A Lifecare HSL order (HSL-uppdrag): delegated activities handed to a social-care provider unit. */
export type LifecareHslOrderExecutionConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A Lifecare HSL order (HSL-uppdrag): delegated activities handed to a social-care provider unit. */
export type LifecareHslOrderOrderServicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Which social-care execution (and provider unit) carries out a Lifecare HSL order. */
export type LifecareHslOrderExecutionConnection = {
  __typename?: 'LifecareHslOrderExecutionConnection';
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** The social-care execution. */
  execution?: Maybe<Execution>;
  /** Execution Id */
  executionId?: Maybe<Scalars['Int']['output']>;
  /** Id of LHSL order */
  hslOrderId?: Maybe<Scalars['Int']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** The Lifecare HSL order. */
  order?: Maybe<LifecareHslOrder>;
  /** Id of organization, needs to be set by administrator for provider unit */
  organizationId?: Maybe<Scalars['Int']['output']>;
  /** Id of organization unit, needs to be set by administrator for provider unit */
  organizationUnitId?: Maybe<Scalars['String']['output']>;
  /** Id of professional, needs to be set by administrator for provider unit */
  professionalId?: Maybe<Scalars['String']['output']>;
  /** The provider unit. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Provider unit id */
  providerUnitId?: Maybe<Scalars['Int']['output']>;
  /** Name of provider unit */
  providerUnitName?: Maybe<Scalars['String']['output']>;
};

/** Filters on LifecareHslOrderExecutionConnection (every given condition must hold). */
export type LifecareHslOrderExecutionConnectionFilter = {
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  executionId?: InputMaybe<Scalars['Int']['input']>;
  executionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  hslOrderId?: InputMaybe<Scalars['Int']['input']>;
  hslOrderIdAfter?: InputMaybe<Scalars['Int']['input']>;
  organizationId?: InputMaybe<Scalars['Int']['input']>;
  organizationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  organizationUnitId?: InputMaybe<Scalars['String']['input']>;
  professionalId?: InputMaybe<Scalars['String']['input']>;
  providerUnitId?: InputMaybe<Scalars['Int']['input']>;
  providerUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  providerUnitName?: InputMaybe<Scalars['String']['input']>;
};

export type LifecareHslOrderExecutionConnectionPage = {
  __typename?: 'LifecareHslOrderExecutionConnectionPage';
  nodes: Array<LifecareHslOrderExecutionConnection>;
  pageInfo: PageInfo;
};

/** Filters on LifecareHslOrder (every given condition must hold). */
export type LifecareHslOrderFilter = {
  activeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  activeTo?: InputMaybe<Scalars['DateTime']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  confirmedDate?: InputMaybe<Scalars['Date']['input']>;
  confirmedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  confirmedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  confirmerId?: InputMaybe<Scalars['Int']['input']>;
  confirmerIdAfter?: InputMaybe<Scalars['Int']['input']>;
  confirmerName?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  endDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  endDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  endTime?: InputMaybe<Scalars['String']['input']>;
  errorMarkedById?: InputMaybe<Scalars['Int']['input']>;
  errorMarkedByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  errorMarkedDate?: InputMaybe<Scalars['Date']['input']>;
  errorMarkedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedName?: InputMaybe<Scalars['String']['input']>;
  executionConnectionsSome?: InputMaybe<LifecareHslOrderExecutionConnectionFilter>;
  lHslJournalId?: InputMaybe<Scalars['Int']['input']>;
  lHslJournalIdAfter?: InputMaybe<Scalars['Int']['input']>;
  orderDate?: InputMaybe<Scalars['Date']['input']>;
  orderDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  orderDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  orderId?: InputMaybe<Scalars['Int']['input']>;
  orderIdAfter?: InputMaybe<Scalars['Int']['input']>;
  orderServicesSome?: InputMaybe<LifecareHslOrderServiceFilter>;
  orderText?: InputMaybe<Scalars['String']['input']>;
  ordererId?: InputMaybe<Scalars['Int']['input']>;
  ordererIdAfter?: InputMaybe<Scalars['Int']['input']>;
  ordererName?: InputMaybe<Scalars['String']['input']>;
  patientOrganizationId?: InputMaybe<Scalars['Int']['input']>;
  patientOrganizationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  patientOrganizationUnitId?: InputMaybe<Scalars['String']['input']>;
  patientPersonId?: InputMaybe<Scalars['String']['input']>;
  receiverProviderUnitId?: InputMaybe<Scalars['Int']['input']>;
  receiverProviderUnitIdAfter?: InputMaybe<Scalars['Int']['input']>;
  receiverProviderUnitName?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  startDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  startDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
};

export type LifecareHslOrderPage = {
  __typename?: 'LifecareHslOrderPage';
  nodes: Array<LifecareHslOrder>;
  pageInfo: PageInfo;
};

/** An activity as included in a Lifecare HSL order (åtgärd i uppdrag); versions V1–V4 united. */
export type LifecareHslOrderService = {
  __typename?: 'LifecareHslOrderService';
  /** The journal activity. */
  activity?: Maybe<LifecareHslActivity>;
  /** Id of the activity. */
  activityId?: Maybe<Scalars['Int']['output']>;
  /** The type of activity. */
  activityType?: Maybe<LifecareHslOrderServiceActivityType>;
  /** Basis for compensation with information about how many times per day all day activities are planned to be performed. Only applicable for not timespecified activities and when feature EC_HSLActivityNumberOfTimesPerDay is enabled. This field will otherwise have the value null. */
  allDayTimesPerDay?: Maybe<Scalars['Int']['output']>;
  /** If this activity should be performed by assistant nurse. */
  assistantNurse?: Maybe<Scalars['Boolean']['output']>;
  /** Id of the care process that the activity is in. */
  careProcessId?: Maybe<Scalars['Int']['output']>;
  /** A history id holding together a version of an activity with its sub entities. */
  changeSetId?: Maybe<Scalars['String']['output']>;
  /** The patient (care's client). */
  client?: Maybe<Client>;
  /** The person who created this entry originally. */
  createdBy?: Maybe<V4LHslOrderUserTimestamp>;
  /** If this activity should be performed by curators. */
  curator?: Maybe<Scalars['Boolean']['output']>;
  /** The kind of delegation required to perform this activity. When customer don't have the delegation-module, we don't know if delegation is required and the DelegationMode field is set to null. */
  delegationMode?: Maybe<LifecareHslOrderServiceDelegationMode>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Activity description. */
  description?: Maybe<Scalars['String']['output']>;
  /** If this activity should be performed by dieticians. */
  dietician?: Maybe<Scalars['Boolean']['output']>;
  /** The duration of the activity in HH.mm format. If no duration is specified this is set to empty string. */
  duration?: Maybe<Scalars['String']['output']>;
  /** If the activity is error marked, then this field will contain the name of the personnel that error marked the hsl order. If the hsl order is not erro marked, then this field will be null. */
  errorMarkedByName?: Maybe<Scalars['String']['output']>;
  /** If the hsl order is error marked, then this field will contain the role (at the time of error marking) of the personnel that error marked the hsl order. If the hsl order is not error marked, then this field will be null. */
  errorMarkedByRole?: Maybe<Scalars['String']['output']>;
  /** If the hsl order is error marked, then this field will contain the signature of the personnel that error marked the hsl order. If the hsl order is not error marked, then this field will be null. */
  errorMarkedBySignature?: Maybe<Scalars['String']['output']>;
  /** If the activity is error marked, then this field will contain the date and time in UTC of when it was error marked. If the activity is not error marked, then this field will be null. */
  errorMarkedDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** This field can be filled with information about when the activity performer should contact the creator of the activity. */
  feedback?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** If the activity is inactivated, this will contain the HSL user id of the user that inactivated the activity. If the activity is not inactivated, then this property will be 0 */
  inactivatedById?: Maybe<Scalars['Int']['output']>;
  /** If the activity is inactivated, this will contain the role of the user at the moment the user inactivated the activity. If the activity is not inactivated, then this property will be empty. */
  inactivatedByRole?: Maybe<Scalars['String']['output']>;
  /** If the activity is inactivated, this will contain the date and time in UTC format when the activity got inactivated. If the activity is not inactivated, then this property will be null. */
  inactivatedDate?: Maybe<Scalars['DateTime']['output']>;
  /** If the activity is inactivated, this will contain the name of the user that inactivated the activity. If the activity is not inactivated, then this property will be empty. */
  inactivatedName?: Maybe<Scalars['String']['output']>;
  /** If the activity is inactivated, this will contain the signature of the user that inactivated the activity. If the activity is not inactivated, then this property will be empty. */
  inactivatedSign?: Maybe<Scalars['String']['output']>;
  /** Is activity's care process ended */
  isCareProcessClosed?: Maybe<Scalars['Boolean']['output']>;
  /** Is activity's journal ended */
  isJournalClosed?: Maybe<Scalars['Boolean']['output']>;
  /** Is activity medication-related. When customer don't have the delegation-module, we don't know if medication is required and the isMedication field is set to null. */
  isMedication?: Maybe<Scalars['Boolean']['output']>;
  /** If the activity is when needed. */
  isWhenNeeded?: Maybe<Scalars['Boolean']['output']>;
  /** The KVA code of the activity. */
  kvaCode?: Maybe<V3LHslOrderKvaCode>;
  /** The KVÅ-codes connected to the activity. */
  kvaCodes?: Maybe<Array<V4LHslOrderKvaCode>>;
  /** The Lifecare HSL order activity information included in the Lifecare HSL order. */
  lHslOrderActivities?: Maybe<Array<LifecareHslOrderServicesV4LHslOrderActivity>>;
  /** The user who modified this entry originally. */
  modifiedBy?: Maybe<V4LHslOrderUserTimestamp>;
  /** Comment about why the activity was modified when for example error marking the activity. */
  modifiedComment?: Maybe<Scalars['String']['output']>;
  /** If this activity should be performed by nurses. */
  nurse?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by occupational therapists. */
  occupationalTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The Lifecare HSL order. */
  order?: Maybe<LifecareHslOrder>;
  /** If this activity should be performed by other healthcare professionals. */
  otherHealthcareProfessionals?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by care personnel. */
  otherPersonnel?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by other professions. */
  otherProfession?: Maybe<Scalars['Boolean']['output']>;
  /** If this activity should be performed by physiotherapists. */
  physiotherapist?: Maybe<Scalars['Boolean']['output']>;
  /** The prescription cause of the activity. */
  prescriptionCause?: Maybe<Scalars['String']['output']>;
  /** If this activity should be performed by speech psychologists. */
  psychologist?: Maybe<Scalars['Boolean']['output']>;
  /** The user who signed this entry. If the activity */
  signedBy?: Maybe<V4LHslOrderUserTimestamp>;
  /** If this activity should be performed by speech therapists. */
  speechTherapist?: Maybe<Scalars['Boolean']['output']>;
  /** A list of the tasks required to perform this activity */
  tasks?: Maybe<Array<V4LHslOrderActivityDelegationTask>>;
  /** Indicates if time is specified for this activity. If not time specified, it is handled as an all-day activity. */
  timeSpecified?: Maybe<Scalars['Boolean']['output']>;
  /** Activity Time Window range */
  timeWindow?: Maybe<V4LHslOrderActivityTimeWindow>;
  /** The kind of time window required to moving this activity */
  timeWindowMode?: Maybe<LifecareHslOrderServiceTimeWindowMode>;
  /** If the activity is not time specified, a when during day could have been chosen and indicating when during the day that the activity should be performed. This contains the code text code value of the chosen 'When during day' value. */
  whenDuringDay?: Maybe<Scalars['Int']['output']>;
  /** If the activity is not time specified, a when during day could have been chosen and indicating when during the day that the activity should be performed. This contains the name of the chosen 'When during day' value. */
  whenDuringDayText?: Maybe<Scalars['String']['output']>;
};

export type LifecareHslOrderServiceActivityType =
  | 'Investigating'
  | 'Treating';

export type LifecareHslOrderServiceDelegationMode =
  | 'NotSpecified'
  | 'Patient'
  | 'Provider';

/** Filters on LifecareHslOrderService (every given condition must hold). */
export type LifecareHslOrderServiceFilter = {
  activityId?: InputMaybe<Scalars['Int']['input']>;
  activityIdAfter?: InputMaybe<Scalars['Int']['input']>;
  activityType?: InputMaybe<LifecareHslOrderServiceActivityType>;
  allDayTimesPerDay?: InputMaybe<Scalars['Int']['input']>;
  allDayTimesPerDayAfter?: InputMaybe<Scalars['Int']['input']>;
  assistantNurse?: InputMaybe<Scalars['Boolean']['input']>;
  careProcessId?: InputMaybe<Scalars['Int']['input']>;
  careProcessIdAfter?: InputMaybe<Scalars['Int']['input']>;
  changeSetId?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  curator?: InputMaybe<Scalars['Boolean']['input']>;
  delegationMode?: InputMaybe<LifecareHslOrderServiceDelegationMode>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dietician?: InputMaybe<Scalars['Boolean']['input']>;
  duration?: InputMaybe<Scalars['String']['input']>;
  errorMarkedByName?: InputMaybe<Scalars['String']['input']>;
  errorMarkedByRole?: InputMaybe<Scalars['String']['input']>;
  errorMarkedBySignature?: InputMaybe<Scalars['String']['input']>;
  errorMarkedDateTime?: InputMaybe<Scalars['Date']['input']>;
  errorMarkedDateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  errorMarkedDateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  feedback?: InputMaybe<Scalars['String']['input']>;
  inactivatedById?: InputMaybe<Scalars['Int']['input']>;
  inactivatedByIdAfter?: InputMaybe<Scalars['Int']['input']>;
  inactivatedByRole?: InputMaybe<Scalars['String']['input']>;
  inactivatedDate?: InputMaybe<Scalars['Date']['input']>;
  inactivatedDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  inactivatedDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  inactivatedName?: InputMaybe<Scalars['String']['input']>;
  inactivatedSign?: InputMaybe<Scalars['String']['input']>;
  isCareProcessClosed?: InputMaybe<Scalars['Boolean']['input']>;
  isJournalClosed?: InputMaybe<Scalars['Boolean']['input']>;
  isMedication?: InputMaybe<Scalars['Boolean']['input']>;
  isWhenNeeded?: InputMaybe<Scalars['Boolean']['input']>;
  lifecareHslOrderId?: InputMaybe<Scalars['ID']['input']>;
  modifiedComment?: InputMaybe<Scalars['String']['input']>;
  nurse?: InputMaybe<Scalars['Boolean']['input']>;
  occupationalTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  otherHealthcareProfessionals?: InputMaybe<Scalars['Boolean']['input']>;
  otherPersonnel?: InputMaybe<Scalars['Boolean']['input']>;
  otherProfession?: InputMaybe<Scalars['Boolean']['input']>;
  physiotherapist?: InputMaybe<Scalars['Boolean']['input']>;
  prescriptionCause?: InputMaybe<Scalars['String']['input']>;
  psychologist?: InputMaybe<Scalars['Boolean']['input']>;
  speechTherapist?: InputMaybe<Scalars['Boolean']['input']>;
  timeSpecified?: InputMaybe<Scalars['Boolean']['input']>;
  timeWindowMode?: InputMaybe<LifecareHslOrderServiceTimeWindowMode>;
  whenDuringDay?: InputMaybe<Scalars['Int']['input']>;
  whenDuringDayAfter?: InputMaybe<Scalars['Int']['input']>;
  whenDuringDayText?: InputMaybe<Scalars['String']['input']>;
};

export type LifecareHslOrderServicePage = {
  __typename?: 'LifecareHslOrderServicePage';
  nodes: Array<LifecareHslOrderService>;
  pageInfo: PageInfo;
};

export type LifecareHslOrderServiceTimeWindowMode =
  | 'AsPlanned'
  | 'WithinTheSpecifiedTimeWindow';

/** LHslOrderActivity */
export type LifecareHslOrderServicesV4LHslOrderActivity = {
  __typename?: 'LifecareHslOrderServicesV4LHslOrderActivity';
  activityId?: Maybe<Scalars['Int']['output']>;
  changeSetId?: Maybe<Scalars['String']['output']>;
  endDate?: Maybe<Scalars['DateTime']['output']>;
  homeHealthCareAssignments?: Maybe<Array<V4LHslOrderHomeHealthCareAssignment>>;
  id?: Maybe<Scalars['Int']['output']>;
  isConnectedToCarePlans?: Maybe<Scalars['Boolean']['output']>;
  lHslOrderId?: Maybe<Scalars['Int']['output']>;
  /** The date and time in UTC format of when the HSL order item was modified. */
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  rRule?: Maybe<Scalars['String']['output']>;
  rRuleSummaryBritish?: Maybe<Scalars['String']['output']>;
  rRuleSummarySwedish?: Maybe<Scalars['String']['output']>;
  startDate?: Maybe<Scalars['DateTime']['output']>;
  times?: Maybe<Array<V4LHslOrderLHslOrderActivityTime>>;
};

/** Measured value */
export type MeasuredValue = {
  __typename?: 'MeasuredValue';
  /** Comment for measured value */
  comment?: Maybe<Scalars['String']['output']>;
  /** Value for measured value */
  highLowValue?: Maybe<MeasuredValueHighLowValue>;
  /** If measured value is measured after the patient has been fasting */
  isFasting?: Maybe<Scalars['Boolean']['output']>;
  /** Measured type of measured value */
  measuredTypeId?: Maybe<Scalars['Int']['output']>;
  /** Name of the measured type */
  name?: Maybe<Scalars['String']['output']>;
  /** Name of the measured value unit */
  unitName?: Maybe<Scalars['String']['output']>;
  /** Value for measured value */
  value?: Maybe<Scalars['Float']['output']>;
};

export type MeasuredValueHighLowValue =
  | 'High'
  | 'Low'
  | 'Undefined';

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

/** Represents a profession. */
export type Profession = {
  __typename?: 'Profession';
  /** The profession KVA code. */
  professionKvaCode?: Maybe<Scalars['String']['output']>;
  /** The profession title in Swedish. */
  professionTitleSwe?: Maybe<Scalars['String']['output']>;
};

/** Timestamp attached to a user, including profession information. */
export type ProfessionUserTimestamp = {
  __typename?: 'ProfessionUserTimestamp';
  /** The KVÅ code of the profession of the user. Example: "XS919". */
  professionKvaCode?: Maybe<Scalars['String']['output']>;
  /** The name of the profession of the user. Example: "Sjuksköterska". */
  professionNameSwe?: Maybe<Scalars['String']['output']>;
  /** Timestamp in UTC. The time that the entity was created/modified depending on context. */
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  /** The user's full name. */
  userName?: Maybe<Scalars['String']['output']>;
  /** The user's role. */
  userRole?: Maybe<Scalars['String']['output']>;
  /** The user's signature. */
  userSignature?: Maybe<Scalars['String']['output']>;
};

/** A professional. */
export type Professional = {
  __typename?: 'Professional';
  /** [Searchable] Unique ID. */
  id?: Maybe<Scalars['String']['output']>;
  /** Name. */
  name?: Maybe<Scalars['String']['output']>;
};

/** A provider company. */
export type ProviderCompany = {
  __typename?: 'ProviderCompany';
  /** The personnel that are the provider from the company that are the provider. */
  externalProvider?: Maybe<Professional>;
  /** [Searchable] The id of the company that are the provider. */
  id?: Maybe<Scalars['Int']['output']>;
  /** The name of the company that are the provider. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organization of the company that are the provider. */
  organizationUnit?: Maybe<OrganizationUnit>;
};

export type ProviderUnit = {
  __typename?: 'ProviderUnit';
  id: Scalars['ID']['output'];
  lifecareHslOrderExecutionConnections: Array<LifecareHslOrderExecutionConnection>;
  receivedLifecareHslOrders: Array<LifecareHslOrder>;
};


export type ProviderUnitLifecareHslOrderExecutionConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ProviderUnitReceivedLifecareHslOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  hslOrder?: Maybe<HslOrder>;
  hslOrderService?: Maybe<HslOrderService>;
  /** HslOrderService list, in a stable order (modification time, id). */
  hslOrderServices: HslOrderServicePage;
  /** HslOrder list, in a stable order (modification time, id). */
  hslOrders: HslOrderPage;
  hslPatient?: Maybe<HslPatient>;
  /** HslPatient list, in a stable order (modification time, id). */
  hslPatients: HslPatientPage;
  hslPerformedService?: Maybe<HslPerformedService>;
  /** HslPerformedService list, in a stable order (modification time, id). */
  hslPerformedServices: HslPerformedServicePage;
  /** LifecareHslActivity list, in a stable order (modification time, id). */
  lifecareHslActivities: LifecareHslActivityPage;
  /** LifecareHslActivityPerformed list, in a stable order (modification time, id). */
  lifecareHslActivitiesPerformed: LifecareHslActivityPerformedPage;
  lifecareHslActivity?: Maybe<LifecareHslActivity>;
  lifecareHslActivityOccurrence?: Maybe<LifecareHslActivityOccurrence>;
  /** LifecareHslActivityOccurrence list, in a stable order (modification time, id). */
  lifecareHslActivityOccurrences: LifecareHslActivityOccurrencePage;
  lifecareHslActivityPerformed?: Maybe<LifecareHslActivityPerformed>;
  lifecareHslJournal?: Maybe<LifecareHslJournal>;
  /** LifecareHslJournal list, in a stable order (modification time, id). */
  lifecareHslJournals: LifecareHslJournalPage;
  lifecareHslOrder?: Maybe<LifecareHslOrder>;
  lifecareHslOrderExecutionConnection?: Maybe<LifecareHslOrderExecutionConnection>;
  /** LifecareHslOrderExecutionConnection list, in a stable order (modification time, id). */
  lifecareHslOrderExecutionConnections: LifecareHslOrderExecutionConnectionPage;
  lifecareHslOrderService?: Maybe<LifecareHslOrderService>;
  /** LifecareHslOrderService list, in a stable order (modification time, id). */
  lifecareHslOrderServices: LifecareHslOrderServicePage;
  /** LifecareHslOrder list, in a stable order (modification time, id). */
  lifecareHslOrders: LifecareHslOrderPage;
};


export type QueryHslOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHslOrderServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHslOrderServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HslOrderServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHslOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HslOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHslPatientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHslPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HslPatientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHslPerformedServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHslPerformedServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HslPerformedServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslActivitiesPerformedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslActivityPerformedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslActivityOccurrenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslActivityOccurrencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslActivityOccurrenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslActivityPerformedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslJournalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslJournalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslJournalFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslOrderExecutionConnectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslOrderExecutionConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslOrderExecutionConnectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslOrderServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLifecareHslOrderServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslOrderServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLifecareHslOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecareHslOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type V3LHslOrderKvaCode = {
  __typename?: 'V3LHslOrderKvaCode';
  code?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type V4LHslOrderActivityDelegationTask = {
  __typename?: 'V4LHslOrderActivityDelegationTask';
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  taskCode?: Maybe<Scalars['Int']['output']>;
};

export type V4LHslOrderActivityTimeWindow = {
  __typename?: 'V4LHslOrderActivityTimeWindow';
  timeWindowFrom?: Maybe<Scalars['String']['output']>;
  timeWindowTo?: Maybe<Scalars['String']['output']>;
};

export type V4LHslOrderHomeHealthCareAssignment = {
  __typename?: 'V4LHslOrderHomeHealthCareAssignment';
  enrollmentCause?: Maybe<Scalars['String']['output']>;
  fromDate?: Maybe<Scalars['DateTime']['output']>;
  partially?: Maybe<Scalars['Boolean']['output']>;
  responsibleProfession?: Maybe<V4LHslOrderResponsibleProfession>;
  toDate?: Maybe<Scalars['DateTime']['output']>;
};

export type V4LHslOrderKvaCode = {
  __typename?: 'V4LHslOrderKvaCode';
  code?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  isPrimary?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type V4LHslOrderLHslOrderActivityTime = {
  __typename?: 'V4LHslOrderLHslOrderActivityTime';
  changeSetId?: Maybe<Scalars['String']['output']>;
  createdDate?: Maybe<Scalars['DateTime']['output']>;
  friday?: Maybe<Scalars['Boolean']['output']>;
  id?: Maybe<Scalars['Int']['output']>;
  lHslOrderActivityId?: Maybe<Scalars['Int']['output']>;
  modifiedDate?: Maybe<Scalars['DateTime']['output']>;
  monday?: Maybe<Scalars['Boolean']['output']>;
  saturday?: Maybe<Scalars['Boolean']['output']>;
  sunday?: Maybe<Scalars['Boolean']['output']>;
  thursday?: Maybe<Scalars['Boolean']['output']>;
  time?: Maybe<Scalars['String']['output']>;
  tuesday?: Maybe<Scalars['Boolean']['output']>;
  wednesday?: Maybe<Scalars['Boolean']['output']>;
};

export type V4LHslOrderResponsibleProfession = {
  __typename?: 'V4LHslOrderResponsibleProfession';
  kvaCode?: Maybe<Scalars['String']['output']>;
  nameEnglish?: Maybe<Scalars['String']['output']>;
  nameSwedish?: Maybe<Scalars['String']['output']>;
};

export type V4LHslOrderUserTimestamp = {
  __typename?: 'V4LHslOrderUserTimestamp';
  timestamp?: Maybe<Scalars['DateTime']['output']>;
  userName?: Maybe<Scalars['String']['output']>;
  userRole?: Maybe<Scalars['String']['output']>;
  userSignature?: Maybe<Scalars['String']['output']>;
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
  Execution: Execution;
  HslOrder: HslOrder;
  HslOrderService: HslOrderService;
  HslPatient: HslPatient;
  HslPerformedService: HslPerformedService;
  LifecareHslActivity: LifecareHslActivity;
  LifecareHslActivityOccurrence: LifecareHslActivityOccurrence;
  LifecareHslActivityPerformed: LifecareHslActivityPerformed;
  LifecareHslJournal: LifecareHslJournal;
  LifecareHslOrder: LifecareHslOrder;
  LifecareHslOrderExecutionConnection: LifecareHslOrderExecutionConnection;
  LifecareHslOrderService: LifecareHslOrderService;
  ProviderUnit: ProviderUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  Execution:
    ( { __typename: 'Execution' }
    & GraphQLRecursivePick<FederationTypes['Execution'], {"id":true}> );
  HslOrder:
    ( { __typename: 'HslOrder' }
    & GraphQLRecursivePick<FederationTypes['HslOrder'], {"id":true}> );
  HslOrderService:
    ( { __typename: 'HslOrderService' }
    & GraphQLRecursivePick<FederationTypes['HslOrderService'], {"id":true}> );
  HslPatient:
    ( { __typename: 'HslPatient' }
    & GraphQLRecursivePick<FederationTypes['HslPatient'], {"id":true}> );
  HslPerformedService:
    ( { __typename: 'HslPerformedService' }
    & GraphQLRecursivePick<FederationTypes['HslPerformedService'], {"id":true}> );
  LifecareHslActivity:
    ( { __typename: 'LifecareHslActivity' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslActivity'], {"id":true}> );
  LifecareHslActivityOccurrence:
    ( { __typename: 'LifecareHslActivityOccurrence' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslActivityOccurrence'], {"id":true}> );
  LifecareHslActivityPerformed:
    ( { __typename: 'LifecareHslActivityPerformed' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslActivityPerformed'], {"id":true}> );
  LifecareHslJournal:
    ( { __typename: 'LifecareHslJournal' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslJournal'], {"id":true}> );
  LifecareHslOrder:
    ( { __typename: 'LifecareHslOrder' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslOrder'], {"id":true}> );
  LifecareHslOrderExecutionConnection:
    ( { __typename: 'LifecareHslOrderExecutionConnection' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslOrderExecutionConnection'], {"id":true}> );
  LifecareHslOrderService:
    ( { __typename: 'LifecareHslOrderService' }
    & GraphQLRecursivePick<FederationTypes['LifecareHslOrderService'], {"id":true}> );
  ProviderUnit:
    ( { __typename: 'ProviderUnit' }
    & GraphQLRecursivePick<FederationTypes['ProviderUnit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityGoal: ResolverTypeWrapper<ActivityGoal>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ActivityPerformedKva: ResolverTypeWrapper<ActivityPerformedKva>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ActivityPerformedUserTimestamp: ResolverTypeWrapper<ActivityPerformedUserTimestamp>;
  ActivityPlannedMeasuredType: ResolverTypeWrapper<ActivityPlannedMeasuredType>;
  ActivityTime: ResolverTypeWrapper<ActivityTime>;
  Client: ResolverTypeWrapper<Client>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CodeText: ResolverTypeWrapper<CodeText>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Execution: ResolverTypeWrapper<Execution>;
  ExternalUnit: ResolverTypeWrapper<ExternalUnit>;
  HslDocumentationText: ResolverTypeWrapper<HslDocumentationText>;
  HslDocumentationTextContentType: HslDocumentationTextContentType;
  HslDocumentationTextStatus: HslDocumentationTextStatus;
  HslOrder: ResolverTypeWrapper<HslOrder>;
  HslOrderFilter: HslOrderFilter;
  HslOrderPage: ResolverTypeWrapper<HslOrderPage>;
  HslOrderService: ResolverTypeWrapper<HslOrderService>;
  HslOrderServiceDetail: ResolverTypeWrapper<HslOrderServiceDetail>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HslOrderServiceDetailWeekdays: HslOrderServiceDetailWeekdays;
  HslOrderServiceFilter: HslOrderServiceFilter;
  HslOrderServicePage: ResolverTypeWrapper<HslOrderServicePage>;
  HslPatient: ResolverTypeWrapper<HslPatient>;
  HslPatientFilter: HslPatientFilter;
  HslPatientPage: ResolverTypeWrapper<HslPatientPage>;
  HslPerformedService: ResolverTypeWrapper<HslPerformedService>;
  HslPerformedServiceFilter: HslPerformedServiceFilter;
  HslPerformedServiceKva: ResolverTypeWrapper<HslPerformedServiceKva>;
  HslPerformedServicePage: ResolverTypeWrapper<HslPerformedServicePage>;
  HslUserTimestamp: ResolverTypeWrapper<HslUserTimestamp>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LHslCodeText: ResolverTypeWrapper<LHslCodeText>;
  LHslOrganizationUnit: ResolverTypeWrapper<LHslOrganizationUnit>;
  LifecareHslActivity: ResolverTypeWrapper<LifecareHslActivity>;
  LifecareHslActivityDelegationMode: LifecareHslActivityDelegationMode;
  LifecareHslActivityFilter: LifecareHslActivityFilter;
  LifecareHslActivityOccurrence: ResolverTypeWrapper<LifecareHslActivityOccurrence>;
  LifecareHslActivityOccurrenceFilter: LifecareHslActivityOccurrenceFilter;
  LifecareHslActivityOccurrencePage: ResolverTypeWrapper<LifecareHslActivityOccurrencePage>;
  LifecareHslActivityOccurrenceV1OrganizationUnit: ResolverTypeWrapper<LifecareHslActivityOccurrenceV1OrganizationUnit>;
  LifecareHslActivityOccurrenceV1ProviderUnit: ResolverTypeWrapper<LifecareHslActivityOccurrenceV1ProviderUnit>;
  LifecareHslActivityPage: ResolverTypeWrapper<LifecareHslActivityPage>;
  LifecareHslActivityPerformed: ResolverTypeWrapper<LifecareHslActivityPerformed>;
  LifecareHslActivityPerformedActivityType: LifecareHslActivityPerformedActivityType;
  LifecareHslActivityPerformedFilter: LifecareHslActivityPerformedFilter;
  LifecareHslActivityPerformedPage: ResolverTypeWrapper<LifecareHslActivityPerformedPage>;
  LifecareHslActivityTimeWindowMode: LifecareHslActivityTimeWindowMode;
  LifecareHslActivityType: LifecareHslActivityType;
  LifecareHslActivityV1ActivityDelegationTask: ResolverTypeWrapper<LifecareHslActivityV1ActivityDelegationTask>;
  LifecareHslActivityV1ActivityTimeWindow: ResolverTypeWrapper<LifecareHslActivityV1ActivityTimeWindow>;
  LifecareHslActivityV1KvaCode: ResolverTypeWrapper<LifecareHslActivityV1KvaCode>;
  LifecareHslJournal: ResolverTypeWrapper<LifecareHslJournal>;
  LifecareHslJournalFilter: LifecareHslJournalFilter;
  LifecareHslJournalPage: ResolverTypeWrapper<LifecareHslJournalPage>;
  LifecareHslOrder: ResolverTypeWrapper<LifecareHslOrder>;
  LifecareHslOrderExecutionConnection: ResolverTypeWrapper<LifecareHslOrderExecutionConnection>;
  LifecareHslOrderExecutionConnectionFilter: LifecareHslOrderExecutionConnectionFilter;
  LifecareHslOrderExecutionConnectionPage: ResolverTypeWrapper<LifecareHslOrderExecutionConnectionPage>;
  LifecareHslOrderFilter: LifecareHslOrderFilter;
  LifecareHslOrderPage: ResolverTypeWrapper<LifecareHslOrderPage>;
  LifecareHslOrderService: ResolverTypeWrapper<LifecareHslOrderService>;
  LifecareHslOrderServiceActivityType: LifecareHslOrderServiceActivityType;
  LifecareHslOrderServiceDelegationMode: LifecareHslOrderServiceDelegationMode;
  LifecareHslOrderServiceFilter: LifecareHslOrderServiceFilter;
  LifecareHslOrderServicePage: ResolverTypeWrapper<LifecareHslOrderServicePage>;
  LifecareHslOrderServiceTimeWindowMode: LifecareHslOrderServiceTimeWindowMode;
  LifecareHslOrderServicesV4LHslOrderActivity: ResolverTypeWrapper<LifecareHslOrderServicesV4LHslOrderActivity>;
  MeasuredValue: ResolverTypeWrapper<MeasuredValue>;
  MeasuredValueHighLowValue: MeasuredValueHighLowValue;
  OrganizationUnit: ResolverTypeWrapper<OrganizationUnit>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Profession: ResolverTypeWrapper<Profession>;
  ProfessionUserTimestamp: ResolverTypeWrapper<ProfessionUserTimestamp>;
  Professional: ResolverTypeWrapper<Professional>;
  ProviderCompany: ResolverTypeWrapper<ProviderCompany>;
  ProviderUnit: ResolverTypeWrapper<ProviderUnit>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  V3LHslOrderKvaCode: ResolverTypeWrapper<V3LHslOrderKvaCode>;
  V4LHslOrderActivityDelegationTask: ResolverTypeWrapper<V4LHslOrderActivityDelegationTask>;
  V4LHslOrderActivityTimeWindow: ResolverTypeWrapper<V4LHslOrderActivityTimeWindow>;
  V4LHslOrderHomeHealthCareAssignment: ResolverTypeWrapper<V4LHslOrderHomeHealthCareAssignment>;
  V4LHslOrderKvaCode: ResolverTypeWrapper<V4LHslOrderKvaCode>;
  V4LHslOrderLHslOrderActivityTime: ResolverTypeWrapper<V4LHslOrderLHslOrderActivityTime>;
  V4LHslOrderResponsibleProfession: ResolverTypeWrapper<V4LHslOrderResponsibleProfession>;
  V4LHslOrderUserTimestamp: ResolverTypeWrapper<V4LHslOrderUserTimestamp>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityGoal: ActivityGoal;
  String: Scalars['String']['output'];
  ActivityPerformedKva: ActivityPerformedKva;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ActivityPerformedUserTimestamp: ActivityPerformedUserTimestamp;
  ActivityPlannedMeasuredType: ActivityPlannedMeasuredType;
  ActivityTime: ActivityTime;
  Client: Client | FederationReferenceTypes['Client'];
  ID: Scalars['ID']['output'];
  CodeText: CodeText;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Execution: Execution | FederationReferenceTypes['Execution'];
  ExternalUnit: ExternalUnit;
  HslDocumentationText: HslDocumentationText;
  HslOrder: HslOrder | FederationReferenceTypes['HslOrder'];
  HslOrderFilter: HslOrderFilter;
  HslOrderPage: HslOrderPage;
  HslOrderService: HslOrderService | FederationReferenceTypes['HslOrderService'];
  HslOrderServiceDetail: HslOrderServiceDetail;
  Float: Scalars['Float']['output'];
  HslOrderServiceFilter: HslOrderServiceFilter;
  HslOrderServicePage: HslOrderServicePage;
  HslPatient: HslPatient | FederationReferenceTypes['HslPatient'];
  HslPatientFilter: HslPatientFilter;
  HslPatientPage: HslPatientPage;
  HslPerformedService: HslPerformedService | FederationReferenceTypes['HslPerformedService'];
  HslPerformedServiceFilter: HslPerformedServiceFilter;
  HslPerformedServiceKva: HslPerformedServiceKva;
  HslPerformedServicePage: HslPerformedServicePage;
  HslUserTimestamp: HslUserTimestamp;
  JSON: Scalars['JSON']['output'];
  LHslCodeText: LHslCodeText;
  LHslOrganizationUnit: LHslOrganizationUnit;
  LifecareHslActivity: LifecareHslActivity | FederationReferenceTypes['LifecareHslActivity'];
  LifecareHslActivityFilter: LifecareHslActivityFilter;
  LifecareHslActivityOccurrence: LifecareHslActivityOccurrence | FederationReferenceTypes['LifecareHslActivityOccurrence'];
  LifecareHslActivityOccurrenceFilter: LifecareHslActivityOccurrenceFilter;
  LifecareHslActivityOccurrencePage: LifecareHslActivityOccurrencePage;
  LifecareHslActivityOccurrenceV1OrganizationUnit: LifecareHslActivityOccurrenceV1OrganizationUnit;
  LifecareHslActivityOccurrenceV1ProviderUnit: LifecareHslActivityOccurrenceV1ProviderUnit;
  LifecareHslActivityPage: LifecareHslActivityPage;
  LifecareHslActivityPerformed: LifecareHslActivityPerformed | FederationReferenceTypes['LifecareHslActivityPerformed'];
  LifecareHslActivityPerformedFilter: LifecareHslActivityPerformedFilter;
  LifecareHslActivityPerformedPage: LifecareHslActivityPerformedPage;
  LifecareHslActivityV1ActivityDelegationTask: LifecareHslActivityV1ActivityDelegationTask;
  LifecareHslActivityV1ActivityTimeWindow: LifecareHslActivityV1ActivityTimeWindow;
  LifecareHslActivityV1KvaCode: LifecareHslActivityV1KvaCode;
  LifecareHslJournal: LifecareHslJournal | FederationReferenceTypes['LifecareHslJournal'];
  LifecareHslJournalFilter: LifecareHslJournalFilter;
  LifecareHslJournalPage: LifecareHslJournalPage;
  LifecareHslOrder: LifecareHslOrder | FederationReferenceTypes['LifecareHslOrder'];
  LifecareHslOrderExecutionConnection: LifecareHslOrderExecutionConnection | FederationReferenceTypes['LifecareHslOrderExecutionConnection'];
  LifecareHslOrderExecutionConnectionFilter: LifecareHslOrderExecutionConnectionFilter;
  LifecareHslOrderExecutionConnectionPage: LifecareHslOrderExecutionConnectionPage;
  LifecareHslOrderFilter: LifecareHslOrderFilter;
  LifecareHslOrderPage: LifecareHslOrderPage;
  LifecareHslOrderService: LifecareHslOrderService | FederationReferenceTypes['LifecareHslOrderService'];
  LifecareHslOrderServiceFilter: LifecareHslOrderServiceFilter;
  LifecareHslOrderServicePage: LifecareHslOrderServicePage;
  LifecareHslOrderServicesV4LHslOrderActivity: LifecareHslOrderServicesV4LHslOrderActivity;
  MeasuredValue: MeasuredValue;
  OrganizationUnit: OrganizationUnit;
  PageInfo: PageInfo;
  Profession: Profession;
  ProfessionUserTimestamp: ProfessionUserTimestamp;
  Professional: Professional;
  ProviderCompany: ProviderCompany;
  ProviderUnit: ProviderUnit | FederationReferenceTypes['ProviderUnit'];
  Query: Record<PropertyKey, never>;
  V3LHslOrderKvaCode: V3LHslOrderKvaCode;
  V4LHslOrderActivityDelegationTask: V4LHslOrderActivityDelegationTask;
  V4LHslOrderActivityTimeWindow: V4LHslOrderActivityTimeWindow;
  V4LHslOrderHomeHealthCareAssignment: V4LHslOrderHomeHealthCareAssignment;
  V4LHslOrderKvaCode: V4LHslOrderKvaCode;
  V4LHslOrderLHslOrderActivityTime: V4LHslOrderLHslOrderActivityTime;
  V4LHslOrderResponsibleProfession: V4LHslOrderResponsibleProfession;
  V4LHslOrderUserTimestamp: V4LHslOrderUserTimestamp;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityGoalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityGoal'] = ResolversParentTypes['ActivityGoal']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ActivityPerformedKvaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityPerformedKva'] = ResolversParentTypes['ActivityPerformedKva']> = ResolversObject<{
  activityPerformedId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isPerformed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kvaCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kvaCodeDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kvaCodeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kvaCodeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityPerformedUserTimestampResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityPerformedUserTimestamp'] = ResolversParentTypes['ActivityPerformedUserTimestamp']> = ResolversObject<{
  isProviderUser?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  timeStamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityPlannedMeasuredTypeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityPlannedMeasuredType'] = ResolversParentTypes['ActivityPlannedMeasuredType']> = ResolversObject<{
  measuredTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActivityTimeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityTime'] = ResolversParentTypes['ActivityTime']> = ResolversObject<{
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hslOrderServices?: Resolver<Array<ResolversTypes['HslOrderService']>, ParentType, ContextType, RequireFields<ClientHslOrderServicesArgs, 'first'>>;
  hslOrders?: Resolver<Array<ResolversTypes['HslOrder']>, ParentType, ContextType, RequireFields<ClientHslOrdersArgs, 'first'>>;
  hslPatients?: Resolver<Array<ResolversTypes['HslPatient']>, ParentType, ContextType, RequireFields<ClientHslPatientsArgs, 'first'>>;
  hslPerformedServices?: Resolver<Array<ResolversTypes['HslPerformedService']>, ParentType, ContextType, RequireFields<ClientHslPerformedServicesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecareHslActivities?: Resolver<Array<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType, RequireFields<ClientLifecareHslActivitiesArgs, 'first'>>;
  lifecareHslActivitiesPerformed?: Resolver<Array<ResolversTypes['LifecareHslActivityPerformed']>, ParentType, ContextType, RequireFields<ClientLifecareHslActivitiesPerformedArgs, 'first'>>;
  lifecareHslActivityOccurrences?: Resolver<Array<ResolversTypes['LifecareHslActivityOccurrence']>, ParentType, ContextType, RequireFields<ClientLifecareHslActivityOccurrencesArgs, 'first'>>;
  lifecareHslJournals?: Resolver<Array<ResolversTypes['LifecareHslJournal']>, ParentType, ContextType, RequireFields<ClientLifecareHslJournalsArgs, 'first'>>;
  lifecareHslOrderServices?: Resolver<Array<ResolversTypes['LifecareHslOrderService']>, ParentType, ContextType, RequireFields<ClientLifecareHslOrderServicesArgs, 'first'>>;
  lifecareHslOrders?: Resolver<Array<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType, RequireFields<ClientLifecareHslOrdersArgs, 'first'>>;
}>;

export type CodeTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CodeText'] = ResolversParentTypes['CodeText']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExecutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Execution'] = ResolversParentTypes['Execution'], FederationReferenceType extends FederationReferenceTypes['Execution'] = FederationReferenceTypes['Execution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Execution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hslOrders?: Resolver<Array<ResolversTypes['HslOrder']>, ParentType, ContextType, RequireFields<ExecutionHslOrdersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecareHslOrderExecutionConnections?: Resolver<Array<ResolversTypes['LifecareHslOrderExecutionConnection']>, ParentType, ContextType, RequireFields<ExecutionLifecareHslOrderExecutionConnectionsArgs, 'first'>>;
}>;

export type ExternalUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExternalUnit'] = ResolversParentTypes['ExternalUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HslDocumentationTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslDocumentationText'] = ResolversParentTypes['HslDocumentationText']> = ResolversObject<{
  contentType?: Resolver<Maybe<ResolversTypes['HslDocumentationTextContentType']>, ParentType, ContextType>;
  createdName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdRoleId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorMarked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errorMarkedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headlineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextHistoryId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurrenceTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  originId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plainText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousHistoryId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HslDocumentationTextStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HslOrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslOrder'] = ResolversParentTypes['HslOrder'], FederationReferenceType extends FederationReferenceTypes['HslOrder'] = FederationReferenceTypes['HslOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HslOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  confirmedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmer?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderServices?: Resolver<Array<ResolversTypes['HslOrderService']>, ParentType, ContextType, RequireFields<HslOrderOrderServicesArgs, 'first'>>;
  orderer?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  patient?: Resolver<Maybe<ResolversTypes['HslPatient']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  providerCompany?: Resolver<Maybe<ResolversTypes['ProviderCompany']>, ParentType, ContextType>;
  providerOrganizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type HslOrderPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslOrderPage'] = ResolversParentTypes['HslOrderPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HslOrder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HslOrderServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslOrderService'] = ResolversParentTypes['HslOrderService'], FederationReferenceType extends FederationReferenceTypes['HslOrderService'] = FederationReferenceTypes['HslOrderService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HslOrderService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  details?: Resolver<Maybe<Array<ResolversTypes['HslOrderServiceDetail']>>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hslOrder?: Resolver<Maybe<ResolversTypes['HslOrder']>, ParentType, ContextType>;
  hslOrderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  performedServices?: Resolver<Array<ResolversTypes['HslPerformedService']>, ParentType, ContextType, RequireFields<HslOrderServicePerformedServicesArgs, 'first'>>;
  serviceText?: Resolver<Maybe<ResolversTypes['HslDocumentationText']>, ParentType, ContextType>;
  serviceType?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type HslOrderServiceDetailResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslOrderServiceDetail'] = ResolversParentTypes['HslOrderServiceDetail']> = ResolversObject<{
  countHour?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dayPeriod?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  monthPeriod?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  timeUnit?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  weekPeriod?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  weekdays?: Resolver<Maybe<Array<ResolversTypes['HslOrderServiceDetailWeekdays']>>, ParentType, ContextType>;
  whenDuringDay?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
  yearPeriod?: Resolver<Maybe<ResolversTypes['CodeText']>, ParentType, ContextType>;
}>;

export type HslOrderServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslOrderServicePage'] = ResolversParentTypes['HslOrderServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HslOrderService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HslPatientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslPatient'] = ResolversParentTypes['HslPatient'], FederationReferenceType extends FederationReferenceTypes['HslPatient'] = FederationReferenceTypes['HslPatient']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HslPatient']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  journalStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['HslOrder']>, ParentType, ContextType, RequireFields<HslPatientOrdersArgs, 'first'>>;
  organizationUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HslPatientPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslPatientPage'] = ResolversParentTypes['HslPatientPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HslPatient']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HslPerformedServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslPerformedService'] = ResolversParentTypes['HslPerformedService'], FederationReferenceType extends FederationReferenceTypes['HslPerformedService'] = FederationReferenceTypes['HslPerformedService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HslPerformedService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hasComment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  hslJournalOrganizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  hslServiceId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hslServiceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kvaServices?: Resolver<Maybe<Array<ResolversTypes['HslPerformedServiceKva']>>, ParentType, ContextType>;
  orderService?: Resolver<Maybe<ResolversTypes['HslOrderService']>, ParentType, ContextType>;
  performed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByCurator?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByDietician?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByNurse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByOccupationalTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByOther?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByPhysiotherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedByPsychologist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedBySpeechTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type HslPerformedServiceKvaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslPerformedServiceKva'] = ResolversParentTypes['HslPerformedServiceKva']> = ResolversObject<{
  kvaServiceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kvaServiceId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kvaServiceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HslPerformedServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslPerformedServicePage'] = ResolversParentTypes['HslPerformedServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HslPerformedService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HslUserTimestampResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HslUserTimestamp'] = ResolversParentTypes['HslUserTimestamp']> = ResolversObject<{
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LHslCodeTextResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LHslCodeText'] = ResolversParentTypes['LHslCodeText']> = ResolversObject<{
  codeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LHslOrganizationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LHslOrganizationUnit'] = ResolversParentTypes['LHslOrganizationUnit']> = ResolversObject<{
  organizationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organizationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivity'] = ResolversParentTypes['LifecareHslActivity'], FederationReferenceType extends FederationReferenceTypes['LifecareHslActivity'] = FederationReferenceTypes['LifecareHslActivity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslActivity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allDayTimesPerDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  careProcessId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['HslUserTimestamp']>, ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  delegationMode?: Resolver<Maybe<ResolversTypes['LifecareHslActivityDelegationMode']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dietician?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorMarkedBy?: Resolver<Maybe<ResolversTypes['HslUserTimestamp']>, ParentType, ContextType>;
  extraKvaCodes?: Resolver<Maybe<Array<ResolversTypes['LifecareHslActivityV1KvaCode']>>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Maybe<Array<ResolversTypes['ActivityGoal']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inactivatedBy?: Resolver<Maybe<ResolversTypes['HslUserTimestamp']>, ParentType, ContextType>;
  isMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isPlanned?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isWhenNeeded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  journal?: Resolver<Maybe<ResolversTypes['LifecareHslJournal']>, ParentType, ContextType>;
  kvaCode?: Resolver<Maybe<ResolversTypes['LifecareHslActivityV1KvaCode']>, ParentType, ContextType>;
  lHslJournalId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedBy?: Resolver<Maybe<ResolversTypes['HslUserTimestamp']>, ParentType, ContextType>;
  modifiedComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noNotification?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  nurse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  occupationalTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['LifecareHslActivityOccurrence']>, ParentType, ContextType, RequireFields<LifecareHslActivityOccurrencesArgs, 'first'>>;
  orderServices?: Resolver<Array<ResolversTypes['LifecareHslOrderService']>, ParentType, ContextType, RequireFields<LifecareHslActivityOrderServicesArgs, 'first'>>;
  otherPersonnel?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  patientName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  performedRegistrations?: Resolver<Array<ResolversTypes['LifecareHslActivityPerformed']>, ParentType, ContextType, RequireFields<LifecareHslActivityPerformedRegistrationsArgs, 'first'>>;
  physiotherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  plannedMeasuredTypes?: Resolver<Maybe<Array<ResolversTypes['ActivityPlannedMeasuredType']>>, ParentType, ContextType>;
  prescriptionCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  psychologist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  rRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rRuleSummaryBritish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rRuleSummarySwedish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['HslUserTimestamp']>, ParentType, ContextType>;
  speechTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  systemEndTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  systemStartTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  tasks?: Resolver<Maybe<Array<ResolversTypes['LifecareHslActivityV1ActivityDelegationTask']>>, ParentType, ContextType>;
  timeSpecified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  timeWindow?: Resolver<Maybe<ResolversTypes['LifecareHslActivityV1ActivityTimeWindow']>, ParentType, ContextType>;
  timeWindowMode?: Resolver<Maybe<ResolversTypes['LifecareHslActivityTimeWindowMode']>, ParentType, ContextType>;
  times?: Resolver<Maybe<Array<ResolversTypes['ActivityTime']>>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['LifecareHslActivityType']>, ParentType, ContextType>;
  whenDuringDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  whenDuringDayText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityOccurrenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityOccurrence'] = ResolversParentTypes['LifecareHslActivityOccurrence'], FederationReferenceType extends FederationReferenceTypes['LifecareHslActivityOccurrence'] = FederationReferenceTypes['LifecareHslActivityOccurrence']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslActivityOccurrence']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType>;
  activityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalOrganizationUnit?: Resolver<Maybe<ResolversTypes['LifecareHslActivityOccurrenceV1OrganizationUnit']>, ParentType, ContextType>;
  kvaCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  performAtExternalUnit?: Resolver<Maybe<ResolversTypes['ExternalUnit']>, ParentType, ContextType>;
  performAtProviderUnit?: Resolver<Maybe<ResolversTypes['LifecareHslActivityOccurrenceV1ProviderUnit']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  plannedDates?: Resolver<Maybe<Array<ResolversTypes['DateTime']>>, ParentType, ContextType>;
  plannedPerformBy?: Resolver<Maybe<Array<ResolversTypes['Profession']>>, ParentType, ContextType>;
}>;

export type LifecareHslActivityOccurrencePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityOccurrencePage'] = ResolversParentTypes['LifecareHslActivityOccurrencePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslActivityOccurrence']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslActivityOccurrenceV1OrganizationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityOccurrenceV1OrganizationUnit'] = ResolversParentTypes['LifecareHslActivityOccurrenceV1OrganizationUnit']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organizationUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityOccurrenceV1ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityOccurrenceV1ProviderUnit'] = ResolversParentTypes['LifecareHslActivityOccurrenceV1ProviderUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityPage'] = ResolversParentTypes['LifecareHslActivityPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslActivityPerformedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityPerformed'] = ResolversParentTypes['LifecareHslActivityPerformed'], FederationReferenceType extends FederationReferenceTypes['LifecareHslActivityPerformed'] = FederationReferenceTypes['LifecareHslActivityPerformed']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslActivityPerformed']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType>;
  activityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activityPerformedKvas?: Resolver<Maybe<Array<ResolversTypes['ActivityPerformedKva']>>, ParentType, ContextType>;
  activityType?: Resolver<Maybe<ResolversTypes['LifecareHslActivityPerformedActivityType']>, ParentType, ContextType>;
  careProcessId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['ActivityPerformedUserTimestamp']>, ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dietitian?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  errorMarkedBy?: Resolver<Maybe<ResolversTypes['ActivityPerformedUserTimestamp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measuredValues?: Resolver<Maybe<Array<ResolversTypes['MeasuredValue']>>, ParentType, ContextType>;
  modifiedBy?: Resolver<Maybe<ResolversTypes['ActivityPerformedUserTimestamp']>, ParentType, ContextType>;
  modifiedComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nurse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  occupationalTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  otherPersonnel?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  performedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  physiotherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  plannedTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  psychologist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reasonNotPerformed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['ActivityPerformedUserTimestamp']>, ParentType, ContextType>;
  speechTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  systemEndTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  systemStartTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeSpecified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityPerformedPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityPerformedPage'] = ResolversParentTypes['LifecareHslActivityPerformedPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslActivityPerformed']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslActivityV1ActivityDelegationTaskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityV1ActivityDelegationTask'] = ResolversParentTypes['LifecareHslActivityV1ActivityDelegationTask']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taskCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityV1ActivityTimeWindowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityV1ActivityTimeWindow'] = ResolversParentTypes['LifecareHslActivityV1ActivityTimeWindow']> = ResolversObject<{
  timeWindowFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeWindowTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslActivityV1KvaCodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslActivityV1KvaCode'] = ResolversParentTypes['LifecareHslActivityV1KvaCode']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslJournalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslJournal'] = ResolversParentTypes['LifecareHslJournal'], FederationReferenceType extends FederationReferenceTypes['LifecareHslJournal'] = FederationReferenceTypes['LifecareHslJournal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslJournal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType, RequireFields<LifecareHslJournalActivitiesArgs, 'first'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  customerNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['LHslCodeText']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType, RequireFields<LifecareHslJournalOrdersArgs, 'first'>>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['LHslOrganizationUnit']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type LifecareHslJournalPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslJournalPage'] = ResolversParentTypes['LifecareHslJournalPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslJournal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslOrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrder'] = ResolversParentTypes['LifecareHslOrder'], FederationReferenceType extends FederationReferenceTypes['LifecareHslOrder'] = FederationReferenceTypes['LifecareHslOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  confirmedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmerId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  confirmerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['ProfessionUserTimestamp']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  errorMarkedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  errorMarkedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionConnections?: Resolver<Array<ResolversTypes['LifecareHslOrderExecutionConnection']>, ParentType, ContextType, RequireFields<LifecareHslOrderExecutionConnectionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journal?: Resolver<Maybe<ResolversTypes['LifecareHslJournal']>, ParentType, ContextType>;
  lHslJournalId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  orderServices?: Resolver<Array<ResolversTypes['LifecareHslOrderService']>, ParentType, ContextType, RequireFields<LifecareHslOrderOrderServicesArgs, 'first'>>;
  orderText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ordererId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ordererName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientOrganizationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  patientOrganizationUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  patientPersonId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receiverProviderUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  receiverProviderUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  receiverProviderUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['ProfessionUserTimestamp']>, ParentType, ContextType>;
}>;

export type LifecareHslOrderExecutionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderExecutionConnection'] = ResolversParentTypes['LifecareHslOrderExecutionConnection'], FederationReferenceType extends FederationReferenceTypes['LifecareHslOrderExecutionConnection'] = FederationReferenceTypes['LifecareHslOrderExecutionConnection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslOrderExecutionConnection']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hslOrderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organizationUnitId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professionalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  providerUnitId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  providerUnitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslOrderExecutionConnectionPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderExecutionConnectionPage'] = ResolversParentTypes['LifecareHslOrderExecutionConnectionPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslOrderExecutionConnection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslOrderPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderPage'] = ResolversParentTypes['LifecareHslOrderPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslOrderServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderService'] = ResolversParentTypes['LifecareHslOrderService'], FederationReferenceType extends FederationReferenceTypes['LifecareHslOrderService'] = FederationReferenceTypes['LifecareHslOrderService']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LifecareHslOrderService']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType>;
  activityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  activityType?: Resolver<Maybe<ResolversTypes['LifecareHslOrderServiceActivityType']>, ParentType, ContextType>;
  allDayTimesPerDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  assistantNurse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  careProcessId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changeSetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['V4LHslOrderUserTimestamp']>, ParentType, ContextType>;
  curator?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  delegationMode?: Resolver<Maybe<ResolversTypes['LifecareHslOrderServiceDelegationMode']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dietician?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  duration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedByRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedBySignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMarkedDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inactivatedById?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inactivatedByRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inactivatedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inactivatedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inactivatedSign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isCareProcessClosed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isJournalClosed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isMedication?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isWhenNeeded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kvaCode?: Resolver<Maybe<ResolversTypes['V3LHslOrderKvaCode']>, ParentType, ContextType>;
  kvaCodes?: Resolver<Maybe<Array<ResolversTypes['V4LHslOrderKvaCode']>>, ParentType, ContextType>;
  lHslOrderActivities?: Resolver<Maybe<Array<ResolversTypes['LifecareHslOrderServicesV4LHslOrderActivity']>>, ParentType, ContextType>;
  modifiedBy?: Resolver<Maybe<ResolversTypes['V4LHslOrderUserTimestamp']>, ParentType, ContextType>;
  modifiedComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nurse?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  occupationalTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType>;
  otherHealthcareProfessionals?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  otherPersonnel?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  otherProfession?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  physiotherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  prescriptionCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  psychologist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['V4LHslOrderUserTimestamp']>, ParentType, ContextType>;
  speechTherapist?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  tasks?: Resolver<Maybe<Array<ResolversTypes['V4LHslOrderActivityDelegationTask']>>, ParentType, ContextType>;
  timeSpecified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  timeWindow?: Resolver<Maybe<ResolversTypes['V4LHslOrderActivityTimeWindow']>, ParentType, ContextType>;
  timeWindowMode?: Resolver<Maybe<ResolversTypes['LifecareHslOrderServiceTimeWindowMode']>, ParentType, ContextType>;
  whenDuringDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  whenDuringDayText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LifecareHslOrderServicePageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderServicePage'] = ResolversParentTypes['LifecareHslOrderServicePage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['LifecareHslOrderService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LifecareHslOrderServicesV4LHslOrderActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecareHslOrderServicesV4LHslOrderActivity'] = ResolversParentTypes['LifecareHslOrderServicesV4LHslOrderActivity']> = ResolversObject<{
  activityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changeSetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  homeHealthCareAssignments?: Resolver<Maybe<Array<ResolversTypes['V4LHslOrderHomeHealthCareAssignment']>>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isConnectedToCarePlans?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lHslOrderId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rRuleSummaryBritish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rRuleSummarySwedish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  times?: Resolver<Maybe<Array<ResolversTypes['V4LHslOrderLHslOrderActivityTime']>>, ParentType, ContextType>;
}>;

export type MeasuredValueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MeasuredValue'] = ResolversParentTypes['MeasuredValue']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  highLowValue?: Resolver<Maybe<ResolversTypes['MeasuredValueHighLowValue']>, ParentType, ContextType>;
  isFasting?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  measuredTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type OrganizationUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationUnit'] = ResolversParentTypes['OrganizationUnit']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProfessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Profession'] = ResolversParentTypes['Profession']> = ResolversObject<{
  professionKvaCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professionTitleSwe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProfessionUserTimestampResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProfessionUserTimestamp'] = ResolversParentTypes['ProfessionUserTimestamp']> = ResolversObject<{
  professionKvaCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  professionNameSwe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProfessionalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Professional'] = ResolversParentTypes['Professional']> = ResolversObject<{
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderCompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderCompany'] = ResolversParentTypes['ProviderCompany']> = ResolversObject<{
  externalProvider?: Resolver<Maybe<ResolversTypes['Professional']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationUnit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
}>;

export type ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnit'] = ResolversParentTypes['ProviderUnit'], FederationReferenceType extends FederationReferenceTypes['ProviderUnit'] = FederationReferenceTypes['ProviderUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lifecareHslOrderExecutionConnections?: Resolver<Array<ResolversTypes['LifecareHslOrderExecutionConnection']>, ParentType, ContextType, RequireFields<ProviderUnitLifecareHslOrderExecutionConnectionsArgs, 'first'>>;
  receivedLifecareHslOrders?: Resolver<Array<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType, RequireFields<ProviderUnitReceivedLifecareHslOrdersArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  hslOrder?: Resolver<Maybe<ResolversTypes['HslOrder']>, ParentType, ContextType, RequireFields<QueryHslOrderArgs, 'id'>>;
  hslOrderService?: Resolver<Maybe<ResolversTypes['HslOrderService']>, ParentType, ContextType, RequireFields<QueryHslOrderServiceArgs, 'id'>>;
  hslOrderServices?: Resolver<ResolversTypes['HslOrderServicePage'], ParentType, ContextType, RequireFields<QueryHslOrderServicesArgs, 'first' | 'offset'>>;
  hslOrders?: Resolver<ResolversTypes['HslOrderPage'], ParentType, ContextType, RequireFields<QueryHslOrdersArgs, 'first' | 'offset'>>;
  hslPatient?: Resolver<Maybe<ResolversTypes['HslPatient']>, ParentType, ContextType, RequireFields<QueryHslPatientArgs, 'id'>>;
  hslPatients?: Resolver<ResolversTypes['HslPatientPage'], ParentType, ContextType, RequireFields<QueryHslPatientsArgs, 'first' | 'offset'>>;
  hslPerformedService?: Resolver<Maybe<ResolversTypes['HslPerformedService']>, ParentType, ContextType, RequireFields<QueryHslPerformedServiceArgs, 'id'>>;
  hslPerformedServices?: Resolver<ResolversTypes['HslPerformedServicePage'], ParentType, ContextType, RequireFields<QueryHslPerformedServicesArgs, 'first' | 'offset'>>;
  lifecareHslActivities?: Resolver<ResolversTypes['LifecareHslActivityPage'], ParentType, ContextType, RequireFields<QueryLifecareHslActivitiesArgs, 'first' | 'offset'>>;
  lifecareHslActivitiesPerformed?: Resolver<ResolversTypes['LifecareHslActivityPerformedPage'], ParentType, ContextType, RequireFields<QueryLifecareHslActivitiesPerformedArgs, 'first' | 'offset'>>;
  lifecareHslActivity?: Resolver<Maybe<ResolversTypes['LifecareHslActivity']>, ParentType, ContextType, RequireFields<QueryLifecareHslActivityArgs, 'id'>>;
  lifecareHslActivityOccurrence?: Resolver<Maybe<ResolversTypes['LifecareHslActivityOccurrence']>, ParentType, ContextType, RequireFields<QueryLifecareHslActivityOccurrenceArgs, 'id'>>;
  lifecareHslActivityOccurrences?: Resolver<ResolversTypes['LifecareHslActivityOccurrencePage'], ParentType, ContextType, RequireFields<QueryLifecareHslActivityOccurrencesArgs, 'first' | 'offset'>>;
  lifecareHslActivityPerformed?: Resolver<Maybe<ResolversTypes['LifecareHslActivityPerformed']>, ParentType, ContextType, RequireFields<QueryLifecareHslActivityPerformedArgs, 'id'>>;
  lifecareHslJournal?: Resolver<Maybe<ResolversTypes['LifecareHslJournal']>, ParentType, ContextType, RequireFields<QueryLifecareHslJournalArgs, 'id'>>;
  lifecareHslJournals?: Resolver<ResolversTypes['LifecareHslJournalPage'], ParentType, ContextType, RequireFields<QueryLifecareHslJournalsArgs, 'first' | 'offset'>>;
  lifecareHslOrder?: Resolver<Maybe<ResolversTypes['LifecareHslOrder']>, ParentType, ContextType, RequireFields<QueryLifecareHslOrderArgs, 'id'>>;
  lifecareHslOrderExecutionConnection?: Resolver<Maybe<ResolversTypes['LifecareHslOrderExecutionConnection']>, ParentType, ContextType, RequireFields<QueryLifecareHslOrderExecutionConnectionArgs, 'id'>>;
  lifecareHslOrderExecutionConnections?: Resolver<ResolversTypes['LifecareHslOrderExecutionConnectionPage'], ParentType, ContextType, RequireFields<QueryLifecareHslOrderExecutionConnectionsArgs, 'first' | 'offset'>>;
  lifecareHslOrderService?: Resolver<Maybe<ResolversTypes['LifecareHslOrderService']>, ParentType, ContextType, RequireFields<QueryLifecareHslOrderServiceArgs, 'id'>>;
  lifecareHslOrderServices?: Resolver<ResolversTypes['LifecareHslOrderServicePage'], ParentType, ContextType, RequireFields<QueryLifecareHslOrderServicesArgs, 'first' | 'offset'>>;
  lifecareHslOrders?: Resolver<ResolversTypes['LifecareHslOrderPage'], ParentType, ContextType, RequireFields<QueryLifecareHslOrdersArgs, 'first' | 'offset'>>;
}>;

export type V3LHslOrderKvaCodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V3LHslOrderKvaCode'] = ResolversParentTypes['V3LHslOrderKvaCode']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type V4LHslOrderActivityDelegationTaskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderActivityDelegationTask'] = ResolversParentTypes['V4LHslOrderActivityDelegationTask']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  taskCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type V4LHslOrderActivityTimeWindowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderActivityTimeWindow'] = ResolversParentTypes['V4LHslOrderActivityTimeWindow']> = ResolversObject<{
  timeWindowFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeWindowTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type V4LHslOrderHomeHealthCareAssignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderHomeHealthCareAssignment'] = ResolversParentTypes['V4LHslOrderHomeHealthCareAssignment']> = ResolversObject<{
  enrollmentCause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partially?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  responsibleProfession?: Resolver<Maybe<ResolversTypes['V4LHslOrderResponsibleProfession']>, ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type V4LHslOrderKvaCodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderKvaCode'] = ResolversParentTypes['V4LHslOrderKvaCode']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isPrimary?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type V4LHslOrderLHslOrderActivityTimeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderLHslOrderActivityTime'] = ResolversParentTypes['V4LHslOrderLHslOrderActivityTime']> = ResolversObject<{
  changeSetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  friday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lHslOrderActivityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  modifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  monday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  saturday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  sunday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  thursday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tuesday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  wednesday?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type V4LHslOrderResponsibleProfessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderResponsibleProfession'] = ResolversParentTypes['V4LHslOrderResponsibleProfession']> = ResolversObject<{
  kvaCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEnglish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameSwedish?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type V4LHslOrderUserTimestampResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['V4LHslOrderUserTimestamp'] = ResolversParentTypes['V4LHslOrderUserTimestamp']> = ResolversObject<{
  timestamp?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userSignature?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  ActivityGoal?: ActivityGoalResolvers<ContextType>;
  ActivityPerformedKva?: ActivityPerformedKvaResolvers<ContextType>;
  ActivityPerformedUserTimestamp?: ActivityPerformedUserTimestampResolvers<ContextType>;
  ActivityPlannedMeasuredType?: ActivityPlannedMeasuredTypeResolvers<ContextType>;
  ActivityTime?: ActivityTimeResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  CodeText?: CodeTextResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Execution?: ExecutionResolvers<ContextType>;
  ExternalUnit?: ExternalUnitResolvers<ContextType>;
  HslDocumentationText?: HslDocumentationTextResolvers<ContextType>;
  HslOrder?: HslOrderResolvers<ContextType>;
  HslOrderPage?: HslOrderPageResolvers<ContextType>;
  HslOrderService?: HslOrderServiceResolvers<ContextType>;
  HslOrderServiceDetail?: HslOrderServiceDetailResolvers<ContextType>;
  HslOrderServicePage?: HslOrderServicePageResolvers<ContextType>;
  HslPatient?: HslPatientResolvers<ContextType>;
  HslPatientPage?: HslPatientPageResolvers<ContextType>;
  HslPerformedService?: HslPerformedServiceResolvers<ContextType>;
  HslPerformedServiceKva?: HslPerformedServiceKvaResolvers<ContextType>;
  HslPerformedServicePage?: HslPerformedServicePageResolvers<ContextType>;
  HslUserTimestamp?: HslUserTimestampResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LHslCodeText?: LHslCodeTextResolvers<ContextType>;
  LHslOrganizationUnit?: LHslOrganizationUnitResolvers<ContextType>;
  LifecareHslActivity?: LifecareHslActivityResolvers<ContextType>;
  LifecareHslActivityOccurrence?: LifecareHslActivityOccurrenceResolvers<ContextType>;
  LifecareHslActivityOccurrencePage?: LifecareHslActivityOccurrencePageResolvers<ContextType>;
  LifecareHslActivityOccurrenceV1OrganizationUnit?: LifecareHslActivityOccurrenceV1OrganizationUnitResolvers<ContextType>;
  LifecareHslActivityOccurrenceV1ProviderUnit?: LifecareHslActivityOccurrenceV1ProviderUnitResolvers<ContextType>;
  LifecareHslActivityPage?: LifecareHslActivityPageResolvers<ContextType>;
  LifecareHslActivityPerformed?: LifecareHslActivityPerformedResolvers<ContextType>;
  LifecareHslActivityPerformedPage?: LifecareHslActivityPerformedPageResolvers<ContextType>;
  LifecareHslActivityV1ActivityDelegationTask?: LifecareHslActivityV1ActivityDelegationTaskResolvers<ContextType>;
  LifecareHslActivityV1ActivityTimeWindow?: LifecareHslActivityV1ActivityTimeWindowResolvers<ContextType>;
  LifecareHslActivityV1KvaCode?: LifecareHslActivityV1KvaCodeResolvers<ContextType>;
  LifecareHslJournal?: LifecareHslJournalResolvers<ContextType>;
  LifecareHslJournalPage?: LifecareHslJournalPageResolvers<ContextType>;
  LifecareHslOrder?: LifecareHslOrderResolvers<ContextType>;
  LifecareHslOrderExecutionConnection?: LifecareHslOrderExecutionConnectionResolvers<ContextType>;
  LifecareHslOrderExecutionConnectionPage?: LifecareHslOrderExecutionConnectionPageResolvers<ContextType>;
  LifecareHslOrderPage?: LifecareHslOrderPageResolvers<ContextType>;
  LifecareHslOrderService?: LifecareHslOrderServiceResolvers<ContextType>;
  LifecareHslOrderServicePage?: LifecareHslOrderServicePageResolvers<ContextType>;
  LifecareHslOrderServicesV4LHslOrderActivity?: LifecareHslOrderServicesV4LHslOrderActivityResolvers<ContextType>;
  MeasuredValue?: MeasuredValueResolvers<ContextType>;
  OrganizationUnit?: OrganizationUnitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Profession?: ProfessionResolvers<ContextType>;
  ProfessionUserTimestamp?: ProfessionUserTimestampResolvers<ContextType>;
  Professional?: ProfessionalResolvers<ContextType>;
  ProviderCompany?: ProviderCompanyResolvers<ContextType>;
  ProviderUnit?: ProviderUnitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  V3LHslOrderKvaCode?: V3LHslOrderKvaCodeResolvers<ContextType>;
  V4LHslOrderActivityDelegationTask?: V4LHslOrderActivityDelegationTaskResolvers<ContextType>;
  V4LHslOrderActivityTimeWindow?: V4LHslOrderActivityTimeWindowResolvers<ContextType>;
  V4LHslOrderHomeHealthCareAssignment?: V4LHslOrderHomeHealthCareAssignmentResolvers<ContextType>;
  V4LHslOrderKvaCode?: V4LHslOrderKvaCodeResolvers<ContextType>;
  V4LHslOrderLHslOrderActivityTime?: V4LHslOrderLHslOrderActivityTimeResolvers<ContextType>;
  V4LHslOrderResponsibleProfession?: V4LHslOrderResponsibleProfessionResolvers<ContextType>;
  V4LHslOrderUserTimestamp?: V4LHslOrderUserTimestampResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
