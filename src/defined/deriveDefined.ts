import { markChecked } from '../check/checked.js';
import { refusal } from '../check/refusal.js';
import { readCopy } from '../check/snapshot.js';
import { isRecord } from '../check/values.js';
import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { issue } from '../result/result.js';
import { definedFrameworkOf, rememberDerivedUnder } from './behaviour.js';
import type { DefinedFramework, DefinedLimitingRule, DefinedOverall } from './definedFramework.js';
import { definedOutcomeIssues } from './definedOutcomeIssues.js';
import { leadersTieProblem, limitingRuleOf, limitingRuleProblem } from './overallRules.js';

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
  const leadersRole = framework.areas.find((area) => area.id === 'leaders')?.role;
  const medianRoles = framework.overall.indicativeRoles;
  const optionIssues = [
    ['limitingRule', limitingRuleProblem(framework, options.limitingRule)],
    ['tieBreak', leadersTieProblem(options.tieBreak, leadersRole, medianRoles, framework.id)],
  ] as const;
  const refused = optionIssues.flatMap(([name, problem]) =>
    problem === undefined ? [] : [issue(['options', name], problem.code, problem.message, problem.params)],
  );
  if (refused.length > 0) throw refusal('invalid-option', 'deriveOverallEffectiveness', refused);
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
  const gradeOf = (id: string) => (Object.hasOwn(judgements, id) ? (judgements[id] as string) : '');
  const graded = framework.areas.filter((area) => rank(gradeOf(area.id)) >= 0);
  // The areas the median reads: those of its roles, or every graded area where it names none.
  const roles = framework.overall.indicativeRoles;
  const median = roles === undefined ? graded : graded.filter((area) => roles.includes(area.role));
  // The grades the overall rule read: the median's areas and the limiting rule's.
  const read = graded.filter((area) => median.includes(area) || rule?.roles.includes(area.role));
  const grades = Object.fromEntries(read.map((area) => [area.id, gradeOf(area.id)]));
  const base = { framework: framework.id, grades };
  if (!framework.overall.awarded) return none(base, 'no-overall-in-framework');
  // The rule applied, by id, where the framework has rules to choose between.
  const ruleId = rule !== undefined && 'id' in rule ? { limitingRule: rule.id as string } : {};
  const limiting = rule
    ? graded.filter((area) => rule.roles.includes(area.role) && rank(gradeOf(area.id)) >= rank(rule.anyArea))
    : [];
  if (limiting.length > 0) {
    const worst = Math.max(...limiting.map((area) => rank(gradeOf(area.id))));
    const grade = framework.scale.grades[worst] as string;
    const deciding = limiting.filter((area) => gradeOf(area.id) === grade).map((area) => area.id);
    return {
      ...base,
      kind: 'limited',
      grade,
      indicative: false,
      rule: 'limiting-rule',
      ...ruleId,
      decidingAreas: deciding,
    };
  }
  if (framework.overall.indicative === 'none') return none(base, 'no-indicative-rule');
  if (median.length === 0) return none(base, 'no-area-graded');
  const ranks = median.map((area) => rank(gradeOf(area.id))).sort((a, b) => a - b);
  const better = ranks[Math.floor((ranks.length - 1) / 2)] as number;
  const worse = ranks[Math.ceil((ranks.length - 1) / 2)] as number;
  const chosen = tieBreak ?? framework.overall.tieBreak ?? 'worse';
  // The leaders' grade, where the median reads it (a definition that ties towards leaders reads it).
  const leaders = chosen === 'leaders' && median.some((area) => area.id === 'leaders') ? gradeOf('leaders') : '';
  const towardsBetter = chosen === 'better' || (leaders !== '' && rank(leaders) <= better);
  const grade = framework.scale.grades[towardsBetter ? better : worse] as string;
  return {
    ...base,
    kind: 'indicative',
    grade,
    indicative: true,
    rule: 'median-of-areas',
    ...ruleId,
    tie: better !== worse,
    between: [framework.scale.grades[better] as string, framework.scale.grades[worse] as string],
    tieBreak: chosen,
    decidingAreas: median.filter((area) => gradeOf(area.id) === grade).map((area) => area.id),
  };
}

function none(
  base: Pick<DefinedOverall, 'framework' | 'grades'>,
  rule: 'no-overall-in-framework' | 'no-area-graded' | 'no-indicative-rule',
): DefinedOverall {
  return { ...base, kind: 'none', grade: undefined, indicative: false, rule, decidingAreas: [] };
}
