import { describe, expectTypeOf, it } from 'vitest';
import {
  type AreaId,
  checkAwardedOverall,
  type DerivedOverall,
  deriveOverallEffectiveness,
  type InspectionOutcome,
  type Judgement,
} from '../../src/index.js';

describe('outcome types', () => {
  it('key judgements by the framework', () => {
    expectTypeOf<AreaId<'ilacs-2018'>>().toEqualTypeOf<
      'leaders' | 'helpAndProtection' | 'childrenInCareAndCareLeavers'
    >();
    expectTypeOf<AreaId<'ilacs-2023'>>().toEqualTypeOf<
      'leaders' | 'helpAndProtection' | 'childrenInCare' | 'careLeavers'
    >();
    expectTypeOf<InspectionOutcome['framework']>().toEqualTypeOf<
      'sif-2013' | 'ilacs-2018' | 'ilacs-2023' | 'ilacs-2026'
    >();
  });

  it('make a wrong area, a missing area or an awarded grade under ilacs-2026 unbuildable', () => {
    const wrongArea: InspectionOutcome<'ilacs-2018'> = {
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'good',
        helpAndProtection: 'good',
        childrenInCareAndCareLeavers: 'good',
        // @ts-expect-error: careLeavers is not an area of ilacs-2018
        careLeavers: 'good',
      },
    };
    const missing: InspectionOutcome<'ilacs-2023'> = {
      framework: 'ilacs-2023',
      // @ts-expect-error: childrenInCare is missing
      judgements: { leaders: 'good', helpAndProtection: 'good', careLeavers: 'good' },
    };
    const awarded2026: InspectionOutcome = {
      framework: 'ilacs-2026',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
      // @ts-expect-error: ilacs-2026 has no overall effectiveness judgement
      awardedOverall: 'good',
    };
    const looseSpelling: InspectionOutcome<'ilacs-2018'> = {
      framework: 'ilacs-2018',
      // @ts-expect-error: 'Good' is a printed label, not a grade id
      judgements: { leaders: 'Good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
    };
    expectTypeOf([wrongArea, missing, awarded2026, looseSpelling]).not.toBeNever();
  });

  it('carry the framework into derived results, and keep derived and awarded grades apart', () => {
    const hull = {
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'requires-improvement',
        helpAndProtection: 'inadequate',
        childrenInCareAndCareLeavers: 'requires-improvement',
      },
      awardedOverall: 'inadequate',
    } as const;
    const derived = deriveOverallEffectiveness(hull);
    expectTypeOf(derived).toEqualTypeOf<DerivedOverall<'ilacs-2018'>>();
    expectTypeOf(derived.decidingAreas).toEqualTypeOf<readonly AreaId<'ilacs-2018'>[]>();
    expectTypeOf(derived.grade).toEqualTypeOf<Judgement | undefined>();
    expectTypeOf(derived).not.toExtend<Judgement>();
    const check = checkAwardedOverall(hull);
    if (check.kind === 'departure') expectTypeOf(check.decidingAreas).toEqualTypeOf<readonly AreaId<'ilacs-2018'>[]>();
  });
});
