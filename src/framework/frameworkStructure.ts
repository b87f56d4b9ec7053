import type { FrameworkStructure } from './framework.js';

const BOTH_RULES = ['any-inadequate-area', 'inadequate-practice-area'] as const;
const DEFAULT_RULE_ONLY = ['any-inadequate-area'] as const;

const ILACS_LEADERS = {
  id: 'leaders',
  shortTitle: 'leaders',
  role: 'key',
  required: true,
  limits: DEFAULT_RULE_ONLY,
} as const;

const ILACS_HELP_AND_PROTECTION = {
  id: 'helpAndProtection',
  shortTitle: 'help and protection',
  role: 'key',
  required: true,
  limits: BOTH_RULES,
} as const;

const ILACS_2023_AREAS = [
  ILACS_LEADERS,
  ILACS_HELP_AND_PROTECTION,
  { id: 'childrenInCare', shortTitle: 'children in care', role: 'key', required: true, limits: BOTH_RULES },
  { id: 'careLeavers', shortTitle: 'care leavers', role: 'key', required: true, limits: BOTH_RULES },
] as const;

/**
 * What each built-in framework is, apart from its words: its family, the dates it was in
 * use, whether it awards overall effectiveness, and its areas with their roles and the
 * limiting rules they count under. The rating functions need only this; `FRAMEWORKS` adds
 * Ofsted's titles, notes and sources. Kept apart so that a bundle that only derives
 * ratings carries no titles.
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
    hasOverallEffectiveness: true,
    statedLimitingRule: 'any-inadequate-area',
    labelStyle: 'sif',
    areas: [
      { id: 'helpAndProtection', shortTitle: 'help and protection', role: 'key', required: true, limits: BOTH_RULES },
      {
        id: 'childrenLookedAfter',
        shortTitle: 'children looked after',
        role: 'key',
        required: true,
        limits: BOTH_RULES,
      },
      {
        id: 'adoption',
        shortTitle: 'adoption',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
        limits: [],
      },
      {
        id: 'careLeavers',
        shortTitle: 'care leavers',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
        limits: [],
      },
      { id: 'leaders', shortTitle: 'leadership', role: 'key', required: true, limits: DEFAULT_RULE_ONLY },
      { id: 'lscb', shortTitle: 'LSCB', role: 'separate', required: false, limits: [] },
    ],
  },
  'ilacs-2018': {
    id: 'ilacs-2018',
    name: 'Inspecting local authority children’s services (ILACS), 2018',
    family: 'ilacs',
    inForce: { from: '2018-01-01', until: '2022-12-31' },
    hasOverallEffectiveness: true,
    labelStyle: 'ilacs',
    areas: [
      ILACS_LEADERS,
      ILACS_HELP_AND_PROTECTION,
      {
        id: 'childrenInCareAndCareLeavers',
        shortTitle: 'children in care and care leavers',
        role: 'key',
        required: true,
        limits: BOTH_RULES,
      },
    ],
  },
  'ilacs-2023': {
    id: 'ilacs-2023',
    name: 'Inspecting local authority children’s services (ILACS), 2023',
    family: 'ilacs',
    inForce: { from: '2023-01-01', until: '2026-03-31' },
    hasOverallEffectiveness: true,
    labelStyle: 'ilacs',
    areas: ILACS_2023_AREAS,
  },
  'ilacs-2026': {
    id: 'ilacs-2026',
    name: 'Inspecting local authority children’s services (ILACS), 2026',
    family: 'ilacs',
    // Assumed: the reports put the switch between 21 March and 27 April 2026 (North Lincolnshire,
    // on site 16-20 March, has an overall grade; Brent and Somerset, from 27 April, do not).
    inForce: { from: '2026-04-01' },
    hasOverallEffectiveness: false,
    labelStyle: 'ilacs',
    areas: ILACS_2023_AREAS,
  },
} as const satisfies Record<string, FrameworkStructure>;
