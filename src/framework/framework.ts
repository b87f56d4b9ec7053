import type { Judgement } from '../judgement/judgement.js';
import type { LabelStyle } from '../judgement/judgementLabel.js';

/**
 * A rule by which an inadequate area makes overall effectiveness inadequate.
 *
 * - `'any-inadequate-area'`: any inadequate key judgement limits overall to inadequate.
 *   The library's default. For the SIF it is Ofsted's stated rule (and all 40 published
 *   SIF inspections with an inadequate key judgement agree); for ILACS Ofsted has
 *   published no such rule, and the library's reading agrees with 267 of 271 published
 *   ILACS grades.
 * - `'inadequate-practice-area'`: only the practice areas limit (help and protection,
 *   children in care, care leavers), not leaders. Agrees with 270 of 271 ILACS grades.
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
 *
 * @category Frameworks
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
 *
 * @category Frameworks
 */
export const LIMITING_RULES = /* @__PURE__ */ Object.freeze([
  'any-inadequate-area',
  'inadequate-practice-area',
] as const);

/**
 * The rules by which the indicative median breaks a tie between its two middle grades:
 * towards the grade of the area `leaders`, the worse, or the better. The built-in
 * frameworks' definitions choose `'leaders'`; a caller's framework names one in its
 * definition or takes `'worse'`, and the `tieBreak` option of the overall functions
 * overrides either.
 *
 * @internal
 */
export const TIE_RULES = ['leaders', 'worse', 'better'] as const;

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
 * const role: AreaRole = FRAMEWORKS['sif-2013'].areas[2].role;
 * console.log(role); // 'sub-judgement'
 * ```
 *
 * @category Frameworks
 */
export type AreaRole = 'key' | 'sub-judgement' | 'separate';

/**
 * The roles of the built-in frameworks' areas, as their definitions give them
 * ({@link FRAMEWORK_DEFINITIONS}): leaders (`'leadership'`, counted only by the default
 * limiting rule), the practice areas (`'practice'`, counted by both), and the SIF's
 * sub-judgements and its separate LSCB judgement, which neither rule counts and the
 * median leaves out. The key areas ({@link AreaRole}) are the leadership and practice areas.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_DEFINITIONS, type BuiltInRole } from 'ofsted-ilacs';
 *
 * const roles: BuiltInRole[] = FRAMEWORK_DEFINITIONS['sif-2013'].areas.map((area) => area.role);
 * console.log(roles); // ['practice', 'practice', 'sub-judgement', 'sub-judgement', 'leadership', 'separate']
 * ```
 *
 * @category Frameworks
 */
export type BuiltInRole = 'leadership' | 'practice' | 'sub-judgement' | 'separate';

/**
 * A judgement area of a built-in framework as it is defined, apart from its words.
 *
 * @internal
 */
export interface AreaStructure {
  readonly id: string;
  readonly shortTitle: string;
  readonly role: BuiltInRole;
  readonly parent?: string;
  readonly required: boolean;
}

/**
 * A built-in framework as it is defined, apart from its words: in the language of
 * `defineFramework`, with the facts only Ofsted's frameworks have (family, label style,
 * the rule Ofsted stated).
 *
 * @internal
 */
export interface BuiltInStructure {
  readonly id: string;
  readonly name: string;
  readonly family: FrameworkFamily;
  readonly inForce: { readonly from: string; readonly until?: string };
  /** The limiting rule Ofsted itself stated for the framework, if it stated one. */
  readonly statedLimitingRule?: LimitingRule;
  readonly labelStyle: LabelStyle;
  readonly areas: readonly AreaStructure[];
  readonly overall: {
    readonly awarded: boolean;
    readonly limitingRules: readonly {
      readonly id: LimitingRule;
      readonly anyArea: Judgement;
      readonly roles: readonly BuiltInRole[];
    }[];
    readonly indicative: 'median';
    readonly indicativeRoles: readonly BuiltInRole[];
    readonly tieBreak: (typeof TIE_RULES)[number];
  };
}

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
 *
 * @category Frameworks
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
 * The family a framework belongs to: Ofsted's single inspection framework (SIF,
 * 2013-2018) or its framework for inspecting local authority children's services
 * (ILACS, from 2018). SIF re-inspections ran alongside the first ILACS inspections in
 * 2018, so on some dates only the family tells the two apart.
 *
 * @example
 * ```ts
 * import { frameworkForDate, type FrameworkFamily } from 'ofsted-ilacs';
 *
 * const family: FrameworkFamily = 'sif';
 * const result = frameworkForDate('2018-03-05', { family });
 * console.log(result.ok && result.value.id); // 'sif-2013'
 * ```
 *
 * @category Frameworks
 */
export type FrameworkFamily = 'sif' | 'ilacs';

/**
 * A fact about a framework, with where it comes from and whether it was read in a
 * primary source (`confirmed`) or second-hand.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type FrameworkSource } from 'ofsted-ilacs';
 *
 * const unconfirmed: FrameworkSource[] = FRAMEWORKS['ilacs-2026'].sources.filter((source) => !source.confirmed);
 * console.log(unconfirmed.map((source) => source.fact));
 * ```
 *
 * @category Frameworks
 */
export interface FrameworkSource {
  /** The fact, in words. */
  readonly fact: string;
  /** Where it was read. */
  readonly source: string;
  /** Whether it was read in a primary source (Ofsted's own documents or reports). */
  readonly confirmed: boolean;
}

/**
 * The basis of a framework's limiting rule: stated by Ofsted (with the source) or read
 * by this library from Ofsted's published grades (with the figures). Only a rule Ofsted
 * stated is Ofsted's; the library words the other as its own reading.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS } from 'ofsted-ilacs';
 *
 * console.log(FRAMEWORKS['sif-2013'].limitingRule?.basis); // 'stated-by-ofsted'
 * console.log(FRAMEWORKS['ilacs-2023'].limitingRule?.basis); // 'read-from-published-grades'
 * ```
 *
 * @category Frameworks
 */
export interface LimitingRuleBasis {
  readonly basis: 'stated-by-ofsted' | 'read-from-published-grades';
  /** The rule, in words. */
  readonly rule: string;
  /** Where Ofsted stated it, or what the published grades show, with the figures. */
  readonly evidence: string;
  /**
   * For a rule read from the published grades: how Ofsted graded outcomes where only
   * areas outside the practice-areas rule (leaders) were inadequate, as a sentence.
   */
  readonly whenOnlyLeadersInadequate?: string;
}

/**
 * An inspection framework, as data: its family, when it was in use, whether it has an
 * overall effectiveness judgement, its areas, and where its facts come from.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS, type Framework } from 'ofsted-ilacs';
 *
 * const framework: Framework = FRAMEWORKS['ilacs-2026'];
 * console.log(framework.hasOverallEffectiveness); // false
 * ```
 *
 * @category Frameworks
 */
export interface Framework {
  /** A stable id, such as `'ilacs-2023'`. */
  readonly id: string;
  /** The framework's name. */
  readonly name: string;
  /** SIF or ILACS. */
  readonly family: FrameworkFamily;
  /**
   * When it was in use: `from` the first day an inspection under it could start and,
   * once replaced, `until` the last day anything under it happened (for the SIF, the last
   * report published, 24 August 2018). Periods may overlap; see {@link frameworkForDate}.
   */
  readonly inForce: { readonly from: string; readonly until?: string };
  /** Whether inspections under it award an overall effectiveness judgement. */
  readonly hasOverallEffectiveness: boolean;
  /** The limiting rule Ofsted itself stated for the framework, if it stated one. */
  readonly statedLimitingRule?: LimitingRule;
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
  /** The basis of its limiting rule, where it awards overall effectiveness. */
  readonly limitingRule?: LimitingRuleBasis;
  /** Where the facts about it come from, and which are confirmed. */
  readonly sources: readonly FrameworkSource[];
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
 *
 * @category Frameworks
 */
export interface AreaCorrespondence {
  /** The area id in the predecessor framework. */
  readonly area: string;
  /** How the two differ, when they do. */
  readonly note?: string;
}
