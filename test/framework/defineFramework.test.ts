import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  defineScale,
  deriveOverallEffectiveness,
  explain,
  findOutcomeIssues,
  formatIssue,
  OfstedIlacsError,
} from '../../src/index.js';
import { HULL_INSPECTIONS } from '../../src/testing/index.js';
import {
  REPORT_CARD_SCALE as fivePoint,
  PEER_REVIEW as peerReview,
  PEER_REVIEW_SCALE as threePoint,
} from '../support/definedFrameworks.js';
import { thrown } from '../support/thrown.js';

const cfs2027 = defineFramework({
  id: 'cfs-2027',
  title: 'Children and families services (a sketch)',
  scale: fivePoint,
  inForce: { from: '2027-01-01' },
  areas: [
    { id: 'leaders', title: 'Leaders', role: 'leadership' },
    { id: 'help', title: 'Help and protection', role: 'practice' },
    { id: 'inCare', title: 'Children in care', role: 'practice' },
    { id: 'careLeavers', title: 'Care leavers', role: 'practice' },
  ],
  overall: { awarded: true, limitingRule: { anyArea: 'needs-attention', roles: ['practice'] } },
});

describe('defineFramework and defineScale', () => {
  it("derives the issue's own example: a practice area graded weak limits overall to weak", () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } },
      { frameworks: [peerReview] },
    );
    expect(derived).toMatchObject({
      kind: 'limited',
      grade: 'weak',
      decidingAreas: ['frontDoor'],
      rule: 'limiting-rule',
    });
    expect(explain(derived)).toBe(
      "Limited to weak: frontDoor is weak, and peer-review-2025's limiting rule counts it.",
    );
  });

  it('takes a five-point scale: the limit counts the worst practice grade at or past its threshold, leaders never', () => {
    const frameworks = [cfs2027];
    const limited = deriveOverallEffectiveness(
      {
        framework: 'cfs-2027',
        judgements: {
          leaders: 'urgent-improvement',
          help: 'needs-attention',
          inCare: 'urgent-improvement',
          careLeavers: 'strong',
        },
      },
      { frameworks },
    );
    expect(limited).toMatchObject({ kind: 'limited', grade: 'urgent-improvement', decidingAreas: ['inCare'] });
    const leadersOnly = deriveOverallEffectiveness(
      {
        framework: 'cfs-2027',
        judgements: { leaders: 'urgent-improvement', help: 'strong', inCare: 'expected', careLeavers: 'strong' },
      },
      { frameworks },
    );
    // Not limited: the median of urgent-improvement, strong, expected, strong is between strong and expected.
    expect(leadersOnly).toMatchObject({
      kind: 'indicative',
      tie: true,
      between: ['strong', 'expected'],
      grade: 'expected',
    });
    const better = deriveOverallEffectiveness(
      {
        framework: 'cfs-2027',
        judgements: { leaders: 'urgent-improvement', help: 'strong', inCare: 'expected', careLeavers: 'strong' },
      },
      { frameworks, tieBreak: 'better' },
    );
    expect(better.grade).toBe('strong');
    expect(explain(leadersOnly)).toMatch(
      /^Indicative expected, not the inspectors' judgement: .* \(a tie between strong and expected, broken towards the worse\)\.$/,
    );
  });

  it('writes in the defaults its type promises: required unless false, and the awarded given', () => {
    expect(peerReview.areas.map((area) => [area.id, area.required])).toEqual([
      ['leaders', true],
      ['frontDoor', true],
      ['careLeavers', false],
    ]);
    expect([peerReview.overall.awarded, peerReview.overall.indicative, cfs2027.overall.indicative]).toEqual([
      true,
      'median',
      'median',
    ]);
  });

  it('treats not-judged as ungraded, and an optional area as optional', () => {
    const derived = deriveOverallEffectiveness(
      { framework: 'peer-review-2025', judgements: { leaders: 'adequate', frontDoor: 'not-judged' } },
      { frameworks: [peerReview] },
    );
    expect(derived).toMatchObject({ kind: 'indicative', grade: 'adequate', grades: { leaders: 'adequate' } });
  });

  it('checks an outcome under the framework with the codes and params of the built-in ones', () => {
    const outcome = { framework: 'cfs-2027', judgements: { leaders: 'good', help: 'strong', extra: 'strong' } };
    const issues = findOutcomeIssues(outcome, { frameworks: [cfs2027] });
    expect(issues.map((each) => [each.path.join('.'), each.code])).toEqual([
      ['judgements.leaders', 'invalid-value'],
      ['judgements.extra', 'area-not-in-framework'],
      ['judgements.inCare', 'missing-area'],
      ['judgements.careLeavers', 'missing-area'],
    ]);
    expect(issues[0]?.params.allowed).toEqual([...fivePoint.grades, 'not-judged']);
    expect(formatIssue(issues[0]!)).toMatch(
      /^judgements\.leaders must be exceptional, .* or not-judged, got "good"\.$/,
    );
    const refused = thrown(() => deriveOverallEffectiveness(outcome as never, { frameworks: [cfs2027] }));
    expect(refused.code).toBe('invalid-outcome');
    expect(refused.issues.map((each) => each.code)).toEqual(issues.map((each) => each.code));
  });

  it('knows a framework only where it is passed: there is no registry', () => {
    const outcome = { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } };
    expect(findOutcomeIssues(outcome).map((each) => each.code)).toEqual(['unknown-framework']);
    expect(thrown(() => deriveOverallEffectiveness(outcome as never)).code).toBe('invalid-outcome');
    const named = findOutcomeIssues({ ...outcome, framework: 'peer-review-2024' }, { frameworks: [peerReview] });
    expect(named[0]?.params.allowed).toContain('peer-review-2025');
  });

  it('still derives built-in outcomes with frameworks passed beside them', () => {
    const hull2019 = HULL_INSPECTIONS[1]!.outcome;
    expect(deriveOverallEffectiveness(hull2019, { frameworks: [peerReview] })).toBe(
      deriveOverallEffectiveness(hull2019),
    );
  });

  it('refuses frameworks not made by defineFramework, and a copy of one', () => {
    const copy = JSON.parse(JSON.stringify(peerReview));
    const outcome = { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } };
    const refused = thrown(() => deriveOverallEffectiveness(outcome as never, { frameworks: [copy] }));
    expect(refused.code).toBe('invalid-option');
    expect(refused.issues[0]?.params.rule).toBe('defined-frameworks');
    expect(findOutcomeIssues(outcome, { frameworks: [copy] })[0]?.path).toEqual(['options', 'frameworks']);
  });

  it('refuses a definition that breaks its own rules, saying where', () => {
    const definition = {
      id: 'ilacs-2023',
      title: 'A framework',
      scale: threePoint,
      inForce: { from: '2025-01-01', until: '2024-12-31' },
      areas: [
        { id: 'a', title: 'A', role: 'practice' },
        { id: 'a', title: 'A again', role: 'practice' },
      ],
      overall: { awarded: true, limitingRule: { anyArea: 'poor', roles: ['leadership'] } },
    };
    const refused = thrown(() => defineFramework(definition as never));
    expect(refused.code).toBe('invalid-framework');
    expect(refused.issues.map((each) => [each.path.slice(1).join('.'), each.code])).toEqual([
      ['id', 'duplicate-id'],
      ['inForce.until', 'dates-out-of-order'],
      ['areas.1.id', 'duplicate-id'],
      ['overall.limitingRule.anyArea', 'invalid-value'],
      ['overall.limitingRule.roles.0', 'invalid-value'],
    ]);
    expect(Object.isFrozen(definition)).toBe(false);
  });

  it('refuses a scale with a grade twice, too few grades, or a label missing', () => {
    const twice = thrown(() => defineScale({ id: 's', grades: ['a', 'a'], labels: { a: 'A' } } as never));
    expect(twice.issues.map((each) => each.code)).toEqual(['duplicate-id']);
    const one = thrown(() => defineScale({ id: 's', grades: ['a'], labels: { a: 'A' } } as never));
    expect(one.issues.map((each) => [each.code, each.params.rule])).toEqual([['invalid-value', 'too-few']]);
    const unlabelled = thrown(() => defineScale({ id: 's', grades: ['a', 'b'], labels: { a: 'A' } } as never));
    expect(unlabelled.issues.map((each) => [each.path.join('.'), each.code])).toEqual([
      ['definition.labels.b', 'missing'],
    ]);
  });
});

describe('parseInspectionOutcome with frameworks', () => {
  it("reads an outcome under the caller's framework into a frozen copy, and refuses one that breaks it", async () => {
    const { parseInspectionOutcome } = await import('../../src/schema/index.js');
    const input = { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'adequate' } };
    const read = parseInspectionOutcome(input, { frameworks: [peerReview] });
    expect(read.ok && read.value).toEqual(input);
    expect(read.ok && read.value !== input && Object.isFrozen(read.value)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    const refused = parseInspectionOutcome(
      { ...input, judgements: { leaders: 'excellent' } },
      { frameworks: [peerReview] },
    );
    expect(refused.ok ? [] : refused.issues.map((each) => each.code)).toEqual(['invalid-value', 'missing-area']);
    expect(parseInspectionOutcome(input).ok).toBe(false);
    const builtIn = parseInspectionOutcome(
      {
        framework: 'ilacs-2026',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'Good' },
      },
      { frameworks: [peerReview] },
    );
    expect(builtIn.ok ? [] : builtIn.issues.map((each) => each.path.join('.'))).toEqual(['judgements.careLeavers']);
  });
});

describe('toJsonSchemas with frameworks', () => {
  it("tells a validator the truth about outcomes under the caller's framework, as the parser does", async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { parseInspectionOutcome, toJsonSchemas } = await import('../../src/schema/index.js');
    const schemas = toJsonSchemas({ frameworks: [peerReview, cfs2027] });
    const validate = new Ajv2020({ strict: false }).compile(schemas.InspectionOutcome);
    const documents = [
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' }, awardedOverall: 'weak' },
      { framework: 'peer-review-2025', judgements: { leaders: 'strong' } },
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'good' } },
      { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak', extra: 'weak' } },
      {
        framework: 'cfs-2027',
        judgements: { leaders: 'strong', help: 'expected', inCare: 'expected', careLeavers: 'not-judged' },
      },
      {
        framework: 'ilacs-2026',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
      },
      { framework: 'cfs-2028', judgements: {} },
    ];
    const verdicts = documents.map((document) => [
      validate(document),
      parseInspectionOutcome(document, { frameworks: [peerReview, cfs2027] }).ok,
    ]);
    expect(verdicts).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [true, true],
      [true, true],
      [false, false],
    ]);
    expect(toJsonSchemas().InspectionOutcome).not.toEqual(schemas.InspectionOutcome);
    expect(() => toJsonSchemas({ frameworks: [JSON.parse(JSON.stringify(peerReview))] })).toThrow(OfstedIlacsError);
  });
});

describe('frameworkForDate with a framework of your own', () => {
  it('finds it on a date in force, and says when it and a built-in one were both in use', async () => {
    const { FRAMEWORKS, frameworkForDate } = await import('../../src/index.js');
    const ilacs2026Ended = { ...FRAMEWORKS['ilacs-2026'], inForce: { from: '2026-04-01', until: '2026-12-31' } };
    const frameworks = [FRAMEWORKS['ilacs-2023'], ilacs2026Ended, cfs2027];
    const in2027 = frameworkForDate('2027-03-01', { frameworks });
    expect(in2027.ok && in2027.value.id).toBe('cfs-2027');
    const in2026 = frameworkForDate('2026-06-01', { frameworks });
    expect(in2026.ok && in2026.value.id).toBe('ilacs-2026');
    const both = frameworkForDate('2027-03-01', { frameworks: [FRAMEWORKS['ilacs-2026'], cfs2027] });
    expect(both.ok ? undefined : both.issues[0]?.params.allowed).toEqual(['ilacs-2026', 'cfs-2027']);
    const copied = frameworkForDate('2027-03-01', { frameworks: [JSON.parse(JSON.stringify(cfs2027))] });
    expect(copied.ok).toBe(false);
  });
});

describe('what an outside read of the defined frameworks found', () => {
  it("refuses a missing required area whose id is an object's own member's name, such as constructor", () => {
    const odd = defineFramework({
      id: 'odd',
      title: 'Odd ids',
      scale: threePoint,
      inForce: { from: '2025-01-01' },
      areas: [{ id: 'constructor', title: 'x', role: 'practice' }],
      overall: { awarded: true },
    });
    const issues = findOutcomeIssues({ framework: 'odd', judgements: {} }, { frameworks: [odd] });
    expect(issues.map((each) => [each.path.join('.'), each.code])).toEqual([
      ['judgements.constructor', 'missing-area'],
    ]);
  });

  it('keeps not-judged for an area left ungraded: no scale may have it as a grade', () => {
    const refused = thrown(() =>
      defineScale({
        id: 's',
        grades: ['good', 'not-judged'],
        labels: { good: 'Good', 'not-judged': 'Not judged' },
      } as never),
    );
    expect(refused.issues.map((each) => [each.path.join('.'), each.params.rule])).toEqual([
      ['definition.grades.1', 'reserved'],
    ]);
  });

  it('explains only what was derived, and formats only what is an issue', () => {
    expect(thrown(() => explain(threePoint as never)).code).toBe('invalid-argument');
    expect(thrown(() => explain(peerReview as never)).code).toBe('invalid-argument');
    const bad = { path: [], code: 'invalid-value', params: { allowed: 5 }, message: 'm' };
    expect(thrown(() => formatIssue(bad as never)).code).toBe('invalid-argument');
  });

  it('refuses two frameworks of one id, and a built-in limiting rule under a framework of your own', () => {
    const twin = defineFramework({
      id: 'peer-review-2025',
      title: 'Another',
      scale: threePoint,
      inForce: { from: '2025-01-01' },
      areas: [{ id: 'x', title: 'X', role: 'practice' }],
      overall: { awarded: false },
    });
    const outcome = { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } } as const;
    expect(thrown(() => deriveOverallEffectiveness(outcome, { frameworks: [peerReview, twin] })).issues[0]?.code).toBe(
      'duplicate-id',
    );
    const ruled = thrown(() =>
      deriveOverallEffectiveness(outcome, { frameworks: [peerReview], limitingRule: 'inadequate-practice-area' }),
    );
    expect([ruled.code, ruled.issues[0]?.path]).toEqual(['invalid-option', ['options', 'limitingRule']]);
  });

  it('reads the options once: a getter that answers once, then throws, is never read again', () => {
    let reads = 0;
    const options = {
      get frameworks() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return [peerReview];
      },
    };
    const outcome = { framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'adequate' } };
    expect(findOutcomeIssues(outcome, options)).toEqual([]);
    reads = 0;
    expect(deriveOverallEffectiveness(outcome as never, options as never).grade).toBe('adequate');
  });
});

describe('parseInspectionOutcome with frameworks, on a built-in outcome', () => {
  it('refuses a broken built-in outcome with the codes it gives without the option', async () => {
    const { parseInspectionOutcome } = await import('../../src/schema/index.js');
    const broken = { framework: 'ilacs-2018' };
    const without = parseInspectionOutcome(broken);
    const withFrameworks = parseInspectionOutcome(broken, { frameworks: [peerReview] });
    expect(withFrameworks).toEqual(without);
  });
});
