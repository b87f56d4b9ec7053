import type { Issue } from '../result/result.js';

/**
 * Codes of {@link OfstedIlacsError}: mistakes in the calling code, not in data. Each
 * names what was wrong; `docs/errors-and-limits.md` lists them with what refuses them.
 *
 * - `invalid-argument`: an argument of the wrong type or value (a grade spelt `'Good'`,
 *   a date written `17/05/2019` or given as a `Date`, a count that is not a whole number).
 * - `invalid-option`: an option that does not exist or has a value it cannot take.
 * - `invalid-outcome`, `invalid-event`, `invalid-history`, `invalid-action`,
 *   `invalid-plan`, `invalid-calendar`, `invalid-clock`, `invalid-framework`: a value of
 *   that kind that breaks the library's rules for it (its `issues` say where and why).
 * - `out-of-range`: an answer that would fall outside the supported dates (1900-2199).
 *
 * @example
 * ```ts
 * import { OfstedIlacsError, type ErrorCode } from 'ofsted-ilacs';
 *
 * const code: ErrorCode = 'invalid-outcome';
 * console.log(new OfstedIlacsError(code, 'example').code); // 'invalid-outcome'
 * ```
 *
 * @category Errors and limits
 */
export type ErrorCode =
  | 'invalid-argument'
  | 'invalid-option'
  | 'invalid-outcome'
  | 'invalid-event'
  | 'invalid-history'
  | 'invalid-action'
  | 'invalid-plan'
  | 'invalid-calendar'
  | 'invalid-clock'
  | 'invalid-framework'
  | 'out-of-range';

/**
 * The one error class the library throws, and only for programmer errors: passing a value
 * the types forbid, from plain JavaScript, JSON or an `as` cast. `code` says what kind of
 * value was wrong and `issues` says where (a path from the argument), with a stable issue
 * code and a sentence for each. Untrusted input should go through a `parse…` function,
 * which never throws.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, OfstedIlacsError } from 'ofsted-ilacs';
 *
 * try {
 *   // An outcome built without the types (from JSON, say) and not parsed first.
 *   deriveOverallEffectiveness(JSON.parse('{"framework":"ilacs-2018","judgements":{}}'));
 * } catch (error) {
 *   if (error instanceof OfstedIlacsError) console.log(error.code, error.issues.length); // 'invalid-outcome' 3
 * }
 * ```
 *
 * @category Errors and limits
 */
export class OfstedIlacsError extends Error {
  /** A stable code to branch on. */
  readonly code: ErrorCode;
  /** What was wrong, where: empty when the message says it all. */
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = 'OfstedIlacsError';
    this.code = code;
    this.issues = issues;
  }
}
