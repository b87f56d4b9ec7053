import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { fail, issue, type Result, shorten, succeed } from '../result/result.js';

declare const calendarDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 2019-02-30).
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
 */
export type CalendarDate = string & { readonly [calendarDateBrand]: 'CalendarDate' };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
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

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isCalendarDate } from 'ofsted-ilacs';
 *
 * console.log(isCalendarDate('2024-02-29')); // true (a leap year)
 * console.log(isCalendarDate('2019-02-29')); // false
 * console.log(isCalendarDate('17/05/2019')); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
 */
export function parseCalendarDate(input: unknown): Result<CalendarDate> {
  if (isCalendarDate(input)) return succeed(input);
  return fail([issue([], typeof input === 'string' ? 'invalid-date' : 'invalid-type', describeBadDate(input))]);
}

/** The sentence for a value that is not a calendar date. @internal */
export function describeBadDate(input: unknown): string {
  if (typeof input !== 'string') {
    return `Expected a date as text written YYYY-MM-DD, got ${input === null ? 'null' : typeof input}.`;
  }
  const match = PATTERN.exec(input);
  if (match === null) {
    return `"${shorten(input)}" is not a date written YYYY-MM-DD (for example 2019-05-17).`;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `${input} is not a date: the month must be 01 to 12.`;
  return `${input} is not a date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`;
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
 */
export function calendarDate(text: string): CalendarDate {
  if (isCalendarDate(text)) return text;
  throw new OfstedIlacsError('invalid-argument', describeBadDate(text));
}
