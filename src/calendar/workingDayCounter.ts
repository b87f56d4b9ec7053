import type { CalendarDate } from './calendarDate.js';
import { calendarDaysBetween, shiftDays } from './dateArithmetic.js';
import { easterSunday, type Holiday, type HolidayCalendar, projectEnglandAndWalesHolidays } from './holidays.js';

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

/** What the counter knows of one day, by its day number. @internal */
export type DayInfo =
  | { readonly working: true }
  | {
      readonly working: false;
      readonly reason: NonWorkingReason;
      readonly holiday?: Holiday;
      readonly projected: boolean;
    };

const EPOCH = '1970-01-01' as CalendarDate; // a Thursday
const WORKING: DayInfo = { working: true };
const WEEKEND: DayInfo = { working: false, reason: 'weekend', projected: false };

/**
 * Counts working days with integer day numbers (days since 1970-01-01), so that a count
 * over months costs integer steps, not date conversions. Dates are converted at the ends
 * only, through date-fns in UTC. Holidays are looked up per year, from the calendar's list
 * within its coverage and by rule outside it, and remembered for the counter's life.
 *
 * @internal
 */
export function createWorkingDayCounter(calendar: HolidayCalendar) {
  const listed = new Map<number, Holiday>();
  for (const holiday of calendar.holidays) listed.set(toDay(holiday.date), holiday);
  const yearStarts = new Map<number, number>();
  const years = new Map<number, { christmas: number; goodFriday: number; projected?: Map<number, Holiday> }>();

  function toDay(date: CalendarDate): number {
    return calendarDaysBetween(EPOCH, date);
  }

  function toDate(day: number): CalendarDate {
    return shiftDays(EPOCH, day);
  }

  function yearStart(year: number): number {
    let start = yearStarts.get(year);
    if (start === undefined) {
      start = toDay(`${String(year).padStart(4, '0')}-01-01` as CalendarDate);
      yearStarts.set(year, start);
    }
    return start;
  }

  function yearOfDay(day: number): number {
    let year = 1970 + Math.floor(day / 365.2425);
    while (yearStart(year) > day) year -= 1;
    while (yearStart(year + 1) <= day) year += 1;
    return year;
  }

  function yearFacts(year: number) {
    let facts = years.get(year);
    if (facts === undefined) {
      const covered = year >= calendar.coverage.fromYear && year <= calendar.coverage.toYear;
      facts = {
        christmas:
          yearStart(year) + calendarDaysBetween(`${year}-01-01` as CalendarDate, `${year}-12-25` as CalendarDate),
        goodFriday: toDay(easterSunday(year)) - 2,
        ...(covered
          ? {}
          : {
              projected: new Map(projectEnglandAndWalesHolidays(year).map((holiday) => [toDay(holiday.date), holiday])),
            }),
      };
      years.set(year, facts);
    }
    return facts;
  }

  function dayInfo(day: number): DayInfo {
    const weekday = (((day % 7) + 7 + 4) % 7) as number; // 0 Sunday ... 6 Saturday
    if (weekday === 0 || weekday === 6) return WEEKEND;
    const facts = yearFacts(yearOfDay(day));
    const holiday = facts.projected === undefined ? listed.get(day) : facts.projected.get(day);
    if (day === facts.christmas)
      return { working: false, reason: 'christmas-day', projected: false, ...(holiday && { holiday }) };
    if (day === facts.goodFriday)
      return { working: false, reason: 'good-friday', projected: false, ...(holiday && { holiday }) };
    if (holiday !== undefined)
      return { working: false, reason: 'bank-holiday', holiday, projected: facts.projected !== undefined };
    return WORKING;
  }

  /** Steps `amount` working days from a date; the start day is not counted. */
  function add(date: CalendarDate, amount: number): { date: CalendarDate; projectedHolidays: Holiday[] } {
    const step = amount < 0 ? -1 : 1;
    const projectedHolidays: Holiday[] = [];
    let day = toDay(date);
    for (let remaining = Math.abs(amount); remaining > 0; ) {
      day += step;
      const info = dayInfo(day);
      if (info.working) remaining -= 1;
      else if (info.projected && info.holiday !== undefined) projectedHolidays.push(info.holiday);
    }
    return { date: amount === 0 ? date : toDate(day), projectedHolidays };
  }

  /** Working days after `start` up to and including `end`, negated when `end` is earlier. */
  function between(start: CalendarDate, end: CalendarDate): { workingDays: number; projectedHolidays: Holiday[] } {
    const [from, to, sign] = end < start ? [toDay(end), toDay(start), -1] : [toDay(start), toDay(end), 1];
    const projectedHolidays: Holiday[] = [];
    let count = 0;
    for (let day = from + 1; day <= to; day += 1) {
      const info = dayInfo(day);
      if (info.working) count += 1;
      else if (info.projected && info.holiday !== undefined) projectedHolidays.push(info.holiday);
    }
    return { workingDays: sign * count, projectedHolidays };
  }

  return { calendar, dayInfo: (date: CalendarDate) => dayInfo(toDay(date)), add, between };
}

/** A working-day counter. @internal */
export type WorkingDayCounter = ReturnType<typeof createWorkingDayCounter>;
