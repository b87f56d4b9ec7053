import type { InspectionOutcome } from '../src/index.js';

/** One of Hull City Council's graded inspections, as Ofsted published it. */
export interface HullInspection {
  readonly onSite: string;
  readonly event: string;
  readonly published: string;
  readonly outcome: InspectionOutcome;
}

const ri = 'requires-improvement';

/** Hull City Council's graded inspections, 2014-2026 (see the project's domain notes, section 7). */
export const HULL_INSPECTIONS: readonly HullInspection[] = [
  {
    onSite: '2014-11-18 to 2014-12-10',
    event: 'SIF inspection',
    published: '2015-02-03',
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
    onSite: '2019-01-14 to 2019-01-25',
    event: 'ILACS standard inspection',
    published: '2019-05-17',
    outcome: {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: ri },
      awardedOverall: 'inadequate',
    },
  },
  {
    onSite: '2022-11-14 to 2022-11-25',
    event: 'ILACS standard inspection',
    published: '2023-01-13',
    outcome: {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: ri, childrenInCareAndCareLeavers: 'good' },
      awardedOverall: ri,
    },
  },
  {
    onSite: '2026-03-02 to 2026-03-13',
    event: 'ILACS standard inspection',
    published: '2026-05-18',
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
];
