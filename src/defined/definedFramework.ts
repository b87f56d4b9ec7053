import type { Scale } from './defineScale.js';

/**
 * One judgement area of a framework you define: its id (the key of an outcome's
 * judgements), its title, its role (a name you choose, such as `'leadership'` or
 * `'practice'`, which the limiting rule counts by) and whether every outcome must grade it.
 *
 * @example
 * ```ts
 * import type { DefinedArea } from 'ofsted-ilacs';
 *
 * const frontDoor: DefinedArea<'frontDoor', 'practice'> = { id: 'frontDoor', title: 'The front door', role: 'practice', required: true };
 * console.log(frontDoor.role); // 'practice'
 * ```
 *
 * @category Frameworks
 */
export interface DefinedArea<A extends string = string, R extends string = string, Q extends boolean = boolean> {
  readonly id: A;
  readonly title: string;
  readonly role: R;
  /** Whether every outcome must grade it; `defineFramework` keeps the literal given (`true` where left out). */
  readonly required: Q;
}

/**
 * How a framework you define arrives at an overall grade, as data: whether one is
 * awarded; the limiting rule (an area of one of `roles` graded `anyArea` or worse limits
 * overall to the worst such grade); and the indicative rule where nothing limits (the
 * median of the graded areas, or none).
 *
 * @example
 * ```ts
 * import type { DefinedOverallRule } from 'ofsted-ilacs';
 *
 * const rule: DefinedOverallRule<'strong' | 'adequate' | 'weak', 'practice'> = {
 *   awarded: true,
 *   limitingRule: { anyArea: 'weak', roles: ['practice'] },
 *   indicative: 'median',
 * };
 * console.log(rule.limitingRule?.anyArea); // 'weak'
 * ```
 *
 * @category Frameworks
 */
export interface DefinedOverallRule<G extends string = string, R extends string = string, W extends boolean = boolean> {
  /** Whether an overall grade is awarded; `defineFramework` keeps the literal given. */
  readonly awarded: W;
  /** The one limiting rule, where the framework has one (give `limitingRules` instead for several). */
  readonly limitingRule?: DefinedLimitingRule<G, R>;
  /**
   * Limiting rules a caller chooses between by id, with the `limitingRule` option of
   * `deriveOverallEffectiveness` and `checkAwardedOverall`: the first is the
   * default. Given instead of `limitingRule`, never beside it.
   */
  readonly limitingRules?: readonly (DefinedLimitingRule<G, R> & { readonly id: string })[];
  readonly indicative: 'median' | 'none';
  /** The roles of the areas the indicative median is read from; every graded area's where left out. */
  readonly indicativeRoles?: readonly R[];
  /**
   * How the median breaks a tie between two middle grades where the caller names no
   * `tieBreak`: towards the worse (the default where left out), the better, or the grade
   * of the area whose id is `leaders`.
   */
  readonly tieBreak?: 'worse' | 'better' | 'leaders';
}

/**
 * A limiting rule of a framework you define: an area of one of `roles` graded `anyArea`
 * or worse limits overall to the worst such grade.
 *
 * @example
 * ```ts
 * import type { DefinedLimitingRule } from 'ofsted-ilacs';
 *
 * const practiceOnly: DefinedLimitingRule<'met' | 'not-met', 'practice'> = { anyArea: 'not-met', roles: ['practice'] };
 * console.log(practiceOnly.roles); // ['practice']
 * ```
 *
 * @category Frameworks
 */
export interface DefinedLimitingRule<G extends string = string, R extends string = string> {
  readonly anyArea: G;
  readonly roles: readonly R[];
}

/**
 * A framework you define with {@link defineFramework}: a scale, areas and an overall rule,
 * as data. Pass it in the `frameworks` option of the functions that take one; without the
 * option, the library knows only its built-in frameworks (there is no global registry).
 * Its type carries the ids, grades and roles given and, from `defineFramework`, its areas
 * as a tuple with each one's literal `required` (`Areas`) and the literal `awarded` (`W`),
 * which {@link DefinedOutcome} reads.
 *
 * @example
 * ```ts
 * import type { DefinedFramework } from 'ofsted-ilacs';
 *
 * function areaIds(framework: DefinedFramework): string[] {
 *   return framework.areas.map((area) => area.id);
 * }
 * console.log(typeof areaIds); // 'function'
 * ```
 *
 * @category Frameworks
 */
export interface DefinedFramework<
  Id extends string = string,
  A extends string = string,
  G extends string = string,
  R extends string = string,
  Areas extends readonly DefinedArea<A, R>[] = readonly DefinedArea<A, R>[],
  W extends boolean = boolean,
> {
  readonly id: Id;
  readonly title: string;
  readonly scale: Scale<string, G>;
  readonly inForce: { readonly from: string; readonly until?: string };
  /** The areas, in report order; from `defineFramework`, a tuple that keeps each area's literal `required`. */
  readonly areas: Areas;
  readonly overall: DefinedOverallRule<G, R, W>;
}

/**
 * The area ids of a framework you define, as a union of their literal types.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, type AreaOf } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
 * const audit = defineFramework({
 *   id: 'audit',
 *   title: 'Audit',
 *   scale,
 *   inForce: { from: '2026-01-01' },
 *   areas: [{ id: 'plan', title: 'Plan', role: 'practice' }, { id: 'voice', title: 'Voice', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const area: AreaOf<typeof audit> = 'voice';
 * console.log(area); // 'voice'
 * ```
 *
 * @category Frameworks
 */
export type AreaOf<F extends DefinedFramework> = F['areas'][number]['id'];

/**
 * The grades of a framework you define, as a union of their literal types.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, type GradeOf } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
 * const audit = defineFramework({
 *   id: 'audit',
 *   title: 'Audit',
 *   scale,
 *   inForce: { from: '2026-01-01' },
 *   areas: [{ id: 'plan', title: 'Plan', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const grade: GradeOf<typeof audit> = 'not-met';
 * console.log(grade); // 'not-met'
 * ```
 *
 * @category Frameworks
 */
export type GradeOf<F extends DefinedFramework> = F['scale']['grades'][number];

/**
 * An inspection outcome under a framework you define: its area judgements (a grade on its
 * scale, or `'not-judged'`), and the overall grade where the framework awards one. The
 * types follow the definition: a required area (`required` not `false`) is a required key
 * of `judgements`, an optional one an optional key, and `awardedOverall` is allowed only
 * where `overall.awarded` is `true`. Given several frameworks, it is an outcome under one
 * of them, told apart by `framework`.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, type DefinedOutcome } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
 * const review = defineFramework({
 *   id: 'annual-review',
 *   title: 'Annual review',
 *   scale,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'safety', title: 'Safety', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const outcome: DefinedOutcome<typeof review> = { framework: 'annual-review', judgements: { safety: 'met' } };
 * console.log(outcome.judgements.safety); // 'met'
 * ```
 *
 * @category Frameworks
 */
export type DefinedOutcome<F extends DefinedFramework = DefinedFramework> = F extends DefinedFramework
  ? {
      readonly framework: F['id'];
      /** A grade or `'not-judged'` for each required area, and optionally for the others. */
      readonly judgements: {
        readonly [K in Extract<F['areas'][number], { readonly required: true }>['id']]: GradeOf<F> | 'not-judged';
      } & {
        readonly [K in Exclude<AreaOf<F>, Extract<F['areas'][number], { readonly required: true }>['id']>]?:
          | GradeOf<F>
          | 'not-judged';
      } extends infer J
        ? { readonly [K in keyof J]: J[K] }
        : never;
      /** The overall grade awarded, where the framework awards one (`never` where it awards none). */
      readonly awardedOverall?: F['overall']['awarded'] extends false ? never : GradeOf<F>;
    }
  : never;

/**
 * Overall effectiveness derived under a framework you define ({@link defineFramework}):
 * limited by its limiting rule, the indicative median, or none. Like
 * {@link DerivedOverall}, it carries its rule and data, and `explain` words it.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, deriveOverallEffectiveness, type DefinedOverall } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'review',
 *   title: 'Review',
 *   scale,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'a', title: 'A', role: 'practice' }, { id: 'b', title: 'B', role: 'practice' }],
 *   overall: { awarded: true },
 * });
 * const derived: DefinedOverall<typeof review> = deriveOverallEffectiveness(
 *   { framework: 'review', judgements: { a: 'strong', b: 'adequate' } },
 *   { frameworks: [review], tieBreak: 'better' },
 * );
 * console.log(derived.kind, derived.grade); // 'indicative' 'strong'
 * ```
 *
 * @category Frameworks
 */
export type DefinedOverall<F extends DefinedFramework = DefinedFramework> = {
  readonly framework: F['id'];
  /** The areas that decided the result: those that limit, or those graded at the median. */
  readonly decidingAreas: readonly AreaOf<F>[];
  /**
   * The grades the overall rule read, in the framework's order: those of the areas the
   * median reads (the roles in `indicativeRoles`, or every area where the framework names
   * none) and those the limiting rule applied counts.
   */
  readonly grades: { readonly [K in AreaOf<F>]?: GradeOf<F> };
} & (
  | {
      readonly kind: 'limited';
      readonly grade: GradeOf<F>;
      readonly indicative: false;
      readonly rule: 'limiting-rule';
      /** The id of the rule applied, where the framework gives `limitingRules` to choose between. */
      readonly limitingRule?: string;
    }
  | {
      readonly kind: 'indicative';
      readonly grade: GradeOf<F>;
      readonly indicative: true;
      readonly rule: 'median-of-areas';
      /** The id of the rule that found no area to limit, where the framework gives `limitingRules`. */
      readonly limitingRule?: string;
      readonly tie: boolean;
      readonly between: readonly [GradeOf<F>, GradeOf<F>];
      readonly tieBreak: 'leaders' | 'worse' | 'better';
    }
  | {
      readonly kind: 'none';
      readonly grade: undefined;
      readonly indicative: false;
      readonly rule: 'no-overall-in-framework' | 'no-area-graded' | 'no-indicative-rule';
    }
);
