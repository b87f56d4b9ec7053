import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import { dateOption, readOptions } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { type AreaSendFactId, type AreaSendOutcome, areaSendFact } from './areaSendOutcomes.js';
import { type AnyEvent, describeEvent } from './eventIssues.js';
import { type AreaSendInspection, type AreaSendMonitoringInspection, eventKnown } from './inspectionEvent.js';
import { type InspectionHistory, readHistory } from './inspectionHistory.js';

/**
 * Why an area SEND inspection or monitoring inspection is expected: the outcome it
 * follows, and the kind expected. A stable code to branch on.
 *
 * @example
 * ```ts
 * import type { AreaSendNextRule } from 'ofsted-ilacs';
 *
 * const rule: AreaSendNextRule = 'monitoring-after-widespread-failings';
 * console.log(rule);
 * ```
 *
 * @category Inspection timeline
 */
export type AreaSendNextRule =
  | 'monitoring-after-widespread-failings'
  | 'full-after-widespread-failings'
  | 'full-after-inconsistent'
  | 'full-after-positive';

/**
 * One inspection expected after an area SEND inspection: its kind, the rule, and the day
 * by which it usually comes, `withinMonths` after the first day on site of the inspection
 * it follows. "Usually within about": an expectation from second-hand sources
 * (`confirmed: false`, with `source`), never a date Ofsted set.
 *
 * @example
 * ```ts
 * import { calendarDate, type AreaSendExpected } from 'ofsted-ilacs';
 *
 * const expected: AreaSendExpected = {
 *   inspection: 'area-send-inspection',
 *   rule: 'full-after-inconsistent',
 *   withinMonths: 36,
 *   by: calendarDate('2027-02-05'),
 *   source: 'Tes, January 2024, read second-hand',
 *   confirmed: false,
 *   reason: 'Expected, not scheduled.',
 * };
 * console.log(expected.by);
 * ```
 *
 * @category Inspection timeline
 */
export interface AreaSendExpected {
  readonly inspection: 'area-send-inspection' | 'area-send-monitoring';
  readonly rule: AreaSendNextRule;
  /** Months from the first day on site of the inspection it follows. */
  readonly withinMonths: number;
  /** About when it is due: that many months after the first day on site. */
  readonly by: CalendarDate;
  /** For the monitoring inspection: the one recorded since, known by `asOf`, if any. */
  readonly held?: AreaSendMonitoringInspection;
  readonly source: string;
  /** Whether the rule was read in Ofsted's own words. */
  readonly confirmed: boolean;
  readonly reason: string;
}

/**
 * What {@link expectedNextAreaSendInspection} returns: after the latest area SEND
 * inspection (`kind: 'expected'`), the inspections its outcome usually brings, soonest
 * first; or `kind: 'unknown'` where no area SEND inspection is recorded.
 *
 * @example
 * ```ts
 * import { createInspectionHistory, expectedNextAreaSendInspection, type AreaSendExpectation } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Example' }, []);
 * if (history.ok) {
 *   const next: AreaSendExpectation = expectedNextAreaSendInspection(history.value);
 *   console.log(next.kind); // 'unknown'
 * }
 * ```
 *
 * @category Inspection timeline
 */
export type AreaSendExpectation =
  | {
      readonly kind: 'expected';
      readonly basedOn: AreaSendInspection;
      readonly outcome: AreaSendOutcome;
      readonly expected: readonly AreaSendExpected[];
      readonly reason: string;
    }
  | { readonly kind: 'unknown'; readonly reason: string };

/**
 * Options of {@link expectedNextAreaSendInspection}.
 *
 * @example
 * ```ts
 * import { calendarDate, type AreaSendNextOptions } from 'ofsted-ilacs';
 *
 * const options: AreaSendNextOptions = { asOf: calendarDate('2025-01-01') };
 * console.log(options.asOf);
 * ```
 *
 * @category Inspection timeline
 */
export interface AreaSendNextOptions {
  /** Consider only what was known on this date: published by then, else finished on site by then. */
  readonly asOf?: CalendarDate;
  /** Frameworks of your own (`defineFramework`) that the history's graded outcomes may be under: the history is checked with them. */
  readonly frameworks?: readonly DefinedFramework[];
}

/** What each outcome usually brings, soonest first, with the fact it rests on. */
const NEXT: {
  readonly [O in AreaSendOutcome]: readonly {
    readonly inspection: AreaSendExpected['inspection'];
    readonly rule: AreaSendNextRule;
    readonly withinMonths: number;
    readonly fact: AreaSendFactId;
  }[];
} = {
  'widespread-failings': [
    {
      inspection: 'area-send-monitoring',
      rule: 'monitoring-after-widespread-failings',
      withinMonths: 18,
      fact: 'after-widespread-failings',
    },
    {
      inspection: 'area-send-inspection',
      rule: 'full-after-widespread-failings',
      withinMonths: 36,
      fact: 'after-widespread-failings',
    },
  ],
  inconsistent: [
    {
      inspection: 'area-send-inspection',
      rule: 'full-after-inconsistent',
      withinMonths: 36,
      fact: 'after-inconsistent',
    },
  ],
  positive: [
    { inspection: 'area-send-inspection', rule: 'full-after-positive', withinMonths: 60, fact: 'after-positive' },
  ],
};

/** How each outcome is said in a reason. */
const FOUND: { readonly [O in AreaSendOutcome]: string } = {
  positive: 'found typically positive experiences and outcomes',
  inconsistent: 'found inconsistent experiences and outcomes',
  'widespread-failings':
    'found widespread and/or systemic failings, so the partnership prepares a priority action plan',
};

const known = (event: AnyEvent, asOf: CalendarDate | undefined) => asOf === undefined || eventKnown(event) <= asOf;

/**
 * What usually follows the latest area SEND inspection of a history, from its outcome:
 * after widespread and/or systemic failings, a monitoring inspection within about 18
 * months and a full inspection within about three years; after inconsistent experiences
 * and outcomes, a full inspection within about three years; after typically positive
 * ones, within about five. Each counts from the first day on site, and says when a
 * monitoring inspection has been held since. The figures are second-hand (Tes, January
 * 2024: `confirmed: false`), and Ofsted paused monitoring inspections for a while during
 * a review, so the result is labelled an expectation: Ofsted sets the dates.
 *
 * A function of its own, beside `expectedNextInspection`, which answers for the ILACS
 * cycle of graded inspections: the two cycles run side by side, and each ignores the
 * other's events. Throws {@link OfstedIlacsError} (`invalid-history` or `invalid-option`)
 * for a history or options that break the rules.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, expectedNextAreaSendInspection } from 'ofsted-ilacs';
 *
 * // Illustrative dates and outcome.
 * const history = createInspectionHistory({ name: 'Example' }, [
 *   {
 *     kind: 'area-send-inspection',
 *     onSite: { start: calendarDate('2023-06-12'), end: calendarDate('2023-06-16') },
 *     published: calendarDate('2023-08-04'),
 *     outcome: 'widespread-failings',
 *   },
 * ]);
 * if (history.ok) {
 *   const next = expectedNextAreaSendInspection(history.value);
 *   if (next.kind === 'expected') {
 *     for (const expected of next.expected) console.log(expected.rule, expected.by, expected.confirmed);
 *     // monitoring-after-widespread-failings 2024-12-12 false
 *     // full-after-widespread-failings 2026-06-12 false
 *   }
 * }
 * ```
 *
 * @category Inspection timeline
 */
export function expectedNextAreaSendInspection(
  history: InspectionHistory<FrameworkId | DefinedFramework>,
  options?: AreaSendNextOptions,
): AreaSendExpectation {
  const read = readOptions('expectedNextAreaSendInspection', options, AS_OF);
  history = readHistory('expectedNextAreaSendInspection', history, read.frameworks);
  const asOf = read.asOf;
  let basedOn: AreaSendInspection | undefined;
  let held: AreaSendMonitoringInspection | undefined;
  for (const event of history.events) {
    if (!known(event, asOf)) continue;
    if (event.kind === 'area-send-inspection') [basedOn, held] = [event, undefined];
    else if (event.kind === 'area-send-monitoring' && basedOn !== undefined) held = event;
  }
  if (basedOn === undefined) {
    return {
      kind: 'unknown',
      reason: 'No area SEND inspection is recorded, so no next area SEND inspection can be expected.',
    };
  }
  const inspection = basedOn;
  const when = describeEvent(inspection);
  const expected = NEXT[inspection.outcome].map(({ fact, ...next }): AreaSendExpected => {
    const { source, confirmed } = areaSendFact(fact);
    const by = shiftMonths(inspection.onSite.start, next.withinMonths);
    const what = next.inspection === 'area-send-monitoring' ? 'a monitoring inspection' : 'a full inspection';
    const since = next.inspection === 'area-send-monitoring' ? held : undefined;
    const heldWords = since === undefined ? '' : ` One was held: ${describeEvent(since)}.`;
    return {
      ...next,
      by,
      ...(since !== undefined && { held: since }),
      source,
      confirmed,
      reason: `Expected, not scheduled: ${when} ${FOUND[inspection.outcome]}; ${what} usually follows within about ${next.withinMonths} months, by about ${by} (${source}${confirmed ? '' : ', unconfirmed'}).${heldWords}`,
    };
  });
  return {
    kind: 'expected',
    basedOn: inspection,
    outcome: inspection.outcome,
    expected,
    reason: `Expected, not scheduled: ${when} ${FOUND[inspection.outcome]}. ${expected.map((e) => `${e.inspection === 'area-send-monitoring' ? 'A monitoring inspection' : 'A full inspection'} by about ${e.by}`).join('; ')}.`,
  };
}

const AS_OF = { asOf: dateOption, frameworks: frameworksProblem };
