import {
  calendarDate,
  createInspectionHistory,
  type GradedInspection,
  type InspectionEvent,
  type InspectionHistory,
  isGradedInspection,
  type OnSite,
} from '../index.js';
import { deepFreeze } from '../internal/deepFreeze.js';

const ri = 'requires-improvement';
const d = calendarDate;

/**
 * Hull City Council's inspection events, 2014-2026, from Ofsted's reports and letters,
 * the Department for Education's decisions, and Hull City Council's news. Where a day is
 * not verified, the note says so and names the stand-in day; where sources disagree,
 * the note gives both.
 *
 * @example
 * ```ts
 * import { HULL_EVENTS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_EVENTS.length); // 14
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_EVENTS: readonly InspectionEvent[] = deepFreeze([
  {
    kind: 'standard-inspection',
    onSite: { start: d('2014-11-18'), end: d('2014-12-10') },
    published: d('2015-02-10'),
    note: "SIF inspection; the LSCB review was also judged requires improvement. Published 10 February 2015 according to the report's cover; Ofsted's \"Children's social care data in England 2023\" gives 3 February 2015.",
    outcome: {
      framework: 'sif-2013',
      judgements: {
        helpAndProtection: ri,
        childrenLookedAfter: ri,
        leaders: ri,
        adoption: ri,
        careLeavers: ri,
        lscb: ri,
      },
      awardedOverall: ri,
    },
  },
  {
    kind: 'focused-visit',
    onSite: { start: d('2018-02-06'), end: d('2018-02-07') },
    published: d('2018-03-01'),
    theme: 'the front door',
    areasForPriorityAction: [],
    note: 'Letter published 1 March 2018 (Hull City Council news, 1 March 2018).',
  },
  {
    kind: 'standard-inspection',
    onSite: { start: d('2019-01-14'), end: d('2019-01-25') },
    published: d('2019-05-17'),
    outcome: {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: ri },
      awardedOverall: 'inadequate',
    },
  },
  {
    kind: 'improvement-notice-issued',
    date: d('2019-05-31'),
    note: 'Issued after the report of 17 May 2019, with an improvement adviser; the BBC reported it in late June 2019. The day is not verified: 31 May 2019 stands in and is probably early.',
  },
  {
    kind: 'monitoring-visit',
    onSite: { start: d('2020-01-14'), end: d('2020-01-15') },
    sequence: 2,
    theme: 'children in care',
    findings: ['The experiences and progress of children in care have significantly declined.'],
    note: "The second monitoring visit since the inadequate judgement (Ofsted's letter). The days on site are not verified: 14 and 15 January 2020 stand in. On 6 February 2020 the council said every case was being reviewed and a further £4.4m committed (LocalGov, 7 February 2020).",
  },
  {
    kind: 'statutory-direction-issued',
    date: d('2020-03-16'),
    legalBasis: 'Education Act 1996 s.497A',
    note: "A commissioner appointed, after the January 2020 monitoring visit and the October 2019 SEND revisit. The DfE's decision page was first published on 16 March 2020; the direction's own day is not verified, so that day stands in.",
  },
  {
    kind: 'monitoring-visit',
    onSite: { start: d('2021-06-30'), end: d('2021-07-01') },
    theme: 'children in need and children subject to a child protection plan',
    findings: ['More children now benefit from child-focused, responsive practice.'],
    note: 'Hull City Council news, 4 August 2021.',
  },
  {
    kind: 'monitoring-visit',
    onSite: { start: d('2021-11-18'), end: d('2021-11-19') },
    theme: 'children in care',
    findings: ['Permanence planning for children in care has improved.'],
    note: 'Hull City Council news, 14 January 2022.',
  },
  {
    kind: 'monitoring-visit',
    onSite: { start: d('2022-07-20'), end: d('2022-07-21') },
    published: d('2022-08-24'),
    sequence: 6,
    theme: 'early help and children in need assessments',
    findings: ['Children and families referred to services receive timely and appropriate responses.'],
    note: 'The sixth monitoring visit (Community Care, 25 August 2022); findings published 24 August 2022 (Hull City Council news).',
  },
  {
    kind: 'statutory-direction-revoked',
    date: d('2022-08-05'),
    legalBasis: 'Education Act 1996 s.497A',
    note: "Replaced by an improvement notice. The DfE's decision page (updated 5 August 2022) says the notice was issued on 5 August; the revocation's own day is not verified, so 5 August stands in.",
  },
  { kind: 'improvement-notice-issued', date: d('2022-08-05') },
  {
    kind: 'standard-inspection',
    onSite: { start: d('2022-11-14'), end: d('2022-11-25') },
    published: d('2023-01-13'),
    outcome: {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: ri, childrenInCareAndCareLeavers: 'good' },
      awardedOverall: ri,
    },
  },
  {
    kind: 'improvement-notice-lifted',
    date: d('2023-09-28'),
    note: 'Hull City Council news, 28 September 2023; Children and Young People Now, 12 October 2023.',
  },
  {
    kind: 'standard-inspection',
    onSite: { start: d('2026-03-02'), end: d('2026-03-13') },
    published: d('2026-05-18'),
    outcome: {
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'outstanding',
        helpAndProtection: 'good',
        childrenInCare: 'good',
        careLeavers: 'outstanding',
      },
      awardedOverall: 'good',
    },
  },
]);

const created = createInspectionHistory({ name: 'Kingston upon Hull', code: 'E06000010' }, HULL_EVENTS);
if (!created.ok) throw new Error(`Hull's history is invalid: ${JSON.stringify(created.issues)}`);

/**
 * Hull's inspection history, 2014-2026, checked by `createInspectionHistory`.
 *
 * @example
 * ```ts
 * import { calendarDate, interventionRegimeOn } from 'ofsted-ilacs';
 * import { HULL_HISTORY } from 'ofsted-ilacs/testing';
 *
 * console.log(interventionRegimeOn(HULL_HISTORY, calendarDate('2021-01-01')).regime); // 'statutory-direction'
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_HISTORY: InspectionHistory = deepFreeze(created.value);

/**
 * Hull's four graded inspections (2014 SIF; 2019, 2022 and 2026 ILACS), oldest first,
 * each with both its days on site (from the reports themselves).
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 * import { HULL_INSPECTIONS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_INSPECTIONS.map((inspection) => checkAwardedOverall(inspection.outcome).kind));
 * // ['consistent', 'consistent', 'consistent', 'consistent']
 * ```
 *
 * @category Hull, a worked example
 */
export const HULL_INSPECTIONS: readonly (GradedInspection & { readonly onSite: OnSite })[] = deepFreeze(
  HULL_HISTORY.events.filter(
    (event): event is GradedInspection & { readonly onSite: OnSite } =>
      isGradedInspection(event) && event.onSite?.end !== undefined,
  ),
);
