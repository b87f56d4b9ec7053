import type { CalendarDate } from '../calendar/calendarDate.js';
import { dayOf } from '../calendar/dateArithmetic.js';
import type { HolidayCalendar } from '../calendar/holidays.js';
import { type HolidayTable, holidayTable } from '../calendar/holidayTable.js';
import { workingDaysFromTo } from '../calendar/workingDays.js';
import {
  dateOption,
  type OptionRule,
  objectOption,
  optionIssues,
  refusal,
  wholeNumberOption,
} from '../check/options.js';
import { type Issue, issue } from '../result/result.js';
import { actionOnDate } from './actionRules.js';
import { checkAction } from './createImprovementAction.js';
import type { ActionState, ImprovementAction, Rag, RagOverride } from './improvementAction.js';

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
 */
export interface RagOptions {
  /** The day to rate on. Required: the library never reads the clock. */
  readonly asOf: CalendarDate;
  /** An open action due within this many working days is amber. Default 10. */
  readonly amberWithinWorkingDays?: number;
  /** An open action whose due date has moved this many times or more is at least amber. Default 2. */
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
 */
export interface DerivedRag {
  readonly actionId: string;
  readonly rag: Rag | 'not-rated';
  /** What decided it: the action's state, its due date, or how often it was rescheduled. */
  readonly decidedBy: 'state' | 'due-date' | 'reschedules';
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
};

/**
 * Checks a RAG function's options (with `rules` for any more it takes), and throws
 * {@link OfstedIlacsError} (`invalid-option`) naming each at fault: `asOf` is required,
 * because the library never reads the clock.
 *
 * @internal
 */
export function checkRagOptions(fn: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): void {
  const issues: Issue[] = [];
  const checked = optionIssues(issues, options, rules);
  if (checked !== undefined && checked.asOf === undefined) {
    issues.push(
      issue(
        ['options', 'asOf'],
        'missing',
        'asOf is required: give the day to rate on (the library never reads the clock).',
      ),
    );
  }
  if (issues.length > 0) throw refusal('invalid-option', fn, issues);
}

/** Derives a RAG of a checked action with a holiday table the caller keeps, so a summary counts with one. @internal */
export function deriveRagWith(table: HolidayTable, action: ImprovementAction, options: RagOptions): DerivedRag {
  const { asOf } = options;
  const view = actionOnDate(action, asOf);
  const base = { actionId: action.id, ...(view.override !== undefined && { override: view.override }) };
  const because = (sentence: string) =>
    view.note === undefined ? `${sentence}.` : `${sentence}: ${view.note.replace(/\.?$/, '.')}`;
  if (asOf < action.raised) {
    return {
      ...base,
      rag: 'not-rated',
      decidedBy: 'state',
      date: action.raised,
      reason: `Not rated: raised on ${action.raised}, after ${asOf}.`,
    };
  }
  switch (view.state) {
    case 'closed':
      return {
        ...base,
        rag: 'blue',
        decidedBy: 'state',
        date: view.since,
        reason: `Complete: closed on ${view.since}, verified by ${view.by}.`,
      };
    case 'cancelled':
    case 'superseded':
      return {
        ...base,
        rag: 'not-rated',
        decidedBy: 'state',
        date: view.since,
        reason: because(`Not rated: ${view.state} on ${view.since}`),
      };
    case 'impact-evidenced':
      return {
        ...base,
        rag: 'green',
        decidedBy: 'state',
        date: view.since,
        reason: `Impact evidenced on ${view.since}; awaiting verification and closure.`,
      };
    case 'delivered':
      return {
        ...base,
        rag: 'green',
        decidedBy: 'state',
        date: view.since,
        reason: `Delivered on ${view.since}; awaiting evidence of impact.`,
      };
    case 'blocked':
      return {
        ...base,
        rag: 'red',
        decidedBy: 'state',
        date: view.since,
        reason: because(`Blocked since ${view.since}`),
      };
    default:
      break;
  }
  const state = describeState(view.state);
  if (asOf > view.due) {
    const late = workingDaysFromTo(table, dayOf(view.due), dayOf(asOf));
    return {
      ...base,
      rag: 'red',
      decidedBy: 'due-date',
      date: view.due,
      reason: `Overdue: due ${view.due}, ${plural(late, 'working day')} ago, and ${state}.`,
    };
  }
  const left = workingDaysFromTo(table, dayOf(asOf), dayOf(view.due));
  if (left <= (options.amberWithinWorkingDays ?? 10)) {
    const when = left === 0 ? 'today' : `in ${plural(left, 'working day')}`;
    return {
      ...base,
      rag: 'amber',
      decidedBy: 'due-date',
      date: view.due,
      reason: `Due ${view.due}, ${when}, and ${state}.`,
    };
  }
  if (view.reschedules >= (options.amberAfterReschedules ?? 2)) {
    return {
      ...base,
      rag: 'amber',
      decidedBy: 'reschedules',
      date: view.originalDue,
      reason: `Rescheduled ${plural(view.reschedules, 'time')}: first due ${view.originalDue}, now due ${view.due}.`,
    };
  }
  return {
    ...base,
    rag: 'green',
    decidedBy: 'due-date',
    date: view.due,
    reason: `On track: due ${view.due}, in ${plural(left, 'working day')}, and ${state}.`,
  };
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
 */
export function deriveRag(action: ImprovementAction, options: RagOptions): DerivedRag {
  checkAction('deriveRag', action);
  checkRagOptions('deriveRag', options, RAG_OPTIONS);
  return deriveRagWith(holidayTable(options.calendar, 'deriveRag'), action, options);
}
