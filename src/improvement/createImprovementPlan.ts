import { checkCopy } from '../check/snapshot.js';
import { fail, type Result, succeed } from '../result/result.js';
import type { ImprovementPlan } from './improvementPlan.js';
import { planIssues } from './planRules.js';

/**
 * Checks a plan and returns the library's copy of it, read once (so a getter or a list
 * that answers differently when read again changes nothing), or the issues; never throws. Each event, finding and
 * action by its own rules (actions by `findActionIssues`); ids unique among findings and
 * among actions; each finding raised by one of the plan's events, on or after it, in an
 * area of that event's framework (`unknown-event`, `dates-out-of-order`,
 * `area-not-in-framework`); each action answering findings of the plan
 * (`unknown-finding`), raised no earlier than they were; at most `LIMITS.listLength`
 * events, findings and actions. Paths point into the plan.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementPlan } from 'ofsted-ilacs';
 *
 * const result = createImprovementPlan({
 *   id: 'P1',
 *   title: 'Example',
 *   events: [{ kind: 'focused-visit', onSite: { start: calendarDate('2024-06-11'), end: calendarDate('2024-06-12') }, theme: 'x', areasForPriorityAction: [] }],
 *   findings: [],
 *   actions: [],
 * });
 * console.log(result.ok); // true
 * ```
 *
 * @category Improvement plans
 */
export function createImprovementPlan(plan: ImprovementPlan): Result<ImprovementPlan> {
  const { copy, issues } = checkCopy(plan, planIssues);
  return issues.length > 0 ? fail(issues) : succeed(copy as ImprovementPlan);
}
