import {
  calendarDate,
  createInspectionHistory,
  type GradedInspection,
  type InspectionEvent,
  type InspectionHistory,
  isGradedInspection,
} from '../index.js';
import { deepFreeze } from '../internal/deepFreeze.js';

const ri = 'requires-improvement';
const d = calendarDate;

/**
 * Hull City Council's inspection events, 2014-2026, from Ofsted's reports and the
 * Department for Education's decisions. Where only the month or season of an event is
 * known, the note says so and names the stand-in day. Monitoring visits (January 2020
 * and 2021-2022) are left out: their days on site are not recorded here.
 *
 * @example
 * ```ts
 * import { HULL_EVENTS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_EVENTS.length); // 10
 * ```
 */
export const HULL_EVENTS: readonly InspectionEvent[] = deepFreeze([
  {
    kind: 'standard-inspection',
    onSite: { start: d('2014-11-18'), end: d('2014-12-10') },
    published: d('2015-02-03'),
    note: 'SIF inspection; the LSCB review was also judged requires improvement.',
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
    theme: 'the front door',
    areasForPriorityAction: [],
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
    note: 'Issued in May 2019 with an improvement adviser; the day is not recorded here, so the last day of May stands in.',
  },
  {
    kind: 'statutory-direction-issued',
    date: d('2020-03-16'),
    note: 'A commissioner appointed, after a January 2020 monitoring visit found that the experiences of children in care had significantly declined; the council committed a further £4.4m.',
  },
  { kind: 'statutory-direction-revoked', date: d('2022-08-05'), note: 'Replaced by an improvement notice.' },
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
    date: d('2023-11-30'),
    note: 'Lifted in autumn 2023; the day is not recorded here, so the last day of November stands in.',
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
 */
export const HULL_HISTORY: InspectionHistory = deepFreeze(created.value);

/**
 * Hull's four graded inspections (2014 SIF; 2019, 2022 and 2026 ILACS), oldest first.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 * import { HULL_INSPECTIONS } from 'ofsted-ilacs/testing';
 *
 * console.log(HULL_INSPECTIONS.map((inspection) => checkAwardedOverall(inspection.outcome).kind));
 * // ['consistent', 'consistent', 'consistent', 'consistent']
 * ```
 */
export const HULL_INSPECTIONS: readonly GradedInspection[] = deepFreeze(HULL_HISTORY.events.filter(isGradedInspection));
