import type { CalendarDate } from '../calendar/calendarDate.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import { type Problem, place, recordAt, textFieldProblem, wholeNumberProblem } from '../check/fields.js';
import { booleanOption, dateOption, readOptions, wholeNumberOption } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { FRAMEWORK_STRUCTURE, isKeyRole } from '../framework/frameworkStructure.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { compareJudgements, worstJudgement } from '../judgement/compareJudgements.js';
import { gradeProblem, isJudgement, type Judgement } from '../judgement/judgement.js';
import { deriveOverallEffectiveness } from '../overall/deriveOverallEffectiveness.js';
import { type Issue, issue } from '../result/result.js';
import { describeEvent } from './eventIssues.js';
import type { GradedInspection } from './inspectionEvent.js';
import { type InspectionHistory, latestGradedIn, readHistory } from './inspectionHistory.js';

/**
 * The route to a short inspection under the April 2026 arrangements: leaders at least
 * `leadersAtLeast` and at least `practiceAreasNeeded` of the three practice judgements
 * (help and protection, children in care, care leavers) at least `practiceAreasAtLeast`.
 * Read second-hand from Ofsted's summary of the framework changes and not confirmed, so
 * it is data a caller can replace (see {@link NextInspectionOptions.pathway}).
 *
 * @example
 * ```ts
 * import { ILACS_2026_SHORT_INSPECTION_PATHWAY, type ShortInspectionPathway } from 'ofsted-ilacs';
 *
 * const stricter: ShortInspectionPathway = { ...ILACS_2026_SHORT_INSPECTION_PATHWAY, practiceAreasNeeded: 3 };
 * console.log(stricter.confirmed); // false
 * ```
 *
 * @category Inspection timeline
 */
export interface ShortInspectionPathway {
  readonly leadersAtLeast: Judgement;
  readonly practiceAreasAtLeast: Judgement;
  readonly practiceAreasNeeded: number;
  /** Whether the rule was read in a primary source. */
  readonly confirmed: boolean;
  /** Where the rule comes from. */
  readonly source: string;
}

/**
 * The April 2026 route to a short inspection (with a focused visit before it): leaders
 * good or better and at least two of the three practice judgements good or better.
 * Unconfirmed: from Ofsted's summary of the framework changes, read second-hand. Frozen.
 *
 * @example
 * ```ts
 * import { ILACS_2026_SHORT_INSPECTION_PATHWAY } from 'ofsted-ilacs';
 *
 * console.log(ILACS_2026_SHORT_INSPECTION_PATHWAY.practiceAreasNeeded); // 2
 * ```
 *
 * @category Inspection timeline
 */
export const ILACS_2026_SHORT_INSPECTION_PATHWAY: ShortInspectionPathway = /* @__PURE__ */ Object.freeze({
  leadersAtLeast: 'good',
  practiceAreasAtLeast: 'good',
  practiceAreasNeeded: 2,
  confirmed: false,
  source: "Ofsted's summary of the changes to ILACS from April 2026, read second-hand",
});

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
 *
 * @category Inspection timeline
 */
export interface NextInspectionOptions {
  /** Consider only what was known on this date (see `latestGradedInspection`). */
  readonly asOf?: CalendarDate;
  /** Years from the last graded inspection to the centre of the window: a whole number from 1 to 10. Default 3. */
  readonly cycleYears?: number;
  /** Months either side of that anniversary: a whole number from 0 to 24. Default 6. */
  readonly windowMonths?: number;
  /** The route to a short inspection under `ilacs-2026`. Default {@link ILACS_2026_SHORT_INSPECTION_PATHWAY}. */
  readonly pathway?: ShortInspectionPathway;
  /** Frameworks of your own (`defineFramework`) that the history's outcomes may be under: the history is checked with them. */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * When the next graded inspection is expected, and of which kind. An expectation from
 * Ofsted's usual cycle, never a scheduled date.
 *
 * - `window`: a short inspection or a standard inspection, within `windowMonths` either
 *   side of the `cycleYears` anniversary of the last one's first day on site. Before
 *   2026 the kind follows the overall grade (`rule: 'overall-grade'`): good or
 *   outstanding gives a short inspection, requires improvement a standard one. Under
 *   `ilacs-2026`, which awards no overall grade, it follows the short-inspection pathway
 *   (`rule: 'ilacs-2026-pathway'`). `basisGrade` is the grade followed: the overall grade,
 *   or under the pathway the worst key area.
 * - `monitoring`: last judged inadequate (under `ilacs-2026`, any area inadequate); Ofsted
 *   monitors with visits and re-inspects with a standard inspection when it judges the
 *   time right, so there is no window.
 * - `unknown`: no graded inspection under Ofsted's frameworks is recorded; or the last
 *   one's first day on site is not known.
 *
 * Ofsted's cycle follows from Ofsted's inspections: an inspection under a framework of
 * your own (a council's self-review, a peer review) is not counted, so it never moves
 * the window. Where your framework stands in for one of Ofsted's that the library does
 * not yet ship, the expectation from the last built-in inspection may be out of date.
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
 * // "No graded inspection under Ofsted's frameworks is recorded, so no next inspection can be expected."
 * ```
 *
 * @category Inspection timeline
 */
export type NextInspectionExpectation =
  | {
      readonly kind: 'window';
      readonly inspection: 'short-inspection' | 'standard-inspection';
      readonly from: CalendarDate;
      readonly to: CalendarDate;
      readonly basedOn: GradedInspection;
      readonly basisGrade: Judgement;
      readonly rule: 'overall-grade' | 'ilacs-2026-pathway';
      readonly reason: string;
    }
  | {
      readonly kind: 'monitoring';
      readonly inspection: 'standard-inspection';
      readonly basedOn: GradedInspection;
      readonly basisGrade: 'inadequate';
      readonly reason: string;
    }
  | {
      readonly kind: 'unknown';
      /** The inspection it would count from, where its first day on site is not known. */
      readonly basedOn?: GradedInspection;
      readonly reason: string;
    };

const PRACTICE_AREAS = ['helpAndProtection', 'childrenInCare', 'careLeavers'] as const;

function pathwayProblem(value: unknown, name: string): Problem | undefined {
  const issues = pathwayIssues(value);
  const first = issues[0];
  return first === undefined
    ? undefined
    : {
        code: first.code,
        message: `${name}: ${issues.map((found) => `${found.path.join('.')}: ${found.message}`).join(' ')}`,
        params: { ...first.params, field: [name, ...first.path].join('.') },
      };
}

function pathwayIssues(value: unknown): Issue[] {
  const issues: Issue[] = [];
  const pathway = recordAt(issues, value, [], 'a pathway', [
    'leadersAtLeast',
    'practiceAreasAtLeast',
    'practiceAreasNeeded',
    'confirmed',
    'source',
  ]);
  if (pathway === undefined) return issues;
  place(issues, ['leadersAtLeast'], gradeProblem(pathway.leadersAtLeast, 'leadersAtLeast'));
  place(issues, ['practiceAreasAtLeast'], gradeProblem(pathway.practiceAreasAtLeast, 'practiceAreasAtLeast'));
  place(issues, ['practiceAreasNeeded'], wholeNumberProblem(pathway.practiceAreasNeeded, 'practiceAreasNeeded', 0, 3));
  if (typeof pathway.confirmed !== 'boolean') {
    issues.push(
      issue(
        ['confirmed'],
        'invalid-type',
        'confirmed must be true or false.',
        booleanOption(pathway.confirmed, 'confirmed')?.params ?? { field: 'confirmed' },
      ),
    );
  }
  place(issues, ['source'], textFieldProblem(pathway.source, 'source'));
  return issues;
}

const NEXT_OPTIONS = {
  asOf: dateOption,
  cycleYears: wholeNumberOption(1, 10),
  windowMonths: wholeNumberOption(0, 24),
  pathway: pathwayProblem,
  frameworks: frameworksProblem,
};

/** The grade the cycle follows before 2026: awarded overall, else derived, else the worst key area. */
function basisOf(inspection: GradedInspection): { grade: Judgement; source: string } | undefined {
  const { outcome } = inspection;
  if ('awardedOverall' in outcome && outcome.awardedOverall !== undefined) {
    return { grade: outcome.awardedOverall, source: 'judged' };
  }
  const derived = deriveOverallEffectiveness(outcome);
  if (derived.grade !== undefined) return { grade: derived.grade, source: 'derived as' };
  const worst = worstKeyArea(inspection);
  return worst === undefined ? undefined : { grade: worst, source: 'with its worst area' };
}

function keyGrades(inspection: GradedInspection): Readonly<Record<string, unknown>> {
  return inspection.outcome.judgements as Readonly<Record<string, unknown>>;
}

function worstKeyArea(inspection: GradedInspection): Judgement | undefined {
  const judgements = keyGrades(inspection);
  const structure = FRAMEWORK_STRUCTURE[inspection.outcome.framework];
  return worstJudgement(
    structure.areas
      .filter((area) => isKeyRole(structure, area.role))
      .map((area) => judgements[area.id])
      .filter(isJudgement),
  );
}

/** How an ilacs-2026 outcome meets the pathway: the kind of inspection, and why. */
function byPathway(inspection: GradedInspection, pathway: ShortInspectionPathway) {
  const judgements = keyGrades(inspection);
  const atLeast = (grade: unknown, bar: Judgement) => isJudgement(grade) && compareJudgements(grade, bar) <= 0;
  const leaders = judgements.leaders;
  const met = PRACTICE_AREAS.filter((area) => atLeast(judgements[area], pathway.practiceAreasAtLeast));
  const short = atLeast(leaders, pathway.leadersAtLeast) && met.length >= pathway.practiceAreasNeeded;
  const grades = PRACTICE_AREAS.map((area) => `${area} ${String(judgements[area])}`).join(', ');
  return {
    inspection: short ? ('short-inspection' as const) : ('standard-inspection' as const),
    why: `leaders were ${String(leaders)} and ${met.length} of 3 practice judgements were ${pathway.practiceAreasAtLeast} or better (${grades}); a short inspection needs leaders ${pathway.leadersAtLeast} or better and ${pathway.practiceAreasNeeded} of 3 practice judgements ${pathway.practiceAreasAtLeast} or better (${pathway.confirmed ? '' : 'unconfirmed: '}${pathway.source})`,
  };
}

/**
 * When the next graded inspection is expected, from the last graded inspection and
 * Ofsted's usual cycle (see {@link NextInspectionExpectation}). The result is labelled an
 * expectation: Ofsted sets the date. Throws {@link OfstedIlacsError} (`invalid-history`
 * or `invalid-option`) for a history or options that break the rules.
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
 *
 * @category Inspection timeline
 */
export function expectedNextInspection<F extends FrameworkId | DefinedFramework = FrameworkId>(
  history: InspectionHistory<F>,
  options?: NextInspectionOptions,
): NextInspectionExpectation {
  options = readOptions('expectedNextInspection', options, NEXT_OPTIONS);
  // Ofsted's cycle follows from Ofsted's inspections: one under a framework of the caller's does not move it.
  const read = readHistory('expectedNextInspection', history, options.frameworks);
  return fromBuiltIn(latestGradedIn(read, options.asOf, true) as GradedInspection | undefined, options);
}

/** What is expected from the last graded inspection under a built-in framework, if any. */
function fromBuiltIn(basedOn: GradedInspection | undefined, options: NextInspectionOptions): NextInspectionExpectation {
  const basis = basedOn === undefined ? undefined : basisOf(basedOn);
  if (basedOn === undefined || basis === undefined) {
    return {
      kind: 'unknown',
      reason: "No graded inspection under Ofsted's frameworks is recorded, so no next inspection can be expected.",
    };
  }
  const when = describeEvent(basedOn);
  const pathway =
    basedOn.outcome.framework === 'ilacs-2026' ? (options?.pathway ?? ILACS_2026_SHORT_INSPECTION_PATHWAY) : undefined;
  if (basis.grade === 'inadequate') {
    return {
      kind: 'monitoring',
      inspection: 'standard-inspection',
      basedOn,
      basisGrade: 'inadequate',
      reason: `Expected, not scheduled: ${when} was ${basis.source} inadequate, so Ofsted monitors with visits and re-inspects with a standard inspection when it judges the time right.`,
    };
  }
  const firstDay = basedOn.onSite?.start;
  if (firstDay === undefined) {
    return {
      kind: 'unknown',
      basedOn,
      reason: `The cycle counts from the first day on site of ${when}, which its source does not give (Ofsted published no days on site for SIF inspections), so no window can be expected: add onSite.start where it is known.`,
    };
  }
  const cycleYears = options?.cycleYears ?? 3;
  const windowMonths = options?.windowMonths ?? 6;
  const anniversary = shiftMonths(firstDay, cycleYears * 12);
  const from = shiftMonths(anniversary, -windowMonths);
  const to = shiftMonths(anniversary, windowMonths);
  const window = `within ${windowMonths} months either side of ${anniversary}`;
  if (pathway !== undefined) {
    const { inspection, why } = byPathway(basedOn, pathway);
    return {
      kind: 'window',
      inspection,
      from,
      to,
      basedOn,
      basisGrade: basis.grade,
      rule: 'ilacs-2026-pathway',
      reason: `Expected, not scheduled: at ${when}, under ilacs-2026, ${why}. So a ${inspection.replace('-', ' ')}${inspection === 'short-inspection' ? ', with a focused visit before it,' : ''} is usual ${window}.`,
    };
  }
  const inspection = basis.grade === 'requires-improvement' ? 'standard-inspection' : 'short-inspection';
  return {
    kind: 'window',
    inspection,
    from,
    to,
    basedOn,
    basisGrade: basis.grade,
    rule: 'overall-grade',
    reason: `Expected, not scheduled: ${when} was ${basis.source} ${basis.grade}, so a ${inspection.replace('-', ' ')} is usual ${window}.`,
  };
}
