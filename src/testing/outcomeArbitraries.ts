import fc from 'fast-check';
import { oneOfProblem } from '../check/fields.js';
import { readOptions } from '../check/options.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { type Framework, LIMITING_RULES, type LimitingRule } from '../framework/framework.js';
import { FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';

/**
 * Any of the four grades.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { arbitraryJudgement } from 'ofsted-ilacs/testing';
 *
 * console.log(fc.sample(arbitraryJudgement(), 3).length); // 3
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryJudgement(): fc.Arbitrary<Judgement> {
  return fc.constantFrom(...JUDGEMENTS);
}

/**
 * Options of {@link arbitraryOutcome}.
 *
 * @example
 * ```ts
 * import type { OutcomeArbitraryOptions } from 'ofsted-ilacs/testing';
 *
 * const options: OutcomeArbitraryOptions = { framework: 'ilacs-2023', inadequateArea: true, awarded: 'departure' };
 * console.log(options.awarded);
 * ```
 *
 * @category Arbitraries
 */
export interface OutcomeArbitraryOptions {
  /** Only this framework. Default: any (only those with an overall grade when `awarded` asks for one). */
  readonly framework?: FrameworkId;
  /** `true`: at least one area the rule counts is inadequate; `false`: no key area is. Default: either. */
  readonly inadequateArea?: boolean;
  /**
   * The awarded overall grade: `consistent` or a `departure` under `limitingRule`, `none`
   * (no awarded grade), or `any`. Default `any`.
   */
  readonly awarded?: 'consistent' | 'departure' | 'none' | 'any';
  /** The rule `inadequateArea` and `awarded` refer to. Default `any-inadequate-area`. */
  readonly limitingRule?: LimitingRule;
  /** Whether areas may be recorded as not judged. Default `true`. */
  readonly notJudged?: boolean;
}

const BETTER_THAN_INADEQUATE = JUDGEMENTS.filter((grade) => grade !== 'inadequate');

const yesOrNo = (value: unknown, name: string) =>
  typeof value === 'boolean'
    ? undefined
    : {
        code: 'invalid-type' as const,
        message: `${name} must be true or false.`,
        params: { field: name, rule: 'boolean' },
      };

const OUTCOME_OPTIONS = {
  framework: (value: unknown, name: string) => oneOfProblem(value, FRAMEWORK_IDS, name),
  inadequateArea: yesOrNo,
  awarded: (value: unknown, name: string) => oneOfProblem(value, ['consistent', 'departure', 'none', 'any'], name),
  limitingRule: (value: unknown, name: string) => oneOfProblem(value, LIMITING_RULES, name),
  notJudged: yesOrNo,
};

/**
 * Outcomes that fit their framework, and that `parseInspectionOutcome` accepts, with the
 * inadequate areas and the awarded overall grade you ask for. Throws `OfstedIlacsError`
 * (`invalid-argument`) when asked for an awarded grade under a framework that has none.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 * import { arbitraryOutcome } from 'ofsted-ilacs/testing';
 *
 * fc.assert(
 *   fc.property(arbitraryOutcome({ framework: 'ilacs-2023', awarded: 'departure' }), (outcome) => {
 *     return checkAwardedOverall(outcome).kind === 'departure';
 *   }),
 * );
 * ```
 *
 * @category Arbitraries
 */
export function arbitraryOutcome(options: OutcomeArbitraryOptions = {}): fc.Arbitrary<InspectionOutcome> {
  options = readOptions('arbitraryOutcome', options, OUTCOME_OPTIONS);
  const awarded = options.awarded ?? 'any';
  const rule = options.limitingRule ?? 'any-inadequate-area';
  const wantsAward = awarded === 'consistent' || awarded === 'departure';
  const ids = FRAMEWORK_IDS.filter(
    (id) =>
      (options.framework === undefined || id === options.framework) &&
      (!wantsAward || FRAMEWORKS[id].hasOverallEffectiveness),
  );
  if (ids.length === 0) {
    throw new OfstedIlacsError(
      'invalid-argument',
      `arbitraryOutcome cannot give awarded: '${awarded}' under ${options.framework}, which awards no overall effectiveness grade: use awarded 'none' or 'any', or another framework.`,
    );
  }
  return fc.constantFrom(...ids).chain((id) => outcomeOf(FRAMEWORKS[id], id, awarded, rule, options));
}

function outcomeOf(
  framework: Framework,
  id: FrameworkId,
  awarded: NonNullable<OutcomeArbitraryOptions['awarded']>,
  rule: LimitingRule,
  options: OutcomeArbitraryOptions,
): fc.Arbitrary<InspectionOutcome> {
  const limiting = framework.areas
    .filter((area) => area.role === 'key' && area.limits.includes(rule))
    .map((area) => area.id);
  const grade = (areaId: string): fc.Arbitrary<AreaJudgement> => {
    const area = framework.areas.find((a) => a.id === areaId);
    const grades = options.inadequateArea === false && area?.role === 'key' ? BETTER_THAN_INADEQUATE : JUDGEMENTS;
    const values: AreaJudgement[] = [...grades];
    return options.notJudged === false
      ? fc.constantFrom(...values)
      : fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...values) }, fc.constant('not-judged' as const));
  };
  const judgements = fc
    .record(Object.fromEntries(framework.areas.map((area) => [area.id, grade(area.id)])), {
      requiredKeys: framework.areas.filter((area) => area.required).map((area) => area.id),
    })
    .map((values) => {
      // An awarded grade can only be checked against something derived: keep one key area graded.
      if (awarded !== 'consistent' && awarded !== 'departure') return values;
      const keys = framework.areas.filter((area) => area.role === 'key').map((area) => area.id);
      const graded = keys.some((areaId) => values[areaId] !== undefined && values[areaId] !== 'not-judged');
      return graded ? values : { ...values, [keys[0] as string]: 'good' as const };
    })
    .chain((values) => {
      if (options.inadequateArea !== true || limiting.some((areaId) => values[areaId] === 'inadequate'))
        return fc.constant(values);
      return fc.constantFrom(...limiting).map((areaId) => ({ ...values, [areaId]: 'inadequate' as const }));
    });
  return judgements.chain((values) => {
    const limited = limiting.some((areaId) => values[areaId] === 'inadequate');
    const award: fc.Arbitrary<Judgement | undefined> =
      awarded === 'none' || !framework.hasOverallEffectiveness
        ? fc.constant(undefined)
        : awarded === 'any'
          ? fc.option(arbitraryJudgement(), { nil: undefined })
          : (awarded === 'consistent') === limited
            ? fc.constant('inadequate' as const)
            : fc.constantFrom(...BETTER_THAN_INADEQUATE);
    return award.map(
      (overall) =>
        ({
          framework: id,
          judgements: values,
          ...(overall !== undefined && { awardedOverall: overall }),
        }) as InspectionOutcome,
    );
  });
}
