/** What the benchmark asks. */
import { MASKED_NAME } from '@lcs/platform/privacy';

/**
 * The deep federated query (p1, p3): clients and their SoL decisions with the decided services
 * (care), their executions with the executed services (provider), and their HSL orders (hsl):
 * one care fetch, then provider and hsl entity fetches in parallel. Nested lists are capped so
 * that the response's size depends on `first` (clients), not on how much history was seeded.
 */
export const DEEP_QUERY = `query BenchDeep($first: Int!, $offset: Int = 0) {
  clients(first: $first, offset: $offset) {
    nodes {
      id
      fullName
      solDecisions(first: 10) {
        id
        date
        fromDate
        toDate
        decisionServices(first: 10) { id serviceType { code text } }
      }
      executions(first: 10) {
        id
        startDate
        serviceCategoryName
        executedServices(first: 10) { id startTime endTime name quantity }
      }
      hslOrders(first: 10) { id startDate orderDate }
    }
  }
}`;

export const deepBody = (clients: number, offset = 0) =>
  JSON.stringify({ query: DEEP_QUERY, variables: { first: clients, offset }, operationName: 'BenchDeep' });

/** p1's varied workload (bench/lib/varied.ts): a client's page, as a case worker opens it. */
export const CLIENT_PAGE_QUERY = `query BenchClientPage($id: ID!, $n: Int!) {
  client(id: $id) {
    id personId firstName lastName fullName active protectedRegistration maritalStatus keyCode updateTime
    addresses { type streetAddress zipCode city careOf }
    phones { type phoneNumber }
    contacts(first: $n) { id }
    relatives(first: $n) { id }
    servicePeriods(first: $n) { id }
    absences(first: $n) { id }
    solDecisions(first: $n) {
      id date fromDate toDate
      decisionServices(first: $n) { id serviceType { code text } }
    }
    executions(first: $n) {
      id startDate serviceCategoryName
      executedServices(first: $n) { id startTime endTime name quantity }
    }
    hslOrders(first: $n) { id orderDate startDate endDate orderServices(first: $n) { id } }
    housingApartmentEvents(first: $n) { id }
    reportedVisits(first: $n) { id }
  }
}`;

/** p1's varied workload: a provider unit's staff, their roles and unit accesses. */
export const UNIT_STAFF_QUERY = `query BenchUnitStaff($id: ID!, $first: Int!) {
  providerUnit(id: $id) {
    id name companyName active isShelteredHousing
    personnel(first: $first) {
      id personId firstName lastName fullName title signature hsaId phoneNumber emailAddress isActive disabled
      roles { name active fromDate toDate providerUnitId }
      unitAccesses(first: 10) {
        id unitId unitName activeFromDate activeToDate providerUnitRoles { id roleName }
      }
    }
    roleAssignments(first: $first) { id validFrom validTo user { id } role { id } }
    planningUnits(first: 10) { id name }
  }
}`;

/** p1's varied workload: the HSL orders placed in a period, with their clients (hsl → care). */
export const HSL_PERIOD_QUERY = `query BenchHslPeriod($from: DateTime!, $to: DateTime!, $first: Int!) {
  hslOrders(first: $first, filter: { orderDateFrom: $from, orderDateTo: $to }) {
    nodes {
      id personId orderDate startDate endDate confirmedDate
      orderer { id name }
      provider { id name }
      providerOrganizationUnit { id name }
      client { id fullName personId }
      orderServices(first: 10) { id startDate endDate serviceType { code text } }
    }
    pageInfo { endCursor hasNextPage }
  }
}`;

/** What p1's varied workload needs to know of the dataset (asked once, before the load). */
export const DISCOVER_QUERY = `query BenchDiscover {
  clients(first: 5000) { nodes { id } }
  providerUnits(first: 1000) { nodes { id } }
  hslOrders(first: 5000) { nodes { orderDate } }
}`;

/** The REST page of p2/p3 (package 8873, "Decision-support base data"). */
export const REST_PATH = '/api/v1/executed_services';

/** Whether an executed service's client has a protected identity (as platform/src/audit.ts decides it). */
const PROTECTED_SQL = 'coalesce(client_id in (select pc.client_id from platform.protected_client pc), false)';

/**
 * PascalCase JSON of one executed service, built by PostgreSQL (p4's floor), in the contract's
 * property order, with protected identities masked as the platform masks them for a caller
 * without the entitlement (Name the marker, PersonId null): the expression of one row…
 */
export const EXPORT_JSON = `json_build_object(
    'Id', id, 'Cancelled', cancelled, 'CategoryId', category_id, 'CategoryName', category_name,
    'DoubleManning', double_manning, 'Duration', duration,
    'EndTime', to_char(end_time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'Name', case when ${PROTECTED_SQL} then '${MASKED_NAME}' else name end,
    'OrganizationUnit', case when organization_unit is null then null
      else json_build_object('Id', organization_unit->>'id', 'Name', organization_unit->>'name') end,
    'Personnel', case when personnel is null then null
      else json_build_object('PersonId', personnel->>'personId', 'FirstName', personnel->>'firstName',
                             'LastName', personnel->>'lastName', 'FullName', personnel->>'fullName') end,
    'PersonId', case when ${PROTECTED_SQL} then null else person_id end,
    'Professional', case when professional is null then null
      else json_build_object('Id', professional->>'id', 'Name', professional->>'name') end,
    'Quantity', quantity, 'ReportingSystem', reporting_system,
    'StartTime', to_char(start_time at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'TypeId', type_id, 'TypeName', type_name, 'UpdateSignature', update_signature,
    'UpdateTime', to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'VisitId', visit_id, 'WorkType', work_type)`;

/** … and the whole export as COPY (`where`: more conditions). */
export const exportSql = (where = '') => `copy (
  select ${EXPORT_JSON}
  from provider.executed_service where deleted = false${where ? ` and ${where}` : ''} order by updated_at, id
) to stdout`;

/** The whole tenant's export (p4's floor). */
export const EXPORT_SQL = exportSql();

/** One line of COPY's text format, unescaped. */
export function unescapeCopy(line: string): string {
  return line.replace(
    /\\(.)/g,
    (_m, ch: string) =>
      (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' }) as Record<string, string>)[ch] ?? ch,
  );
}
