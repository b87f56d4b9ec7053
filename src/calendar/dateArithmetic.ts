import { utc } from '@date-fns/utc';
import { addDays, addMonths, differenceInCalendarDays, formatISO, getDay, parseISO } from 'date-fns';
import type { CalendarDate } from './calendarDate.js';

// Every calculation runs in UTC through date-fns' `in` context, so a calendar date never
// shifts with the host's time zone.
const IN_UTC = { in: utc } as const;

function toDate(date: CalendarDate) {
  return parseISO(date, IN_UTC);
}

function fromDate(date: Date): CalendarDate {
  return formatISO(date, { representation: 'date', ...IN_UTC }) as CalendarDate;
}

/** The date `days` days later (earlier when negative). @internal */
export function shiftDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(addDays(toDate(date), days, IN_UTC));
}

/** The date `months` months later, clamped to the month's last day. @internal */
export function shiftMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDate(addMonths(toDate(date), months, IN_UTC));
}

/** Calendar days from `start` to `end` (negative when `end` is earlier). @internal */
export function calendarDaysBetween(start: CalendarDate, end: CalendarDate): number {
  return differenceInCalendarDays(toDate(end), toDate(start), IN_UTC);
}

/** 0 for Sunday to 6 for Saturday. @internal */
export function dayOfWeek(date: CalendarDate): number {
  return getDay(toDate(date), IN_UTC);
}

/** The year of a date. @internal */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** A date from its parts, which must make a real date. @internal */
export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}
