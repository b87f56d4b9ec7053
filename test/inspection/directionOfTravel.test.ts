import { describe, expect, it } from 'vitest';
import { directionOfTravel } from '../../src/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/hullHistory.js';

const [sif2014, ilacs2019, ilacs2022, ilacs2026] = HULL_INSPECTIONS.map((i) => i.outcome);

describe("directionOfTravel, over Hull's inspections", () => {
  it('2019 to 2022, one framework: help and protection and children in care improved', () => {
    const report = directionOfTravel(ilacs2019!, ilacs2022!);
    expect(report.areas.map((c) => [c.area, c.direction, c.steps])).toEqual([
      ['leaders', 'unchanged', 0],
      ['helpAndProtection', 'improved', 1],
      ['childrenInCareAndCareLeavers', 'improved', 1],
    ]);
    expect(report.overall).toMatchObject({ direction: 'improved', from: 'inadequate', to: 'requires-improvement' });
    expect(report.unmatched).toEqual([]);
  });

  it('2022 to 2026, across the 2023 split: both new areas compared with the combined judgement', () => {
    const report = directionOfTravel(ilacs2022!, ilacs2026!);
    expect(report.areas.map((c) => [c.area, c.comparedWith, c.direction, c.steps])).toEqual([
      ['leaders', undefined, 'improved', 2],
      ['helpAndProtection', undefined, 'improved', 1],
      ['childrenInCare', 'childrenInCareAndCareLeavers', 'unchanged', 0],
      ['careLeavers', 'childrenInCareAndCareLeavers', 'improved', 1],
    ]);
    expect(report.areas[3]?.reason).toBe(
      'careLeavers: good to outstanding, improved (compared with the 2018 judgement of children in care and care leavers together).',
    );
  });

  it('2014 (SIF) to 2019: says what differs, and what has no counterpart', () => {
    const report = directionOfTravel(sif2014!, ilacs2019!);
    expect(report.areas.map((c) => [c.area, c.comparedWith, c.direction])).toEqual([
      ['leaders', undefined, 'unchanged'],
      ['helpAndProtection', undefined, 'declined'],
      ['childrenInCareAndCareLeavers', 'childrenLookedAfter', 'unchanged'],
    ]);
    expect(report.areas[0]?.reason).toMatch(/SIF judged leadership, management and governance/);
    expect(report.unmatched).toEqual(['adoption', 'careLeavers', 'lscb']);
    expect(report.overall).toMatchObject({ direction: 'declined', steps: -1 });
  });

  it('chains correspondences across several frameworks', () => {
    const report = directionOfTravel(sif2014!, ilacs2026!);
    expect(report.areas.find((c) => c.area === 'careLeavers')).toMatchObject({
      comparedWith: 'childrenLookedAfter',
      direction: 'improved',
      steps: 2,
    });
  });

  it('cannot compare overall with a framework that has none, or areas backwards in time', () => {
    const later = {
      framework: 'ilacs-2026',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    } as const;
    expect(directionOfTravel(ilacs2026!, later).overall).toEqual({
      area: 'overall',
      from: 'good',
      direction: 'not-comparable',
      reason: 'overall: ilacs-2026 awards no overall grade.',
    });
    const backwards = directionOfTravel(ilacs2026!, sif2014!);
    expect(backwards.areas.every((c) => c.direction === 'not-comparable')).toBe(true);
    expect(backwards.areas[0]?.reason).toBe('helpAndProtection: nothing in ilacs-2023 corresponds to it.');
  });

  it('cannot compare an area not judged', () => {
    const earlier = {
      framework: 'sif-2013',
      judgements: { helpAndProtection: 'good', childrenLookedAfter: 'not-judged', leaders: 'good' },
    } as const;
    const change = directionOfTravel(earlier, ilacs2019!).areas[2];
    expect(change).toMatchObject({ direction: 'not-comparable', from: 'not-judged' });
    expect(change?.reason).toMatch(/not graded in the earlier inspection/);
  });
});
