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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (!isRecord(outcome)) {
    return [issue([], 'invalid-type', 'Expected an outcome object with framework and judgements.')];
  }
  if (!isFrameworkId(outcome.framework)) {
    return [issue(['framework'], 'unknown-framework', outcomeMessages.unknownFramework(outcome.framework))];
  }
  const framework: Framework = FRAMEWORKS[outcome.framework];
  const issues: Issue[] = [];
  const { judgements } = outcome;
  if (!isRecord(judgements)) {
    issues.push(issue(['judgements'], 'invalid-type', 'Expected judgements to be an object keyed by area id.'));
  } else {
    for (const [key, value] of Object.entries(judgements)) {
      if (!framework.areas.some((area) => area.id === key)) {
        issues.push(
          issue(['judgements', key], 'area-not-in-framework', outcomeMessages.areaNotInFramework(framework, key)),
        );
      } else if (value !== undefined && value !== 'not-judged' && !isJudgement(value)) {
        issues.push(issue(['judgements', key], 'invalid-value', outcomeMessages.badGrade(value, true)));
      }
    }
    for (const area of framework.areas) {
      if (area.required && judgements[area.id] === undefined) {
        issues.push(issue(['judgements', area.id], 'missing-area', outcomeMessages.missingArea(framework, area.id)));
      }
    }
  }
  if (!framework.hasOverallEffectiveness && Object.hasOwn(outcome, 'awardedOverall')) {
    issues.push(issue(['awardedOverall'], 'no-overall-in-framework', outcomeMessages.noOverall(framework)));
  } else if (outcome.awardedOverall !== undefined && !isJudgement(outcome.awardedOverall)) {
    issues.push(issue(['awardedOverall'], 'invalid-value', outcomeMessages.badGrade(outcome.awardedOverall, false)));
  }
  for (const key of Object.keys(outcome)) {
    if (key !== 'framework' && key !== 'judgements' && key !== 'awardedOverall') {
      issues.push(issue([key], 'unknown-key', outcomeMessages.unknownField(key)));
    }
  }
  return issues;
}
