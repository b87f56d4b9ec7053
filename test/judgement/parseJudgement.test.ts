import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JUDGEMENT_LABELS, JUDGEMENTS, parseJudgement, SECTOR_TOKENS } from '../../src/index.js';

describe('parseJudgement', () => {
  it.each([
    ['outstanding', 'outstanding'],
    ['Outstanding', 'outstanding'],
    ['  GOOD ', 'good'],
    ['Requires improvement to be good', 'requires-improvement'],
    ['Requires improvement', 'requires-improvement'],
    ['Requires Improvement', 'requires-improvement'],
    ['requires_improvement', 'requires-improvement'],
    ['requires-improvement', 'requires-improvement'],
    ['requiresImprovement', 'requires-improvement'],
    ['REQUIRES_IMPROVEMENT_TO_BE_GOOD', 'requires-improvement'],
    ['RI', 'requires-improvement'],
    ['ri', 'requires-improvement'],
    ['Inadequate', 'inadequate'],
    ['Inadequate.', 'inadequate'],
    ['1', 'outstanding'],
    [2, 'good'],
    [3, 'requires-improvement'],
    ['4', 'inadequate'],
    ['-', 'not-judged'],
    ['–', 'not-judged'],
    ['Not judged', 'not-judged'],
    ['N/A', 'not-applicable'],
    ['not applicable', 'not-applicable'],
    ['Not reported', 'not-reported'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseJudgement(input)).toEqual({ ok: true, value: expected });
  });

  it('reads every printed label of both wordings back to its grade', () => {
    for (const style of ['ilacs', 'sif'] as const) {
      for (const grade of JUDGEMENTS) {
        expect(parseJudgement(JUDGEMENT_LABELS[style][grade])).toEqual({ ok: true, value: grade });
      }
    }
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['excellent', 'unrecognised-judgement'],
    ['requires', 'unrecognised-judgement'],
    [5, 'unrecognised-judgement'],
    [2.5, 'unrecognised-judgement'],
    [0, 'unrecognised-judgement'],
    [null, 'invalid-type'],
    [undefined, 'invalid-type'],
    [{}, 'invalid-type'],
    [true, 'invalid-type'],
  ])('refuses %j with code %s and a sentence saying what to write', (input, code) => {
    const result = parseJudgement(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe(code);
    expect(result.issues[0]?.path).toEqual([]);
    expect(result.issues[0]?.message).toMatch(/outstanding, good, requires-improvement or inadequate/);
  });

  it('quotes what it could not read, shortened when long', () => {
    const result = parseJudgement(`excellent${'!'.repeat(500)}`);
    expect(!result.ok && result.issues[0]?.message.length).toBeLessThan(300);
    expect(!result.ok && result.issues[0]?.message).toMatch(/^"excellent!+…" is not a grade/);
  });

  describe('properties', () => {
    it('never throws, whatever it is given', () => {
      fc.assert(
        fc.property(fc.anything(), (input) => {
          const result = parseJudgement(input);
          expect(typeof result.ok).toBe('boolean');
        }),
      );
    });

    it('reads a grade id in any case, padding and separator', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...JUDGEMENTS),
          fc.constantFrom(' ', '_', '-', '  '),
          fc.boolean(),
          fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 }),
          (grade, separator, upper, pad) => {
            const written = grade.replaceAll('-', separator);
            expect(parseJudgement(`${pad}${upper ? written.toUpperCase() : written}${pad}`)).toEqual({
              ok: true,
              value: grade,
            });
          },
        ),
      );
    });
  });
});

describe("parseJudgement and the sector's tokens", () => {
  it.each(Object.entries(SECTOR_TOKENS))('refuses %s as not a grade, with the reason', (token, { reason }) => {
    for (const written of [token, token.toUpperCase(), token.replaceAll('_', ' ')]) {
      expect(parseJudgement(written)).toEqual({
        ok: false,
        issues: [
          {
            path: [],
            code: 'not-a-grade',
            message: `"${token}" is not a grade: ${reason}.`,
            params: { found: `"${token}"`, rule: token },
          },
        ],
      });
    }
  });

  it('still reads the grades the scrape tool writes, in lower case', () => {
    expect(parseJudgement('requires improvement')).toEqual({ ok: true, value: 'requires-improvement' });
    expect(Object.isFrozen(SECTOR_TOKENS.data_unreadable)).toBe(true);
  });
});
