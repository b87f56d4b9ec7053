import { listAt, oneOfProblem, type Path, place } from '../check/fields.js';
import { describeValue } from '../check/values.js';
import type { FrameworkSource } from '../framework/framework.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { type Issue, issue } from '../result/result.js';

/**
 * The id of an outcome or an enabler of the DfE's Children's Social Care National
 * Framework, as a finding carries it in `tags`: the four outcomes, then the three enablers.
 *
 * @example
 * ```ts
 * import { NATIONAL_FRAMEWORK_TAGS, type NationalFrameworkTag } from 'ofsted-ilacs';
 *
 * const tag: NationalFrameworkTag = 'enabler-2-leaders';
 * console.log(NATIONAL_FRAMEWORK_TAGS.includes(tag)); // true
 * ```
 *
 * @category Improvement plans
 */
export type NationalFrameworkTag = (typeof NATIONAL_FRAMEWORK_TAGS)[number];

/**
 * Every {@link NationalFrameworkTag}, in the framework's order: outcomes 1 to 4, then
 * enablers 1 to 3. Stable ids: the words are in {@link NATIONAL_FRAMEWORK}. Frozen.
 *
 * @example
 * ```ts
 * import { NATIONAL_FRAMEWORK_TAGS } from 'ofsted-ilacs';
 *
 * console.log(NATIONAL_FRAMEWORK_TAGS[0], NATIONAL_FRAMEWORK_TAGS.length); // 'outcome-1-family-help' 7
 * ```
 *
 * @category Improvement plans
 */
export const NATIONAL_FRAMEWORK_TAGS = /* @__PURE__ */ Object.freeze([
  'outcome-1-family-help',
  'outcome-2-family-network',
  'outcome-3-safety',
  'outcome-4-stable-homes',
  'enabler-1-multi-agency',
  'enabler-2-leaders',
  'enabler-3-workforce',
] as const);

/**
 * One outcome or enabler of the National Framework: its stable id, its kind and number,
 * a short label ("Outcome 1", "Enabler 2") and its title in the framework's words.
 *
 * @example
 * ```ts
 * import { NATIONAL_FRAMEWORK, type NationalFrameworkElement } from 'ofsted-ilacs';
 *
 * const first: NationalFrameworkElement = NATIONAL_FRAMEWORK.outcomes[0];
 * console.log(first.label, first.title);
 * // 'Outcome 1' 'Children, young people and families stay together and get the help they need'
 * ```
 *
 * @category Improvement plans
 */
export interface NationalFrameworkElement {
  readonly id: NationalFrameworkTag;
  readonly kind: 'outcome' | 'enabler';
  readonly number: number;
  readonly label: string;
  readonly title: string;
}

/**
 * The shape of {@link NATIONAL_FRAMEWORK}: the guidance's title, publisher and month of
 * publication, its outcomes and enablers, and the sources of each fact.
 *
 * @example
 * ```ts
 * import { NATIONAL_FRAMEWORK, type NationalFramework } from 'ofsted-ilacs';
 *
 * const framework: NationalFramework = NATIONAL_FRAMEWORK;
 * console.log(framework.published, framework.outcomes.length, framework.enablers.length); // '2023-12' 4 3
 * ```
 *
 * @category Improvement plans
 */
export interface NationalFramework {
  readonly title: string;
  readonly publisher: string;
  readonly status: string;
  /** The month the guidance was published, `YYYY-MM`. */
  readonly published: string;
  readonly outcomes: readonly NationalFrameworkElement[];
  readonly enablers: readonly NationalFrameworkElement[];
  readonly sources: readonly FrameworkSource[];
}

/**
 * The DfE's Children's Social Care National Framework (statutory guidance, December 2023)
 * as data: its four outcomes and three enablers, each with a stable id (a
 * {@link NationalFrameworkTag}), kind, number, label and title. Since January 2025
 * (Harrow's report onwards) Ofsted's ILACS reports tag each recommendation under "What
 * needs to improve" with the outcomes and enablers it concerns, and plans answering them
 * are organised the same way: a finding carries them in `tags`. Frozen.
 *
 * @example
 * ```ts
 * import { NATIONAL_FRAMEWORK } from 'ofsted-ilacs';
 *
 * for (const element of [...NATIONAL_FRAMEWORK.outcomes, ...NATIONAL_FRAMEWORK.enablers]) {
 *   console.log(element.id, element.label, element.title);
 * }
 * // 'outcome-1-family-help' 'Outcome 1' 'Children, young people and families stay together and get the help they need'
 * // …
 * // 'enabler-3-workforce' 'Enabler 3' 'The workforce is equipped and effective'
 * ```
 *
 * @category Improvement plans
 */
export const NATIONAL_FRAMEWORK = /* @__PURE__ */ deepFreeze({
  title: "Children's social care: national framework",
  publisher: 'Department for Education',
  status: 'statutory guidance',
  published: '2023-12',
  outcomes: [
    {
      id: 'outcome-1-family-help',
      kind: 'outcome',
      number: 1,
      label: 'Outcome 1',
      title: 'Children, young people and families stay together and get the help they need',
    },
    {
      id: 'outcome-2-family-network',
      kind: 'outcome',
      number: 2,
      label: 'Outcome 2',
      title: 'Children and young people are supported by their family network',
    },
    {
      id: 'outcome-3-safety',
      kind: 'outcome',
      number: 3,
      label: 'Outcome 3',
      title: 'Children and young people are safe in and outside of their homes',
    },
    {
      id: 'outcome-4-stable-homes',
      kind: 'outcome',
      number: 4,
      label: 'Outcome 4',
      title: 'Children in care and care leavers have stable, loving homes',
    },
  ],
  enablers: [
    {
      id: 'enabler-1-multi-agency',
      kind: 'enabler',
      number: 1,
      label: 'Enabler 1',
      title: 'Multi-agency working is prioritised and effective',
    },
    {
      id: 'enabler-2-leaders',
      kind: 'enabler',
      number: 2,
      label: 'Enabler 2',
      title: 'Leaders drive conditions for effective practice',
    },
    {
      id: 'enabler-3-workforce',
      kind: 'enabler',
      number: 3,
      label: 'Enabler 3',
      title: 'The workforce is equipped and effective',
    },
  ],
  sources: [
    {
      fact: 'Four outcomes and three enablers, numbered and worded as here.',
      source:
        'Department for Education, "Children\'s social care: national framework", statutory guidance, December 2023',
      confirmed: true,
    },
    {
      fact: 'ILACS reports tag each recommendation under "What needs to improve" with the outcomes and enablers it concerns from January 2025 (Harrow\'s report onwards); reports of autumn 2024 have no tags.',
      source: 'ILACS report PDFs (Harrow 2025; reports of autumn 2024)',
      confirmed: true,
    },
  ],
} as const satisfies NationalFramework);

/**
 * Checks a finding's optional `tags` at `path.tags`: a plain list, without holes, of
 * {@link NationalFrameworkTag}s, each named once. @internal
 */
export function tagsIssues(issues: Issue[], value: unknown, path: Path): void {
  if (value === undefined) return;
  const at = [...path, 'tags'];
  const tags = listAt(issues, value, at, 'tags');
  if (tags === undefined) return;
  for (let index = 0; index < tags.length; index += 1) {
    if (!Object.hasOwn(tags, index)) {
      issues.push(
        issue([...at, index], 'missing', `tags has a hole at ${index}: give a National Framework id at every place.`, {
          field: 'tags',
          found: 'a hole',
          rule: 'hole',
        }),
      );
      return;
    }
    place(issues, [...at, index], oneOfProblem(tags[index], NATIONAL_FRAMEWORK_TAGS, `tags[${index}]`));
  }
  for (const found of repeatedTags(tags)) issues.push({ ...found, path: [...at, ...found.path] });
}

/** An issue, at its index, for each National Framework id a finding's tags name a second time. @internal */
export function repeatedTags(tags: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < tags.length; index += 1) {
    const tag = tags[index];
    if (typeof tag !== 'string') continue;
    if (seen.has(tag)) {
      issues.push(
        issue([index], 'duplicate-id', `tags names ${tag.slice(0, 60)} twice: list each outcome or enabler once.`, {
          field: 'tags',
          found: describeValue(tag),
        }),
      );
    }
    seen.add(tag);
  }
  return issues;
}
