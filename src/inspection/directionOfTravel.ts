import { readOptions, refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { behaviourOf, definedFrameworkOf, frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOutcome, GradeOf } from '../defined/definedFramework.js';
import type { Framework } from '../framework/framework.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues, outcomeCode } from '../outcome/outcomeIssues.js';
import type { Issue } from '../result/result.js';
import { withDefineHint } from './inspectionHistory.js';

/**
 * Which way a judgement moved between two inspections.
 *
 * @example
 * ```ts
 * import type { Direction } from 'ofsted-ilacs';
 *
 * const direction: Direction = 'improved';
 * console.log(direction);
 * ```
 *
 * @category Inspection timeline
 */
export type Direction = 'improved' | 'declined' | 'unchanged' | 'not-comparable';

/**
 * How one judgement of the later inspection compares with its counterpart in the earlier.
 * `G` is the grades it may hold: Ofsted's by default, or also those of your own scales
 * (as {@link directionOfTravel} gives when passed `frameworks`).
 *
 * @example
 * ```ts
 * import { directionOfTravel, type JudgementChange } from 'ofsted-ilacs';
 *
 * const change: JudgementChange | undefined = directionOfTravel(
 *   { framework: 'ilacs-2018', judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' } },
 *   { framework: 'ilacs-2018', judgements: { leaders: 'requires-improvement', helpAndProtection: 'requires-improvement', childrenInCareAndCareLeavers: 'good' } },
 * ).areas[1];
 * console.log(change?.direction, change?.steps); // 'improved' 1
 * ```
 *
 * @category Inspection timeline
 */
export interface JudgementChange<G extends string = AreaJudgement> {
  /** The area id in the later framework, or `'overall'`. */
  readonly area: string;
  /** The area id it was compared with in the earlier framework, if any. */
  readonly comparedWith?: string;
  /** The earlier grade: Ofsted's, or, under a framework of your own, one of its scale's (or `'not-judged'`). */
  readonly from?: G;
  /** The later grade, likewise. */
  readonly to?: G;
  readonly direction: Direction;
  /** Grades moved: positive when improved, negative when declined, 0 when unchanged. */
  readonly steps?: number;
  /** A sentence saying what was compared, and any caveat. */
  readonly reason: string;
}

/**
 * What {@link directionOfTravel} returns. `Id` and `G` are the frameworks and grades it
 * may name: Ofsted's by default, or also yours (as `directionOfTravel` gives when passed
 * `frameworks`).
 *
 * @example
 * ```ts
 * import { directionOfTravel, type TravelReport } from 'ofsted-ilacs';
 *
 * const report: TravelReport = directionOfTravel(
 *   { framework: 'ilacs-2023', judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' } },
 *   { framework: 'ilacs-2026', judgements: { leaders: 'good', helpAndProtection: 'outstanding', childrenInCare: 'good', careLeavers: 'good' } },
 * );
 * console.log(report.overall.direction); // 'not-comparable': ilacs-2026 has no overall grade
 * ```
 *
 * @category Inspection timeline
 */
export interface TravelReport<Id extends string = FrameworkId, G extends string = AreaJudgement> {
  /** The earlier inspection's framework: a built-in one, or one of yours. */
  readonly from: Id;
  /** The later inspection's framework. */
  readonly to: Id;
  /** Overall effectiveness, compared where both inspections awarded one on the same scale. */
  readonly overall: JudgementChange<G>;
  /** Each area of the later inspection, in its framework's order. */
  readonly areas: readonly JudgementChange<G>[];
  /** Areas of the earlier inspection that nothing in the later one corresponds to. */
  readonly unmatched: readonly string[];
}

/** The function's name, as its refusals give it. */
const FN = 'directionOfTravel';

/** The options of {@link directionOfTravel}: the caller's frameworks. */
const TRAVEL_OPTIONS = { frameworks: frameworksProblem };

/**
 * One side of the comparison, read once: an outcome's framework (a built-in one, or the
 * caller's `defined`), its areas, whether it awards an overall grade, its grades best first
 * and each grade in a reason's words, and what the outcome holds.
 */
interface Side {
  readonly id: string;
  readonly builtIn?: Framework;
  readonly defined?: DefinedFramework;
  readonly areaIds: readonly string[];
  readonly awardsOverall: boolean;
  readonly grades: readonly string[];
  readonly words: (grade: string) => string;
  readonly judgements: Readonly<Record<string, string | undefined>>;
  readonly overall: string | undefined;
}

/** The issues of an outcome refused, placed at the argument that holds it. */
function placed(name: string, issues: readonly Issue[]): Issue[] {
  return issues.map((found) => ({ ...found, path: [name, ...found.path] }));
}

/**
 * An outcome read once, into the library's copy, and checked: by the built-in check, or
 * with the caller's `frameworks` by what `defineFramework` attached to them (a built-in
 * outcome too). Throws `invalid-outcome` with every issue, an unknown framework's saying
 * how to pass one of one's own.
 */
function readSide(name: 'earlier' | 'later', outcome: unknown, frameworks: readonly DefinedFramework[] | undefined) {
  const behaviour = behaviourOf(frameworks);
  if (behaviour === undefined) {
    const copy = readCopy(FN, name, outcome, 'invalid-outcome') as Readonly<Record<string, unknown>>;
    if (outcomeCode(copy) < 0) {
      throw refusal('invalid-outcome', FN, placed(name, withDefineHint([...findOutcomeIssues(copy)])));
    }
    return sideOf(copy, undefined);
  }
  const seen = behaviour.read(outcome, frameworks as readonly DefinedFramework[]);
  if (seen.issues.length > 0 || seen.copy === undefined) {
    throw refusal('invalid-outcome', FN, placed(name, seen.issues.length > 0 ? seen.issues : [unreadable()]));
  }
  return sideOf(seen.copy, seen.defined ? definedFrameworkOf(frameworks, seen.copy.framework) : undefined);
}

/** The side of an outcome the library has read and checked: under `defined`, or a built-in framework. */
function sideOf(outcome: Readonly<Record<string, unknown>>, defined: DefinedFramework | undefined): Side {
  const judgements = outcome.judgements as Readonly<Record<string, string | undefined>>;
  const overall = outcome.awardedOverall as string | undefined;
  if (defined !== undefined) {
    const labels = defined.scale.labels as Readonly<Record<string, string>>;
    return {
      id: defined.id,
      defined,
      areaIds: defined.areas.map((area) => area.id),
      awardsOverall: defined.overall.awarded,
      grades: defined.scale.grades,
      words: (grade) => labels[grade] ?? grade,
      judgements,
      overall,
    };
  }
  const builtIn: Framework = FRAMEWORKS[outcome.framework as FrameworkId];
  return {
    id: builtIn.id,
    builtIn,
    areaIds: builtIn.areas.map((area) => area.id),
    awardsOverall: builtIn.hasOverallEffectiveness,
    grades: JUDGEMENTS,
    words: (grade) => grade,
    judgements,
    overall,
  };
}

/**
 * The area of `earlier` that an area of `later` is compared with, and the notes on the
 * way: under one framework of the caller's, the area itself; across built-in frameworks,
 * the chain of each framework's `predecessor`; otherwise none (a framework of the
 * caller's says nothing of how its areas correspond to another's).
 */
function counterpart(earlier: Side, later: Side, areaId: string): { area: string; notes: string[] } | undefined {
  if (earlier.defined !== undefined || later.defined !== undefined) {
    return earlier.defined === later.defined ? { area: areaId, notes: [] } : undefined;
  }
  let framework = later.builtIn as Framework;
  let area = areaId;
  const notes: string[] = [];
  while (framework.id !== earlier.id) {
    const step = framework.predecessor?.areas[area];
    if (framework.predecessor === undefined || step === undefined) return undefined;
    if (step.note !== undefined) notes.push(step.note);
    area = step.area;
    framework = FRAMEWORKS[framework.predecessor.framework as FrameworkId];
  }
  return { area, notes };
}

function missingOverall(side: Side, which: 'earlier' | 'later'): string {
  return side.awardsOverall
    ? `no overall grade is recorded for the ${which} inspection`
    : `${side.id} awards no overall grade`;
}

/** Two grades compared on one scale (`scale`'s grades and words), or why they cannot be. */
function compare(
  area: string,
  comparedWith: string | undefined,
  from: string | undefined,
  to: string | undefined,
  caveat: string,
  scale: Side,
): JudgementChange<string> {
  const base = {
    area,
    ...(comparedWith !== undefined && { comparedWith }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
  const [fromRank, toRank] = [from, to].map((grade) => (grade === undefined ? -1 : scale.grades.indexOf(grade)));
  if (fromRank === undefined || toRank === undefined || fromRank < 0 || toRank < 0) {
    const missing = toRank === undefined || toRank < 0 ? 'the later inspection' : 'the earlier inspection';
    return { ...base, direction: 'not-comparable', reason: `${area}: not graded in ${missing}${caveat}.` };
  }
  const steps = fromRank - toRank;
  const direction: Direction = steps > 0 ? 'improved' : steps < 0 ? 'declined' : 'unchanged';
  const words = `${scale.words(from as string)} to ${scale.words(to as string)}`;
  return { ...base, direction, steps, reason: `${area}: ${words}, ${direction}${caveat}.` };
}

/** One area of the later inspection against its counterpart, noting the earlier area it matched. */
function areaChange(earlier: Side, later: Side, areaId: string, matched: Set<string>): JudgementChange<string> {
  const found = counterpart(earlier, later, areaId);
  const to = later.judgements[areaId];
  if (found === undefined) {
    return {
      area: areaId,
      ...(to !== undefined && { to }),
      direction: 'not-comparable',
      reason: `${areaId}: nothing in ${earlier.id} corresponds to it.`,
    };
  }
  matched.add(found.area);
  const caveat = found.notes.length > 0 ? ` (${found.notes.join('; ')})` : '';
  const comparedWith = found.area === areaId ? undefined : found.area;
  return compare(areaId, comparedWith, earlier.judgements[found.area], to, caveat, later);
}

/**
 * Overall effectiveness compared where both inspections awarded a grade on one scale:
 * Ofsted's, under built-in frameworks; a framework of the caller's, only with itself.
 */
function overallChange(earlier: Side, later: Side): JudgementChange<string> {
  const [from, to] = [earlier.overall, later.overall];
  const gaps = [
    from === undefined ? missingOverall(earlier, 'earlier') : undefined,
    to === undefined ? missingOverall(later, 'later') : undefined,
  ].filter((gap) => gap !== undefined);
  if (gaps.length === 0 && earlier.defined !== later.defined) {
    gaps.push(`${earlier.id} and ${later.id} grade on different scales`);
  }
  if (gaps.length === 0) return compare('overall', undefined, from, to, '', later);
  return {
    area: 'overall',
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    direction: 'not-comparable',
    reason: `overall: ${gaps.join(', and ')}.`,
  };
}

/**
 * How each judgement moved between an earlier and a later inspection, across a change
 * of framework where the areas correspond (each framework's `predecessor` says which do,
 * and how they differ), and saying so where they do not. Reads each outcome once, into a
 * copy of its own, and never changes what it is given. Throws {@link OfstedIlacsError}
 * (`invalid-outcome`) when either outcome breaks its framework, and (`invalid-option`)
 * for options it cannot read.
 *
 * With `frameworks` (made by `defineFramework`), an outcome under one of them is read by
 * it. Two outcomes under the same framework of yours are compared area by area by its
 * scale's order, best first (`steps` counts the grades moved), and the reasons give its
 * labels; overall effectiveness is compared where the framework awards it. Outcomes under
 * different frameworks where one is yours (yours and a built-in one, or two of yours) are
 * `'not-comparable'` in every area and overall: a framework of yours has no `predecessor`
 * saying how its areas correspond to another's, and its scale is not Ofsted's, so no grade
 * is mapped to another; the earlier areas are `unmatched`. Across built-in frameworks the
 * rules are as before. Without `frameworks`, an outcome under a framework of yours is
 * refused (`unknown-framework`), with a hint to pass it.
 *
 * @example
 * ```ts
 * import { directionOfTravel } from 'ofsted-ilacs';
 *
 * const hull2022 = {
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'requires-improvement', childrenInCareAndCareLeavers: 'good' },
 *   awardedOverall: 'requires-improvement',
 * } as const;
 * const hull2026 = {
 *   framework: 'ilacs-2023',
 *   judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
 *   awardedOverall: 'good',
 * } as const;
 * for (const change of directionOfTravel(hull2022, hull2026).areas) console.log(change.reason);
 * // leaders: requires-improvement to outstanding, improved.
 * // helpAndProtection: requires-improvement to good, improved.
 * // childrenInCare: good to good, unchanged (compared with the 2018 judgement of children in care and care leavers together).
 * // careLeavers: good to outstanding, improved (compared with the 2018 judgement of children in care and care leavers together).
 * ```
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, directionOfTravel } from 'ofsted-ilacs';
 *
 * const scale = defineScale({
 *   id: 'report-card-5',
 *   grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
 *   labels: { exceptional: 'Exceptional', strong: 'Strong standard', expected: 'Expected standard', 'needs-attention': 'Needs attention', 'urgent-improvement': 'Urgent improvement' },
 * });
 * const review = defineFramework({
 *   id: 'peer-review-2027',
 *   title: 'Peer review',
 *   scale,
 *   inForce: { from: '2027-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }, { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false }],
 *   overall: { awarded: true },
 * });
 * const report = directionOfTravel(
 *   { framework: 'peer-review-2027', judgements: { frontDoor: 'needs-attention' }, awardedOverall: 'needs-attention' },
 *   { framework: 'peer-review-2027', judgements: { frontDoor: 'strong', careLeavers: 'expected' }, awardedOverall: 'expected' },
 *   { frameworks: [review] },
 * );
 * for (const change of [report.overall, ...report.areas]) console.log(change.direction, change.steps, change.reason);
 * // improved 1 overall: Needs attention to Expected standard, improved.
 * // improved 2 frontDoor: Needs attention to Strong standard, improved.
 * // not-comparable undefined careLeavers: not graded in the earlier inspection.
 * ```
 *
 * @category Inspection timeline
 */
export function directionOfTravel<const F extends DefinedFramework>(
  earlier: InspectionOutcome | DefinedOutcome<F>,
  later: InspectionOutcome | DefinedOutcome<F>,
  options: { readonly frameworks: readonly F[] },
): TravelReport<FrameworkId | F['id'], AreaJudgement | GradeOf<F>>;
export function directionOfTravel(
  earlier: InspectionOutcome,
  later: InspectionOutcome,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): TravelReport;
export function directionOfTravel(
  earlier: InspectionOutcome | DefinedOutcome,
  later: InspectionOutcome | DefinedOutcome,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): TravelReport<string, string> {
  const { frameworks } = readOptions(FN, options, TRAVEL_OPTIONS);
  const from = readSide('earlier', earlier, frameworks);
  const to = readSide('later', later, frameworks);
  const matched = new Set<string>();
  const areas = to.areaIds
    .filter((area) => to.judgements[area] !== undefined)
    .map((area) => areaChange(from, to, area, matched));
  const unmatched = from.areaIds.filter((area) => from.judgements[area] !== undefined && !matched.has(area));
  return { from: from.id, to: to.id, overall: overallChange(from, to), areas, unmatched };
}
