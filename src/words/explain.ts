import { isChecked } from '../check/checked.js';
import { refusal } from '../check/options.js';
import { describeValue } from '../check/values.js';
import type { DefinedOverall } from '../defined/definedFramework.js';
import type { DerivedOverall } from '../overall/derivedOverall.js';
import { issue } from '../result/result.js';
import { spoken, wordsFor } from './formatIssue.js';
import { type AnyOverall, OVERALL_WORDS } from './overallWords.js';

/**
 * Your words for why a derived overall grade is what it is, one function a rule you
 * name: each gets the result, with its rule, grades and deciding areas.
 *
 * @example
 * ```ts
 * import type { OverallWords } from 'ofsted-ilacs';
 *
 * const short: OverallWords = { 'median-of-areas': (derived) => `Median: ${derived.grade}` };
 * console.log(Object.keys(short)); // ['median-of-areas']
 * ```
 *
 * @category Overall effectiveness
 */
export type OverallWords = {
  readonly [R in DerivedOverall['rule'] | DefinedOverall['rule']]?: (
    derived: (DerivedOverall | DefinedOverall) & { readonly rule: R },
  ) => string;
};

/**
 * Options of {@link explain}.
 *
 * @example
 * ```ts
 * import type { ExplainOptions } from 'ofsted-ilacs';
 *
 * const options: ExplainOptions = { messages: { 'no-area-graded': () => 'Nothing graded yet.' } };
 * console.log(typeof options.messages?.['no-area-graded']); // 'function'
 * ```
 *
 * @category Overall effectiveness
 */
export interface ExplainOptions {
  /** Your words for the rules you name; the library's words serve the rest. */
  readonly messages?: OverallWords;
}

/**
 * Says why a derived overall grade is what it is (under a built-in framework or one of
 * yours), in a sentence: from the result's rule
 * and data (`rule`, `grades`, `decidingAreas`, `between`, `tieBreak`), in the library's
 * words or in yours for the rules `messages` names. `deriveOverallEffectiveness` gives
 * the codes and data and no words, so that deriving carries no sentences; this puts them
 * into words where a person reads them.
 *
 * Throws {@link OfstedIlacsError}: `invalid-argument` for a value that is not a result of
 * `deriveOverallEffectiveness` (derive again from the outcome, rather than pass a copy),
 * and `invalid-option` for words that are not functions or give no text.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, explain } from 'ofsted-ilacs';
 *
 * const derived = deriveOverallEffectiveness({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 * });
 * console.log(explain(derived));
 * // "Inadequate: help and protection is inadequate. By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), any inadequate area makes the whole service inadequate."
 * console.log(explain(derived, { messages: { 'any-inadequate-area': (d) => `Limited by ${d.decidingAreas.join(', ')}` } }));
 * // 'Limited by helpAndProtection'
 * ```
 *
 * @category Overall effectiveness
 */
export function explain(derived: DerivedOverall | DefinedOverall, options?: ExplainOptions): string {
  if (!isDerived(derived)) {
    const found = describeValue(derived);
    throw refusal('invalid-argument', 'explain', [
      issue(
        ['derived'],
        'invalid-type',
        `derived must be a result of deriveOverallEffectiveness, got ${found}: derive it again from the outcome.`,
        { field: 'derived', found },
      ),
    ]);
  }
  const rule = derived.rule;
  const own = wordsFor<(derived: AnyOverall) => string>('explain', options, rule);
  const words = own ?? (OVERALL_WORDS[rule] as (derived: AnyOverall) => string);
  return spoken('explain', words(derived), rule);
}

/** Whether a value is a result the library derived: checked and frozen, with a rule the words know. */
function isDerived(value: unknown): value is AnyOverall {
  if (!isChecked(value)) return false;
  const rule = (value as { readonly rule?: unknown }).rule;
  return typeof rule === 'string' && Object.hasOwn(OVERALL_WORDS, rule) && 'decidingAreas' in (value as object);
}
