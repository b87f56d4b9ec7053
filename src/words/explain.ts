import { isChecked } from '../check/checked.js';
import { type OptionRule, objectOption, readOptions, refusal } from '../check/options.js';
import { describeValue } from '../check/values.js';
import { definedFrameworkOf, derivedUnder, frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOverall } from '../defined/definedFramework.js';
import type { DerivedOverall } from '../overall/derivedOverall.js';
import { issue } from '../result/result.js';
import { DEFINED_OVERALL_WORDS } from './definedWords.js';
import { spoken, wordsIn } from './formatIssue.js';
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
  /**
   * Frameworks of your own, made by `defineFramework`: a result derived under one of them
   * is worded by its title, its areas' titles and its scale's labels, rather than by ids.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/** The options of {@link explain}, checked. */
const EXPLAIN_OPTIONS: Readonly<Record<string, OptionRule>> = { messages: objectOption, frameworks: frameworksProblem };

/**
 * Says why a derived overall grade is what it is (under a built-in framework or one of
 * yours), in a sentence: from the result's rule
 * and data (`rule`, `grades`, `decidingAreas`, `between`, `tieBreak`), in the library's
 * words or in yours for the rules `messages` names. `deriveOverallEffectiveness` gives
 * the codes and data and no words, so that deriving carries no sentences; this puts them
 * into words where a person reads them.
 *
 * A result derived under a framework of yours is worded by ids (`frontDoor`, `weak`),
 * unless `frameworks` holds that framework: then by its title, its areas' titles and its
 * scale's labels. Your `messages` win over either.
 *
 * Throws {@link OfstedIlacsError}: `invalid-argument` for a value that is not a result of
 * `deriveOverallEffectiveness` (derive again from the outcome, rather than pass a copy),
 * and `invalid-option` for words that are not functions or give no text, for `frameworks`
 * that are not made by `defineFramework`, and for a framework in `frameworks` with the
 * result's id whose areas or grades are not the result's (a different definition).
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
 * @example
 * ```ts
 * import { defineFramework, defineScale, deriveOverallEffectiveness, explain } from 'ofsted-ilacs';
 *
 * const threePoint = defineScale({ id: 'peer-review-3', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const peerReview = defineFramework({
 *   id: 'peer-review-2025',
 *   title: "Regional peer review of children's services",
 *   scale: threePoint,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'leaders', title: 'Leadership', role: 'leadership' }, { id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
 * });
 * const frameworks = [peerReview];
 * const derived = deriveOverallEffectiveness({ framework: 'peer-review-2025', judgements: { leaders: 'strong', frontDoor: 'weak' } }, { frameworks });
 * console.log(explain(derived)); // "Limited to weak: frontDoor is weak, and peer-review-2025's limiting rule counts it."
 * console.log(explain(derived, { frameworks }));
 * // "Limited to Weak: The front door is graded Weak, and the limiting rule of Regional peer review of children's services counts it."
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
  const read = readOptions('explain', options, EXPLAIN_OPTIONS);
  const rule = derived.rule;
  const own = wordsIn<(derived: AnyOverall) => string>('explain', read.messages, rule);
  if (own !== undefined) return spoken('explain', own(derived), rule);
  const framework = frameworkOf(derived, read.frameworks);
  if (framework !== undefined) {
    const words = DEFINED_OVERALL_WORDS[rule as DefinedOverall['rule']] as (
      derived: DefinedOverall,
      framework: DefinedFramework,
    ) => string;
    return words(derived as DefinedOverall, framework);
  }
  return (OVERALL_WORDS[rule] as (derived: AnyOverall) => string)(derived);
}

/**
 * The caller's framework a result was derived under, where `frameworks` holds it; refused
 * where the framework of that id is another definition than the one it was derived under.
 */
function frameworkOf(
  derived: AnyOverall,
  frameworks: readonly DefinedFramework[] | undefined,
): DefinedFramework | undefined {
  if (!Object.hasOwn(DEFINED_OVERALL_WORDS, derived.rule)) return undefined;
  const framework = definedFrameworkOf(frameworks, derived.framework);
  if (framework === undefined || fits(derived as DefinedOverall, framework)) return framework;
  throw refusal('invalid-option', 'explain', [
    issue(
      ['options', 'frameworks'],
      'invalid-value',
      `frameworks holds a framework with the id "${framework.id}" that is not the definition the result was derived under (its areas, scale or rules differ): pass that definition.`,
      { field: 'frameworks', found: `"${framework.id}"`, rule: 'derived-under' },
    ),
  ]);
}

/**
 * Whether a result was derived under this framework: the very definition, or one equal to
 * it field for field (a definition is plain data, so its JSON is all of it). A definition
 * that shares the id, or even the areas and grades, but orders its scale or limits
 * otherwise is not the one the result was derived under.
 */
function fits(derived: DefinedOverall, framework: DefinedFramework): boolean {
  const under = derivedUnder(derived);
  return under === framework || (under !== undefined && JSON.stringify(under) === JSON.stringify(framework));
}

/** Whether a value is a result the library derived: checked and frozen, with a rule the words know. */
function isDerived(value: unknown): value is AnyOverall {
  if (!isChecked(value)) return false;
  const rule = (value as { readonly rule?: unknown }).rule;
  return typeof rule === 'string' && Object.hasOwn(OVERALL_WORDS, rule) && 'decidingAreas' in (value as object);
}
