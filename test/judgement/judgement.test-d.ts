import { describe, expectTypeOf, it } from 'vitest';
import {
  bestJudgement,
  type Judgement,
  medianJudgement,
  type NonGrade,
  type ParsedJudgement,
  parseJudgement,
  worstJudgement,
} from '../../src/index.js';

describe('judgement types', () => {
  it('are exactly the four ids and the three non-grades', () => {
    expectTypeOf<Judgement>().toEqualTypeOf<'outstanding' | 'good' | 'requires-improvement' | 'inadequate'>();
    expectTypeOf<NonGrade>().toEqualTypeOf<'not-judged' | 'not-applicable' | 'not-reported'>();
    expectTypeOf(parseJudgement('x')).toEqualTypeOf<
      | {
          readonly ok: true;
          readonly value: ParsedJudgement;
          readonly warnings?: readonly import('../../src/index.js').Issue[];
        }
      | { readonly ok: false; readonly issues: readonly import('../../src/index.js').Issue[] }
    >();
  });

  it('give a grade for a non-empty tuple and maybe undefined for an array', () => {
    expectTypeOf(worstJudgement(['good', 'inadequate'] as const)).toEqualTypeOf<Judgement>();
    expectTypeOf(bestJudgement([] as Judgement[])).toEqualTypeOf<Judgement | undefined>();
    expectTypeOf(medianJudgement(['good'] as const)).toEqualTypeOf<Judgement>();
    // @ts-expect-error: not a grade id
    worstJudgement(['Good']);
  });
});
