import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAwardedOverall, deriveOverallEffectiveness, type InspectionOutcome } from '../../src/index.js';
import { arbitraryOutcome } from '../../src/testing/index.js';

const ri = 'requires-improvement';

describe('checkAwardedOverall', () => {
  it('finds Hull 2019 consistent with the rule', () => {
    const check = checkAwardedOverall({
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: ri },
      awardedOverall: 'inadequate',
    });
    expect(check).toMatchObject({
      kind: 'consistent',
      awarded: 'inadequate',
      matchesIndicative: true,
      reason:
        "Consistent: Ofsted awarded inadequate, as the library's limiting rule (any inadequate area makes the whole service inadequate) requires: help and protection is inadequate.",
    });
  });

  it('reports a leaders-only departure (Slough 2023) and keeps the awarded grade', () => {
    const slough2023 = {
      framework: 'ilacs-2023',
      judgements: { leaders: 'inadequate', helpAndProtection: ri, childrenInCare: ri, careLeavers: ri },
      awardedOverall: ri,
    } as const;
    const check = checkAwardedOverall(slough2023);
    expect(check).toMatchObject({
      kind: 'departure',
      awarded: ri,
      departure: 'limiting-area-not-applied',
      rule: 'any-inadequate-area',
      decidingAreas: ['leaders'],
      reason: expect.stringMatching(
        /^Departure from the library's limiting rule \(any inadequate area makes the whole service inadequate\): leaders is inadequate, but Ofsted awarded requires-improvement\. Ofsted graded such outcomes, with leaders the only inadequate area, requires improvement overall in 4 of 5 published cases/,
      ),
    });
    expect(slough2023.awardedOverall).toBe(ri);
    expect(checkAwardedOverall(slough2023, { limitingRule: 'inadequate-practice-area' }).kind).toBe('consistent');
  });

  it('reports inadequate without a limiting area (Trafford 2019 under the practice-areas rule)', () => {
    const trafford2019: InspectionOutcome = {
      framework: 'ilacs-2018',
      judgements: { leaders: 'inadequate', helpAndProtection: ri, childrenInCareAndCareLeavers: ri },
      awardedOverall: 'inadequate',
    };
    expect(checkAwardedOverall(trafford2019).kind).toBe('consistent');
    expect(checkAwardedOverall(trafford2019, { limitingRule: 'inadequate-practice-area' })).toMatchObject({
      kind: 'departure',
      departure: 'inadequate-without-limiting-area',
      rule: 'inadequate-practice-area',
      decidingAreas: ['leaders'],
      reason:
        "Departure from the library's limiting rule (an inadequate practice area makes the whole service inadequate): Ofsted awarded inadequate, but no area the rule counts is inadequate (leaders is inadequate, which this rule does not count).",
    });
    const noneInadequate: InspectionOutcome = {
      ...trafford2019,
      judgements: { ...trafford2019.judgements, leaders: 'good' },
    };
    expect(checkAwardedOverall(noneInadequate)).toMatchObject({ kind: 'departure', decidingAreas: [] });
  });

  it('calls a difference from the indicative median consistent, not a departure', () => {
    // Salford, 2024: a tie the leaders' grade breaks towards outstanding; Ofsted awarded good.
    const salford2024: InspectionOutcome = {
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'outstanding',
        helpAndProtection: 'good',
        childrenInCare: 'good',
        careLeavers: 'outstanding',
      },
      awardedOverall: 'good',
    };
    expect(checkAwardedOverall(salford2024)).toMatchObject({
      kind: 'consistent',
      matchesIndicative: false,
      reason:
        "Consistent: no area limits overall; Ofsted's good differs from the indicative outstanding, an inspector's judgement rather than a departure.",
    });
    expect(checkAwardedOverall(salford2024, { tieBreak: 'worse' })).toMatchObject({
      kind: 'consistent',
      matchesIndicative: true,
    });
  });

  it('has nothing to check without an awarded grade, or under ilacs-2026', () => {
    const noAward: InspectionOutcome = {
      framework: 'ilacs-2018',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
    };
    expect(checkAwardedOverall(noAward)).toMatchObject({ kind: 'not-awarded', derived: { kind: 'indicative' } });
    const check2026 = checkAwardedOverall({
      framework: 'ilacs-2026',
      judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    });
    expect(check2026).toMatchObject({ kind: 'not-awarded', derived: { rule: 'no-overall-in-framework' } });
  });

  it.each([
    [
      'an area the framework lacks',
      {
        framework: 'ilacs-2018',
        judgements: {
          leaders: 'good',
          helpAndProtection: 'good',
          childrenInCareAndCareLeavers: 'good',
          careLeavers: 'good',
        },
      },
      [['judgements', 'careLeavers'], 'area-not-in-framework'],
    ],
    [
      'a missing area',
      {
        framework: 'ilacs-2023',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good' },
        awardedOverall: 'good',
      },
      [['judgements', 'careLeavers'], 'missing-area'],
    ],
    [
      'a loose spelling',
      {
        framework: 'ilacs-2018',
        judgements: { leaders: 'Good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
      },
      [['judgements', 'leaders'], 'invalid-value'],
    ],
    [
      'an awarded grade under ilacs-2026',
      {
        framework: 'ilacs-2026',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
        awardedOverall: 'good',
      },
      [['awardedOverall'], 'no-overall-in-framework'],
    ],
    ['an unknown framework', { framework: 'ilacs-2027', judgements: {} }, [['framework'], 'unknown-framework']],
  ])('finds %s invalid, and says where', (_, raw, [path, code]) => {
    const check = checkAwardedOverall(raw as unknown as InspectionOutcome);
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' && check.issues).toEqual([expect.objectContaining({ path, code })]);
  });

  describe('properties', () => {
    it('never throws, never rewrites the awarded grade, and agrees with the derivation', () => {
      fc.assert(
        fc.property(arbitraryOutcome(), (o) => {
          const check = checkAwardedOverall(o);
          expect(check.kind).not.toBe('invalid');
          if (check.kind === 'consistent' || check.kind === 'departure') {
            expect(check.awarded).toBe('awardedOverall' in o ? o.awardedOverall : undefined);
            expect(check.derived).toEqual(deriveOverallEffectiveness(o));
            expect(check.kind === 'consistent').toBe(
              (check.derived.grade === 'inadequate') === (check.awarded === 'inadequate'),
            );
          }
        }),
      );
    });

    it('never throws on anything at all', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          expect(() => checkAwardedOverall(value as InspectionOutcome)).not.toThrow();
        }),
      );
    });
  });
});

describe('checkAwardedOverall, saying what is true', () => {
  it('says an awarded grade cannot be checked when no key area is graded, rather than that none was awarded', () => {
    const check = checkAwardedOverall({
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'not-judged',
        helpAndProtection: 'not-judged',
        childrenInCareAndCareLeavers: 'not-judged',
      },
      awardedOverall: 'good',
    });
    expect(check).toMatchObject({
      kind: 'not-checkable',
      awarded: 'good',
      reason: 'Ofsted awarded good, but no key area is graded, so there is nothing to check it against.',
    });
  });

  it('refuses options it does not have with issues, never an exception', () => {
    const check = checkAwardedOverall(
      {
        framework: 'ilacs-2018',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
      },
      { limitingRule: 'any-inadequate' as never },
    );
    expect(check).toMatchObject({
      kind: 'invalid',
      issues: [{ path: ['options', 'limitingRule'], code: 'invalid-value' }],
    });
  });
});
