import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareJudgements,
  deriveOverallEffectiveness,
  explain,
  FRAMEWORKS,
  type InspectionOutcome,
  type Judgement,
  OfstedIlacsError,
} from '../../src/index.js';
import { arbitraryJudgement, arbitraryOutcome } from '../../src/testing/index.js';

const judgement = arbitraryJudgement();
const tieBreakArb = fc.constantFrom('leaders' as const, 'worse' as const, 'better' as const);

const ri = 'requires-improvement';

describe('deriveOverallEffectiveness', () => {
  it('limits Hull 2019 to inadequate because of help and protection', () => {
    const hull2019 = {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: ri },
      awardedOverall: 'inadequate',
    } as const;
    expect(deriveOverallEffectiveness(hull2019)).toEqual({
      framework: 'ilacs-2018',
      kind: 'limited',
      grade: 'inadequate',
      indicative: false,
      rule: 'any-inadequate-area',
      decidingAreas: ['helpAndProtection'],
      grades: hull2019.judgements,
    });
    expect(explain(deriveOverallEffectiveness(hull2019))).toBe(
      "Inadequate: help and protection is inadequate. By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), any inadequate area makes the whole service inadequate.",
    );
  });

  it('names every limiting area', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'inadequate',
        helpAndProtection: 'inadequate',
        childrenInCare: 'inadequate',
        careLeavers: 'good',
      },
    });
    expect(derived.decidingAreas).toEqual(['leaders', 'helpAndProtection', 'childrenInCare']);
    expect(explain(derived)).toBe(
      "Inadequate: leaders, help and protection and children in care are inadequate. By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), any inadequate area makes the whole service inadequate.",
    );
  });

  it("words the SIF's rule as Ofsted's, and the ILACS rule as the library's reading", () => {
    const sif = deriveOverallEffectiveness({
      framework: 'sif-2013',
      judgements: { helpAndProtection: 'inadequate', childrenLookedAfter: ri, leaders: ri },
    });
    expect(explain(sif)).toBe(
      "Inadequate: help and protection is inadequate. By Ofsted's rule for the SIF, an inadequate key judgement makes overall effectiveness inadequate.",
    );
    expect(FRAMEWORKS['sif-2013'].limitingRule.basis).toBe('stated-by-ofsted');
    expect(FRAMEWORKS['ilacs-2018'].limitingRule.basis).toBe('read-from-published-grades');
    expect(FRAMEWORKS['ilacs-2023'].limitingRule.evidence).toMatch(/267 of 271/);
    const leadersAlone = deriveOverallEffectiveness({
      framework: 'ilacs-2023',
      judgements: { leaders: 'inadequate', helpAndProtection: ri, childrenInCare: ri, careLeavers: 'good' },
    });
    expect(explain(leadersAlone)).toMatch(/Ofsted has stated no such rule for ILACS/);
    expect(explain(leadersAlone)).toMatch(/requires improvement overall in 4 of 5 published cases/);
    const practiceToo = deriveOverallEffectiveness({
      framework: 'ilacs-2023',
      judgements: { leaders: 'inadequate', helpAndProtection: 'inadequate', childrenInCare: ri, careLeavers: 'good' },
    });
    expect(explain(practiceToo)).not.toMatch(/4 of 5/);
  });

  it('refuses options it does not have, and values they cannot take, naming the fix', () => {
    const hull2019 = {
      framework: 'ilacs-2018',
      judgements: { leaders: ri, helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: ri },
    } as const;
    expect(() => deriveOverallEffectiveness(hull2019, { limitingRule: 'any-inadequate' as never })).toThrowError(
      expect.objectContaining({
        code: 'invalid-option',
        message: expect.stringMatching(
          /limitingRule must be any-inadequate-area or inadequate-practice-area, got "any-inadequate" \(did you mean "any-inadequate-area"\?\)/,
        ),
      }),
    );
    expect(() => deriveOverallEffectiveness(hull2019, { tieBreak: 'Worse' as never })).toThrowError(
      expect.objectContaining({ code: 'invalid-option', message: expect.stringMatching(/did you mean "worse"/) }),
    );
    expect(() => deriveOverallEffectiveness(hull2019, { limitRule: 'x' } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => deriveOverallEffectiveness(hull2019, 'worse' as never)).toThrowError(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });

  it('gives equal outcomes one shared frozen result', () => {
    const a = deriveOverallEffectiveness({
      framework: 'ilacs-2018',
      judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: ri },
    });
    const b = deriveOverallEffectiveness(
      JSON.parse(
        JSON.stringify({
          framework: 'ilacs-2018',
          judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCareAndCareLeavers: ri },
        }),
      ),
    );
    expect(a).toBe(b);
    expect(Object.isFrozen(a) && Object.isFrozen(a.decidingAreas)).toBe(true);
  });

  it('lets only the practice areas limit when asked', () => {
    const leadersOnly: InspectionOutcome = {
      framework: 'ilacs-2023',
      judgements: { leaders: 'inadequate', helpAndProtection: ri, childrenInCare: ri, careLeavers: ri },
    };
    expect(deriveOverallEffectiveness(leadersOnly).grade).toBe('inadequate');
    const practice = deriveOverallEffectiveness(leadersOnly, { limitingRule: 'inadequate-practice-area' });
    expect(practice).toMatchObject({
      kind: 'indicative',
      grade: ri,
      limitingRule: 'inadequate-practice-area',
      tie: false,
    });
    expect(explain(practice)).toBe(
      "Indicative requires-improvement, not Ofsted's judgement: no area limits overall, and the median of leaders inadequate, help and protection requires-improvement, children in care requires-improvement and care leavers requires-improvement is requires-improvement.",
    );
  });

  it('gives an indicative median where nothing limits, saying how a tie broke', () => {
    const hull2026: InspectionOutcome = {
      framework: 'ilacs-2023',
      judgements: {
        leaders: 'outstanding',
        helpAndProtection: 'good',
        childrenInCare: 'good',
        careLeavers: 'outstanding',
      },
    };
    const byLeaders = deriveOverallEffectiveness(hull2026);
    expect(byLeaders).toMatchObject({
      kind: 'indicative',
      grade: 'outstanding',
      indicative: true,
      rule: 'median-of-areas',
      tie: true,
      tieBreak: 'leaders',
    });
    expect(byLeaders.decidingAreas).toEqual(['leaders', 'careLeavers']);
    expect(explain(byLeaders)).toMatch(
      /\(a tie between outstanding and good, broken towards the leaders' grade, outstanding\)\.$/,
    );
    expect(deriveOverallEffectiveness(hull2026, { tieBreak: 'leaders' })).toBe(byLeaders);
    const worse = deriveOverallEffectiveness(hull2026, { tieBreak: 'worse' });
    expect(worse).toMatchObject({ grade: 'good', tie: true, tieBreak: 'worse' });
    expect(worse.decidingAreas).toEqual(['helpAndProtection', 'childrenInCare']);
    expect(explain(worse)).toMatch(/\(a tie between outstanding and good, broken towards the worse\)\.$/);
    const better = deriveOverallEffectiveness(hull2026, { tieBreak: 'better' });
    expect(better).toMatchObject({ grade: 'outstanding', tie: true, tieBreak: 'better' });
    expect(better.decidingAreas).toEqual(['leaders', 'careLeavers']);
    expect(explain(better)).toMatch(/broken towards the better\)\.$/);
  });

  it.each([
    ['outstanding', 'good'],
    ['good', 'good'],
    [ri, ri],
    ['inadequate', ri],
  ] as const)('breaks a tie between good and requires improvement towards leaders %s: %s', (leaders, expected) => {
    // Leaders outside the two middle grades (outstanding, inadequate) picks the nearer of them.
    const [helpAndProtection, childrenInCare, careLeavers]: readonly Judgement[] =
      compareJudgements(leaders, 'good') <= 0 ? ['good', ri, ri] : ['good', 'good', ri];
    const derived = deriveOverallEffectiveness(
      {
        framework: 'ilacs-2023',
        judgements: { leaders, helpAndProtection, childrenInCare, careLeavers } as Record<string, Judgement>,
      } as InspectionOutcome,
      { limitingRule: 'inadequate-practice-area' },
    );
    expect(derived).toMatchObject({ kind: 'indicative', tie: true, grade: expected, tieBreak: 'leaders' });
    expect(explain(derived)).toContain(`broken towards the leaders' grade, ${leaders})`);
  });

  it('breaks a tie towards the worse when leaders is not graded', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'sif-2013',
      judgements: { helpAndProtection: 'good', childrenLookedAfter: ri, leaders: 'not-judged' },
    });
    expect(derived).toMatchObject({ kind: 'indicative', tie: true, grade: ri, tieBreak: 'leaders' });
    expect(explain(derived)).toMatch(/broken towards the worse\)\.$/);
    const better = deriveOverallEffectiveness(
      {
        framework: 'sif-2013',
        judgements: { helpAndProtection: 'good', childrenLookedAfter: ri, leaders: 'not-judged' },
      },
      { tieBreak: 'better' },
    );
    expect(better.grade).toBe('good');
  });

  it('ignores SIF sub-judgements and the LSCB', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'sif-2013',
      judgements: {
        helpAndProtection: 'good',
        childrenLookedAfter: 'good',
        leaders: 'good',
        adoption: 'inadequate',
        careLeavers: 'inadequate',
        lscb: 'inadequate',
      },
    });
    expect(derived).toMatchObject({ kind: 'indicative', grade: 'good' });
  });

  it('leaves out an area that was not judged (the Isles of Scilly, 2016)', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'sif-2013',
      judgements: { helpAndProtection: 'good', childrenLookedAfter: 'not-judged', leaders: 'good' },
    });
    expect(derived).toMatchObject({
      kind: 'indicative',
      grade: 'good',
      decidingAreas: ['helpAndProtection', 'leaders'],
    });
  });

  it('derives nothing when no key area was graded', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'ilacs-2018',
      judgements: {
        leaders: 'not-judged',
        helpAndProtection: 'not-judged',
        childrenInCareAndCareLeavers: 'not-judged',
      },
    });
    expect(derived).toMatchObject({ kind: 'none', grade: undefined, rule: 'no-area-graded', decidingAreas: [] });
  });

  it('says ilacs-2026 has no overall judgement', () => {
    const derived = deriveOverallEffectiveness({
      framework: 'ilacs-2026',
      judgements: { leaders: 'inadequate', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    });
    expect(derived).toEqual({
      framework: 'ilacs-2026',
      kind: 'none',
      grade: undefined,
      indicative: false,
      rule: 'no-overall-in-framework',
      decidingAreas: [],
      grades: { leaders: 'inadequate', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
    });
    expect(explain(derived)).toBe(
      `${FRAMEWORKS['ilacs-2026'].name} awards no overall effectiveness judgement; read the area judgements instead.`,
    );
  });

  it('throws OfstedIlacsError for an outcome that breaks its framework, naming each field at fault', () => {
    const broken = JSON.parse(
      '{"framework":"ilacs-2018","judgements":{"leaders":"Good","careLeavers":"good"}}',
    ) as InspectionOutcome;
    expect(() => deriveOverallEffectiveness(broken)).toThrowError(OfstedIlacsError);
    expect(() => deriveOverallEffectiveness(broken)).toThrowError(
      expect.objectContaining({
        name: 'OfstedIlacsError',
        code: 'invalid-outcome',
        message:
          'The outcome does not fit its framework: judgements.leaders (invalid-value), judgements.careLeavers (area-not-in-framework), judgements.helpAndProtection (missing-area), judgements.childrenInCareAndCareLeavers (missing-area). findOutcomeIssues(outcome) says how to fix each; read untrusted input with parseInspectionOutcome from ofsted-ilacs/schema.',
      }),
    );
    expect(() => deriveOverallEffectiveness(null as unknown as InspectionOutcome)).toThrowError(
      /does not fit its framework: the outcome \(invalid-type\)/,
    );
  });

  describe('properties', () => {
    it('always names its rule and gives a reason; under the default rule only a limit gives inadequate', () => {
      fc.assert(
        fc.property(
          arbitraryOutcome(),
          fc.constantFrom('any-inadequate-area' as const, 'inadequate-practice-area' as const),
          (o, limitingRule) => {
            const derived = deriveOverallEffectiveness(o, { limitingRule });
            expect(explain(derived).length).toBeGreaterThan(20);
            expect(
              Object.keys(derived.grades).every(
                (area) =>
                  (o.judgements as Record<string, unknown>)[area] === (derived.grades as Record<string, unknown>)[area],
              ),
            ).toBe(true);
            expect(derived.framework).toBe(o.framework);
            if (derived.kind === 'limited') expect(derived.rule).toBe(limitingRule);
            // Under the default rule every inadequate key area limits, so a median is never inadequate.
            if (derived.kind === 'indicative' && limitingRule === 'any-inadequate-area') {
              expect(derived.grade).not.toBe('inadequate');
            }
          },
        ),
      );
    });

    it('improving an area never worsens the derived overall', () => {
      fc.assert(
        fc.property(arbitraryOutcome(), fc.nat(), judgement, tieBreakArb, (o, index, better, tieBreak) => {
          const framework = FRAMEWORKS[o.framework];
          const area = framework.areas[index % framework.areas.length]!;
          const current = (o.judgements as Record<string, string | undefined>)[area.id];
          fc.pre(
            current !== undefined && current !== 'not-judged' && compareJudgements(better, current as Judgement) < 0,
          );
          const improved = { ...o, judgements: { ...o.judgements, [area.id]: better } } as InspectionOutcome;
          const before = deriveOverallEffectiveness(o, { tieBreak }).grade;
          const after = deriveOverallEffectiveness(improved, { tieBreak }).grade;
          if (before !== undefined && after !== undefined)
            expect(compareJudgements(after, before)).toBeLessThanOrEqual(0);
        }),
      );
    });

    it('does not mutate the outcome it is given', () => {
      fc.assert(
        fc.property(arbitraryOutcome(), (o) => {
          const copy = structuredClone(o);
          deriveOverallEffectiveness(o);
          expect(o).toEqual(copy);
        }),
      );
    });
  });
});
