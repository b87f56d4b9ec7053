import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateOf, dayOf } from '../calendar/dateArithmetic.js';
import { LAST_DAY } from '../calendar/dayNumber.js';
import type { Holiday, HolidayCalendar } from '../calendar/holidays.js';
import { holidayTable, projectedBetween } from '../calendar/holidayTable.js';
import { addWorkingDaysTo } from '../calendar/workingDays.js';
import {
  oneOfProblem,
  type Path,
  place,
  placeAt,
  recordAt,
  textFieldProblem,
  wholeNumberProblem,
} from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { booleanOption, listOption, objectOption, readOptions, refusal } from '../check/options.js';
import { copyOnce, readCopy } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { type Issue, issue } from '../result/result.js';
import { type AnyEvent, eventIssues, isBuiltInGraded, type KnownFrameworks } from './eventIssues.js';
import { type InspectionEvent, isGradedInspection, isVisit } from './inspectionEvent.js';
import { withDefineHint } from './inspectionHistory.js';

/**
 * Where a clock's duty comes from: the statute (the Education and Inspections Act 2006
 * and SI 2007/462), a request by Ofsted (not law), or a DfE notice.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS, type ClockBasisKind } from 'ofsted-ilacs';
 *
 * const kinds: ClockBasisKind[] = STATUTORY_CLOCKS.map((clock) => clock.basisKind);
 * console.log(kinds); // ['statute', 'statute', 'ofsted-request', 'statute', 'statute']
 * ```
 *
 * @category Inspection timeline
 */
export type ClockBasisKind = 'statute' | 'ofsted-request' | 'dfe-notice';

/**
 * A clock that follows an inspection or visit, as data: what must be done, how many
 * working days after the council receives the report, which events start it, its basis
 * in words and in kind (`basisKind`: statute, Ofsted's request, or a DfE notice), and
 * whether the figure was read in the source itself (`confirmed`).
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS, type StatutoryClock } from 'ofsted-ilacs';
 *
 * const actionPlan: StatutoryClock | undefined = STATUTORY_CLOCKS.find((clock) => clock.id === 'action-plan');
 * console.log(actionPlan?.workingDays, actionPlan?.confirmed); // 70 false
 * ```
 *
 * @category Inspection timeline
 */
export interface StatutoryClock {
  /** A stable id. */
  readonly id: string;
  /** What must be done by the deadline. */
  readonly title: string;
  /**
   * The events that start it: graded inspections under Ofsted's (built-in) frameworks,
   * focused visits that set areas for priority action, or joint targeted area inspections
   * (their letter). A graded inspection under a framework of your own starts none.
   */
  readonly startedBy: 'graded-inspection' | 'areas-for-priority-action' | 'joint-targeted-area-inspection';
  /** Working days after the council receives the report. */
  readonly workingDays: number;
  /** The basis, in words, with its source. */
  readonly basis: string;
  /** Whether the duty is in statute, requested by Ofsted, or set by a DfE notice. */
  readonly basisKind: ClockBasisKind;
  /** Whether the figure was read in the regulation itself. */
  readonly confirmed: boolean;
}

/**
 * The clocks that follow an inspection, a focused visit or a joint targeted area
 * inspection's letter. The figures are data: pass your own to `statutoryDeadlines` if the
 * regulation says otherwise. Not all are law: the draft action plan after areas for
 * priority action is Ofsted's request (`basisKind: 'ofsted-request'`). Frozen.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS } from 'ofsted-ilacs';
 *
 * for (const clock of STATUTORY_CLOCKS) console.log(clock.id, clock.workingDays);
 * // publish-report 30, action-plan 70, draft-action-plan 20, final-action-plan 70, jtai-action-plan 70
 * ```
 *
 * @category Inspection timeline
 */
export const STATUTORY_CLOCKS: readonly StatutoryClock[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'publish-report',
    title: 'Publish the inspection report',
    startedBy: 'graded-inspection',
    workingDays: 30,
    basis:
      'Education and Inspections Act 2006 s.137 and SI 2007/462: the council publishes the report within 30 working days of receiving it.',
    basisKind: 'statute',
    confirmed: true,
  },
  {
    id: 'action-plan',
    title: 'Send the written statement of proposed action (the action plan)',
    startedBy: 'graded-inspection',
    workingDays: 70,
    basis:
      'Education and Inspections Act 2006 s.137 and SI 2007/462: the council sends its written statement of proposed action to the Secretary of State and HM Chief Inspector within 70 working days of receiving the report (figure confirmed second-hand; the regulation text was not read).',
    basisKind: 'statute',
    confirmed: false,
  },
  {
    id: 'draft-action-plan',
    title: 'Send a draft action plan for the areas for priority action',
    startedBy: 'areas-for-priority-action',
    workingDays: 20,
    basis:
      'Requested by Ofsted, not law: after a focused visit that sets areas for priority action, a draft plan within 20 working days (Ofsted, quoted in Children and Young People Now, 16 August 2018).',
    basisKind: 'ofsted-request',
    confirmed: true,
  },
  {
    id: 'final-action-plan',
    title: 'Send the final action plan for the areas for priority action',
    startedBy: 'areas-for-priority-action',
    workingDays: 70,
    basis:
      'After a focused visit that sets areas for priority action: the final plan within 70 working days, "in line with current legislation" (Ofsted, quoted in Children and Young People Now, 16 August 2018; the regulation text was not read).',
    basisKind: 'statute',
    confirmed: false,
  },
  {
    id: 'jtai-action-plan',
    title: 'Send the partners’ written statement of proposed action after a joint targeted area inspection',
    startedBy: 'joint-targeted-area-inspection',
    workingDays: 70,
    basis:
      'Children Act 2004 s.20 (joint targeted area inspections by Ofsted, CQC, HMICFRS and, for some themes, HMI Probation): the partners send their written statement of proposed action within 70 working days of the letter. Read second-hand from Haringey’s letter of 30 January 2018, whose plan was due on 11 May 2018; the regulation text was not read.',
    basisKind: 'statute',
    confirmed: false,
  },
]);

/**
 * One deadline that follows an event: due on a date, or unknown because the day the clock
 * starts is not recorded.
 *
 * `startsFrom` says which date the count began at: the day the council received the
 * report, or, where that is not recorded, the day Ofsted published it (a stand-in that the
 * reason names).
 *
 * @example
 * ```ts
 * import { calendarDate, statutoryDeadlines, type StatutoryDeadline } from 'ofsted-ilacs';
 *
 * const deadlines: readonly StatutoryDeadline[] = statutoryDeadlines({
 *   kind: 'focused-visit',
 *   onSite: { start: calendarDate('2024-06-11'), end: calendarDate('2024-06-12') },
 *   reportReceived: calendarDate('2024-07-01'),
 *   theme: 'care leavers',
 *   areasForPriorityAction: ['Pathway plans are not up to date.'],
 * });
 * console.log(deadlines.map((d) => (d.status === 'due' ? `${d.clock.id} ${d.due}` : d.clock.id)));
 * // ['draft-action-plan 2024-07-29', 'final-action-plan 2024-10-08']
 * ```
 *
 * @category Inspection timeline
 */
export type StatutoryDeadline =
  | {
      readonly clock: StatutoryClock;
      readonly status: 'due';
      readonly start: CalendarDate;
      readonly startsFrom: 'report-received' | 'published';
      readonly due: CalendarDate;
      /** The working days counted. */
      readonly workingDays: number;
      /** Holidays the count skipped that were projected by rule, not listed. */
      readonly projectedHolidays: readonly Holiday[];
      readonly reason: string;
    }
  | { readonly clock: StatutoryClock; readonly status: 'unknown'; readonly reason: string };

/**
 * Options of {@link statutoryDeadlines}.
 *
 * @example
 * ```ts
 * import { STATUTORY_CLOCKS, type StatutoryDeadlineOptions } from 'ofsted-ilacs';
 *
 * // Suppose the action plan clock turns out to be 60 working days.
 * const options: StatutoryDeadlineOptions = {
 *   clocks: STATUTORY_CLOCKS.map((clock) => (clock.id === 'action-plan' ? { ...clock, workingDays: 60 } : clock)),
 * };
 * console.log(options.clocks?.[1]?.workingDays); // 60
 * ```
 *
 * @category Inspection timeline
 */
export interface StatutoryDeadlineOptions {
  /** The clocks to apply. Default {@link STATUTORY_CLOCKS}. */
  readonly clocks?: readonly StatutoryClock[];
  /** The holidays to count with. Default: England and Wales bank holidays. */
  readonly calendar?: HolidayCalendar;
  /**
   * Frameworks of your own, made by `defineFramework`: a graded inspection under one of
   * them is checked by it (its areas and scale, and its first day on site within its
   * `inForce`) and accepted, but starts no clock (see {@link statutoryDeadlines}).
   * Without them such an inspection is refused (`unknown-framework`).
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * The statutory deadlines that follow an event, each with its basis, the working days
 * counted and any holidays projected by rule. Graded inspections under Ofsted's
 * (built-in) frameworks start the publication and action plan clocks; a focused visit
 * that sets areas for priority action starts the draft and final plan clocks; a joint
 * targeted area inspection's letter starts the partners' action plan clock; other events
 * start none.
 *
 * With `frameworks` (made by `defineFramework`), a graded inspection under one of them is
 * checked by it and accepted, and starts no clock: the clocks a graded inspection starts
 * (`startedBy: 'graded-inspection'`) are the duties of section 137 of the Education and
 * Inspections Act 2006 that follow a report of Ofsted's under its own frameworks, and a
 * framework of yours (a peer review, a sketch of the next framework) does not say that it
 * is one. No clock is keyed to a grade, so none is guessed from your scale; where your
 * framework is one the statute covers, count its clocks with `addWorkingDays` from the
 * day the report was received. The other clocks are started by events that carry no
 * outcome, and are unchanged. Without `frameworks`, such an inspection is refused
 * (`unknown-framework`), with a hint to pass it.
 *
 * Reads the event, the options and the clocks given once, into copies of its own, and
 * never changes what it is given. Throws {@link OfstedIlacsError}: `invalid-event` for an
 * event that breaks the rules, `invalid-option`, `invalid-clock` or `invalid-calendar` for
 * options it cannot use, and `out-of-range` for a deadline after the supported dates.
 *
 * @example
 * ```ts
 * import { calendarDate, statutoryDeadlines } from 'ofsted-ilacs';
 *
 * const hull2019 = {
 *   kind: 'standard-inspection',
 *   onSite: { start: calendarDate('2019-01-14'), end: calendarDate('2019-01-25') },
 *   published: calendarDate('2019-05-17'),
 *   outcome: {
 *     framework: 'ilacs-2018',
 *     judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 *     awardedOverall: 'inadequate',
 *   },
 * } as const;
 * for (const deadline of statutoryDeadlines(hull2019)) {
 *   if (deadline.status === 'due') console.log(deadline.clock.id, deadline.due, deadline.startsFrom);
 * }
 * // publish-report 2019-07-01 published
 * // action-plan 2019-08-27 published
 * ```
 *
 * @example
 * ```ts
 * import { calendarDate, defineFramework, defineScale, statutoryDeadlines } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'peer-review-2027',
 *   title: 'Peer review',
 *   scale,
 *   inForce: { from: '2027-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: true },
 * });
 * const reviewed = {
 *   kind: 'graded-inspection',
 *   onSite: { start: calendarDate('2027-03-01'), end: calendarDate('2027-03-05') },
 *   reportReceived: calendarDate('2027-04-12'),
 *   outcome: { framework: 'peer-review-2027', judgements: { frontDoor: 'weak' }, awardedOverall: 'weak' },
 * } as const;
 * console.log(statutoryDeadlines(reviewed, { frameworks: [review] })); // []: no statutory clock follows a framework of yours
 * try {
 *   statutoryDeadlines(reviewed as never);
 * } catch (error) {
 *   console.log((error as { code?: string }).code); // 'invalid-event': without frameworks, peer-review-2027 is unknown
 * }
 * ```
 *
 * @category Inspection timeline
 */
export function statutoryDeadlines<const F extends DefinedFramework>(
  event: InspectionEvent<FrameworkId | F>,
  options: StatutoryDeadlineOptions & { readonly frameworks: readonly F[] },
): readonly StatutoryDeadline[];
export function statutoryDeadlines(
  event: InspectionEvent,
  options?: StatutoryDeadlineOptions,
): readonly StatutoryDeadline[];
export function statutoryDeadlines(
  event: InspectionEvent<FrameworkId | DefinedFramework>,
  options?: StatutoryDeadlineOptions,
): readonly StatutoryDeadline[] {
  const read = readOptions(FN, options, DEADLINE_OPTIONS);
  const copy = readEvent(event, read.frameworks);
  const clocks = read.clocks === undefined ? STATUTORY_CLOCKS : readClocks(read.clocks);
  const table = holidayTable(read.calendar, FN);
  const startedBy = clockStartOf(copy);
  if (startedBy === undefined || !isVisit(copy)) return [];
  const start = copy.reportReceived ?? copy.published;
  const startsFrom = copy.reportReceived !== undefined ? 'report-received' : 'published';
  return clocks
    .filter((clock) => clock.startedBy === startedBy)
    .map((clock) => (start === undefined ? unknownDeadline(clock) : dueDeadline(clock, table, start, startsFrom)));
}

/** The function's name, as its refusals give it. */
const FN = 'statutoryDeadlines';

/**
 * The event read once, into the library's copy (one it checked and froze, as it is), and
 * checked, an outcome under one of `frameworks` by it. Throws `invalid-event` with every
 * issue, an unknown framework's saying how to pass one of one's own.
 */
function readEvent(event: unknown, frameworks: KnownFrameworks): AnyEvent {
  const copied = copyOnce(event, ['event']);
  if ('refused' in copied) throw refusal('invalid-event', FN, [copied.refused]);
  const issues: Issue[] = [];
  let sound = false;
  try {
    sound = eventIssues(issues, copied.copy, ['event'], false, undefined, undefined, frameworks);
  } catch {
    issues.push(unreadable(['event']));
  }
  if (!sound) throw refusal('invalid-event', FN, withDefineHint(issues));
  return copied.copy as AnyEvent;
}

/** The clocks a caller passes, read once into the library's copy and checked. Throws `invalid-clock`. */
function readClocks(given: readonly StatutoryClock[]): readonly StatutoryClock[] {
  const clocks = readCopy(FN, ['options', 'clocks'], given, 'invalid-clock') as readonly StatutoryClock[];
  const issues: Issue[] = [];
  clocks.forEach((clock, index) => {
    clockIssues(issues, clock, ['options', 'clocks', index]);
  });
  if (issues.length > 0) throw refusal('invalid-clock', FN, issues);
  return clocks;
}

/** A clock whose start is not recorded: neither the day the report was received nor its publication. */
function unknownDeadline(clock: StatutoryClock): StatutoryDeadline {
  return {
    clock,
    status: 'unknown',
    reason: `${clock.title}: ${clock.workingDays} working days from receiving the report (${DUTY[clock.basisKind]}), but neither the day it was received nor the day it was published is recorded.`,
  };
}

/** A clock counted from `start`, in working days of `table`. Throws `out-of-range` past the supported dates. */
function dueDeadline(
  clock: StatutoryClock,
  table: ReturnType<typeof holidayTable>,
  start: CalendarDate,
  startsFrom: 'report-received' | 'published',
): StatutoryDeadline {
  const day = dayOf(start);
  const reached = addWorkingDaysTo(table, day, clock.workingDays);
  if (reached === undefined) {
    throw refusal('out-of-range', FN, [
      issue(['options', 'clocks'], 'out-of-range', `${clock.id} would fall due after the supported dates end.`, {
        field: 'clocks',
        found: `"${clock.id}"`,
        limit: dateOf(LAST_DAY),
      }),
    ]);
  }
  const due = dateOf(reached);
  const projected = projectedBetween(table, day, reached);
  const from =
    startsFrom === 'report-received'
      ? `the report was received on ${start}`
      : `its publication on ${start} (the day the council received the report is not recorded, so the count starts from publication)`;
  const holidays =
    projected.length > 0 ? `; holidays projected by rule: ${projected.map((h) => h.date).join(', ')}` : '';
  return {
    clock,
    status: 'due',
    start,
    startsFrom,
    due,
    workingDays: clock.workingDays,
    projectedHolidays: projected,
    reason: `${clock.title} by ${due}: ${clock.workingDays} working days after ${from}, ${DUTY[clock.basisKind]}${holidays}.`,
  };
}

/**
 * Which clocks an event starts (the `startedBy` of its clocks), or `undefined` for none:
 * a graded inspection under a framework of the caller's starts none, since the clocks of
 * graded inspections follow Ofsted's reports under its own frameworks.
 */
function clockStartOf(event: AnyEvent): StatutoryClock['startedBy'] | undefined {
  if (isGradedInspection(event)) return isBuiltInGraded(event) ? 'graded-inspection' : undefined;
  if (event.kind === 'focused-visit')
    return event.areasForPriorityAction.length > 0 ? 'areas-for-priority-action' : undefined;
  if (event.kind === 'joint-targeted-area-inspection') return 'joint-targeted-area-inspection';
  return undefined;
}

/** How each basis is worded in a deadline's reason. */
const DUTY: Readonly<Record<ClockBasisKind, string>> = {
  statute: 'a statutory duty',
  'ofsted-request': 'as requested by Ofsted (not a statutory duty)',
  'dfe-notice': 'as the DfE notice requires',
};

const DEADLINE_OPTIONS = { calendar: objectOption, clocks: listOption, frameworks: frameworksProblem };

/** Checks a clock a caller passes, pushing issues at `path`. @internal */
export function clockIssues(issues: Issue[], value: unknown, path: Path): void {
  const clock = recordAt(issues, value, path, 'a clock', CLOCK_FIELDS);
  if (clock === undefined) return;
  placeAt(issues, path, 'id', textFieldProblem(clock.id, 'id'));
  placeAt(issues, path, 'title', textFieldProblem(clock.title, 'title'));
  placeAt(issues, path, 'startedBy', oneOfProblem(clock.startedBy, CLOCK_STARTS, 'startedBy'));
  place(
    issues,
    [...path, 'workingDays'],
    wholeNumberProblem(clock.workingDays, 'workingDays', 0, LIMITS.clockWorkingDays),
  );
  placeAt(issues, path, 'basis', textFieldProblem(clock.basis, 'basis'));
  placeAt(issues, path, 'basisKind', oneOfProblem(clock.basisKind, CLOCK_BASIS_KINDS, 'basisKind'));
  if (typeof clock.confirmed !== 'boolean') {
    issues.push(
      issue(
        [...path, 'confirmed'],
        'invalid-type',
        'confirmed must be true or false.',
        booleanOption(clock.confirmed, 'confirmed')?.params ?? { field: 'confirmed' },
      ),
    );
  }
}

/** The fields of a clock, the events that start clocks, and the kinds of basis. @internal */
export const CLOCK_FIELDS = ['id', 'title', 'startedBy', 'workingDays', 'basis', 'basisKind', 'confirmed'] as const;
/** @internal */
export const CLOCK_STARTS = [
  'graded-inspection',
  'areas-for-priority-action',
  'joint-targeted-area-inspection',
] as const satisfies readonly StatutoryClock['startedBy'][];
/** @internal */
export const CLOCK_BASIS_KINDS = ['statute', 'ofsted-request', 'dfe-notice'] as const;
