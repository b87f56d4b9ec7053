import { fail, issue, type Result, shorten, succeed } from '../result/result.js';
import type { Judgement, NonGrade } from './judgement.js';
import { JUDGEMENTS } from './judgement.js';
import { SECTOR_TOKENS, sectorToken } from './sectorTokens.js';

/**
 * What {@link parseJudgement} can read: a grade, or a value that is not a grade.
 * Narrow it with {@link isJudgement}.
 *
 * @example
 * ```ts
 * import { isJudgement, parseJudgement, type ParsedJudgement } from 'ofsted-ilacs';
 *
 * const result = parseJudgement('-');
 * const value: ParsedJudgement | undefined = result.ok ? result.value : undefined;
 * console.log(value, value !== undefined && isJudgement(value)); // 'not-judged' false
 * ```
 *
 * @category Judgements
 */
export type ParsedJudgement = Judgement | NonGrade;

/** Normalised spellings: lower case, words separated by one space. */
const SPELLINGS: ReadonlyMap<string, ParsedJudgement> = /* @__PURE__ */ new Map<string, ParsedJudgement>([
  ['outstanding', 'outstanding'],
  ['1', 'outstanding'],
  ['good', 'good'],
  ['2', 'good'],
  ['requires improvement', 'requires-improvement'],
  ['requires improvement to be good', 'requires-improvement'],
  ['ri', 'requires-improvement'],
  ['3', 'requires-improvement'],
  ['inadequate', 'inadequate'],
  ['4', 'inadequate'],
  ['-', 'not-judged'],
  ['not judged', 'not-judged'],
  ['n/a', 'not-applicable'],
  ['na', 'not-applicable'],
  ['not applicable', 'not-applicable'],
  ['not reported', 'not-reported'],
]);

const ACCEPTED =
  'write outstanding, good, requires-improvement or inadequate (Ofsted\'s printed labels, "RI" and 1-4 are read too), or "-" for an area not judged';

/** Lower case; camelCase, underscores, hyphens and runs of spaces become single spaces. */
function normalise(text: string): string {
  const trimmed = text.trim();
  // Dashes alone ('-', en dash, em dash) mean "not judged" in Ofsted's tables.
  if (/^[-\u2013\u2014]+$/.test(trimmed)) return '-';
  return trimmed
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_\-\u2013\u2014]+/g, ' ')
    .replace(/\.$/, '');
}

/**
 * Reads a grade written any way real data writes it, and never throws.
 *
 * Accepted, in any case and with spaces, underscores, hyphens or camelCase between words:
 * the four ids; Ofsted's printed labels, long and short ("Requires improvement to be good",
 * "Requires improvement"); "RI"; the schools numbering 1-4 (as a number or a string).
 * Values that are not grades come back as such, never coerced into a grade: "-" (or a
 * dash, or "not judged") is `'not-judged'`, "n/a" or "not applicable" is
 * `'not-applicable'`, "not reported" is `'not-reported'`.
 *
 * Anything else is refused with an issue: `empty` for a blank string, `invalid-type` for
 * a value that is neither a string nor a number, `not-a-grade` with the reason for a
 * token the sector writes in place of a grade (see {@link SECTOR_TOKENS}:
 * `inspection_pre_dates_judgement`, `not_reported_post_reform`, `data_unreadable`), and
 * `unrecognised-judgement` otherwise.
 *
 * @example
 * ```ts
 * import { parseJudgement } from 'ofsted-ilacs';
 *
 * console.log(parseJudgement('Requires improvement to be good')); // { ok: true, value: 'requires-improvement' }
 * console.log(parseJudgement('REQUIRES_IMPROVEMENT')); // { ok: true, value: 'requires-improvement' }
 * console.log(parseJudgement('-')); // { ok: true, value: 'not-judged' }
 * console.log(parseJudgement('excellent').ok); // false
 * const token = parseJudgement('inspection_pre_dates_judgement');
 * if (!token.ok) console.log(token.issues[0]?.code); // 'not-a-grade', with the reason in the message
 * ```
 *
 * @category Judgements
 */
export function parseJudgement(input: unknown): Result<ParsedJudgement> {
  if (typeof input === 'number') {
    const byNumber = Number.isInteger(input) ? SPELLINGS.get(String(input)) : undefined;
    return byNumber !== undefined
      ? succeed(byNumber)
      : fail([
          issue(
            [],
            'unrecognised-judgement',
            `${input} is not a grade number: use 1 (outstanding) to 4 (inadequate), or ${ACCEPTED}.`,
            { found: String(input), allowed: JUDGEMENTS, rule: 'grade-number' },
          ),
        ]);
  }
  if (typeof input !== 'string') {
    return fail([
      issue(
        [],
        'invalid-type',
        `Expected a grade as text, got ${input === null ? 'null' : typeof input}: ${ACCEPTED}.`,
        { field: 'grade', found: input === null ? 'null' : typeof input, allowed: JUDGEMENTS },
      ),
    ]);
  }
  const key = normalise(input);
  if (key === '') {
    return fail([issue([], 'empty', `The grade is blank: ${ACCEPTED}.`, { field: 'grade', allowed: JUDGEMENTS })]);
  }
  const value = SPELLINGS.get(key);
  const token = value === undefined ? sectorToken(input) : undefined;
  if (token !== undefined) {
    return fail([
      issue([], 'not-a-grade', `"${token}" is not a grade: ${SECTOR_TOKENS[token].reason}.`, {
        found: `"${token}"`,
        rule: token,
      }),
    ]);
  }
  if (value === undefined) {
    return fail([
      issue([], 'unrecognised-judgement', `"${shorten(input)}" is not a grade: ${ACCEPTED}.`, {
        found: `"${shorten(input)}"`,
        allowed: JUDGEMENTS,
      }),
    ]);
  }
  return succeed(value);
}
