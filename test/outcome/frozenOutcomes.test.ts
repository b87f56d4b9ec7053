import { describe, expect, it } from 'vitest';
import { deriveOverallEffectiveness, type InspectionOutcome } from '../../src/index.js';
import { OFFICIAL_INSPECTIONS } from '../../src/outcomes/index.js';

/**
 * The check of a frozen outcome is remembered (a frozen outcome cannot change), so the
 * answers for frozen and plain outcomes must be the same, and nothing that can still
 * change may be remembered.
 */
describe('frozen outcomes', () => {
  it("derive exactly as plain copies do, for every one of Ofsted's published outcomes", () => {
    expect(OFFICIAL_INSPECTIONS.length).toBe(444);
    for (const { outcome } of OFFICIAL_INSPECTIONS) {
      expect(Object.isFrozen(outcome)).toBe(true);
      const plain = structuredClone(outcome) as InspectionOutcome;
      expect(deriveOverallEffectiveness(outcome)).toStrictEqual(deriveOverallEffectiveness(plain));
      expect(deriveOverallEffectiveness(outcome)).toStrictEqual(deriveOverallEffectiveness(outcome));
    }
  });

  it('are checked again when the judgements are not frozen, and so can change', () => {
    const judgements: Record<string, string> = {
      leaders: 'good',
      helpAndProtection: 'good',
      childrenInCare: 'good',
      careLeavers: 'good',
    };
    const outcome = Object.freeze({ framework: 'ilacs-2023', judgements }) as unknown as InspectionOutcome;
    expect(deriveOverallEffectiveness(outcome).grade).toBe('good');
    judgements.careLeavers = 'inadequate';
    expect(deriveOverallEffectiveness(outcome).grade).toBe('inadequate');
    judgements.careLeavers = 'Good';
    expect(() => deriveOverallEffectiveness(outcome)).toThrow(/does not fit its framework/);
  });

  it('are refused, frozen or not, when the judgements inherit from an object that can change', () => {
    const inherited: Record<string, string> = { careLeavers: 'good' };
    const judgements = Object.freeze(
      Object.assign(Object.create(inherited), { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good' }),
    );
    const outcome = Object.freeze({ framework: 'ilacs-2023', judgements }) as unknown as InspectionOutcome;
    expect(() => deriveOverallEffectiveness(outcome)).toThrow(/does not fit its framework/);
    inherited.careLeavers = 'not a grade';
    expect(() => deriveOverallEffectiveness(outcome)).toThrow(/does not fit its framework/);
  });
});
