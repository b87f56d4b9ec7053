import { copyOptions, refusal } from '../check/options.js';
import { unreadable } from '../check/unreadable.js';
import { describeValue, isPlainRecord, isRecord } from '../check/values.js';
import { behaviourOf, frameworksProblem, type ReadWithFrameworks } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { COMPILED_FRAMEWORKS, type CompiledFramework, compiledFramework } from '../framework/compiledFrameworks.js';
import { FRAMEWORK_IDS } from '../framework/frameworks.js';
import { isJudgement, JUDGEMENTS } from '../judgement/judgement.js';
import { parseJudgement } from '../judgement/parseJudgement.js';
import { type Issue, type IssueParams, issue, plainWords, shorten } from '../result/result.js';

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

/** The grades by their number in an outcome's code, `not-judged` last. @internal */
export const GRADES_BY_CODE = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not-judged'] as const;

/** A grade's number in an outcome's code (see {@link GRADES_BY_CODE}), or -1 for any other value. @internal */
export function gradeCode(value: unknown): number {
  switch (value) {
    case 'outstanding':
      return 0;
    case 'good':
      return 1;
    case 'requires-improvement':
      return 2;
    case 'inadequate':
      return 3;
    case 'not-judged':
      return 4;
    default:
      return -1;
  }
}

/** Whether a value is a grade Ofsted can award overall: one of the four, not `not-judged`. */
function isAwardable(value: unknown): boolean {
  const grade = gradeCode(value);
  return grade >= 0 && grade <= 3;
}

/** Base of an outcome's code: a digit for each area of the largest framework, and one for the overall, fit below it. @internal */
export const CODE_BASE: number = /* @__PURE__ */ (() =>
  7 ** (Math.max(...COMPILED_FRAMEWORKS.map((framework) => framework.areas.length)) + 1))();

/**
 * The digit of an outcome's code at a place (an area's `place`, or 1 for the overall):
 * 0 where nothing is given, 1 where the key is given as `undefined`, and 2 plus the
 * grade's number where a grade is.
 *
 * @internal
 */
export function digitAt(code: number, place: number): number {
  return Math.floor(code / place) % 7;
}

/**
 * Checks an outcome against its framework's precompiled table in one pass, and returns
 * its code: the framework's index times {@link CODE_BASE}, plus a base-7 digit for each
 * area and for the overall (see {@link digitAt}), so equal outcomes have equal codes and
 * the outcome can be written again from its code. Returns -1 for anything that does not
 * fit, without saying why (for that, {@link outcomeProblems}). Allocates nothing. The
 * code of a frozen outcome, whose judgements are frozen too, is remembered.
 *
 * @internal
 */
export function outcomeCode(outcome: unknown): number {
  if (typeof outcome !== 'object' || outcome === null) return -1;
  try {
    return codeOf(outcome);
  } catch {
    return -1; // a value whose reading throws: findOutcomeIssues says so
  }
}

/** The code of an object, remembered where it is frozen. */
function codeOf(outcome: object): number {
  if (!Object.isFrozen(outcome)) return walkOutcome(outcome as Record<string, unknown>);
  let code = FROZEN_CODES.get(outcome);
  if (code === undefined) {
    code = walkOutcome(outcome as Record<string, unknown>);
    if (isSettled(outcome) && isSettled((outcome as Record<string, unknown>).judgements))
      FROZEN_CODES.set(outcome, code);
  }
  return code;
}

/**
 * The codes of frozen outcomes whose judgements are frozen too, so cannot change: those
 * the library gives (read by `parseInspectionOutcome`, or from `ofsted-ilacs/outcomes`)
 * and any a caller froze. Held weakly, so never keeps an outcome alive.
 */
const FROZEN_CODES = /* @__PURE__ */ new WeakMap<object, number>();

/** Whether a value is frozen with a plain prototype: nothing the walk reads from it can change. */
function isSettled(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The walk of {@link outcomeCode}. */
function walkOutcome(record: Record<string, unknown>): number {
  if (!isPlainRecord(record)) return -1;
  const framework = compiledFramework(record.framework);
  if (framework === undefined) return -1;
  const judgements = record.judgements;
  if (typeof judgements !== 'object' || judgements === null || Array.isArray(judgements)) return -1;
  if (!isPlainRecord(judgements)) return -1;
  let required = 0;
  let code = 0;
  for (const key in judgements) {
    const area = framework.byId[key];
    if (area === undefined) return -1;
    const value = (judgements as Record<string, unknown>)[key];
    if (value === undefined) {
      code += area.place;
      continue;
    }
    const grade = gradeCode(value);
    if (grade < 0) return -1;
    if (area.required) required += 1;
    code += (grade + 2) * area.place;
  }
  if (required !== framework.requiredCount) return -1;
  for (const key in record) {
    if (key === 'framework' || key === 'judgements') continue;
    if (key !== 'awardedOverall' || !framework.hasOverallEffectiveness) return -1;
    const awarded = record.awardedOverall;
    if (awarded === undefined) code += 1;
    else if (isAwardable(awarded)) code += gradeCode(awarded) + 2;
    else return -1;
  }
  return framework.index * CODE_BASE + code;
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
  if (!isRecord(outcome) || !isPlainRecord(outcome)) return [{ path: [], code: 'invalid-type', value: outcome }];
  const framework = compiledFramework(outcome.framework);
  if (framework === undefined) {
    return [{ path: ['framework'], code: 'unknown-framework', value: outcome.framework }];
  }
  const problems: OutcomeProblem[] = [];
  const { judgements } = outcome;
  if (!isRecord(judgements) || !isPlainRecord(judgements)) {
    problems.push({ path: ['judgements'], code: 'invalid-type', value: judgements });
  } else {
    for (const key of Object.keys(judgements)) {
      const value = judgements[key];
      if (framework.byId[key] === undefined) {
        problems.push({ path: ['judgements', key], code: 'area-not-in-framework', value });
      } else if (value !== undefined && gradeCode(value) < 0) {
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
  } else if (awarded !== undefined && !isAwardable(awarded)) {
    problems.push({ path: ['awardedOverall'], code: 'invalid-value', value: awarded });
  }
  for (const key of Object.keys(outcome)) {
    if (key !== 'framework' && key !== 'judgements' && key !== 'awardedOverall') {
      problems.push({ path: [key], code: 'unknown-key', value: outcome[key] });
    }
  }
  return problems;
}

/** The grades an outcome's judgements may hold, and those an awarded overall may. */
const AREA_GRADES: readonly string[] = [...JUDGEMENTS, 'not-judged'];

/** What the words of a problem need, as data: no sentence is built. @internal */
export function problemParams(
  problem: OutcomeProblem,
  framework: CompiledFramework | undefined,
  defined: readonly string[] = [],
): IssueParams {
  const key = problem.path.at(-1) ?? '';
  const field = problem.path.join('.') || 'outcome';
  const found = describeValue(problem.value);
  switch (problem.code) {
    case 'invalid-type':
      return { field, found, rule: problem.path.length === 0 ? 'outcome' : 'judgements' };
    case 'unknown-framework':
      return { field, found, allowed: [...FRAMEWORK_IDS, ...defined] };
    case 'area-not-in-framework':
      return { field: 'judgements', found: `"${shorten(key)}"`, allowed: framework?.areaIds ?? [] };
    case 'invalid-value':
      return { field, found, allowed: problem.path[0] === 'judgements' ? AREA_GRADES : JUDGEMENTS };
    case 'missing-area':
      return { field, allowed: AREA_GRADES };
    case 'no-overall-in-framework':
      return { field, found, rule: framework?.id ?? '' };
    case 'unknown-key':
      return { field: 'outcome', found: `"${shorten(key)}"`, allowed: ['framework', 'judgements', 'awardedOverall'] };
  }
}

/**
 * The issues of an outcome that breaks its framework, with codes and params and a short
 * message made from them (no sentence): for refusals thrown by functions, such as
 * `deriveOverallEffectiveness`, whose bundles carry no words. Never throws.
 *
 * @internal
 */
export function outcomeRefusalIssues(outcome: unknown, frameworks?: readonly DefinedFramework[]): readonly Issue[] {
  const read = problemsOfRefused(outcome);
  if (!('problems' in read)) return read;
  const defined = frameworks?.map((each) => each.id);
  return read.problems.map((problem) => {
    const params = problemParams(problem, read.framework, defined);
    return issue(problem.path, problem.code, plainWords(problem.code, params), params);
  });
}

/**
 * The problems of an outcome the one-pass check refused, to say why. Finding them reads
 * the value again, so a value that throws, or that fits when read again (a getter that
 * answers differently), is refused as unreadable: never answered with no issues.
 */
function problemsOfRefused(
  outcome: unknown,
): { readonly problems: readonly OutcomeProblem[]; readonly framework: CompiledFramework | undefined } | Issue[] {
  try {
    const problems = outcomeProblems(outcome);
    if (problems.length === 0) return [unreadable()];
    return { problems, framework: isRecord(outcome) ? compiledFramework(outcome.framework) : undefined };
  } catch {
    return [unreadable()];
  }
}

/** Puts a problem into words. */
function describe(problem: OutcomeProblem, framework: CompiledFramework | undefined): string {
  const key = problem.path.at(-1) ?? '';
  const named = framework ?? { id: '', areaIds: [] };
  switch (problem.code) {
    case 'invalid-type':
      return problem.path.length === 0
        ? `Expected a plain outcome object with framework and judgements of its own, got ${describeValue(problem.value)}.`
        : 'Expected judgements to be a plain object keyed by area id, with fields of its own (not from its prototype).';
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
 *
 * @category Outcomes
 */
export function findOutcomeIssues(
  outcome: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): readonly Issue[] {
  if (options !== undefined) return findWithFrameworks(outcome, options);
  if (outcomeCode(outcome) >= 0) return [];
  const read = problemsOfRefused(outcome);
  if (!('problems' in read)) return read;
  return read.problems.map((problem) =>
    issue(problem.path, problem.code, describe(problem, read.framework), problemParams(problem, read.framework)),
  );
}

/** {@link findOutcomeIssues} with the caller's frameworks: options and outcome read once, never a throw. */
function findWithFrameworks(
  outcome: unknown,
  options: { readonly frameworks?: readonly DefinedFramework[] },
): readonly Issue[] {
  return (readWithFrameworks(outcome, options) ?? { issues: findOutcomeIssues(outcome) }).issues;
}

/**
 * An outcome read with the caller's frameworks: the options read once; then, where they
 * name frameworks, the outcome read once by what `defineFramework` attached to them (so
 * this code comes with `defineFramework`, not with every parse). With no frameworks
 * given, the outcome is read as without the option. Never throws.
 *
 * @internal
 */
export function readWithFrameworks(
  outcome: unknown,
  options: { readonly frameworks?: readonly DefinedFramework[] },
): ReadWithFrameworks | undefined {
  const issues: Issue[] = [];
  const read = copyOptions(issues, options, { frameworks: frameworksProblem });
  if (issues.length > 0 || read === undefined) return { issues, defined: false };
  const frameworks = read.frameworks as readonly DefinedFramework[] | undefined;
  return behaviourOf(frameworks)?.read(outcome, frameworks as readonly DefinedFramework[]);
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
