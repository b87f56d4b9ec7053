import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATES,
  calendarDate,
  checkAwardedOverall,
  deriveOverallEffectiveness,
  FRAMEWORKS,
  findActionIssues,
} from '../../src/index.js';
import { parseImprovementAction, parseImprovementPlan, parseInspectionOutcome } from '../../src/schema/index.js';
import {
  arbitraryCalendarDate,
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  arbitraryOutcome,
} from '../../src/testing/index.js';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('arbitraryOutcome', () => {
  it.each([true, false])('gives an inadequate limiting area exactly when inadequateArea is %s', (inadequateArea) => {
    fc.assert(
      fc.property(arbitraryOutcome({ inadequateArea }), (outcome) => {
        expect(parseInspectionOutcome(outcome).ok).toBe(true);
        const judgements = outcome.judgements as Readonly<Record<string, string | undefined>>;
        const limited = FRAMEWORKS[outcome.framework].areas.some(
          (area) =>
            area.role === 'key' &&
            (area.limits as readonly string[]).includes('any-inadequate-area') &&
            judgements[area.id] === 'inadequate',
        );
        expect(limited).toBe(inadequateArea);
        if (outcome.framework !== 'ilacs-2026')
          expect(deriveOverallEffectiveness(outcome).kind === 'limited').toBe(inadequateArea);
      }),
    );
  });

  it.each(['consistent', 'departure'] as const)('gives %s awarded grades, under either rule', (awarded) => {
    for (const limitingRule of ['any-inadequate-area', 'inadequate-practice-area'] as const) {
      fc.assert(
        fc.property(arbitraryOutcome({ awarded, limitingRule }), (outcome) => {
          expect(checkAwardedOverall(outcome, { limitingRule }).kind).toBe(awarded);
        }),
      );
    }
  });

  it('gives no awarded grade when asked, and refuses to award one under ilacs-2026', () => {
    fc.assert(fc.property(arbitraryOutcome({ awarded: 'none' }), (outcome) => !('awardedOverall' in outcome)));
    expect(() => arbitraryOutcome({ framework: 'ilacs-2026', awarded: 'consistent' })).toThrowError(
      expect.objectContaining({
        name: 'OfstedIlacsError',
        code: 'invalid-argument',
        message: expect.stringMatching(/awards no overall effectiveness grade: use awarded 'none' or 'any'/),
      }),
    );
  });
});

describe('arbitraryImprovementAction', () => {
  it.each(ACTION_STATES)('builds consistent %s actions that the schema reads back', (state) => {
    fc.assert(
      fc.property(arbitraryImprovementAction({ state }), (action) => {
        expect(action.status.state).toBe(state);
        expect(findActionIssues(action)).toEqual([]);
        expect(parseImprovementAction(json(action))).toEqual({ ok: true, value: action });
      }),
      { numRuns: 30 },
    );
  });
});

describe('arbitraryImprovementPlan and arbitraryCalendarDate', () => {
  it('build plans the schema reads back, history included', () => {
    fc.assert(
      fc.property(arbitraryImprovementPlan(), (plan) => {
        expect(parseImprovementPlan(json(plan))).toEqual({ ok: true, value: plan });
      }),
      { numRuns: 40 },
    );
  });

  it('keep dates inside their bounds', () => {
    fc.assert(
      fc.property(arbitraryCalendarDate(calendarDate('2024-02-27'), calendarDate('2024-03-02')), (date) => {
        expect(date >= '2024-02-27' && date <= '2024-03-02').toBe(true);
      }),
    );
  });
});
