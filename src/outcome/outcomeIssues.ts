import type { Framework } from '../framework/framework.js';
import { FRAMEWORK_IDS, FRAMEWORKS, isFrameworkId } from '../framework/frameworks.js';
import { isJudgement, JUDGEMENTS } from '../judgement/judgement.js';
import { parseJudgement } from '../judgement/parseJudgement.js';
import { type Issue, issue, shorten } from '../result/result.js';

/** The sentences shared by the core's check and the schema layer. @internal */
export const outcomeMessages = {
  unknownFramework: (value: unknown): string =>
    `${typeof value === 'string' ? `"${shorten(value)}" is not a framework` : 'The framework is missing or not text'}: use one of ${FRAMEWORK_IDS.join(', ')}.`,
  areaNotInFramework: (framework: Framework, area: string): string =>
    `"${shorten(area)}" is not an area of ${framework.id}: its areas are ${framework.areas.map((a) => a.id).join(', ')}. Remove it, or check the framework.`,
  missingArea: (framework: Framework, area: string): string =>
    `${framework.id} requires a judgement for ${area}: give its grade, or "not-judged" if Ofsted made none.`,
  unknownField: (key: string): string =>
    `"${shorten(key)}" is not a field of an outcome: use framework, judgements and awardedOverall.`,
  noOverall: (framework: Framework): string =>
    `${framework.id} has no overall effectiveness judgement: remove awardedOverall.`,
  badGrade: (value: unknown, allowNotJudged: boolean): string => {
    const parsed = parseJudgement(value);
    const hint = parsed.ok && isJudgement(parsed.value) ? ` (write "${parsed.value}")` : '';
    return `Expected ${JUDGEMENTS.join(', ')}${allowNotJudged ? ' or not-judged' : ''}, got ${
      typeof value === 'string' ? `"${shorten(value)}"` : value === null ? 'null' : typeof value
    }${hint}.`;
  },
};

/**
 * One way a value breaks the shape of an outcome or its framework, before it is put into
 * words: where, a stable code, and the value found there.
 *
 * @internal
 */
export interface OutcomeProblem {
  readonly path: readonly string[];
  readonly code:
    | 'invalid-type'
    | 'unknown-framework'
    | 'area-not-in-framework'
    | 'invalid-value'
    | 'missing-area'
    | 'no-overall-in-framework'
    | 'unknown-key';
  readonly value?: unknown;
}

const FITS: readonly OutcomeProblem[] = /* @__PURE__ */ Object.freeze([]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function add(problems: OutcomeProblem[] | undefined, problem: OutcomeProblem): OutcomeProblem[] {
  if (problems === undefined) return [problem];
  problems.push(problem);
  return problems;
}

function hasArea(framework: Framework, id: string): boolean {
  for (const area of framework.areas) if (area.id === id) return true;
  return false;
}

/**
 * Every way a value breaks the shape of an outcome or its framework, in the order
 * {@link findOutcomeIssues} reports them. Allocates nothing for an outcome that fits, so
 * the functions that must check their input first (deriving overall effectiveness) stay
 * fast.
 *
 * @internal
 */
export function outcomeProblems(outcome: unknown): readonly OutcomeProblem[] {
  if (!isRecord(outcome)) return [{ path: [], code: 'invalid-type', value: outcome }];
  if (!isFrameworkId(outcome.framework)) {
    return [{ path: ['framework'], code: 'unknown-framework', value: outcome.framework }];
  }
  const framework: Framework = FRAMEWORKS[outcome.framework];
  let problems: OutcomeProblem[] | undefined;
  const { judgements } = outcome;
  if (!isRecord(judgements)) {
    problems = add(problems, { path: ['judgements'], code: 'invalid-type', value: judgements });
  } else {
    for (const key of Object.keys(judgements)) {
      const value = judgements[key];
      if (!hasArea(framework, key)) {
        problems = add(problems, { path: ['judgements', key], code: 'area-not-in-framework', value });
      } else if (value !== undefined && value !== 'not-judged' && !isJudgement(value)) {
        problems = add(problems, { path: ['judgements', key], code: 'invalid-value', value });
      }
    }
    for (const area of framework.areas) {
      if (area.required && judgements[area.id] === undefined) {
        problems = add(problems, { path: ['judgements', area.id], code: 'missing-area' });
      }
    }
  }
  const awarded = outcome.awardedOverall;
  if (!framework.hasOverallEffectiveness && Object.hasOwn(outcome, 'awardedOverall')) {
    problems = add(problems, { path: ['awardedOverall'], code: 'no-overall-in-framework', value: awarded });
  } else if (awarded !== undefined && !isJudgement(awarded)) {
    problems = add(problems, { path: ['awardedOverall'], code: 'invalid-value', value: awarded });
  }
  for (const key of Object.keys(outcome)) {
    if (key !== 'framework' && key !== 'judgements' && key !== 'awardedOverall') {
      problems = add(problems, { path: [key], code: 'unknown-key', value: outcome[key] });
    }
  }
  return problems ?? FITS;
}

/** Puts a problem into words. `framework` is known for every problem but a bad root or framework. */
function describe(problem: OutcomeProblem, known: Framework | undefined): string {
  const key = problem.path.at(-1) ?? '';
  const framework = known as Framework;
  switch (problem.code) {
    case 'invalid-type':
      return problem.path.length === 0
        ? 'Expected an outcome object with framework and judgements.'
        : 'Expected judgements to be an object keyed by area id.';
    case 'unknown-framework':
      return outcomeMessages.unknownFramework(problem.value);
    case 'area-not-in-framework':
      return outcomeMessages.areaNotInFramework(framework, key);
    case 'invalid-value':
      return outcomeMessages.badGrade(problem.value, problem.path[0] === 'judgements');
    case 'missing-area':
      return outcomeMessages.missingArea(framework, key);
    case 'no-overall-in-framework':
      return outcomeMessages.noOverall(framework);
    case 'unknown-key':
      return outcomeMessages.unknownField(key);
  }
}

/**
 * Checks an outcome against its framework and returns what is wrong, or an empty array.
 *
 * The types already rule these problems out; this catches outcomes that reached the code
 * without them (from JSON, say): an unknown framework, an area the framework lacks, a
 * missing required area, a value that is not a grade id, an awarded overall grade under a
 * framework that has none. To read untrusted input, use `parseInspectionOutcome` from
 * `ofsted-ilacs/schema`, which also reads the wider shape.
 *
 * @example
 * ```ts
 * import { findOutcomeIssues, type InspectionOutcome } from 'ofsted-ilacs';
 *
 * const fromJson = JSON.parse(
 *   '{"framework":"ilacs-2018","judgements":{"leaders":"good","helpAndProtection":"good","childrenInCare":"good"}}',
 * ) as InspectionOutcome;
 * console.log(findOutcomeIssues(fromJson).map((issue) => issue.code));
 * // ['area-not-in-framework', 'missing-area']
 * ```
 */
export function findOutcomeIssues(outcome: unknown): readonly Issue[] {
  const problems = outcomeProblems(outcome);
  if (problems.length === 0) return [];
  const id = isRecord(outcome) ? outcome.framework : undefined;
  const framework = isFrameworkId(id) ? FRAMEWORKS[id] : undefined;
  return problems.map((problem) => issue(problem.path, problem.code, describe(problem, framework)));
}
