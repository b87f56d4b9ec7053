import type { CalendarDate } from '../calendar/calendarDate.js';
import { type HolidayTable, holidayTable } from '../calendar/holidayTable.js';
import { isChecked, markChecked } from '../check/checked.js';
import { checkDatedOptions, listOption, readOptions, refusal, wholeNumberOption } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { describeValue } from '../check/values.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { KnownFrameworks } from '../inspection/eventIssues.js';
import { statutoryDeadlines } from '../inspection/statutoryDeadlines.js';
import { issue } from '../result/result.js';
import { actionOnDate } from './actionRules.js';
import { OPEN_STATES } from './applyEntry.js';
import { type DerivedRag, deriveRagWith, RAG_OPTIONS } from './deriveRag.js';
import type { Finding } from './finding.js';
import type { ActionState, ImprovementAction } from './improvementAction.js';
import type { AnyPlan, ImprovementPlan, MeasureImpact, PlanDeadline, PlanSummaryOptions } from './improvementPlan.js';
import { impactOn, type Measure } from './measure.js';
import { checkPlan, PLAN_OPTIONS, planRulesWith } from './planRules.js';

/**
 * An action of a plan as it stood on the day the plan was rated, its history replayed up
 * to that day: its state, its due date then and how often it had moved, the money it
 * committed then, and its derived RAG (with any RAG set by hand then in `rag.override`).
 *
 * @example
 * ```ts
 * import { calendarDate, ratePlan, type RatedAction } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const rated = ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * const late: readonly RatedAction[] = rated.actions.filter((row) => row.rag.rag === 'red');
 * console.log(late.map((row) => [row.action.id, row.state, row.due, row.reschedules])); // [['A7', 'in-progress', '2020-03-20', 2]]
 * ```
 *
 * @category Improvement plans
 */
export interface RatedAction {
  /** The action, as the plan holds it. */
  readonly action: ImprovementAction;
  readonly state: ActionState;
  readonly due: CalendarDate;
  /** How often its due date had moved. */
  readonly reschedules: number;
  /** The money it committed, in pence, if it records any. */
  readonly moneyPence: number | undefined;
  readonly rag: DerivedRag;
}

/**
 * A plan rated on a day, by {@link ratePlan}: each action's derived RAG and each
 * measure's impact, worked out once, for the functions that give one part of a summary
 * each (`countActions`, `progressByFinding`, `planImpact`, `planMoney`, `planSlippage`,
 * `overriddenRags`, `nextDeadlines`). Frozen, and known to those functions: they take
 * only what `ratePlan` returned. `F` is the frameworks the plan's events may be under, as
 * in {@link ImprovementPlan}.
 *
 * @example
 * ```ts
 * import { calendarDate, ratePlan, type RatedPlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const rated: RatedPlan = ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * console.log(rated.asOf, rated.actions.length, rated.measures.map((m) => `${m.measureId} ${m.rag}`)); // '2020-03-31' 9 ['M1 amber']
 * ```
 *
 * @category Improvement plans
 */
export interface RatedPlan<F extends FrameworkId | DefinedFramework = FrameworkId> {
  readonly asOf: CalendarDate;
  /** The plan rated: the library's own copy, checked and frozen. */
  readonly plan: ImprovementPlan<F>;
  /** Each action as it stood on `asOf`, in the plan's order. */
  readonly actions: readonly RatedAction[];
  /** Each measure's impact on `asOf`: the findings' measures, then the actions', in the plan's order. */
  readonly measures: readonly MeasureImpact[];
  /** The statutory deadlines of the plan's events still to come on `asOf` (on or after it), in the events' order. */
  readonly statutory: readonly PlanDeadline[];
  /** How many coming deadlines `nextDeadlines` lists: the `deadlines` option, default 5. */
  readonly deadlines: number;
}

/** The options of `ratePlan` and `summarisePlan`, checked: a RAG's, a plan's, and their own. */
const SUMMARY_OPTIONS = /* @__PURE__ */ Object.assign({}, RAG_OPTIONS, PLAN_OPTIONS, {
  deadlines: /* @__PURE__ */ wholeNumberOption(0, 100),
  clocks: listOption,
});

/** The plans `rateOn` rated, so that the functions taking one know it is the library's. */
const RATED = /* @__PURE__ */ new WeakSet<AnyRated>();

/** A rated plan whose events may be under any framework: what the summary's parts read. @internal */
export type AnyRated = RatedPlan<FrameworkId | DefinedFramework>;

/**
 * Reads a summary's options once, into a copy that is checked (`asOf` required) and then
 * used alone. @internal
 */
export function readSummaryOptions(fn: string, options: PlanSummaryOptions): PlanSummaryOptions {
  const read = readOptions(fn, options, SUMMARY_OPTIONS);
  checkDatedOptions(fn, read, SUMMARY_OPTIONS);
  return read as PlanSummaryOptions;
}

/** An action replayed to `asOf` and rated there, with one holiday table for the whole plan. */
function rateAction(table: HolidayTable, action: ImprovementAction, options: PlanSummaryOptions): RatedAction {
  const view = actionOnDate(action, options.asOf);
  return {
    action,
    state: view.state,
    due: view.due,
    reschedules: view.reschedules,
    moneyPence: view.moneyPence,
    rag: deriveRagWith(table, action, view, options),
  };
}

/** A measure's impact on the day, recorded with whose it is. */
function impactOf(measure: Measure, of: MeasureImpact['of'], options: PlanSummaryOptions): MeasureImpact {
  return { ...impactOn(measure, options.asOf, options.trajectoryTolerance), of };
}

/** Every measure's impact: the findings' measures, then the actions', in the plan's order. */
function measuresOf(plan: AnyPlan, options: PlanSummaryOptions): MeasureImpact[] {
  const impacts: MeasureImpact[] = [];
  for (const [kind, holders] of [
    ['finding', plan.findings],
    ['action', plan.actions],
  ] as const) {
    for (const holder of holders) {
      for (const measure of holder.measures ?? []) impacts.push(impactOf(measure, { kind, id: holder.id }, options));
    }
  }
  return impacts;
}

/**
 * The statutory deadlines of the plan's events that are due on or after `asOf`, in the
 * events' order. An inspection under a framework of the caller's starts no statutory clock.
 */
function statutoryOf(plan: AnyPlan, options: PlanSummaryOptions): PlanDeadline[] {
  // statutoryDeadlines holds the rule that an inspection under a framework of the caller's starts no clock.
  const clockOptions = {
    ...(options.clocks !== undefined && { clocks: options.clocks }),
    ...(options.calendar !== undefined && { calendar: options.calendar }),
    ...(options.frameworks !== undefined && { frameworks: options.frameworks }),
  };
  const deadlines: PlanDeadline[] = [];
  for (const event of plan.events) {
    for (const deadline of statutoryDeadlines(event as ImprovementPlan['events'][number], clockOptions)) {
      if (deadline.status === 'due' && deadline.due >= options.asOf) {
        deadlines.push({ date: deadline.due, source: 'statutory', id: deadline.clock.id, what: deadline.clock.title });
      }
    }
  }
  return deadlines;
}

/**
 * Rates a checked plan on `asOf` with options already read: each action once, each
 * measure once, the statutory deadlines once. @internal
 */
export function rateOn<F extends FrameworkId | DefinedFramework>(
  fn: string,
  plan: ImprovementPlan<F>,
  options: PlanSummaryOptions,
): RatedPlan<F> {
  const table = holidayTable(options.calendar, fn);
  const rated: RatedPlan<F> = {
    asOf: options.asOf,
    plan,
    actions: plan.actions.map((action) => rateAction(table, action, options)),
    measures: measuresOf(plan, options),
    statutory: statutoryOf(plan, options),
    deadlines: options.deadlines ?? 5,
  };
  RATED.add(rated);
  return rated;
}

/**
 * Throws {@link OfstedIlacsError} (`invalid-argument`) for anything but a plan `ratePlan`
 * rated; returns it. Never reads the value. @internal
 */
export function checkRated(fn: string, rated: AnyRated): AnyRated {
  if (typeof rated === 'object' && rated !== null && RATED.has(rated)) return rated;
  throw refusal('invalid-argument', fn, [
    issue(
      ['rated'],
      'invalid-type',
      `rated must be a plan rated by ratePlan(plan, { asOf }), got ${describeValue(rated)}: pass what ratePlan returned, not a copy of it.`,
      { field: 'rated', found: describeValue(rated), rule: 'rated-plan' },
    ),
  ]);
}

/** Whether an action rated on `asOf` was raised by then and is still open, so has a due date to meet. @internal */
export function isOpenOn(row: RatedAction, asOf: CalendarDate): boolean {
  return OPEN_STATES.has(row.state) && row.action.raised <= asOf;
}

/** The findings of the plan an action answers, in the order it names them. @internal */
export function findingsAnswered(
  byId: ReadonlyMap<string, Finding<string>>,
  action: ImprovementAction,
): Finding<string>[] {
  const answered: Finding<string>[] = [];
  for (const answer of action.answers) {
    const finding = byId.get(answer);
    if (finding !== undefined) answered.push(finding);
  }
  return answered;
}

/** The plan's findings by id. @internal */
export function findingsById(plan: AnyPlan): Map<string, Finding<string>> {
  return new Map(plan.findings.map((finding) => [finding.id, finding as Finding<string>]));
}

/**
 * Rates a plan on a day, once, for the functions that each give one part of its summary:
 * each action's history replayed to `asOf` and its RAG derived (as `deriveRag` derives
 * it), each measure's impact (as `deriveImpact`), and the statutory deadlines of the
 * plan's events still to come. Takes the options of {@link summarisePlan}, and a summary
 * is those functions over this value: `countActions`, `progressByFinding`, `planImpact`,
 * `planMoney`, `planSlippage`, `overriddenRags` and `nextDeadlines`.
 *
 * Reads `plan` and `options` once each, into copies of its own, and never changes or
 * freezes them; what it returns is frozen (a plan already read by `parseImprovementPlan`
 * is used as it is). Throws {@link OfstedIlacsError}: `invalid-plan` for a plan that
 * breaks the rules of `createImprovementPlan` or cannot be read, `invalid-option` for
 * options it does not have, a bad value, or no `asOf`. With `frameworks` (made by
 * `defineFramework`), the plan may answer inspections under them, checked as
 * `createImprovementPlan` checks them with the same option; such an inspection starts no
 * statutory clock.
 *
 * @example
 * ```ts
 * import { calendarDate, countActions, planMoney, ratePlan } from 'ofsted-ilacs';
 * import { HULL_PLAN } from 'ofsted-ilacs/testing';
 *
 * const rated = ratePlan(HULL_PLAN, { asOf: calendarDate('2020-03-31') });
 * console.log(rated.actions.map((row) => row.rag.rag).join(' ')); // 'blue green amber green green amber red green green'
 * console.log(countActions(rated).byRag.red, planMoney(rated).moneyCommitted); // 1 '£6,400,000.00'
 * ```
 *
 * @category Improvement plans
 */
export function ratePlan<const F extends DefinedFramework>(
  plan: ImprovementPlan<FrameworkId | F>,
  options: PlanSummaryOptions & { readonly frameworks: readonly F[] },
): RatedPlan<FrameworkId | F>;
export function ratePlan(plan: ImprovementPlan, options: PlanSummaryOptions): RatedPlan;
export function ratePlan(plan: AnyPlan, options: PlanSummaryOptions): AnyRated {
  const read = readSummaryOptions('ratePlan', options);
  const copy = readPlan('ratePlan', plan, read.frameworks);
  return markChecked(rateOn('ratePlan', copy, read), [copy]);
}

/**
 * A plan read once and checked: a plan the library checked and froze as it is, any other
 * copied first, so the rules and the rating see the same plan. A graded inspection under
 * one of `frameworks` (the caller's, read from the door's options first) is checked by
 * it. Throws `invalid-plan`.
 *
 * @internal
 */
export function readPlan<P extends AnyPlan>(fn: string, plan: P, frameworks?: KnownFrameworks): P {
  const copy = isChecked(plan) ? plan : (readCopy(fn, 'plan', plan, 'invalid-plan') as P);
  checkPlan(fn, copy, planRulesWith(frameworks));
  return copy;
}
