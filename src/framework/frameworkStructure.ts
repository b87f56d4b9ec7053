import type { BuiltInStructure } from './framework.js';

/**
 * The overall rule of the ILACS frameworks and the SIF, in the language of
 * `defineFramework`: an inadequate area limits overall to inadequate, under the default
 * rule any key area, under the other the practice areas only; otherwise the median of
 * the key areas, a tie broken towards the leaders' grade (the rule that agrees best with
 * Ofsted's tied outcomes: see `docs/overall-effectiveness.md`). Where no overall grade is
 * awarded (ILACS 2026) the rules stay, for a copy that awards one.
 */
function overallRule<const W extends boolean>(awarded: W) {
  return {
    awarded,
    limitingRules: [
      { id: 'any-inadequate-area', anyArea: 'inadequate', roles: ['leadership', 'practice'] },
      { id: 'inadequate-practice-area', anyArea: 'inadequate', roles: ['practice'] },
    ],
    indicative: 'median',
    indicativeRoles: ['leadership', 'practice'],
    tieBreak: 'leaders',
  } as const;
}

const ILACS_LEADERS = { id: 'leaders', shortTitle: 'leaders', role: 'leadership', required: true } as const;

const ILACS_HELP_AND_PROTECTION = {
  id: 'helpAndProtection',
  shortTitle: 'help and protection',
  role: 'practice',
  required: true,
} as const;

const ILACS_2023_AREAS = [
  ILACS_LEADERS,
  ILACS_HELP_AND_PROTECTION,
  { id: 'childrenInCare', shortTitle: 'children in care', role: 'practice', required: true },
  { id: 'careLeavers', shortTitle: 'care leavers', role: 'practice', required: true },
] as const;

/**
 * Each built-in framework as it is defined, in the language of `defineFramework` apart
 * from its words: its areas with their roles, and its overall rule as data. The rating
 * functions compile their tables from it; `FRAMEWORKS` adds Ofsted's titles, notes and
 * sources and the roles and limits in the built-in vocabulary; `FRAMEWORK_DEFINITIONS`
 * adds the titles and the scale and passes it through `defineFramework`'s checks. Kept
 * apart from the words so that a bundle that only derives ratings carries no titles.
 *
 * @internal
 */
export const FRAMEWORK_STRUCTURE = {
  'sif-2013': {
    id: 'sif-2013',
    name: 'Single inspection framework (SIF)',
    family: 'sif',
    // From: Ofsted, "Ofsted's single inspection takes effect", 7 November 2013.
    inForce: { from: '2013-11-07', until: '2018-08-24' },
    statedLimitingRule: 'any-inadequate-area',
    labelStyle: 'sif',
    areas: [
      { id: 'helpAndProtection', shortTitle: 'help and protection', role: 'practice', required: true },
      { id: 'childrenLookedAfter', shortTitle: 'children looked after', role: 'practice', required: true },
      {
        id: 'adoption',
        shortTitle: 'adoption',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
      },
      {
        id: 'careLeavers',
        shortTitle: 'care leavers',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
      },
      { id: 'leaders', shortTitle: 'leadership', role: 'leadership', required: true },
      { id: 'lscb', shortTitle: 'LSCB', role: 'separate', required: false },
    ],
    overall: /* @__PURE__ */ overallRule(true),
  },
  'ilacs-2018': {
    id: 'ilacs-2018',
    name: 'Inspecting local authority children’s services (ILACS), 2018',
    family: 'ilacs',
    inForce: { from: '2018-01-01', until: '2022-12-31' },
    labelStyle: 'ilacs',
    areas: [
      ILACS_LEADERS,
      ILACS_HELP_AND_PROTECTION,
      {
        id: 'childrenInCareAndCareLeavers',
        shortTitle: 'children in care and care leavers',
        role: 'practice',
        required: true,
      },
    ],
    overall: /* @__PURE__ */ overallRule(true),
  },
  'ilacs-2023': {
    id: 'ilacs-2023',
    name: 'Inspecting local authority children’s services (ILACS), 2023',
    family: 'ilacs',
    inForce: { from: '2023-01-01', until: '2026-03-31' },
    labelStyle: 'ilacs',
    areas: ILACS_2023_AREAS,
    overall: /* @__PURE__ */ overallRule(true),
  },
  'ilacs-2026': {
    id: 'ilacs-2026',
    name: 'Inspecting local authority children’s services (ILACS), 2026',
    family: 'ilacs',
    // Assumed: the reports put the switch between 21 March and 27 April 2026 (North Lincolnshire,
    // on site 16-20 March, has an overall grade; Brent and Somerset, from 27 April, do not).
    inForce: { from: '2026-04-01' },
    labelStyle: 'ilacs',
    areas: ILACS_2023_AREAS,
    overall: /* @__PURE__ */ overallRule(false),
  },
} as const satisfies Record<string, BuiltInStructure>;

/** Whether an area of a built-in framework is a key area: one its median reads. @internal */
export function isKeyRole(structure: BuiltInStructure, role: string): boolean {
  return (structure.overall.indicativeRoles as readonly string[]).includes(role);
}

/** The limiting rules that count an area of a built-in framework, by its role. @internal */
export function rulesCounting(structure: BuiltInStructure, role: string): BuiltInStructure['overall']['limitingRules'] {
  return structure.overall.limitingRules.filter((rule) => (rule.roles as readonly string[]).includes(role));
}
