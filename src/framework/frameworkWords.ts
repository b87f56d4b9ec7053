import type { AreaCorrespondence, FrameworkSource, LimitingRuleBasis } from './framework.js';
import type { FRAMEWORK_STRUCTURE } from './frameworkStructure.js';
import { ILACS_LEADERS_ALONE, RULE_WORDING } from './limitingRuleWording.js';

type Structure = typeof FRAMEWORK_STRUCTURE;
type Id = keyof Structure;

/** The words of a framework: area titles, correspondences, the limiting rule's basis, sources. @internal */
export interface FrameworkWords<F extends Id> {
  readonly titles: { readonly [A in Structure[F]['areas'][number]['id']]: string };
  readonly predecessor?: {
    readonly framework: Id;
    readonly areas: Readonly<Record<string, AreaCorrespondence>>;
  };
  readonly limitingRule?: LimitingRuleBasis;
  readonly sources: readonly FrameworkSource[];
}

/** The ILACS area titles, as printed in ILACS reports. */
function ilacsTitles() {
  return {
    leaders: 'The impact of leaders on social work practice with children and families',
    helpAndProtection: 'The experiences and progress of children who need help and protection',
    childrenInCare: 'The experiences and progress of children in care',
    careLeavers: 'The experiences and progress of care leavers',
  } as const;
}

/** The basis of the ILACS limiting rule: the library's reading of Ofsted's published grades. */
function ilacsRule(): LimitingRuleBasis {
  return {
    basis: 'read-from-published-grades',
    rule: RULE_WORDING['any-inadequate-area'],
    evidence:
      "Ofsted has published no automatic rule for ILACS; its grade descriptors are holistic. This is the library's reading of Ofsted's published grades, January 2018 to March 2025: overall effectiveness was inadequate whenever help and protection, children in care or care leavers was inadequate (34 of 34 inspections), and the rule agrees with 267 of 271 published ILACS grades.",
    whenOnlyLeadersInadequate: ILACS_LEADERS_ALONE,
  };
}

/** The sources every ILACS framework shares. */
function ilacsSources(): FrameworkSource[] {
  return [
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
}

/** The words of sif-2013. @internal */
export function sifWords(): FrameworkWords<'sif-2013'> {
  return {
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
  };
}

/** The words of ilacs-2018. @internal */
export function ilacs2018Words(): FrameworkWords<'ilacs-2018'> {
  const ILACS = ilacsTitles();
  return {
    titles: {
      leaders: ILACS.leaders,
      helpAndProtection: ILACS.helpAndProtection,
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
    limitingRule: ilacsRule(),
    sources: ilacsSources().concat([
      {
        fact: 'Inspections that started before 1 January 2023 judged children in care and care leavers together.',
        source: 'Ofsted, consultation outcome on a separate care leavers judgement (gov.uk, 2 December 2022)',
        confirmed: true,
      },
    ]),
  };
}

/** The words of ilacs-2023. @internal */
export function ilacs2023Words(): FrameworkWords<'ilacs-2023'> {
  return {
    titles: ilacsTitles(),
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
    limitingRule: ilacsRule(),
    sources: ilacsSources().concat([
      {
        fact: 'From 1 January 2023 care leavers have their own judgement.',
        source: 'Ofsted, consultation outcome on a separate care leavers judgement (gov.uk, 2 December 2022)',
        confirmed: true,
      },
    ]),
  };
}

/** The words of ilacs-2026. @internal */
export function ilacs2026Words(): FrameworkWords<'ilacs-2026'> {
  return {
    titles: ilacsTitles(),
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
        source: 'Ofsted announcement, 27 November 2025; 2026 ILACS reports (Brent, Liverpool, North Northamptonshire)',
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
  };
}
