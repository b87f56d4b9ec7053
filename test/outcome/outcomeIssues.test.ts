import { describe, expect, it } from 'vitest';
import { findOutcomeIssues } from '../../src/index.js';

describe('findOutcomeIssues', () => {
  it('finds nothing wrong with a valid outcome, with or without optional areas', () => {
    expect(
      findOutcomeIssues({
        framework: 'sif-2013',
        judgements: { helpAndProtection: 'good', childrenLookedAfter: 'not-judged', leaders: 'good' },
      }),
    ).toEqual([]);
  });

  it.each([
    [null, [[], 'invalid-type']],
    [[], [[], 'invalid-type']],
    [{ framework: 'ilacs-2018', judgements: [] }, [['judgements'], 'invalid-type']],
    [{ framework: 42, judgements: {} }, [['framework'], 'unknown-framework']],
    [
      {
        framework: 'ilacs-2023',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
        awardedOverall: 'Good',
      },
      [['awardedOverall'], 'invalid-value'],
    ],
    [
      {
        framework: 'ilacs-2023',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
        notes: '',
      },
      [['notes'], 'unknown-key'],
    ],
  ])('finds %j wrong', (value, [path, code]) => {
    expect(findOutcomeIssues(value)).toEqual([expect.objectContaining({ path, code })]);
  });
});
