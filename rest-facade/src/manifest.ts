/**
 * The facade's manifest (schema/packages.yaml) and the route table generated from it. The
 * manifest is hand-maintained; the route table, operations and OpenAPI are derived by
 * `pnpm generate` (cli/src/facade-gen.ts) and committed.
 */

/** A contract query or path parameter, as the route accepts it. */
export interface RouteParam {
  name: string;
  in: 'query' | 'path';
  type: string;
  format?: string;
  required?: boolean;
  description?: string;
  enum?: string[];
}

/** How a contract query parameter feeds the operation's variables. */
export type ParamTarget =
  | { to: 'first' | 'offset' | 'modifiedBefore' | 'after' | 'includeDeleted' }
  /** Ascending or Descending by time (the business logs' sortOrder). */
  | { to: 'sortOrder' }
  | { to: 'modifiedAfter'; maxAgeDays?: number }
  | { to: 'filter'; field: string; /** GraphQL input type of the filter (generated). */ type?: string }
  | { to: 'ids' }
  /** A boolean parameter that, unless true, restricts to a filter (e.g. includeInactive → only active). */
  | { to: 'unlessTrue'; field: string; value: unknown; type?: string }
  | { to: 'cursorTime'; idParam: string }
  | { to: 'ignore'; why: string };

export interface PathSpec {
  /** Entity serving the path, where the response definition alone does not say. */
  entity?: string;
  /**
   * A list served by a query field outside the entity kit (e.g. the business logs): the field and
   * its item type; it takes first/after/offset/modifiedAfter/modifiedBefore and the sortOrder target.
   */
  field?: string;
  type?: string;
  /**
   * A write (POST, PUT, PATCH, DELETE): the GraphQL mutation serving it (platform mutations.ts).
   * The facade passes the body, the path and query parameters, Idempotency-Key and If-Match.
   */
  mutation?: string;
  /** The list lives under a parent named by a path parameter: `parent(id) { field }`. */
  parent?: { entity: string; field: string; param: string };
  /** Contract parameters beyond the standard q/limit/offset/gt/lt, and what each does. */
  params?: Record<string, ParamTarget>;
  /** Removed API: answers 410 Gone naming its successor. */
  gone?: { since: string; successor: string };
  /** Deprecated API: Deprecation and Sunset headers and a link to its successor. */
  deprecated?: { since: string; sunset: string; successor: string };
  /** Largest page this path serves (the contract's own cap, e.g. maxCount). */
  maxLimit?: number;
  /**
   * The contract declares a single object but the route lists (it takes limit/offset and
   * filters): answer a JSON array of that object, as the published service does.
   */
  array?: boolean;
  /** One resource found by its parameters rather than by id (e.g. /person-id/{personId}): the first match, or 404. */
  one?: boolean;
  /**
   * A change feed: rows modified after `modifiedAfter`, split into the live ones (`items`, in the
   * item definition's shape) and the ids of deleted ones (`deletedIds`).
   */
  modified?: { definition: string; items: string; deletedIds: string };
  /**
   * Items of the response definition are another entity seen through a relation: each item is
   * the related object (`through`) with the entity itself nested as property `as`
   * (e.g. UnitProviderPersonnel = the personnel of a unit access, with that access inside).
   */
  flatten?: { through: string; as: string };
  /**
   * The response groups the entity's rows by a related object (e.g. activities per patient):
   * `{ [into]: [{ ...fields of by, [items]: [...] }], ...max }`. Rows of one item (same `mergeBy`)
   * are merged, concatenating the `concat` arrays.
   */
  group?: {
    definition: string;
    into: string;
    by: string;
    fields: Record<string, string>;
    items: string;
    mergeBy?: string;
    concat?: string[];
    max?: Record<string, string>;
  };
}

export interface ManifestOperation {
  path: string;
  /** Contract property paths left out of the selection (e.g. "PersonId", "Personnel.FirstName"). */
  exclude?: string[];
  description?: string;
}

export interface Manifest {
  limits: { default: number; max: number };
  packages: Record<
    string,
    {
      name: string;
      english: string;
      scope: 'tenant' | 'provider' | 'subject';
      /** The package may not read personal data; the build fails if one of its operations selects any. */
      deidentified?: boolean;
      routes: Record<string, (string | { route: string; operation: string })[]>;
    }
  >;
  operations?: Record<string, ManifestOperation>;
  paths?: Record<string, PathSpec>;
}

export type RouteKind = 'list' | 'byId' | 'one' | 'children' | 'modified' | 'group' | 'gone' | 'write';

/** One entry of the generated route table. */
export interface RouteEntry {
  method: string;
  path: string;
  kind: RouteKind;
  /** Contract definition of the response items (or the single response). */
  definition?: string;
  /** Writes: the GraphQL mutation serving the route. */
  mutation?: string;
  /** Writes: the request body ('json-patch' for RFC 6902 documents; none: no body) and the response. */
  write?: {
    body?: string;
    /** The contract's success status (200 or 204). */
    status: number;
    /** The response is an array of `definition` items (else one item, or a scalar when no definition). */
    array?: boolean;
  };
  /** For change feeds: the definition of the live items and the wrapper's two fields. */
  modified?: PathSpec['modified'];
  flatten?: PathSpec['flatten'];
  group?: PathSpec['group'];
  /** GraphQL root field (list/byId) or parent field (children). */
  field?: string;
  params: RouteParam[];
  /** Query parameter → variable mapping for this path. */
  targets: Record<string, ParamTarget>;
  /** Contract field (PascalCase) → filter field, for the fields the contract marks [Searchable]. */
  searchable: Record<string, { field: string; type: string; day: boolean }>;
  /** Lists: the item's contract property holding the row's modification time (what gt/lt filter on), if it has one. */
  modifiedBy?: string;
  maxLimit?: number;
  gone?: PathSpec['gone'];
  deprecated?: PathSpec['deprecated'];
  /**
   * Per package: the persisted operation that serves this route for it; for a list whose items the
   * database can write as the contract's JSON, `json` also names the operation that reads them so
   * (the facade runs it for a JSON answer).
   */
  packages: Record<string, { operation: string; id: string; json?: { operation: string; id: string } }>;
}

export interface RouteTable {
  basePath: string;
  limits: { default: number; max: number };
  routes: RouteEntry[];
}

export interface PersistedOperation {
  name: string;
  /** sha256 of the document: the id callers send. */
  id: string;
  document: string;
}
