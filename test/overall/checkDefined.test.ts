import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAwardedOverall,
  defineFramework,
  deriveOverallEffectiveness,
  findOutcomeIssues,
} from '../../src/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/index.js';
import {
  CASE_AUDIT as audit,
  REPORT_CARD_SCALE as fivePoint,
  PEER_REVIEW_SCALE as threePoint,
} from '../support/definedFrameworks.js';

const sketch = defineFramework({
  id: 'cfs-2027-sketch',
  title: 'The children and families services sketch',
  scale: fivePoint,
  inForce: { from: '2027-01-01' },
  areas: [
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'help', title: 'Help and protection', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] } },
});

const peerReview = defineFramework({
  id: 'peer-review-2025',
  title: "Regional peer review of children's services",
  scale: threePoint,
  inForce: { from: '2025-01-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
});
/** Limits, but gives no indicative grade where nothing limits. */
const limitOnly = defineFramework({
  id: 'limit-only',
  title: 'The limit-only review',
  scale: threePoint,
  inForce: { from: '2026-01-01' },
  areas: [
    { id: 'leaders', title: 'Leadership', role: 'leadership' },
    { id: 'frontDoor', title: 'The front door', role: 'practice' },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] }, indicative: 'none' },
});
/** Neither limits nor gives an indicative grade: an awarded grade has nothing to be checked against. */
const judgementOnly = defineFramework({
  id: 'judgement-only',
  title: 'The judgement-only review',
  scale: threePoint,
  inForce: { from: '2026-01-01' },
  areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
  overall: { awarded: true, indicative: 'none' },
});

const frameworks = [sketch, peerReview, audit, limitOnly, judgementOnly];
const sketchTitle = 'The children and families services sketch';

describe("checkAwardedOverall under a caller's framework", () => {
  it('finds an awarded grade equal to the limit consistent, in the titles and labels of the framework', () => {
    const check = checkAwardedOverall(
      {
        framework: 'cfs-2027-sketch',
        judgements: { leaders: 'strong', help: 'needs-attention', inCare: 'urgent-improvement' },
        awardedOverall: 'urgent-improvement',
      },
      { frameworks },
    );
    expect(check).toMatchObject({
      kind: 'consistent',
      awarded: 'urgent-improvement',
      matchesIndicative: true,
      derived: { kind: 'limited', grade: 'urgent-improvement', decidingAreas: ['inCare'] },
      reason: `Consistent: Urgent improvement was awarded, as the limiting rule of ${sketchTitle} requires: Children in care is graded Urgent improvement.`,
    });
  });

  it('reports a grade better than the limit as the limiting area not applied, and keeps the awarded grade', () => {
    const outcome = {
      framework: 'cfs-2027-sketch',
      judgements: { leaders: 'strong', help: 'urgent-improvement', inCare: 'urgent-improvement' },
      awardedOverall: 'needs-attention',
    } as const;
    const check = checkAwardedOverall(outcome, { frameworks });
    expect(check).toEqual({
      kind: 'departure',
      awarded: 'needs-attention',
      derived: deriveOverallEffectiveness(outcome, { frameworks }),
      departure: 'limiting-area-not-applied',
      rule: 'limiting-rule',
      decidingAreas: ['help', 'inCare'],
      reason: `Departure from the limiting rule of ${sketchTitle}: Help and protection and Children in care are graded Urgent improvement, but Needs attention was awarded.`,
    });
    expect(outcome.awardedOverall).toBe('needs-attention');
  });

  it('reports a grade the rule reaches that no area it counts is graded, naming the areas it does not count', () => {
    const notLimited = checkAwardedOverall(
      {
        framework: 'cfs-2027-sketch',
        judgements: { leaders: 'needs-attention', help: 'expected', inCare: 'strong', careLeavers: 'expected' },
        awardedOverall: 'needs-attention',
      },
      { frameworks },
    );
    expect(notLimited).toMatchObject({
      kind: 'departure',
      departure: 'inadequate-without-limiting-area',
      rule: 'limiting-rule',
      decidingAreas: ['leaders'],
      reason: `Departure from the limiting rule of ${sketchTitle}: Needs attention was awarded, but no area the rule counts is graded Needs attention (Leaders is graded Needs attention, which the rule does not count).`,
    });
    // Limited to needs attention, but urgent improvement awarded: no area the rule counts is graded that low.
    const worseThanTheLimit = checkAwardedOverall(
      {
        framework: 'cfs-2027-sketch',
        judgements: { leaders: 'urgent-improvement', help: 'needs-attention', inCare: 'expected' },
        awardedOverall: 'urgent-improvement',
      },
      { frameworks },
    );
    expect(worseThanTheLimit).toMatchObject({
      kind: 'departure',
      departure: 'inadequate-without-limiting-area',
      decidingAreas: ['leaders'],
      derived: { kind: 'limited', grade: 'needs-attention' },
      reason: `Departure from the limiting rule of ${sketchTitle}: Urgent improvement was awarded, but no area the rule counts is graded Urgent improvement (Leaders is graded Urgent improvement, which the rule does not count).`,
    });
    const noneUncounted = checkAwardedOverall(
      {
        framework: 'peer-review-2025',
        judgements: { leaders: 'strong', frontDoor: 'adequate' },
        awardedOverall: 'weak',
      },
      { frameworks },
    );
    expect(noneUncounted).toMatchObject({
      kind: 'departure',
      departure: 'inadequate-without-limiting-area',
      decidingAreas: [],
      reason:
        "Departure from the limiting rule of Regional peer review of children's services: Weak was awarded, but no area the rule counts is graded Weak.",
    });
  });

  it('compares a grade outside the limit with the indicative median, as an inspectors’ judgement', () => {
    const judgements = { leaders: 'strong', help: 'strong', inCare: 'expected', careLeavers: 'expected' } as const;
    const matches = checkAwardedOverall(
      { framework: 'cfs-2027-sketch', judgements, awardedOverall: 'expected' },
      { frameworks },
    );
    expect(matches).toMatchObject({
      kind: 'consistent',
      matchesIndicative: true,
      derived: { kind: 'indicative', grade: 'expected', between: ['strong', 'expected'] },
      reason: 'Consistent: no area limits overall, and the awarded Expected standard equals the indicative median.',
    });
    const better = checkAwardedOverall(
      { framework: 'cfs-2027-sketch', judgements, awardedOverall: 'exceptional' },
      { frameworks },
    );
    expect(better).toMatchObject({
      kind: 'consistent',
      matchesIndicative: false,
      reason:
        "Consistent: no area limits overall; the awarded Exceptional differs from the indicative Expected standard, the inspectors' judgement rather than a departure.",
    });
    const tieBroken = checkAwardedOverall(
      { framework: 'cfs-2027-sketch', judgements, awardedOverall: 'strong' },
      { frameworks, tieBreak: 'better' },
    );
    expect(tieBroken).toMatchObject({ kind: 'consistent', matchesIndicative: true, derived: { grade: 'strong' } });
  });

  it('says nothing is awarded, or that nothing can be checked, where that is so', () => {
    expect(
      checkAwardedOverall(
        { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
        { frameworks },
      ),
    ).toMatchObject({
      kind: 'not-awarded',
      derived: { kind: 'limited', grade: 'weak' },
      reason: 'No awarded overall grade is recorded, so there is nothing to check.',
    });
    expect(
      checkAwardedOverall({ framework: 'case-audit', judgements: { plan: 'weak' } }, { frameworks }),
    ).toMatchObject({
      kind: 'not-awarded',
      derived: { kind: 'none', rule: 'no-overall-in-framework' },
      reason: 'The monthly case audit awards no overall grade; read the area judgements instead.',
    });
    expect(
      checkAwardedOverall(
        {
          framework: 'peer-review-2025',
          judgements: { leaders: 'not-judged', frontDoor: 'not-judged' },
          awardedOverall: 'adequate',
        },
        { frameworks },
      ),
    ).toMatchObject({
      kind: 'not-checkable',
      awarded: 'adequate',
      derived: { kind: 'none', rule: 'no-area-graded' },
      reason: 'Adequate was awarded, but no area is graded, so there is nothing to check it against.',
    });
    expect(
      checkAwardedOverall(
        { framework: 'judgement-only', judgements: { frontDoor: 'weak' }, awardedOverall: 'strong' },
        { frameworks },
      ),
    ).toMatchObject({
      kind: 'not-checkable',
      derived: { kind: 'none', rule: 'no-indicative-rule' },
      reason:
        'Strong was awarded, but The judgement-only review has no limiting rule and gives no indicative grade, so there is nothing to check it against.',
    });
  });

  it('still checks the limit of a framework that gives no indicative grade', () => {
    const unlimited = checkAwardedOverall(
      { framework: 'limit-only', judgements: { leaders: 'adequate', frontDoor: 'strong' }, awardedOverall: 'strong' },
      { frameworks },
    );
    expect(unlimited).toMatchObject({
      kind: 'consistent',
      matchesIndicative: false,
      reason:
        "Consistent: no area limits overall, and The limit-only review gives no indicative grade, so the awarded Strong is the inspectors' judgement.",
    });
    const limited = checkAwardedOverall(
      { framework: 'limit-only', judgements: { leaders: 'strong', frontDoor: 'weak' }, awardedOverall: 'adequate' },
      { frameworks },
    );
    expect(limited).toMatchObject({ kind: 'departure', departure: 'limiting-area-not-applied' });
  });

  it('agrees with the limiting rule read straight from the judgements, for every five-point outcome', () => {
    const grades = fivePoint.grades;
    const rank = (grade: string) => grades.indexOf(grade as never);
    const graded = fc.constantFrom(...grades, 'not-judged' as const);
    fc.assert(
      fc.property(
        graded,
        graded,
        graded,
        graded,
        fc.constantFrom(...grades),
        (leaders, help, inCare, careLeavers, awarded) => {
          const judgements = { leaders, help, inCare, careLeavers };
          const check = checkAwardedOverall(
            { framework: 'cfs-2027-sketch', judgements, awardedOverall: awarded },
            { frameworks: [sketch] },
          );
          const counted = [help, inCare, careLeavers].filter((grade) => rank(grade) >= rank('needs-attention'));
          const anyGraded = Object.values(judgements).some((grade) => grade !== 'not-judged');
          const limit = counted.length > 0 ? Math.max(...counted.map(rank)) : undefined;
          const departs = limit === undefined ? rank(awarded) >= rank('needs-attention') : rank(awarded) !== limit;
          expect(check.kind).toBe(!anyGraded ? 'not-checkable' : departs ? 'departure' : 'consistent');
          if (check.kind === 'departure') {
            expect(check.departure).toBe(
              limit !== undefined && rank(awarded) < limit
                ? 'limiting-area-not-applied'
                : 'inadequate-without-limiting-area',
            );
          }
        },
      ),
    );
  });
});

describe("checkAwardedOverall refuses, and never throws, under a caller's framework", () => {
  const outcome = {
    framework: 'peer-review-2025',
    judgements: { leaders: 'strong', frontDoor: 'weak' },
    awardedOverall: 'weak',
  } as const;

  it('gives invalid with the unknown framework where the framework is not passed', () => {
    const check = checkAwardedOverall(outcome as never);
    expect(check.kind === 'invalid' && check.issues.map((each) => each.code)).toEqual(['unknown-framework']);
    const other = checkAwardedOverall(outcome, { frameworks: [sketch] } as never);
    expect(other.kind === 'invalid' && other.issues.map((each) => [each.code, each.params.allowed?.at(-1)])).toEqual([
      ['unknown-framework', 'cfs-2027-sketch'],
    ]);
  });

  it('gives the issues of an outcome that breaks its framework, as findOutcomeIssues does', () => {
    const broken = {
      framework: 'cfs-2027-sketch',
      judgements: { leaders: 'good', help: 'strong', extra: 'strong' },
      awardedOverall: 'outstanding',
    };
    const check = checkAwardedOverall(broken as never, { frameworks });
    expect(check.kind).toBe('invalid');
    expect(check.kind === 'invalid' && check.issues).toEqual(findOutcomeIssues(broken, { frameworks }));
    expect(check.kind === 'invalid' && check.issues.map((each) => each.code)).toEqual([
      'invalid-value',
      'area-not-in-framework',
      'missing-area',
      'invalid-value',
    ]);
    const noOverall = checkAwardedOverall(
      { framework: 'case-audit', judgements: { plan: 'weak' }, awardedOverall: 'weak' } as never,
      { frameworks },
    );
    expect(noOverall.kind === 'invalid' && noOverall.issues.map((each) => each.code)).toEqual([
      'no-overall-in-framework',
    ]);
  });

  it('gives invalid for options it does not have, frameworks not made by defineFramework, and a built-in rule', () => {
    const copied = checkAwardedOverall(outcome, { frameworks: [JSON.parse(JSON.stringify(peerReview))] });
    // Options that cannot be used are reported alone: the outcome names a framework of the caller's, unread.
    expect(copied.kind === 'invalid' && copied.issues.map((each) => [each.path.join('.'), each.params.rule])).toEqual([
      ['options.frameworks', 'defined-frameworks'],
    ]);
    const ruled = checkAwardedOverall(outcome, { frameworks, limitingRule: 'inadequate-practice-area' });
    expect(ruled.kind === 'invalid' && ruled.issues.map((each) => [each.path.join('.'), each.code])).toEqual([
      ['options.limitingRule', 'invalid-value'],
    ]);
    const misspelt = checkAwardedOverall(outcome, { frameworks, tiebreak: 'worse' } as never);
    expect(misspelt.kind === 'invalid' && misspelt.issues.map((each) => each.code)).toEqual(['unknown-key']);
  });

  it('gives invalid, never throws, for an outcome whose reading throws', () => {
    const throwing = {
      framework: 'peer-review-2025',
      get judgements(): never {
        throw new Error('no');
      },
    };
    const check = checkAwardedOverall(throwing as never, { frameworks });
    expect(check.kind === 'invalid' && check.issues.map((each) => each.code)).toEqual(['unreadable']);
  });

  it("reads the caller's outcome and options once, and changes neither", () => {
    let reads = 0;
    const judgements = { leaders: 'strong', frontDoor: 'adequate' };
    const shifting = {
      framework: 'peer-review-2025',
      get judgements() {
        reads += 1;
        return reads === 1 ? judgements : { leaders: 'strong', frontDoor: 'weak' };
      },
      awardedOverall: 'adequate',
    };
    const options = { frameworks: [peerReview], tieBreak: 'worse' } as const;
    const before = JSON.stringify({ judgements, options });
    const check = checkAwardedOverall(shifting as never, options);
    expect(reads).toBe(1);
    expect(check).toMatchObject({ kind: 'consistent', derived: { kind: 'indicative', grade: 'adequate' } });
    expect(JSON.stringify({ judgements, options })).toBe(before);
    expect(Object.isFrozen(judgements)).toBe(false);
    expect(options.frameworks).toEqual([peerReview]);
  });

  it('checks a built-in outcome as it does without the option', () => {
    const hull2019 = HULL_INSPECTIONS[1]!.outcome;
    expect(checkAwardedOverall(hull2019, { frameworks })).toEqual(checkAwardedOverall(hull2019));
  });
});
