import { refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue, isRecord } from '../check/values.js';
import { COMPILED_BY_ID, type CompiledFramework } from '../framework/compiledFrameworks.js';
import { FRAMEWORK_IDS } from '../framework/frameworks.js';
import { isJudgement, JUDGEMENTS } from '../judgement/judgement.js';
import { parseJudgement } from '../judgement/parseJudgement.js';
import { type Issue, issue, shorten } from '../result/result.js';

/** A framework as the messages name it: its id and its area ids. @internal */
export type NamedFramework = Pick<CompiledFramework, 'id' | 'areaIds'>;

/** The sentences about outcomes, shared by the core's check and the schema layer. @internal */
export const outcomeMessages = {
  unknownFramework: (value: unknown): string =>
    `${typeof value === 'string' ? `"${shorten(value)}" is not a framework` : 'The framework is missing or not text'}: use one of ${FRAMEWORK_IDS.join(', ')}.`,
  areaNotInFramework: (framework: NamedFramework, area: string): string =>
    `"${shorten(area)}" is not an area of ${framework.id}: its areas are ${framework.areaIds.join(', ')}. Remove it, or check the framework.`,
  missingArea: (framework: NamedFramework, area: string): string =>
    `${framework.id} requires a judgement for ${area}: give its grade, or "not-judged" if Ofsted made none.`,
  unknownField: (key: string): string =>
    `"${shorten(key)}" is not a field of an outcome: use framework, judgements and awardedOverall.`,
  noOverall: (framework: NamedFramework): string =>
    `${framework.id} has no overall effectiveness judgement: remove awardedOverall.`,
  badGrade: (value: unknown, allowNotJudged: boolean): string => {
    const parsed = parseJudgement(value);
    const hint = parsed.ok && isJudgement(parsed.value) ? ` (write "${parsed.value}")` : '';
    return `Expected ${JUDGEMENTS.join(', ')}${allowNotJudged ? ' or not-judged' : ''}, got ${
      typeof value === 'string'
        ? `"${shorten(value)}"`
        : value === null
          ? 'null'
          : typeof value === 'object'
            ? describeValue(value)
            : typeof value
    }${hint}.`;
  },
};

/** Each grade's place in an outcome's code; `not-judged` counts as no grade. */
const GRADE_CODE: ReadonlyMap<unknown, number> = /* @__PURE__ */ new Map<unknown, number>([
  ['outstanding', 0],
  ['good', 1],
  ['requires-improvement', 2],
  ['inadequate', 3],
  ['not-judged', 4],
]);

/** Base of an outcome's code: the key-area grades in base 5 fit below it. */
export const CODE_BASE = 1024;

/**
 * Checks an outcome against its framework's precompiled table in one pass, and returns
 * its code: the framework's index times {@link CODE_BASE}, plus its key areas' grades as
 * a base-5 number (4 for not judged). Returns -1 for anything that does not fit, without
 * saying why (for that, {@link outcomeProblems}). Allocates nothing.
 *
 * @internal
 */
export function outcomeCode(outcome: unknown): number {
  if (typeof outcome !== 'object' || outcome === null) return -1;
  const record = outcome as Record<string, unknown>;
  const framework = COMPILED_BY_ID.get(record.framework);
  if (framework === undefined) return -1;
  const judgements = record.judgements;
  if (typeof judgements !== 'object' || judgements === null || Array.isArray(judgements)) return -1;
  let required = 0;
  let grades = 0;
  for (const key in judgements) {
    const area = framework.byId.get(key);
    if (area === undefined) return -1;
    const value = (judgements as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const grade = GRADE_CODE.get(value);
    if (grade === undefined) return -1;
    if (area.required) required += 1;
    grades += grade * area.weight;
  }
  if (required !== framework.requiredCount) return -1;
  for (const key in record) {
    if (key === 'framework' || key === 'judgements') continue;
    if (key !== 'awardedOverall' || !framework.hasOverallEffectiveness) return -1;
    const awarded = record.awardedOverall;
    if (awarded !== undefined && (GRADE_CODE.get(awarded) ?? 4) > 3) return -1;
  }
  return framework.index * CODE_BASE + grades;
}

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

/**
 * Every way a value breaks the shape of an outcome or its framework, in the order
 * {@link findOutcomeIssues} reports them.
 *
 * @internal
 */
export function outcomeProblems(outcome: unknown): readonly OutcomeProblem[] {
  if (!isRecord(outcome)) return [{ path: [], code: 'invalid-type', value: outcome }];
  const framework = COMPILED_BY_ID.get(outcome.framework);
  if (framework === undefined) {
    return [{ path: ['framework'], code: 'unknown-framework', value: outcome.framework }];
  }
  const problems: OutcomeProblem[] = [];
  const { judgements } = outcome;
  if (!isRecord(judgements)) {
    problems.push({ path: ['judgements'], code: 'invalid-type', value: judgements });
  } else {
    for (const key of Object.keys(judgements)) {
      const value = judgements[key];
      if (!framework.byId.has(key)) {
        problems.push({ path: ['judgements', key], code: 'area-not-in-framework', value });
      } else if (value !== undefined && !GRADE_CODE.has(value)) {
        problems.push({ path: ['judgements', key], code: 'invalid-value', value });
      }
    }
    for (const area of framework.areas) {
      if (area.required && judgements[area.id] === undefined) {
        problems.push({ path: ['judgements', area.id], code: 'missing-area' });
      }
    }
  }
  const awarded = outcome.awardedOverall;
  if (!framework.hasOverallEffectiveness && Object.hasOwn(outcome, 'awardedOverall')) {
    problems.push({ path: ['awardedOverall'], code: 'no-overall-in-framework', value: awarded });
  } else if (awarded !== undefined && (GRADE_CODE.get(awarded) ?? 4) > 3) {
    problems.push({ path: ['awardedOverall'], code: 'invalid-value', value: awarded });
  }
  for (const key of Object.keys(outcome)) {
    if (key !== 'framework' && key !== 'judgements' && key !== 'awardedOverall') {
      problems.push({ path: [key], code: 'unknown-key', value: outcome[key] });
    }
  }
  return problems;
}

/** Puts a problem into words. */
function describe(problem: OutcomeProblem, framework: CompiledFramework | undefined): string {
  const key = problem.path.at(-1) ?? '';
  const named = framework ?? { id: '', areaIds: [] };
  switch (problem.code) {
    case 'invalid-type':
      return problem.path.length === 0
        ? `Expected an outcome object with framework and judgements, got ${describeValue(problem.value)}.`
        : 'Expected judgements to be an object keyed by area id.';
    case 'unknown-framework':
      return outcomeMessages.unknownFramework(problem.value);
    case 'area-not-in-framework':
      return outcomeMessages.areaNotInFramework(named, key);
    case 'invalid-value':
      return outcomeMessages.badGrade(problem.value, problem.path[0] === 'judgements');
    case 'missing-area':
      return outcomeMessages.missingArea(named, key);
    case 'no-overall-in-framework':
      return outcomeMessages.noOverall(named);
    case 'unknown-key':
      return outcomeMessages.unknownField(key);
  }
}

/**
 * Checks an outcome against its framework and returns what is wrong, or an empty array.
 * Never throws.
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
  try {
    if (outcomeCode(outcome) >= 0) return [];
    const problems = outcomeProblems(outcome);
    const framework = isRecord(outcome) ? COMPILED_BY_ID.get(outcome.framework) : undefined;
    return problems.map((problem) => issue(problem.path, problem.code, describe(problem, framework)));
  } catch {
    return [unreadable()];
  }
}

/**
 * Throws {@link OfstedIlacsError} (`invalid-outcome`) naming the function and argument
 * when an outcome breaks its framework, with every issue.
 *
 * @internal
 */
export function checkOutcome(fn: string, name: string, outcome: unknown): void {
  if (outcomeCode(outcome) >= 0) return;
  throw refusal(
    'invalid-outcome',
    fn,
    findOutcomeIssues(outcome).map((found) => ({ ...found, path: [name, ...found.path] })),
  );
}
