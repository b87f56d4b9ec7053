import type { LimitingRule } from '../framework/framework.js';
import { type AreaId, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import type { Judgement } from '../judgement/judgement.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import type { Issue } from '../result/result.js';
import type { DerivedOverall, IndicativeOverall, LimitedOverall } from './derivedOverall.js';
import {
  deriveOverallEffectiveness,
  describeRule,
  gradedKeyAreas,
  listWords,
  type OverallOptions,
} from './deriveOverallEffectiveness.js';

/**
 * The awarded grade agrees with the limiting rule: inadequate where an area the rule
 * counts is inadequate, and not inadequate otherwise. `matchesIndicative` says whether it
 * also equals the indicative median (a difference there is an inspector's judgement, not
 * a departure).
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'requires-improvement', childrenInCareAndCareLeavers: 'good' },
 *   awardedOverall: 'requires-improvement',
 * });
 * if (check.kind === 'consistent') console.log(check.matchesIndicative); // true
 * ```
 */
export interface ConsistentOverall<F extends FrameworkId = FrameworkId> {
  readonly kind: 'consistent';
  readonly awarded: Judgement;
  readonly derived: LimitedOverall<F> | IndicativeOverall<F>;
  readonly matchesIndicative: boolean;
  readonly reason: string;
}

/**
 * How an awarded grade departs from the limiting rule.
 *
 * - `'limiting-area-not-applied'`: an area the rule counts is inadequate, but overall was
 *   not (four ILACS inspections where only leaders was inadequate).
 * - `'inadequate-without-limiting-area'`: overall is inadequate, but no area the rule
 *   counts is.
 *
 * @example
 * ```ts
 * import type { DepartureKind } from 'ofsted-ilacs';
 *
 * const departure: DepartureKind = 'limiting-area-not-applied';
 * console.log(departure);
 * ```
 */
export type DepartureKind = 'limiting-area-not-applied' | 'inadequate-without-limiting-area';

/**
 * The awarded grade departs from the limiting rule. The awarded grade is kept as it is:
 * this reports, it never corrects. `decidingAreas` are the inadequate areas concerned.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * // Slough, 2023: leaders inadequate, overall requires improvement.
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2023',
 *   judgements: { leaders: 'inadequate', helpAndProtection: 'requires-improvement', childrenInCare: 'requires-improvement', careLeavers: 'requires-improvement' },
 *   awardedOverall: 'requires-improvement',
 * });
 * if (check.kind === 'departure') console.log(check.departure, check.decidingAreas); // 'limiting-area-not-applied' ['leaders']
 * ```
 */
export interface OverallDeparture<F extends FrameworkId = FrameworkId> {
  readonly kind: 'departure';
  readonly awarded: Judgement;
  readonly derived: LimitedOverall<F> | IndicativeOverall<F>;
  readonly departure: DepartureKind;
  readonly rule: LimitingRule;
  readonly decidingAreas: readonly AreaId<F>[];
  readonly reason: string;
}

/**
 * Nothing to check: the outcome records no awarded overall grade (or its framework has
 * none). The derived result is given all the same.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2026',
 *   judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
 * });
 * console.log(check.kind); // 'not-awarded'
 * ```
 */
export interface OverallNotAwarded<F extends FrameworkId = FrameworkId> {
  readonly kind: 'not-awarded';
  readonly derived: DerivedOverall<F>;
  readonly reason: string;
}

/**
 * The outcome does not fit its framework (an area it lacks, a missing area, a value that
 * is not a grade), so nothing was checked.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall, type InspectionOutcome } from 'ofsted-ilacs';
 *
 * const fromJson = JSON.parse('{"framework":"ilacs-2018","judgements":{"leaders":"good"},"awardedOverall":"good"}') as InspectionOutcome;
 * const check = checkAwardedOverall(fromJson);
 * if (check.kind === 'invalid') console.log(check.issues.map((issue) => issue.code)); // ['missing-area', 'missing-area']
 * ```
 */
export interface InvalidOutcome {
  readonly kind: 'invalid';
  readonly issues: readonly Issue[];
}

/**
 * What {@link checkAwardedOverall} returns.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall, type OverallCheck } from 'ofsted-ilacs';
 *
 * const check: OverallCheck<'sif-2013'> = checkAwardedOverall({
 *   framework: 'sif-2013',
 *   judgements: { helpAndProtection: 'good', childrenLookedAfter: 'good', leaders: 'good', adoption: 'inadequate' },
 *   awardedOverall: 'good',
 * });
 * console.log(check.kind); // 'consistent': a sub-judgement does not limit
 * ```
 */
export type OverallCheck<F extends FrameworkId = FrameworkId> =
  | ConsistentOverall<F>
  | OverallDeparture<F>
  | OverallNotAwarded<F>
  | InvalidOutcome;

/**
 * Checks a recorded outcome's awarded overall grade against the limiting rule, and never
 * rewrites it: consistent, a departure (which rule, which areas), nothing to check, or
 * invalid. Does not throw, even for outcomes that break their framework.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const hull2019 = {
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 *   awardedOverall: 'inadequate',
 * } as const;
 * const check = checkAwardedOverall(hull2019);
 * console.log(check.kind); // 'consistent'
 * if (check.kind === 'consistent') console.log(check.reason);
 * // 'Consistent: Ofsted awarded inadequate, as the rule requires (help and protection is inadequate).'
 * ```
 */
export function checkAwardedOverall<O extends InspectionOutcome>(
  outcome: O,
  options: OverallOptions = {},
): OverallCheck<O['framework']> {
  type F = O['framework'];
  const issues = findOutcomeIssues(outcome);
  if (issues.length > 0) return { kind: 'invalid', issues };

  const derived: DerivedOverall<F> = deriveOverallEffectiveness(outcome, options);
  const awarded: Judgement | undefined = 'awardedOverall' in outcome ? outcome.awardedOverall : undefined;
  if (derived.kind === 'none' || awarded === undefined) {
    return {
      kind: 'not-awarded',
      derived,
      reason:
        derived.rule === 'no-overall-in-framework'
          ? derived.reason
          : 'No awarded overall grade is recorded, so there is nothing to check.',
    };
  }

  if (derived.kind === 'limited') {
    const names = listWords(derived.decidingAreas.map((id) => shortTitle(outcome.framework, id)));
    const verb = derived.decidingAreas.length === 1 ? 'is' : 'are';
    return awarded === 'inadequate'
      ? {
          kind: 'consistent',
          awarded,
          derived,
          matchesIndicative: true,
          reason: `Consistent: Ofsted awarded inadequate, as the rule requires (${names} ${verb} inadequate).`,
        }
      : {
          kind: 'departure',
          awarded,
          derived,
          departure: 'limiting-area-not-applied',
          rule: derived.rule,
          decidingAreas: derived.decidingAreas,
          reason: `Departure from the rule that ${describeRule(derived.rule)}: ${names} ${verb} inadequate, but Ofsted awarded ${awarded}.`,
        };
  }

  if (awarded === 'inadequate') {
    const uncounted = gradedKeyAreas(FRAMEWORKS[outcome.framework], outcome.judgements)
      .filter(({ grade }) => grade === 'inadequate')
      .map(({ area }) => area);
    const note =
      uncounted.length > 0
        ? ` (${listWords(uncounted.map((area) => area.shortTitle))} ${uncounted.length === 1 ? 'is' : 'are'} inadequate, which this rule does not count)`
        : '';
    return {
      kind: 'departure',
      awarded,
      derived,
      departure: 'inadequate-without-limiting-area',
      rule: derived.limitingRule,
      decidingAreas: uncounted.map((area) => area.id as AreaId<F>),
      reason: `Departure from the rule that ${describeRule(derived.limitingRule)}: Ofsted awarded inadequate, but no area the rule counts is inadequate${note}.`,
    };
  }

  const matchesIndicative = awarded === derived.grade;
  return {
    kind: 'consistent',
    awarded,
    derived,
    matchesIndicative,
    reason: matchesIndicative
      ? `Consistent: no area limits overall, and Ofsted's ${awarded} equals the indicative median.`
      : `Consistent: no area limits overall; Ofsted's ${awarded} differs from the indicative ${derived.grade}, an inspector's judgement rather than a departure.`,
  };
}

function shortTitle(framework: FrameworkId, id: string): string {
  return FRAMEWORKS[framework].areas.find((area) => area.id === id)?.shortTitle ?? id;
}
