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

export type ApartmentProperties = {
  __typename?: 'ApartmentProperties';
  /** Id of apartment */
  apartmentId?: Maybe<Scalars['Int']['output']>;
  /** Id of housing property */
  propertyId?: Maybe<Scalars['Int']['output']>;
  /** Text of housing property */
  propertyName?: Maybe<Scalars['String']['output']>;
};

export type Client = {
  __typename?: 'Client';
  housingApartmentEvents: Array<HousingApartmentEvent>;
  housingApplicationEvents: Array<HousingApplicationEvent>;
  id: Scalars['ID']['output'];
};


export type ClientHousingApartmentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClientHousingApplicationEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An apartment of the special-housing apartment register (lägenhetsregistret; the contract's HousingRegister Apartment). */
export type HousingApartment = {
  __typename?: 'HousingApartment';
  /** City of apartment */
  apartmentCity?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Apartment reference number */
  apartmentReferenceNumber?: Maybe<Scalars['String']['output']>;
  /** Street address of apartment */
  apartmentStreetAddress?: Maybe<Scalars['String']['output']>;
  /** Zip code of apartment */
  apartmentZipCode?: Maybe<Scalars['String']['output']>;
  /** Id of Area in which building resides */
  areaId?: Maybe<Scalars['Int']['output']>;
  /** Area in which building resides */
  areaName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Building Id */
  buildingId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Building Name */
  buildingName?: Maybe<Scalars['String']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  events: Array<HousingApartmentEvent>;
  /** The date from which the given housing type is applicable */
  housingTypeFromDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Id of current housing type of an apartment */
  housingTypeId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Name of current housing type of an apartment */
  housingTypeName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] status of apartment, active if value is true */
  isApartmentActive?: Maybe<Scalars['Boolean']['output']>;
  /** [Searchable] Law type. */
  lawType?: Maybe<HousingApartmentLawType>;
  /** [Searchable] Current ownership of an apartment */
  ownership?: Maybe<HousingApartmentOwnership>;
  /** Properties of an apartment */
  properties?: Maybe<Array<ApartmentProperties>>;
  /** The special-housing provider unit the apartment belongs to. */
  providerUnit?: Maybe<ProviderUnit>;
  /** Rent of an apartment */
  rent?: Maybe<Scalars['Float']['output']>;
  /** Date from which the rent is applicable */
  rentFromDate?: Maybe<Scalars['DateTime']['output']>;
  size?: Maybe<Scalars['Float']['output']>;
  /** Current status, derived from the apartment events: vacant, offered (reserved for an applicant), occupied or blocked (e.g. renovation). */
  status?: Maybe<Scalars['String']['output']>;
};


/** An apartment of the special-housing apartment register (lägenhetsregistret; the contract's HousingRegister Apartment). */
export type HousingApartmentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An event of an apartment (e.g. a status change: reserved, placed, free, renovation). */
export type HousingApartmentEvent = {
  __typename?: 'HousingApartmentEvent';
  /** The apartment. */
  apartment?: Maybe<HousingApartment>;
  /** [Searchable] Apartment ID. */
  apartmentId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Apartment reference number. */
  apartmentReferenceNumber?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Application ID (Housing decision ID) */
  applicationId?: Maybe<Scalars['Int']['output']>;
  /** Building Area Id */
  areaId?: Maybe<Scalars['Int']['output']>;
  /** Building Area name */
  areaName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Building ID. */
  buildingId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Building Name. */
  buildingName?: Maybe<Scalars['String']['output']>;
  /** The tenant or applicant the event concerns, if any. */
  client?: Maybe<Client>;
  /** [Searchable] Customer number. */
  customerNumber?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Decision ID (SolDecision/LSSDecision API Decision ID). */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Event time. */
  eventDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: YYYY-MM-DD] Event end date. */
  eventEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  eventId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: YYYY-MM-DD] Event start date. */
  eventStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Event type. */
  eventType?: Maybe<HousingApartmentEventEventType>;
  /** [Searchable] Housing type. */
  housingTypeId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Housing type name. */
  housingTypeName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Law type. */
  lawType?: Maybe<HousingApartmentEventLawType>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
};

export type HousingApartmentEventEventType =
  | 'ApartmentSwapped'
  | 'BedSwapped'
  | 'Cancelled'
  | 'CoApplicantPlaced'
  | 'ComeAlongPlaced'
  | 'Edited'
  | 'Free'
  | 'HousingTypeChangedToAlternate'
  | 'HousingTypeChangedToOrdinary'
  | 'OutprintRemoved'
  | 'Placed'
  | 'PlacementEnded'
  | 'PlacementRemoved'
  | 'Renovation'
  | 'RentChanged'
  | 'RentalContractOutprintOffered'
  | 'Rented'
  | 'ReservationOutprintOffered'
  | 'Reserved'
  | 'Undefined';

/** Filters on HousingApartmentEvent (every given condition must hold). */
export type HousingApartmentEventFilter = {
  apartmentId?: InputMaybe<Scalars['Int']['input']>;
  apartmentIdAfter?: InputMaybe<Scalars['Int']['input']>;
  apartmentReferenceNumber?: InputMaybe<Scalars['String']['input']>;
  applicationId?: InputMaybe<Scalars['Int']['input']>;
  applicationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  areaId?: InputMaybe<Scalars['Int']['input']>;
  areaIdAfter?: InputMaybe<Scalars['Int']['input']>;
  areaName?: InputMaybe<Scalars['String']['input']>;
  buildingId?: InputMaybe<Scalars['Int']['input']>;
  buildingIdAfter?: InputMaybe<Scalars['Int']['input']>;
  buildingName?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  customerNumber?: InputMaybe<Scalars['Int']['input']>;
  customerNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  eventDateTime?: InputMaybe<Scalars['Date']['input']>;
  eventDateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventDateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventEndDate?: InputMaybe<Scalars['Date']['input']>;
  eventEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventId?: InputMaybe<Scalars['Int']['input']>;
  eventIdAfter?: InputMaybe<Scalars['Int']['input']>;
  eventStartDate?: InputMaybe<Scalars['Date']['input']>;
  eventStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventType?: InputMaybe<HousingApartmentEventEventType>;
  housingTypeId?: InputMaybe<Scalars['Int']['input']>;
  housingTypeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  housingTypeName?: InputMaybe<Scalars['String']['input']>;
  lawType?: InputMaybe<HousingApartmentEventLawType>;
  personId?: InputMaybe<Scalars['String']['input']>;
};

export type HousingApartmentEventLawType =
  | 'LSS'
  | 'SOL';

export type HousingApartmentEventPage = {
  __typename?: 'HousingApartmentEventPage';
  nodes: Array<HousingApartmentEvent>;
  pageInfo: PageInfo;
};

/** Filters on HousingApartment (every given condition must hold). */
export type HousingApartmentFilter = {
  apartmentCity?: InputMaybe<Scalars['String']['input']>;
  apartmentReferenceNumber?: InputMaybe<Scalars['String']['input']>;
  apartmentStreetAddress?: InputMaybe<Scalars['String']['input']>;
  apartmentZipCode?: InputMaybe<Scalars['String']['input']>;
  areaId?: InputMaybe<Scalars['Int']['input']>;
  areaIdAfter?: InputMaybe<Scalars['Int']['input']>;
  areaName?: InputMaybe<Scalars['String']['input']>;
  buildingId?: InputMaybe<Scalars['Int']['input']>;
  buildingIdAfter?: InputMaybe<Scalars['Int']['input']>;
  buildingName?: InputMaybe<Scalars['String']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  eventsSome?: InputMaybe<HousingApartmentEventFilter>;
  housingTypeFromDate?: InputMaybe<Scalars['Date']['input']>;
  housingTypeFromDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  housingTypeFromDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  housingTypeId?: InputMaybe<Scalars['Int']['input']>;
  housingTypeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  housingTypeName?: InputMaybe<Scalars['String']['input']>;
  isApartmentActive?: InputMaybe<Scalars['Boolean']['input']>;
  lawType?: InputMaybe<HousingApartmentLawType>;
  ownership?: InputMaybe<HousingApartmentOwnership>;
  providerUnitId?: InputMaybe<Scalars['ID']['input']>;
  rent?: InputMaybe<Scalars['Float']['input']>;
  rentFromDate?: InputMaybe<Scalars['Date']['input']>;
  rentFromDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  rentFromDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  size?: InputMaybe<Scalars['Float']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type HousingApartmentLawType =
  | 'LSS'
  | 'SOL';

export type HousingApartmentOwnership =
  | 'HealthCare'
  | 'Municipality'
  | 'Private'
  | 'Undefined';

export type HousingApartmentPage = {
  __typename?: 'HousingApartmentPage';
  nodes: Array<HousingApartment>;
  pageInfo: PageInfo;
};

/** A Housing application event */
export type HousingApplicationEvent = {
  __typename?: 'HousingApplicationEvent';
  /** [Searchable] Applicant type */
  applicantType?: Maybe<HousingApplicationEventApplicantType>;
  /** [Searchable] Code for applicant type */
  applicantTypeCode?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Housing application event Id. */
  applicationId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Id of first choice building */
  building1Id?: Maybe<Scalars['Int']['output']>;
  /** Name of first choice building */
  building1Name?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Id of second choice building */
  building2Id?: Maybe<Scalars['Int']['output']>;
  /** Name of second choice building */
  building2Name?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Id of third choice building */
  building3Id?: Maybe<Scalars['Int']['output']>;
  /** Name of third choice building */
  building3Name?: Maybe<Scalars['String']['output']>;
  /** The applicant. */
  client?: Maybe<Client>;
  /** [Searchable] Customer number. */
  customerNumber?: Maybe<Scalars['Int']['output']>;
  /** [Searchable] Decision ID (SolDecision/LSSDecision API Decision ID). */
  decisionId?: Maybe<Scalars['Int']['output']>;
  /** True when the entity was deleted (returned by delta reads only). */
  deleted?: Maybe<Scalars['Boolean']['output']>;
  /** Event time. */
  eventDateTime?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable: YYYY-MM-DD] Event end date. */
  eventEndDate?: Maybe<Scalars['DateTime']['output']>;
  /** Unique ID. */
  eventId?: Maybe<Scalars['Int']['output']>;
  /** [Searchable: YYYY-MM-DD] Event start date. */
  eventStartDate?: Maybe<Scalars['DateTime']['output']>;
  /** [Searchable] Event type. */
  eventType?: Maybe<HousingApplicationEventEventType>;
  /** [Searchable] Housing type id */
  housingTypeId?: Maybe<Scalars['Int']['output']>;
  /** Housing type name */
  housingTypeName?: Maybe<Scalars['String']['output']>;
  /** Unique ID. */
  id: Scalars['ID']['output'];
  /** [Searchable] Law type. */
  lawType?: Maybe<HousingApplicationEventLawType>;
  /** [Searchable: YYYYMMDDXXXX] Person ID, on the format 'YYYYMMDDXXXX'. */
  personId?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Priority Id */
  priorityId?: Maybe<Scalars['Int']['output']>;
  /** Priority name */
  priorityName?: Maybe<Scalars['String']['output']>;
  /** [Searchable] Status of the application */
  status?: Maybe<HousingApplicationEventStatus>;
  /** [Searchable] Code for application status */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type HousingApplicationEventApplicantType =
  | 'Applicant'
  | 'CoApplicant'
  | 'ComeAlong';

export type HousingApplicationEventEventType =
  | 'ApartmentSwapped'
  | 'ApplicationEnded'
  | 'BedSwapped'
  | 'BreakAssociation'
  | 'Cancelled'
  | 'CoApplicantAssociated'
  | 'CoApplicantDeQueued'
  | 'CoApplicantEnqueued'
  | 'CoApplicantPlaced'
  | 'ComeAlongAssociated'
  | 'ComeAlongDequeued'
  | 'ComeAlongEnqueued'
  | 'ComeAlongPlaced'
  | 'Deleted'
  | 'Dequeued'
  | 'Edited'
  | 'Enqueued'
  | 'Free'
  | 'New'
  | 'OutprintRemoved'
  | 'Placed'
  | 'PlacementEnded'
  | 'PlacementRemoved'
  | 'RentalContractOutprintOffered'
  | 'Rented'
  | 'ReservationOutprintOffered'
  | 'Reserved'
  | 'Undefined';

/** Filters on HousingApplicationEvent (every given condition must hold). */
export type HousingApplicationEventFilter = {
  applicantType?: InputMaybe<HousingApplicationEventApplicantType>;
  applicantTypeCode?: InputMaybe<Scalars['Int']['input']>;
  applicantTypeCodeAfter?: InputMaybe<Scalars['Int']['input']>;
  applicationId?: InputMaybe<Scalars['Int']['input']>;
  applicationIdAfter?: InputMaybe<Scalars['Int']['input']>;
  building1Id?: InputMaybe<Scalars['Int']['input']>;
  building1IdAfter?: InputMaybe<Scalars['Int']['input']>;
  building1Name?: InputMaybe<Scalars['String']['input']>;
  building2Id?: InputMaybe<Scalars['Int']['input']>;
  building2IdAfter?: InputMaybe<Scalars['Int']['input']>;
  building2Name?: InputMaybe<Scalars['String']['input']>;
  building3Id?: InputMaybe<Scalars['Int']['input']>;
  building3IdAfter?: InputMaybe<Scalars['Int']['input']>;
  building3Name?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  customerNumber?: InputMaybe<Scalars['Int']['input']>;
  customerNumberAfter?: InputMaybe<Scalars['Int']['input']>;
  decisionId?: InputMaybe<Scalars['Int']['input']>;
  decisionIdAfter?: InputMaybe<Scalars['Int']['input']>;
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  eventDateTime?: InputMaybe<Scalars['Date']['input']>;
  eventDateTimeFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventDateTimeTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventEndDate?: InputMaybe<Scalars['Date']['input']>;
  eventEndDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventEndDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventId?: InputMaybe<Scalars['Int']['input']>;
  eventIdAfter?: InputMaybe<Scalars['Int']['input']>;
  eventStartDate?: InputMaybe<Scalars['Date']['input']>;
  eventStartDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  eventStartDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  eventType?: InputMaybe<HousingApplicationEventEventType>;
  housingTypeId?: InputMaybe<Scalars['Int']['input']>;
  housingTypeIdAfter?: InputMaybe<Scalars['Int']['input']>;
  housingTypeName?: InputMaybe<Scalars['String']['input']>;
  lawType?: InputMaybe<HousingApplicationEventLawType>;
  personId?: InputMaybe<Scalars['String']['input']>;
  priorityId?: InputMaybe<Scalars['Int']['input']>;
  priorityIdAfter?: InputMaybe<Scalars['Int']['input']>;
  priorityName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HousingApplicationEventStatus>;
  statusCode?: InputMaybe<Scalars['Int']['input']>;
  statusCodeAfter?: InputMaybe<Scalars['Int']['input']>;
};

export type HousingApplicationEventLawType =
  | 'LSS'
  | 'SOL';

export type HousingApplicationEventPage = {
  __typename?: 'HousingApplicationEventPage';
  nodes: Array<HousingApplicationEvent>;
  pageInfo: PageInfo;
};

export type HousingApplicationEventStatus =
  | 'Booked'
  | 'Change'
  | 'Closed'
  | 'Deleted'
  | 'New'
  | 'Reserved';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ProviderUnit = {
  __typename?: 'ProviderUnit';
  housingApartments: Array<HousingApartment>;
  id: Scalars['ID']['output'];
};


export type ProviderUnitHousingApartmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  housingApartment?: Maybe<HousingApartment>;
  housingApartmentEvent?: Maybe<HousingApartmentEvent>;
  /** HousingApartmentEvent list, in a stable order (modification time, id). */
  housingApartmentEvents: HousingApartmentEventPage;
  /** HousingApartment list, in a stable order (modification time, id). */
  housingApartments: HousingApartmentPage;
  housingApplicationEvent?: Maybe<HousingApplicationEvent>;
  /** HousingApplicationEvent list, in a stable order (modification time, id). */
  housingApplicationEvents: HousingApplicationEventPage;
};


export type QueryHousingApartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHousingApartmentEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHousingApartmentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HousingApartmentEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHousingApartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HousingApartmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHousingApplicationEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHousingApplicationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HousingApplicationEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  includeDeleted?: InputMaybe<Scalars['Boolean']['input']>;
  modifiedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  modifiedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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
  HousingApartment: HousingApartment;
  HousingApartmentEvent: HousingApartmentEvent;
  HousingApplicationEvent: HousingApplicationEvent;
  ProviderUnit: ProviderUnit;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  HousingApartment:
    ( { __typename: 'HousingApartment' }
    & GraphQLRecursivePick<FederationTypes['HousingApartment'], {"id":true}> );
  HousingApartmentEvent:
    ( { __typename: 'HousingApartmentEvent' }
    & GraphQLRecursivePick<FederationTypes['HousingApartmentEvent'], {"id":true}> );
  HousingApplicationEvent:
    ( { __typename: 'HousingApplicationEvent' }
    & GraphQLRecursivePick<FederationTypes['HousingApplicationEvent'], {"id":true}> );
  ProviderUnit:
    ( { __typename: 'ProviderUnit' }
    & GraphQLRecursivePick<FederationTypes['ProviderUnit'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApartmentProperties: ResolverTypeWrapper<ApartmentProperties>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Client: ResolverTypeWrapper<Client>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HousingApartment: ResolverTypeWrapper<HousingApartment>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HousingApartmentEvent: ResolverTypeWrapper<HousingApartmentEvent>;
  HousingApartmentEventEventType: HousingApartmentEventEventType;
  HousingApartmentEventFilter: HousingApartmentEventFilter;
  HousingApartmentEventLawType: HousingApartmentEventLawType;
  HousingApartmentEventPage: ResolverTypeWrapper<HousingApartmentEventPage>;
  HousingApartmentFilter: HousingApartmentFilter;
  HousingApartmentLawType: HousingApartmentLawType;
  HousingApartmentOwnership: HousingApartmentOwnership;
  HousingApartmentPage: ResolverTypeWrapper<HousingApartmentPage>;
  HousingApplicationEvent: ResolverTypeWrapper<HousingApplicationEvent>;
  HousingApplicationEventApplicantType: HousingApplicationEventApplicantType;
  HousingApplicationEventEventType: HousingApplicationEventEventType;
  HousingApplicationEventFilter: HousingApplicationEventFilter;
  HousingApplicationEventLawType: HousingApplicationEventLawType;
  HousingApplicationEventPage: ResolverTypeWrapper<HousingApplicationEventPage>;
  HousingApplicationEventStatus: HousingApplicationEventStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProviderUnit: ResolverTypeWrapper<ProviderUnit>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApartmentProperties: ApartmentProperties;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Client: Client | FederationReferenceTypes['Client'];
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  HousingApartment: HousingApartment | FederationReferenceTypes['HousingApartment'];
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  HousingApartmentEvent: HousingApartmentEvent | FederationReferenceTypes['HousingApartmentEvent'];
  HousingApartmentEventFilter: HousingApartmentEventFilter;
  HousingApartmentEventPage: HousingApartmentEventPage;
  HousingApartmentFilter: HousingApartmentFilter;
  HousingApartmentPage: HousingApartmentPage;
  HousingApplicationEvent: HousingApplicationEvent | FederationReferenceTypes['HousingApplicationEvent'];
  HousingApplicationEventFilter: HousingApplicationEventFilter;
  HousingApplicationEventPage: HousingApplicationEventPage;
  JSON: Scalars['JSON']['output'];
  PageInfo: PageInfo;
  ProviderUnit: ProviderUnit | FederationReferenceTypes['ProviderUnit'];
  Query: Record<PropertyKey, never>;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApartmentPropertiesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApartmentProperties'] = ResolversParentTypes['ApartmentProperties']> = ResolversObject<{
  apartmentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  propertyId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  propertyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  housingApartmentEvents?: Resolver<Array<ResolversTypes['HousingApartmentEvent']>, ParentType, ContextType, RequireFields<ClientHousingApartmentEventsArgs, 'first'>>;
  housingApplicationEvents?: Resolver<Array<ResolversTypes['HousingApplicationEvent']>, ParentType, ContextType, RequireFields<ClientHousingApplicationEventsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HousingApartmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApartment'] = ResolversParentTypes['HousingApartment'], FederationReferenceType extends FederationReferenceTypes['HousingApartment'] = FederationReferenceTypes['HousingApartment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HousingApartment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apartmentCity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apartmentReferenceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apartmentStreetAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  apartmentZipCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  areaName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buildingId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  buildingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['HousingApartmentEvent']>, ParentType, ContextType, RequireFields<HousingApartmentEventsArgs, 'first'>>;
  housingTypeFromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  housingTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  housingTypeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isApartmentActive?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lawType?: Resolver<Maybe<ResolversTypes['HousingApartmentLawType']>, ParentType, ContextType>;
  ownership?: Resolver<Maybe<ResolversTypes['HousingApartmentOwnership']>, ParentType, ContextType>;
  properties?: Resolver<Maybe<Array<ResolversTypes['ApartmentProperties']>>, ParentType, ContextType>;
  providerUnit?: Resolver<Maybe<ResolversTypes['ProviderUnit']>, ParentType, ContextType>;
  rent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rentFromDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HousingApartmentEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApartmentEvent'] = ResolversParentTypes['HousingApartmentEvent'], FederationReferenceType extends FederationReferenceTypes['HousingApartmentEvent'] = FederationReferenceTypes['HousingApartmentEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HousingApartmentEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apartment?: Resolver<Maybe<ResolversTypes['HousingApartment']>, ParentType, ContextType>;
  apartmentId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  apartmentReferenceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  areaId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  areaName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buildingId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  buildingName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  customerNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  eventDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['HousingApartmentEventEventType']>, ParentType, ContextType>;
  housingTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  housingTypeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawType?: Resolver<Maybe<ResolversTypes['HousingApartmentEventLawType']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HousingApartmentEventPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApartmentEventPage'] = ResolversParentTypes['HousingApartmentEventPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HousingApartmentEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HousingApartmentPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApartmentPage'] = ResolversParentTypes['HousingApartmentPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HousingApartment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type HousingApplicationEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApplicationEvent'] = ResolversParentTypes['HousingApplicationEvent'], FederationReferenceType extends FederationReferenceTypes['HousingApplicationEvent'] = FederationReferenceTypes['HousingApplicationEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['HousingApplicationEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicantType?: Resolver<Maybe<ResolversTypes['HousingApplicationEventApplicantType']>, ParentType, ContextType>;
  applicantTypeCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  building1Id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  building1Name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  building2Id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  building2Name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  building3Id?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  building3Name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  customerNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  eventDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eventStartDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<Maybe<ResolversTypes['HousingApplicationEventEventType']>, ParentType, ContextType>;
  housingTypeId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  housingTypeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawType?: Resolver<Maybe<ResolversTypes['HousingApplicationEventLawType']>, ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priorityId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priorityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['HousingApplicationEventStatus']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type HousingApplicationEventPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HousingApplicationEventPage'] = ResolversParentTypes['HousingApplicationEventPage']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['HousingApplicationEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProviderUnitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProviderUnit'] = ResolversParentTypes['ProviderUnit'], FederationReferenceType extends FederationReferenceTypes['ProviderUnit'] = FederationReferenceTypes['ProviderUnit']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderUnit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  housingApartments?: Resolver<Array<ResolversTypes['HousingApartment']>, ParentType, ContextType, RequireFields<ProviderUnitHousingApartmentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  housingApartment?: Resolver<Maybe<ResolversTypes['HousingApartment']>, ParentType, ContextType, RequireFields<QueryHousingApartmentArgs, 'id'>>;
  housingApartmentEvent?: Resolver<Maybe<ResolversTypes['HousingApartmentEvent']>, ParentType, ContextType, RequireFields<QueryHousingApartmentEventArgs, 'id'>>;
  housingApartmentEvents?: Resolver<ResolversTypes['HousingApartmentEventPage'], ParentType, ContextType, RequireFields<QueryHousingApartmentEventsArgs, 'first' | 'offset'>>;
  housingApartments?: Resolver<ResolversTypes['HousingApartmentPage'], ParentType, ContextType, RequireFields<QueryHousingApartmentsArgs, 'first' | 'offset'>>;
  housingApplicationEvent?: Resolver<Maybe<ResolversTypes['HousingApplicationEvent']>, ParentType, ContextType, RequireFields<QueryHousingApplicationEventArgs, 'id'>>;
  housingApplicationEvents?: Resolver<ResolversTypes['HousingApplicationEventPage'], ParentType, ContextType, RequireFields<QueryHousingApplicationEventsArgs, 'first' | 'offset'>>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  ApartmentProperties?: ApartmentPropertiesResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HousingApartment?: HousingApartmentResolvers<ContextType>;
  HousingApartmentEvent?: HousingApartmentEventResolvers<ContextType>;
  HousingApartmentEventPage?: HousingApartmentEventPageResolvers<ContextType>;
  HousingApartmentPage?: HousingApartmentPageResolvers<ContextType>;
  HousingApplicationEvent?: HousingApplicationEventResolvers<ContextType>;
  HousingApplicationEventPage?: HousingApplicationEventPageResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProviderUnit?: ProviderUnitResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RequestContext> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
