import {
  dateFieldProblem,
  listAt,
  type Path,
  type Problem,
  place,
  placeAt,
  recordAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { Issue } from '../result/result.js';
import { dateOf, dayOf } from './dateArithmetic.js';
import { dayFromParts, FIRST_YEAR, LAST_YEAR, weekdayOf, yearOfDay } from './dayNumber.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './englandAndWalesBankHolidays.js';
import { easterDay, type Holiday, type HolidayCalendar, projectedHolidayDays } from './holidays.js';

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
 *
 * @category Calendar and working days
 */
export type NonWorkingReason = 'weekend' | 'christmas-day' | 'good-friday' | 'bank-holiday';

/** What the table knows of a weekday that is not a working day. @internal */
export interface HolidayInfo {
  readonly reason: Exclude<NonWorkingReason, 'weekend'>;
  readonly holiday?: Holiday;
  /** Whether the holiday was projected by rule (never for Christmas Day and Good Friday, which the statute names). */
  readonly projected: boolean;
}

interface ProjectedYear {
  readonly days: readonly number[];
  readonly infos: readonly HolidayInfo[];
}

/**
 * A holiday calendar compiled for counting: the non-working weekdays of its covered
 * years as a sorted list of day numbers, and the years outside its coverage projected by
 * rule when first needed. Every projected year has exactly eight non-working weekdays,
 * so whole projected years are counted without being built.
 *
 * @internal
 */
export interface HolidayTable {
  readonly name: string;
  /** Day numbers of the first and last covered days. */
  readonly coveredFrom: number;
  readonly coveredTo: number;
  /** The covered non-working weekdays, sorted, and what each is. */
  readonly days: Int32Array;
  readonly infos: readonly HolidayInfo[];
  /** Years outside the coverage, projected on first use. */
  readonly projected: Map<number, ProjectedYear>;
}

/** The problem with a calendar's coverage whose first year is after its last, if it is. @internal */
export function coverageOrderProblem(fromYear: number, toYear: number): Problem | undefined {
  if (fromYear <= toYear) return undefined;
  return {
    code: 'dates-out-of-order',
    message: 'coverage.fromYear must not be after coverage.toYear.',
    params: { field: 'coverage.fromYear', found: String(fromYear), limit: toYear },
  };
}

/** Checks a holiday calendar, pushing issues at `path`; returns whether it passed. @internal */
export function calendarIssues(issues: Issue[], value: unknown, path: Path): boolean {
  const before = issues.length;
  const calendar = recordAt(issues, value, path, 'a holiday calendar', ['name', 'coverage', 'holidays']);
  if (calendar === undefined) return false;
  placeAt(issues, path, 'name', textFieldProblem(calendar.name, 'name'));
  const coverage = recordAt(issues, calendar.coverage, [...path, 'coverage'], 'coverage', ['fromYear', 'toYear']);
  if (coverage !== undefined) {
    const from = place(
      issues,
      [...path, 'coverage', 'fromYear'],
      wholeNumberProblem(coverage.fromYear, 'coverage.fromYear', FIRST_YEAR, LAST_YEAR),
    );
    const to = place(
      issues,
      [...path, 'coverage', 'toYear'],
      wholeNumberProblem(coverage.toYear, 'coverage.toYear', FIRST_YEAR, LAST_YEAR),
    );
    if (from && to) {
      placeAt(issues, path, 'coverage', coverageOrderProblem(coverage.fromYear as number, coverage.toYear as number));
    }
  }
  const holidays = listAt(issues, calendar.holidays, [...path, 'holidays'], 'holidays');
  holidays?.forEach((item, index) => {
    const at = [...path, 'holidays', index];
    const holiday = recordAt(issues, item, at, 'a holiday', ['date', 'title']);
    if (holiday === undefined) return;
    placeAt(issues, at, 'date', dateFieldProblem(holiday.date, 'date'));
    placeAt(issues, at, 'title', textFieldProblem(holiday.title, 'title'));
  });
  return issues.length === before;
}

function reasonOf(day: number, christmas: number, goodFriday: number): HolidayInfo['reason'] {
  return day === christmas ? 'christmas-day' : day === goodFriday ? 'good-friday' : 'bank-holiday';
}

/** Compiles a checked calendar. */
function compile(calendar: HolidayCalendar): HolidayTable {
  const { fromYear, toYear } = calendar.coverage;
  const coveredFrom = dayFromParts(fromYear, 1, 1);
  const coveredTo = dayFromParts(toYear, 12, 31);
  const found = new Map<number, HolidayInfo>();
  const statutory = new Map<number, number>(); // day -> year, for Christmas Day and Good Friday
  for (let year = fromYear; year <= toYear; year += 1) {
    statutory.set(dayFromParts(year, 12, 25), year);
    statutory.set(easterDay(year) - 2, year);
  }
  for (const holiday of calendar.holidays) {
    const day = dayOf(holiday.date);
    if (day < coveredFrom || day > coveredTo || found.has(day)) continue;
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const year = yearOfDay(day);
    const reason = reasonOf(day, dayFromParts(year, 12, 25), easterDay(year) - 2);
    found.set(day, { reason, holiday, projected: false });
  }
  for (const [day, year] of statutory) {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6 || found.has(day)) continue;
    found.set(day, { reason: reasonOf(day, dayFromParts(year, 12, 25), easterDay(year) - 2), projected: false });
  }
  const sorted = [...found.keys()].sort((a, b) => a - b);
  return {
    name: calendar.name,
    coveredFrom,
    coveredTo,
    days: Int32Array.from(sorted),
    infos: sorted.map((day) => found.get(day) as HolidayInfo),
    projected: new Map(),
  };
}

const TABLES = /* @__PURE__ */ new WeakMap<object, HolidayTable>();

function deeplyFrozen(calendar: HolidayCalendar): boolean {
  if (!Object.isFrozen(calendar) || !Object.isFrozen(calendar.coverage) || !Object.isFrozen(calendar.holidays)) {
    return false;
  }
  for (const holiday of calendar.holidays) if (!Object.isFrozen(holiday)) return false;
  return true;
}

/**
 * The table of a calendar, checked and compiled. A frozen calendar (the shipped one, or
 * any a caller freezes) is compiled once and kept for as long as the calendar lives; one
 * that can still change is compiled on each call, so a change is never missed. Throws
 * {@link OfstedIlacsError} (`invalid-calendar`) for a calendar that breaks the rules.
 *
 * @internal
 */
export function holidayTable(calendar: unknown, fn: string): HolidayTable {
  const value = calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
  if (typeof value === 'object') {
    const known = TABLES.get(value);
    if (known !== undefined) return known;
  }
  const issues: Issue[] = [];
  if (!calendarIssues(issues, value, ['options', 'calendar'])) {
    throw new OfstedIlacsError(
      'invalid-calendar',
      `${fn}: the calendar option is not a holiday calendar: ${issues.map((found) => `${found.path.join('.')}: ${found.message}`).join(' ')}`,
      issues,
    );
  }
  const table = compile(value as HolidayCalendar);
  if (deeplyFrozen(value as HolidayCalendar)) TABLES.set(value as object, table);
  return table;
}

function projectedYear(table: HolidayTable, year: number): ProjectedYear {
  let known = table.projected.get(year);
  if (known === undefined) {
    const christmas = dayFromParts(year, 12, 25);
    const goodFriday = easterDay(year) - 2;
    const holidays = projectedHolidayDays(year);
    known = {
      days: holidays.map((holiday) => holiday.day),
      infos: holidays.map(({ day, title }) => {
        const reason = reasonOf(day, christmas, goodFriday);
        return { reason, holiday: { date: dateOf(day), title }, projected: reason === 'bank-holiday' };
      }),
    };
    table.projected.set(year, known);
  }
  return known;
}

/** The first index of a sorted list whose value is at least `day`. */
function lowerBound(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What the table says of a weekday, or `undefined` for a working day. @internal */
export function holidayOn(table: HolidayTable, day: number): HolidayInfo | undefined {
  if (day >= table.coveredFrom && day <= table.coveredTo) {
    const index = lowerBound(table.days, day);
    return table.days[index] === day ? table.infos[index] : undefined;
  }
  const year = projectedYear(table, yearOfDay(day));
  const index = year.days.indexOf(day);
  return index < 0 ? undefined : year.infos[index];
}

/** Non-working weekdays of projected years in [from, to], all within uncovered years. */
function countProjected(table: HolidayTable, from: number, to: number): number {
  if (from > to) return 0;
  const firstYear = yearOfDay(from);
  const lastYear = yearOfDay(to);
  const within = (year: number) => {
    let count = 0;
    for (const day of projectedYear(table, year).days) if (day >= from && day <= to) count += 1;
    return count;
  };
  if (firstYear === lastYear) return within(firstYear);
  return within(firstYear) + 8 * (lastYear - firstYear - 1) + within(lastYear);
}

/**
 * The non-working weekdays after `from` up to and including `to` (`from` < `to`):
 * binary search in the covered years, eight a year in whole projected years.
 *
 * @internal
 */
export function holidaysBetween(table: HolidayTable, from: number, to: number): number {
  let count = 0;
  const coveredLow = Math.max(from + 1, table.coveredFrom);
  const coveredHigh = Math.min(to, table.coveredTo);
  if (coveredLow <= coveredHigh) {
    count += lowerBound(table.days, coveredHigh + 1) - lowerBound(table.days, coveredLow);
  }
  count += countProjected(table, from + 1, Math.min(to, table.coveredFrom - 1));
  count += countProjected(table, Math.max(from + 1, table.coveredTo + 1), to);
  return count;
}

/** The holidays projected by rule after `from` up to and including `to`, in date order. @internal */
export function projectedBetween(table: HolidayTable, from: number, to: number): Holiday[] {
  const found: Holiday[] = [];
  const collect = (low: number, high: number) => {
    if (low > high) return;
    for (let year = yearOfDay(low); year <= yearOfDay(high); year += 1) {
      const projected = projectedYear(table, year);
      projected.days.forEach((day, index) => {
        const info = projected.infos[index] as HolidayInfo;
        if (day >= low && day <= high && info.projected && info.holiday !== undefined) found.push(info.holiday);
      });
    }
  };
  collect(from + 1, Math.min(to, table.coveredFrom - 1));
  collect(Math.max(from + 1, table.coveredTo + 1), to);
  return found;
}

/** Monday of the week containing 1970-01-05 (day 4): the origin for counting weekdays. */
const MONDAY = 4;

/** Weekdays from a fixed Monday up to and including a day (negative before it). */
function weekdaysUpTo(day: number): number {
  const offset = day - MONDAY;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7 + 1, 5);
}

/** The weekdays after `from` up to and including `to` (`from` ≤ `to`). @internal */
export function weekdaysBetween(from: number, to: number): number {
  return weekdaysUpTo(to) - weekdaysUpTo(from);
}

/** The day `count` weekdays after `day` (before it, for a negative count). @internal */
export function addWeekdays(day: number, count: number): number {
  if (count === 0) return day;
  const weekday = (weekdayOf(day) + 6) % 7; // 0 Monday ... 6 Sunday
  if (count > 0) {
    const from = weekday >= 5 ? day - (weekday - 4) : day;
    const start = weekday >= 5 ? 4 : weekday;
    const weeks = Math.floor(count / 5);
    const rest = count - weeks * 5;
    return from + weeks * 7 + rest + (start + rest > 4 ? 2 : 0);
  }
  const back = -count;
  const from = weekday >= 5 ? day + (7 - weekday) : day;
  const start = weekday >= 5 ? 0 : weekday;
  const weeks = Math.floor(back / 5);
  const rest = back - weeks * 5;
  return from - weeks * 7 - rest - (start - rest < 0 ? 2 : 0);
}
