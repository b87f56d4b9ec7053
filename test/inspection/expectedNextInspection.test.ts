import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  createInspectionHistory,
  expectedNextInspection,
  type GradedInspection,
  ILACS_2026_SHORT_INSPECTION_PATHWAY,
  type InspectionHistory,
} from '../../src/index.js';
import { HULL_HISTORY } from '../../src/testing/hullHistory.js';
import { loadOfficialInspections } from '../acceptance/loadOfstedOutcomes.js';

function historyOf(events: readonly GradedInspection[]): InspectionHistory {
  const result = createInspectionHistory({ name: 'Example' }, events);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('expectedNextInspection', () => {
  it("expects Hull's next inspection to be short, around the third anniversary of March 2026", () => {
    const next = expectedNextInspection(HULL_HISTORY);
    expect(next).toMatchObject({
      kind: 'window',
      inspection: 'short-inspection',
      from: '2028-09-02',
      to: '2029-09-02',
      basisGrade: 'good',
    });
    expect(next.reason).toBe(
      'Expected, not scheduled: the standard inspection starting 2026-03-02 was judged good, so a short inspection is usual within 6 months either side of 2029-03-02.',
    );
  });

  it('expects monitoring, and no window, after an inadequate judgement', () => {
    const next = expectedNextInspection(HULL_HISTORY, { asOf: calendarDate('2020-01-01') });
    expect(next).toMatchObject({ kind: 'monitoring', inspection: 'standard-inspection', basisGrade: 'inadequate' });
    expect(next.reason).toMatch(
      /^Expected, not scheduled: the standard inspection starting 2019-01-14 was judged inadequate/,
    );
  });

  it("takes the caller's cycle", () => {
    const next = expectedNextInspection(HULL_HISTORY, { cycleYears: 4, windowMonths: 3 });
    expect(next).toMatchObject({ from: '2029-12-02', to: '2030-06-02' });
  });

  it('uses the derived grade where no overall grade was awarded', () => {
    const onSite = { start: calendarDate('2025-06-02'), end: calendarDate('2025-06-06') };
    const judgements = {
      leaders: 'good',
      helpAndProtection: 'good',
      childrenInCare: 'good',
      careLeavers: 'requires-improvement',
    } as const;
    const derived = historyOf([{ kind: 'short-inspection', onSite, outcome: { framework: 'ilacs-2023', judgements } }]);
    expect(expectedNextInspection(derived)).toMatchObject({
      kind: 'window',
      rule: 'overall-grade',
      basisGrade: 'good',
    });
    expect(expectedNextInspection(derived).reason).toMatch(/was derived as good/);
  });

  describe('under ilacs-2026, which awards no overall grade: the short-inspection pathway', () => {
    const onSite = { start: calendarDate('2026-06-01'), end: calendarDate('2026-06-05') };
    const at2026 = (judgements: Record<string, string>) =>
      historyOf([
        {
          kind: 'short-inspection',
          onSite,
          outcome: { framework: 'ilacs-2026', judgements } as GradedInspection['outcome'],
        },
      ]);

    it('expects a short inspection with leaders good and two of three practice areas good or better', () => {
      const next = expectedNextInspection(
        at2026({
          leaders: 'good',
          helpAndProtection: 'good',
          childrenInCare: 'good',
          careLeavers: 'requires-improvement',
        }),
      );
      expect(next).toMatchObject({ kind: 'window', inspection: 'short-inspection', rule: 'ilacs-2026-pathway' });
      expect(next.reason).toMatch(/2 of 3 practice judgements were good or better/);
      expect(next.reason).toMatch(/with a focused visit before it/);
      expect(next.reason).toMatch(/unconfirmed/);
    });

    it('expects a standard inspection with leaders good and only one practice area good', () => {
      const next = expectedNextInspection(
        at2026({
          leaders: 'good',
          helpAndProtection: 'good',
          childrenInCare: 'requires-improvement',
          careLeavers: 'requires-improvement',
        }),
      );
      expect(next).toMatchObject({ kind: 'window', inspection: 'standard-inspection', rule: 'ilacs-2026-pathway' });
    });

    it('expects a standard inspection when leaders are not good, however good the practice', () => {
      const next = expectedNextInspection(
        at2026({
          leaders: 'requires-improvement',
          helpAndProtection: 'outstanding',
          childrenInCare: 'good',
          careLeavers: 'good',
        }),
      );
      expect(next).toMatchObject({ kind: 'window', inspection: 'standard-inspection' });
    });

    it('expects monitoring when any area is inadequate', () => {
      const next = expectedNextInspection(
        at2026({ leaders: 'good', helpAndProtection: 'inadequate', childrenInCare: 'good', careLeavers: 'good' }),
      );
      expect(next.kind).toBe('monitoring');
    });

    it("takes the caller's pathway, since the rule is unconfirmed", () => {
      const history = at2026({
        leaders: 'good',
        helpAndProtection: 'good',
        childrenInCare: 'good',
        careLeavers: 'requires-improvement',
      });
      const stricter = { ...ILACS_2026_SHORT_INSPECTION_PATHWAY, practiceAreasNeeded: 3 };
      expect(expectedNextInspection(history, { pathway: stricter })).toMatchObject({
        inspection: 'standard-inspection',
      });
      expect(() => expectedNextInspection(history, { pathway: { ...stricter, practiceAreasNeeded: 4 } })).toThrowError(
        expect.objectContaining({ code: 'invalid-option' }),
      );
    });
  });

  it('refuses bad options and bad histories with its own error', () => {
    expect(() => expectedNextInspection(HULL_HISTORY, { cycleYears: 0 })).toThrowError(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => expectedNextInspection(HULL_HISTORY, { cycle: 3 } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid-option', message: expect.stringMatching(/"cycle" is not an option/) }),
    );
    const awardedBadly = {
      ...HULL_HISTORY,
      events: HULL_HISTORY.events.map((event) =>
        event.kind === 'standard-inspection' && event.onSite?.start === '2019-01-14'
          ? { ...event, outcome: { ...event.outcome, awardedOverall: 'Inadequate' } }
          : event,
      ),
    } as unknown as InspectionHistory;
    expect(() => expectedNextInspection(awardedBadly)).toThrowError(
      expect.objectContaining({ code: 'invalid-history' }),
    );
  });

  it('knows nothing without a graded inspection', () => {
    expect(expectedNextInspection(historyOf([])).kind).toBe('unknown');
  });

  describe("against Ofsted's re-inspections, 2018 - March 2025", () => {
    // Consecutive ILACS inspections of one authority; the data gives the first day on site only.
    const ilacs = loadOfficialInspections().filter((i) => i.frameworkColumn === 'ILACS');
    const pairs = ilacs.flatMap((earlier) => {
      const later = ilacs
        .filter((i) => i.laCode === earlier.laCode && i.inspectionDate > earlier.inspectionDate)
        .sort((a, b) => (a.inspectionDate < b.inspectionDate ? -1 : 1))[0];
      if (later === undefined) return [];
      const start = calendarDate(earlier.inspectionDate);
      const history = historyOf([
        {
          kind: earlier.inspectionType === 'Short Inspection' ? 'short-inspection' : 'standard-inspection',
          onSite: { start, end: start },
          outcome: earlier.outcome,
        },
      ]);
      return [{ earlier, later, next: expectedNextInspection(history) }];
    });

    it('predicts the kind of re-inspection in 108 of 115 cases', () => {
      expect(pairs).toHaveLength(115);
      const right = pairs.filter(({ later, next }) =>
        next.kind === 'unknown'
          ? false
          : (later.inspectionType === 'Short Inspection') === (next.inspection === 'short-inspection'),
      );
      expect(right).toHaveLength(108);
      // Every miss is a good or outstanding council re-inspected with a standard inspection.
      for (const { earlier, later } of pairs.filter((p) => !right.includes(p))) {
        expect(['good', 'outstanding']).toContain(earlier.awardedOverall);
        expect(later.inspectionType).toBe('Standard Inspection');
      }
    });

    it('puts every re-inspection of an inspection from July 2021 on inside its window', () => {
      const recent = pairs.filter(
        ({ earlier, next }) => earlier.inspectionDate >= '2021-07-01' && next.kind === 'window',
      );
      expect(recent).toHaveLength(12);
      for (const { later, next } of recent) {
        if (next.kind !== 'window') continue;
        expect(later.inspectionDate >= next.from && later.inspectionDate <= next.to, later.laName).toBe(true);
      }
    });
  });
});
