import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  checkWindow,
  releaseWindows,
  retryAfterSeconds,
  stockholmInstant,
  stockholmWall,
  windowKind,
  type ServiceWindow,
} from './operations.ts';
import { windowsIcs } from './calendar.ts';

const NOW = new Date('2027-03-01T12:00:00Z');

describe('service window rules (chapter 4.5)', () => {
  it('refuses a window announced less than 7 days ahead unless it is an emergency', () => {
    const soon = { environment: 'prod', start: '2027-03-05T22:00:00+01:00', end: '2027-03-06T02:00:00+01:00' };
    expect(() => checkWindow(soon, NOW)).toThrow(/at least 7 days ahead/);
    expect(checkWindow({ ...soon, emergency: true }, NOW)).toMatchObject({ emergency: true, kind: 'prod' });
    const week = { environment: 'prod', start: '2027-03-08T22:00:00+01:00', end: '2027-03-09T02:00:00+01:00' };
    expect(checkWindow(week, NOW)).toMatchObject({ emergency: false, kind: 'prod', environment: 'prod' });
  });

  it('refuses bad input with a reason', () => {
    const ok = { environment: 'utb', start: '2027-04-01T08:00+02:00', end: '2027-04-01T18:00+02:00' };
    expect(checkWindow(ok, NOW).kind).toBe('utb-early');
    expect(() => checkWindow({ ...ok, environment: 'test' }, NOW)).toThrow(/prod or utb/);
    expect(() => checkWindow({ ...ok, end: ok.start }, NOW)).toThrow(/end must be after start/);
    expect(() => checkWindow({ ...ok, start: '2027-04-01 08:00' }, NOW)).toThrow(/ISO 8601/);
    // days that are not on the calendar are refused, not rolled over into the next month
    expect(() => checkWindow({ ...ok, start: '2027-04-31T08:00+02:00' }, NOW)).toThrow(/ISO 8601/);
    expect(() => releaseWindows('2027-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => releaseWindows('2027-02-29')).toThrow(/YYYY-MM-DD/);
    expect(releaseWindows('2028-02-29')).toHaveLength(3);
    expect(() => checkWindow({ ...ok, end: '2027-04-03T08:00+02:00' }, NOW)).toThrow(/24 hours/);
    expect(() =>
      checkWindow({ ...ok, start: '2027-02-01T08:00+01:00', end: '2027-02-01T18:00+01:00', emergency: true }, NOW),
    ).toThrow(/already ended/);
  });

  it(
    'plans a release: UTB 10 days before 08–18, UTB 2 days before 16–19, ' + 'PROD 22–02, in Stockholm time across DST',
    () => {
      // PROD on the night summer time ends (2027-10-31 03:00 CEST → 02:00 CET): a 5-hour window in UTC
      const autumn = releaseWindows('2027-10-30');
      expect(autumn.map((w) => [w.environment, w.kind, w.start.toISOString(), w.end.toISOString()])).toEqual([
        ['utb', 'utb-early', '2027-10-20T06:00:00.000Z', '2027-10-20T16:00:00.000Z'],
        ['utb', 'utb-late', '2027-10-28T14:00:00.000Z', '2027-10-28T17:00:00.000Z'],
        ['prod', 'prod', '2027-10-30T20:00:00.000Z', '2027-10-31T01:00:00.000Z'],
      ]);
      // winter: UTC+1
      const winter = releaseWindows('2027-01-20');
      expect(winter[2]!.start.toISOString()).toBe('2027-01-20T21:00:00.000Z');
      expect(winter[0]!.start.toISOString()).toBe('2027-01-10T07:00:00.000Z');
      for (const w of [...autumn, ...winter]) expect(windowKind(w.environment, w.start, w.end)).toBe(w.kind);
      expect(windowKind('prod', new Date('2027-01-20T20:00:00Z'), new Date('2027-01-21T01:00:00Z'))).toBe('extra');
    },
  );

  it('converts Stockholm wall time both ways', () => {
    expect(stockholmInstant('2027-07-01', '22:00').toISOString()).toBe('2027-07-01T20:00:00.000Z');
    expect(stockholmInstant('2027-12-01', '22:00').toISOString()).toBe('2027-12-01T21:00:00.000Z');
    expect(stockholmWall(new Date('2027-10-31T01:00:00Z'))).toEqual({ date: '2027-10-31', time: '02:00' });
  });

  it('gives Retry-After in whole seconds to the end (at least 1)', () => {
    const now = Date.parse('2027-03-01T12:00:00Z');
    expect(retryAfterSeconds('2027-03-01T13:00:00Z', now)).toBe(3600);
    expect(retryAfterSeconds('2027-03-01T11:00:00Z', now)).toBe(1);
    expect(retryAfterSeconds(null, now)).toBe(300);
  });
});

describe('ICS calendar', () => {
  it('is read back by an independent parser (ical.js) with the Stockholm times on both sides of DST', () => {
    const mk = (id: string, w: { start: Date; end: Date; kind: string }): ServiceWindow => ({
      id,
      environment: 'prod',
      start: w.start.toISOString(),
      end: w.end.toISOString(),
      kind: w.kind as ServiceWindow['kind'],
      emergency: false,
      description: `release ${id}`,
      announcedAt: '2027-01-01T00:00:00.000Z',
    });
    const prodAutumn = releaseWindows('2027-10-30')[2]!;
    const prodSummer = releaseWindows('2027-06-10')[2]!;
    const prodWinter = releaseWindows('2027-12-08')[2]!;
    const ics = windowsIcs('prod', [mk('1', prodSummer), mk('2', prodAutumn), mk('3', prodWinter)], 'test.local');
    const comp = new ICAL.Component(ICAL.parse(ics));
    const tz = comp.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
    ICAL.TimezoneService.register(tz);
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([
      'service-window-1@test.local',
      'service-window-2@test.local',
      'service-window-3@test.local',
    ]);
    for (const [e, w] of events.map((e, i) => [e, [prodSummer, prodAutumn, prodWinter][i]!] as const)) {
      expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
      expect(e.startDate.zone?.tzid).toBe('Europe/Stockholm');
      expect(`${String(e.startDate.hour).padStart(2, '0')}:${String(e.startDate.minute).padStart(2, '0')}`).toBe(
        '22:00',
      );
      expect(`${String(e.endDate.hour).padStart(2, '0')}:${String(e.endDate.minute).padStart(2, '0')}`).toBe('02:00');
      expect(e.startDate.toJSDate().toISOString()).toBe(w.start.toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe(w.end.toISOString());
    }
    // summer 22:00 is 20:00 UTC, winter 22:00 is 21:00 UTC; the autumn window spans the change (5 h)
    expect(events[0]!.startDate.toJSDate().getUTCHours()).toBe(20);
    expect(events[2]!.startDate.toJSDate().getUTCHours()).toBe(21);
    expect(events[1]!.endDate.toJSDate().getTime() - events[1]!.startDate.toJSDate().getTime()).toBe(5 * 3_600_000);
    expect(events[0]!.summary).toMatch(/PROD/);
  });
});
