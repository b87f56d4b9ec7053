import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import type { Framework, FrameworkArea, LimitingRule } from '../framework/framework.js';
import { type AreaId, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { middleJudgements, type TieBreak } from '../judgement/compareJudgements.js';
import { isJudgement, type Judgement } from '../judgement/judgement.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { type OutcomeProblem, outcomeProblems } from '../outcome/outcomeIssues.js';
import type { DerivedOverall, NoDerivedOverall } from './derivedOverall.js';

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
 */
export interface OverallOptions {
  /** Which areas limit overall to inadequate. Default `'any-inadequate-area'`. */
  readonly limitingRule?: LimitingRule;
  /** How the indicative median breaks a tie between two middle grades. Default `'worse'`. */
  readonly tieBreak?: TieBreak;
}

const RULE_WORDING: Record<LimitingRule, string> = {
  'any-inadequate-area': 'any inadequate area makes the whole service inadequate',
  'inadequate-practice-area': 'an inadequate practice area makes the whole service inadequate',
};

/** A readable list: "a", "a and b", "a, b and c". @internal */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The rule's wording, for sentences. @internal */
export function describeRule(rule: LimitingRule): string {
  return RULE_WORDING[rule];
}

/** The key areas and their grades (not-judged areas left out). @internal */
export function gradedKeyAreas(
  framework: Framework,
  judgements: Readonly<Record<string, unknown>>,
): readonly { readonly area: FrameworkArea; readonly grade: Judgement }[] {
  const graded: { area: FrameworkArea; grade: Judgement }[] = [];
  for (const area of framework.areas) {
    const grade = judgements[area.id];
    if (area.role === 'key' && isJudgement(grade)) graded.push({ area, grade });
  }
  return graded;
}

/** The error for an outcome that breaks its framework: each problem's path and code, and where to read more. */
function invalidOutcome(problems: readonly OutcomeProblem[]): OfstedIlacsError {
  const found = problems.map((problem) => `${problem.path.join('.') || 'the outcome'} (${problem.code})`).join(', ');
  return new OfstedIlacsError(
    'invalid-outcome',
    `The outcome does not fit its framework: ${found}. findOutcomeIssues(outcome) says how to fix each; read untrusted input with parseInspectionOutcome from ofsted-ilacs/schema.`,
  );
}

/**
 * Derives overall effectiveness from an outcome's area judgements, and says why.
 *
 * 1. Under a framework with no overall judgement (`ilacs-2026`): kind `'none'`.
 * 2. If an area the limiting rule counts is inadequate: kind `'limited'`, inadequate.
 *    By default any inadequate key area limits; `limitingRule: 'inadequate-practice-area'`
 *    leaves leaders out (see `docs/overall-effectiveness.md` for the evidence).
 * 3. Otherwise: kind `'indicative'`, the median of the graded key areas, a tie between two
 *    middle grades broken towards the worse by default. Indicative only: with no area
 *    limiting, overall is an inspector's judgement.
 *
 * An awarded overall grade in the outcome is ignored here; compare with
 * `checkAwardedOverall`. Throws {@link OfstedIlacsError} (`invalid-outcome`) for an outcome
 * that breaks its framework, which the types rule out; the message names each field at
 * fault and its issue code (`findOutcomeIssues` gives the full sentences). Parse untrusted
 * input first.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness } from 'ofsted-ilacs';
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
 * console.log(derived.reason);
 * // 'Inadequate: help and protection is inadequate, and any inadequate area makes the whole service inadequate.'
 * ```
 */
export function deriveOverallEffectiveness<O extends InspectionOutcome>(
  outcome: O,
  options: OverallOptions = {},
): DerivedOverall<O['framework']> {
  type F = O['framework'];
  const problems = outcomeProblems(outcome);
  if (problems.length > 0) throw invalidOutcome(problems);
  const framework: Framework = FRAMEWORKS[outcome.framework];
  const limitingRule = options.limitingRule ?? 'any-inadequate-area';
  const tieBreak = options.tieBreak ?? 'worse';

  if (!framework.hasOverallEffectiveness) {
    return none(
      outcome.framework,
      'no-overall-in-framework',
      `${framework.name} awards no overall effectiveness judgement; read the area judgements instead.`,
    );
  }

  const graded = gradedKeyAreas(framework, outcome.judgements);
  const limiting: AreaId<F>[] = [];
  const limitingNames: string[] = [];
  const grades: Judgement[] = [];
  for (const { area, grade } of graded) {
    grades.push(grade);
    if (grade === 'inadequate' && area.limits.includes(limitingRule)) {
      limiting.push(area.id as AreaId<F>);
      limitingNames.push(area.shortTitle);
    }
  }
  if (limiting.length > 0) {
    return {
      framework: outcome.framework,
      kind: 'limited',
      grade: 'inadequate',
      indicative: false,
      rule: limitingRule,
      decidingAreas: limiting,
      reason: `Inadequate: ${listWords(limitingNames)} ${limiting.length === 1 ? 'is' : 'are'} inadequate, and ${describeRule(limitingRule)}.`,
    };
  }

  const middle = middleJudgements(grades);
  if (middle === undefined) {
    return none(outcome.framework, 'no-area-graded', 'No key area was graded, so no overall grade can be derived.');
  }
  const [better, worse] = middle;
  const tie = better !== worse;
  const grade = tieBreak === 'worse' ? worse : better;
  const deciding: AreaId<F>[] = [];
  const listed: string[] = [];
  for (const { area, grade: areaGrade } of graded) {
    if (areaGrade === grade) deciding.push(area.id as AreaId<F>);
    listed.push(`${area.shortTitle} ${areaGrade}`);
  }
  return {
    framework: outcome.framework,
    kind: 'indicative',
    grade,
    indicative: true,
    rule: 'median-of-areas',
    limitingRule,
    tie,
    tieBreak,
    decidingAreas: deciding,
    reason: `Indicative ${grade}, not Ofsted's judgement: no area limits overall, and the median of ${listWords(listed)} is ${grade}${
      tie ? ` (a tie between ${better} and ${worse}, broken towards the ${tieBreak})` : ''
    }.`,
  };
}

function none<F extends FrameworkId>(
  framework: F,
  rule: NoDerivedOverall['rule'],
  reason: string,
): NoDerivedOverall<F> {
  return { framework, kind: 'none', grade: undefined, indicative: false, rule, decidingAreas: [], reason };
}
