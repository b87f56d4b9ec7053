import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  type DefinedOutcome,
  defineFramework,
  directionOfTravel,
  type FrameworkId,
  type InspectionEvent,
  type InspectionOutcome,
  STATUTORY_CLOCKS,
  statutoryDeadlines,
} from '../../src/index.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import { HULL_INSPECTIONS } from '../../src/testing/hullHistory.js';
import { CFS_2027_SKETCH as cfs2027, REPORT_CARD_SCALE as fivePoint } from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const d = calendarDate;

/** A council's own review on the same scale, awarding no overall grade. */
const countyReview = defineFramework({
  id: 'county-review-2027',
  title: 'County review',
  scale: fivePoint,
  inForce: { from: '2027-01-01' },
  areas: [
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice', required: false },
  ],
  overall: { awarded: false },
});
const frameworks = [cfs2027, countyReview];

type Event = InspectionEvent<FrameworkId | typeof cfs2027>;
type Outcome = InspectionOutcome | DefinedOutcome<typeof cfs2027 | typeof countyReview>;

const cfsInspection: Event = deepFreeze({
  kind: 'graded-inspection',
  onSite: { start: d('2027-03-01'), end: d('2027-03-12') },
  reportReceived: d('2027-04-12'),
  published: d('2027-05-04'),
  outcome: {
    framework: 'cfs-2027',
    judgements: { leaders: 'strong', help: 'needs-attention', inCare: 'expected', careLeavers: 'not-judged' },
    awardedOverall: 'needs-attention',
  },
});

const earlier: Outcome = deepFreeze({
  framework: 'cfs-2027',
  judgements: { leaders: 'expected', help: 'urgent-improvement', inCare: 'strong' },
  awardedOverall: 'urgent-improvement',
});
const later: Outcome = deepFreeze({
  framework: 'cfs-2027',
  judgements: { leaders: 'expected', help: 'strong', inCare: 'needs-attention', careLeavers: 'exceptional' },
  awardedOverall: 'needs-attention',
});
const ilacs2023: Outcome = {
  framework: 'ilacs-2023',
  judgements: {
    leaders: 'good',
    helpAndProtection: 'requires-improvement',
    childrenInCare: 'good',
    careLeavers: 'good',
  },
  awardedOverall: 'good',
};

describe('statutoryDeadlines with frameworks of your own', () => {
  it('accepts a graded inspection under your framework, and starts no clock from it', () => {
    expect(statutoryDeadlines(cfsInspection, { frameworks })).toEqual([]);
  });

  it('starts none from your clocks of graded inspections either: no ILACS clock is guessed from your grades', () => {
    const clocks = STATUTORY_CLOCKS.map((clock) => ({ ...clock, workingDays: 5 }));
    expect(statutoryDeadlines(cfsInspection, { frameworks, clocks })).toEqual([]);
  });

  it('gives the same deadlines for Ofsted’s inspections and for visits, with the option or without', () => {
    const apaVisit: Event = {
      kind: 'focused-visit',
      onSite: { start: d('2027-06-08'), end: d('2027-06-09') },
      reportReceived: d('2027-07-01'),
      theme: 'the front door',
      areasForPriorityAction: ['Referrals wait too long.'],
    };
    for (const event of [HULL_INSPECTIONS[1] as Event, apaVisit]) {
      const plain = statutoryDeadlines(event as InspectionEvent);
      expect(plain.length).toBeGreaterThan(0);
      expect(statutoryDeadlines(event, { frameworks })).toEqual(plain);
    }
    const due = statutoryDeadlines(apaVisit, { frameworks }).map((x) => (x.status === 'due' ? x.due : x.status));
    expect(due).toEqual(['2027-07-29', '2027-10-08']);
  });

  it('refuses such an inspection without the option, saying how to pass your framework', () => {
    const error = thrown(() => statutoryDeadlines(cfsInspection as InspectionEvent));
    expect(error.code).toBe('invalid-event');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      path: ['event', 'outcome', 'framework'],
      code: 'unknown-framework',
      params: { found: '"cfs-2027"' },
    });
    expect(error.issues[0]?.message).toMatch(/defineFramework.*options\.frameworks/);
  });

  it('checks the inspection by your framework: a grade off its scale, a day before it came in', () => {
    const offScale = { ...cfsInspection, outcome: { ...cfsInspection.outcome, judgements: { leaders: 'good' } } };
    const graded = thrown(() => statutoryDeadlines(offScale as never, { frameworks }));
    expect(graded.code).toBe('invalid-event');
    expect(graded.issues.map((found) => [found.path.join('.'), found.code])).toEqual(
      expect.arrayContaining([
        ['event.outcome.judgements.leaders', 'invalid-value'],
        ['event.outcome.judgements.help', 'missing-area'],
      ]),
    );
    const early = { ...cfsInspection, onSite: { start: d('2026-11-02'), end: d('2026-11-06') } };
    const dated = thrown(() => statutoryDeadlines(early as never, { frameworks }));
    expect(dated.issues.map((found) => found.code)).toEqual(['framework-not-in-force']);
  });

  it('refuses frameworks not made by defineFramework', () => {
    const error = thrown(() =>
      statutoryDeadlines(cfsInspection as never, { frameworks: [{ id: 'cfs-2027' }] as never }),
    );
    expect(error.code).toBe('invalid-option');
    expect(error.issues[0]?.path).toEqual(['options', 'frameworks']);
  });

  it('reads the event once, and never changes it', () => {
    let reads = 0;
    const event = {
      ...structuredClone(cfsInspection),
      get kind() {
        reads += 1;
        return 'graded-inspection' as const;
      },
    };
    const before = JSON.stringify(event);
    reads = 0;
    expect(statutoryDeadlines(event as Event, { frameworks })).toEqual([]);
    expect(reads).toBe(1);
    expect(JSON.stringify(event)).toBe(before);
    expect(Object.isFrozen(event)).toBe(false);
  });
});

describe('directionOfTravel with frameworks of your own', () => {
  it('compares two outcomes under one framework of yours area by area, by its scale, in its labels', () => {
    const report = directionOfTravel(earlier, later, { frameworks });
    expect([report.from, report.to]).toEqual(['cfs-2027', 'cfs-2027']);
    expect(report.areas.map((c) => [c.area, c.from, c.to, c.direction, c.steps])).toEqual([
      ['leaders', 'expected', 'expected', 'unchanged', 0],
      ['help', 'urgent-improvement', 'strong', 'improved', 3],
      ['inCare', 'strong', 'needs-attention', 'declined', -2],
      ['careLeavers', undefined, 'exceptional', 'not-comparable', undefined],
    ]);
    expect(report.areas.map((c) => c.reason)).toEqual([
      'leaders: Expected standard to Expected standard, unchanged.',
      'help: Urgent improvement to Strong standard, improved.',
      'inCare: Strong standard to Needs attention, declined.',
      'careLeavers: not graded in the earlier inspection.',
    ]);
    expect(report.overall).toEqual({
      area: 'overall',
      from: 'urgent-improvement',
      to: 'needs-attention',
      direction: 'improved',
      steps: 1,
      reason: 'overall: Urgent improvement to Needs attention, improved.',
    });
    expect(report.unmatched).toEqual([]);
  });

  it('leaves an area judged not-judged, and an overall grade a framework does not award, not comparable', () => {
    const notJudged = { ...later, judgements: { ...later.judgements, help: 'not-judged' } } as Outcome;
    const report = directionOfTravel(earlier, notJudged, { frameworks });
    expect(report.areas[1]).toMatchObject({ area: 'help', direction: 'not-comparable' });
    const review = directionOfTravel(
      { framework: 'county-review-2027', judgements: { leaders: 'strong' } },
      { framework: 'county-review-2027', judgements: { leaders: 'exceptional', frontDoor: 'expected' } },
      { frameworks },
    );
    expect(review.overall.reason).toBe(
      'overall: county-review-2027 awards no overall grade, and county-review-2027 awards no overall grade.',
    );
    expect(review.areas.map((c) => [c.area, c.direction])).toEqual([
      ['leaders', 'improved'],
      ['frontDoor', 'not-comparable'],
    ]);
  });

  it('says an outcome under yours and one under Ofsted’s are not comparable, in every area and overall', () => {
    const report = directionOfTravel(ilacs2023, later, { frameworks });
    expect([report.from, report.to]).toEqual(['ilacs-2023', 'cfs-2027']);
    expect(report.areas.map((c) => [c.area, c.direction, c.reason])).toEqual([
      ['leaders', 'not-comparable', 'leaders: nothing in ilacs-2023 corresponds to it.'],
      ['help', 'not-comparable', 'help: nothing in ilacs-2023 corresponds to it.'],
      ['inCare', 'not-comparable', 'inCare: nothing in ilacs-2023 corresponds to it.'],
      ['careLeavers', 'not-comparable', 'careLeavers: nothing in ilacs-2023 corresponds to it.'],
    ]);
    expect(report.overall).toMatchObject({
      from: 'good',
      to: 'needs-attention',
      direction: 'not-comparable',
      reason: 'overall: ilacs-2023 and cfs-2027 grade on different scales.',
    });
    expect(report.unmatched).toEqual(['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers']);
    const back = directionOfTravel(later, ilacs2023, { frameworks });
    expect(back.areas.every((c) => c.direction === 'not-comparable')).toBe(true);
    expect(back.unmatched).toEqual(['leaders', 'help', 'inCare', 'careLeavers']);
  });

  it('does not compare two frameworks of yours, though they share a scale and area ids', () => {
    const report = directionOfTravel(
      later,
      { framework: 'county-review-2027', judgements: { leaders: 'exceptional' } },
      { frameworks },
    );
    expect(report.areas).toEqual([
      {
        area: 'leaders',
        to: 'exceptional',
        direction: 'not-comparable',
        reason: 'leaders: nothing in cfs-2027 corresponds to it.',
      },
    ]);
    expect(report.overall.direction).toBe('not-comparable');
  });

  it('answers for Ofsted’s outcomes as without the option', () => {
    const [, ilacs2019, ilacs2022] = HULL_INSPECTIONS.map((inspection) => inspection.outcome);
    expect(directionOfTravel(ilacs2019!, ilacs2022!, { frameworks })).toEqual(
      directionOfTravel(ilacs2019!, ilacs2022!),
    );
  });

  it('refuses an outcome under yours without the option, saying how to pass it', () => {
    const error = thrown(() => directionOfTravel(ilacs2023 as InspectionOutcome, later as never));
    expect(error.code).toBe('invalid-outcome');
    expect(error.issues[0]).toMatchObject({ path: ['later', 'framework'], code: 'unknown-framework' });
    expect(error.issues[0]?.message).toMatch(/defineFramework/);
  });

  it('checks each outcome by its framework, and the option', () => {
    const offScale = { framework: 'cfs-2027', judgements: { leaders: 'good', help: 'strong', inCare: 'strong' } };
    const error = thrown(() => directionOfTravel(earlier, offScale as Outcome, { frameworks }));
    expect(error.code).toBe('invalid-outcome');
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['later.judgements.leaders', 'invalid-value'],
    ]);
    expect(thrown(() => directionOfTravel(earlier, later, { frameworks: 'cfs-2027' } as never)).code).toBe(
      'invalid-option',
    );
  });

  it('reads each outcome once, and never changes it', () => {
    let reads = 0;
    const counted = {
      framework: 'cfs-2027',
      get judgements() {
        reads += 1;
        return { leaders: 'strong', help: 'strong', inCare: 'strong' };
      },
    };
    const plain = structuredClone(later);
    const report = directionOfTravel(counted as Outcome, plain, { frameworks });
    expect(reads).toBe(1);
    expect(report.areas[1]).toMatchObject({ area: 'help', direction: 'unchanged' });
    expect(plain).toEqual(later);
    expect(Object.isFrozen(plain)).toBe(false);
  });
});
