import type { CalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import type { HolidayCalendar } from '../calendar/holidays.js';
import { type HolidayTable, holidayTable } from '../calendar/holidayTable.js';
import { workingDaysFromTo } from '../calendar/workingDays.js';
import {
  checkDatedOptions,
  dateOption,
  type OptionRule,
  objectOption,
  oneOfOption,
  wholeNumberOption,
} from '../check/options.js';
import { type ActionOnDate, actionOnDate } from './actionRules.js';
import { checkAction } from './createImprovementAction.js';
import type { ActionState, ImprovementAction, Rag, RagOverride } from './improvementAction.js';
import { type ImpactOptions, impactOn, toleranceOption } from './measure.js';

/**
 * Options of {@link deriveRag} and `summarisePlan`.
 *
 * @example
 * ```ts
 * import { calendarDate, type RagOptions } from 'ofsted-ilacs';
 *
 * const options: RagOptions = { asOf: calendarDate('2019-10-01'), amberWithinWorkingDays: 10, amberAfterReschedules: 2 };
 * console.log(options.asOf);
 * ```
 *
 * @category Improvement plans
 */
export interface RagOptions extends ImpactOptions {
  /**
   * What amber means for an open action that is not overdue (see the guide to improvement
   * plans for how councils use BRAG):
   * - `'due-soon'` (the default): due within `amberWithinWorkingDays`, or moved
   *   `amberAfterReschedules` times or more;
   * - `'at-risk'`: its due date has moved (`amberAfterReschedules` times, default once), or
   *   one of its measures is behind its trajectory. Being due soon is not a risk.
   */
  readonly amber?: 'due-soon' | 'at-risk';
  /** With `amber: 'due-soon'`: an open action due within this many working days is amber. Default 10. */
  readonly amberWithinWorkingDays?: number;
  /** An open action whose due date has moved this many times or more is amber. Default 2 (`'at-risk'`: 1). */
  readonly amberAfterReschedules?: number;
  /** The holidays for counting working days. Default: England and Wales bank holidays. */
  readonly calendar?: HolidayCalendar;
}

/**
 * An action's RAG, derived from its status, its dates and the day it is rated on, with
 * the reason and the date or state that decided it. A RAG set by hand is reported in
 * `override`, beside the derived one, never instead of it. Cancelled and superseded
 * actions are `not-rated`.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, deriveRag, type DerivedRag } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) {
 *   const rag: DerivedRag = deriveRag(created.value, { asOf: calendarDate('2019-10-07') });
 *   console.log(rag.rag, rag.reason); // 'red' 'Overdue: due 2019-09-30, 5 working days ago, and not started.'
 * }
 * ```
 *
 * @category Improvement plans
 */
export interface DerivedRag {
  readonly actionId: string;
  readonly rag: Rag | 'not-rated';
  /** What decided it: the action's state, its due date, how often it was rescheduled, or one of its measures. */
  readonly decidedBy: 'state' | 'due-date' | 'reschedules' | 'measure';
  /** The date that decided it, where a date did. */
  readonly date?: CalendarDate;
  readonly reason: string;
  /** A RAG set by hand, shown beside the derived one. */
  readonly override?: RagOverride;
}

function describeState(state: ActionState): string {
  return state === 'not-started' ? 'not started' : 'in progress';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The options of the RAG functions, checked. @internal */
export const RAG_OPTIONS: Readonly<Record<string, OptionRule>> = {
  calendar: objectOption,
  asOf: dateOption,
  amberWithinWorkingDays: /* @__PURE__ */ wholeNumberOption(0, 1000),
  amberAfterReschedules: /* @__PURE__ */ wholeNumberOption(1, 1000),
  amber: /* @__PURE__ */ oneOfOption(['due-soon', 'at-risk']),
  trajectoryTolerance: toleranceOption,
};

/** A derived RAG in one of two fixed shapes: with the RAG set by hand, or without. */
function rated(
  action: ImprovementAction,
  view: ActionOnDate,
  rag: DerivedRag['rag'],
  decidedBy: DerivedRag['decidedBy'],
  date: CalendarDate,
  reason: string,
): DerivedRag {
  const override = view.override;
  return override === undefined
    ? { actionId: action.id, rag, decidedBy, date, reason }
    : { actionId: action.id, rag, decidedBy, date, reason, override };
}

/** A sentence, then the note of the change that decided it, if there is one. */
function withNote(sentence: string, note: string | undefined): string {
  if (note === undefined) return `${sentence}.`;
  return `${sentence}: ${note.endsWith('.') ? note : `${note}.`}`;
}

/** The RAG of an action rated before it was raised: not rated. */
function notYetRaised(action: ImprovementAction, view: ActionOnDate, asOf: CalendarDate): DerivedRag {
  return rated(
    action,
    view,
    'not-rated',
    'state',
    action.raised,
    `Not rated: raised on ${action.raised}, after ${asOf}.`,
  );
}

/**
 * The RAG an action's state decides on its own: closed, cancelled or superseded,
 * delivered or impact evidenced, blocked. `undefined` for an open action (not started or
 * in progress), whose dates decide.
 */
function ratedByState(action: ImprovementAction, view: ActionOnDate): DerivedRag | undefined {
  const since = view.since;
  switch (view.state) {
    case 'closed':
      return rated(action, view, 'blue', 'state', since, `Complete: closed on ${since}, verified by ${view.by}.`);
    case 'cancelled':
    case 'superseded':
      return rated(
        action,
        view,
        'not-rated',
        'state',
        since,
        withNote(`Not rated: ${view.state} on ${since}`, view.note),
      );
    case 'impact-evidenced':
      return rated(
        action,
        view,
        'green',
        'state',
        since,
        `Impact evidenced on ${since}; awaiting verification and closure.`,
      );
    case 'delivered':
      return rated(action, view, 'green', 'state', since, `Delivered on ${since}; awaiting evidence of impact.`);
    case 'blocked':
      return rated(action, view, 'red', 'state', since, withNote(`Blocked since ${since}`, view.note));
    default:
      return undefined;
  }
}

/** Amber for an open action moved `amberAfterReschedules` times or more; `undefined` otherwise. */
function ratedByReschedules(
  action: ImprovementAction,
  view: ActionOnDate,
  options: RagOptions,
  atRisk: boolean,
): DerivedRag | undefined {
  if (view.reschedules < (options.amberAfterReschedules ?? (atRisk ? 1 : 2))) return undefined;
  return rated(
    action,
    view,
    'amber',
    'reschedules',
    view.originalDue,
    `${atRisk ? 'At risk: rescheduled' : 'Rescheduled'} ${plural(view.reschedules, 'time')}: first due ${view.originalDue}, now due ${view.due}.`,
  );
}

/** Amber, at risk, for an open action one of whose measures is behind its trajectory; `undefined` otherwise. */
function ratedByMeasures(action: ImprovementAction, view: ActionOnDate, options: RagOptions): DerivedRag | undefined {
  for (const measure of action.measures ?? []) {
    const impact = impactOn(measure, options.asOf, options.trajectoryTolerance);
    if (impact.rag === 'amber' || impact.rag === 'red') {
      return rated(action, view, 'amber', 'measure', impact.reading?.on ?? options.asOf, `At risk: ${impact.reason}`);
    }
  }
  return undefined;
}

/**
 * The RAG of an open action (not started or in progress), which its dates decide: red
 * when overdue; amber when due soon (with `amber: 'due-soon'`), moved often, or (with
 * `amber: 'at-risk'`) behind on a measure; green otherwise.
 */
function ratedByDates(
  table: HolidayTable,
  action: ImprovementAction,
  view: ActionOnDate,
  options: RagOptions,
): DerivedRag {
  const { asOf } = options;
  const state = describeState(view.state);
  const due = view.due;
  if (asOf > due) {
    const late = workingDaysFromTo(table, dayOf(due), dayOf(asOf));
    return rated(
      action,
      view,
      'red',
      'due-date',
      due,
      `Overdue: due ${due}, ${plural(late, 'working day')} ago, and ${state}.`,
    );
  }
  const left = workingDaysFromTo(table, dayOf(asOf), dayOf(due));
  const atRisk = options.amber === 'at-risk';
  const when = left === 0 ? 'today' : `in ${plural(left, 'working day')}`;
  if (!atRisk && left <= (options.amberWithinWorkingDays ?? 10)) {
    return rated(action, view, 'amber', 'due-date', due, `Due ${due}, ${when}, and ${state}.`);
  }
  return (
    ratedByReschedules(action, view, options, atRisk) ??
    (atRisk ? ratedByMeasures(action, view, options) : undefined) ??
    rated(action, view, 'green', 'due-date', due, `On track: due ${due}, ${when}, and ${state}.`)
  );
}

/**
 * Derives the RAG of a checked action from its view on `asOf` (see `actionOnDate`), with
 * a holiday table the caller keeps, so a summary replays each history once and counts
 * with one table: not rated before it was raised; then by its state; then, while it is
 * open, by its dates.
 *
 * @internal
 */
export function deriveRagWith(
  table: HolidayTable,
  action: ImprovementAction,
  view: ActionOnDate,
  options: RagOptions,
): DerivedRag {
  if (options.asOf < action.raised) return notYetRaised(action, view, options.asOf);
  return ratedByState(action, view) ?? ratedByDates(table, action, view, options);
}

/**
 * Derives an action's RAG on a date (see {@link DerivedRag}), from the action as it stood
 * that day: its history is replayed up to `asOf`, so a board report for a past date
 * shows what was true then. Overdue is derived, never set: an open action past its due date is red; blocked is red; due within
 * `amberWithinWorkingDays` working days, or rescheduled `amberAfterReschedules` times or
 * more, is amber; delivered or impact evidenced is green; closed is blue. Throws
 * {@link OfstedIlacsError}: `invalid-action` for an action that breaks the rules,
 * `invalid-option` for options it does not have, a bad value, or no `asOf`.
 *
 * @example
 * ```ts
 * import { calendarDate, createImprovementAction, deriveRag } from 'ofsted-ilacs';
 *
 * const created = createImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: calendarDate('2019-06-03'), due: calendarDate('2019-09-30'), by: 'DCS',
 * });
 * if (created.ok) console.log(deriveRag(created.value, { asOf: calendarDate('2019-09-20') }).rag); // 'amber'
 * ```
 *
 * @category Improvement plans
 */
export function deriveRag(action: ImprovementAction, options: RagOptions): DerivedRag {
  checkAction('deriveRag', action);
  checkDatedOptions('deriveRag', options, RAG_OPTIONS);
  return deriveRagWith(
    holidayTable(options.calendar, 'deriveRag'),
    action,
    actionOnDate(action, options.asOf),
    options,
  );
}
