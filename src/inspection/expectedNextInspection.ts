import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import { FRAMEWORKS } from '../framework/frameworks.js';
import { worstJudgement } from '../judgement/compareJudgements.js';
import { isJudgement, type Judgement } from '../judgement/judgement.js';
import { deriveOverallEffectiveness } from '../overall/deriveOverallEffectiveness.js';
import type { GradedInspection } from './inspectionEvent.js';
import { type InspectionHistory, latestGradedInspection } from './inspectionHistory.js';

/**
 * Options of {@link expectedNextInspection}: the cycle Ofsted usually follows, which a
 * caller can change.
 *
 * @example
 * ```ts
 * import { calendarDate, type NextInspectionOptions } from 'ofsted-ilacs';
 *
 * const options: NextInspectionOptions = { asOf: calendarDate('2026-11-24'), cycleYears: 3, windowMonths: 6 };
 * console.log(options.cycleYears);
 * ```
 */
export interface NextInspectionOptions {
  /** Consider only what was known on this date (see `latestGradedInspection`). */
  readonly asOf?: CalendarDate;
  /** Years from the last graded inspection to the centre of the window. Default 3. */
  readonly cycleYears?: number;
  /** Months either side of that anniversary. Default 6. */
  readonly windowMonths?: number;
}

/**
 * When the next graded inspection is expected, and of which kind. An expectation from
 * Ofsted's usual cycle, never a scheduled date.
 *
 * - `window`: a short inspection (last judged good or outstanding) or a standard
 *   inspection (last judged requires improvement), within `windowMonths` either side of
 *   the `cycleYears` anniversary of the last one's first day on site.
 * - `monitoring`: last judged inadequate; Ofsted monitors with visits and re-inspects with
 *   a standard inspection when it judges the time right, so there is no window.
 * - `unknown`: no graded inspection is recorded.
 *
 * @example
 * ```ts
 * import { createInspectionHistory, expectedNextInspection, type NextInspectionExpectation } from 'ofsted-ilacs';
 *
 * function show(expectation: NextInspectionExpectation): string {
 *   return expectation.kind === 'window' ? `${expectation.inspection} ${expectation.from} to ${expectation.to}` : expectation.reason;
 * }
 * const history = createInspectionHistory({ name: 'Example' }, []);
 * if (history.ok) console.log(show(expectedNextInspection(history.value)));
 * // 'No graded inspection is recorded, so no next inspection can be expected.'
 * ```
 */
export type NextInspectionExpectation =
  | {
      readonly kind: 'window';
      readonly inspection: 'short-inspection' | 'standard-inspection';
      readonly from: CalendarDate;
      readonly to: CalendarDate;
      readonly basedOn: GradedInspection;
      readonly basisGrade: Judgement;
      readonly reason: string;
    }
  | {
      readonly kind: 'monitoring';
      readonly inspection: 'standard-inspection';
      readonly basedOn: GradedInspection;
      readonly basisGrade: 'inadequate';
      readonly reason: string;
    }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The grade the cycle follows: awarded overall, else derived, else the worst area. */
function basisOf(inspection: GradedInspection): { grade: Judgement; source: string } | undefined {
  const { outcome } = inspection;
  if ('awardedOverall' in outcome && outcome.awardedOverall !== undefined) {
    return { grade: outcome.awardedOverall, source: 'judged' };
  }
  const derived = deriveOverallEffectiveness(outcome);
  if (derived.grade !== undefined) return { grade: derived.grade, source: 'derived as' };
  const worst = worstJudgement(
    FRAMEWORKS[outcome.framework].areas
      .filter((area) => area.role === 'key')
      .map((area) => (outcome.judgements as Readonly<Record<string, unknown>>)[area.id])
      .filter(isJudgement),
  );
  return worst === undefined ? undefined : { grade: worst, source: 'with its worst area' };
}

/**
 * When the next graded inspection is expected, from the last graded inspection and
 * Ofsted's usual cycle (see {@link NextInspectionExpectation}). The result is labelled an
 * expectation: Ofsted sets the date.
 *
 * @example
 * ```ts
 * import { calendarDate, createInspectionHistory, expectedNextInspection } from 'ofsted-ilacs';
 *
 * const history = createInspectionHistory({ name: 'Kingston upon Hull' }, [
 *   {
 *     kind: 'standard-inspection',
 *     onSite: { start: calendarDate('2026-03-02'), end: calendarDate('2026-03-13') },
 *     published: calendarDate('2026-05-18'),
 *     outcome: {
 *       framework: 'ilacs-2023',
 *       judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
 *       awardedOverall: 'good',
 *     },
 *   },
 * ]);
 * if (history.ok) {
 *   const next = expectedNextInspection(history.value);
 *   if (next.kind === 'window') console.log(next.inspection, next.from, next.to); // 'short-inspection' '2028-09-02' '2029-09-02'
 * }
 * ```
 */
export function expectedNextInspection(
  history: InspectionHistory,
  options: NextInspectionOptions = {},
): NextInspectionExpectation {
  const basedOn = latestGradedInspection(history, options.asOf === undefined ? {} : { asOf: options.asOf });
  const basis = basedOn === undefined ? undefined : basisOf(basedOn);
  if (basedOn === undefined || basis === undefined) {
    return { kind: 'unknown', reason: 'No graded inspection is recorded, so no next inspection can be expected.' };
  }
  const when = `the ${basedOn.kind.replace('-', ' ')} starting ${basedOn.onSite.start}`;
  if (basis.grade === 'inadequate') {
    return {
      kind: 'monitoring',
      inspection: 'standard-inspection',
      basedOn,
      basisGrade: 'inadequate',
      reason: `Expected, not scheduled: ${when} was ${basis.source} inadequate, so Ofsted monitors with visits and re-inspects with a standard inspection when it judges the time right.`,
    };
  }
  const cycleYears = options.cycleYears ?? 3;
  const windowMonths = options.windowMonths ?? 6;
  const anniversary = shiftMonths(basedOn.onSite.start, cycleYears * 12);
  const inspection = basis.grade === 'requires-improvement' ? 'standard-inspection' : 'short-inspection';
  const from = shiftMonths(anniversary, -windowMonths);
  const to = shiftMonths(anniversary, windowMonths);
  return {
    kind: 'window',
    inspection,
    from,
    to,
    basedOn,
    basisGrade: basis.grade,
    reason: `Expected, not scheduled: ${when} was ${basis.source} ${basis.grade}, so a ${inspection.replace('-', ' ')} is usual within ${windowMonths} months either side of ${anniversary}.`,
  };
}
