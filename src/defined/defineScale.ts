import { markChecked } from '../check/checked.js';
import { listAt, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { type Issue, issue, shorten } from '../result/result.js';

/**
 * A scale of grades, as data: its id, its grades best first, and each grade's label.
 * Made by {@link defineScale}, for a framework of your own ({@link defineFramework}); the
 * built-in frameworks grade on Ofsted's four-point scale, {@link JUDGEMENTS}.
 *
 * @example
 * ```ts
 * import { defineScale, type Scale } from 'ofsted-ilacs';
 *
 * const threePoint: Scale<'peer-review-3', 'strong' | 'adequate' | 'weak'> = defineScale({
 *   id: 'peer-review-3',
 *   grades: ['strong', 'adequate', 'weak'],
 *   labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' },
 * });
 * console.log(threePoint.grades.at(-1)); // 'weak'
 * ```
 *
 * @category Frameworks
 */
export interface Scale<Id extends string = string, G extends string = string> {
  /** A stable id. */
  readonly id: Id;
  /** The grades, best first: a grade's place is its rank. */
  readonly grades: readonly G[];
  /** Each grade's label, as reports print it. */
  readonly labels: { readonly [K in G]: string };
}

/** The most grades a scale may have. */
const MOST_GRADES = 12;

/** Ids of grades and areas: letters, digits and hyphens, starting with a letter. @internal */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,59}$/;

/** The problem with an id, pushed at its path; whether it passed. @internal */
export function idAt(
  issues: Issue[],
  path: readonly (string | number)[],
  key: string | number,
  value: unknown,
): boolean {
  const field = typeof key === 'number' ? `${String(path.at(-1))}.${key}` : key;
  if (!placeAt(issues, path, key, textFieldProblem(value, field))) return false;
  if (ID_PATTERN.test(value as string)) return true;
  const found = `"${shorten(value as string)}"`;
  issues.push(
    issue(
      [...path, key],
      'invalid-value',
      `${found} is not an id: use letters, digits and hyphens, starting with a letter (at most 60).`,
      { field, found, rule: 'id' },
    ),
  );
  return false;
}

/** The issue for a list of `what` whose length is outside `least` to `most`, if it is. @internal */
export function countAt(
  issues: Issue[],
  path: readonly (string | number)[],
  what: string,
  count: number,
  least: number,
  most: number,
): void {
  if (count >= least && count <= most) return;
  issues.push(
    issue(path, count < least ? 'invalid-value' : 'too-many', `Give ${least} to ${most} ${what}, got ${count}.`, {
      field: what,
      found: `${count} ${what}`,
      limit: count < least ? least : most,
      rule: count < least ? 'too-few' : 'too-many',
    }),
  );
}

/**
 * Defines a scale of grades (best first) with a label for each, checked: an id, two to
 * twelve grades that are ids and appear once, and a label for every grade and nothing
 * else. Returns the scale, frozen. The grades' types are the literals given, so the
 * outcomes of a framework on the scale are typed by them.
 *
 * Throws {@link OfstedIlacsError} (`invalid-framework`) with every issue for a definition
 * that breaks these rules.
 *
 * @example
 * ```ts
 * import { defineScale } from 'ofsted-ilacs';
 *
 * const reportCard = defineScale({
 *   id: 'report-card-5',
 *   grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
 *   labels: {
 *     exceptional: 'Exceptional',
 *     strong: 'Strong standard',
 *     expected: 'Expected standard',
 *     'needs-attention': 'Needs attention',
 *     'urgent-improvement': 'Urgent improvement',
 *   },
 * });
 * console.log(reportCard.grades.length); // 5
 * ```
 *
 * @category Frameworks
 */
export function defineScale<const Id extends string, const G extends string>(definition: {
  readonly id: Id;
  readonly grades: readonly [G, ...G[]];
  readonly labels: { readonly [K in G]: string };
}): Scale<Id, G> {
  const copy = readCopy('defineScale', 'definition', definition, 'invalid-framework');
  const issues = scaleIssues(copy, ['definition']);
  if (issues.length > 0) throw refusal('invalid-framework', 'defineScale', issues);
  return markChecked(copy as Scale<Id, G>);
}

/** What is wrong with a scale's definition, at `path`. @internal */
export function scaleIssues(value: unknown, path: readonly (string | number)[]): Issue[] {
  const issues: Issue[] = [];
  const scale = recordAt(issues, value, path, 'a scale', ['id', 'grades', 'labels']);
  if (scale === undefined) return issues;
  idAt(issues, path, 'id', scale.id);
  const grades = listAt(issues, scale.grades, [...path, 'grades'], 'grades');
  if (grades === undefined) return issues;
  countAt(issues, [...path, 'grades'], 'grades', grades.length, 2, MOST_GRADES);
  const seen = new Set<string>();
  grades.forEach((grade, index) => {
    if (!idAt(issues, [...path, 'grades'], index, grade)) return;
    if (RESERVED.includes(plainWord(String(grade)))) {
      issues.push(
        issue(
          [...path, 'grades', index],
          'invalid-value',
          `"${grade}" is not a grade: every scale has not-judged, in any case, for an area left ungraded.`,
          {
            field: `grades.${index}`,
            found: `"${grade}"`,
            rule: 'reserved',
          },
        ),
      );
    } else if (seen.has(grade as string)) {
      issues.push(
        issue([...path, 'grades', index], 'duplicate-id', `"${grade}" is on the scale twice: give each grade once.`, {
          field: 'grades',
          found: `"${grade}"`,
        }),
      );
    }
    seen.add(grade as string);
  });
  const labels = recordAt(issues, scale.labels, [...path, 'labels'], 'labels', [...seen]);
  if (labels === undefined) return issues;
  for (const grade of seen)
    placeAt(
      issues,
      [...path, 'labels'],
      grade,
      textFieldProblem(Object.hasOwn(labels, grade) ? labels[grade] : undefined, `the label of ${grade}`),
    );
  if (issues.length === 0) wordIssues(issues, path, [...seen], labels as Readonly<Record<string, string>>);
  return issues;
}

/** The words no grade may have, as id or label, written plainly: an area left ungraded says them. */
const RESERVED: readonly string[] = ['not-judged', 'not judged'];

/**
 * A grade's id or label as a sheet's cell is compared with them: trimmed, in lower case,
 * with single spaces. @internal
 */
export function plainWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Every grade's id and label, written plainly, must name that grade alone and none of
 * the reserved words: otherwise a sheet's cell, read in any case, could name two grades.
 */
function wordIssues(
  issues: Issue[],
  path: readonly (string | number)[],
  grades: readonly string[],
  labels: Readonly<Record<string, string>>,
): void {
  const named = new Map<string, string>();
  for (const grade of grades) {
    for (const [word, at] of [
      [grade, ['grades', grades.indexOf(grade)]],
      [labels[grade] as string, ['labels', grade]],
    ] as const) {
      const plain = plainWord(word);
      const other = RESERVED.includes(plain) ? 'not-judged' : named.get(plain);
      if (other !== undefined && other !== grade) {
        const found = `"${shorten(word)}"`;
        issues.push(
          issue(
            [...path, ...at],
            'duplicate-id',
            `${found} names ${other} as well as ${grade}, in a sheet's words (any case): give each grade an id and a label of its own.`,
            { field: at.join('.'), found, rule: 'same-word' },
          ),
        );
      }
      named.set(plain, other ?? grade);
    }
  }
}
