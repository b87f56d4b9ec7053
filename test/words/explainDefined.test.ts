import { describe, expect, it } from 'vitest';
import { defineFramework, deriveOverallEffectiveness, explain } from '../../src/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/index.js';
import {
  CASE_AUDIT as audit,
  REPORT_CARD_SCALE as fivePoint,
  PEER_REVIEW as peerReview,
  PEER_REVIEW_SCALE as threePoint,
} from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const sketch = defineFramework({
  id: 'cfs-2027-sketch',
  title: 'The children and families services sketch',
  scale: fivePoint,
  inForce: { from: '2027-01-01' },
  areas: [
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'help', title: 'Help and protection', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] } },
});
const noIndicative = defineFramework({
  id: 'limit-only',
  title: 'The limit-only review',
  scale: threePoint,
  inForce: { from: '2026-01-01' },
  areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
  overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] }, indicative: 'none' },
});

const frameworks = [peerReview, sketch, audit, noIndicative];

describe("explain, given the caller's frameworks", () => {
  it("words a limit by the framework's title, the area's title and the scale's label", () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks },
    );
    expect(explain(derived, { frameworks })).toBe(
      "Limited to Weak: The front door is graded Weak, and the limiting rule of Regional peer review of children's services counts it.",
    );
  });

  it('keeps the id wording without the option, or where the option lacks the framework', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks },
    );
    const byIds = "Limited to weak: frontDoor is weak, and peer-review-2025's limiting rule counts it.";
    expect(explain(derived)).toBe(byIds);
    expect(explain(derived, {})).toBe(byIds);
    expect(explain(derived, { frameworks: [sketch] })).toBe(byIds);
  });

  it('names every limiting area, on a five-point scale', () => {
    const derived = deriveOverallEffectiveness(
      {
        framework: 'cfs-2027-sketch',
        judgements: { leaders: 'urgent-improvement', help: 'urgent-improvement', inCare: 'urgent-improvement' },
      },
      { frameworks },
    );
    expect(explain(derived, { frameworks })).toBe(
      'Limited to Urgent improvement: Help and protection and Children in care are graded Urgent improvement, and the limiting rule of The children and families services sketch counts them.',
    );
  });

  it('words the indicative median by titles and labels, and a tie by the grades it fell between', () => {
    const judgements = { leaders: 'strong', help: 'expected', inCare: 'exceptional' } as const;
    const plain = deriveOverallEffectiveness({ framework: 'cfs-2027-sketch', judgements }, { frameworks });
    expect(explain(plain, { frameworks })).toBe(
      "Indicative Strong standard, not the inspectors' judgement: no area limits overall, and the median of Leaders (Strong standard), Help and protection (Expected standard) and Children in care (Exceptional) is Strong standard.",
    );
    const tied = { leaders: 'strong', frontDoor: 'adequate' } as const;
    const worse = deriveOverallEffectiveness({ framework: 'peer-review-2025', judgements: tied }, { frameworks });
    expect(explain(worse, { frameworks })).toBe(
      "Indicative Adequate, not the inspectors' judgement: no area limits overall, and the median of Leadership (Strong) and The front door (Adequate) is Adequate (a tie between Strong and Adequate, broken towards the worse).",
    );
    const better = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: tied },
      { frameworks, tieBreak: 'better' },
    );
    expect(explain(better, { frameworks })).toMatch(
      / is Strong \(a tie between Strong and Adequate, broken towards the better\)\.$/,
    );
    const leaders = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: tied },
      { frameworks, tieBreak: 'leaders' },
    );
    expect(explain(leaders, { frameworks })).toMatch(
      / is Strong \(a tie between Strong and Adequate, broken towards the grade of Leadership, Strong\)\.$/,
    );
  });

  it('words the results with no overall grade by the framework’s title', () => {
    const none = deriveOverallEffectiveness({ framework: 'case-audit', judgements: { plan: 'weak' } }, { frameworks });
    expect(explain(none, { frameworks })).toBe(
      'The monthly case audit awards no overall grade; read the area judgements instead.',
    );
    expect(explain(none)).toBe(
      'case-audit awards no overall effectiveness judgement; read the area judgements instead.',
    );
    const ungraded = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'not-judged', frontDoor: 'not-judged' } },
      { frameworks },
    );
    expect(explain(ungraded, { frameworks })).toBe(
      "No area was graded under Regional peer review of children's services, so no overall grade can be derived.",
    );
    const judged = deriveOverallEffectiveness(
      { framework: 'limit-only', judgements: { frontDoor: 'strong' } },
      { frameworks },
    );
    expect(explain(judged, { frameworks })).toBe(
      "No area limits overall, and The limit-only review gives no indicative grade: overall is the inspectors' judgement.",
    );
  });

  it("lets the caller's messages win, and words a built-in result as it does without the option", () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks },
    );
    const messages = {
      'limiting-rule': (d: { decidingAreas: readonly string[] }) => `Held back by ${d.decidingAreas}`,
    };
    expect(explain(derived, { frameworks, messages })).toBe('Held back by frontDoor');
    expect(explain(derived, { frameworks, messages: { 'median-of-areas': () => 'Median' } })).toMatch(
      /^Limited to Weak: /,
    );
    const hull = deriveOverallEffectiveness(HULL_INSPECTIONS[1]!.outcome);
    expect(explain(hull, { frameworks })).toBe(explain(hull));
  });

  it('refuses frameworks not made by defineFramework, a different definition of the same id, and a stray option', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks },
    );
    const copied = thrown(() => explain(derived, { frameworks: [JSON.parse(JSON.stringify(peerReview))] }));
    expect([copied.code, copied.issues[0]?.path, copied.issues[0]?.params.rule]).toEqual([
      'invalid-option',
      ['options', 'frameworks'],
      'defined-frameworks',
    ]);
    const redefined = defineFramework({
      id: 'peer-review-2025',
      title: 'The peer review, redrawn',
      scale: threePoint,
      inForce: { from: '2026-01-01' },
      areas: [{ id: 'leadership', title: 'Leadership', role: 'practice' }],
      overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
    });
    const mismatched = thrown(() => explain(derived, { frameworks: [redefined] }));
    expect([mismatched.code, mismatched.issues[0]?.path, mismatched.issues[0]?.params.rule]).toEqual([
      'invalid-option',
      ['options', 'frameworks'],
      'derived-under',
    ]);
    const stray = thrown(() => explain(derived, { framework: [peerReview] } as never));
    expect([stray.code, stray.issues[0]?.code]).toEqual(['invalid-option', 'unknown-key']);
    expect(thrown(() => explain({ ...derived }, { frameworks })).code).toBe('invalid-argument');
  });

  it("changes neither the result nor the caller's options", () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'cfs-2027-sketch', judgements: { leaders: 'strong', help: 'needs-attention', inCare: 'expected' } },
      { frameworks },
    );
    const list = [sketch];
    const options = { frameworks: list };
    const before = JSON.stringify(derived);
    expect(explain(derived, options)).toBe(
      'Limited to Needs attention: Help and protection is graded Needs attention, and the limiting rule of The children and families services sketch counts it.',
    );
    expect(JSON.stringify(derived)).toBe(before);
    expect(options.frameworks).toBe(list);
    expect(list).toEqual([sketch]);
    expect(Object.isFrozen(list)).toBe(false);
  });
});
