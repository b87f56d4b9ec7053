import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { PlanDeadline } from './improvementPlan.js';
import { checkRated, isOpenOn, type RatedPlan } from './ratePlan.js';

/** Keeps the `limit` earliest deadlines, in order, in one pass; a later one on the same day goes after. */
function keepEarliest(list: PlanDeadline[], deadline: PlanDeadline, limit: number): void {
  if (limit === 0) return;
  if (list.length >= limit && deadline.date >= (list.at(-1) as PlanDeadline).date) return;
  let index = list.length;
  while (index > 0 && (list[index - 1] as PlanDeadline).date > deadline.date) index -= 1;
  list.splice(index, 0, deadline);
  if (list.length > limit) list.pop();
}

/**
 * The next deadlines of a rated plan, earliest first, as its summary lists them: the due
 * dates of its open actions (raised by the day it was rated, not yet delivered, due that
 * day or later), then the statutory deadlines of the plan's events still to come
 * (publishing the report, sending the action plan), at most the `deadlines` option of
 * `ratePlan` (default 5). Deadlines on the same day keep that order: actions first, in
 * the plan's order. An overdue action is not a coming deadline: `countActions` counts it
 * red. Throws {@link OfstedIlacsError} (`invalid-argument`) for anything but what
 * `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, nextDeadlines, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const coming = nextDeadlines(ratePlan(HULL_PLAN, { asOf: calendarDate('2019-06-01'), deadlines: 3 }));
 * console.log(coming.map((deadline) => `${deadline.date} ${deadline.source} ${deadline.id}`));
 * // ['2019-07-01 statutory publish-report', '2019-08-27 statutory action-plan', '2019-09-30 action A1']
 * ```
 *
 * @category Improvement plans
 */
export function nextDeadlines(rated: RatedPlan<FrameworkId | DefinedFramework>): readonly PlanDeadline[] {
  const { asOf, actions, statutory, deadlines } = checkRated('nextDeadlines', rated);
  const next: PlanDeadline[] = [];
  for (const row of actions) {
    if (isOpenOn(row, asOf) && row.due >= asOf) {
      keepEarliest(next, { date: row.due, source: 'action', id: row.action.id, what: row.action.title }, deadlines);
    }
  }
  for (const deadline of statutory) keepEarliest(next, deadline, deadlines);
  return next;
}
