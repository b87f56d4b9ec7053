import type { CalendarDate } from '../calendar/calendarDate.js';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../calendar/englandAndWalesBankHolidays.js';
import type { HolidayCalendar } from '../calendar/holidays.js';
import { createWorkingDayCounter, type WorkingDayCounter } from '../calendar/workingDayCounter.js';
import {
  type ActionState,
  actionOnDate,
  type ImprovementAction,
  type Rag,
  type RagOverride,
} from './improvementAction.js';

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

/** Derives a RAG with a counter the caller keeps, so a summary counts with one. @internal */
export function deriveRagWith(counter: WorkingDayCounter, action: ImprovementAction, options: RagOptions): DerivedRag {
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
    const late = counter.between(view.due, asOf).workingDays;
    return {
      ...base,
      rag: 'red',
      decidedBy: 'due-date',
      date: view.due,
      reason: `Overdue: due ${view.due}, ${plural(late, 'working day')} ago, and ${state}.`,
    };
  }
  const left = counter.between(asOf, view.due).workingDays;
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
 * more, is amber; delivered or impact evidenced is green; closed is blue.
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
  return deriveRagWith(createWorkingDayCounter(options.calendar ?? ENGLAND_AND_WALES_BANK_HOLIDAYS), action, options);
}
