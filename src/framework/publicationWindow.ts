import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftDays } from '../calendar/dateArithmetic.js';
import { FRAMEWORK_STRUCTURE } from './frameworkStructure.js';
import type { FrameworkId } from './frameworks.js';

/**
 * How long after its visit ended a report may be published, in calendar days, for the
 * library to place a report whose visit dates are not known. Ofsted publishes a median
 * 42 days after the last day on site (10th-90th percentile about 31-70); half a year
 * leaves room for the slowest. The library's allowance, not Ofsted's rule.
 *
 * @internal
 */
export const REPORT_PUBLISHED_WITHIN_DAYS = 183;

/**
 * The frameworks under which a report published on a date could have been written: those
 * in force before it, and not ended more than {@link REPORT_PUBLISHED_WITHIN_DAYS} before
 * it. One rule, for the timeline's check of an inspection whose days are not known and
 * for the table readers' reading of a row whose first day is blank.
 *
 * @internal
 */
export function frameworksPublishedOn(published: CalendarDate): FrameworkId[] {
  const found: FrameworkId[] = [];
  for (const framework of Object.values(FRAMEWORK_STRUCTURE)) {
    if (couldPublish(framework.inForce, published)) found.push(framework.id);
  }
  return found;
}

/**
 * Whether a framework in force over `inForce` (a built-in one or a caller's) could have
 * produced a report published on a date: in force before it, and not ended more than
 * {@link REPORT_PUBLISHED_WITHIN_DAYS} before it.
 *
 * @internal
 */
export function couldPublish(inForce: { readonly from: string; readonly until?: string }, published: string): boolean {
  const { from, until } = inForce;
  if (from > published) return false;
  return until === undefined || published <= shiftDays(until as CalendarDate, REPORT_PUBLISHED_WITHIN_DAYS);
}
