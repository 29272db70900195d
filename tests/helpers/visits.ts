/**
 * A reported-visit write body (8931) built from an execution and a staff member the test read from
 * the database: shared by the facade write tests, the hostile-input tests and the scale-out test.
 */
import { sql } from 'drizzle-orm';

/** The first live staff member (person_id, user_id), to report a visit as. */
export const FIRST_STAFF = sql`
  select person_id, user_id from provider.provider_personnel where not deleted order by id limit 1`;

/** A licence's provider_units as numbers, whichever driver read them (array or '{1,2}' text). */
export function providerUnits(value: unknown): number[] {
  return (Array.isArray(value) ? value : String(value).replace(/[{}]/g, '').split(',')).map(Number);
}

/** The execution columns a visit body is built from. */
export interface VisitExecution {
  id: number | string;
  person_id: string;
  provider_unit_id: number | string;
}

/** The staff columns FIRST_STAFF reads. */
export interface VisitStaff {
  person_id: string;
  user_id: string | number | null;
}

/** The visit body (without ExternalId) for execution row `ex` reported by staff row `staff`. */
export function reportedVisit(ex: VisitExecution, staff: VisitStaff, reportingSystem = 'TestPlanner') {
  return {
    ClientPersonId: ex.person_id.replace('-', ''),
    PersonnelPersonId: staff.person_id,
    PersonnelUserId: staff.user_id,
    ExecutionId: Number(ex.id),
    ProviderUnitId: Number(ex.provider_unit_id),
    StartTime: '2026-03-01T08:00:00Z',
    EndTime: '2026-03-01T08:30:00Z',
    Status: 'Completed',
    IsDoubleManning: false,
    StartQuittanceType: 'Nfc',
    EndQuittanceType: 'Nfc',
    ReportingSystem: reportingSystem,
  };
}
