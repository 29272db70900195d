/**
 * Whether the date (and time) an ISO 8601 string names exist on the calendar. `Date.parse` takes
 * any day up to 31 in every month and rolls it over (2027-02-30 is read as 2 March), so a caller's
 * typo would silently become another day; luxon checks the calendar (leap years, month lengths,
 * hours and seconds). Callers check the string's format first (their own patterns).
 */
import { DateTime } from 'luxon';

export const onCalendar = (iso: string): boolean => DateTime.fromISO(iso, { setZone: true }).isValid;

/**
 * The instant `v` names when it has the caller's `format` (checked first), exists on the calendar
 * (a space for the T is allowed) and JavaScript can read it; undefined otherwise.
 */
export function calendarInstant(v: unknown, format: RegExp): Date | undefined {
  if (typeof v !== 'string' || !format.test(v) || !onCalendar(v.replace(' ', 'T'))) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
