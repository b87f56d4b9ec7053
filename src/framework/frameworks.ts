import { deepFreeze } from '../internal/deepFreeze.js';
import type { Framework } from './framework.js';

const BOTH_RULES = ['any-inadequate-area', 'inadequate-practice-area'] as const;
const DEFAULT_RULE_ONLY = ['any-inadequate-area'] as const;

const ILACS_LEADERS = {
  id: 'leaders',
  title: 'The impact of leaders on social work practice with children and families',
  shortTitle: 'leaders',
  role: 'key',
  required: true,
  limits: DEFAULT_RULE_ONLY,
} as const satisfies Framework['areas'][number];

const ILACS_HELP_AND_PROTECTION = {
  id: 'helpAndProtection',
  title: 'The experiences and progress of children who need help and protection',
  shortTitle: 'help and protection',
  role: 'key',
  required: true,
  limits: BOTH_RULES,
} as const satisfies Framework['areas'][number];

const ILACS_2023_AREAS = [
  ILACS_LEADERS,
  ILACS_HELP_AND_PROTECTION,
  {
    id: 'childrenInCare',
    title: 'The experiences and progress of children in care',
    shortTitle: 'children in care',
    role: 'key',
    required: true,
    limits: BOTH_RULES,
  },
  {
    id: 'careLeavers',
    title: 'The experiences and progress of care leavers',
    shortTitle: 'care leavers',
    role: 'key',
    required: true,
    limits: BOTH_RULES,
  },
] as const satisfies Framework['areas'];

/**
 * Ofsted's frameworks for inspecting local authority children's services, keyed by id.
 *
 * - `sif-2013`: the single inspection framework (from 7 November 2013; SIF-format
 *   inspections ran into spring 2018).
 * - `ilacs-2018`: inspecting local authority children's services, January 2018 to
 *   December 2022; children in care and care leavers judged together.
 * - `ilacs-2023`: from 1 January 2023; care leavers judged separately.
 * - `ilacs-2026`: from April 2026; the same four areas and no overall effectiveness
 *   judgement. The exact first day is not confirmed: `2026-04-01` is an assumption a
 *   caller can override with its own framework list (see {@link frameworkForDate}).
 *
 * Frozen. Titles are data: a report may word a title differently; the id is stable.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS } from 'ofsted-ilacs';
 *
 * console.log(FRAMEWORKS['ilacs-2023'].areas.map((area) => area.id));
 * // ['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers']
 * console.log(FRAMEWORKS['ilacs-2026'].hasOverallEffectiveness); // false
 * ```
 */
export const FRAMEWORKS = /* @__PURE__ */ deepFreeze({
  'sif-2013': {
    id: 'sif-2013',
    name: 'Single inspection framework (SIF)',
    inForce: { from: '2013-11-07', until: '2018-05-31' },
    hasOverallEffectiveness: true,
    labelStyle: 'sif',
    areas: [
      {
        id: 'helpAndProtection',
        title: 'Children who need help and protection',
        shortTitle: 'help and protection',
        role: 'key',
        required: true,
        limits: BOTH_RULES,
      },
      {
        id: 'childrenLookedAfter',
        title: 'Children looked after and achieving permanence',
        shortTitle: 'children looked after',
        role: 'key',
        required: true,
        limits: BOTH_RULES,
      },
      {
        id: 'leaders',
        title: 'Leadership, management and governance',
        shortTitle: 'leadership',
        role: 'key',
        required: true,
        limits: DEFAULT_RULE_ONLY,
      },
      {
        id: 'adoption',
        title: 'Adoption performance',
        shortTitle: 'adoption',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
        limits: [],
      },
      {
        id: 'careLeavers',
        title: 'The experiences and progress of care leavers',
        shortTitle: 'care leavers',
        role: 'sub-judgement',
        parent: 'childrenLookedAfter',
        required: false,
        limits: [],
      },
      {
        id: 'lscb',
        title: 'The effectiveness of the local safeguarding children board',
        shortTitle: 'LSCB',
        role: 'separate',
        required: false,
        limits: [],
      },
    ],
  },
  'ilacs-2018': {
    id: 'ilacs-2018',
    name: 'Inspecting local authority children’s services (ILACS), 2018',
    inForce: { from: '2018-01-01', until: '2022-12-31' },
    hasOverallEffectiveness: true,
    labelStyle: 'ilacs',
    predecessor: {
      framework: 'sif-2013',
      areas: {
        leaders: { area: 'leaders', note: 'SIF judged leadership, management and governance' },
        helpAndProtection: { area: 'helpAndProtection' },
        childrenInCareAndCareLeavers: {
          area: 'childrenLookedAfter',
          note: 'SIF judged children looked after and achieving permanence, with care leavers as a sub-judgement',
        },
      },
    },
    areas: [
      ILACS_LEADERS,
      ILACS_HELP_AND_PROTECTION,
      {
        id: 'childrenInCareAndCareLeavers',
        title: 'The experiences and progress of children in care and care leavers',
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
    inForce: { from: '2023-01-01', until: '2026-03-31' },
    hasOverallEffectiveness: true,
    labelStyle: 'ilacs',
    predecessor: {
      framework: 'ilacs-2018',
      areas: {
        leaders: { area: 'leaders' },
        helpAndProtection: { area: 'helpAndProtection' },
        childrenInCare: {
          area: 'childrenInCareAndCareLeavers',
          note: 'compared with the 2018 judgement of children in care and care leavers together',
        },
        careLeavers: {
          area: 'childrenInCareAndCareLeavers',
          note: 'compared with the 2018 judgement of children in care and care leavers together',
        },
      },
    },
    areas: ILACS_2023_AREAS,
  },
  'ilacs-2026': {
    id: 'ilacs-2026',
    name: 'Inspecting local authority children’s services (ILACS), 2026',
    inForce: { from: '2026-04-01' },
    hasOverallEffectiveness: false,
    labelStyle: 'ilacs',
    predecessor: {
      framework: 'ilacs-2023',
      areas: {
        leaders: { area: 'leaders' },
        helpAndProtection: { area: 'helpAndProtection' },
        childrenInCare: { area: 'childrenInCare' },
        careLeavers: { area: 'careLeavers' },
      },
    },
    areas: ILACS_2023_AREAS,
  },
} as const satisfies Record<string, Framework>);

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
 */
export type FrameworkId = keyof typeof FRAMEWORKS;

/**
 * The ids of the built-in frameworks, oldest first.
 *
 * @example
 * ```ts
 * import { FRAMEWORK_IDS } from 'ofsted-ilacs';
 *
 * console.log(FRAMEWORK_IDS); // ['sif-2013', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026']
 * ```
 */
export const FRAMEWORK_IDS = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(FRAMEWORKS) as FrameworkId[],
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
 */
export function isFrameworkId(value: unknown): value is FrameworkId {
  return typeof value === 'string' && Object.hasOwn(FRAMEWORKS, value);
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
 */
export type FrameworkAreaOf<F extends FrameworkId> = (typeof FRAMEWORKS)[F]['areas'][number];

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
 */
export type AreaId<F extends FrameworkId = FrameworkId> = FrameworkAreaOf<F>['id'];
