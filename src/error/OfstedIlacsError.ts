/**
 * Codes of {@link OfstedIlacsError}: mistakes in the calling code, not in data.
 *
 * @example
 * ```ts
 * import { OfstedIlacsError, type ErrorCode } from 'ofsted-ilacs';
 *
 * const code: ErrorCode = 'invalid-outcome';
 * console.log(new OfstedIlacsError(code, 'example').code); // 'invalid-outcome'
 * ```
 */
export type ErrorCode = 'invalid-outcome' | 'invalid-argument';

/**
 * The one error class the library throws, and only for programmer errors (passing a value
 * the types forbid). Untrusted input should go through a `parse…` function, which never
 * throws.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, OfstedIlacsError } from 'ofsted-ilacs';
 *
 * try {
 *   // An outcome built without the types (from JSON, say) and not parsed first.
 *   deriveOverallEffectiveness(JSON.parse('{"framework":"ilacs-2018","judgements":{}}'));
 * } catch (error) {
 *   if (error instanceof OfstedIlacsError) console.log(error.code); // 'invalid-outcome'
 * }
 * ```
 */
export class OfstedIlacsError extends Error {
  /** A stable code to branch on. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'OfstedIlacsError';
    this.code = code;
  }
}
