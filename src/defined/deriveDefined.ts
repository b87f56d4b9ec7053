import { markChecked } from '../check/checked.js';
import { refusal } from '../check/refusal.js';
import { readCopy } from '../check/snapshot.js';
import { isRecord } from '../check/values.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { issue } from '../result/result.js';
import { definedFrameworkOf, rememberDerivedUnder } from './behaviour.js';
import type { DefinedFramework, DefinedLimitingRule, DefinedOverall } from './definedFramework.js';
import { definedOutcomeIssues } from './definedOutcomeIssues.js';
import { limitingRuleOf, limitingRuleProblem } from './limitingRules.js';

/**
 * Derives overall effectiveness for an outcome under one of the caller's frameworks,
 * reading the outcome once; throws `unknown()` for an outcome that names none of them,
 * and `invalid-outcome` with every issue for one that breaks its framework.
 *
 * @internal
 */
export function deriveDefinedFrom(
  outcome: unknown,
  frameworks: readonly DefinedFramework[],
  options: { readonly tieBreak?: 'leaders' | 'worse' | 'better'; readonly limitingRule?: string },
  unknown: () => Error,
): DefinedOverall {
  const copy = readCopy('deriveOverallEffectiveness', 'outcome', outcome, 'invalid-outcome');
  const framework = isRecord(copy) ? definedFrameworkOf(frameworks, copy.framework) : undefined;
  if (framework === undefined || !isRecord(copy)) throw unknown();
  const ruleProblem = limitingRuleProblem(framework, options.limitingRule);
  if (ruleProblem !== undefined) {
    throw refusal('invalid-option', 'deriveOverallEffectiveness', [
      issue(['options', 'limitingRule'], ruleProblem.code, ruleProblem.message, ruleProblem.params),
    ]);
  }
  if (options.tieBreak === 'leaders' && !framework.areas.some((area) => area.id === 'leaders')) {
    throw refusal('invalid-option', 'deriveOverallEffectiveness', [
      issue(
        ['options', 'tieBreak'],
        'invalid-value',
        `tieBreak "leaders" follows the grade of the area "leaders", which ${framework.id} does not have: use "worse" or "better".`,
        { field: 'tieBreak', found: '"leaders"', allowed: ['worse', 'better'], rule: 'leaders-area' },
      ),
    ]);
  }
  const issues = definedOutcomeIssues(copy, framework);
  if (issues.length > 0) {
    const found = issues.map((each) => `${each.path.join('.')} (${each.code})`).join(', ');
    throw new OfstedIlacsError('invalid-outcome', `The outcome does not fit its framework: ${found}.`, issues);
  }
  const rule = limitingRuleOf(framework, options.limitingRule);
  const derived = deriveDefined(framework, copy.judgements as Record<string, string>, rule, options.tieBreak);
  return rememberDerivedUnder(markChecked(derived), framework);
}

/** The derivation itself, on a checked copy. */
function deriveDefined(
  framework: DefinedFramework,
  judgements: Readonly<Record<string, string>>,
  rule: DefinedLimitingRule | undefined,
  tieBreak: 'leaders' | 'worse' | 'better' | undefined,
): DefinedOverall {
  const rank = (grade: string) => framework.scale.grades.indexOf(grade);
  const gradeOf = (id: string) => (Object.hasOwn(judgements, id) ? judgements[id] : undefined);
  const graded = framework.areas.filter((area) => rank(gradeOf(area.id) ?? '') >= 0);
  const grades = Object.fromEntries(graded.map((area) => [area.id, gradeOf(area.id) as string]));
  const base = { framework: framework.id, grades };
  if (!framework.overall.awarded) return none(base, 'no-overall-in-framework');
  const limiting = rule
    ? graded.filter((area) => rule.roles.includes(area.role) && rank(grades[area.id] as string) >= rank(rule.anyArea))
    : [];
  if (limiting.length > 0) {
    const worst = Math.max(...limiting.map((area) => rank(grades[area.id] as string)));
    const grade = framework.scale.grades[worst] as string;
    const deciding = limiting.filter((area) => grades[area.id] === grade).map((area) => area.id);
    return { ...base, kind: 'limited', grade, indicative: false, rule: 'limiting-rule', decidingAreas: deciding };
  }
  if (framework.overall.indicative === 'none') return none(base, 'no-indicative-rule');
  const roles = framework.overall.indicativeRoles;
  const median = roles === undefined ? graded : graded.filter((area) => roles.includes(area.role));
  if (median.length === 0) return none(base, 'no-area-graded');
  const ranks = median.map((area) => rank(grades[area.id] as string)).sort((a, b) => a - b);
  const better = ranks[Math.floor((ranks.length - 1) / 2)] as number;
  const worse = ranks[Math.ceil((ranks.length - 1) / 2)] as number;
  const chosen = tieBreak ?? framework.overall.tieBreak ?? 'worse';
  const leaders = chosen === 'leaders' ? grades.leaders : undefined;
  const towardsBetter = chosen === 'better' || (leaders !== undefined && rank(leaders) <= better);
  const grade = framework.scale.grades[towardsBetter ? better : worse] as string;
  return {
    ...base,
    kind: 'indicative',
    grade,
    indicative: true,
    rule: 'median-of-areas',
    tie: better !== worse,
    between: [framework.scale.grades[better] as string, framework.scale.grades[worse] as string],
    tieBreak: chosen,
    decidingAreas: median.filter((area) => grades[area.id] === grade).map((area) => area.id),
  };
}

function none(
  base: Pick<DefinedOverall, 'framework' | 'grades'>,
  rule: 'no-overall-in-framework' | 'no-area-graded' | 'no-indicative-rule',
): DefinedOverall {
  return { ...base, kind: 'none', grade: undefined, indicative: false, rule, decidingAreas: [] };
}
