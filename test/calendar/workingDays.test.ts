import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  type CalendarDate,
  calendarDate,
  ENGLAND_AND_WALES_BANK_HOLIDAYS,
  easterSunday,
  type HolidayCalendar,
  isWorkingDay,
  OfstedIlacsError,
  projectEnglandAndWalesHolidays,
  workingDayStatus,
  workingDaysBetween,
} from '../../src/index.js';

const feed = JSON.parse(
  readFileSync(new URL('../fixtures/bank-holidays/bank-holidays.json', import.meta.url), 'utf8'),
) as Record<string, { events: { date: string; title: string }[] }>;
const feedEvents = feed['england-and-wales']?.events ?? [];

/** Any date from 2010 to 2035, so counts run in and beyond the shipped years. */
const date = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as CalendarDate);

describe('England and Wales bank holidays', () => {
  it("ship every date of GOV.UK's feed, 2012-2028, frozen", () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.holidays.map((h) => h.date)).toEqual(feedEvents.map((e) => e.date));
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.coverage).toEqual({ fromYear: 2012, toYear: 2028 });
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS.holidays)).toBe(true);
    expect(Object.isFrozen(ENGLAND_AND_WALES_BANK_HOLIDAYS.holidays[0])).toBe(true);
  });

  it('are predicted by rule in every shipped year, but for the one-off and moved days', () => {
    const projected = new Set<string>();
    for (let year = 2012; year <= 2028; year += 1) {
      for (const holiday of projectEnglandAndWalesHolidays(year)) projected.add(holiday.date);
    }
    const listed = new Set(feedEvents.map((e) => e.date));
    expect([...listed].filter((d) => !projected.has(d)).sort()).toEqual([
      '2012-06-04', // spring bank holiday moved for the Diamond Jubilee
      '2012-06-05', // Diamond Jubilee
      '2020-05-08', // early May bank holiday moved to VE Day
      '2022-06-02', // spring bank holiday moved for the Platinum Jubilee
      '2022-06-03', // Platinum Jubilee
      '2022-09-19', // state funeral of Queen Elizabeth II
      '2023-05-08', // coronation of King Charles III
    ]);
    expect([...projected].filter((d) => !listed.has(d)).sort()).toEqual(['2012-05-28', '2020-05-04', '2022-05-30']);
  });

  it('find Easter Sunday', () => {
    expect([2019, 2024, 2025, 2026, 2038].map(easterSunday)).toEqual([
      '2019-04-21',
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2038-04-25',
    ]);
  });
});

describe('working days', () => {
  it.each([
    ['2019-05-17', true, undefined],
    ['2019-05-18', false, 'weekend'],
    ['2019-05-27', false, 'bank-holiday'],
    ['2026-04-03', false, 'good-friday'],
    ['2026-12-25', false, 'christmas-day'],
    ['2026-12-28', false, 'bank-holiday'],
    ['2022-09-19', false, 'bank-holiday'],
  ])('%s is working: %s (%s)', (day, working, reason) => {
    const status = workingDayStatus(calendarDate(day));
    expect(status.working).toBe(working);
    expect(status.working ? undefined : status.reason).toBe(reason);
    expect(isWorkingDay(calendarDate(day))).toBe(working);
  });

  it('project holidays beyond the shipped years, and say so', () => {
    const status = workingDayStatus(calendarDate('2031-05-05'));
    expect(status).toEqual({
      date: '2031-05-05',
      working: false,
      reason: 'bank-holiday',
      holiday: { date: '2031-05-05', title: 'Early May bank holiday' },
      projected: true,
    });
    const result = addWorkingDays(calendarDate('2030-12-20'), 5);
    expect(result.date).toBe('2030-12-31');
    expect(result.projectedHolidays).toEqual([{ date: '2030-12-26', title: 'Boxing Day' }]);
    expect(addWorkingDays(calendarDate('2019-12-20'), 5).projectedHolidays).toEqual([]);
  });

  it('never treat Christmas Day or Good Friday as working, whatever the calendar', () => {
    const empty: HolidayCalendar = { name: 'none', coverage: { fromYear: 2000, toYear: 2100 }, holidays: [] };
    expect(isWorkingDay(calendarDate('2026-12-25'), { calendar: empty })).toBe(false);
    expect(isWorkingDay(calendarDate('2026-04-03'), { calendar: empty })).toBe(false);
    expect(isWorkingDay(calendarDate('2026-04-06'), { calendar: empty })).toBe(true);
  });

  it('count the 30 and 70 working days after Hull received its 2019 report (counted from publication)', () => {
    expect(addWorkingDays(calendarDate('2019-05-17'), 30).date).toBe('2019-07-01');
    expect(addWorkingDays(calendarDate('2019-05-17'), 70).date).toBe('2019-08-27');
    expect(workingDaysBetween(calendarDate('2019-05-17'), calendarDate('2019-08-27')).workingDays).toBe(70);
  });

  it('count back, and return the date itself for 0', () => {
    expect(addWorkingDays(calendarDate('2026-12-29'), -1).date).toBe('2026-12-24');
    expect(addWorkingDays(calendarDate('2026-12-26'), 0).date).toBe('2026-12-26');
    expect(workingDaysBetween(calendarDate('2026-12-29'), calendarDate('2026-12-24')).workingDays).toBe(-1);
  });

  it('refuse a fractional amount as a programmer error', () => {
    expect(() => addWorkingDays(calendarDate('2026-01-05'), 1.5)).toThrowError(OfstedIlacsError);
    expect(() => addWorkingDays(calendarDate('2026-01-05'), Number.NaN)).toThrowError(/whole number of days/);
  });

  describe('properties', () => {
    it('adding working days never lands on a weekend or holiday', () => {
      fc.assert(
        fc.property(
          date,
          fc.integer({ min: -120, max: 120 }).filter((n) => n !== 0),
          (start, n) => {
            const { date: end } = addWorkingDays(start, n);
            expect(workingDayStatus(end).working).toBe(true);
            const day = new Date(`${end}T00:00:00Z`).getUTCDay();
            expect(day === 0 || day === 6).toBe(false);
          },
        ),
      );
    });

    it('adding then counting round-trips', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 0, max: 200 }), (start, n) => {
          expect(workingDaysBetween(start, addWorkingDays(start, n).date).workingDays).toBe(n);
        }),
      );
    });

    it('counting back round-trips from a working day, and counting is antisymmetric', () => {
      fc.assert(
        fc.property(date, fc.integer({ min: 1, max: 200 }), (start, n) => {
          fc.pre(isWorkingDay(start));
          const back = addWorkingDays(start, -n).date;
          expect(workingDaysBetween(start, back).workingDays).toBe(-n);
          expect(workingDaysBetween(back, start).workingDays).toBe(n);
        }),
      );
    });

    it('adding more working days never gives an earlier date', () => {
      fc.assert(
        fc.property(date, fc.nat(100), fc.nat(100), (start, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(addWorkingDays(start, low).date <= addWorkingDays(start, high).date).toBe(true);
        }),
      );
    });
  });
});
