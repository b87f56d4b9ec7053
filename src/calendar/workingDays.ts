import { dateFieldProblem } from '../check/fields.js';
import { checkArgument, type OptionRule, objectOption, readOptions } from '../check/options.js';
import { describeValue } from '../check/values.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { issue } from '../result/result.js';
import type { CalendarDate } from './calendarDate.js';
import { dateOf } from './dateArithmetic.js';
import { dayNumberOf, FIRST_DAY, LAST_DAY, weekdayOf } from './dayNumber.js';
import type { Holiday, HolidayCalendar } from './holidays.js';
import {
  addWeekdays,
  type HolidayTable,
  holidayOn,
  holidaysBetween,
  holidayTable,
  type NonWorkingReason,
  projectedBetween,
  weekdaysBetween,
} from './holidayTable.js';

export type { NonWorkingReason } from './holidayTable.js';

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
 *
 * @category Calendar and working days
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
 *
 * @category Calendar and working days
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

/** The option every working-day function takes. @internal */
export const CALENDAR_OPTION: Readonly<Record<string, OptionRule>> = { calendar: objectOption };

/** The day number of a date argument, or a thrown {@link OfstedIlacsError} naming it. @internal */
export function dayArgument(fn: string, name: string, value: unknown): number {
  const day = typeof value === 'string' ? dayNumberOf(value) : Number.NaN;
  if (Number.isNaN(day)) checkArgument(fn, name, dateFieldProblem(value, name));
  return day;
}

/** The checked options' holiday table. @internal */
export function tableFor(fn: string, options: WorkingDayOptions | undefined): HolidayTable {
  options = readOptions(fn, options, CALENDAR_OPTION);
  return holidayTable(options?.calendar, fn);
}

/** What a weekday or weekend day is. */
function statusOf(table: HolidayTable, date: CalendarDate, day: number): DayStatus {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return { date, working: false, reason: 'weekend', projected: false };
  const info = holidayOn(table, day);
  if (info === undefined) return { date, working: true };
  return info.holiday === undefined
    ? { date, working: false, reason: info.reason, projected: info.projected }
    : { date, working: false, reason: info.reason, holiday: info.holiday, projected: info.projected };
}

/** Working days after `from` up to and including `to`, negated when `to` is earlier. @internal */
export function workingDaysFromTo(table: HolidayTable, from: number, to: number): number {
  if (to === from) return 0;
  return to > from
    ? weekdaysBetween(from, to) - holidaysBetween(table, from, to)
    : -(weekdaysBetween(to, from) - holidaysBetween(table, to, from));
}

/**
 * The day `amount` working days after `day` (before it, for a negative amount), or
 * `undefined` when that falls outside the supported dates. Adds whole weekdays, then as
 * many again as the holidays the span held, until a span holds none: a few steps, each a
 * binary search.
 *
 * @internal
 */
export function addWorkingDaysTo(table: HolidayTable, day: number, amount: number): number | undefined {
  let reached = day;
  let remaining = amount;
  while (remaining !== 0) {
    const target = addWeekdays(reached, remaining);
    if (target > LAST_DAY || target < FIRST_DAY) return undefined;
    remaining =
      remaining > 0 ? holidaysBetween(table, reached, target) : -holidaysBetween(table, target - 1, reached - 1);
    reached = target;
  }
  return reached;
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
 *
 * @category Calendar and working days
 */
export function workingDayStatus(date: CalendarDate, options?: WorkingDayOptions): DayStatus {
  const day = dayArgument('workingDayStatus', 'date', date);
  return statusOf(tableFor('workingDayStatus', options), date, day);
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
 *
 * @category Calendar and working days
 */
export function isWorkingDay(date: CalendarDate, options?: WorkingDayOptions): boolean {
  const day = dayArgument('isWorkingDay', 'date', date);
  return statusOf(tableFor('isWorkingDay', options), date, day).working;
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
 *
 * @category Calendar and working days
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
 *
 * @category Calendar and working days
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
 * Counts by arithmetic over whole weeks and a binary search of the holiday table, so
 * its cost does not grow with the number of days. Throws {@link OfstedIlacsError}:
 * `invalid-argument` for a date that is not a calendar date or an amount that is not a
 * whole number, `invalid-option` or `invalid-calendar` for a bad calendar option, and
 * `out-of-range` when the answer would fall outside the supported dates.
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
 *
 * @category Calendar and working days
 */
export function addWorkingDays(date: CalendarDate, amount: number, options?: WorkingDayOptions): WorkingDaysResult {
  const day = dayArgument('addWorkingDays', 'date', date);
  if (!Number.isSafeInteger(amount)) {
    checkArgument('addWorkingDays', 'amount', {
      code: typeof amount === 'number' ? 'invalid-value' : 'invalid-type',
      message: `addWorkingDays needs a whole number of days, got ${describeValue(amount)}.`,
      params: { field: 'amount', found: describeValue(amount), rule: 'whole-number' },
    });
  }
  const table = tableFor('addWorkingDays', options);
  const reached = addWorkingDaysTo(table, day, amount);
  if (reached === undefined) {
    const message = `${amount} working days from ${date} falls outside the supported dates, ${dateOf(FIRST_DAY)} to ${dateOf(LAST_DAY)}.`;
    throw new OfstedIlacsError('out-of-range', `addWorkingDays: ${message}`, [
      issue(['amount'], 'out-of-range', message, {
        field: 'amount',
        found: String(amount),
        limit: dateOf(amount < 0 ? FIRST_DAY : LAST_DAY),
      }),
    ]);
  }
  return {
    date: reached === day ? date : dateOf(reached),
    workingDays: amount,
    calendar: table.name,
    projectedHolidays: projectedIn(table, day, reached),
  };
}

const NONE: readonly Holiday[] = /* @__PURE__ */ Object.freeze([]);

/** The projected holidays between two days, either way round, in date order. */
function projectedIn(table: HolidayTable, a: number, b: number): readonly Holiday[] {
  const from = Math.min(a, b);
  const to = Math.max(a, b);
  if (from >= table.coveredFrom && to <= table.coveredTo) return NONE;
  const found = a <= b ? projectedBetween(table, from, to) : projectedBetween(table, from - 1, to - 1);
  return found.length === 0 ? NONE : found;
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
 *
 * @category Calendar and working days
 */
export function workingDaysBetween(
  start: CalendarDate,
  end: CalendarDate,
  options?: WorkingDayOptions,
): WorkingDaysCount {
  const from = dayArgument('workingDaysBetween', 'start', start);
  const to = dayArgument('workingDaysBetween', 'end', end);
  const table = tableFor('workingDaysBetween', options);
  return {
    workingDays: workingDaysFromTo(table, from, to),
    calendar: table.name,
    projectedHolidays: to >= from ? projectedIn(table, from, to) : projectedIn(table, to, from),
  };
}
