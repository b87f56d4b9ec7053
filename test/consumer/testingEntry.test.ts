// Written as a consumer writes it: every import goes through the package's public entries.
import fc from 'fast-check';
import { checkAwardedOverall, type InspectionOutcome } from 'ofsted-ilacs';
import { parseInspectionHistory, parseInspectionOutcome } from 'ofsted-ilacs/schema';
import { arbitraryInspectionHistory, arbitraryOutcome, HULL_PLAN } from 'ofsted-ilacs/testing';
import { describe, expect, it } from 'vitest';

/** A consumer's own rating display, under test. */
function ratingBadge(outcome: InspectionOutcome): string {
  const check = checkAwardedOverall(outcome);
  return check.kind === 'departure' ? `${check.awarded} (departs from the rule)` : check.kind;
}

describe('a consumer testing with ofsted-ilacs/testing', () => {
  it('gets only outcomes the schemas accept', () => {
    fc.assert(
      fc.property(arbitraryOutcome({ framework: 'ilacs-2023' }), (outcome) => parseInspectionOutcome(outcome).ok),
    );
  });

  it('can test its own display of departures', () => {
    fc.assert(
      fc.property(arbitraryOutcome({ framework: 'ilacs-2023', awarded: 'departure' }), (outcome) => {
        expect(ratingBadge(outcome)).toMatch(/\(departs from the rule\)$/);
      }),
    );
  });

  it('gets histories the schemas accept, and ready fixtures', () => {
    fc.assert(
      fc.property(
        arbitraryInspectionHistory({ maxEvents: 5 }),
        (history) => parseInspectionHistory(JSON.parse(JSON.stringify(history))).ok,
      ),
      {
        numRuns: 50,
      },
    );
    expect(HULL_PLAN.actions).toHaveLength(9);
  });
});
