import { deepFreeze } from '../internal/deepFreeze.js';
import type { AreaCorrespondence, Framework, FrameworkSource, LimitingRuleBasis } from './framework.js';
import { FRAMEWORK_STRUCTURE } from './frameworkStructure.js';
import { ILACS_LEADERS_ALONE, RULE_WORDING } from './limitingRuleWording.js';

type Structure = typeof FRAMEWORK_STRUCTURE;
type Id = keyof Structure;

/** The words of each framework: area titles, correspondences, the limiting rule's basis, sources. */
interface FrameworkWords<F extends Id> {
  readonly titles: { readonly [A in Structure[F]['areas'][number]['id']]: string };
  readonly predecessor?: {
    readonly framework: Id;
    readonly areas: Readonly<Record<string, AreaCorrespondence>>;
  };
  readonly limitingRule?: LimitingRuleBasis;
  readonly sources: readonly FrameworkSource[];
}

/**
 * Each framework's words: area titles, correspondences, the limiting rule's basis and
 * sources. Built inside a function so that a bundle that never reads `FRAMEWORKS` (one that
 * only derives ratings) carries none of this text.
 */
function frameworksWithWords() {
  const ILACS_TITLES = {
    leaders: 'The impact of leaders on social work practice with children and families',
    helpAndProtection: 'The experiences and progress of children who need help and protection',
    childrenInCare: 'The experiences and progress of children in care',
    careLeavers: 'The experiences and progress of care leavers',
  } as const;

  const ILACS_RULE: LimitingRuleBasis = {
    basis: 'read-from-published-grades',
    rule: RULE_WORDING['any-inadequate-area'],
    evidence:
      "Ofsted has published no automatic rule for ILACS; its grade descriptors are holistic. This is the library's reading of Ofsted's published grades, January 2018 to March 2025: overall effectiveness was inadequate whenever help and protection, children in care or care leavers was inadequate (34 of 34 inspections), and the rule agrees with 267 of 271 published ILACS grades.",
    whenOnlyLeadersInadequate: ILACS_LEADERS_ALONE,
  };

  const ILACS_SOURCES: readonly FrameworkSource[] = [
    {
      fact: 'ILACS inspections began in January 2018; SIF re-inspections of inadequate councils continued alongside them until July 2018.',
      source: "Ofsted, ILACS framework (2017-2018) and Ofsted's published outcomes as at 31 March 2025",
      confirmed: true,
    },
    {
      fact: 'Area titles as printed in ILACS reports.',
      source: 'ILACS report PDFs (Hull 2019, 2022 and 2026; Cheshire East 2024; Harrow 2025)',
      confirmed: true,
    },
  ];

  const WORDS: { readonly [F in Id]: FrameworkWords<F> } = {
    'sif-2013': {
      titles: {
        helpAndProtection: 'Children who need help and protection',
        childrenLookedAfter: 'Children looked after and achieving permanence',
        leaders: 'Leadership, management and governance',
        adoption: 'Adoption performance',
        careLeavers: 'The experiences and progress of care leavers',
        lscb: 'The effectiveness of the local safeguarding children board',
      },
      limitingRule: {
        basis: 'stated-by-ofsted',
        rule: 'an inadequate key judgement makes overall effectiveness inadequate',
        evidence:
          'Stated by Ofsted when it launched the single inspection framework in November 2013: a local authority judged inadequate in any of the three key judgements is judged inadequate for overall effectiveness. All 40 published SIF inspections with an inadequate key judgement were inadequate overall, and none without one.',
      },
      sources: [
        {
          fact: 'The SIF applied to inspections from 7 November 2013.',
          source: 'Ofsted, "Ofsted\'s single inspection takes effect", press release, 7 November 2013',
          confirmed: true,
        },
        {
          fact: 'The last SIF inspection was on site from 11 June to 5 July 2018 (Torbay); the last SIF report was published on 24 August 2018.',
          source:
            'Ofsted, "Children’s social care data in England 2023", underlying data (published 6 July 2023); Torbay report, 2018',
          confirmed: true,
        },
        {
          fact: 'Judgements in report order: help and protection; children looked after and achieving permanence, with adoption and care leavers as its sub-judgements; leadership, management and governance; and the LSCB review apart.',
          source: 'SIF report PDFs (Hull 2015)',
          confirmed: true,
        },
      ],
    },
    'ilacs-2018': {
      titles: {
        leaders: ILACS_TITLES.leaders,
        helpAndProtection: ILACS_TITLES.helpAndProtection,
        childrenInCareAndCareLeavers: 'The experiences and progress of children in care and care leavers',
      },
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
      limitingRule: ILACS_RULE,
      sources: ILACS_SOURCES.concat([
        {
          fact: 'Inspections that started before 1 January 2023 judged children in care and care leavers together.',
          source: 'Ofsted, consultation outcome on a separate care leavers judgement (gov.uk, 2 December 2022)',
          confirmed: true,
        },
      ]),
    },
    'ilacs-2023': {
      titles: ILACS_TITLES,
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
      limitingRule: ILACS_RULE,
      sources: ILACS_SOURCES.concat([
        {
          fact: 'From 1 January 2023 care leavers have their own judgement.',
          source: 'Ofsted, consultation outcome on a separate care leavers judgement (gov.uk, 2 December 2022)',
          confirmed: true,
        },
      ]),
    },
    'ilacs-2026': {
      titles: ILACS_TITLES,
      predecessor: {
        framework: 'ilacs-2023',
        areas: {
          leaders: { area: 'leaders' },
          helpAndProtection: { area: 'helpAndProtection' },
          childrenInCare: { area: 'childrenInCare' },
          careLeavers: { area: 'careLeavers' },
        },
      },
      sources: [
        {
          fact: 'No overall effectiveness judgement from April 2026.',
          source:
            'Ofsted announcement, 27 November 2025; 2026 ILACS reports (Brent, Liverpool, North Northamptonshire)',
          confirmed: true,
        },
        {
          fact: 'The first day of the 2026 arrangements, assumed to be 1 April 2026.',
          source:
            'Ofsted announcement, 27 November 2025 ("from April 2026"); the exact day is not confirmed. In the published reports the switch falls between 21 March and 27 April 2026: North Lincolnshire, on site 16-20 March, has an overall grade; Brent and Somerset, on site from 27 April, do not',
          confirmed: false,
        },
        {
          fact: 'The route to a short inspection, with a focused visit before it, needs leaders good or better and at least two of the three practice judgements good or better.',
          source: "Ofsted's summary of the framework changes, read second-hand",
          confirmed: false,
        },
      ],
    },
  };

  /** The public framework: its structure, with the words added to each area. */
  function withWords<F extends Id>(id: F) {
    const structure = FRAMEWORK_STRUCTURE[id];
    const words = WORDS[id] as FrameworkWords<Id>;
    const titles = words.titles as Readonly<Record<string, string>>;
    return {
      ...structure,
      areas: structure.areas.map((area) => ({ ...area, title: titles[area.id] as string })),
      ...(words.predecessor !== undefined && { predecessor: words.predecessor }),
      ...(words.limitingRule !== undefined && { limitingRule: words.limitingRule }),
      sources: words.sources,
    };
  }

  return {
    'sif-2013': withWords('sif-2013'),
    'ilacs-2018': withWords('ilacs-2018'),
    'ilacs-2023': withWords('ilacs-2023'),
    'ilacs-2026': withWords('ilacs-2026'),
  };
}

type TitledAreas<A> = { readonly [I in keyof A]: A[I] & { readonly title: string } };

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
  readonly [F in FrameworkId]: Omit<Structure[F], 'areas'> & {
    readonly areas: TitledAreas<Structure[F]['areas']>;
    readonly predecessor: F extends 'sif-2013' ? undefined : NonNullable<Framework['predecessor']>;
    readonly limitingRule: Structure[F]['hasOverallEffectiveness'] extends true ? LimitingRuleBasis : undefined;
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
export type FrameworkAreaOf<F extends FrameworkId> = (typeof FRAMEWORK_STRUCTURE)[F]['areas'][number] & {
  readonly title: string;
};

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
