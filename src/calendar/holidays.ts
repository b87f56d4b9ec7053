import { wholeNumberProblem } from '../check/fields.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { issue } from '../result/result.js';
import type { CalendarDate } from './calendarDate.js';
import { dateOf } from './dateArithmetic.js';
import { dayFromParts, FIRST_YEAR, LAST_YEAR, weekdayOf } from './dayNumber.js';

/**
 * A public holiday: its date and name.
 *
 * @example
 * ```ts
 * import { calendarDate, type Holiday } from 'ofsted-ilacs';
 *
 * const holiday: Holiday = { date: calendarDate('2026-12-25'), title: 'Christmas Day' };
 * console.log(holiday.title);
 * ```
 *
 * @category Calendar and working days
 */
export interface Holiday {
  readonly date: CalendarDate;
  readonly title: string;
}

/**
 * A list of holidays and the years it is complete for. Outside those years the
 * working-day functions project the standard England and Wales holidays by rule
 * ({@link projectEnglandAndWalesHolidays}) and report that they did.
 *
 * @example
 * ```ts
 * import { calendarDate, addWorkingDays, type HolidayCalendar } from 'ofsted-ilacs';
 *
 * // A council's own calendar, with an extra closure day.
 * const calendar: HolidayCalendar = {
 *   name: 'Council closure days 2026',
 *   coverage: { fromYear: 2026, toYear: 2026 },
 *   holidays: [{ date: calendarDate('2026-12-24'), title: 'Christmas Eve closure' }],
 * };
 * console.log(addWorkingDays(calendarDate('2026-12-23'), 1, { calendar }).date); // '2026-12-28'
 * ```
 *
 * @category Calendar and working days
 */
export interface HolidayCalendar {
  /** A name for the calendar, shown in results. */
  readonly name: string;
  /** The years, inclusive, for which `holidays` is complete. */
  readonly coverage: { readonly fromYear: number; readonly toYear: number };
  /** The holidays. */
  readonly holidays: readonly Holiday[];
}

/** Throws for a year that is not a whole number within the supported years. */
function checkYear(year: unknown, fn: string): asserts year is number {
  const problem = wholeNumberProblem(year, 'year', FIRST_YEAR, LAST_YEAR);
  if (problem !== undefined) {
    throw new OfstedIlacsError(
      problem.code === 'out-of-range' ? 'out-of-range' : 'invalid-argument',
      `${fn}: ${problem.message}`,
      [issue([], problem.code, problem.message, problem.params)],
    );
  }
}

/** The day number of Easter Sunday (the anonymous Gregorian algorithm). @internal */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm).
 * Throws {@link OfstedIlacsError} for a year that is not a whole number from 1900 to 2199.
 *
 * @example
 * ```ts
 * import { easterSunday } from 'ofsted-ilacs';
 *
 * console.log(easterSunday(2026)); // '2026-04-05'
 * ```
 *
 * @category Calendar and working days
 */
export function easterSunday(year: number): CalendarDate {
  checkYear(year, 'easterSunday');
  return dateOf(easterDay(year));
}

function isWeekend(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The first Monday on or after a day. */
function mondayOnOrAfter(day: number): number {
  return day + ((8 - weekdayOf(day)) % 7);
}

/** The last Monday on or before a day. */
function mondayOnOrBefore(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

/** A holiday as a day number, with its title. @internal */
export interface HolidayDay {
  readonly day: number;
  readonly title: string;
}

/**
 * The standard England and Wales bank holidays of a year as day numbers, in date order.
 * Every one falls on a weekday (a holiday at a weekend is given a substitute weekday), so
 * every projected year has exactly eight non-working weekdays.
 *
 * @internal
 */
export function projectedHolidayDays(year: number): readonly HolidayDay[] {
  const easter = easterDay(year);
  const newYear = dayFromParts(year, 1, 1);
  const days: HolidayDay[] = [
    isWeekend(newYear)
      ? { day: mondayOnOrAfter(newYear), title: "New Year's Day (substitute day)" }
      : { day: newYear, title: "New Year's Day" },
    { day: easter - 2, title: 'Good Friday' },
    { day: easter + 1, title: 'Easter Monday' },
    { day: mondayOnOrAfter(dayFromParts(year, 5, 1)), title: 'Early May bank holiday' },
    { day: mondayOnOrBefore(dayFromParts(year, 5, 31)), title: 'Spring bank holiday' },
    { day: mondayOnOrBefore(dayFromParts(year, 8, 31)), title: 'Summer bank holiday' },
  ];
  // Christmas Day and Boxing Day: either at a weekend moves to the next free weekday.
  const christmas = dayFromParts(year, 12, 25);
  const taken = new Set<number>();
  const placed: HolidayDay[] = [];
  for (const [day, title] of [
    [christmas, 'Christmas Day'],
    [christmas + 1, 'Boxing Day'],
  ] as const) {
    if (!isWeekend(day)) {
      taken.add(day);
      placed.push({ day, title });
    }
  }
  for (const [day, title] of [
    [christmas, 'Christmas Day'],
    [christmas + 1, 'Boxing Day'],
  ] as const) {
    if (!isWeekend(day)) continue;
    let substitute = christmas + 2;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
    placed.push({ day: substitute, title: `${title} (substitute day)` });
  }
  return [...days, ...placed.sort((a, b) => a.day - b.day)];
}

/**
 * The standard England and Wales bank holidays of a year, computed by rule: New Year's
 * Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
 * Christmas Day and Boxing Day, with a substitute weekday when one falls at a weekend.
 * One-off days (jubilees, coronations, state funerals) and moved days cannot be
 * predicted; that is why the shipped list is used wherever it covers the year. Throws
 * {@link OfstedIlacsError} for a year that is not a whole number from 1900 to 2199.
 *
 * @example
 * ```ts
 * import { projectEnglandAndWalesHolidays } from 'ofsted-ilacs';
 *
 * console.log(projectEnglandAndWalesHolidays(2030).map((h) => h.date));
 * // ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26']
 * ```
 *
 * @category Calendar and working days
 */
export function projectEnglandAndWalesHolidays(year: number): readonly Holiday[] {
  checkYear(year, 'projectEnglandAndWalesHolidays');
  return projectedHolidayDays(year).map(({ day, title }) => ({ date: dateOf(day), title }));
}
