import { describeValue, isPlainRecord, isRecord } from '../check/values.js';
import { type Issue, issue, shorten } from '../result/result.js';
import type { DefinedFramework } from './definedFramework.js';

/**
 * What is wrong with an outcome under a framework the caller defined: the same codes and
 * params as under a built-in one (an area the framework lacks, a grade not on its scale, a
 * required area missing, an overall grade where it awards none, a stray field). The outcome
 * is the library's own copy.
 *
 * @internal
 */
export function definedOutcomeIssues(outcome: Readonly<Record<string, unknown>>, framework: DefinedFramework): Issue[] {
  const issues: Issue[] = [];
  const grades = framework.scale.grades;
  const areaIds = framework.areas.map((area) => area.id);
  const judgements = outcome.judgements;
  if (!isRecord(judgements) || !isPlainRecord(judgements)) {
    const found = describeValue(judgements);
    issues.push(
      issue(
        ['judgements'],
        'invalid-type',
        `Expected judgements to be a plain object keyed by area id, got ${found}.`,
        {
          field: 'judgements',
          found,
          rule: 'judgements',
        },
      ),
    );
  } else {
    judgementIssues(issues, judgements, framework, areaIds);
  }
  overallIssues(issues, outcome, framework, grades);
  for (const key of Object.keys(outcome)) {
    if (key === 'framework' || key === 'judgements' || key === 'awardedOverall') continue;
    const found = `"${shorten(key)}"`;
    issues.push(
      issue(
        [key],
        'unknown-key',
        `${found} is not a field of an outcome: use framework, judgements and awardedOverall.`,
        {
          field: 'outcome',
          found,
          allowed: ['framework', 'judgements', 'awardedOverall'],
        },
      ),
    );
  }
  return issues;
}

function judgementIssues(
  issues: Issue[],
  judgements: Readonly<Record<string, unknown>>,
  framework: DefinedFramework,
  areaIds: readonly string[],
): void {
  const allowed = [...framework.scale.grades, 'not-judged'];
  for (const key of Object.keys(judgements)) {
    const value = judgements[key];
    const found = `"${shorten(key)}"`;
    if (!areaIds.includes(key)) {
      issues.push(
        issue(
          ['judgements', key],
          'area-not-in-framework',
          `${found} is not an area of ${framework.id}: its areas are ${areaIds.join(', ')}.`,
          {
            field: 'judgements',
            found,
            allowed: areaIds,
          },
        ),
      );
    } else if (value !== undefined && !allowed.includes(value as string)) {
      const given = typeof value === 'string' ? `"${shorten(value)}"` : describeValue(value);
      issues.push(
        issue(['judgements', key], 'invalid-value', `Expected ${allowed.join(', ')}, got ${given}.`, {
          field: `judgements.${key}`,
          found: given,
          allowed,
        }),
      );
    }
  }
  for (const area of framework.areas) {
    if (area.required && (!Object.hasOwn(judgements, area.id) || judgements[area.id] === undefined)) {
      issues.push(
        issue(
          ['judgements', area.id],
          'missing-area',
          `${framework.id} requires a judgement for ${area.id}: give its grade, or "not-judged".`,
          {
            field: `judgements.${area.id}`,
            allowed,
          },
        ),
      );
    }
  }
}

function overallIssues(
  issues: Issue[],
  outcome: Readonly<Record<string, unknown>>,
  framework: DefinedFramework,
  grades: readonly string[],
): void {
  if (!Object.hasOwn(outcome, 'awardedOverall')) return;
  const awarded = outcome.awardedOverall;
  const found = typeof awarded === 'string' ? `"${shorten(awarded)}"` : describeValue(awarded);
  if (!framework.overall.awarded) {
    issues.push(
      issue(
        ['awardedOverall'],
        'no-overall-in-framework',
        `${framework.id} has no overall grade: remove awardedOverall.`,
        {
          field: 'awardedOverall',
          found,
          rule: framework.id,
        },
      ),
    );
  } else if (awarded !== undefined && !grades.includes(awarded as string)) {
    issues.push(
      issue(['awardedOverall'], 'invalid-value', `Expected ${grades.join(', ')}, got ${found}.`, {
        field: 'awardedOverall',
        found,
        allowed: grades,
      }),
    );
  }
}
