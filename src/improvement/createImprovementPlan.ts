import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { fail, type Result, succeed } from '../result/result.js';
import type { AnyPlan, ImprovementPlan, ImprovementPlanOptions } from './improvementPlan.js';
import { checkedPlan } from './planRules.js';

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
 * With `frameworks` (made by `defineFramework`), a graded inspection whose outcome names
 * one of them is checked by that framework (its areas and scale; its first day on site,
 * or where that is not known its publication, within its `inForce`), and a finding it
 * raised must be in one of that framework's areas; without them such an outcome is refused
 * (`unknown-framework`). The options are read once, as the plan is. The plan's type then
 * says which frameworks its events may be under, and which areas its findings may concern.
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
 * @example
 * ```ts
 * import { calendarDate, createImprovementPlan, defineFramework, defineScale } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'peer-review-2025',
 *   title: 'Peer review',
 *   scale,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const plan = {
 *   id: 'P2',
 *   title: 'After the peer review',
 *   events: [
 *     {
 *       kind: 'graded-inspection',
 *       onSite: { start: calendarDate('2025-06-02'), end: calendarDate('2025-06-04') },
 *       outcome: { framework: 'peer-review-2025', judgements: { frontDoor: 'weak' } },
 *     },
 *   ],
 *   findings: [
 *     {
 *       id: 'F1', kind: 'recommendation', area: 'frontDoor', text: 'Referrals wait too long.', raised: calendarDate('2025-06-20'),
 *       raisedBy: { kind: 'graded-inspection', start: calendarDate('2025-06-02') },
 *     },
 *   ],
 *   actions: [],
 * } as const;
 * const result = createImprovementPlan(plan, { frameworks: [review] });
 * console.log(result.ok && result.value.findings[0]?.area); // 'frontDoor'
 * const refused = createImprovementPlan(plan as never);
 * console.log(refused.ok ? [] : refused.issues.map((issue) => issue.code)); // ['unknown-framework']
 * ```
 *
 * @category Improvement plans
 */
export function createImprovementPlan<const F extends DefinedFramework>(
  plan: ImprovementPlan<FrameworkId | F>,
  options: ImprovementPlanOptions & { readonly frameworks: readonly F[] },
): Result<ImprovementPlan<FrameworkId | F>>;
export function createImprovementPlan(plan: ImprovementPlan, options?: ImprovementPlanOptions): Result<ImprovementPlan>;
export function createImprovementPlan(plan: AnyPlan, options?: ImprovementPlanOptions): Result<AnyPlan> {
  const { copy, issues } = checkedPlan(plan, options);
  return issues.length > 0 ? fail(issues) : succeed(copy as AnyPlan);
}
