import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import { readOptions } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { type Issue, issue } from '../result/result.js';
import { areaSendFact } from './areaSendOutcomes.js';
import { type AnyEvent, describeEvent } from './eventIssues.js';
import { EVENT_KINDS } from './eventKinds.js';
import { eventStart } from './inspectionEvent.js';
import { type InspectionHistory, readHistory } from './inspectionHistory.js';

/** The cap: at most this many monitoring visits in the twelve months up to a day on or after `from`. */
const CAP = { visits: 3, months: 12, from: '2025-07-01' as CalendarDate } as const;

/** A monitoring visit of the history (ILACS or area SEND), with its place in the events. */
interface Counted {
  readonly event: AnyEvent;
  readonly index: number;
  readonly start: CalendarDate;
}

/** The warning for a visit beyond the cap, with the visits counted with it, oldest first. */
function capWarning(visit: Counted, counted: readonly Counted[]): Issue {
  const first = counted[0] as Counted;
  const cap = areaSendFact('monitoring-cap');
  return issue(
    ['events', visit.index],
    'too-many',
    `${describeEvent(visit.event)} is the ${ordinal(counted.length)} monitoring visit in the twelve months to ${visit.start} (after ${counted
      .slice(0, -1)
      .map((c) => describeEvent(c.event))
      .join(
        '; ',
      )}), but from ${CAP.from} Ofsted makes at most ${CAP.visits} in twelve months across area SEND and ILACS together (${cap.source}; ${CAP.from} is the library's assumption for "July 2025"). A warning, not a refusal: check the dates and kinds of these visits.`,
    {
      field: 'monitoring visits in 12 months',
      found: `${counted.length}, from ${first.start} to ${visit.start}`,
      limit: CAP.visits,
      rule: 'monitoring-cap',
    },
  );
}

const FRAMEWORKS_OPTION = { frameworks: frameworksProblem };

/** "4th", "5th", "11th", "21st". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Warnings for monitoring beyond Ofsted's cap: from July 2025 Ofsted makes at most three
 * monitoring visits to a council in twelve months, across area SEND and ILACS together.
 * One warning (`too-many`, `rule: 'monitoring-cap'`) for each monitoring visit
 * (`monitoring-visit` or `area-send-monitoring`) that starts on or after 1 July 2025 and
 * is the fourth or later whose first day on site falls within the twelve months up to and
 * including its own; the visits before 1 July 2025 count towards those twelve months. Its
 * path is the visit's place in `history.events`, and its params give the count, the first
 * and last days counted and the cap.
 *
 * A warning, not a refusal: such a history is checked and usable, but unlike Ofsted's
 * practice, so a date or a kind may be wrong. The cap and its date are second-hand, and 1
 * July 2025 is the library's assumption (see `AREA_SEND_SOURCES`, `monitoring-cap`).
 * Returns an empty list when nothing is beyond the cap. A history holding inspections under
 * frameworks of your own is read with them (`frameworks`, as `createInspectionHistory`
 * takes them); graded inspections never count towards the cap. Throws
 * {@link OfstedIlacsError} (`invalid-history`) for a history that breaks the rules of
 * `createInspectionHistory`, or `invalid-option` for options it does not have.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, monitoringCapWarnings } from 'ofsted-ilacs';
 *
 * // Illustrative dates: two ILACS monitoring visits and two area SEND monitoring inspections in ten months.
 * const visit = (start: string, end: string) => ({ start: calendarDate(start), end: calendarDate(end) });
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   { kind: 'monitoring-visit', onSite: visit('2025-01-14', '2025-01-15'), theme: 'the front door', findings: [] },
 *   { kind: 'area-send-monitoring', onSite: visit('2025-04-07', '2025-04-09') },
 *   { kind: 'monitoring-visit', onSite: visit('2025-07-15', '2025-07-16'), theme: 'care leavers', findings: [] },
 *   { kind: 'area-send-monitoring', onSite: visit('2025-11-03', '2025-11-05') },
 * ]);
 * if (history.ok) {
 *   const [warning] = monitoringCapWarnings(history.value);
 *   console.log(warning?.path, warning?.params); // ['events', 3] { field: 'monitoring visits in 12 months', found: '4, from 2025-01-14 to 2025-11-03', limit: 3, rule: 'monitoring-cap' }
 * }
 * ```
 *
 * @category Inspection timeline
 */
export function monitoringCapWarnings(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly Issue[] {
  const read = readOptions('monitoringCapWarnings', options, FRAMEWORKS_OPTION);
  history = readHistory('monitoringCapWarnings', history, read.frameworks);
  const visits: Counted[] = [];
  history.events.forEach((event, index) => {
    if (EVENT_KINDS[event.kind].monitoring === true) visits.push({ event, index, start: eventStart(event) });
  });
  const warnings: Issue[] = [];
  let earliest = 0;
  visits.forEach((visit, at) => {
    if (visit.start < CAP.from) return;
    const since = shiftMonths(visit.start, -CAP.months);
    while ((visits[earliest] as Counted).start <= since) earliest += 1;
    const counted = visits.slice(earliest, at + 1);
    if (counted.length > CAP.visits) warnings.push(capWarning(visit, counted));
  });
  return warnings;
}
