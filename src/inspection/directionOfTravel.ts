import type { Framework } from '../framework/framework.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { compareJudgements } from '../judgement/compareJudgements.js';
import { isJudgement, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { checkOutcome } from '../outcome/outcomeIssues.js';

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
export interface JudgementChange {
  /** The area id in the later framework, or `'overall'`. */
  readonly area: string;
  /** The area id it was compared with in the earlier framework, if any. */
  readonly comparedWith?: string;
  readonly from?: AreaJudgement;
  readonly to?: AreaJudgement;
  readonly direction: Direction;
  /** Grades moved: positive when improved, negative when declined, 0 when unchanged. */
  readonly steps?: number;
  /** A sentence saying what was compared, and any caveat. */
  readonly reason: string;
}

/**
 * What {@link directionOfTravel} returns.
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
export interface TravelReport {
  readonly from: FrameworkId;
  readonly to: FrameworkId;
  /** Overall effectiveness, compared where both inspections awarded one. */
  readonly overall: JudgementChange;
  /** Each area of the later inspection, in its framework's order. */
  readonly areas: readonly JudgementChange[];
  /** Areas of the earlier inspection that nothing in the later one corresponds to. */
  readonly unmatched: readonly string[];
}

/** The chain of correspondences from an area of `later` back to `earlier`, or undefined. */
function counterpart(
  earlier: Framework,
  later: Framework,
  areaId: string,
): { area: string; notes: string[] } | undefined {
  let framework = later;
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

function missingOverall(outcome: InspectionOutcome, which: 'earlier' | 'later'): string {
  return FRAMEWORKS[outcome.framework].hasOverallEffectiveness
    ? `no overall grade is recorded for the ${which} inspection`
    : `${outcome.framework} awards no overall grade`;
}

function compare(
  area: string,
  comparedWith: string | undefined,
  from: AreaJudgement | undefined,
  to: AreaJudgement | undefined,
  caveat: string,
): JudgementChange {
  const base = {
    area,
    ...(comparedWith !== undefined && { comparedWith }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  };
  if (!isJudgement(from) || !isJudgement(to)) {
    const missing = !isJudgement(to) ? 'the later inspection' : 'the earlier inspection';
    return { ...base, direction: 'not-comparable', reason: `${area}: not graded in ${missing}${caveat}.` };
  }
  const steps = compareJudgements(from as Judgement, to as Judgement);
  const direction: Direction = steps > 0 ? 'improved' : steps < 0 ? 'declined' : 'unchanged';
  return { ...base, direction, steps, reason: `${area}: ${from} to ${to}, ${direction}${caveat}.` };
}

/**
 * How each judgement moved between an earlier and a later inspection, across a change
 * of framework where the areas correspond (each framework's `predecessor` says which do,
 * and how they differ), and saying so where they do not. Throws
 * {@link OfstedIlacsError} (`invalid-outcome`) when either outcome breaks its framework.
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
 * @category Inspection timeline
 */
export function directionOfTravel(earlier: InspectionOutcome, later: InspectionOutcome): TravelReport {
  checkOutcome('directionOfTravel', 'earlier', earlier);
  checkOutcome('directionOfTravel', 'later', later);
  const from: Framework = FRAMEWORKS[earlier.framework];
  const to: Framework = FRAMEWORKS[later.framework];
  const earlierJudgements = earlier.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
  const laterJudgements = later.judgements as Readonly<Record<string, AreaJudgement | undefined>>;
  const matched = new Set<string>();

  const areas = to.areas
    .filter((area) => laterJudgements[area.id] !== undefined)
    .map((area) => {
      const found = counterpart(from, to, area.id);
      if (found === undefined) {
        return {
          area: area.id,
          to: laterJudgements[area.id],
          direction: 'not-comparable' as const,
          reason: `${area.id}: nothing in ${from.id} corresponds to it.`,
        };
      }
      matched.add(found.area);
      const caveat = found.notes.length > 0 ? ` (${found.notes.join('; ')})` : '';
      return compare(
        area.id,
        found.area === area.id ? undefined : found.area,
        earlierJudgements[found.area],
        laterJudgements[area.id],
        caveat,
      );
    });

  const earlierOverall = 'awardedOverall' in earlier ? earlier.awardedOverall : undefined;
  const laterOverall = 'awardedOverall' in later ? later.awardedOverall : undefined;
  const gaps = [
    earlierOverall === undefined ? missingOverall(earlier, 'earlier') : undefined,
    laterOverall === undefined ? missingOverall(later, 'later') : undefined,
  ].filter((gap) => gap !== undefined);
  const overall: JudgementChange =
    gaps.length > 0
      ? {
          area: 'overall',
          ...(earlierOverall !== undefined && { from: earlierOverall }),
          ...(laterOverall !== undefined && { to: laterOverall }),
          direction: 'not-comparable',
          reason: `overall: ${gaps.join(', and ')}.`,
        }
      : compare('overall', undefined, earlierOverall, laterOverall, '');

  const unmatched = from.areas
    .filter((area) => earlierJudgements[area.id] !== undefined && !matched.has(area.id))
    .map((area) => area.id);
  return { from: from.id as FrameworkId, to: to.id as FrameworkId, overall, areas, unmatched };
}
