import { deepFreeze } from '../internal/deepFreeze.js';
import type { BuiltInStructure, Framework, FrameworkSource, LimitingRuleBasis } from './framework.js';
import { FRAMEWORK_STRUCTURE, isKeyRole, rulesCounting } from './frameworkStructure.js';
import { type FrameworkWords, ilacs2018Words, ilacs2023Words, ilacs2026Words, sifWords } from './frameworkWords.js';

type Structure = typeof FRAMEWORK_STRUCTURE;
type Id = keyof Structure;

/**
 * Each framework's words (area titles, correspondences, the limiting rule's basis and
 * sources) added to its structure. Built inside a function so that a bundle that never
 * reads `FRAMEWORKS` (one that only derives ratings) carries none of this text.
 */
function frameworksWithWords() {
  return {
    'sif-2013': withWords('sif-2013', sifWords()),
    'ilacs-2018': withWords('ilacs-2018', ilacs2018Words()),
    'ilacs-2023': withWords('ilacs-2023', ilacs2023Words()),
    'ilacs-2026': withWords('ilacs-2026', ilacs2026Words()),
  };
}

/**
 * The public framework: its definition in the built-in vocabulary (key areas, and the
 * rules each area counts under, read from the definition's roles), with the words added.
 */
function withWords<F extends Id>(id: F, words: FrameworkWords<F>) {
  const structure: BuiltInStructure = FRAMEWORK_STRUCTURE[id];
  const titles = words.titles as Readonly<Record<string, string>>;
  return {
    id: structure.id,
    name: structure.name,
    family: structure.family,
    inForce: structure.inForce,
    hasOverallEffectiveness: structure.overall.awarded,
    ...(structure.statedLimitingRule !== undefined && { statedLimitingRule: structure.statedLimitingRule }),
    labelStyle: structure.labelStyle,
    areas: structure.areas.map((area) => ({
      id: area.id,
      shortTitle: area.shortTitle,
      role: isKeyRole(structure, area.role) ? 'key' : area.role,
      ...(area.parent !== undefined && { parent: area.parent }),
      required: area.required,
      limits: rulesCounting(structure, area.role).map((rule) => rule.id),
      title: titles[area.id] as string,
    })),
    ...(words.predecessor !== undefined && { predecessor: words.predecessor }),
    ...(words.limitingRule !== undefined && { limitingRule: words.limitingRule }),
    sources: words.sources,
  };
}

/** The ids of the rules, in order, whose roles include `R`. */
type RulesCounting<Rules, R> = Rules extends readonly [infer First, ...infer Rest]
  ? First extends { readonly id: infer Id; readonly roles: readonly (infer Counted)[] }
    ? R extends Counted
      ? [Id, ...RulesCounting<Rest, R>]
      : RulesCounting<Rest, R>
    : []
  : [];

/**
 * An area of a built-in framework as {@link FRAMEWORKS} gives it, read from its
 * definition `O`'s overall rule: a key area where the median reads its role, and as its
 * `limits` the rules that count its role.
 */
type PublicArea<A, O> = A extends { readonly role: infer R }
  ? Omit<A, 'role'> & {
      readonly role: O extends { readonly indicativeRoles: readonly (infer Key)[] } ? (R extends Key ? 'key' : R) : R;
      readonly limits: Readonly<RulesCounting<O extends { readonly limitingRules: infer Rules } ? Rules : [], R>>;
      readonly title: string;
    }
  : never;

type PublicAreas<A, O> = { readonly [I in keyof A]: PublicArea<A[I], O> };

/**
 * The type of {@link FRAMEWORKS}: each built-in framework with the literal types of its
 * ids, areas and flags, so that outcomes can be typed framework by framework.
 *
 * @example
 * ```ts
 * import type { BuiltInFrameworks } from 'ofsted-ilacs';
 *
 * type Ilacs2026 = BuiltInFrameworks['ilacs-2026'];
 * const hasOverall: Ilacs2026['hasOverallEffectiveness'] = false;
 * console.log(hasOverall);
 * ```
 *
 * @category Frameworks
 */
export type BuiltInFrameworks = {
  readonly [F in FrameworkId]: Omit<Structure[F], 'areas' | 'overall'> & {
    readonly hasOverallEffectiveness: Structure[F]['overall']['awarded'];
    readonly areas: PublicAreas<Structure[F]['areas'], Structure[F]['overall']>;
    readonly predecessor: F extends 'sif-2013' ? undefined : NonNullable<Framework['predecessor']>;
    readonly limitingRule: Structure[F]['overall']['awarded'] extends true ? LimitingRuleBasis : undefined;
    readonly sources: readonly FrameworkSource[];
  };
};

/**
 * Ofsted's frameworks for inspecting local authority children's services, keyed by id.
 *
 * - `sif-2013`: the single inspection framework, from 7 November 2013 (Ofsted, "Ofsted's
 *   single inspection takes effect", 7 November 2013). SIF
 *   re-inspections ran alongside ILACS in 2018: the last was on site until 5 July 2018
 *   (Torbay) and the last SIF report was published on 24 August 2018.
 * - `ilacs-2018`: inspecting local authority children's services, for inspections that
 *   started from January 2018 to December 2022; children in care and care leavers
 *   judged together.
 * - `ilacs-2023`: inspections from 1 January 2023; care leavers judged separately.
 * - `ilacs-2026`: from April 2026; the same four areas and no overall effectiveness
 *   judgement. The exact first day is not confirmed: `2026-04-01` is an assumption a
 *   caller can override with its own framework list (see {@link frameworkForDate}). In
 *   the published reports the switch falls between 21 March and 27 April 2026 (North
 *   Lincolnshire, on site 16-20 March, has an overall grade; Brent and Somerset, from 27
 *   April, do not).
 *
 * Each framework lists its `sources`, saying which facts are confirmed in a primary
 * source and which were read second-hand, and, where it awards overall effectiveness,
 * the basis of its `limitingRule`: stated by Ofsted for the SIF, read from Ofsted's
 * published grades for ILACS. Frozen. Titles are data: a report may word a title
 * differently; the id is stable.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS } from 'ofsted-ilacs';
 *
 * console.log(FRAMEWORKS['ilacs-2023'].areas.map((area) => area.id));
 * // ['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers']
 * console.log(FRAMEWORKS['ilacs-2026'].hasOverallEffectiveness); // false
 * ```
 *
 * @category Frameworks
 */
export const FRAMEWORKS: BuiltInFrameworks = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ frameworksWithWords(),
) as unknown as BuiltInFrameworks;

/**
 * The id of one of the built-in frameworks in {@link FRAMEWORKS}.
 *
 * @example
 * ```ts
 * import type { FrameworkId } from 'ofsted-ilacs';
 *
 * const framework: FrameworkId = 'ilacs-2023';
 * console.log(framework);
 * ```
 *
 * @category Frameworks
 */
export type FrameworkId = keyof typeof FRAMEWORK_STRUCTURE;

/**
 * The ids of the built-in frameworks, oldest first.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_IDS } from 'ofsted-ilacs';
 *
 * console.log(FRAMEWORK_IDS); // ['sif-2013', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026']
 * ```
 *
 * @category Frameworks
 */
export const FRAMEWORK_IDS = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(FRAMEWORK_STRUCTURE) as FrameworkId[],
) as readonly FrameworkId[];

/**
 * Whether a value is the id of a built-in framework.
 *
 * @example
 * ```ts
 * import { isFrameworkId } from 'ofsted-ilacs';
 *
 * console.log(isFrameworkId('ilacs-2018')); // true
 * console.log(isFrameworkId('ilacs-2027')); // false
 * ```
 *
 * @category Frameworks
 */
export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && Object.hasOwn(FRAMEWORK_STRUCTURE, value);
}

/**
 * The areas of a built-in framework, keyed by id.
 *
 * @example
 * ```ts
 * import type { FrameworkAreaOf } from 'ofsted-ilacs';
 *
 * type Ilacs2018AreaId = FrameworkAreaOf<'ilacs-2018'>['id'];
 * const id: Ilacs2018AreaId = 'childrenInCareAndCareLeavers';
 * console.log(id);
 * ```
 *
 * @category Frameworks
 */
export type FrameworkAreaOf<F extends FrameworkId> = BuiltInFrameworks[F]['areas'][number];

/**
 * The area ids of a built-in framework (of any, when no framework is given).
 *
 * @example
 * ```ts
 * import type { AreaId } from 'ofsted-ilacs';
 *
 * const area: AreaId<'ilacs-2023'> = 'careLeavers';
 * console.log(area);
 * ```
 *
 * @category Frameworks
 */
export type AreaId<F extends FrameworkId = FrameworkId> = FrameworkAreaOf<F>['id'];
