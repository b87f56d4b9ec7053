import { oneOfProblem } from '../check/fields.js';
import { checkArgument } from '../check/options.js';
import { LIMITING_RULES } from '../framework/framework.js';
import { type AreaId, FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import { JUDGEMENT_LABELS } from '../judgement/judgementLabel.js';
import type { DefinedFramework } from './definedFramework.js';
import { defineChecked } from './defineFramework.js';
import { defineScale } from './defineScale.js';

/**
 * The roles of the built-in frameworks' areas, as their definitions give them: leaders
 * (`'leadership'`, counted only by the default limiting rule), the practice areas
 * (`'practice'`, counted by both), and the SIF's sub-judgements and its separate LSCB
 * judgement, which neither rule counts and the median leaves out.
 *
 * @example
 * ```ts
 * import { frameworkDefinition, type BuiltInRole } from 'ofsted-ilacs';
 *
 * const roles: BuiltInRole[] = frameworkDefinition('sif-2013').areas.map((area) => area.role);
 * console.log(roles); // ['practice', 'practice', 'sub-judgement', 'sub-judgement', 'leadership', 'separate']
 * ```
 *
 * @category Frameworks
 */
export type BuiltInRole = 'leadership' | 'practice' | 'sub-judgement' | 'separate';

/**
 * A built-in framework as {@link defineFramework} defines it: the type
 * {@link frameworkDefinition} returns.
 *
 * @example
 * ```ts
 * import { frameworkDefinition, type BuiltInDefinition } from 'ofsted-ilacs';
 *
 * const ilacs: BuiltInDefinition<'ilacs-2018'> = frameworkDefinition('ilacs-2018');
 * console.log(ilacs.areas.length); // 3
 * ```
 *
 * @category Frameworks
 */
export type BuiltInDefinition<F extends FrameworkId = FrameworkId> = DefinedFramework<
  F,
  AreaId<F>,
  Judgement,
  BuiltInRole
>;

const DEFINED = /* @__PURE__ */ new Map<FrameworkId, BuiltInDefinition>();

/**
 * One of Ofsted's frameworks written in the language of {@link defineFramework}, and
 * checked by it: its scale (Ofsted's four grades, labelled as its reports label them), its
 * areas with their roles, and its overall rule. The two limiting rules are
 * `limitingRules`, chosen between by the `limitingRule` option as for the built-in
 * framework, `'any-inadequate-area'` first; the indicative median reads the leaders' and
 * practice areas only (the SIF's sub-judgements and LSCB judgement are left out); a tie
 * follows the leaders' grade. ILACS 2026 awards no overall grade (`awarded: false`) but
 * keeps the rules of ILACS 2023, so that a copy which awards one starts from them. Derived under this definition, every outcome gets the
 * grade, kind and deciding areas the built-in framework gives it (the library's tests
 * compare every combination of grades).
 *
 * Start a framework of your own from one of Ofsted's by copying its definition with an id
 * of your own; the definition itself is not passed in `frameworks`, for the library knows
 * the built-in framework already. The same object on every call, frozen.
 *
 * @example
 * ```ts
 * import { defineFramework, deriveOverallEffectiveness, frameworkDefinition } from 'ofsted-ilacs';
 *
 * const ilacs = frameworkDefinition('ilacs-2023');
 * console.log(ilacs.overall.limitingRules?.map((rule) => rule.id)); // ['any-inadequate-area', 'inadequate-practice-area']
 *
 * // A 2027 framework sketched from ILACS 2023, with overall effectiveness kept.
 * const sketch = defineFramework({ ...ilacs, id: 'cfs-2027-sketch', title: 'Children and families services, 2027 (sketch)', inForce: { from: '2027-04-01' } });
 * const derived = deriveOverallEffectiveness(
 *   { framework: 'cfs-2027-sketch', judgements: { leaders: 'good', helpAndProtection: 'inadequate', childrenInCare: 'good', careLeavers: 'good' } },
 *   { frameworks: [sketch] },
 * );
 * console.log(derived.kind, derived.grade, derived.decidingAreas); // 'limited' 'inadequate' ['helpAndProtection']
 * ```
 *
 * @category Frameworks
 */
export function frameworkDefinition<F extends FrameworkId>(id: F): BuiltInDefinition<F> {
  checkArgument('frameworkDefinition', 'id', oneOfProblem(id, FRAMEWORK_IDS, 'id'));
  let defined = DEFINED.get(id);
  if (defined === undefined) {
    defined = definitionOf(id);
    DEFINED.set(id, defined);
  }
  return defined as BuiltInDefinition<F>;
}

/** The definition of a built-in framework, read from its structure and words. */
function definitionOf(id: FrameworkId): BuiltInDefinition {
  const framework = FRAMEWORKS[id];
  const areas = framework.areas.map((area) => ({
    id: area.id,
    title: area.title,
    role: roleOf(area),
    required: area.required,
  }));
  // A rule counts the roles of the areas whose inadequate grade limits under it.
  const rolesCountedBy = (rule: string) => [
    ...new Set(areas.filter((_, index) => limitsOf(framework.areas[index]).includes(rule)).map((area) => area.role)),
  ];
  // ILACS 2026 awards no overall grade, but keeps its family's rules: the built-in framework
  // takes the same options, and a copy that awards one starts from them.
  const overall = {
    awarded: framework.hasOverallEffectiveness,
    limitingRules: LIMITING_RULES.map((rule) => ({ id: rule, anyArea: 'inadequate', roles: rolesCountedBy(rule) })),
    indicative: 'median',
    // The median reads the key areas, as the built-in derivation does.
    indicativeRoles: [
      ...new Set(areas.filter((_, index) => framework.areas[index]?.role === 'key').map((area) => area.role)),
    ],
    tieBreak: 'leaders',
  };
  const labels = JUDGEMENT_LABELS[framework.labelStyle];
  const scale = defineScale({ id: `ofsted-${framework.labelStyle}`, grades: [...JUDGEMENTS], labels: { ...labels } });
  const definition = { id, title: framework.name, scale, inForce: { ...framework.inForce }, areas, overall };
  return defineChecked(definition, true) as BuiltInDefinition;
}

/** The rules an area counts under. */
function limitsOf(area: { readonly limits: readonly string[] } | undefined): readonly string[] {
  return area?.limits ?? [];
}

/** A built-in area's role in its definition: a key area is leadership where only the default rule counts it. */
function roleOf(area: { readonly role: string; readonly limits: readonly string[] }): BuiltInRole {
  if (area.role !== 'key') return area.role as BuiltInRole;
  return area.limits.includes('inadequate-practice-area') ? 'practice' : 'leadership';
}
