import type { BuiltInRole } from '../framework/framework.js';
import { FRAMEWORK_STRUCTURE } from '../framework/frameworkStructure.js';
import { type AreaId, FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import { JUDGEMENT_LABELS, type LabelStyle } from '../judgement/judgementLabel.js';
import type { DefinedArea, DefinedFramework } from './definedFramework.js';
import { defineChecked } from './defineFramework.js';
import { defineScale, type Scale } from './defineScale.js';

type Structure = typeof FRAMEWORK_STRUCTURE;

/** A built-in framework's areas as `defineFramework` types them: each one's id, role and literal `required`. */
type DefinedAreas<A> = {
  readonly [I in keyof A]: A[I] extends {
    readonly id: infer Id extends string;
    readonly role: infer R extends BuiltInRole;
    readonly required: infer Q extends boolean;
  }
    ? DefinedArea<Id, R, Q>
    : never;
};

/**
 * A built-in framework as {@link defineFramework} defines it: the type of each of
 * {@link FRAMEWORK_DEFINITIONS}, with its areas' literal `required` and its literal
 * `awarded`, so that a copy under your own id types its outcomes as a definition written
 * out by hand would.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_DEFINITIONS, type BuiltInDefinition } from 'ofsted-ilacs';
 *
 * const ilacs: BuiltInDefinition<'ilacs-2018'> = FRAMEWORK_DEFINITIONS['ilacs-2018'];
 * console.log(ilacs.areas.length, ilacs.overall.awarded); // 3 true
 * ```
 *
 * @category Frameworks
 */
export type BuiltInDefinition<F extends FrameworkId = FrameworkId> =
  DefinedAreas<Structure[F]['areas']> extends infer Areas extends readonly DefinedArea<AreaId<F>, RolesOf<F>>[]
    ? DefinedFramework<F, AreaId<F>, Judgement, RolesOf<F>, Areas, Structure[F]['overall']['awarded']>
    : never;

/** The roles a built-in framework's areas have. */
type RolesOf<F extends FrameworkId> = Structure[F]['areas'][number]['role'];

/**
 * Ofsted's frameworks as they are defined, in the language of {@link defineFramework} and
 * checked by its checks, keyed by id: Ofsted's four grades, labelled as each framework's
 * reports label them; the areas with their roles ({@link BuiltInRole}); and the overall
 * rule as data. The two limiting rules are `limitingRules`, chosen between by the
 * `limitingRule` option, `'any-inadequate-area'` first; the median reads the leaders'
 * and practice areas (the SIF's sub-judgements and LSCB judgement are left out); a tie
 * follows the leaders' grade. ILACS 2026 awards no overall grade (`awarded: false`) but
 * keeps the rules of ILACS 2023, for a copy that awards one.
 *
 * These definitions are the source the library's own tables are compiled from: the
 * rating functions read the same roles and rules, and `FRAMEWORKS` gives them in its
 * own vocabulary (a key area is one the median reads; an area's `limits` are the rules
 * that count its role). A copy under an id of your own derives every outcome as the
 * built-in framework does (the library's tests compare every combination of grades).
 *
 * Start a framework of your own from one of Ofsted's by copying its definition under an
 * id of your own. The definition itself is not passed in `frameworks`: the library knows
 * the built-in framework already, and refuses it there. Frozen.
 *
 * @example
 * ```ts
 * import { defineFramework, deriveOverallEffectiveness, FRAMEWORK_DEFINITIONS } from 'ofsted-ilacs';
 *
 * const ilacs = FRAMEWORK_DEFINITIONS['ilacs-2023'];
 * console.log(ilacs.overall.limitingRules?.map((rule) => rule.id)); // ['any-inadequate-area', 'inadequate-practice-area']
 *
 * // A 2027 framework sketched from ILACS 2023, with overall effectiveness kept.
 * const sketch = defineFramework({
 *   ...ilacs,
 *   id: 'cfs-2027-sketch',
 *   title: 'Children and families services, 2027 (a sketch)',
 *   inForce: { from: '2027-04-01' },
 * });
 * const derived = deriveOverallEffectiveness(
 *   {
 *     framework: 'cfs-2027-sketch',
 *     judgements: { leaders: 'good', helpAndProtection: 'inadequate', childrenInCare: 'good', careLeavers: 'good' },
 *   },
 *   { frameworks: [sketch] },
 * );
 * console.log(derived.kind, derived.grade, derived.decidingAreas); // 'limited' 'inadequate' ['helpAndProtection']
 * ```
 *
 * @category Frameworks
 */
export const FRAMEWORK_DEFINITIONS: { readonly [F in FrameworkId]: BuiltInDefinition<F> } =
  /* @__PURE__ */ definitions();

function definitions(): { readonly [F in FrameworkId]: BuiltInDefinition<F> } {
  const scales = new Map<LabelStyle, Scale>();
  const scaleOf = (style: LabelStyle): Scale => {
    const labels = JUDGEMENT_LABELS[style];
    const scale =
      scales.get(style) ?? defineScale({ id: `ofsted-${style}`, grades: [...JUDGEMENTS], labels: { ...labels } });
    scales.set(style, scale);
    return scale;
  };
  const defined = FRAMEWORK_IDS.map((id) => {
    const structure = FRAMEWORK_STRUCTURE[id];
    const titles = FRAMEWORKS[id].areas.map((area) => area.title);
    return defineChecked(
      {
        id,
        title: structure.name,
        scale: scaleOf(structure.labelStyle),
        inForce: structure.inForce,
        areas: structure.areas.map((area, index) => ({
          id: area.id,
          title: titles[index],
          role: area.role,
          required: area.required,
        })),
        overall: structure.overall,
      },
      true,
    );
  });
  return Object.freeze(Object.fromEntries(defined.map((framework) => [framework.id, framework]))) as never;
}
