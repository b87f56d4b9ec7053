import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { CalendarDate } from './calendarDate.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './englandAndWalesBankHolidays.js';
import type { Holiday, HolidayCalendar } from './holidays.js';
import { createWorkingDayCounter, type NonWorkingReason, type WorkingDayCounter } from './workingDayCounter.js';

export type { NonWorkingReason } from './workingDayCounter.js';

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

/** A counter for the options' calendar. @internal */
export function counterFor(options: WorkingDayOptions): WorkingDayCounter {
  return createWorkingDayCounter(options.calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS);
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
  return { date, ...counterFor(options).dayInfo(date) };
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
  const counter = counterFor(options);
  const { date: reached, projectedHolidays } = counter.add(date, amount);
  return { date: reached, workingDays: amount, calendar: counter.calendar.name, projectedHolidays };
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
  const counter = counterFor(options);
  return { ...counter.between(start, end), calendar: counter.calendar.name };
}
