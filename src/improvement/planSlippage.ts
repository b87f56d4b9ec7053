import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { OverriddenRag, PlanSummary } from './improvementPlan.js';
import { checkRated, type RatedPlan } from './ratePlan.js';

/**
 * How far a plan's due dates have slipped, as {@link planSlippage} returns it: the moves
 * of due dates across all its actions, and how many actions moved at least once.
 *
 * @example
 * ```ts
 * import type { PlanSlippage } from 'ofsted-ilacs';
 *
 * const line = (slippage: PlanSlippage) => `${slippage.reschedules} moves over ${slippage.rescheduledActions} actions`;
 * console.log(typeof line);
 * ```
 *
 * @category Improvement plans
 */
export type PlanSlippage = Pick<PlanSummary, 'reschedules' | 'rescheduledActions'>;

/**
 * How far a rated plan's due dates have slipped, as its summary reports it: the moves of
 * due dates its actions' histories record by the day it was rated (`rescheduleAction`),
 * across all its actions, and how many actions had moved at least once. Each action's
 * original due date is kept in its history (`originalDueDate`). Throws
 * {@link OfstedIlacsError} (`invalid-argument`) for anything but what `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, planSlippage, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * console.log(planSlippage(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }))); // { reschedules: 3, rescheduledActions: 2 }
 * console.log(planSlippage(ratePlan(HULL_PLAN, { asOf: calendarDate('2019-08-30') }))); // { reschedules: 0, rescheduledActions: 0 }
 * ```
 *
 * @category Improvement plans
 */
export function planSlippage(rated: RatedPlan<FrameworkId | DefinedFramework>): PlanSlippage {
  let reschedules = 0;
  let rescheduledActions = 0;
  for (const row of checkRated('planSlippage', rated).actions) {
    reschedules += row.reschedules;
    if (row.reschedules > 0) rescheduledActions += 1;
  }
  return { reschedules, rescheduledActions };
}

/**
 * The actions of a rated plan whose RAG set by hand (`overrideRag`) differs from the RAG
 * derived on the day it was rated, in the plan's order, as its summary lists them
 * (`overridden`): a board sees both, and the reason given. A RAG set by hand that agrees
 * with the derived one is not listed. Throws {@link OfstedIlacsError}
 * (`invalid-argument`) for anything but what `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, overriddenRags, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * console.log(overriddenRags(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') })));
 * // [{ actionId: 'A9', derived: 'green', override: 'amber', reason: 'Supervision is still irregular.' }]
 * ```
 *
 * @category Improvement plans
 */
export function overriddenRags(rated: RatedPlan<FrameworkId | DefinedFramework>): readonly OverriddenRag[] {
  const overridden: OverriddenRag[] = [];
  for (const { action, rag } of checkRated('overriddenRags', rated).actions) {
    if (rag.override !== undefined && rag.override.rag !== rag.rag) {
      overridden.push({
        actionId: action.id,
        derived: rag.rag,
        override: rag.override.rag,
        reason: rag.override.reason,
      });
    }
  }
  return overridden;
}
