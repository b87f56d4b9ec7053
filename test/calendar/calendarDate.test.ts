import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseCalendarDate } from '../../src/index.js';

describe('calendar dates', () => {
  it.each(['2019-05-17', '2024-02-29', '2000-02-29', '2026-12-31', '2013-11-07'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(parseCalendarDate(date)).toEqual({ ok: true, value: date });
  });

  const range = '1900-01-01 to 2199-12-31';
  it.each([
    [
      '2019-02-29',
      'invalid-date',
      '2019-02-29 is not a date: February 2019 has 28 days.',
      { found: '"2019-02-29"', rule: 'date' },
    ],
    [
      '1900-02-29',
      'invalid-date',
      '1900-02-29 is not a date: February 1900 has 28 days.',
      { found: '"1900-02-29"', rule: 'date' },
    ],
    [
      '2019-02-30',
      'invalid-date',
      '2019-02-30 is not a date: February 2019 has 28 days.',
      { found: '"2019-02-30"', rule: 'date' },
    ],
    [
      '2019-04-31',
      'invalid-date',
      '2019-04-31 is not a date: April 2019 has 30 days.',
      { found: '"2019-04-31"', rule: 'date' },
    ],
    [
      '2019-13-01',
      'invalid-date',
      '2019-13-01 is not a date: the month must be 01 to 12.',
      { found: '"2019-13-01"', rule: 'date' },
    ],
    [
      '2019-00-10',
      'invalid-date',
      '2019-00-10 is not a date: the month must be 01 to 12.',
      { found: '"2019-00-10"', rule: 'date' },
    ],
    [
      '17/05/2019',
      'invalid-date',
      '"17/05/2019" is not a date written YYYY-MM-DD: write day/month/year as 2019-05-17.',
      { found: '"17/05/2019"', rule: 'date' },
    ],
    [
      '2019-5-17',
      'invalid-date',
      '"2019-5-17" is not a date written YYYY-MM-DD (for example 2019-05-17).',
      { found: '"2019-5-17"', rule: 'date' },
    ],
    [
      '2019-05-17\n',
      'invalid-date',
      '"2019-05-17\n" is not a date written YYYY-MM-DD (for example 2019-05-17).',
      { found: '"2019-05-17\n"', rule: 'date' },
    ],
    [
      '9999-12-31',
      'out-of-range',
      '9999-12-31 is outside the supported dates, 1900-01-01 to 2199-12-31.',
      { found: '"9999-12-31"', limit: range, rule: 'date' },
    ],
    [
      '1899-12-31',
      'out-of-range',
      '1899-12-31 is outside the supported dates, 1900-01-01 to 2199-12-31.',
      { found: '"1899-12-31"', limit: range, rule: 'date' },
    ],
    [
      '2019-05-17T00:00:00',
      'invalid-date',
      '"2019-05-17T00:00:00" is not a date written YYYY-MM-DD (for example 2019-05-17).',
      { found: '"2019-05-17T00:00:00"', rule: 'date' },
    ],
    [
      20190517,
      'invalid-type',
      'Expected a date as text written YYYY-MM-DD, got 20190517.',
      { found: '20190517', rule: 'date' },
    ],
    [null, 'invalid-type', 'Expected a date as text written YYYY-MM-DD, got null.', { found: 'null', rule: 'date' }],
    [
      undefined,
      'missing',
      'Expected a date as text written YYYY-MM-DD, got nothing.',
      { found: 'nothing', rule: 'date' },
    ],
    [
      new Date('2019-05-17T00:00:00Z'),
      'invalid-type',
      'Expected a date as text written YYYY-MM-DD, got a Date object: a Date is a moment in a time zone, so write the day you mean as YYYY-MM-DD.',
      { found: 'a Date object', rule: 'date' },
    ],
  ])('refuses %j', (input, code, message, params) => {
    expect(isCalendarDate(input)).toBe(false);
    expect(parseCalendarDate(input)).toEqual({ ok: false, issues: [{ path: [], code, message, params }] });
  });

  it('agrees with the UTC calendar on every day of the supported range, 1900-2199', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          expect(isCalendarDate(date.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === text;
          expect(isCalendarDate(text)).toBe(real);
        },
      ),
    );
  });
});
