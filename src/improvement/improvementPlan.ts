import type { CalendarDate } from '../calendar/calendarDate.js';
import type { AreaOf, DefinedFramework } from '../defined/definedFramework.js';
import type { AreaId, FrameworkId } from '../framework/frameworks.js';
import type { Authority, InspectionEvent } from '../inspection/inspectionEvent.js';
import type { StatutoryClock } from '../inspection/statutoryDeadlines.js';
import type { DerivedRag, RagOptions } from './deriveRag.js';
import type { Finding } from './finding.js';
import type { ActionKind, ActionState, ImprovementAction, Rag } from './improvementAction.js';
import type { DerivedImpact } from './measure.js';
import type { NationalFrameworkTag } from './nationalFramework.js';

/**
 * An improvement plan: the events it answers (inspections, focused visits' areas for
 * priority action, monitoring visits, DfE notices and directions), its findings, each
 * raised by one of those events or by the council's self-evaluation, and the actions
 * that answer them. `F` is the frameworks its graded inspections may be under: the
 * built-in ones by default, or also frameworks of your own
 * (`ImprovementPlan<FrameworkId | typeof yours>`, as `createImprovementPlan` gives when
 * passed `frameworks`), whose areas its findings may then concern.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementPlan, type ImprovementPlan } from 'ofsted-ilacs';
 *
 * const plan: ImprovementPlan = {
 *   id: 'P1',
 *   title: 'Front door improvement plan',
 *   events: [
 *     {
 *       kind: 'focused-visit',
 *       onSite: { start: calendarDate('2024-06-11'), end: calendarDate('2024-06-12') },
 *       theme: 'the front door',
 *       areasForPriorityAction: ['Strategy meetings are not held promptly.'],
 *     },
 *   ],
 *   findings: [
 *     {
 *       id: 'F1',
 *       kind: 'area-for-priority-action',
 *       area: 'helpAndProtection',
 *       text: 'Strategy meetings are not held promptly.',
 *       raised: calendarDate('2024-07-01'),
 *       raisedBy: { kind: 'focused-visit', start: calendarDate('2024-06-11') },
 *     },
 *   ],
 *   actions: [],
 * };
 * console.log(createImprovementPlan(plan).ok); // true
 * ```
 *
 * @category Improvement plans
 */
export interface ImprovementPlan<F extends FrameworkId | DefinedFramework = FrameworkId> {
  readonly id: string;
  readonly title: string;
  readonly authority?: Authority;
  /**
   * The events the plan answers; their statutory clocks appear in the summary (an
   * inspection under a framework of your own starts none).
   */
  readonly events: readonly InspectionEvent<F>[];
  /** Its findings, each in an area of the framework of the event that raised it. */
  readonly findings: readonly Finding<AreaId | (F extends DefinedFramework ? AreaOf<F> : never)>[];
  readonly actions: readonly ImprovementAction[];
}

/**
 * A plan whose events may be under any framework, built-in or the caller's: what the
 * library's checks and summaries read. @internal
 */
export type AnyPlan = ImprovementPlan<FrameworkId | DefinedFramework>;

/**
 * Options of `createImprovementPlan`, `findPlanIssues` and `parseImprovementPlan` (from
 * `ofsted-ilacs/schema`); `summarisePlan` and `ratePlan` take them too.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, type ImprovementPlanOptions } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
 * const review = defineFramework({
 *   id: 'review-2025', title: 'Review', scale, inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }], overall: { awarded: false },
 * });
 * const options: ImprovementPlanOptions = { frameworks: [review] };
 * console.log(options.frameworks?.map((framework) => framework.id)); // ['review-2025']
 * ```
 *
 * @category Improvement plans
 */
export interface ImprovementPlanOptions {
  /**
   * Frameworks of your own, made by `defineFramework`: a graded inspection among the
   * plan's events whose outcome names one of them is checked by it (its areas and scale,
   * and its first day on site within its `inForce`), and a finding it raised must be in
   * one of its areas (`area-not-in-framework` otherwise). Without them, such an outcome is
   * refused (`unknown-framework`): the library keeps no registry of frameworks.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * Counts of actions by derived RAG.
 *
 * @example
 * ```ts
 * import type { RagCounts } from 'ofsted-ilacs';
 *
 * const counts: RagCounts = { total: 3, red: 1, amber: 0, green: 1, blue: 1, 'not-rated': 0 };
 * console.log(counts.total);
 * ```
 *
 * @category Improvement plans
 */
export type RagCounts = { total: number } & Record<Rag | 'not-rated', number>;

/**
 * Whether a finding is closed: only when it has actions and every one has ended, at least
 * one of them closed (cancelled and superseded actions have ended but delivered nothing).
 *
 * @example
 * ```ts
 * import type { FindingProgress } from 'ofsted-ilacs';
 *
 * const progress: FindingProgress = {
 *   findingId: 'F1', state: 'open', actions: 2, reason: '1 of 2 actions still open.', delivery: 'amber', impact: 'green',
 * };
 * console.log(progress.state);
 * ```
 *
 * @category Improvement plans
 */
export interface FindingProgress {
  readonly findingId: string;
  readonly state: 'open' | 'closed';
  readonly actions: number;
  readonly reason: string;
  /**
   * Delivery: the worst derived RAG of its actions (red, then amber, then green; blue when
   * all that are rated are complete), or `not-rated` when none is rated.
   */
  readonly delivery: Rag | 'not-rated';
  /** Impact: the worst impact RAG of its measures and its actions' measures, or `not-rated` without a reading. */
  readonly impact: Rag | 'not-rated';
  /** The earliest due date of its open actions, if it has any. */
  readonly nextDue?: CalendarDate;
}

/**
 * A measure's impact in a plan summary: the derived impact, and whose measure it is.
 *
 * @example
 * ```ts
 * import { calendarDate, type MeasureImpact, summarisePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const impacts: readonly MeasureImpact[] = summarisePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') }).impact.measures;
 * console.log(impacts.map((impact) => `${impact.of.id} ${impact.measureId} ${impact.rag}`));
 * ```
 *
 * @category Improvement plans
 */
export interface MeasureImpact extends DerivedImpact {
  readonly of: { readonly kind: 'finding' | 'action'; readonly id: string };
}

/**
 * A change of the money an action commits, as its history records it, for a summary.
 *
 * @example
 * ```ts
 * import { calendarDate, type MoneyChange } from 'ofsted-ilacs';
 *
 * const change: MoneyChange = {
 *   actionId: 'A5', on: calendarDate('2020-02-06'), by: 'Cabinet', fromPence: 200_000_000, toPence: 640_000_000,
 *   from: '£2,000,000.00', to: '£6,400,000.00', reason: 'A further £4.4m.',
 * };
 * console.log(change.to);
 * ```
 *
 * @category Improvement plans
 */
export interface MoneyChange {
  readonly actionId: string;
  readonly on: CalendarDate;
  readonly by: string;
  readonly fromPence: number;
  readonly toPence: number;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/**
 * A coming deadline: an open action's due date, or a statutory deadline of one of the
 * plan's events.
 *
 * @example
 * ```ts
 * import { calendarDate, type PlanDeadline } from 'ofsted-ilacs';
 *
 * const deadline: PlanDeadline = { date: calendarDate('2019-08-27'), source: 'statutory', id: 'action-plan', what: 'Send the action plan' };
 * console.log(deadline.source);
 * ```
 *
 * @category Improvement plans
 */
export interface PlanDeadline {
  readonly date: CalendarDate;
  readonly source: 'action' | 'statutory';
  /** The action's id, or the statutory clock's id. */
  readonly id: string;
  readonly what: string;
}

/**
 * An action whose RAG set by hand differs from its derived RAG, for a summary: the
 * derived RAG beside the one set by hand, and the reason given for it.
 *
 * @example
 * ```ts
 * import type { OverriddenRag } from 'ofsted-ilacs';
 *
 * const overridden: OverriddenRag = { actionId: 'A9', derived: 'green', override: 'amber', reason: 'Supervision is still irregular.' };
 * console.log(`${overridden.actionId}: ${overridden.derived}, set to ${overridden.override}`);
 * ```
 *
 * @category Improvement plans
 */
export interface OverriddenRag {
  readonly actionId: string;
  readonly derived: Rag | 'not-rated';
  readonly override: Rag;
  readonly reason: string;
}

/**
 * What {@link summarisePlan} returns: delivery (each action's derived RAG, by area,
 * National Framework tag, kind, status and RAG) and impact (each measure's RAG) reported
 * apart, each finding's progress with both, the findings and actions that do not meet,
 * money committed with its changes, reschedules, RAGs set by hand, and the next deadlines.
 * Each part is also given on its own, from a plan rated once by `ratePlan`: see
 * {@link summarisePlan}.
 *
 * @example
 * ```ts
 * import { calendarDate, type PlanSummary, summarisePlan } from 'ofsted-ilacs';
 *
 * const show = (summary: PlanSummary) => `${summary.byRag.red} red of ${summary.byRag.total}; ${summary.moneyCommitted} committed`;
 * const summary = summarisePlan(
 *   {
 *     id: 'P1',
 *     title: 'Example',
 *     events: [{ kind: 'focused-visit', onSite: { start: calendarDate('2024-06-11'), end: calendarDate('2024-06-12') }, theme: 'x', areasForPriorityAction: [] }],
 *     findings: [],
 *     actions: [],
 *   },
 *   { asOf: calendarDate('2024-09-30') },
 * );
 * console.log(show(summary)); // '0 red of 0; £0.00 committed'
 * ```
 *
 * @category Improvement plans
 */
export interface PlanSummary {
  readonly asOf: CalendarDate;
  /** Each action's derived RAG, in the plan's order. */
  readonly rags: readonly DerivedRag[];
  readonly byRag: RagCounts;
  readonly byStatus: Readonly<Record<ActionState, number>>;
  readonly byKind: Readonly<Record<ActionKind, RagCounts>>;
  /** By framework area of the findings an action answers; actions answering none are under `unassigned`. */
  readonly byArea: Readonly<Record<string, RagCounts>>;
  /**
   * By National Framework outcome and enabler (`NATIONAL_FRAMEWORK_TAGS`), counted as
   * `byArea` is: each action once under every tag of the findings it answers. Actions
   * answering no tagged finding are under `untagged`. Only the keys with actions are
   * present, in the framework's order (outcomes 1 to 4, enablers 1 to 3, then `untagged`).
   */
  readonly byTag: Readonly<Partial<Record<NationalFrameworkTag | 'untagged', RagCounts>>>;
  readonly findings: readonly FindingProgress[];
  readonly findingsWithoutActions: readonly string[];
  readonly actionsWithoutFindings: readonly string[];
  /** Money committed on `asOf` by actions raised by then and not cancelled or superseded, in pence, and formatted. */
  readonly moneyCommittedPence: number;
  readonly moneyCommitted: string;
  /** Every change of money committed recorded by `asOf`, oldest first. */
  readonly moneyChanges: readonly MoneyChange[];
  /**
   * Impact, reported apart from delivery (`byRag` and `rags`): each measure's impact RAG,
   * of the findings' measures and the actions', and their counts.
   */
  readonly impact: { readonly byRag: RagCounts; readonly measures: readonly MeasureImpact[] };
  /** Due-date moves across all actions, and how many actions moved at least once. */
  readonly reschedules: number;
  readonly rescheduledActions: number;
  /** Actions whose RAG set by hand differs from the derived one. */
  readonly overridden: readonly OverriddenRag[];
  readonly nextDeadlines: readonly PlanDeadline[];
}

/**
 * Options of {@link summarisePlan}, and of `ratePlan`, which rates a plan once for the
 * functions giving one part of its summary each.
 *
 * @example
 * ```ts
 * import { calendarDate, type PlanSummaryOptions } from 'ofsted-ilacs';
 *
 * const options: PlanSummaryOptions = { asOf: calendarDate('2020-03-31'), deadlines: 5 };
 * console.log(options.deadlines);
 * ```
 *
 * @category Improvement plans
 */
export interface PlanSummaryOptions extends RagOptions, ImprovementPlanOptions {
  /** How many coming deadlines to list: a whole number from 0 to 100. Default 5. */
  readonly deadlines?: number;
  /** The statutory clocks for the plan's events. Default: the built-in clocks. */
  readonly clocks?: readonly StatutoryClock[];
}
