import type { CalendarDate } from '../calendar/calendarDate.js';
import { isCalendarDate } from '../calendar/calendarDate.js';
import { isChecked } from '../check/checked.js';
import {
  dateFieldProblem,
  listAt,
  oneOfProblem,
  type Path,
  placeAt,
  recordAt,
  textFieldProblem,
} from '../check/fields.js';
import {
  checkArgument,
  copyOptions,
  dateOption,
  objectOption,
  oneOfOption,
  readOptions,
  refusal,
} from '../check/options.js';
import { copyOnce, readCopy } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue } from '../check/values.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { deriveOverallEffectiveness } from '../overall/deriveOverallEffectiveness.js';
import { fail, type Issue, issue, type Result, succeed } from '../result/result.js';
import {
  type AnyEvent,
  authorityIssues,
  describeEvent,
  eventIssues,
  INTERVENTION_SCOPES,
  isBuiltInGraded,
  type KnownFrameworks,
} from './eventIssues.js';
import { EVENT_KINDS } from './eventKinds.js';
import {
  type Authority,
  eventKnown,
  eventStart,
  type GradedInspection,
  INSPECTION_EVENT_KINDS,
  type InspectionEvent,
  type InterventionEvent,
  type InterventionScope,
  isGradedInspection,
  isVisit,
} from './inspectionEvent.js';

/**
 * An authority's inspection history: its events in date order, checked by
 * {@link createInspectionHistory}. `F` is the framework its graded inspections may be
 * under: any built-in one by default, or also frameworks of your own
 * (`InspectionHistory<FrameworkId | typeof yours>`, as `createInspectionHistory` gives
 * when passed `frameworks`).
 *
 * @example
 * ```ts
 * import { createInspectionHistory, type InspectionHistory } from 'ofsted-ilacs';
 *
 * const result = createInspectionHistory({ name: 'Kingston upon Hull' }, []);
 * const history: InspectionHistory | undefined = result.ok ? result.value : undefined;
 * console.log(history?.events.length); // 0
 * ```
 *
 * @category Inspection timeline
 */
export interface InspectionHistory<F extends FrameworkId | DefinedFramework = FrameworkId> {
  readonly authority: Authority;
  readonly events: readonly InspectionEvent<F>[];
  /**
   * What the events' data holds and how fresh it is, for a history built from records
   * (see `authorityHistory` in `ofsted-ilacs/outcomes`): kinds of event it leaves out are
   * not in the data, which is not to say there were none. Absent in a history a caller
   * builds from what it knows.
   */
  readonly coverage?: HistoryCoverage;
}

/**
 * What an inspection history's data holds: the kinds of event it records, the newest
 * date it is complete to, and where it comes from.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, type HistoryCoverage } from 'ofsted-ilacs';
 *
 * const coverage: HistoryCoverage = {
 *   asOf: calendarDate('2025-03-31'),
 *   sources: ['Ofsted, local authority inspection outcomes as at 31 March 2025'],
 *   kinds: ['standard-inspection', 'short-inspection', 'graded-inspection'],
 * };
 * console.log(createInspectionHistory({ name: 'Example' }, [], { coverage }).ok); // true
 * ```
 *
 * @category Inspection timeline
 */
export interface HistoryCoverage {
  /** The newest date the data is complete to. */
  readonly asOf: CalendarDate;
  readonly sources: readonly string[];
  /** The kinds of event the data records; other kinds are not in it. */
  readonly kinds: readonly InspectionEvent['kind'][];
}

/**
 * Options of {@link createInspectionHistory}.
 *
 * @example
 * ```ts
 * import { calendarDate, type CreateInspectionHistoryOptions } from 'ofsted-ilacs';
 *
 * const options: CreateInspectionHistoryOptions = {
 *   coverage: { asOf: calendarDate('2025-03-31'), sources: ['Ofsted'], kinds: ['standard-inspection'] },
 * };
 * console.log(options.coverage?.kinds);
 * ```
 *
 * @category Inspection timeline
 */
export interface CreateInspectionHistoryOptions {
  /** What the events' data holds, where they come from a record rather than what the caller knows. */
  readonly coverage?: HistoryCoverage;
  /**
   * Frameworks of your own, made by `defineFramework`: a graded inspection whose outcome
   * names one of them is checked by it (its areas and scale, and its first day on site
   * within the framework's `inForce`) and kept. Without them, such an outcome is refused
   * (`unknown-framework`): the library keeps no registry of frameworks.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/** Checks a history's coverage, pushing issues at `path`. */
function coverageIssues(issues: Issue[], value: unknown, path: Path): void {
  const coverage = recordAt(issues, value, path, 'coverage', ['asOf', 'sources', 'kinds']);
  if (coverage === undefined) return;
  placeAt(issues, path, 'asOf', dateFieldProblem(coverage.asOf, 'coverage.asOf'));
  const sources = listAt(issues, coverage.sources, [...path, 'sources'], 'coverage.sources');
  for (let index = 0; index < (sources?.length ?? 0); index += 1) {
    placeAt(issues, [...path, 'sources'], index, textFieldProblem(sources?.[index], `coverage.sources[${index}]`));
  }
  const kinds = listAt(issues, coverage.kinds, [...path, 'kinds'], 'coverage.kinds');
  for (let index = 0; index < (kinds?.length ?? 0); index += 1) {
    placeAt(
      issues,
      [...path, 'kinds'],
      index,
      oneOfProblem(kinds?.[index], INSPECTION_EVENT_KINDS, `coverage.kinds[${index}]`),
    );
  }
}

/** Events with their places in the list given, in date order; same-day events keep their given order. */
function ordered<E extends AnyEvent>(events: readonly E[]): { event: E; index: number }[] {
  return events
    .map((event, index) => ({ event, index, start: eventStart(event) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
}

/**
 * The rules across an authority's events, all of whose fields are sound: visits of one
 * remit do not overlap (an area SEND visit, of the local area partnership, may share days
 * with a visit to the council's children's services); within a series of monitoring visits (a graded inspection starts a new one)
 * the numbers rise; and, for each scope, a notice or direction is issued only when none
 * of its kind is in force and ended only when one is.
 */
/**
 * Whose team a visit's days on site belong to, for the overlap rule: Ofsted's children's
 * services visits, area SEND visits, or the inspections under one framework of the
 * caller's (a council's own review can share days with Ofsted's visits).
 */
function remitOf(event: AnyEvent): string {
  if (isGradedInspection(event) && !isBuiltInGraded(event)) return `defined:${event.outcome.framework}`;
  return EVENT_KINDS[event.kind].remit ?? 'childrens-services';
}

function acrossEvents(issues: Issue[], events: readonly AnyEvent[]): void {
  const sorted = ordered(events);
  // The latest-ending visit of each remit: area SEND visits overlap only each other.
  const lastVisits = new Map<string, { event: AnyEvent; end: CalendarDate; index: number }>();
  let lastSequence: { sequence: number; event: AnyEvent } | undefined;
  const inForce = new Map<string, InterventionEvent>();
  for (const { event, index } of sorted) {
    if (isVisit(event)) {
      // Only days known can be seen to overlap: a first day alone is one day on site.
      const end = event.onSite?.end ?? event.onSite?.start;
      const start = event.onSite?.start as CalendarDate;
      const remit = remitOf(event);
      const lastVisit = lastVisits.get(remit);
      if (end !== undefined && lastVisit !== undefined && start <= lastVisit.end) {
        issues.push(
          issue(
            ['events', index, 'onSite'],
            'overlapping-visits',
            `${describeEvent(event)} overlaps ${describeEvent(lastVisit.event)}, which ends ${lastVisit.end}: one team is on site at a time, so check the dates (the same inspection from two sources? merge them first).`,
            { field: 'onSite', found: describeValue(start), limit: lastVisit.end },
          ),
        );
      }
      if (end !== undefined && (lastVisit === undefined || end > lastVisit.end)) {
        lastVisits.set(remit, { event, end, index });
      }
      // Ofsted's graded inspections start a new series of Ofsted's monitoring visits; a caller's do not.
      if (isGradedInspection(event) && isBuiltInGraded(event)) lastSequence = undefined;
      if (event.kind === 'monitoring-visit' && event.sequence !== undefined) {
        if (lastSequence !== undefined && event.sequence <= lastSequence.sequence) {
          issues.push(
            issue(
              ['events', index, 'sequence'],
              'sequence-out-of-order',
              `${describeEvent(event)} is numbered ${event.sequence}, but ${describeEvent(lastSequence.event)} was numbered ${lastSequence.sequence}: within a series the numbers rise (a graded inspection starts a new series). Check the numbers.`,
              { field: 'sequence', found: String(event.sequence), limit: lastSequence.sequence },
            ),
          );
        }
        lastSequence = { sequence: event.sequence, event };
      }
      continue;
    }
    const kind = EVENT_KINDS[event.kind];
    const scope: InterventionScope = event.scope ?? 'childrens-social-care';
    const key = `${kind.measure}|${scope}`;
    const current = inForce.get(key);
    const measure = kind.measure === 'improvement-notice' ? 'an improvement notice' : 'a statutory direction';
    const about = scope === 'send' ? ' about SEND' : '';
    if (kind.starts) {
      if (current !== undefined) {
        issues.push(
          issue(
            ['events', index, 'kind'],
            'already-in-force',
            `${describeEvent(event)} issues ${measure}${about} while the one issued on ${current.date} is still in force: end that one first (lift or revoke it), or remove the duplicate.`,
            { field: `${measure}${about}`, found: `"${event.kind}"`, limit: current.date },
          ),
        );
      }
      inForce.set(key, event);
      if (kind.supersedes !== undefined) inForce.delete(`${kind.supersedes}|${scope}`);
    } else {
      if (current === undefined) {
        issues.push(
          issue(
            ['events', index, 'kind'],
            'not-in-force',
            `${describeEvent(event)} ends ${measure}${about} that is not in force: add the event that started it, or remove this one.`,
            { field: `${measure}${about}`, found: `"${event.kind}"` },
          ),
        );
      }
      inForce.delete(key);
    }
  }
}

/**
 * The rules across events whose fields and own rules are sound (see
 * `createInspectionHistory`), in any order. For the schema layer, which checks the rest.
 *
 * @internal
 */
export function eventsRuleIssues(events: readonly AnyEvent[]): Issue[] {
  const issues: Issue[] = [];
  acrossEvents(issues, events);
  return issues;
}

/** What the refusal of an unknown framework adds, at a door that takes a history: how to pass one's own. */
const DEFINE_HINT =
  'A framework of your own: define it with defineFramework and pass it as options.frameworks (the library keeps no registry of frameworks).';

/** A history's issues, an unknown framework's saying how to pass a framework of one's own. @internal */
export function withDefineHint(issues: Issue[]): Issue[] {
  return issues.map((found) =>
    found.code === 'unknown-framework' ? { ...found, message: `${found.message} ${DEFINE_HINT}` } : found,
  );
}

/**
 * Every issue with an authority and its events: the authority's fields, each event's
 * fields and rules (an outcome under one of `frameworks` checked by it), and the rules
 * across events. With `inOrder`, the events must already be in date order, as an
 * {@link InspectionHistory}'s are.
 *
 * @internal
 */
export function historyIssues(
  authority: unknown,
  events: unknown,
  inOrder: boolean,
  coverage?: unknown,
  frameworks?: KnownFrameworks,
): Issue[] {
  const issues: Issue[] = [];
  authorityIssues(issues, authority, ['authority']);
  if (coverage !== undefined) coverageIssues(issues, coverage, ['coverage']);
  const list = listAt(issues, events, ['events'], 'events');
  if (list === undefined) return issues;
  let sound = true;
  list.forEach((event, index) => {
    if (!eventIssues(issues, event, ['events', index], false, undefined, undefined, frameworks)) sound = false;
  });
  if (!sound) return withDefineHint(issues);
  const checked = list as readonly AnyEvent[];
  if (inOrder) {
    for (let index = 1; index < checked.length; index += 1) {
      if (eventStart(checked[index] as AnyEvent) < eventStart(checked[index - 1] as AnyEvent)) {
        issues.push(
          issue(
            ['events', index],
            'dates-out-of-order',
            `The events are not in date order: ${describeEvent(checked[index] as AnyEvent)} comes after ${describeEvent(checked[index - 1] as AnyEvent)}. Build histories with createInspectionHistory, which orders them.`,
            {
              field: 'events',
              found: describeValue(eventStart(checked[index] as AnyEvent)),
              limit: eventStart(checked[index - 1] as AnyEvent),
              rule: 'history-order',
            },
          ),
        );
        return issues;
      }
    }
  }
  acrossEvents(issues, checked);
  return issues;
}

/**
 * Checks an authority's inspection history and returns what is wrong, or an empty array;
 * never throws. The rules are those of {@link createInspectionHistory}, and the events
 * must be in date order. Use it on histories that reached the code without the types.
 * With `frameworks` (made by `defineFramework`), a graded inspection under one of them is
 * checked by it; without, such a framework is unknown.
 *
 * @example
 * ```ts
 * import { findHistoryIssues } from 'ofsted-ilacs';
 *
 * const fromJson = JSON.parse(
 *   '{"authority":{"name":"Example"},"events":[{"kind":"improvement-notice-issued","date":"2019-05-31"},{"kind":"improvement-notice-issued","date":"2019-06-03"}]}',
 * );
 * console.log(findHistoryIssues(fromJson).map((issue) => issue.code)); // ['already-in-force']
 * ```
 *
 * @category Inspection timeline
 */
export function findHistoryIssues(
  history: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly Issue[] {
  const issues: Issue[] = [];
  const read = copyOptions(issues, options, FRAMEWORKS_OPTION);
  if (read === undefined) return issues;
  // Read once, into the library's copy, which alone is checked.
  const copied = copyOnce(history);
  if ('refused' in copied) return [copied.refused];
  return historyIssuesOf(copied.copy, read.frameworks as KnownFrameworks);
}

/** The one option of the doors that only read a history: the caller's frameworks. */
const FRAMEWORKS_OPTION = { frameworks: frameworksProblem };

/** The issues of a history the library has copied (or checked and frozen): every issue, never a throw. */
function historyIssuesOf(history: unknown, frameworks: KnownFrameworks): readonly Issue[] {
  try {
    const issues: Issue[] = [];
    const value = recordAt(issues, history, [], 'an inspection history', ['authority', 'events', 'coverage']);
    if (value === undefined) return issues;
    return [...issues, ...historyIssues(value.authority, value.events, true, value.coverage, frameworks)];
  } catch {
    return [unreadable()];
  }
}

/**
 * A history read once and checked: one the library checked and froze as it is, any other
 * copied first, so the checks and what the door computes see the same history. An
 * outcome under one of `frameworks` (the caller's, from the door's options, read first)
 * is checked by it. Throws {@link OfstedIlacsError} (`invalid-history`) with every issue.
 *
 * @internal
 */
export function readHistory<H extends InspectionHistory<FrameworkId | DefinedFramework>>(
  fn: string,
  history: H,
  frameworks?: KnownFrameworks,
): H {
  const copy = isChecked(history) ? history : (readCopy(fn, 'history', history, 'invalid-history') as H);
  checkHistory(fn, copy, frameworks);
  return copy;
}

/**
 * Throws {@link OfstedIlacsError} (`invalid-history`) naming the function when a history
 * breaks the rules of `createInspectionHistory`, with every issue (an outcome under one of
 * `frameworks` checked by it); the caller's value is checked where it is, so use
 * {@link readHistory} where the door then reads it.
 *
 * @internal
 */
export function checkHistory(
  fn: string,
  history: unknown,
  frameworks?: KnownFrameworks,
): asserts history is InspectionHistory {
  const issues = historyIssuesOf(history, frameworks);
  if (issues.length > 0) {
    throw refusal(
      'invalid-history',
      fn,
      issues.map((found) => ({ ...found, path: ['history', ...found.path] })),
    );
  }
}

/**
 * Checks an authority's events and returns its history in date order, or the issues.
 * The authority and the events are read once, into the library's own copies, which alone
 * are checked and returned: the events passed in are not reordered or changed, and a
 * getter or a list that answers differently when read again changes nothing. Never throws.
 *
 * Refused, with the path of the field at fault in the list given: anything that is not an
 * event of a known kind with its fields (text that is not blank, dates written
 * `YYYY-MM-DD` within the supported range, a valid outcome); a visit that ends before it
 * starts, a report received or published before its visit ended, or published before it
 * was received (`dates-out-of-order`); an outcome under a framework not in use on its
 * first day on site, or an area SEND inspection or monitoring inspection before the
 * framework of January 2023 (`framework-not-in-force`); two visits whose days on site
 * overlap (`overlapping-visits`), where an area SEND visit is checked against other area
 * SEND visits only; monitoring visits whose numbers do not rise within a series
 * (`sequence-out-of-order`); a notice or direction issued while one of its kind and scope
 * is in force (`already-in-force`), or ended when none is (`not-in-force`), where a
 * direction supersedes a notice in force; more than
 * `LIMITS.listLength` events (`too-many`).
 *
 * With `frameworks` (made by `defineFramework`), a graded inspection whose outcome names
 * one of them is checked by that framework (its areas and scale; its first day on site,
 * or where that is not known its publication, within the framework's `inForce`) and kept;
 * without them such an outcome is refused (`unknown-framework`). The history's type then
 * says which frameworks its outcomes may be under.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory } from 'ofsted-ilacs';
 *
 * const result = createInspectionHistory({ name: 'Example' }, [
 *   { kind: 'improvement-notice-lifted', date: calendarDate('2023-10-01') },
 * ]);
 * if (!result.ok) console.log(result.issues[0]?.code); // 'not-in-force'
 * ```
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, defineFramework, defineScale } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'peer-review-2025',
 *   title: 'Peer review',
 *   scale,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: true },
 * });
 * const events = [
 *   {
 *     kind: 'graded-inspection',
 *     onSite: { start: calendarDate('2025-06-02'), end: calendarDate('2025-06-04') },
 *     outcome: { framework: 'peer-review-2025', judgements: { frontDoor: 'adequate' }, awardedOverall: 'adequate' },
 *   },
 * ] as const;
 * const history = createInspectionHistory({ name: 'Example' }, events, { frameworks: [review] });
 * console.log(history.ok && history.value.events[0]?.kind); // 'graded-inspection'
 * const refused = createInspectionHistory({ name: 'Example' }, events as never);
 * console.log(refused.ok ? [] : refused.issues.map((issue) => issue.code)); // ['unknown-framework']
 * ```
 *
 * @category Inspection timeline
 */
export function createInspectionHistory<const F extends DefinedFramework>(
  authority: Authority,
  events: readonly InspectionEvent<FrameworkId | F>[],
  options: CreateInspectionHistoryOptions & { readonly frameworks: readonly F[] },
): Result<InspectionHistory<FrameworkId | F>>;
export function createInspectionHistory(
  authority: Authority,
  events: readonly InspectionEvent[],
  options?: CreateInspectionHistoryOptions,
): Result<InspectionHistory>;
export function createInspectionHistory(
  authority: Authority,
  events: readonly AnyEvent[],
  options?: CreateInspectionHistoryOptions,
): Result<InspectionHistory<FrameworkId | DefinedFramework>> {
  try {
    const issues: Issue[] = [];
    const read = copyOptions(issues, options, HISTORY_OPTIONS);
    const coverage = read?.coverage as HistoryCoverage | undefined;
    // The authority and the events read once, into the library's copies: only those are checked and kept.
    const [authorityCopy, eventsCopy] = [copyOnce(authority, ['authority']), copyOnce(events, ['events'])];
    for (const copied of [authorityCopy, eventsCopy]) if ('refused' in copied) issues.push(copied.refused);
    if (issues.length > 0 || !('copy' in authorityCopy) || !('copy' in eventsCopy)) return fail(issues);
    const checked = { authority: authorityCopy.copy as Authority, events: eventsCopy.copy as readonly AnyEvent[] };
    issues.push(
      ...historyIssues(checked.authority, checked.events, false, coverage, read?.frameworks as KnownFrameworks),
    );
    if (issues.length > 0) return fail(issues);
    return succeed({
      authority: checked.authority,
      events: ordered(checked.events).map(({ event }) => event),
      ...(coverage !== undefined && { coverage }),
    });
  } catch {
    return fail([unreadable()]);
  }
}

/**
 * Options of {@link latestGradedInspection}.
 *
 * @example
 * ```ts
 * import { calendarDate, type LatestGradedInspectionOptions } from 'ofsted-ilacs';
 *
 * const options: LatestGradedInspectionOptions = { asOf: calendarDate('2023-01-01') };
 * console.log(options.asOf);
 * ```
 *
 * @category Inspection timeline
 */
export interface LatestGradedInspectionOptions {
  /**
   * Only inspections whose outcome was known on this date: published by then or, where
   * no publication date is recorded, finished on site by then. Default: every inspection.
   */
  readonly asOf?: CalendarDate;
  /** Frameworks of your own (`defineFramework`) that the history's outcomes may be under: the history is checked with them. */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * The most recent graded inspection in a history, or `undefined` if there is none: under
 * any framework, a caller's own too (pass it as `frameworks`, as to `createInspectionHistory`).
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, latestGradedInspection } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   {
 *     kind: 'standard-inspection',
 *     onSite: { start: calendarDate('2022-11-14'), end: calendarDate('2022-11-25') },
 *     published: calendarDate('2023-01-13'),
 *     outcome: {
 *       framework: 'ilacs-2018',
 *       judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
 *       awardedOverall: 'good',
 *     },
 *   },
 * ]);
 * if (history.ok) {
 *   console.log(latestGradedInspection(history.value)?.published); // '2023-01-13'
 *   console.log(latestGradedInspection(history.value, { asOf: calendarDate('2023-01-01') })); // undefined: not yet published
 * }
 * ```
 *
 * @category Inspection timeline
 */
export function latestGradedInspection<F extends FrameworkId | DefinedFramework = FrameworkId>(
  history: InspectionHistory<F>,
  options?: LatestGradedInspectionOptions,
): GradedInspection<F> | undefined {
  const read = readOptions('latestGradedInspection', options, AS_OF_OPTION);
  return latestGradedIn(readHistory('latestGradedInspection', history, read.frameworks), read.asOf);
}

const AS_OF_OPTION = { asOf: dateOption, frameworks: frameworksProblem };

/** The options of createInspectionHistory; coverage's contents are checked with the history. */
const HISTORY_OPTIONS = { coverage: objectOption, frameworks: frameworksProblem };

/**
 * The latest graded inspection of a checked history known on a date; with `ofstedOnly`,
 * the latest under one of Ofsted's frameworks the library ships, so that an inspection
 * under a framework of the caller's (a council's own review, say) never stands in for
 * Ofsted's judgement. @internal
 */
export function latestGradedIn<F extends FrameworkId | DefinedFramework>(
  history: InspectionHistory<F>,
  asOf: CalendarDate | undefined,
  ofstedOnly = false,
): GradedInspection<F> | undefined {
  let latest: GradedInspection<F> | undefined;
  for (const event of history.events) {
    if (!isGradedInspection(event) || (ofstedOnly && !isBuiltInGraded(event))) continue;
    if (asOf !== undefined && eventKnown(event) > asOf) continue;
    latest = event as GradedInspection<F>;
  }
  return latest;
}

/**
 * The DfE intervention in force on a date.
 *
 * @example
 * ```ts
 * import type { InterventionRegime } from 'ofsted-ilacs';
 *
 * const regime: InterventionRegime = 'statutory-direction';
 * console.log(regime);
 * ```
 *
 * @category Inspection timeline
 */
export type InterventionRegime = 'none' | 'improvement-notice' | 'statutory-direction';

/**
 * What {@link interventionRegimeOn} returns: the regime, the event that started it, and
 * a sentence. A statutory direction supersedes an improvement notice in force; a notice
 * issued while a direction is in force leaves the direction as the regime.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, interventionRegimeOn, type RegimeOnDate } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, []);
 * if (history.ok) {
 *   const regime: RegimeOnDate = interventionRegimeOn(history.value, calendarDate('2020-01-01'));
 *   console.log(regime.regime); // 'none'
 * }
 * ```
 *
 * @category Inspection timeline
 */
export interface RegimeOnDate {
  readonly date: CalendarDate;
  readonly regime: InterventionRegime;
  /** The event that started the regime in force, if any. */
  readonly since?: InterventionEvent;
  /** The inadequate graded inspection it followed, where one was published before it. */
  readonly after?: GradedInspection;
  readonly reason: string;
}

/**
 * Options of {@link interventionRegimeOn}.
 *
 * @example
 * ```ts
 * import type { InterventionRegimeOptions } from 'ofsted-ilacs';
 *
 * const options: InterventionRegimeOptions = { scope: 'send' };
 * console.log(options.scope);
 * ```
 *
 * @category Inspection timeline
 */
export interface InterventionRegimeOptions {
  /** Which interventions count. Default: children's social care. */
  readonly scope?: InterventionScope;
  /** Frameworks of your own (`defineFramework`) that the history's outcomes may be under: the history is checked with them. */
  readonly frameworks?: readonly DefinedFramework[];
}

const SCOPE_OPTION = { scope: /* @__PURE__ */ oneOfOption(INTERVENTION_SCOPES), frameworks: frameworksProblem };

/**
 * The latest graded inspection published (or finished) by a date, if it was judged
 * inadequate: under a built-in framework only, since a framework of the caller's has no
 * grade that is Ofsted's inadequate.
 */
function inadequateBefore(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  date: CalendarDate,
): GradedInspection | undefined {
  const latest = latestGradedIn(history, date, true) as GradedInspection | undefined;
  if (latest === undefined) return undefined;
  const awarded = 'awardedOverall' in latest.outcome ? latest.outcome.awardedOverall : undefined;
  return (awarded ?? deriveOverallEffectiveness(latest.outcome).grade) === 'inadequate' ? latest : undefined;
}

/**
 * The DfE intervention regime in force on a date: a statutory direction, an improvement
 * notice, or none. Events dated on the day count as in force on it. Only interventions
 * of the scope asked for count (children's social care by default). The reason names the
 * legal basis where the event records one, and the inadequate judgement the intervention
 * followed only where there was one: a notice can come before any inadequate judgement.
 * Throws {@link OfstedIlacsError} (`invalid-history`, `invalid-argument` or
 * `invalid-option`) for a history, date or options that break the rules.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, interventionRegimeOn } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   { kind: 'improvement-notice-issued', date: calendarDate('2019-05-20') },
 *   { kind: 'statutory-direction-issued', date: calendarDate('2020-03-16'), legalBasis: 'Education Act 1996 s.497A' },
 * ]);
 * if (history.ok) {
 *   console.log(interventionRegimeOn(history.value, calendarDate('2019-12-01')).regime); // 'improvement-notice'
 *   console.log(interventionRegimeOn(history.value, calendarDate('2020-03-16')).reason);
 *   // 'A statutory direction (Education Act 1996 s.497A) has been in force since 2020-03-16.'
 * }
 * ```
 *
 * @category Inspection timeline
 */
export function interventionRegimeOn(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  date: CalendarDate,
  options?: InterventionRegimeOptions,
): RegimeOnDate {
  const read = readOptions('interventionRegimeOn', options, SCOPE_OPTION);
  history = readHistory('interventionRegimeOn', history, read.frameworks);
  checkArgument('interventionRegimeOn', 'date', isCalendarDate(date) ? undefined : dateFieldProblem(date, 'date'));
  const scope = read.scope ?? 'childrens-social-care';
  let notice: InterventionEvent | undefined;
  let direction: InterventionEvent | undefined;
  for (const event of history.events) {
    if (isVisit(event) || event.date > date || (event.scope ?? 'childrens-social-care') !== scope) continue;
    const kind = EVENT_KINDS[event.kind];
    if (kind.measure === 'improvement-notice') notice = kind.starts ? event : undefined;
    else direction = kind.starts ? event : undefined;
    if (kind.supersedes !== undefined) notice = undefined;
  }
  const since = direction ?? notice;
  if (since === undefined) {
    return {
      date,
      regime: 'none',
      reason: `No DfE intervention${scope === 'send' ? ' about SEND' : ''} was in force on ${date}.`,
    };
  }
  const regime: InterventionRegime = direction !== undefined ? 'statutory-direction' : 'improvement-notice';
  const after = inadequateBefore(history, since.date);
  const what = `${regime === 'statutory-direction' ? 'A statutory direction' : 'An improvement notice'}${scope === 'send' ? ' about SEND' : ''}${since.legalBasis === undefined ? '' : ` (${since.legalBasis})`}`;
  const following = after === undefined ? '' : `, issued after the inadequate judgement of ${describeEvent(after)}`;
  return {
    date,
    regime,
    since,
    ...(after !== undefined && { after }),
    reason: `${what} has been in force since ${since.date}${following}.`,
  };
}
