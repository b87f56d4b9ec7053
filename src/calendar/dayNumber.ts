/**
 * Calendar dates as day numbers: whole days since 1970-01-01 (a Thursday), so that
 * arithmetic on dates is arithmetic on integers and never depends on a time zone.
 * Conversion uses Howard Hinnant's civil-calendar algorithms (proleptic Gregorian).
 *
 * @internal
 */

/** The first and last years a calendar date may fall in. @internal */
export const FIRST_YEAR = 1900;
/** @internal */
export const LAST_YEAR = 2199;

/** Day numbers of 1900-01-01 and 2199-12-31. @internal */
export const FIRST_DAY = -25_567;
/** @internal */
export const LAST_DAY = 84_005;

/** The days of each month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a year of the Gregorian calendar is a leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days in a month (1-12) of a year. @internal */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

/** The day number of a date given by its parts, which must make a real date. @internal */
export function dayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1-12) and day of a day number. @internal */
export function partsOfDay(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The value of the two digits at `at` (char codes 48-57), or -1 if either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * The day number of a `YYYY-MM-DD` string, or `NaN` when the text is not one, the date
 * does not exist, or it falls outside the supported range. Reads characters, not a
 * regular expression or a `Date`, so it costs a few nanoseconds.
 *
 * @internal
 */
export function dayNumberOf(text: string): number {
  return isDateText(text) ? dayFromParts(yearOf(text), twoDigits(text, 5), twoDigits(text, 8)) : Number.NaN;
}

/** Whether text is a real date from 1900 to 2199 written `YYYY-MM-DD`, read without a pattern. @internal */
export function isDateText(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = century * 100 + yy;
  return year >= FIRST_YEAR && year <= LAST_YEAR && day <= daysInMonth(year, month);
}

function yearOf(text: string): number {
  return twoDigits(text, 0) * 100 + twoDigits(text, 2);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** The `YYYY-MM-DD` text of a day number. @internal */
export function textOfDay(dayNumber: number): string {
  const [year, month, day] = partsOfDay(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The day of the week of a day number: 0 Sunday to 6 Saturday. @internal */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The year of a day number. @internal */
export function yearOfDay(dayNumber: number): number {
  return partsOfDay(dayNumber)[0];
}
