import { describe, expect, it } from 'vitest';
import { checkAwardedOverall, defineFramework, deriveOverallEffectiveness, explain } from '../../src/index.js';
import { PEER_REVIEW_SCALE } from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const AREAS = [
  { id: 'leaders', title: 'Leadership', role: 'leadership' },
  { id: 'frontDoor', title: 'The front door', role: 'practice' },
  { id: 'inCare', title: 'Children in care', role: 'practice' },
  { id: 'partnership', title: 'Partnership', role: 'partnership', required: false },
] as const;

/** A review with two limiting rules to choose between, a median of leaders' and practice areas, and ties towards leaders. */
const REVIEW = defineFramework({
  id: 'two-rule-review',
  title: 'A review with two rules',
  scale: PEER_REVIEW_SCALE,
  inForce: { from: '2025-01-01' },
  areas: AREAS,
  overall: {
    awarded: true,
    limitingRules: [
      { id: 'any-weak-area', anyArea: 'weak', roles: ['leadership', 'practice'] },
      { id: 'weak-practice', anyArea: 'weak', roles: ['practice'] },
    ],
    indicativeRoles: ['leadership', 'practice'],
    tieBreak: 'leaders',
  },
});

const leadersWeak = {
  framework: 'two-rule-review',
  judgements: { leaders: 'weak', frontDoor: 'strong', inCare: 'adequate' },
} as const;

describe('limiting rules chosen by id', () => {
  it('apply the first by default and another where the limitingRule option names it', () => {
    const byDefault = deriveOverallEffectiveness(leadersWeak, { frameworks: [REVIEW] });
    expect(byDefault).toMatchObject({
      kind: 'limited',
      grade: 'weak',
      decidingAreas: ['leaders'],
      limitingRule: 'any-weak-area',
    });
    const practice = deriveOverallEffectiveness(leadersWeak, { frameworks: [REVIEW], limitingRule: 'weak-practice' });
    expect(practice).toMatchObject({
      kind: 'indicative',
      grade: 'adequate',
      decidingAreas: ['inCare'],
      limitingRule: 'weak-practice',
    });
  });

  it('check an awarded grade against the rule chosen', () => {
    const awarded = { ...leadersWeak, awardedOverall: 'adequate' } as const;
    expect(checkAwardedOverall(awarded, { frameworks: [REVIEW] })).toMatchObject({
      kind: 'departure',
      departure: 'limiting-area-not-applied',
    });
    expect(checkAwardedOverall(awarded, { frameworks: [REVIEW], limitingRule: 'weak-practice' })).toMatchObject({
      kind: 'consistent',
      matchesIndicative: true,
    });
  });

  it('refuse a rule the framework does not have, naming those it has', () => {
    const refused = thrown(() =>
      deriveOverallEffectiveness(leadersWeak, { frameworks: [REVIEW], limitingRule: 'weak-leaders' as never }),
    );
    expect([refused.code, refused.issues[0]?.path, refused.issues[0]?.params.allowed]).toEqual([
      'invalid-option',
      ['options', 'limitingRule'],
      ['any-weak-area', 'weak-practice'],
    ]);
    const checked = checkAwardedOverall(leadersWeak, { frameworks: [REVIEW], limitingRule: 'weak_practice' as never });
    expect(
      checked.kind === 'invalid' && checked.issues.map((each) => [each.path.join('.'), each.params.allowed]),
    ).toEqual([['options.limitingRule', ['any-weak-area', 'weak-practice']]]);
    for (const wrong of [7, null, '', ['weak-practice']]) {
      const refused = thrown(() =>
        deriveOverallEffectiveness(leadersWeak, { frameworks: [REVIEW], limitingRule: wrong as never }),
      );
      expect(refused.issues.map((each) => [each.path.join('.'), each.params.allowed])).toEqual([
        ['options.limitingRule', ['any-weak-area', 'weak-practice']],
      ]);
    }
  });

  it('still refuse a built-in rule name that is not an id, and a misspelt one for a built-in outcome', () => {
    const sif = {
      framework: 'ilacs-2023',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    } as const;
    const misspelt = checkAwardedOverall(sif, { limitingRule: 'any-inadequate' as never });
    expect(misspelt).toMatchObject({
      kind: 'invalid',
      issues: [{ path: ['options', 'limitingRule'], code: 'invalid-value' }],
    });
    const notText = checkAwardedOverall(sif, { limitingRule: 7 as never });
    expect(notText).toMatchObject({
      kind: 'invalid',
      issues: [{ path: ['options', 'limitingRule'], code: 'invalid-type' }],
    });
  });
});

describe('the median over some roles, and the tie rule of a definition', () => {
  it('leave out the areas of other roles, graded or not', () => {
    const derived = deriveOverallEffectiveness(
      {
        framework: 'two-rule-review',
        judgements: { leaders: 'strong', frontDoor: 'strong', inCare: 'adequate', partnership: 'adequate' },
      },
      { frameworks: [REVIEW] },
    );
    // Over the four areas the median would tie between strong and adequate; over the three it is strong.
    expect([derived.kind, derived.grade, derived.decidingAreas]).toEqual([
      'indicative',
      'strong',
      ['leaders', 'frontDoor'],
    ]);
    // Its grades are those the median read, and explain lists those alone.
    expect(derived.grades).toEqual({ leaders: 'strong', frontDoor: 'strong', inCare: 'adequate' });
    expect(explain(derived, { frameworks: [REVIEW] })).not.toMatch(/Partnership/);
  });

  it('break a tie towards the leaders by the definition, and as the option says where one is given', () => {
    const tied = {
      framework: 'two-rule-review',
      judgements: { leaders: 'strong', frontDoor: 'adequate', inCare: 'not-judged' },
    } as const;
    const byDefinition = deriveOverallEffectiveness(tied, { frameworks: [REVIEW] });
    expect(byDefinition).toMatchObject({ kind: 'indicative', grade: 'strong', tie: true, tieBreak: 'leaders' });
    const worse = deriveOverallEffectiveness(tied, { frameworks: [REVIEW], tieBreak: 'worse' });
    expect(worse).toMatchObject({ grade: 'adequate', tieBreak: 'worse' });
  });
});

describe('a definition of rules that cannot hold', () => {
  const base = {
    id: 'bad-rules',
    title: 'Bad rules',
    scale: PEER_REVIEW_SCALE,
    inForce: { from: '2025-01-01' },
    areas: AREAS,
  } as const;

  function refusedAt(overall: unknown): [string, string][] {
    const refused = thrown(() => defineFramework({ ...base, overall } as never));
    expect(refused.code).toBe('invalid-framework');
    return refused.issues.map((each) => [each.path.join('.'), each.code]);
  }

  it('refuses limitingRule beside limitingRules, an empty list and a rule id twice', () => {
    const rule = { anyArea: 'weak', roles: ['practice'] };
    expect(refusedAt({ awarded: true, limitingRule: rule, limitingRules: [{ id: 'a', ...rule }] })).toEqual([
      ['definition.overall.limitingRules', 'invalid-value'],
    ]);
    expect(refusedAt({ awarded: true, limitingRules: [] })).toEqual([
      ['definition.overall.limitingRules', 'invalid-value'],
    ]);
    expect(
      refusedAt({
        awarded: true,
        limitingRules: [
          { id: 'a', ...rule },
          { id: 'a', ...rule, roles: ['leadership'] },
        ],
      }),
    ).toEqual([['definition.overall.limitingRules.1.id', 'duplicate-id']]);
  });

  it('refuses a rule without an id, with a grade off the scale or a role no area has', () => {
    expect(
      refusedAt({ awarded: true, limitingRules: [{ anyArea: 'poor', roles: ['practice', 'oversight'] }] }),
    ).toEqual([
      ['definition.overall.limitingRules.0.anyArea', 'invalid-value'],
      ['definition.overall.limitingRules.0.roles.1', 'invalid-value'],
      ['definition.overall.limitingRules.0.id', 'missing'],
    ]);
  });

  it('refuses median roles no area has, none at all, or a median the framework does not take', () => {
    expect(refusedAt({ awarded: true, indicativeRoles: ['oversight'] })).toEqual([
      ['definition.overall.indicativeRoles.0', 'invalid-value'],
    ]);
    expect(refusedAt({ awarded: true, indicativeRoles: [] })).toEqual([
      ['definition.overall.indicativeRoles', 'empty'],
    ]);
    expect(refusedAt({ awarded: true, indicative: 'none', indicativeRoles: ['practice'] })).toEqual([
      ['definition.overall.indicativeRoles', 'invalid-value'],
    ]);
  });

  it('refuses a tie rule it cannot follow', () => {
    expect(refusedAt({ awarded: true, tieBreak: 'middle' })).toEqual([
      ['definition.overall.tieBreak', 'invalid-value'],
    ]);
    expect(refusedAt({ awarded: true, indicative: 'none', tieBreak: 'worse' })).toEqual([
      ['definition.overall.tieBreak', 'invalid-value'],
    ]);
    const noLeaders = thrown(() =>
      defineFramework({
        ...base,
        areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
        overall: { awarded: true, tieBreak: 'leaders' },
      }),
    );
    expect(noLeaders.issues.map((each) => [each.path.join('.'), each.params.rule])).toEqual([
      ['definition.overall.tieBreak', 'leaders-area'],
    ]);
  });
});

describe('a limiting rule that counts areas the median does not read', () => {
  /** A compliance area limits overall when failed, but the median reads the practice areas only. */
  const AUDIT = defineFramework({
    id: 'compliance-review',
    title: 'A review with a compliance check',
    scale: PEER_REVIEW_SCALE,
    inForce: { from: '2025-01-01' },
    areas: [
      { id: 'frontDoor', title: 'The front door', role: 'practice' },
      { id: 'inCare', title: 'Children in care', role: 'practice', required: false },
      { id: 'compliance', title: 'Compliance', role: 'compliance' },
    ],
    overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['compliance'] }, indicativeRoles: ['practice'] },
  });

  it('limits by it, and names it among the grades read', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'compliance-review', judgements: { frontDoor: 'strong', compliance: 'weak' } },
      { frameworks: [AUDIT] },
    );
    expect(derived).toMatchObject({ kind: 'limited', grade: 'weak', decidingAreas: ['compliance'] });
    expect(derived.grades).toEqual({ frontDoor: 'strong', compliance: 'weak' });
  });

  it('leaves it out of the median and its words', () => {
    const derived = deriveOverallEffectiveness(
      {
        framework: 'compliance-review',
        judgements: { frontDoor: 'strong', inCare: 'adequate', compliance: 'adequate' },
      },
      { frameworks: [AUDIT], tieBreak: 'better' },
    );
    expect(derived).toMatchObject({ kind: 'indicative', grade: 'strong', between: ['strong', 'adequate'] });
    expect(explain(derived, { frameworks: [AUDIT] })).not.toMatch(/Compliance/);
    expect(explain(derived)).not.toMatch(/compliance/);
  });

  it('checks an awarded grade against it where the median has nothing graded', () => {
    const outcome = {
      framework: 'compliance-review',
      judgements: { frontDoor: 'not-judged', compliance: 'strong' },
      awardedOverall: 'weak',
    } as const;
    expect(checkAwardedOverall(outcome, { frameworks: [AUDIT] })).toMatchObject({
      kind: 'departure',
      departure: 'inadequate-without-limiting-area',
    });
    expect(checkAwardedOverall({ ...outcome, awardedOverall: 'strong' }, { frameworks: [AUDIT] })).toMatchObject({
      kind: 'not-checkable',
    });
  });

  it('refuses ties towards leaders where the median does not read the leaders', () => {
    const refused = thrown(() =>
      defineFramework({
        id: 'leaders-apart',
        title: 'Leaders apart',
        scale: PEER_REVIEW_SCALE,
        inForce: { from: '2025-01-01' },
        areas: [
          { id: 'leaders', title: 'Leaders', role: 'leadership' },
          { id: 'frontDoor', title: 'The front door', role: 'practice' },
        ],
        overall: { awarded: true, indicativeRoles: ['practice'], tieBreak: 'leaders' },
      }),
    );
    expect(refused.issues.map((each) => [each.path.join('.'), each.params.rule])).toEqual([
      ['definition.overall.tieBreak', 'leaders-area'],
    ]);
  });
});

describe('a rule named for an outcome that is wrong too', () => {
  const badOutcome = { framework: 'ilacs-2023', judgements: { leaders: 'excellent' } } as never;

  it('is reported beside the outcome’s issues by the check, and first by derive', () => {
    const checked = checkAwardedOverall(badOutcome, { limitingRule: 'any-inadequate' as never });
    const paths = checked.kind === 'invalid' ? checked.issues.map((each) => each.path.join('.')) : [];
    expect(paths).toContain('options.limitingRule');
    expect(paths).toContain('judgements.leaders');
    const refused = thrown(() => deriveOverallEffectiveness(badOutcome, { limitingRule: 'any-inadequate' as never }));
    expect([refused.code, refused.issues[0]?.path]).toEqual(['invalid-option', ['options', 'limitingRule']]);
  });
});
