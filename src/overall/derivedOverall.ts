import type { LimitingRule } from '../framework/framework.js';
import type { AreaId, FrameworkId } from '../framework/frameworks.js';
import type { TieBreak } from '../judgement/compareJudgements.js';
import type { Judgement } from '../judgement/judgement.js';

/**
 * Which rule decided a derived overall grade.
 *
 * - a {@link LimitingRule}: an inadequate area limited overall to inadequate;
 * - `'median-of-areas'`: no area limited, and the grade is the indicative median;
 * - `'no-overall-in-framework'`: the framework awards no overall grade;
 * - `'no-area-graded'`: no key area was graded, so nothing can be derived.
 *
 * @example
 * ```ts
 * import type { DerivationRule } from 'ofsted-ilacs';
 *
 * const rule: DerivationRule = 'median-of-areas';
 * console.log(rule);
 * ```
 *
 * @category Overall effectiveness
 */
export type DerivationRule = LimitingRule | 'median-of-areas' | 'no-overall-in-framework' | 'no-area-graded';

interface DerivedOverallBase<F extends FrameworkId> {
  /** The framework of the outcome. */
  readonly framework: F;
  /** The areas that decided the result (see each kind). */
  readonly decidingAreas: readonly AreaId<F>[];
  /**
   * The grades of the key areas that were graded, in report order: the data of the
   * reason, which `explain(derived)` puts into words.
   */
  readonly grades: { readonly [A in AreaId<F>]?: Judgement };
}

/**
 * Overall effectiveness limited to inadequate by an inadequate area. This is the rule,
 * not an inspector's judgement; `decidingAreas` are the inadequate areas the rule counts.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, type LimitedOverall } from 'ofsted-ilacs';
 *
 * const derived = deriveOverallEffectiveness({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 * });
 * if (derived.kind === 'limited') {
 *   const limited: LimitedOverall = derived;
 *   console.log(limited.decidingAreas); // ['helpAndProtection']
 * }
 * ```
 *
 * @category Overall effectiveness
 */
export interface LimitedOverall<F extends FrameworkId = FrameworkId> extends DerivedOverallBase<F> {
  readonly kind: 'limited';
  readonly grade: 'inadequate';
  readonly indicative: false;
  readonly rule: LimitingRule;
}

/**
 * An indicative overall grade: the median of the graded key areas, for when no area
 * limits. It is the library's estimate, never Ofsted's judgement (Ofsted's overall grade
 * equals it in about 97% of published inspections). `decidingAreas` are the areas graded
 * at the median; `tie` says whether two different middle grades had to be broken, and
 * `tieBreak` by which rule.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, type IndicativeOverall } from 'ofsted-ilacs';
 *
 * const derived = deriveOverallEffectiveness({
 *   framework: 'ilacs-2023',
 *   judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
 * });
 * if (derived.kind === 'indicative') {
 *   const indicative: IndicativeOverall = derived;
 *   console.log(indicative.grade, indicative.tie, indicative.tieBreak); // 'outstanding' true 'leaders'
 * }
 * ```
 *
 * @category Overall effectiveness
 */
export interface IndicativeOverall<F extends FrameworkId = FrameworkId> extends DerivedOverallBase<F> {
  readonly kind: 'indicative';
  readonly grade: Judgement;
  readonly indicative: true;
  readonly rule: 'median-of-areas';
  /** The limiting rule that was checked and did not apply. */
  readonly limitingRule: LimitingRule;
  /** Whether the two middle grades differed, so that `tieBreak` chose between them. */
  readonly tie: boolean;
  /** The two middle grades, the better first: equal where there was no tie. */
  readonly between: readonly [Judgement, Judgement];
  /** The tie rule in force: towards the leaders' grade (the default), the worse or the better. */
  readonly tieBreak: TieBreak | 'leaders';
}

/**
 * No overall grade can be derived: the framework has none (`ilacs-2026`), or no key area
 * was graded.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, type NoDerivedOverall } from 'ofsted-ilacs';
 *
 * const derived = deriveOverallEffectiveness({
 *   framework: 'ilacs-2026',
 *   judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
 * });
 * if (derived.kind === 'none') {
 *   const none: NoDerivedOverall = derived;
 *   console.log(none.rule); // 'no-overall-in-framework'
 * }
 * ```
 *
 * @category Overall effectiveness
 */
export interface NoDerivedOverall<F extends FrameworkId = FrameworkId> extends DerivedOverallBase<F> {
  readonly kind: 'none';
  readonly grade: undefined;
  readonly indicative: false;
  readonly rule: 'no-overall-in-framework' | 'no-area-graded';
}

/**
 * What {@link deriveOverallEffectiveness} returns: limited by the rule, indicative, or
 * none; every kind names its rule, its deciding areas and the grades it read, and
 * `explain` words the reason. A derived grade is never an awarded one: the two are
 * different types.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, type DerivedOverall } from 'ofsted-ilacs';
 *
 * const derived: DerivedOverall<'sif-2013'> = deriveOverallEffectiveness({
 *   framework: 'sif-2013',
 *   judgements: { helpAndProtection: 'requires-improvement', childrenLookedAfter: 'requires-improvement', leaders: 'requires-improvement' },
 * });
 * console.log(derived.kind, derived.grade); // 'indicative' 'requires-improvement'
 * ```
 *
 * @category Overall effectiveness
 */
export type DerivedOverall<F extends FrameworkId = FrameworkId> =
  | LimitedOverall<F>
  | IndicativeOverall<F>
  | NoDerivedOverall<F>;
