import type { LabelStyle } from '../judgement/judgementLabel.js';

/**
 * A rule by which an inadequate area makes overall effectiveness inadequate.
 *
 * - `'any-inadequate-area'`: any inadequate key judgement limits overall to inadequate.
 *   The project's default: exact for every SIF inspection, right for 267 of 271 ILACS
 *   inspections.
 * - `'inadequate-practice-area'`: only the practice areas limit (help and protection,
 *   children in care, care leavers), not leaders. Right for 270 of 271 ILACS inspections.
 *
 * Which areas each rule counts is data: see {@link FrameworkArea.limits}.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, type LimitingRule } from 'ofsted-ilacs';
 *
 * const limitingRule: LimitingRule = 'inadequate-practice-area';
 * const result = deriveOverallEffectiveness(
 *   {
 *     framework: 'ilacs-2023',
 *     judgements: { leaders: 'inadequate', helpAndProtection: 'requires-improvement', childrenInCare: 'requires-improvement', careLeavers: 'good' },
 *   },
 *   { limitingRule },
 * );
 * console.log(result.kind, result.grade); // 'indicative' 'requires-improvement'
 * ```
 */
export type LimitingRule = 'any-inadequate-area' | 'inadequate-practice-area';

/**
 * Every {@link LimitingRule}, the default first.
 *
 * @example
 * ```ts
 * import { LIMITING_RULES } from 'ofsted-ilacs';
 *
 * console.log(LIMITING_RULES[0]); // 'any-inadequate-area'
 * ```
 */
export const LIMITING_RULES = /* @__PURE__ */ Object.freeze([
  'any-inadequate-area',
  'inadequate-practice-area',
] as const);

/**
 * How a judgement area takes part in an inspection's judgements.
 *
 * - `'key'`: a key judgement; it counts towards overall effectiveness.
 * - `'sub-judgement'`: graded within a key judgement (SIF's adoption and care leavers);
 *   it does not count towards overall effectiveness.
 * - `'separate'`: graded alongside but apart (SIF's review of the LSCB).
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type AreaRole } from 'ofsted-ilacs';
 *
 * const role: AreaRole = FRAMEWORKS['sif-2013'].areas[4].role;
 * console.log(role); // 'sub-judgement'
 * ```
 */
export type AreaRole = 'key' | 'sub-judgement' | 'separate';

/**
 * One judgement area of a framework, as data.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type FrameworkArea } from 'ofsted-ilacs';
 *
 * const area: FrameworkArea = FRAMEWORKS['ilacs-2023'].areas[1];
 * console.log(area.id, '-', area.title);
 * // helpAndProtection - The experiences and progress of children who need help and protection
 * ```
 */
export interface FrameworkArea {
  /** A stable id, used as the key of an outcome's judgements. */
  readonly id: string;
  /** The area's title as Ofsted's reports print it. */
  readonly title: string;
  /** A short name for tables and sentences, such as "help and protection". */
  readonly shortTitle: string;
  /** How the area takes part in the judgements. */
  readonly role: AreaRole;
  /** For a sub-judgement, the id of the key judgement it belongs to. */
  readonly parent?: string;
  /** Whether every outcome under the framework must grade the area (or say it was not judged). */
  readonly required: boolean;
  /** The limiting rules under which an inadequate grade here makes overall inadequate. */
  readonly limits: readonly LimitingRule[];
}

/**
 * An inspection framework, as data: its areas, when it was in force, and whether it has
 * an overall effectiveness judgement.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type Framework } from 'ofsted-ilacs';
 *
 * const framework: Framework = FRAMEWORKS['ilacs-2026'];
 * console.log(framework.hasOverallEffectiveness); // false
 * ```
 */
export interface Framework {
  /** A stable id, such as `'ilacs-2023'`. */
  readonly id: string;
  /** The framework's name. */
  readonly name: string;
  /**
   * When inspections under it started: `from` (inclusive) and, once replaced, `until`
   * (inclusive). Periods may overlap; see {@link frameworkForDate}.
   */
  readonly inForce: { readonly from: string; readonly until?: string };
  /** Whether inspections under it award an overall effectiveness judgement. */
  readonly hasOverallEffectiveness: boolean;
  /** The wording its reports use for the scale. */
  readonly labelStyle: LabelStyle;
  /** Its judgement areas, in the order reports print them. */
  readonly areas: readonly FrameworkArea[];
  /**
   * The framework it replaced, and for each of its areas the area there that judged the
   * same thing, with a note where the two differ. Used to compare inspections across a
   * change of framework; an area not listed has no counterpart.
   */
  readonly predecessor?: {
    readonly framework: string;
    readonly areas: Readonly<Record<string, AreaCorrespondence>>;
  };
}

/**
 * Where an area of a framework was judged under the framework it replaced.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type AreaCorrespondence } from 'ofsted-ilacs';
 *
 * const careLeavers: AreaCorrespondence | undefined = FRAMEWORKS['ilacs-2023'].predecessor.areas.careLeavers;
 * console.log(careLeavers?.area); // 'childrenInCareAndCareLeavers'
 * ```
 */
export interface AreaCorrespondence {
  /** The area id in the predecessor framework. */
  readonly area: string;
  /** How the two differ, when they do. */
  readonly note?: string;
}
