import { listAnd } from '../check/fields.js';
import type { DefinedFramework, DefinedOverall } from '../defined/definedFramework.js';
import { medianAreaIds } from '../defined/overallRules.js';

/** An area's title in a caller's framework, or its id where the framework has no such area. */
function titleOf(framework: DefinedFramework, id: string): string {
  return framework.areas.find((area) => area.id === id)?.title ?? id;
}

/** A grade's label on a caller's scale, or the grade where the scale has no such grade. */
function labelOf(framework: DefinedFramework, grade: string): string {
  return Object.hasOwn(framework.scale.labels, grade) ? (framework.scale.labels[grade] as string) : grade;
}

/** "The front door is graded Weak", "Leadership and The front door are graded Weak". */
function gradedAt(framework: DefinedFramework, ids: readonly string[], grade: string): string {
  const verb = ids.length === 1 ? 'is' : 'are';
  return `${listAnd(ids.map((id) => titleOf(framework, id)))} ${verb} graded ${labelOf(framework, grade)}`;
}

/** "Leadership is graded Weak and Voice is graded Urgent improvement": each area with its own grade. */
function eachGraded(framework: DefinedFramework, grades: Readonly<Record<string, string | undefined>>): string {
  return listAnd(Object.keys(grades).map((id) => gradedAt(framework, [id], grades[id] as string)));
}

/**
 * The library's words for a result derived under a caller's framework, one function a
 * rule, by the framework's title, its areas' titles and its scale's labels (where
 * `explain` is given the framework; without it, {@link OVERALL_WORDS} words by ids).
 *
 * @internal
 */
export const DEFINED_OVERALL_WORDS: {
  readonly [R in DefinedOverall['rule']]: (
    derived: DefinedOverall & { rule: R },
    framework: DefinedFramework,
  ) => string;
} = {
  'limiting-rule': (derived, framework) =>
    `Limited to ${labelOf(framework, derived.grade)}: ${gradedAt(framework, derived.decidingAreas, derived.grade)}, and the limiting rule of ${framework.title} counts ${derived.decidingAreas.length === 1 ? 'it' : 'them'}.`,
  'median-of-areas': (derived, framework) => {
    const grades = derived.grades as Readonly<Record<string, string>>;
    const listed = medianAreaIds(framework, Object.keys(grades)).map(
      (id) => `${titleOf(framework, id)} (${labelOf(framework, grades[id] as string)})`,
    );
    const [better, worse] = derived.between;
    const leaders = derived.tieBreak === 'leaders' ? grades.leaders : undefined;
    const towards =
      leaders !== undefined
        ? `the grade of ${titleOf(framework, 'leaders')}, ${labelOf(framework, leaders)}`
        : `the ${derived.grade === better ? 'better' : 'worse'}`;
    const tie = derived.tie
      ? ` (a tie between ${labelOf(framework, better)} and ${labelOf(framework, worse)}, broken towards ${towards})`
      : '';
    return `Indicative ${labelOf(framework, derived.grade)}, not the inspectors' judgement: no area limits overall, and the median of ${listAnd(listed)} is ${labelOf(framework, derived.grade)}${tie}.`;
  },
  'no-overall-in-framework': (_, framework) =>
    `${framework.title} awards no overall grade; read the area judgements instead.`,
  'no-area-graded': (_, framework) =>
    `No area ${framework.overall.indicativeRoles === undefined ? 'was graded' : 'the median reads was graded'} under ${framework.title}, so no overall grade can be derived.`,
  'no-indicative-rule': (_, framework) =>
    `No area limits overall, and ${framework.title} gives no indicative grade: overall is the inspectors' judgement.`,
};

/** What each word of {@link DEFINED_CHECK_WORDS} is given. @internal */
export interface DefinedCheckParams {
  readonly framework: DefinedFramework;
  readonly derived: DefinedOverall;
  /** The grade awarded, where one was. */
  readonly awarded?: string;
  /** The areas concerned: those that limit, or those graded low enough to limit that the rule does not count. */
  readonly areas: readonly string[];
}

/**
 * The codes of what checking an awarded grade under a caller's framework can find: one
 * situation each, worded by {@link DEFINED_CHECK_WORDS}. @internal
 */
export type DefinedCheckCode =
  | 'limit-applied'
  | 'limit-not-applied'
  | 'awarded-without-limiting-area'
  | 'matches-indicative'
  | 'differs-from-indicative'
  | 'no-indicative-grade'
  | 'not-awarded'
  | 'no-overall-in-framework'
  | 'no-area-graded'
  | 'nothing-to-check-against';

/**
 * The reasons `checkAwardedOverall` gives under a caller's framework, one function a
 * code, by the framework's title, its areas' titles and its scale's labels.
 *
 * @internal
 */
export const DEFINED_CHECK_WORDS: { readonly [C in DefinedCheckCode]: (params: DefinedCheckParams) => string } = {
  'limit-applied': ({ framework, derived, awarded = '', areas }) =>
    `Consistent: ${labelOf(framework, awarded)} was awarded, as the limiting rule of ${framework.title} requires: ${gradedAt(framework, areas, derived.grade as string)}.`,
  'limit-not-applied': ({ framework, derived, awarded = '', areas }) =>
    `Departure from the limiting rule of ${framework.title}: ${gradedAt(framework, areas, derived.grade as string)}, but ${labelOf(framework, awarded)} was awarded.`,
  'awarded-without-limiting-area': ({ framework, derived, awarded = '', areas }) => {
    const grades = derived.grades as Readonly<Record<string, string>>;
    const uncounted = Object.fromEntries(areas.map((id) => [id, grades[id]]));
    const note = areas.length > 0 ? ` (${eachGraded(framework, uncounted)}, which the rule does not count)` : '';
    return `Departure from the limiting rule of ${framework.title}: ${labelOf(framework, awarded)} was awarded, but no area the rule counts is graded ${labelOf(framework, awarded)}${note}.`;
  },
  'matches-indicative': ({ framework, awarded = '' }) =>
    `Consistent: no area limits overall, and the awarded ${labelOf(framework, awarded)} equals the indicative median.`,
  'differs-from-indicative': ({ framework, derived, awarded = '' }) =>
    `Consistent: no area limits overall; the awarded ${labelOf(framework, awarded)} differs from the indicative ${labelOf(framework, derived.grade as string)}, the inspectors' judgement rather than a departure.`,
  'no-indicative-grade': ({ framework, awarded = '' }) =>
    `Consistent: no area limits overall, and ${framework.title} gives no indicative grade, so the awarded ${labelOf(framework, awarded)} is the inspectors' judgement.`,
  'not-awarded': () => 'No awarded overall grade is recorded, so there is nothing to check.',
  'no-overall-in-framework': ({ framework, derived }) =>
    DEFINED_OVERALL_WORDS['no-overall-in-framework'](
      derived as DefinedOverall & { rule: 'no-overall-in-framework' },
      framework,
    ),
  'no-area-graded': ({ framework, awarded = '' }) =>
    `${labelOf(framework, awarded)} was awarded, but no area ${framework.overall.indicativeRoles === undefined ? 'is graded' : 'the median reads is graded'}, so there is nothing to check it against.`,
  'nothing-to-check-against': ({ framework, awarded = '' }) =>
    `${labelOf(framework, awarded)} was awarded, but ${framework.title} has no limiting rule and gives no indicative grade, so there is nothing to check it against.`,
};
