import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { progressByFinding } from './findingProgress.js';
import type { AnyPlan, ImprovementPlan, PlanSummary, PlanSummaryOptions } from './improvementPlan.js';
import { nextDeadlines } from './planDeadlines.js';
import { planImpact } from './planImpact.js';
import { planMoney } from './planMoney.js';
import { overriddenRags, planSlippage } from './planSlippage.js';
import { countActions } from './ragCounts.js';
import { rateOn, readPlan, readSummaryOptions } from './ratePlan.js';

/**
 * Summarises a plan as it stood on a date (each action's history replayed up to
 * `asOf`), in time that grows linearly with its actions: each action's derived RAG
 * (rated once); counts by RAG, status, kind and framework area, and by the National
 * Framework tags of the findings answered (`byTag`); which
 * findings are closed (only when all their actions are); findings with no action and
 * actions answering no finding; money committed; reschedules; RAGs set by
 * hand that differ from the derived ones; and the next deadlines, the statutory clocks
 * of the plan's events included. Throws {@link OfstedIlacsError}: `invalid-plan` for a
 * plan that breaks the rules of `createImprovementPlan`, `invalid-option` for options it
 * does not have, a bad value, or no `asOf`. With `frameworks` (made by `defineFramework`),
 * the plan may answer inspections under them (see `createImprovementPlan`); such an
 * inspection starts no statutory clock, and its findings count under its areas in `byArea`.
 *
 * The summary is made of parts you can also ask for one at a time, from a plan rated once
 * with `ratePlan(plan, options)`: `countActions` (`byRag`, `byStatus`, `byKind`, `byArea`,
 * `byTag`), `progressByFinding` (`findings`, `findingsWithoutActions`,
 * `actionsWithoutFindings`), `planImpact` (`impact`), `planMoney` (`moneyCommittedPence`,
 * `moneyCommitted`, `moneyChanges`), `planSlippage` (`reschedules`,
 * `rescheduledActions`), `overriddenRags` (`overridden`) and `nextDeadlines`.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, summarisePlan } from 'ofsted-ilacs';
 *
 * const action = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: ['F1'], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), moneyPence: 5_000_000, by: 'DCS',
 * });
 * if (action.ok) {
 *   const summary = summarisePlan(
 *     {
 *       id: 'P1',
 *       title: 'Example',
 *       events: [{ kind: 'focused-visit', onSite: { start: calendarDate('2019-05-01'), end: calendarDate('2019-05-02') }, theme: 'x', areasForPriorityAction: [] }],
 *       findings: [
 *         {
 *           id: 'F1', kind: 'self-evaluation', area: 'helpAndProtection', text: 'Assessments are late.', raised: calendarDate('2019-06-03'),
 *           tags: ['outcome-3-safety', 'enabler-3-workforce'],
 *         },
 *         { id: 'F2', kind: 'self-evaluation', area: 'leaders', text: 'Supervision is irregular.', raised: calendarDate('2019-06-03') },
 *       ],
 *       actions: [action.value],
 *     },
 *     { asOf: calendarDate('2019-10-07') },
 *   );
 *   console.log(summary.byRag.red, summary.findingsWithoutActions, summary.moneyCommitted); // 1 ['F2'] '£50,000.00'
 *   console.log(Object.keys(summary.byTag), summary.byTag['outcome-3-safety']?.red); // ['outcome-3-safety', 'enabler-3-workforce'] 1
 * }
 * ```
 *
 * @category Improvement plans
 */
export function summarisePlan<const F extends DefinedFramework>(
  plan: ImprovementPlan<FrameworkId | F>,
  options: PlanSummaryOptions & { readonly frameworks: readonly F[] },
): PlanSummary;
export function summarisePlan(plan: ImprovementPlan, options: PlanSummaryOptions): PlanSummary;
export function summarisePlan(plan: AnyPlan, options: PlanSummaryOptions): PlanSummary {
  const read = readSummaryOptions('summarisePlan', options);
  const rated = rateOn('summarisePlan', readPlan('summarisePlan', plan, read.frameworks), read);
  return {
    asOf: rated.asOf,
    rags: rated.actions.map((row) => row.rag),
    ...countActions(rated),
    ...progressByFinding(rated),
    ...planMoney(rated),
    impact: planImpact(rated),
    ...planSlippage(rated),
    overridden: overriddenRags(rated),
    nextDeadlines: nextDeadlines(rated),
  };
}
