/**
 * The service windows as an iCalendar feed per environment (ical-generator, a well-kept RFC 5545
 * writer) with the Europe/Stockholm VTIMEZONE (@touch4it/ical-timezones), so a calendar client
 * shows a PROD window as 22:00–02:00 local time on both sides of a DST change; the times are given
 * through luxon in that zone (ical-generator would otherwise use the server's own zone).
 */
import ical from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { ENVIRONMENT_LABEL, SERVICE_TIME_ZONE, type Environment, type ServiceWindow } from './operations.ts';

const KIND_LABEL: Record<string, string> = {
  'utb-early': 'UTB uppdateras (10 dagar före PROD)',
  'utb-late': 'UTB uppdateras (2 dagar före PROD)',
  prod: 'PROD uppdateras',
  extra: 'Extra servicefönster',
};

export function windowTitle(w: ServiceWindow): string {
  return (
    `${w.emergency ? 'Akut servicefönster' : (KIND_LABEL[w.kind] ?? 'Servicefönster')} ` +
    `– ${w.environment.toUpperCase()}`
  );
}

/** The ICS text of `windows` (one environment's), with stable UIDs so clients update rather than duplicate. */
export function windowsIcs(environment: Environment, windows: ServiceWindow[], host: string): string {
  const cal = ical({
    name: `LCS servicefönster ${environment.toUpperCase()}`,
    description: `Planerade servicefönster för ${ENVIRONMENT_LABEL[environment]}`,
    prodId: { company: 'lcs', product: 'service-windows', language: 'SV' },
    timezone: { name: SERVICE_TIME_ZONE, generator: getVtimezoneComponent },
  });
  for (const w of windows) {
    cal.createEvent({
      id: `service-window-${w.id}@${host}`,
      start: DateTime.fromISO(w.start, { zone: SERVICE_TIME_ZONE }),
      end: DateTime.fromISO(w.end, { zone: SERVICE_TIME_ZONE }),
      timezone: SERVICE_TIME_ZONE,
      stamp: DateTime.fromISO(w.announcedAt, { zone: 'utc' }),
      summary: windowTitle(w),
      description: w.description ?? undefined,
    });
  }
  return cal.toString();
}
