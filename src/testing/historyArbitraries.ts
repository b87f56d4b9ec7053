import fc from 'fast-check';
import type { CalendarDate } from '../calendar/calendarDate.js';
import { isCalendarDate } from '../calendar/calendarDate.js';
import { calendarDaysBetween, shiftDays } from '../calendar/dateArithmetic.js';
import { dateFieldProblem, wholeNumberProblem } from '../check/fields.js';
import { checkArgument, readOptions } from '../check/options.js';
import { FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import type { InspectionEvent, Inspectorate } from '../inspection/inspectionEvent.js';
import { createInspectionHistory, type InspectionHistory } from '../inspection/inspectionHistory.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { arbitraryOutcome } from './outcomeArbitraries.js';

/**
 * A calendar date between two dates, inclusive. Throws `OfstedIlacsError` for dates that
 * are not calendar dates, or `to` before `from`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { calendarDate } from 'ofsted-ilacs';
 * import { arbitraryCalendarDate } from 'ofsted-ilacs/testing';
 *
 * const [date] = fc.sample(arbitraryCalendarDate(calendarDate('2020-01-01'), calendarDate('2020-12-31')), 1);
 * console.log(date?.startsWith('2020-')); // true
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryCalendarDate(from: CalendarDate, to: CalendarDate): fc.Arbitrary<CalendarDate> {
  checkArgument('arbitraryCalendarDate', 'from', isCalendarDate(from) ? undefined : dateFieldProblem(from, 'from'));
  checkArgument('arbitraryCalendarDate', 'to', isCalendarDate(to) ? undefined : dateFieldProblem(to, 'to'));
  const days = calendarDaysBetween(from, to);
  if (days < 0)
    checkArgument('arbitraryCalendarDate', 'to', {
      code: 'dates-out-of-order',
      message: `to (${to}) is before from (${from}).`,
      params: { field: 'to', found: to, limit: from },
    });
  return fc.integer({ min: 0, max: days }).map((offset) => shiftDays(from, offset));
}

/**
 * Options of {@link arbitraryInspectionHistory}.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'ofsted-ilacs';
 * import type { HistoryArbitraryOptions } from 'ofsted-ilacs/testing';
 *
 * const options: HistoryArbitraryOptions = { from: calendarDate('2023-01-01'), maxEvents: 6 };
 * console.log(options.maxEvents);
 * ```
 *
 * @category Arbitraries
 */
export interface HistoryArbitraryOptions {
  /** The earliest day of the first event. Default 2018-01-01. */
  readonly from?: CalendarDate;
  /** At most this many events. Default 10. */
  readonly maxEvents?: number;
}

const AGENCIES: readonly Inspectorate[] = ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation'];

/** The framework in force on a day, by the built-in defaults. */
function frameworkOn(date: CalendarDate): FrameworkId {
  const ids = FRAMEWORK_IDS.filter((id) => FRAMEWORKS[id].inForce.from <= date);
  return ids.at(-1) ?? 'sif-2013';
}

/**
 * Inspection histories whose dates are coherent: visits that never overlap, reports
 * received and published after their visits, graded outcomes under the framework in force,
 * and DfE interventions ended only while in force. `createInspectionHistory` and
 * `parseInspectionHistory` accept every one.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { isGradedInspection, latestGradedInspection } from 'ofsted-ilacs';
 * import { arbitraryInspectionHistory } from 'ofsted-ilacs/testing';
 *
 * fc.assert(
 *   fc.property(arbitraryInspectionHistory(), (history) => {
 *     const latest = latestGradedInspection(history);
 *     // The library's copy of one of the history's graded inspections, or none if it holds none.
 *     const graded = history.events.filter(isGradedInspection).map((event) => JSON.stringify(event));
 *     return latest === undefined ? graded.length === 0 : graded.includes(JSON.stringify(latest));
 *   }),
 * );
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryInspectionHistory(options: HistoryArbitraryOptions = {}): fc.Arbitrary<InspectionHistory> {
  options = readOptions('arbitraryInspectionHistory', options, {
    from: (value, name) => dateFieldProblem(value, name),
    maxEvents: (value, name) => wholeNumberProblem(value, name, 0, 100),
  });
  if (options.from !== undefined && options.from > '2150-01-01') {
    checkArgument('arbitraryInspectionHistory', 'options.from', {
      code: 'out-of-range',
      message: 'from must be no later than 2150-01-01, so that every generated event falls within the supported dates.',
      params: { field: 'options.from', found: options.from, limit: '2150-01-01' },
    });
  }
  const from = options.from ?? ('2018-01-01' as CalendarDate);
  const step = fc.record({
    gap: fc.integer({ min: 1, max: 400 }),
    kind: fc.constantFrom('graded', 'focused', 'monitoring', 'jtai', 'intervention'),
    days: fc.integer({ min: 0, max: 11 }),
    reportAfter: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    publishAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    seed: fc.nat(),
    outcomes: fc.tuple(...FRAMEWORK_IDS.map((id) => arbitraryOutcome({ framework: id }))),
    agencies: fc.subarray([...AGENCIES], { minLength: 1 }),
    words: fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== ''),
  });
  return fc.array(step, { maxLength: options.maxEvents ?? 10 }).map((steps) => {
    const events: InspectionEvent[] = [];
    let day = from;
    let notice = false;
    let direction = false;
    let sequence = 0;
    for (const s of steps) {
      const start = shiftDays(day, s.gap);
      const end = shiftDays(start, s.days);
      const reportReceived = s.reportAfter === undefined ? undefined : shiftDays(end, s.reportAfter);
      const published = s.publishAfter === undefined ? undefined : shiftDays(reportReceived ?? end, s.publishAfter);
      const dates = {
        onSite: { start, end },
        ...(reportReceived && { reportReceived }),
        ...(published && { published }),
      };
      day = published ?? reportReceived ?? end;
      if (s.kind === 'graded') {
        const outcome = s.outcomes[FRAMEWORK_IDS.indexOf(frameworkOn(start))] as InspectionOutcome;
        events.push({ kind: s.seed % 2 === 0 ? 'standard-inspection' : 'short-inspection', ...dates, outcome });
      } else if (s.kind === 'focused') {
        events.push({
          kind: 'focused-visit',
          ...dates,
          theme: s.words,
          areasForPriorityAction: s.seed % 3 === 0 ? [s.words] : [],
        });
      } else if (s.kind === 'monitoring') {
        sequence += 1;
        events.push({ kind: 'monitoring-visit', ...dates, sequence, theme: s.words, findings: [s.words] });
      } else if (s.kind === 'jtai') {
        events.push({ kind: 'joint-targeted-area-inspection', ...dates, theme: s.words, agencies: s.agencies });
      } else {
        const choices = [
          notice ? ('improvement-notice-lifted' as const) : ('improvement-notice-issued' as const),
          direction ? ('statutory-direction-revoked' as const) : ('statutory-direction-issued' as const),
        ];
        const kind = choices[s.seed % 2] as (typeof choices)[number];
        if (kind === 'improvement-notice-issued') notice = true;
        if (kind === 'improvement-notice-lifted') notice = false;
        if (kind === 'statutory-direction-issued') {
          direction = true;
          notice = false; // a direction supersedes a notice in force
        }
        if (kind === 'statutory-direction-revoked') direction = false;
        events.push({ kind, date: start });
        day = start;
      }
    }
    const history = createInspectionHistory({ name: 'Generated authority' }, events);
    if (!history.ok)
      throw new Error(`arbitraryInspectionHistory built an invalid history: ${JSON.stringify(history.issues)}`);
    return history.value;
  });
}
