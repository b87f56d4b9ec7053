import { listAnd } from '../check/fields.js';
import { copyOptions } from '../check/options.js';
import { refusedCopyIssue, snapshot } from '../check/snapshot.js';
import { unreadable } from '../check/unreadable.js';
import { behaviourOf, type ReadWithFrameworks } from '../defined/behaviour.js';
import type {
  AreaOf,
  DefinedFramework,
  DefinedLimitingRule,
  DefinedOutcome,
  DefinedOverall,
  GradeOf,
} from '../defined/definedFramework.js';
import { limitingRuleOf, limitingRuleProblem } from '../defined/overallRules.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { type CompiledArea, type CompiledFramework, compiledFramework } from '../framework/compiledFrameworks.js';
import type { LimitingRule } from '../framework/framework.js';
import type { AreaId, FrameworkId } from '../framework/frameworks.js';
import { ILACS_LEADERS_ALONE, onlyLeadersLimit, ruleName } from '../framework/limitingRuleWording.js';
import type { Judgement } from '../judgement/judgement.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues, outcomeCode } from '../outcome/outcomeIssues.js';
import { type Issue, issue } from '../result/result.js';
import { DEFINED_CHECK_WORDS, type DefinedCheckCode } from '../words/definedWords.js';
import { OVERALL_WORDS } from '../words/overallWords.js';
import type { DerivedOverall, IndicativeOverall, LimitedOverall, NoDerivedOverall } from './derivedOverall.js';
import {
  ANY_FRAMEWORK_OPTIONS,
  type AnyOverallOptions,
  builtInRuleProblem,
  deriveOverallEffectiveness,
  type OverallOptions,
} from './deriveOverallEffectiveness.js';

/**
 * The awarded grade agrees with the limiting rule: inadequate where an area the rule
 * counts is inadequate, and not inadequate otherwise. `matchesIndicative` says whether it
 * also equals the indicative median (a difference there is an inspector's judgement, not
 * a departure).
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'requires-improvement', childrenInCareAndCareLeavers: 'good' },
 *   awardedOverall: 'requires-improvement',
 * });
 * if (check.kind === 'consistent') console.log(check.matchesIndicative); // true
 * ```
 *
 * @category Overall effectiveness
 */
export interface ConsistentOverall<F extends FrameworkId = FrameworkId> {
  readonly kind: 'consistent';
  readonly awarded: Judgement;
  readonly derived: LimitedOverall<F> | IndicativeOverall<F>;
  readonly matchesIndicative: boolean;
  readonly reason: string;
}

/**
 * How an awarded grade departs from the limiting rule.
 *
 * - `'limiting-area-not-applied'`: an area the rule counts is inadequate, but overall was
 *   not (four ILACS inspections where only leaders was inadequate).
 * - `'inadequate-without-limiting-area'`: overall is inadequate, but no area the rule
 *   counts is.
 *
 * Under a framework you define, "inadequate" reads as the grades its limiting rule reaches
 * (`anyArea` or worse): an area the rule counts limits overall, but a better grade was
 * awarded; or a grade the rule reaches was awarded, but no area the rule counts is graded
 * that low.
 *
 * @example
 * ```ts
 * import type { DepartureKind } from 'ofsted-ilacs';
 *
 * const departure: DepartureKind = 'limiting-area-not-applied';
 * console.log(departure);
 * ```
 *
 * @category Overall effectiveness
 */
export type DepartureKind = 'limiting-area-not-applied' | 'inadequate-without-limiting-area';

/**
 * The awarded grade departs from the limiting rule. The awarded grade is kept as it is:
 * this reports, it never corrects. `decidingAreas` are the inadequate areas concerned.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * // Slough, 2023: leaders inadequate, overall requires improvement.
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2023',
 *   judgements: { leaders: 'inadequate', helpAndProtection: 'requires-improvement', childrenInCare: 'requires-improvement', careLeavers: 'requires-improvement' },
 *   awardedOverall: 'requires-improvement',
 * });
 * if (check.kind === 'departure') console.log(check.departure, check.decidingAreas); // 'limiting-area-not-applied' ['leaders']
 * ```
 *
 * @category Overall effectiveness
 */
export interface OverallDeparture<F extends FrameworkId = FrameworkId> {
  readonly kind: 'departure';
  readonly awarded: Judgement;
  readonly derived: LimitedOverall<F> | IndicativeOverall<F>;
  readonly departure: DepartureKind;
  readonly rule: LimitingRule;
  readonly decidingAreas: readonly AreaId<F>[];
  readonly reason: string;
}

/**
 * Nothing to check: the outcome records no awarded overall grade (or its framework has
 * none). The derived result is given all the same.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2026',
 *   judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'good' },
 * });
 * console.log(check.kind); // 'not-awarded'
 * ```
 *
 * @category Overall effectiveness
 */
export interface OverallNotAwarded<F extends FrameworkId = FrameworkId> {
  readonly kind: 'not-awarded';
  readonly derived: DerivedOverall<F>;
  readonly reason: string;
}

/**
 * Ofsted awarded an overall grade, but no key area is graded (every one recorded as not
 * judged), so there is nothing to check it against. The awarded grade is kept.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const check = checkAwardedOverall({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'not-judged', helpAndProtection: 'not-judged', childrenInCareAndCareLeavers: 'not-judged' },
 *   awardedOverall: 'good',
 * });
 * console.log(check.kind); // 'not-checkable'
 * ```
 *
 * @category Overall effectiveness
 */
export interface OverallNotCheckable<F extends FrameworkId = FrameworkId> {
  readonly kind: 'not-checkable';
  readonly awarded: Judgement;
  readonly derived: NoDerivedOverall<F>;
  readonly reason: string;
}

/**
 * The outcome does not fit its framework (an area it lacks, a missing area, a value that
 * is not a grade), or the options are not ones the function has, so nothing was checked.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall, type InspectionOutcome } from 'ofsted-ilacs';
 *
 * const fromJson = JSON.parse('{"framework":"ilacs-2018","judgements":{"leaders":"good"},"awardedOverall":"good"}') as InspectionOutcome;
 * const check = checkAwardedOverall(fromJson);
 * if (check.kind === 'invalid') console.log(check.issues.map((issue) => issue.code)); // ['missing-area', 'missing-area']
 * ```
 *
 * @category Overall effectiveness
 */
export interface InvalidOutcome {
  readonly kind: 'invalid';
  readonly issues: readonly Issue[];
}

/**
 * What {@link checkAwardedOverall} returns.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall, type OverallCheck } from 'ofsted-ilacs';
 *
 * const check: OverallCheck<'sif-2013'> = checkAwardedOverall({
 *   framework: 'sif-2013',
 *   judgements: { helpAndProtection: 'good', childrenLookedAfter: 'good', leaders: 'good', adoption: 'inadequate' },
 *   awardedOverall: 'good',
 * });
 * console.log(check.kind); // 'consistent': a sub-judgement does not limit
 * ```
 *
 * @category Overall effectiveness
 */
export type OverallCheck<F extends FrameworkId = FrameworkId> =
  | ConsistentOverall<F>
  | OverallDeparture<F>
  | OverallNotAwarded<F>
  | OverallNotCheckable<F>
  | InvalidOutcome;

/**
 * What {@link checkAwardedOverall} returns for an outcome under a framework you define
 * ({@link defineFramework}): the same kinds as {@link OverallCheck}, with your grades and
 * areas, the result derived under your framework, and reasons worded by its titles and
 * labels. `matchesIndicative` is `false` where the framework gives no indicative grade.
 *
 * @example
 * ```ts
 * import { checkAwardedOverall, defineFramework, defineScale, type DefinedOverallCheck } from 'ofsted-ilacs';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'review',
 *   title: 'The annual review',
 *   scale,
 *   inForce: { from: '2025-01-01' },
 *   areas: [{ id: 'voice', title: "The child's voice", role: 'practice' }, { id: 'plans', title: 'Plans', role: 'practice' }],
 *   overall: { awarded: true, limitingRule: { anyArea: 'weak', roles: ['practice'] } },
 * });
 * const check: DefinedOverallCheck<typeof review> = checkAwardedOverall(
 *   { framework: 'review', judgements: { voice: 'weak', plans: 'strong' }, awardedOverall: 'adequate' },
 *   { frameworks: [review] },
 * );
 * if (check.kind === 'departure') console.log(check.departure, check.decidingAreas); // 'limiting-area-not-applied' ['voice']
 * ```
 *
 * @category Overall effectiveness
 */
export type DefinedOverallCheck<F extends DefinedFramework = DefinedFramework> =
  | {
      readonly kind: 'consistent';
      readonly awarded: GradeOf<F>;
      readonly derived: DefinedOverall<F>;
      readonly matchesIndicative: boolean;
      readonly reason: string;
    }
  | {
      readonly kind: 'departure';
      readonly awarded: GradeOf<F>;
      readonly derived: DefinedOverall<F>;
      readonly departure: DepartureKind;
      readonly rule: 'limiting-rule';
      /** The areas concerned: those the rule counts that limit, or those graded low enough to limit that it does not count. */
      readonly decidingAreas: readonly AreaOf<F>[];
      readonly reason: string;
    }
  | { readonly kind: 'not-awarded'; readonly derived: DefinedOverall<F>; readonly reason: string }
  | {
      readonly kind: 'not-checkable';
      readonly awarded: GradeOf<F>;
      readonly derived: DefinedOverall<F>;
      readonly reason: string;
    }
  | InvalidOutcome;

/**
 * Checks a recorded outcome's awarded overall grade against the limiting rule, and never
 * rewrites it: consistent, a departure (which rule, whose it is, which areas), nothing
 * awarded, nothing to check it against, or invalid. Never throws: an outcome that breaks
 * its framework, or options it does not have, give `invalid` with the issues.
 *
 * With `frameworks` (made by {@link defineFramework}), an outcome under one of them is
 * checked against that framework's limiting rule in the same way, and its reasons name the
 * framework's areas and grades by their titles and labels ({@link DefinedOverallCheck}).
 * The grade the rule limits overall to must be the grade awarded: a better one departs
 * from the rule (`'limiting-area-not-applied'`), and so does a grade the rule reaches
 * (`anyArea` or worse) that no area it counts is graded (`'inadequate-without-limiting-area'`).
 * Without the option, such an outcome is `invalid` (`unknown-framework`).
 *
 * @example
 * ```ts
 * import { checkAwardedOverall } from 'ofsted-ilacs';
 *
 * const hull2019 = {
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', childrenInCareAndCareLeavers: 'requires-improvement' },
 *   awardedOverall: 'inadequate',
 * } as const;
 * const check = checkAwardedOverall(hull2019);
 * console.log(check.kind); // 'consistent'
 * if (check.kind === 'consistent') console.log(check.reason);
 * // "Consistent: Ofsted awarded inadequate, as the library's limiting rule (any inadequate area makes the whole service inadequate) requires: help and protection is inadequate."
 * ```
 *
 * @category Overall effectiveness
 */
export function checkAwardedOverall<O extends InspectionOutcome>(
  outcome: O,
  options?: OverallOptions,
): OverallCheck<O['framework']>;
export function checkAwardedOverall<const F extends DefinedFramework>(
  outcome: DefinedOutcome<F>,
  options: Omit<OverallOptions, 'limitingRule'> & { readonly limitingRule?: string; readonly frameworks: readonly F[] },
): DefinedOverallCheck<F>;
export function checkAwardedOverall(
  outcome: InspectionOutcome | DefinedOutcome,
  options?: AnyOverallOptions,
): OverallCheck | DefinedOverallCheck {
  try {
    return check(outcome, options);
  } catch {
    return { kind: 'invalid', issues: [unreadable()] };
  }
}

function check(given: unknown, options: AnyOverallOptions | undefined): OverallCheck | DefinedOverallCheck {
  const optionIssues: Issue[] = [];
  const read = copyOptions(optionIssues, options, ANY_FRAMEWORK_OPTIONS);
  // Options that cannot be used are reported alone: without the caller's frameworks, an
  // outcome under one of them would be read as naming no framework at all.
  if (read === undefined) return { kind: 'invalid', issues: optionIssues.length > 0 ? optionIssues : [unreadable()] };
  const frameworks = read.frameworks as readonly DefinedFramework[] | undefined;
  const behaviour = behaviourOf(frameworks);
  // Read once into the library's copy, which the derivation and the comparison work on.
  const seen = behaviour === undefined ? readOutcome(given) : behaviour.read(given, frameworks ?? []);
  // The rule named is checked against the framework the outcome names: the caller's, or the built-in ones.
  const framework = seen.framework;
  const ruleProblem =
    framework === undefined ? builtInRuleProblem(read.limitingRule) : limitingRuleProblem(framework, read.limitingRule);
  const issues = [
    ...seen.issues,
    ...optionIssues,
    ...(ruleProblem === undefined
      ? []
      : [issue(['options', 'limitingRule'], ruleProblem.code, ruleProblem.message, ruleProblem.params)]),
  ];
  if (issues.length > 0 || seen.copy === undefined) {
    return { kind: 'invalid', issues: issues.length > 0 ? issues : [unreadable()] };
  }
  if (framework !== undefined) return checkDefined(seen.copy, framework, read as OverallOptions);
  return checkBuiltIn(seen.copy as unknown as InspectionOutcome, read as OverallOptions);
}

/**
 * An outcome under a built-in framework, checked, then read once into the library's copy;
 * a copy that no longer fits was read differently the second time.
 */
function readOutcome(given: unknown): ReadWithFrameworks {
  const issues = [...findOutcomeIssues(given)];
  if (issues.length > 0) return { issues, defined: false };
  try {
    const copy = snapshot(given) as Record<string, unknown>;
    return outcomeCode(copy) < 0 ? { issues: [unreadable()], defined: false } : { issues, copy, defined: false };
  } catch (error) {
    return { issues: [refusedCopyIssue(error, [])], defined: false };
  }
}

function checkBuiltIn<O extends InspectionOutcome>(outcome: O, read: OverallOptions): OverallCheck<O['framework']> {
  type F = O['framework'];
  const derived: DerivedOverall<F> = deriveOverallEffectiveness(outcome, read);
  const awarded: Judgement | undefined = 'awardedOverall' in outcome ? outcome.awardedOverall : undefined;
  if (awarded === undefined || derived.rule === 'no-overall-in-framework') {
    return {
      kind: 'not-awarded',
      derived,
      reason:
        derived.rule === 'no-overall-in-framework'
          ? OVERALL_WORDS[derived.rule](derived as DerivedOverall & { rule: 'no-overall-in-framework' })
          : 'No awarded overall grade is recorded, so there is nothing to check.',
    };
  }
  if (derived.kind === 'none') {
    return {
      kind: 'not-checkable',
      awarded,
      derived,
      reason: `Ofsted awarded ${awarded}, but no key area is graded, so there is nothing to check it against.`,
    };
  }
  if (derived.kind === 'limited') return checkLimited(outcome, awarded, derived);
  if (awarded === 'inadequate') return inadequateWithoutLimit(outcome, derived);
  const matchesIndicative = awarded === derived.grade;
  return {
    kind: 'consistent',
    awarded,
    derived,
    matchesIndicative,
    reason: matchesIndicative
      ? `Consistent: no area limits overall, and Ofsted's ${awarded} equals the indicative median.`
      : `Consistent: no area limits overall; Ofsted's ${awarded} differs from the indicative ${derived.grade}, an inspector's judgement rather than a departure.`,
  };
}

/** An awarded grade beside a limit: consistent if inadequate, else a departure from the rule. */
function checkLimited<O extends InspectionOutcome>(
  outcome: O,
  awarded: Judgement,
  derived: LimitedOverall<O['framework']>,
): OverallCheck<O['framework']> {
  const framework = compiledFramework(outcome.framework) as CompiledFramework;
  const limiting = derived.decidingAreas.map((id) => framework.byId[id] as CompiledArea);
  const names = listAnd(limiting.map((area) => area.shortTitle));
  const verb = limiting.length === 1 ? 'is' : 'are';
  const rule = ruleName(outcome.framework, derived.rule);
  return awarded === 'inadequate'
    ? {
        kind: 'consistent',
        awarded,
        derived,
        matchesIndicative: true,
        reason: `Consistent: Ofsted awarded inadequate, as ${rule} requires: ${names} ${verb} inadequate.`,
      }
    : {
        kind: 'departure',
        awarded,
        derived,
        departure: 'limiting-area-not-applied',
        rule: derived.rule,
        decidingAreas: derived.decidingAreas,
        reason: `Departure from ${rule}: ${names} ${verb} inadequate, but Ofsted awarded ${awarded}.${onlyLeadersLimit(outcome.framework, limiting) ? ` ${ILACS_LEADERS_ALONE}` : ''}`,
      };
}

/** Inadequate awarded where no area the rule counts is inadequate: a departure, naming the areas the rule leaves out. */
function inadequateWithoutLimit<O extends InspectionOutcome>(
  outcome: O,
  derived: IndicativeOverall<O['framework']>,
): OverallCheck<O['framework']> {
  const framework = compiledFramework(outcome.framework) as CompiledFramework;
  const judgements = outcome.judgements as Readonly<Record<string, unknown>>;
  const uncounted = framework.keyAreas.filter((area) => judgements[area.id] === 'inadequate');
  const note =
    uncounted.length > 0
      ? ` (${listAnd(uncounted.map((area) => area.shortTitle))} ${uncounted.length === 1 ? 'is' : 'are'} inadequate, which this rule does not count)`
      : '';
  return {
    kind: 'departure',
    awarded: 'inadequate',
    derived,
    departure: 'inadequate-without-limiting-area',
    rule: derived.limitingRule,
    decidingAreas: uncounted.map((area) => area.id as AreaId<O['framework']>),
    reason: `Departure from ${ruleName(outcome.framework, derived.limitingRule)}: Ofsted awarded inadequate, but no area the rule counts is inadequate${note}.`,
  };
}

/**
 * An outcome under one of the caller's frameworks (the library's checked copy), checked
 * against that framework's limiting rule. An option the framework cannot take (a built-in
 * limiting rule) gives `invalid`, with the issue deriving refused it with.
 */
function checkDefined(
  outcome: Readonly<Record<string, unknown>>,
  framework: DefinedFramework,
  read: OverallOptions,
): DefinedOverallCheck {
  let derived: DefinedOverall;
  try {
    derived = deriveOverallEffectiveness(outcome as DefinedOutcome, { ...read, frameworks: [framework] });
  } catch (error) {
    if (error instanceof OfstedIlacsError) return { kind: 'invalid', issues: error.issues };
    throw error;
  }
  const awarded = Object.hasOwn(outcome, 'awardedOverall') ? (outcome.awardedOverall as string | undefined) : undefined;
  const say = (code: DefinedCheckCode, areas: readonly string[] = []) =>
    DEFINED_CHECK_WORDS[code]({ framework, derived, awarded, areas });
  if (derived.rule === 'no-overall-in-framework') {
    return { kind: 'not-awarded', derived, reason: say('no-overall-in-framework') };
  }
  if (awarded === undefined) return { kind: 'not-awarded', derived, reason: say('not-awarded') };
  // Nothing the overall rule read was graded: no area of the median's or the limiting rule's.
  if (Object.keys(derived.grades).length === 0) {
    return { kind: 'not-checkable', awarded, derived, reason: say('no-area-graded') };
  }
  if (limitingRuleOf(framework, read.limitingRule) === undefined && derived.kind === 'none') {
    return { kind: 'not-checkable', awarded, derived, reason: say('nothing-to-check-against') };
  }
  return againstTheRule(framework, limitingRuleOf(framework, read.limitingRule), derived, awarded, say);
}

/**
 * An awarded grade beside the rule of a caller's framework: where an area the rule counts
 * limits, it must be the limit; where none does, not a grade the rule reaches; otherwise
 * it is compared with the indicative median, as the inspectors' judgement.
 */
function againstTheRule(
  framework: DefinedFramework,
  rule: DefinedLimitingRule | undefined,
  derived: DefinedOverall,
  awarded: string,
  say: (code: DefinedCheckCode, areas?: readonly string[]) => string,
): DefinedOverallCheck {
  const rank = (grade: string) => framework.scale.grades.indexOf(grade);
  if (derived.kind === 'limited') {
    if (awarded === derived.grade) {
      return {
        kind: 'consistent',
        awarded,
        derived,
        matchesIndicative: true,
        reason: say('limit-applied', derived.decidingAreas),
      };
    }
    if (rank(awarded) < rank(derived.grade)) {
      return {
        kind: 'departure',
        awarded,
        derived,
        departure: 'limiting-area-not-applied',
        rule: 'limiting-rule',
        decidingAreas: derived.decidingAreas,
        reason: say('limit-not-applied', derived.decidingAreas),
      };
    }
  }
  if (derived.kind === 'limited' || (rule !== undefined && rank(awarded) >= rank(rule.anyArea))) {
    const uncounted = uncountedAreas(framework, rule, derived);
    return {
      kind: 'departure',
      awarded,
      derived,
      departure: 'inadequate-without-limiting-area',
      rule: 'limiting-rule',
      decidingAreas: uncounted,
      reason: say('awarded-without-limiting-area', uncounted),
    };
  }
  if (derived.kind === 'indicative') {
    const matchesIndicative = awarded === derived.grade;
    const code = matchesIndicative ? 'matches-indicative' : 'differs-from-indicative';
    return { kind: 'consistent', awarded, derived, matchesIndicative, reason: say(code) };
  }
  // Only the rule's areas were graded, none low enough to limit: no median to compare with.
  if (derived.rule === 'no-area-graded')
    return { kind: 'not-checkable', awarded, derived, reason: say('no-area-graded') };
  return { kind: 'consistent', awarded, derived, matchesIndicative: false, reason: say('no-indicative-grade') };
}

/** The graded areas the limiting rule does not count that are graded low enough for it to reach, in the framework's order. */
function uncountedAreas(
  framework: DefinedFramework,
  rule: DefinedLimitingRule | undefined,
  derived: DefinedOverall,
): string[] {
  if (rule === undefined) return [];
  const grades = framework.scale.grades;
  const graded = derived.grades as Readonly<Record<string, string>>;
  return framework.areas
    .filter((area) => !rule.roles.includes(area.role) && Object.hasOwn(graded, area.id))
    .filter((area) => grades.indexOf(graded[area.id] as string) >= grades.indexOf(rule.anyArea))
    .map((area) => area.id);
}
