import { type CalendarDate, MONTHS } from '../calendar/calendarDate.js';

/** The month of a date, in full: "January". */
function monthName(date: CalendarDate): string {
  return MONTHS[Number(date.slice(5, 7)) - 1] as string;
}

/** "January 2019". @internal */
export function monthOf(date: CalendarDate): string {
  return `${monthName(date)} ${date.slice(0, 4)}`;
}

/** A date's month and year, longest first for a column to pick the first that fits: "Jan 2019", "2019", "'19". @internal */
export function dateWords(date: CalendarDate): string[] {
  return [`${monthName(date).slice(0, 3)} ${date.slice(0, 4)}`, date.slice(0, 4), `'${date.slice(2, 4)}`];
}
