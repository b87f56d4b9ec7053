import { oneOfProblem, type Problem } from '../check/fields.js';
import { checkArgument } from '../check/options.js';
import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';

/**
 * The four grades of Ofsted's judgement scale, best first.
 *
 * The array order is the scale's order: index 0 is best. Ofsted's reports print words
 * only; see {@link judgementRank} for the 1-4 numbering used in schools.
 *
 * @example
 * ```ts
 * import { JUDGEMENTS } from 'ofsted-ilacs';
 *
 * console.log(JUDGEMENTS[0]); // 'outstanding'
 * console.log(JUDGEMENTS.length); // 4
 * ```
 *
 * @category Judgements
 */
export const JUDGEMENTS = /* @__PURE__ */ Object.freeze([
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
] as const);

/**
 * A grade on Ofsted's four-point scale.
 *
 * @example
 * ```ts
 * import type { Judgement } from 'ofsted-ilacs';
 *
 * const helpAndProtection: Judgement = 'requires-improvement';
 * console.log(helpAndProtection);
 * ```
 *
 * @category Judgements
 */
export type Judgement = (typeof JUDGEMENTS)[number];

/**
 * Values found where a grade is expected that are not grades, and must never be
 * coerced into one: an area that was not judged (`-` in Ofsted's tables), a judgement
 * that does not exist in the framework, and a judgement that is no longer reported
 * (overall effectiveness after April 2026).
 *
 * @example
 * ```ts
 * import { NON_GRADES } from 'ofsted-ilacs';
 *
 * console.log(NON_GRADES.includes('not-judged')); // true
 * ```
 *
 * @category Judgements
 */
export const NON_GRADES = /* @__PURE__ */ Object.freeze(['not-judged', 'not-applicable', 'not-reported'] as const);

/**
 * A value that stands where a grade would be but is not one. See {@link NON_GRADES}.
 *
 * @example
 * ```ts
 * import type { NonGrade } from 'ofsted-ilacs';
 *
 * const childrenLookedAfter: NonGrade = 'not-judged'; // the Isles of Scilly, 2016
 * console.log(childrenLookedAfter);
 * ```
 *
 * @category Judgements
 */
export type NonGrade = (typeof NON_GRADES)[number];

/**
 * Whether a value is one of the four grade ids.
 *
 * @example
 * ```ts
 * import { isJudgement } from 'ofsted-ilacs';
 *
 * console.log(isJudgement('good')); // true
 * console.log(isJudgement('Good')); // false: use parseJudgement for loose spellings
 * ```
 *
 * @category Judgements
 */
export function isJudgement(value: unknown): value is Judgement {
  return typeof value === 'string' && (JUDGEMENTS as readonly string[]).includes(value);
}

/**
 * Whether a value is one of the non-grade ids (see {@link NON_GRADES}).
 *
 * @example
 * ```ts
 * import { isNonGrade } from 'ofsted-ilacs';
 *
 * console.log(isNonGrade('not-judged')); // true
 * console.log(isNonGrade('inadequate')); // false
 * ```
 *
 * @category Judgements
 */
export function isNonGrade(value: unknown): value is NonGrade {
  return typeof value === 'string' && (NON_GRADES as readonly string[]).includes(value);
}

/**
 * A grade's number in the schools convention: 1 = outstanding, 4 = inadequate.
 *
 * Ofsted's local authority reports do not print these numbers; they are offered because
 * councils' spreadsheets widely use them. Throws {@link OfstedIlacsError}
 * (`invalid-argument`) for a value that is not a grade id (use `parseJudgement` for loose
 * spellings).
 *
 * @example
 * ```ts
 * import { judgementRank } from 'ofsted-ilacs';
 *
 * console.log(judgementRank('outstanding')); // 1
 * console.log(judgementRank('inadequate')); // 4
 * ```
 *
 * @category Judgements
 */
export function judgementRank(judgement: Judgement): 1 | 2 | 3 | 4 {
  return rankOf(judgement, 'judgementRank', 'judgement');
}

const RANKS: ReadonlyMap<string, 1 | 2 | 3 | 4> = /* @__PURE__ */ new Map([
  ['outstanding', 1],
  ['good', 2],
  ['requires-improvement', 3],
  ['inadequate', 4],
]);

/** The problem with a value where a grade id is needed, if any. @internal */
export function gradeProblem(value: unknown, what: string): Problem | undefined {
  return RANKS.has(value as string) ? undefined : oneOfProblem(value, JUDGEMENTS, what);
}

/**
 * A grade's rank (1 best, 4 worst), or a thrown {@link OfstedIlacsError}
 * (`invalid-argument`) naming the function and argument when the value is not a grade id.
 *
 * @internal
 */
export function rankOf(value: unknown, fn: string, name: string): 1 | 2 | 3 | 4 {
  const rank = RANKS.get(value as string);
  if (rank === undefined) checkArgument(fn, name, gradeProblem(value, name));
  return rank as 1 | 2 | 3 | 4;
}
