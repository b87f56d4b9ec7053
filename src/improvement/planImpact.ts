import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { PlanSummary } from './improvementPlan.js';
import { count, emptyCounts } from './ragCounts.js';
import { checkRated, type RatedPlan } from './ratePlan.js';

/**
 * A plan's impact, reported apart from delivery, as {@link planImpact} returns it: each
 * measure's impact RAG, of the findings' measures and the actions', and their counts.
 *
 * @example
 * ```ts
 * import type { PlanImpact } from 'ofsted-ilacs';
 *
 * const behind = (impact: PlanImpact) => impact.measures.filter((measure) => measure.rag === 'amber' || measure.rag === 'red');
 * console.log(typeof behind);
 * ```
 *
 * @category Improvement plans
 */
export type PlanImpact = PlanSummary['impact'];

/**
 * A rated plan's impact, as its summary gives it (`impact`): each measure's impact on the
 * day the plan was rated (the findings' measures, then the actions', in the plan's order,
 * each with whose it is), counted by impact RAG. Delivery is counted apart, by
 * `countActions`. Throws {@link OfstedIlacsError} (`invalid-argument`) for anything but
 * what `ratePlan` returned.
 *
 * @example
 * ```ts
 * import { calendarDate, planImpact, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const impact = planImpact(ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }));
 * console.log(impact.byRag.amber, impact.measures.map((measure) => `${measure.of.id} ${measure.measureId} ${measure.decidedBy}`));
 * // 1 ['F1 M1 trajectory']
 * ```
 *
 * @category Improvement plans
 */
export function planImpact(rated: RatedPlan<FrameworkId | DefinedFramework>): PlanImpact {
  const { measures } = checkRated('planImpact', rated);
  const byRag = emptyCounts();
  for (const measure of measures) count(byRag, measure.rag);
  return { byRag, measures };
}
