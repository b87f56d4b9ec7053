import type { CalendarDate } from '../calendar/calendarDate.js';
import type { Holiday, HolidayCalendar } from '../calendar/holidays.js';
import { addWorkingDays } from '../calendar/workingDays.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { type InspectionEvent, isGradedInspection } from './inspectionEvent.js';

/**
 * A statutory clock, as data: what must be done, how many working days after the council
 * receives the report, which events start it, and its legal basis. `confirmed` is false
 * where the figure was not read in the regulation itself.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS, type StatutoryClock } from 'ofsted-ilacs';
 *
 * const actionPlan: StatutoryClock | undefined = STATUTORY_CLOCKS.find((clock) => clock.id === 'action-plan');
 * console.log(actionPlan?.workingDays, actionPlan?.confirmed); // 70 false
 * ```
 */
export interface StatutoryClock {
  /** A stable id. */
  readonly id: string;
  /** What must be done by the deadline. */
  readonly title: string;
  /** The events that start it: graded inspections, or focused visits that set areas for priority action. */
  readonly startedBy: 'graded-inspection' | 'areas-for-priority-action';
  /** Working days after the council receives the report. */
  readonly workingDays: number;
  /** The legal basis, in words. */
  readonly basis: string;
  /** Whether the figure was read in the regulation itself. */
  readonly confirmed: boolean;
}

/**
 * The statutory clocks that follow an inspection or a focused visit. The figures are
 * data: pass your own to `statutoryDeadlines` if the regulation says otherwise. Frozen.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS } from 'ofsted-ilacs';
 *
 * for (const clock of STATUTORY_CLOCKS) console.log(clock.id, clock.workingDays);
 * // publish-report 30, action-plan 70, draft-action-plan 20, final-action-plan 70
 * ```
 */
export const STATUTORY_CLOCKS: readonly StatutoryClock[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'publish-report',
    title: 'Publish the inspection report',
    startedBy: 'graded-inspection',
    workingDays: 30,
    basis:
      'Education and Inspections Act 2006 s.137 and SI 2007/462: the council publishes the report within 30 working days of receiving it.',
    confirmed: true,
  },
  {
    id: 'action-plan',
    title: 'Send the written statement of proposed action (the action plan)',
    startedBy: 'graded-inspection',
    workingDays: 70,
    basis:
      'Education and Inspections Act 2006 s.137 and SI 2007/462: the council sends its written statement of proposed action to the Secretary of State and HM Chief Inspector within 70 working days of receiving the report (figure confirmed second-hand).',
    confirmed: false,
  },
  {
    id: 'draft-action-plan',
    title: 'Send a draft action plan for the areas for priority action',
    startedBy: 'areas-for-priority-action',
    workingDays: 20,
    basis: 'After a focused visit that sets areas for priority action: a draft plan within 20 working days.',
    confirmed: false,
  },
  {
    id: 'final-action-plan',
    title: 'Send the final action plan for the areas for priority action',
    startedBy: 'areas-for-priority-action',
    workingDays: 70,
    basis: 'After a focused visit that sets areas for priority action: the final plan within 70 working days.',
    confirmed: false,
  },
]);

/**
 * One deadline that follows an event: due on a date, or unknown because the day the clock
 * starts is not recorded.
 *
 * `startsFrom` says which date the count began at: the day the council received the
 * report, or, where that is not recorded, the day Ofsted published it (a stand-in that the
 * reason names).
 *
 * @example
 * ```ts
 * import { calendarDate, statutoryDeadlines, type StatutoryDeadline } from 'ofsted-ilacs';
 *
 * const deadlines: readonly StatutoryDeadline[] = statutoryDeadlines({
 *   kind: 'focused-visit',
 *   onSite: { start: calendarDate('2024-06-11'), end: calendarDate('2024-06-12') },
 *   reportReceived: calendarDate('2024-07-01'),
 *   theme: 'care leavers',
 *   areasForPriorityAction: ['Pathway plans are not up to date.'],
 * });
 * console.log(deadlines.map((d) => (d.status === 'due' ? `${d.clock.id} ${d.due}` : d.clock.id)));
 * // ['draft-action-plan 2024-07-29', 'final-action-plan 2024-10-08']
 * ```
 */
export type StatutoryDeadline =
  | {
      readonly clock: StatutoryClock;
      readonly status: 'due';
      readonly start: CalendarDate;
      readonly startsFrom: 'report-received' | 'published';
      readonly due: CalendarDate;
      /** The working days counted. */
      readonly workingDays: number;
      /** Holidays the count skipped that were projected by rule, not listed. */
      readonly projectedHolidays: readonly Holiday[];
      readonly reason: string;
    }
  | { readonly clock: StatutoryClock; readonly status: 'unknown'; readonly reason: string };

/**
 * Options of {@link statutoryDeadlines}.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS, type StatutoryDeadlineOptions } from 'ofsted-ilacs';
 *
 * // Suppose the action plan clock turns out to be 60 working days.
 * const options: StatutoryDeadlineOptions = {
 *   clocks: STATUTORY_CLOCKS.map((clock) => (clock.id === 'action-plan' ? { ...clock, workingDays: 60 } : clock)),
 * };
 * console.log(options.clocks?.[1]?.workingDays); // 60
 * ```
 */
export interface StatutoryDeadlineOptions {
  /** The clocks to apply. Default {@link STATUTORY_CLOCKS}. */
  readonly clocks?: readonly StatutoryClock[];
  /** The holidays to count with. Default: England and Wales bank holidays. */
  readonly calendar?: HolidayCalendar;
}

/**
 * The statutory deadlines that follow an event, each with its basis, the working days
 * counted and any holidays projected by rule. Graded inspections start the publication
 * and action plan clocks; a focused visit that sets areas for priority action starts the
 * draft and final plan clocks; other events start none.
 *
 * @example
 * ```ts
 * import { calendarDate, statutoryDeadlines } from 'ofsted-ilacs';
 *
 * const hull2019 = {
 *   kind: 'standard-inspection',
 *   onSite: { start: calendarDate('2019-01-14'), end: calendarDate('2019-01-25') },
 *   published: calendarDate('2019-05-17'),
 *   outcome: {
 *     framework: 'ilacs-2018',
 *     judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 *     awardedOverall: 'inadequate',
 *   },
 * } as const;
 * for (const deadline of statutoryDeadlines(hull2019)) {
 *   if (deadline.status === 'due') console.log(deadline.clock.id, deadline.due, deadline.startsFrom);
 * }
 * // publish-report 2019-07-01 published
 * // action-plan 2019-08-27 published
 * ```
 */
export function statutoryDeadlines(
  event: InspectionEvent,
  options: StatutoryDeadlineOptions = {},
): readonly StatutoryDeadline[] {
  const startedBy = isGradedInspection(event)
    ? 'graded-inspection'
    : event.kind === 'focused-visit' && event.areasForPriorityAction.length > 0
      ? 'areas-for-priority-action'
      : undefined;
  if (startedBy === undefined || !('onSite' in event)) return [];
  const clocks = (options.clocks ?? STATUTORY_CLOCKS).filter((clock) => clock.startedBy === startedBy);
  const start = event.reportReceived ?? event.published;
  const startsFrom = event.reportReceived !== undefined ? 'report-received' : 'published';
  return clocks.map((clock): StatutoryDeadline => {
    if (start === undefined) {
      return {
        clock,
        status: 'unknown',
        reason: `${clock.title}: ${clock.workingDays} working days from receiving the report, but neither the day it was received nor the day it was published is recorded.`,
      };
    }
    const counted = addWorkingDays(
      start,
      clock.workingDays,
      options.calendar === undefined ? {} : { calendar: options.calendar },
    );
    const from =
      startsFrom === 'report-received'
        ? `the report was received on ${start}`
        : `its publication on ${start} (the day the council received the report is not recorded, so the count starts from publication)`;
    return {
      clock,
      status: 'due',
      start,
      startsFrom,
      due: counted.date,
      workingDays: clock.workingDays,
      projectedHolidays: counted.projectedHolidays,
      reason: `${clock.title} by ${counted.date}: ${clock.workingDays} working days after ${from}${counted.projectedHolidays.length > 0 ? `; holidays projected by rule: ${counted.projectedHolidays.map((h) => h.date).join(', ')}` : ''}.`,
    };
  });
}
