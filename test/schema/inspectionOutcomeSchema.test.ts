import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOutcomeIssues } from '../../src/index.js';
import {
  AreaJudgementSchema,
  FrameworkIdSchema,
  InspectionOutcomeSchema,
  JudgementSchema,
  parseInspectionOutcome,
  toJsonSchemas,
} from '../../src/schema/index.js';
import { arbitraryOutcome } from '../../src/testing/index.js';

const hull2019 = {
  framework: 'ilacs-2018',
  judgements: {
    leaders: 'requires-improvement',
    helpAndProtection: 'inadequate',
    childrenInCareAndCareLeavers: 'requires-improvement',
  },
  awardedOverall: 'inadequate',
};

/** The grades an awarded overall may hold, and those an area's judgement may. */
const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const AREA_GRADES = [...GRADES, 'not-judged'];
const BUILT_IN_FRAMEWORKS = ['sif-2013', 'ilacs-2018', 'ilacs-2023', 'ilacs-2026'];

describe('parseInspectionOutcome', () => {
  it('reads a valid outcome into a new value, leaving the input as it was and unfrozen', () => {
    const input = structuredClone(hull2019);
    const result = parseInspectionOutcome(input);
    expect(result).toEqual({ ok: true, value: hull2019 });
    expect(result.ok && result.value).not.toBe(input);
    expect(result.ok && result.value.judgements).not.toBe(input.judgements);
    expect(Object.isFrozen(input) || Object.isFrozen(input.judgements)).toBe(false);
    expect(input).toEqual(hull2019);
  });

  it('never freezes what the caller passed, even when refusing it', () => {
    const judgements: unknown[] = [];
    const result = parseInspectionOutcome({ framework: 'ilacs-2018', judgements });
    expect(result.ok).toBe(false);
    expect(Object.isFrozen(judgements)).toBe(false);
  });

  it('refuses, never throws on, a value whose reading throws', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new TypeError('trap');
        },
        ownKeys() {
          throw new TypeError('trap');
        },
      },
    );
    expect(parseInspectionOutcome(throwing)).toMatchObject({ ok: false, issues: [{ code: 'unreadable' }] });
    const getter = Object.defineProperty({ framework: 'ilacs-2018' }, 'judgements', {
      enumerable: true,
      get() {
        throw new RangeError('getter');
      },
    });
    expect(parseInspectionOutcome(getter)).toMatchObject({ ok: false, issues: [{ code: 'unreadable' }] });
  });

  it.each([
    [
      'an unknown framework',
      { ...hull2019, framework: 'ilacs-2027' },
      [
        {
          path: ['framework'],
          code: 'unknown-framework',
          message: '"ilacs-2027" is not a framework: use one of sif-2013, ilacs-2018, ilacs-2023, ilacs-2026.',
          params: { field: 'framework', found: '"ilacs-2027"', allowed: BUILT_IN_FRAMEWORKS },
        },
      ],
    ],
    [
      'a missing framework',
      { judgements: {} },
      [
        {
          path: ['framework'],
          code: 'unknown-framework',
          message: 'The framework is missing or not text: use one of sif-2013, ilacs-2018, ilacs-2023, ilacs-2026.',
          params: { field: 'framework', found: 'nothing', allowed: BUILT_IN_FRAMEWORKS },
        },
      ],
    ],
    [
      'an area from another framework and a missing one',
      { framework: 'ilacs-2018', judgements: { leaders: 'good', helpAndProtection: 'good', careLeavers: 'good' } },
      [
        {
          path: ['judgements', 'childrenInCareAndCareLeavers'],
          code: 'missing-area',
          message:
            'ilacs-2018 requires a judgement for childrenInCareAndCareLeavers: give its grade, or "not-judged" if Ofsted made none.',
          params: { field: 'judgements.childrenInCareAndCareLeavers', allowed: AREA_GRADES },
        },
        {
          path: ['judgements', 'careLeavers'],
          code: 'area-not-in-framework',
          message:
            '"careLeavers" is not an area of ilacs-2018: its areas are leaders, helpAndProtection, childrenInCareAndCareLeavers. Remove it, or check the framework.',
          params: {
            field: 'judgements',
            found: '"careLeavers"',
            allowed: ['leaders', 'helpAndProtection', 'childrenInCareAndCareLeavers'],
          },
        },
      ],
    ],
    [
      'a printed label where an id belongs',
      { ...hull2019, awardedOverall: 'Inadequate' },
      [
        {
          path: ['awardedOverall'],
          code: 'invalid-value',
          message:
            'Expected outstanding, good, requires-improvement, inadequate, got "Inadequate" (write "inadequate").',
          params: { field: 'awardedOverall', found: '"Inadequate"', allowed: GRADES },
        },
      ],
    ],
    [
      'a grade that is not one',
      { ...hull2019, judgements: { ...hull2019.judgements, leaders: 'excellent' } },
      [
        {
          path: ['judgements', 'leaders'],
          code: 'invalid-value',
          message: 'Expected outstanding, good, requires-improvement, inadequate or not-judged, got "excellent".',
          params: { field: 'judgements.leaders', found: '"excellent"', allowed: AREA_GRADES },
        },
      ],
    ],
    [
      'an awarded grade under ilacs-2026',
      {
        framework: 'ilacs-2026',
        judgements: { leaders: 'good', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
        awardedOverall: 'good',
      },
      [
        {
          path: ['awardedOverall'],
          code: 'no-overall-in-framework',
          message: 'ilacs-2026 has no overall effectiveness judgement: remove awardedOverall.',
          params: { field: 'awardedOverall', found: '"good"', rule: 'ilacs-2026' },
        },
      ],
    ],
    [
      'an unknown field',
      { ...hull2019, inspector: 'someone' },
      [
        {
          path: ['inspector'],
          code: 'unknown-key',
          message: '"inspector" is not a field of an outcome: use framework, judgements and awardedOverall.',
          params: { field: 'outcome', found: '"inspector"', allowed: ['framework', 'judgements', 'awardedOverall'] },
        },
      ],
    ],
    [
      'missing judgements',
      { framework: 'ilacs-2023' },
      [
        {
          path: ['judgements'],
          code: 'missing',
          message:
            'judgements is missing: give an object keyed by area id (leaders, helpAndProtection, childrenInCare, careLeavers).',
          params: { field: 'judgements', rule: 'object' },
        },
      ],
    ],
    [
      'judgements that are not an object',
      { framework: 'ilacs-2023', judgements: 'good' },
      [
        {
          path: ['judgements'],
          code: 'invalid-type',
          message: 'Expected judgements to be an object keyed by area id.',
          params: { field: 'judgements', found: '"good"', rule: 'object' },
        },
      ],
    ],
    [
      'something that is not an outcome',
      'inadequate',
      [
        {
          path: [],
          code: 'invalid-type',
          message: 'Expected an outcome object with framework, judgements and, optionally, awardedOverall.',
          params: { found: '"inadequate"', rule: 'object' },
        },
      ],
    ],
  ])('refuses %s, naming the field and the fix', (_, input, issues) => {
    expect(parseInspectionOutcome(input)).toEqual({ ok: false, issues });
  });

  it('reports every problem at once', () => {
    const result = parseInspectionOutcome({
      framework: 'sif-2013',
      judgements: { leaders: 'x', adoption: 'y' },
      extra: 1,
    });
    expect(!result.ok && result.issues.map((issue) => issue.code).sort()).toEqual([
      'invalid-value',
      'invalid-value',
      'missing-area',
      'missing-area',
      'unknown-key',
    ]);
  });

  describe('properties', () => {
    it('accepts every framework-valid outcome unchanged, and the core finds nothing wrong with it', () => {
      fc.assert(
        fc.property(arbitraryOutcome(), (o) => {
          const result = parseInspectionOutcome(o);
          expect(result).toEqual({ ok: true, value: o });
          expect(findOutcomeIssues(o)).toEqual([]);
        }),
      );
    });

    it('round-trips through JSON with nothing lost', () => {
      fc.assert(
        fc.property(arbitraryOutcome(), (o) => {
          const first = parseInspectionOutcome(JSON.parse(JSON.stringify(o)));
          const second = first.ok ? parseInspectionOutcome(JSON.parse(JSON.stringify(first.value))) : first;
          expect(second).toEqual({ ok: true, value: o });
        }),
      );
    });

    it('agrees with the core check on what is valid, for outcomes with one thing changed', () => {
      const mutated = fc
        .tuple(arbitraryOutcome(), fc.constantFrom('framework', 'judgements', 'awardedOverall', 'extra'), fc.anything())
        .map(([o, key, value]) => ({ ...o, [key]: value }));
      fc.assert(
        fc.property(mutated, (value) => {
          const result = parseInspectionOutcome(value);
          expect(result.ok).toBe(findOutcomeIssues(value).length === 0);
          if (!result.ok) {
            for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it('never throws and never mutates, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          const before = JSON.stringify(value);
          expect(() => parseInspectionOutcome(value)).not.toThrow();
          expect(JSON.stringify(value)).toBe(before);
        }),
      );
    });
  });
});

describe('the other schemas', () => {
  it('read grade ids, area values and framework ids strictly', () => {
    expect(JudgementSchema.safeParse('good').success).toBe(true);
    expect(JudgementSchema.safeParse('not-judged').success).toBe(false);
    expect(AreaJudgementSchema.safeParse('not-judged').success).toBe(true);
    expect(FrameworkIdSchema.safeParse('ilacs-2026').success).toBe(true);
    expect(FrameworkIdSchema.safeParse('ilacs-2027').error?.issues[0]?.message).toBe(
      '"ilacs-2027" is not a framework: use one of sif-2013, ilacs-2018, ilacs-2023, ilacs-2026.',
    );
    expect(JudgementSchema.safeParse('RI').error?.issues[0]?.message).toBe(
      'Expected outstanding, good, requires-improvement, inadequate, got "RI" (write "requires-improvement").',
    );
    expect(InspectionOutcomeSchema.safeParse(hull2019).success).toBe(true);
  });
});

describe('JSON Schema', () => {
  const schemas = toJsonSchemas();

  it.each(Object.keys(schemas))('of %s matches its snapshot', async (name) => {
    await expect(`${JSON.stringify(schemas[name as keyof typeof schemas], null, 2)}\n`).toMatchFileSnapshot(
      `./__snapshots__/${name}.schema.json`,
    );
  });

  it('forbids unknown keys and lists every framework', () => {
    const outcomeSchema = schemas.InspectionOutcome as {
      oneOf: { properties: { framework: { const: string } }; additionalProperties: boolean }[];
    };
    expect(outcomeSchema.oneOf.map((option) => option.properties.framework.const)).toEqual([
      'sif-2013',
      'ilacs-2018',
      'ilacs-2023',
      'ilacs-2026',
    ]);
    expect(outcomeSchema.oneOf.every((option) => option.additionalProperties === false)).toBe(true);
  });
});
