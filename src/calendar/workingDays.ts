import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { CalendarDate } from './calendarDate.js';
import { dayOfWeek, shiftDays, yearOf } from './dateArithmetic.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './englandAndWalesBankHolidays.js';
import { easterSunday, type Holiday, type HolidayCalendar, projectEnglandAndWalesHolidays } from './holidays.js';

/**
 * Options of the working-day functions.
 *
 * @example
 * ```ts
 * import { ENGLAND_AND_WALES_BANK_HOLIDAYS, type WorkingDayOptions } from 'ofsted-ilacs';
 *
 * const options: WorkingDayOptions = { calendar: ENGLAND_AND_WALES_BANK_HOLIDAYS };
 * console.log(options.calendar?.name);
 * ```
 */
export interface WorkingDayOptions {
  /** The holidays to use. Default {@link ENGLAND_AND_WALES_BANK_HOLIDAYS}. */
  readonly calendar?: HolidayCalendar;
}

/**
 * Why a day is not a working day under SI 2007/462: a Saturday or Sunday, Christmas Day,
 * Good Friday, or a bank holiday.
 *
 * @example
 * ```ts
 * import { calendarDate, workingDayStatus, type NonWorkingReason } from 'ofsted-ilacs';
 *
 * const status = workingDayStatus(calendarDate('2026-04-03'));
 * const reason: NonWorkingReason | undefined = status.working ? undefined : status.reason;
 * console.log(reason); // 'good-friday'
 * ```
 */
export type NonWorkingReason = 'weekend' | 'christmas-day' | 'good-friday' | 'bank-holiday';

/**
 * Whether a date is a working day, and if not, why. `projected` says that the holiday
 * came from the rule, not the calendar's list, because the year is outside its coverage.
 *
 * @example
 * ```ts
 * import { calendarDate, workingDayStatus, type DayStatus } from 'ofsted-ilacs';
 *
 * const status: DayStatus = workingDayStatus(calendarDate('2031-05-05'));
 * console.log(status); // { date: '2031-05-05', working: false, reason: 'bank-holiday', holiday: {...}, projected: true }
 * ```
 */
export type DayStatus =
  | { readonly date: CalendarDate; readonly working: true }
  | {
      readonly date: CalendarDate;
      readonly working: false;
      readonly reason: NonWorkingReason;
      readonly holiday?: Holiday;
      readonly projected: boolean;
    };

/** Looks up holidays by date, from the calendar's list or, outside its years, by rule. */
function holidayLookup(calendar: HolidayCalendar) {
  const listed = new Map(calendar.holidays.map((holiday) => [holiday.date as string, holiday]));
  const projectedYears = new Map<number, ReadonlyMap<string, Holiday>>();
  return (date: CalendarDate): { holiday: Holiday; projected: boolean } | undefined => {
    const year = yearOf(date);
    if (year >= calendar.coverage.fromYear && year <= calendar.coverage.toYear) {
      const holiday = listed.get(date);
      return holiday === undefined ? undefined : { holiday, projected: false };
    }
    let projected = projectedYears.get(year);
    if (projected === undefined) {
      projected = new Map(projectEnglandAndWalesHolidays(year).map((holiday) => [holiday.date as string, holiday]));
      projectedYears.set(year, projected);
    }
    const holiday = projected.get(date);
    return holiday === undefined ? undefined : { holiday, projected: true };
  };
}

function statusWith(lookup: ReturnType<typeof holidayLookup>, date: CalendarDate): DayStatus {
  const day = dayOfWeek(date);
  if (day === 0 || day === 6) return { date, working: false, reason: 'weekend', projected: false };
  const found = lookup(date);
  if (date.endsWith('-12-25')) {
    return {
      date,
      working: false,
      reason: 'christmas-day',
      projected: false,
      ...(found && { holiday: found.holiday }),
    };
  }
  if (date === shiftDays(easterSunday(yearOf(date)), -2)) {
    return { date, working: false, reason: 'good-friday', projected: false, ...(found && { holiday: found.holiday }) };
  }
  if (found !== undefined) {
    return { date, working: false, reason: 'bank-holiday', holiday: found.holiday, projected: found.projected };
  }
  return { date, working: true };
}

/**
 * Whether a date is a working day, and if not, why.
 *
 * A working day, as SI 2007/462 defines it, is any day except a Saturday, a Sunday,
 * Christmas Day, Good Friday, or a bank holiday in England and Wales. Christmas Day and
 * Good Friday are never working days, whatever the calendar lists.
 *
 * @example
 * ```ts
 * import { calendarDate, workingDayStatus } from 'ofsted-ilacs';
 *
 * console.log(workingDayStatus(calendarDate('2023-05-08')));
 * // { date: '2023-05-08', working: false, reason: 'bank-holiday', holiday: { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' }, projected: false }
 * ```
 */
export function workingDayStatus(date: CalendarDate, options: WorkingDayOptions = {}): DayStatus {
  return statusWith(holidayLookup(options.calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS), date);
}

/**
 * Whether a date is a working day (see {@link workingDayStatus}).
 *
 * @example
 * ```ts
 * import { calendarDate, isWorkingDay } from 'ofsted-ilacs';
 *
 * console.log(isWorkingDay(calendarDate('2019-05-17'))); // true: a Friday
 * console.log(isWorkingDay(calendarDate('2019-05-27'))); // false: the spring bank holiday
 * ```
 */
export function isWorkingDay(date: CalendarDate, options: WorkingDayOptions = {}): boolean {
  return workingDayStatus(date, options).working;
}

/**
 * The result of {@link addWorkingDays}: the date, and what the count relied on.
 *
 * @example
 * ```ts
 * import { addWorkingDays, calendarDate, type WorkingDaysResult } from 'ofsted-ilacs';
 *
 * const result: WorkingDaysResult = addWorkingDays(calendarDate('2019-05-17'), 70);
 * console.log(result.date, result.projectedHolidays.length); // '2019-08-27' 0
 * ```
 */
export interface WorkingDaysResult {
  /** The date reached. */
  readonly date: CalendarDate;
  /** The working days counted (negative when counting back). */
  readonly workingDays: number;
  /** The calendar used. */
  readonly calendar: string;
  /** Holidays skipped that were projected by rule, not listed: empty when none were. */
  readonly projectedHolidays: readonly Holiday[];
}

/**
 * The result of {@link workingDaysBetween}.
 *
 * @example
 * ```ts
 * import { calendarDate, workingDaysBetween, type WorkingDaysCount } from 'ofsted-ilacs';
 *
 * const count: WorkingDaysCount = workingDaysBetween(calendarDate('2026-12-24'), calendarDate('2027-01-04'));
 * console.log(count.workingDays); // 4: the 29th, 30th and 31st December and 4 January
 * ```
 */
export interface WorkingDaysCount {
  /** The working days after `start` up to and including `end`; negative when `end` is earlier. */
  readonly workingDays: number;
  /** The calendar used. */
  readonly calendar: string;
  /** Holidays in the span that were projected by rule, not listed: empty when none were. */
  readonly projectedHolidays: readonly Holiday[];
}

/**
 * The date a number of working days after a date (before it, for a negative number).
 * The start day itself is not counted: "within 30 working days of receiving the report"
 * ends on `addWorkingDays(received, 30).date`. With 0, the date itself comes back.
 *
 * Throws {@link OfstedIlacsError} (`invalid-argument`) for an amount that is not a whole
 * number.
 *
 * @example
 * ```ts
 * import { addWorkingDays, calendarDate } from 'ofsted-ilacs';
 *
 * // Thursday 24 December 2026 plus 3 working days: Christmas, the weekend and Boxing Day's substitute are skipped.
 * console.log(addWorkingDays(calendarDate('2026-12-24'), 3).date); // '2026-12-31'
 * console.log(addWorkingDays(calendarDate('2030-12-20'), 5).projectedHolidays.map((h) => h.title));
 * // ['Boxing Day']: 2030 is beyond the shipped list, so the bank holiday was projected by rule
 * // (Christmas Day is never a working day, so it needs no projection)
 * ```
 */
export function addWorkingDays(date: CalendarDate, amount: number, options: WorkingDayOptions = {}): WorkingDaysResult {
  if (!Number.isSafeInteger(amount)) {
    throw new OfstedIlacsError('invalid-argument', `addWorkingDays needs a whole number of days, got ${amount}.`);
  }
  const calendar = options.calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  const lookup = holidayLookup(calendar);
  const step = amount < 0 ? -1 : 1;
  const projectedHolidays: Holiday[] = [];
  let current = date;
  for (let remaining = Math.abs(amount); remaining > 0; ) {
    current = shiftDays(current, step);
    const status = statusWith(lookup, current);
    if (status.working) remaining -= 1;
    else if (status.projected && status.holiday !== undefined) projectedHolidays.push(status.holiday);
  }
  return { date: current, workingDays: amount, calendar: calendar.name, projectedHolidays };
}

/**
 * The working days after `start` up to and including `end`. When `end` is before
 * `start`, the same count the other way, negated. So `addWorkingDays(start, n)` and
 * `workingDaysBetween(start, thatDate)` agree for every `n` of 0 or more.
 *
 * @example
 * ```ts
 * import { calendarDate, workingDaysBetween } from 'ofsted-ilacs';
 *
 * console.log(workingDaysBetween(calendarDate('2019-05-17'), calendarDate('2019-06-28')).workingDays); // 29
 * ```
 */
export function workingDaysBetween(
  start: CalendarDate,
  end: CalendarDate,
  options: WorkingDayOptions = {},
): WorkingDaysCount {
  const calendar = options.calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  const lookup = holidayLookup(calendar);
  const [from, to, sign] = end < start ? [end, start, -1] : [start, end, 1];
  const projectedHolidays: Holiday[] = [];
  let count = 0;
  for (let current = shiftDays(from, 1); current <= to; current = shiftDays(current, 1)) {
    const status = statusWith(lookup, current);
    if (status.working) count += 1;
    else if (status.projected && status.holiday !== undefined) projectedHolidays.push(status.holiday);
  }
  return { workingDays: sign * count, calendar: calendar.name, projectedHolidays };
}
