/**
 * Dates a caller sends are read as the day they name or refused: `Date.parse` rolls 2027-02-30 over
 * into 2 March and reads "1" as the year 2001, which the DateTime and Date scalars (and the facade's
 * gt/lt, the service windows, `lcs maintenance --until`) used to accept.
 */
import { describe, expect, it } from 'vitest';
import { GraphQLScalarType, Kind } from 'graphql';
import { onCalendar } from './iso-time.ts';
import { scalarResolvers } from './resolvers.ts';

describe('dates on the calendar', () => {
  it('knows month lengths, leap years, hours and seconds', () => {
    for (const ok of ['2028-02-29', '2027-12-31T23:59:59Z', '2027-03-28T02:30+02:00', '2027-01-01T00:00:00.1234567Z'])
      expect(onCalendar(ok), ok).toBe(true);
    for (const bad of ['2027-02-29', '2027-02-30', '2027-04-31', '2027-13-01', '2027-01-01T25:00', '2027-01-01T12:60'])
      expect(onCalendar(bad), bad).toBe(false);
  });

  it('the DateTime and Date scalars refuse what is not an ISO 8601 day on the calendar', () => {
    const { DateTime, Date: DateScalar } = scalarResolvers as Record<string, GraphQLScalarType>;
    expect((DateTime!.parseValue('2027-03-01T08:00:00+01:00') as Date).toISOString()).toBe('2027-03-01T07:00:00.000Z');
    expect((DateTime!.parseValue('2027-03-01') as Date).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    for (const bad of ['2027-02-30T08:00:00Z', '1', 'Dec 7 2026', 'yesterday', '2027-02-30', 20270301])
      expect(() => DateTime!.parseValue(bad), String(bad)).toThrow(/not an ISO 8601 date-time/);
    expect(() => DateTime!.parseLiteral({ kind: Kind.STRING, value: '2027-04-31T00:00Z' })).toThrow(/ISO 8601/);
    expect(DateScalar!.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(() => DateScalar!.parseValue('2027-02-29')).toThrow(/not a date/);
  });
});
