import { formatDay, formatInstant, lastPickableDay, parseAsOf } from './as-of';

describe('the asOf URL parameter', () => {
  const now = new Date('2026-11-26T05:00:00Z');

  it('asks for the end of the chosen day, UTC', () => {
    expect(parseAsOf('2020-01-01', now)).toEqual({
      date: '2020-01-01',
      asOf: '2020-01-01T23:59:59.999Z',
      problem: null,
    });
  });

  it('shows the current board without the parameter, for today and later, and for what is no date', () => {
    expect(parseAsOf(null, now)).toEqual({ date: null, asOf: null, problem: null });
    expect(parseAsOf('2026-11-26', now).asOf).toBeNull();
    expect(parseAsOf('2026-11-26', now).problem).toMatch(/has not ended yet/);
    expect(parseAsOf('2030-01-01', now).asOf).toBeNull();
    for (const bad of ['yesterday', '2020-02-30', '2020-1-1', '2020-01-01T00:00:00Z']) {
      expect(parseAsOf(bad, now)).toMatchObject({ asOf: null, problem: expect.stringMatching(/is not a date/) });
    }
  });

  it('offers days up to yesterday, and writes days and instants for people', () => {
    expect(lastPickableDay(now)).toBe('2026-11-25');
    expect(formatDay('2020-01-01')).toBe('1 January 2020');
    expect(formatInstant('2026-11-26T05:12:40.123Z')).toBe('26 November 2026, 05:12 UTC');
  });
});
