import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDate,
  deriveOverallEffectiveness,
  explain,
  findOutcomeIssues,
  formatIssue,
  type Issue,
  type IssueCode,
  type OverallWords,
  parseJudgement,
} from '../../src/index.js';
import { OFFICIAL_INSPECTIONS } from '../../src/outcomes/officialOutcomes.js';
import { HULL_INSPECTIONS } from '../../src/testing/index.js';
import { ISSUE_WORDS } from '../../src/words/issueWords.js';
import { thrown } from '../support/thrown.js';

const hull2019 = HULL_INSPECTIONS[1]!.outcome;

describe('deriving gives codes and data; explain words them', () => {
  it("carries the key areas' grades and the middle grades, and explain words Hull's 2019 limit as before", () => {
    const derived = deriveOverallEffectiveness(hull2019);
    expect(derived.grades).toEqual(hull2019.judgements);
    expect('reason' in derived).toBe(false);
    expect(explain(derived)).toBe(
      "Inadequate: help and protection is inadequate. By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), any inadequate area makes the whole service inadequate.",
    );
  });

  it('words every graded outcome in the official record, naming each graded area', () => {
    let worded = 0;
    for (const inspection of OFFICIAL_INSPECTIONS) {
      if (!('outcome' in inspection) || inspection.outcome === undefined) continue;
      const derived = deriveOverallEffectiveness(inspection.outcome);
      const text = explain(derived);
      if (derived.kind === 'indicative') {
        expect(text).toMatch(new RegExp(`^Indicative ${derived.grade}, not Ofsted's judgement`));
        expect(text.includes('a tie between')).toBe(derived.tie);
        expect(derived.between[0] === derived.between[1]).toBe(!derived.tie);
      }
      if (derived.kind === 'limited') expect(text).toMatch(/^Inadequate: /);
      worded += 1;
    }
    expect(worded).toBeGreaterThan(400);
  });

  it("uses the caller's words for the rules they name, and the library's for the rest", () => {
    const limited = deriveOverallEffectiveness(hull2019);
    const median = deriveOverallEffectiveness({
      framework: 'ilacs-2018',
      judgements: { leaders: 'requires-improvement', helpAndProtection: 'good', childrenInCareAndCareLeavers: 'good' },
    });
    const messages: OverallWords = { 'any-inadequate-area': (d) => `Limited by ${d.decidingAreas.join(', ')}` };
    expect(explain(limited, { messages })).toBe('Limited by helpAndProtection');
    expect(explain(median, { messages })).toBe(explain(median));
  });

  it('refuses what it was not given by the library, and words that are not functions or give no text', () => {
    const derived = deriveOverallEffectiveness(hull2019);
    const copy = JSON.parse(JSON.stringify(derived));
    expect(thrown(() => explain(copy)).code).toBe('invalid-argument');
    expect(
      thrown(() => explain(derived, { messages: { 'any-inadequate-area': 'Limited' as never } })).issues[0]?.path,
    ).toEqual(['options', 'messages', 'any-inadequate-area']);
    expect(thrown(() => explain(derived, { messages: { 'any-inadequate-area': (() => 7) as never } })).code).toBe(
      'invalid-option',
    );
  });
});

describe('issues carry params, and formatIssue words any issue from them', () => {
  const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate'];

  it("a derive refusal carries codes and params and a short message; formatIssue words it, in the library's words or the caller's", () => {
    const error = thrown(() =>
      deriveOverallEffectiveness(
        JSON.parse('{"framework":"ilacs-2018","judgements":{"leaders":"Good","helpAndProtection":"good"}}'),
      ),
    );
    expect(error.issues.map((found) => [found.path.join('.'), found.code])).toEqual([
      ['judgements.leaders', 'invalid-value'],
      ['judgements.childrenInCareAndCareLeavers', 'missing-area'],
    ]);
    const [bad, missing] = error.issues as [Issue, Issue];
    expect(bad.params).toEqual({ field: 'judgements.leaders', found: '"Good"', allowed: [...grades, 'not-judged'] });
    expect(bad.message).toBe(
      'invalid-value, found "Good"; allowed: outstanding, good, requires-improvement, inadequate, not-judged',
    );
    expect(formatIssue(bad)).toBe(
      'judgements.leaders must be outstanding, good, requires-improvement, inadequate or not-judged, got "Good".',
    );
    expect(formatIssue(missing)).toMatch(/^judgements\.childrenInCareAndCareLeavers is required by the framework/);
    expect(formatIssue(bad, { messages: { 'invalid-value': ({ field, found }) => `${field}: ${found}?` } })).toBe(
      'judgements.leaders: "Good"?',
    );
  });

  it('the full check gives the same codes and params as the refusal, with its own sentences', () => {
    const outcome = JSON.parse('{"framework":"ilacs-2018","judgements":{"leaders":"Good","helpAndProtection":"good"}}');
    const refused = thrown(() => deriveOverallEffectiveness(outcome)).issues;
    const found = findOutcomeIssues(outcome);
    expect(found.map((each) => [each.path, each.code, each.params])).toEqual(
      refused.map((each) => [each.path, each.code, each.params]),
    );
    expect(found[0]?.message).toMatch(/\(write "good"\)/);
  });

  it('parse and option issues carry what was found and what is allowed', () => {
    const parsed = parseJudgement('excellent');
    expect(parsed.ok ? undefined : parsed.issues[0]?.params).toEqual({ found: '"excellent"', allowed: grades });
    const option = thrown(() => addWorkingDays(calendarDate('2024-01-02'), 1, { calendr: {} } as never)).issues[0];
    expect(option?.code).toBe('unknown-key');
    expect(option?.params.found).toBe('"calendr"');
    expect(option?.params.allowed).toContain('calendar');
    expect(formatIssue(option as Issue)).toMatch(/"calendr" is not a field of options: use .*calendar/);
  });

  it('has words for every issue code, and words an issue with no params in the sentence it carries', () => {
    const codes = Object.keys(ISSUE_WORDS) as IssueCode[];
    expect(codes.length).toBe(34);
    for (const code of codes) {
      const bare: Issue = { path: ['x'], code, params: {}, message: `the sentence for ${code}` };
      expect(formatIssue(bare)).toBe(bare.message);
      const text = formatIssue({ ...bare, params: { field: 'x', found: '"y"', allowed: ['a', 'b'], limit: 3 } });
      expect(text.length, code).toBeGreaterThan(8);
    }
  });

  it('refuses what is not an issue, and words that are not functions', () => {
    expect(thrown(() => formatIssue({ code: 'nope' } as never)).code).toBe('invalid-argument');
    expect(thrown(() => formatIssue(null as never)).code).toBe('invalid-argument');
    const parsed = parseJudgement('');
    const first = parsed.ok ? undefined : parsed.issues[0];
    expect(thrown(() => formatIssue(first as Issue, { messages: { empty: 'blank' as never } })).code).toBe(
      'invalid-option',
    );
    expect(thrown(() => formatIssue(first as Issue, { messages: [] as never })).code).toBe('invalid-option');
  });
});
