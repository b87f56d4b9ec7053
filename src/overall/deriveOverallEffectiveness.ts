import { markChecked } from '../check/checked.js';
import { oneOfProblem, type Problem } from '../check/fields.js';
import { type OptionRule, oneOfOption, readOptions, refusal } from '../check/options.js';
import { behaviourOf, frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework, DefinedOutcome, DefinedOverall } from '../defined/definedFramework.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { COMPILED_FRAMEWORKS, type CompiledFramework, RULE_INDEX } from '../framework/compiledFrameworks.js';
import { LIMITING_RULES, type LimitingRule, TIE_RULES } from '../framework/framework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { middleOfCounts, type TieBreak } from '../judgement/compareJudgements.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { CODE_BASE, digitAt, outcomeCode, outcomeRefusalIssues } from '../outcome/outcomeIssues.js';
import { issue } from '../result/result.js';
import type { DerivedOverall } from './derivedOverall.js';

/**
 * Options of {@link deriveOverallEffectiveness} and `checkAwardedOverall`.
 *
 * @example
 * ```ts
 * import type { OverallOptions } from 'ofsted-ilacs';
 *
 * const evidenceBased: OverallOptions = { limitingRule: 'inadequate-practice-area', tieBreak: 'worse' };
 * console.log(evidenceBased);
 * ```
 *
 * @category Overall effectiveness
 */
export interface OverallOptions {
  /**
   * Which areas limit overall to inadequate. Default `'any-inadequate-area'`. Under a
   * framework of your own, the id of one of its `limitingRules` (the first by default).
   */
  readonly limitingRule?: LimitingRule;
  /**
   * How the indicative median breaks a tie between two middle grades: `'leaders'`,
   * towards the leaders' grade (the built-in frameworks' default, the rule that agrees
   * best with Ofsted's tied outcomes, 7 of 10: see `docs/overall-effectiveness.md`);
   * `'worse'` or `'better'`, towards the worse or the better of the two.
   */
  readonly tieBreak?: TieBreak | 'leaders';
  /**
   * Frameworks of your own, made by `defineFramework`, beside the built-in ones: an
   * outcome naming one of them is derived by its rules. Under your framework the tie rule
   * defaults to its definition's `tieBreak`, or `'worse'` where it gives none; `'leaders'`
   * follows the area whose id is `leaders`, where the median reads it.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/** The options for an outcome under any framework: under a caller's, `limitingRule` is a rule's id. @internal */
export type AnyOverallOptions = Omit<OverallOptions, 'limitingRule'> & { readonly limitingRule?: string };

const TIE_BREAK_OPTION = /* @__PURE__ */ oneOfOption(TIE_RULES);

/** The options of the overall functions, checked. @internal */
export const OVERALL_OPTIONS: Readonly<Record<string, OptionRule>> = {
  limitingRule: /* @__PURE__ */ oneOfOption(LIMITING_RULES),
  tieBreak: TIE_BREAK_OPTION,
  frameworks: frameworksProblem,
};

/**
 * The same options, read before the outcome's framework is known: `limitingRule` is
 * checked once it is, for a caller's framework chooses between rules of its own (by
 * `limitingRuleProblem`), and a built-in framework's outcome by {@link builtInRuleProblem}.
 *
 * @internal
 */
export const ANY_FRAMEWORK_OPTIONS: Readonly<Record<string, OptionRule>> = {
  limitingRule: () => undefined,
  tieBreak: TIE_BREAK_OPTION,
  frameworks: frameworksProblem,
};

/** The problem with `limitingRule` for an outcome under a built-in framework, if there is one. @internal */
export function builtInRuleProblem(value: unknown): Problem | undefined {
  return value === undefined ? undefined : oneOfProblem(value, LIMITING_RULES, 'limitingRule');
}

/**
 * The error for an outcome that breaks its framework: each problem's path, code and
 * params, and where to read more. Its issues carry codes and params with a short message
 * (no sentence), so that deriving carries no words; `findOutcomeIssues(outcome)` or
 * `formatIssue` words them.
 *
 * @internal
 */
export function invalidOutcome(
  outcome: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): Error {
  const issues = outcomeRefusalIssues(outcome, options?.frameworks);
  const found = issues.map((problem) => `${problem.path.join('.') || 'the outcome'} (${problem.code})`).join(', ');
  return new OfstedIlacsError(
    'invalid-outcome',
    `The outcome does not fit its framework: ${found}. findOutcomeIssues(outcome) says how to fix each; read untrusted input with parseInspectionOutcome from ofsted-ilacs/schema.`,
    issues,
  );
}

/** How many tie choices a results table's index tells apart: the framework's default, then each named rule. */
const TIE_CHOICES = /* @__PURE__ */ (() => TIE_RULES.length + 1)();

/**
 * Which options a call used, as the index of its results table: rule, then tie-break (0
 * for the framework's default, named or not, so that both give the same frozen result).
 */
function optionsIndex(options: OverallOptions | undefined, framework: CompiledFramework): number {
  if (options === undefined) return 0;
  const read = readOptions('deriveOverallEffectiveness', options, OVERALL_OPTIONS);
  const tie = read.tieBreak;
  return (
    (read.limitingRule === undefined ? 0 : RULE_INDEX[read.limitingRule]) * TIE_CHOICES +
    (tie === undefined || tie === framework.tieBreak ? 0 : TIE_RULES.indexOf(tie) + 1)
  );
}

/**
 * The derived results, one frozen value per options, framework and key-area grades (the
 * only things a result depends on), filled on first use: two calls with equal outcomes
 * and options give the same frozen value.
 */
const RESULTS: (DerivedOverall | undefined)[][][] = /* @__PURE__ */ (() =>
  Array.from({ length: LIMITING_RULES.length * TIE_CHOICES }, () =>
    COMPILED_FRAMEWORKS.map((framework) => new Array<DerivedOverall | undefined>(framework.keySpan).fill(undefined)),
  ))();

/** The grades of the key areas, in report order, read from an outcome's code (`undefined` where not judged). */
function keyGrades(framework: CompiledFramework, code: number): (Judgement | undefined)[] {
  return framework.keyAreas.map((area) => JUDGEMENTS[digitAt(code, area.place) - 2]);
}

function derive(framework: CompiledFramework, options: number, code: number): DerivedOverall {
  const id = framework.id as FrameworkId;
  const ruleIndex = Math.floor(options / TIE_CHOICES);
  const limitingRule = LIMITING_RULES[ruleIndex] as LimitingRule;
  const byArea = keyGrades(framework, code);
  const grades: Record<string, Judgement> = {};
  framework.keyAreas.forEach((area, index) => {
    const grade = byArea[index];
    if (grade !== undefined) grades[area.id] = grade;
  });
  Object.freeze(grades);
  if (!framework.hasOverallEffectiveness) return noOverall(id, 'no-overall-in-framework', grades);
  // An area the rule counts, graded at its limiting grade or worse, limits overall to the worst such grade.
  const rankOf = (index: number) => JUDGEMENTS.indexOf(byArea[index] as Judgement);
  const limitFrom = framework.limitingRanks[ruleIndex] as number;
  const limiting = framework.keyAreas.filter(
    (area, index) => byArea[index] !== undefined && rankOf(index) >= limitFrom && area.limits[ruleIndex],
  );
  if (limiting.length > 0) {
    const worst = Math.max(...limiting.map((area) => rankOf(framework.keyAreas.indexOf(area))));
    return {
      framework: id,
      kind: 'limited',
      grade: JUDGEMENTS[worst],
      indicative: false,
      rule: limitingRule,
      decidingAreas: limiting
        .filter((area) => rankOf(framework.keyAreas.indexOf(area)) === worst)
        .map((area) => area.id),
      grades,
    } as DerivedOverall;
  }
  const tieChoice = options % TIE_CHOICES;
  const tieBreak = tieChoice === 0 ? framework.tieBreak : (TIE_RULES[tieChoice - 1] as (typeof TIE_RULES)[number]);
  return indicative(framework, tieBreak, limitingRule, byArea, grades);
}

/** A result with no overall grade: the framework awards none, or no key area was graded. */
function noOverall(
  framework: FrameworkId,
  rule: 'no-overall-in-framework' | 'no-area-graded',
  grades: DerivedOverall['grades'],
): DerivedOverall {
  return { framework, kind: 'none', grade: undefined, indicative: false, rule, decidingAreas: [], grades };
}

/** The indicative median of the graded key areas, its tie broken by the rule in force. */
function indicative(
  framework: CompiledFramework,
  tieBreak: (typeof TIE_RULES)[number],
  limitingRule: LimitingRule,
  byArea: readonly (Judgement | undefined)[],
  grades: DerivedOverall['grades'],
): DerivedOverall {
  const counts = [0, 0, 0, 0];
  let graded = 0;
  for (const grade of byArea) {
    if (grade === undefined) continue;
    counts[JUDGEMENTS.indexOf(grade)] = (counts[JUDGEMENTS.indexOf(grade)] as number) + 1;
    graded += 1;
  }
  const middle = middleOfCounts(counts, graded);
  if (middle === undefined) return noOverall(framework.id as FrameworkId, 'no-area-graded', grades);
  const [better, worse] = middle;
  // The leaders' grade, where it breaks a tie: never strictly between the two middle grades.
  const leaders = tieBreak === 'leaders' ? (grades as Record<string, Judgement | undefined>).leaders : undefined;
  const towardsBetter =
    tieBreak === 'better' || (leaders !== undefined && JUDGEMENTS.indexOf(leaders) <= JUDGEMENTS.indexOf(better));
  const grade = towardsBetter ? better : worse;
  return {
    framework: framework.id,
    kind: 'indicative',
    grade,
    indicative: true,
    rule: 'median-of-areas',
    limitingRule,
    tie: better !== worse,
    between: Object.freeze([better, worse]),
    tieBreak,
    decidingAreas: framework.keyAreas.filter((_, index) => byArea[index] === grade).map((area) => area.id),
    grades,
  } as DerivedOverall;
}

/**
 * Derives overall effectiveness from an outcome's area judgements, with the rule and the
 * data that decided it (`rule`, `grades`, `decidingAreas`); `explain(derived)` puts why
 * into words, the library's or yours, so deriving carries no sentences.
 *
 * 1. Under a framework with no overall judgement (`ilacs-2026`): kind `'none'`.
 * 2. If an area the limiting rule counts is inadequate: kind `'limited'`, inadequate.
 *    By default any inadequate key area limits; `limitingRule: 'inadequate-practice-area'`
 *    leaves leaders out (see `docs/overall-effectiveness.md` for the evidence). For the
 *    SIF the default is Ofsted's stated rule; for ILACS it is the library's reading of
 *    Ofsted's published grades, and `explain` says so (and, where leaders alone limit,
 *    how Ofsted graded such outcomes).
 * 3. Otherwise: kind `'indicative'`, the median of the graded key areas. A tie between two
 *    middle grades is broken towards the leaders' grade by default (the rule that agrees
 *    best with Ofsted's tied outcomes), or towards the worse where leaders is not graded;
 *    `tieBreak: 'worse'` or `'better'` chooses otherwise; `between` gives the two middle grades.
 *    Indicative only: with no area limiting, overall is an inspector's judgement.
 *
 * An awarded overall grade in the outcome is ignored here; compare with
 * `checkAwardedOverall`. The outcome is checked in one pass against a table precompiled
 * for its framework, and equal outcomes share one frozen result. Throws
 * {@link OfstedIlacsError}: `invalid-outcome` for an outcome that breaks its framework,
 * which the types rule out (the message names each field at fault and its issue code, and each issue carries its
 * params; `formatIssue` or `findOutcomeIssues` gives the full sentences), and `invalid-option` for an option it
 * does not have or a value an option cannot take. Parse untrusted input first.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, explain } from 'ofsted-ilacs';
 *
 * const hull2019 = {
 *   framework: 'ilacs-2018',
 *   judgements: {
 *     leaders: 'requires-improvement',
 *     helpAndProtection: 'inadequate',
 *     childrenInCareAndCareLeavers: 'requires-improvement',
 *   },
 *   awardedOverall: 'inadequate',
 * } as const;
 *
 * const derived = deriveOverallEffectiveness(hull2019);
 * console.log(derived.kind, derived.grade, derived.decidingAreas); // 'limited' 'inadequate' ['helpAndProtection']
 * console.log(derived.grades.helpAndProtection); // 'inadequate'
 * console.log(explain(derived));
 * // "Inadequate: help and protection is inadequate. By the library's limiting rule, read from Ofsted's published grades (Ofsted has stated no such rule for ILACS), any inadequate area makes the whole service inadequate."
 * ```
 *
 * @category Overall effectiveness
 */
export function deriveOverallEffectiveness<O extends InspectionOutcome>(
  outcome: O,
  options?: OverallOptions,
): DerivedOverall<O['framework']>;
export function deriveOverallEffectiveness<const F extends DefinedFramework>(
  outcome: DefinedOutcome<F>,
  options: Omit<OverallOptions, 'limitingRule'> & { readonly limitingRule?: string; readonly frameworks: readonly F[] },
): DefinedOverall<F>;
export function deriveOverallEffectiveness(
  outcome: InspectionOutcome | DefinedOutcome,
  options?: AnyOverallOptions,
): DerivedOverall | DefinedOverall {
  const code = outcomeCode(outcome);
  if (code < 0) {
    // Not a built-in framework's outcome: one of the caller's, if they passed frameworks.
    if (options === undefined) throw invalidOutcome(outcome);
    const read = readOptions('deriveOverallEffectiveness', options, ANY_FRAMEWORK_OPTIONS);
    const unknown = () => invalidOutcome(outcome, read);
    const behaviour = behaviourOf(read.frameworks);
    if (behaviour === undefined) {
      // No framework of the caller's: the rule named must be a built-in one, whatever the outcome.
      const problem = builtInRuleProblem(read.limitingRule);
      if (problem !== undefined) {
        throw refusal('invalid-option', 'deriveOverallEffectiveness', [
          issue(['options', 'limitingRule'], problem.code, problem.message, problem.params),
        ]);
      }
      throw unknown();
    }
    return behaviour.derive(outcome, read.frameworks as readonly DefinedFramework[], read, unknown);
  }
  // A built-in outcome: its options are read against the built-in rules.
  const frameworkIndex = Math.floor(code / CODE_BASE);
  const framework = COMPILED_FRAMEWORKS[frameworkIndex] as CompiledFramework;
  const index = optionsIndex(options as OverallOptions | undefined, framework);
  const keyGradesCode = Math.floor(code / 7) % framework.keySpan;
  const table = (RESULTS[index] as (DerivedOverall | undefined)[][])[frameworkIndex] as (DerivedOverall | undefined)[];
  let result = table[keyGradesCode];
  if (result === undefined) {
    result = freezeResult(derive(framework, index, code));
    table[keyGradesCode] = result;
  }
  return result;
}

function freezeResult(result: DerivedOverall): DerivedOverall {
  return markChecked(result);
}
