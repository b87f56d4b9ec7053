import { describeValue } from '../check/values.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { fail, type IssueCode, type IssueParams, issue, type Result, shorten, succeed } from '../result/result.js';
import { daysInMonth, FIRST_YEAR, isDateText, LAST_YEAR } from './dayNumber.js';

declare const calendarDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 2019-02-30) and to fall
 * within the supported range, 1900-01-01 to 2199-12-31 (see `LIMITS`).
 *
 * Dates are strings, never `Date` objects, so a date cannot shift with the host's time
 * zone. Get one from {@link parseCalendarDate} or {@link isCalendarDate}.
 *
 * @example
 * ```ts
 * import { parseCalendarDate, type CalendarDate } from 'ofsted-ilacs';
 *
 * const result = parseCalendarDate('2019-05-17');
 * if (result.ok) {
 *   const published: CalendarDate = result.value;
 *   console.log(published); // '2019-05-17'
 * }
 * ```
 *
 * @category Calendar and working days
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: 'CalendarDate' };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The months' names, January first. @internal */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`, within the supported
 * range (`LIMITS.dates`: 1900-01-01 to 2199-12-31).
 *
 * @example
 * ```ts
 * import { isCalendarDate } from 'ofsted-ilacs';
 *
 * console.log(isCalendarDate('2024-02-29')); // true (a leap year)
 * console.log(isCalendarDate('2019-02-29')); // false
 * console.log(isCalendarDate('17/05/2019')); // false
 * console.log(isCalendarDate('9999-12-31')); // false: outside the supported range
 * ```
 *
 * @category Calendar and working days
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && isDateText(value);
}

/**
 * Reads a calendar date written `YYYY-MM-DD`, and never throws. Refuses other formats
 * and dates that do not exist, saying which.
 *
 * @example
 * ```ts
 * import { parseCalendarDate } from 'ofsted-ilacs';
 *
 * console.log(parseCalendarDate('2019-01-14')); // { ok: true, value: '2019-01-14' }
 * const bad = parseCalendarDate('2019-02-30');
 * if (!bad.ok) console.log(bad.issues[0]?.message); // '2019-02-30 is not a date: February 2019 has 28 days.'
 * ```
 *
 * @category Calendar and working days
 */
export function parseCalendarDate(input: unknown): Result<CalendarDate> {
  if (isCalendarDate(input)) return succeed(input);
  return fail([issue([], badDateCode(input), describeBadDate(input), badDateParams(input))]);
}

/** The issue code for a value that is not a calendar date. @internal */
export function badDateCode(input: unknown): IssueCode {
  if (typeof input !== 'string') return input === undefined ? 'missing' : 'invalid-type';
  const match = PATTERN.exec(input);
  if (match === null) return 'invalid-date';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid-date';
  return 'out-of-range';
}

/** What the words of a value that is not a calendar date need: what was found, and the range where it is out of it. @internal */
export function badDateParams(input: unknown): IssueParams {
  const found = typeof input === 'string' ? `"${shorten(input)}"` : describeValue(input);
  return badDateCode(input) === 'out-of-range'
    ? { found, limit: `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`, rule: 'date' }
    : { found, rule: 'date' };
}

/** The sentence for a value that is not a calendar date. @internal */
export function describeBadDate(input: unknown): string {
  if (typeof input !== 'string') {
    const what = describeValue(input);
    return what === 'a Date object'
      ? 'Expected a date as text written YYYY-MM-DD, got a Date object: a Date is a moment in a time zone, so write the day you mean as YYYY-MM-DD.'
      : `Expected a date as text written YYYY-MM-DD, got ${what}.`;
  }
  const match = PATTERN.exec(input);
  if (match === null) {
    const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
    const hint =
      dayFirst === null
        ? ' (for example 2019-05-17)'
        : `: write day/month/year as ${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
    return `"${shorten(input)}" is not a date written YYYY-MM-DD${hint}.`;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `${input} is not a date: the month must be 01 to 12.`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `${input} is not a date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`;
  }
  return `${input} is outside the supported dates, ${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31.`;
}

/**
 * A calendar date from a `YYYY-MM-DD` literal in your own code. Throws
 * {@link OfstedIlacsError} (`invalid-argument`) for a date that does not exist: a typo in
 * code is a programmer error. For untrusted input use {@link parseCalendarDate}, which
 * never throws.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 *
 * const published = calendarDate('2019-05-17');
 * console.log(published); // '2019-05-17'
 * ```
 *
 * @category Calendar and working days
 */
export function calendarDate(text: string): CalendarDate {
  if (isCalendarDate(text)) return text;
  throw new OfstedIlacsError('invalid-argument', describeBadDate(text), [
    issue([], badDateCode(text), describeBadDate(text), badDateParams(text)),
  ]);
}

/**
 * The calendar dates {@link isCalendarDate} accepts, as one regular expression that any
 * language reads the same way: exactly ten characters, ASCII digits only, real days of
 * each month (29 February in leap years only) from 1900 to 2199. Given to integrators in
 * the JSON Schema, with a fixed length so that no validator lets a trailing newline
 * through.
 *
 * @internal
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:(?:19|20|21)[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])-02-29|2000-02-29)$';
