import type { CalendarDate } from './calendarDate.js';
import { dayFromParts, dayNumberOf, daysInMonth, partsOfDay, textOfDay, weekdayOf } from './dayNumber.js';

// Date arithmetic on day numbers: integers, so no time zone can shift a date. The
// functions take and give checked calendar dates; callers keep results within the
// supported range (see LIMITS.dates).

/** The day number of a checked calendar date. @internal */
export function dayOf(date: CalendarDate): number {
  return dayNumberOf(date);
}

/** The calendar date of a day number. @internal */
export function dateOf(day: number): CalendarDate {
  return textOfDay(day) as CalendarDate;
}

/** The date `days` days later (earlier when negative). @internal */
export function shiftDays(date: CalendarDate, days: number): CalendarDate {
  return dateOf(dayOf(date) + days);
}

/** The date `months` months later (earlier when negative), clamped to the month's last day. @internal */
export function shiftMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = partsOfDay(dayOf(date));
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dateOf(dayFromParts(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth))));
}

/** Calendar days from `start` to `end` (negative when `end` is earlier). @internal */
export function calendarDaysBetween(start: CalendarDate, end: CalendarDate): number {
  return dayOf(end) - dayOf(start);
}

/** 0 for Sunday to 6 for Saturday. @internal */
export function dayOfWeek(date: CalendarDate): number {
  return weekdayOf(dayOf(date));
}

/** A date from its parts, which must make a real date. @internal */
export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  return dateOf(dayFromParts(year, month, day));
}
