import type { CalendarDate } from './calendarDate.js';
import { dateFromParts, dayOfWeek, shiftDays } from './dateArithmetic.js';

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
 */
export interface HolidayCalendar {
  /** A name for the calendar, shown in results. */
  readonly name: string;
  /** The years, inclusive, for which `holidays` is complete. */
  readonly coverage: { readonly fromYear: number; readonly toYear: number };
  /** The holidays. */
  readonly holidays: readonly Holiday[];
}

/**
 * Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm).
 *
 * @example
 * ```ts
 * import { easterSunday } from 'ofsted-ilacs';
 *
 * console.log(easterSunday(2026)); // '2026-04-05'
 * ```
 */
export function easterSunday(year: number): CalendarDate {
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
  return dateFromParts(year, month, day);
}

function isWeekend(date: CalendarDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** The first Monday on or after a date. */
function mondayOnOrAfter(date: CalendarDate): CalendarDate {
  return shiftDays(date, (8 - dayOfWeek(date)) % 7);
}

/** The last Monday on or before a date. */
function mondayOnOrBefore(date: CalendarDate): CalendarDate {
  return shiftDays(date, -((dayOfWeek(date) + 6) % 7));
}

/**
 * The standard England and Wales bank holidays of a year, computed by rule: New Year's
 * Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
 * Christmas Day and Boxing Day, with a substitute weekday when one falls at a weekend.
 * One-off days (jubilees, coronations, state funerals) and moved days cannot be
 * predicted; that is why the shipped list is used wherever it covers the year.
 *
 * @example
 * ```ts
 * import { projectEnglandAndWalesHolidays } from 'ofsted-ilacs';
 *
 * console.log(projectEnglandAndWalesHolidays(2030).map((h) => h.date));
 * // ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26']
 * ```
 */
export function projectEnglandAndWalesHolidays(year: number): readonly Holiday[] {
  const easter = easterSunday(year);
  const newYear = dateFromParts(year, 1, 1);
  const holidays: Holiday[] = [
    {
      date: isWeekend(newYear) ? mondayOnOrAfter(newYear) : newYear,
      title: isWeekend(newYear) ? "New Year's Day (substitute day)" : "New Year's Day",
    },
    { date: shiftDays(easter, -2), title: 'Good Friday' },
    { date: shiftDays(easter, 1), title: 'Easter Monday' },
    { date: mondayOnOrAfter(dateFromParts(year, 5, 1)), title: 'Early May bank holiday' },
    { date: mondayOnOrBefore(dateFromParts(year, 5, 31)), title: 'Spring bank holiday' },
    { date: mondayOnOrBefore(dateFromParts(year, 8, 31)), title: 'Summer bank holiday' },
  ];
  // Christmas Day and Boxing Day: either at a weekend moves to the next free weekday.
  const christmas = [
    { date: dateFromParts(year, 12, 25), title: 'Christmas Day' },
    { date: dateFromParts(year, 12, 26), title: 'Boxing Day' },
  ];
  const taken = new Set(christmas.filter((h) => !isWeekend(h.date)).map((h) => h.date));
  const placed = christmas.map((holiday) => {
    if (!isWeekend(holiday.date)) return holiday;
    let date = dateFromParts(year, 12, 27);
    while (isWeekend(date) || taken.has(date)) date = shiftDays(date, 1);
    taken.add(date);
    return { date, title: `${holiday.title} (substitute day)` };
  });
  return [...holidays, ...placed.sort((a, b) => (a.date < b.date ? -1 : 1))];
}
