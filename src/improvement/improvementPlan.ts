import type { CalendarDate } from '../calendar/calendarDate.js';
import { holidayTable } from '../calendar/holidayTable.js';
import { checkDatedOptions, listOption, wholeNumberOption } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import type { Authority, InspectionEvent } from '../inspection/inspectionEvent.js';
import { type StatutoryClock, statutoryDeadlines } from '../inspection/statutoryDeadlines.js';
import { fail, type Result, succeed } from '../result/result.js';
import { actionOnDate } from './actionRules.js';
import { ENDED_STATES, OPEN_STATES } from './applyEntry.js';
import { type DerivedRag, deriveRagWith, RAG_OPTIONS, type RagOptions } from './deriveRag.js';
import type { Finding } from './finding.js';
import {
  ACTION_KINDS,
  ACTION_STATES,
  type ActionKind,
  type ActionState,
  type ImprovementAction,
  type Rag,
} from './improvementAction.js';
import { type DerivedImpact, impactOn, type Measure } from './measure.js';
import { formatPence } from './money.js';
import { NATIONAL_FRAMEWORK_TAGS, type NationalFrameworkTag } from './nationalFramework.js';
import { checkPlan, planIssues } from './planRules.js';

/**
 * An improvement plan: the events it answers (inspections, focused visits' areas for
 * priority action, monitoring visits, DfE notices and directions), its findings, each
 * raised by one of those events or by the council's self-evaluation, and the actions
 * that answer them.
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
export interface ImprovementPlan {
  readonly id: string;
  readonly title: string;
  readonly authority?: Authority;
  /** The events the plan answers; their statutory clocks appear in the summary. */
  readonly events: readonly InspectionEvent[];
  readonly findings: readonly Finding[];
  readonly actions: readonly ImprovementAction[];
}

/**
 * Checks a plan and returns it, or the issues; never throws. Each event, finding and
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
  try {
    const issues = planIssues(plan);
    return issues.length > 0 ? fail(issues) : succeed(plan);
  } catch {
    return fail([unreadable()]);
  }
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
 * What {@link summarisePlan} returns: delivery (each action's derived RAG, by area,
 * National Framework tag, kind, status and RAG) and impact (each measure's RAG) reported
 * apart, each finding's progress with both, the findings and actions that do not meet,
 * money committed with its changes, reschedules, RAGs set by hand, and the next deadlines.
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
  readonly overridden: readonly {
    readonly actionId: string;
    readonly derived: Rag | 'not-rated';
    readonly override: Rag;
    readonly reason: string;
  }[];
  readonly nextDeadlines: readonly PlanDeadline[];
}

/**
 * Options of {@link summarisePlan}.
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
export interface PlanSummaryOptions extends RagOptions {
  /** How many coming deadlines to list: a whole number from 0 to 100. Default 5. */
  readonly deadlines?: number;
  /** The statutory clocks for the plan's events. Default: the built-in clocks. */
  readonly clocks?: readonly StatutoryClock[];
}

const SUMMARY_OPTIONS = /* @__PURE__ */ Object.assign({}, RAG_OPTIONS, {
  deadlines: /* @__PURE__ */ wholeNumberOption(0, 100),
  clocks: listOption,
});

function emptyCounts(): RagCounts {
  return { total: 0, red: 0, amber: 0, green: 0, blue: 0, 'not-rated': 0 };
}

function count(counts: RagCounts, rag: Rag | 'not-rated'): void {
  counts.total += 1;
  counts[rag] += 1;
}

/** Keeps the `limit` earliest deadlines, in order, in one pass. */
function keepEarliest(list: PlanDeadline[], deadline: PlanDeadline, limit: number): void {
  if (limit === 0) return;
  if (list.length >= limit && deadline.date >= (list.at(-1) as PlanDeadline).date) return;
  let index = list.length;
  while (index > 0 && (list[index - 1] as PlanDeadline).date > deadline.date) index -= 1;
  list.splice(index, 0, deadline);
  if (list.length > limit) list.pop();
}

/**
 * Summarises a plan as it stood on a date (each action's history replayed up to
 * `asOf`), in one pass over its actions, so time grows linearly with their number: each action's derived RAG; counts by RAG, status, kind and framework
 * area, and by the National Framework tags of the findings answered (`byTag`); which
 * findings are closed (only when all their actions are); findings with no action and
 * actions answering no finding; money committed; reschedules; RAGs set by
 * hand that differ from the derived ones; and the next deadlines, the statutory clocks
 * of the plan's events included. Throws {@link OfstedIlacsError}: `invalid-plan` for a
 * plan that breaks the rules of `createImprovementPlan`, `invalid-option` for options it
 * does not have, a bad value, or no `asOf`.
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
export function summarisePlan(plan: ImprovementPlan, options: PlanSummaryOptions): PlanSummary {
  checkPlan('summarisePlan', plan);
  checkDatedOptions('summarisePlan', options, SUMMARY_OPTIONS);
  const counter = holidayTable(options.calendar, 'summarisePlan');
  const { asOf } = options;
  const limit = options.deadlines ?? 5;
  const areaOf = new Map(plan.findings.map((finding) => [finding.id, finding.area as string]));
  const byFinding = new Map(plan.findings.map((finding) => [finding.id, tallyOf(finding.id)]));
  const byRag = emptyCounts();
  const byStatus = Object.fromEntries(ACTION_STATES.map((state) => [state, 0])) as Record<ActionState, number>;
  const byKind = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, emptyCounts()])) as Record<ActionKind, RagCounts>;
  const byArea: Record<string, RagCounts> = {};
  const tagsOf = new Map(plan.findings.map((finding) => [finding.id, finding.tags]));
  const tagCounts = new Map<NationalFrameworkTag | 'untagged', RagCounts>();
  const actionTags = new Set<NationalFrameworkTag | 'untagged'>();
  const rags: DerivedRag[] = [];
  const actionsWithoutFindings: string[] = [];
  const overridden: PlanSummary['overridden'][number][] = [];
  const nextDeadlines: PlanDeadline[] = [];
  const measures: MeasureImpact[] = [];
  const moneyChanges: MoneyChange[] = [];
  let moneyCommittedPence = 0;
  let reschedules = 0;
  let rescheduledActions = 0;

  for (const finding of plan.findings) {
    const tally = byFinding.get(finding.id) as FindingTally;
    for (const measure of finding.measures ?? []) {
      const impact = measured(measure, 'finding', finding.id, options, measures);
      tally.impact.push(impact.rag);
    }
  }

  for (const action of plan.actions) {
    const view = actionOnDate(action, asOf);
    const derived = deriveRagWith(counter, action, view, options);
    rags.push(derived);
    const { state } = view;
    count(byRag, derived.rag);
    byStatus[state] += 1;
    count(byKind[action.kind], derived.rag);
    const impacts = (action.measures ?? []).map(
      (measure) => measured(measure, 'action', action.id, options, measures).rag,
    );
    const open = OPEN_STATES.has(state);
    const areas = new Set<string>();
    for (const answer of action.answers) {
      const tally = byFinding.get(answer);
      if (tally === undefined) continue;
      tally.actions += 1;
      if (!ENDED_STATES.has(state)) tally.open += 1;
      if (state === 'closed') tally.closed += 1;
      tally.delivery.push(derived.rag);
      tally.impact.push(...impacts);
      if (open && action.raised <= asOf && (tally.nextDue === undefined || view.due < tally.nextDue)) {
        tally.nextDue = view.due;
      }
      areas.add(areaOf.get(answer) as string);
      for (const tag of tagsOf.get(answer) ?? []) actionTags.add(tag);
    }
    if (areas.size === 0) {
      actionsWithoutFindings.push(action.id);
      areas.add('unassigned');
    }
    for (const area of areas) {
      byArea[area] ??= emptyCounts();
      count(byArea[area], derived.rag);
    }
    if (actionTags.size === 0) actionTags.add('untagged');
    for (const tag of actionTags) {
      const counts = tagCounts.get(tag) ?? emptyCounts();
      tagCounts.set(tag, counts);
      count(counts, derived.rag);
    }
    actionTags.clear();
    if (action.raised <= asOf && state !== 'cancelled' && state !== 'superseded') {
      moneyCommittedPence += view.moneyPence ?? 0;
    }
    for (const entry of action.history) {
      if (entry.on > asOf) break;
      if (entry.change !== 'money') continue;
      moneyChanges.push({
        actionId: action.id,
        on: entry.on,
        by: entry.by,
        fromPence: entry.from,
        toPence: entry.to,
        from: formatPence(entry.from),
        to: formatPence(entry.to),
        reason: entry.reason,
      });
    }
    reschedules += view.reschedules;
    if (view.reschedules > 0) rescheduledActions += 1;
    if (view.override !== undefined && view.override.rag !== derived.rag) {
      overridden.push({
        actionId: action.id,
        derived: derived.rag,
        override: view.override.rag,
        reason: view.override.reason,
      });
    }
    if (open && action.raised <= asOf && view.due >= asOf) {
      keepEarliest(nextDeadlines, { date: view.due, source: 'action', id: action.id, what: action.title }, limit);
    }
  }

  const clockOptions = {
    ...(options.clocks !== undefined && { clocks: options.clocks }),
    ...(options.calendar !== undefined && { calendar: options.calendar }),
  };
  for (const event of plan.events) {
    for (const deadline of statutoryDeadlines(event, clockOptions)) {
      if (deadline.status === 'due' && deadline.due >= asOf) {
        keepEarliest(
          nextDeadlines,
          { date: deadline.due, source: 'statutory', id: deadline.clock.id, what: deadline.clock.title },
          limit,
        );
      }
    }
  }

  const byTag: Partial<Record<NationalFrameworkTag | 'untagged', RagCounts>> = {};
  for (const tag of [...NATIONAL_FRAMEWORK_TAGS, 'untagged' as const]) {
    const counts = tagCounts.get(tag);
    if (counts !== undefined) byTag[tag] = counts;
  }
  const findingProgress = plan.findings.map((finding) => progressOf(byFinding.get(finding.id) as FindingTally));
  const impactCounts = emptyCounts();
  for (const impact of measures) count(impactCounts, impact.rag);

  return {
    asOf,
    rags,
    byRag,
    byStatus,
    byKind,
    byArea,
    byTag,
    findings: findingProgress,
    findingsWithoutActions: findingProgress.filter((f) => f.actions === 0).map((f) => f.findingId),
    actionsWithoutFindings,
    moneyCommittedPence,
    moneyCommitted: formatPence(moneyCommittedPence),
    moneyChanges: moneyChanges.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0)),
    impact: { byRag: impactCounts, measures },
    reschedules,
    rescheduledActions,
    overridden,
    nextDeadlines,
  };
}

/** What a summary gathers about one finding as it reads the plan. */
interface FindingTally {
  readonly findingId: string;
  actions: number;
  open: number;
  closed: number;
  readonly delivery: (Rag | 'not-rated')[];
  readonly impact: (Rag | 'not-rated')[];
  nextDue: CalendarDate | undefined;
}

function tallyOf(findingId: string): FindingTally {
  return { findingId, actions: 0, open: 0, closed: 0, delivery: [], impact: [], nextDue: undefined };
}

/** A measure's impact on the summary's day, recorded with whose it is. */
function measured(
  measure: Measure,
  kind: 'finding' | 'action',
  id: string,
  options: PlanSummaryOptions,
  into: MeasureImpact[],
): MeasureImpact {
  const impact: MeasureImpact = { ...impactOn(measure, options.asOf, options.trajectoryTolerance), of: { kind, id } };
  into.push(impact);
  return impact;
}

const RAG_ORDER: readonly (Rag | 'not-rated')[] = ['red', 'amber', 'green', 'blue'];

/** The worst of some RAGs (red, amber, green, then blue), ignoring the unrated; `not-rated` when none is rated. @internal */
export function worstRag(rags: readonly (Rag | 'not-rated')[]): Rag | 'not-rated' {
  for (const rag of RAG_ORDER) if (rags.includes(rag)) return rag;
  return 'not-rated';
}

function progressOf(tally: FindingTally): FindingProgress {
  const closed = tally.actions > 0 && tally.open === 0 && tally.closed > 0;
  const reason =
    tally.actions === 0
      ? 'No action answers it.'
      : closed
        ? `All ${tally.actions} action${tally.actions === 1 ? ' has' : 's have'} ended, ${tally.closed} closed.`
        : tally.open > 0
          ? `${tally.open} of ${tally.actions} action${tally.actions === 1 ? '' : 's'} still open.`
          : 'Its actions ended without any being closed.';
  return {
    findingId: tally.findingId,
    state: closed ? 'closed' : 'open',
    actions: tally.actions,
    reason,
    delivery: worstRag(tally.delivery),
    impact: worstRag(tally.impact),
    ...(tally.nextDue !== undefined && { nextDue: tally.nextDue }),
  };
}
