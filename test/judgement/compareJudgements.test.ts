import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestJudgement,
  compareJudgements,
  isJudgement,
  isNonGrade,
  JUDGEMENTS,
  type Judgement,
  judgementLabel,
  judgementRank,
  medianJudgement,
  worstJudgement,
} from '../../src/index.js';
import { arbitraryJudgement } from '../../src/testing/index.js';

const judgement = arbitraryJudgement();

describe('the scale', () => {
  it('orders the grades best first and numbers them 1-4', () => {
    expect(JUDGEMENTS).toEqual(['outstanding', 'good', 'requires-improvement', 'inadequate']);
    expect(JUDGEMENTS.map(judgementRank)).toEqual([1, 2, 3, 4]);
    expect(Object.isFrozen(JUDGEMENTS)).toBe(true);
  });

  it('sorts best first with compareJudgements', () => {
    const grades: Judgement[] = ['inadequate', 'good', 'outstanding', 'requires-improvement'];
    expect(grades.sort(compareJudgements)).toEqual(JUDGEMENTS);
    expect(compareJudgements('good', 'good')).toBe(0);
  });

  it('tells grades from non-grades', () => {
    expect(isJudgement('good')).toBe(true);
    expect(isJudgement('not-judged')).toBe(false);
    expect(isJudgement('Good')).toBe(false);
    expect(isJudgement(2)).toBe(false);
    expect(isNonGrade('not-reported')).toBe(true);
    expect(isNonGrade('good')).toBe(false);
  });

  it("prints Ofsted's labels in both wordings", () => {
    expect(judgementLabel('requires-improvement')).toBe('Requires improvement to be good');
    expect(judgementLabel('requires-improvement', { style: 'sif' })).toBe('Requires improvement');
    expect(judgementLabel('inadequate', { style: 'sif' })).toBe('Inadequate');
  });
});

describe('worst, best and median', () => {
  it.each<[Judgement[], Judgement | undefined, Judgement | undefined, Judgement | undefined]>([
    [[], undefined, undefined, undefined],
    [['good'], 'good', 'good', 'good'],
    [['good', 'inadequate', 'outstanding'], 'inadequate', 'outstanding', 'good'],
    [
      ['requires-improvement', 'inadequate', 'requires-improvement'],
      'inadequate',
      'requires-improvement',
      'requires-improvement',
    ],
    [['outstanding', 'good', 'good', 'outstanding'], 'good', 'outstanding', 'good'],
  ])('of %j: worst %s, best %s, median %s', (grades, worst, best, median) => {
    expect(worstJudgement(grades)).toBe(worst);
    expect(bestJudgement(grades)).toBe(best);
    expect(medianJudgement(grades)).toBe(median);
  });

  it('breaks a tie towards the worse grade unless told otherwise', () => {
    const tie: Judgement[] = ['outstanding', 'good', 'good', 'outstanding'];
    expect(medianJudgement(tie)).toBe('good');
    expect(medianJudgement(tie, { tieBreak: 'worse' })).toBe('good');
    expect(medianJudgement(tie, { tieBreak: 'better' })).toBe('outstanding');
  });

  it('does not reorder its input', () => {
    const grades: Judgement[] = ['inadequate', 'outstanding', 'good'];
    medianJudgement(grades);
    expect(grades).toEqual(['inadequate', 'outstanding', 'good']);
  });

  describe('properties', () => {
    const grades = fc.array(judgement, { minLength: 1, maxLength: 9 });

    it('the median is the middle of the grades sorted best first, the lower middle when tied and asked for worse', () => {
      fc.assert(
        fc.property(grades, (set) => {
          const sorted = [...set].sort(compareJudgements);
          expect(medianJudgement(set, { tieBreak: 'better' })).toBe(sorted[Math.floor((sorted.length - 1) / 2)]);
          expect(medianJudgement(set, { tieBreak: 'worse' })).toBe(sorted[Math.floor(sorted.length / 2)]);
        }),
      );
    });

    it('the median lies between the best and the worst', () => {
      fc.assert(
        fc.property(grades, fc.constantFrom('worse' as const, 'better' as const), (set, tieBreak) => {
          const median = medianJudgement(set, { tieBreak }) as Judgement;
          expect(compareJudgements(bestJudgement(set) as Judgement, median)).toBeLessThanOrEqual(0);
          expect(compareJudgements(median, worstJudgement(set) as Judgement)).toBeLessThanOrEqual(0);
        }),
      );
    });

    it('worsening one grade never improves the median', () => {
      fc.assert(
        fc.property(grades, fc.nat(), judgement, (set, index, replacement) => {
          const i = index % set.length;
          const current = set[i] as Judgement;
          fc.pre(compareJudgements(replacement, current) > 0);
          const worse = [...set];
          worse[i] = replacement;
          expect(
            compareJudgements(medianJudgement(worse) as Judgement, medianJudgement(set) as Judgement),
          ).toBeGreaterThanOrEqual(0);
        }),
      );
    });

    it('compare is antisymmetric and agrees with the ranks', () => {
      fc.assert(
        fc.property(judgement, judgement, (a, b) => {
          expect(Math.sign(compareJudgements(a, b)) + Math.sign(compareJudgements(b, a))).toBe(0);
          expect(Math.sign(compareJudgements(a, b))).toBe(Math.sign(judgementRank(a) - judgementRank(b)));
        }),
      );
    });
  });
});
