import { listOr } from '../check/fields.js';
import { definedFrameworkOf } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { plainWord } from '../defined/defineScale.js';
import { AREA_ROWS } from '../framework/areaRows.js';
import type { Framework } from '../framework/framework.js';
import { FRAMEWORK_IDS, FRAMEWORKS, type FrameworkId, isFrameworkId } from '../framework/frameworks.js';
import { type Issue, type IssueCode, type IssueParams, issue, shorten } from '../result/result.js';

/**
 * The framework a caller's column map fixes for every row (`columns.framework`): a
 * built-in one, read as the dates would read it; or one of the caller's `frameworks`,
 * read by its own areas (`columns.areas`) on its own scale, each grade cell looked up in
 * `words`.
 *
 * @internal
 */
export type FixedFramework =
  | { readonly kind: 'built-in'; readonly framework: Framework }
  | {
      readonly kind: 'defined';
      readonly framework: DefinedFramework;
      /** The caller's frameworks (the options' copy), whose behaviour checks an outcome. */
      readonly frameworks: readonly DefinedFramework[];
      /** Each area's column, by area id. */
      readonly areas: Readonly<Record<string, string>>;
      /** What a grade cell may say, written plainly (see {@link plainWord}), to the grade it names. */
      readonly words: ReadonlyMap<string, string>;
    };

/** The grade columns of a column map, which read the built-in frameworks' areas. */
const GRADE_KEYS = /* @__PURE__ */ AREA_ROWS.map((row) => row.key);

/** A cell's text as the grade words are kept: the scale's own rule (see `defineScale`). @internal */
export { plainWord };

/**
 * What a grade cell under a framework you define may say: each grade's id and label
 * (any case), and not-judged. A word two grades share (two labels alike) names neither.
 */
function gradeWords(framework: DefinedFramework): ReadonlyMap<string, string> {
  const words = new Map<string, string | null>();
  const add = (word: string, grade: string) => {
    const key = plainWord(word);
    const had = words.get(key);
    words.set(key, had === undefined || had === grade ? grade : null);
  };
  const { grades, labels } = framework.scale;
  for (const grade of grades) add(grade, grade);
  for (const grade of grades) add(labels[grade] as string, grade);
  add('not-judged', 'not-judged');
  add('not judged', 'not-judged');
  const known = new Map<string, string>();
  for (const [word, grade] of words) if (grade !== null) known.set(word, grade);
  return known;
}

/** Pushes an issue at `options.columns.<path>`. */
function at(issues: Issue[], path: readonly string[], code: IssueCode, message: string, params: IssueParams): void {
  issues.push(issue(['options', 'columns', ...path], code, message, params));
}

/** The framework `columns.framework` names, among the built-in ones and the caller's; an issue where it names neither. */
function namedFramework(
  issues: Issue[],
  id: string,
  frameworks: readonly DefinedFramework[] | undefined,
): Framework | DefinedFramework | undefined {
  if (isFrameworkId(id)) return FRAMEWORKS[id];
  const defined = definedFrameworkOf(frameworks, id);
  if (defined !== undefined) return defined;
  const allowed = [...FRAMEWORK_IDS, ...(frameworks ?? []).map((framework) => framework.id)];
  at(
    issues,
    ['framework'],
    'unknown-framework',
    `columns.framework is "${shorten(id)}", neither a built-in framework nor one in options.frameworks: use ${listOr(allowed)}, or pass your framework (made by defineFramework) in options.frameworks.`,
    { field: 'columns.framework', found: `"${shorten(id)}"`, allowed },
  );
  return undefined;
}

/** Refuses each area `areas` names that the framework lacks, and each required area it leaves without a column. */
function areaKeyIssues(
  issues: Issue[],
  framework: Framework | DefinedFramework,
  areas: Readonly<Record<string, string>>,
): void {
  const ids = framework.areas.map((area) => area.id);
  for (const key of Object.keys(areas)) {
    if (ids.includes(key)) continue;
    at(
      issues,
      ['areas', key],
      'area-not-in-framework',
      `columns.areas names "${shorten(key)}", which is not an area of ${framework.id}: its areas are ${ids.join(', ')}.`,
      { field: 'columns.areas', found: `"${shorten(key)}"`, allowed: ids },
    );
  }
  for (const area of framework.areas) {
    if (!area.required || Object.hasOwn(areas, area.id)) continue;
    at(
      issues,
      ['areas', area.id],
      'missing-area',
      `columns.areas has no column for ${area.id}, which ${framework.id} requires: map ${area.id} to the column that holds its grade.`,
      { field: `columns.areas.${area.id}`, allowed: ids, rule: 'required-area' },
    );
  }
}

/** Refuses the built-in grade columns beside `areas`, or under a framework read by its own areas. */
function gradeColumnIssues(
  issues: Issue[],
  columns: Readonly<Record<string, unknown>>,
  framework: Framework | DefinedFramework,
): void {
  const builtIn = isFrameworkId(framework.id);
  for (const key of GRADE_KEYS) {
    if (columns[key] === undefined) continue;
    at(
      issues,
      [key],
      'invalid-value',
      builtIn
        ? `columns.${key} and columns.areas both map grade columns: use one or the other (areas keyed by ${framework.id}'s area ids, or the grade columns).`
        : `columns.${key} is a grade column of the built-in frameworks, but ${framework.id} is read by its own areas: map its column in columns.areas, under the id of the area it holds.`,
      { field: `columns.${key}`, rule: builtIn ? 'areas-and-grade-columns' : 'grade-column-under-defined' },
    );
  }
}

/**
 * A built-in framework's `areas` as the grade columns that read them; refuses an area no
 * grade column holds (the SIF's adoption and LSCB sub-judgements are not read from tables).
 */
function builtInColumns(
  issues: Issue[],
  columns: Readonly<Record<string, unknown>>,
  framework: Framework,
  areas: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const { framework: _id, areas: _areas, ...rest } = columns;
  const mapped: Record<string, unknown> = rest;
  const id = framework.id as FrameworkId;
  for (const area of Object.keys(areas)) {
    const row = AREA_ROWS.find((candidate) => candidate.areas[id] === area);
    if (row !== undefined) mapped[row.key] = areas[area];
    else if (framework.areas.some((known) => known.id === area)) {
      const readable = AREA_ROWS.flatMap((candidate) => candidate.areas[id] ?? []);
      at(
        issues,
        ['areas', area],
        'invalid-value',
        `columns.areas names ${area}, an area of ${framework.id} that tables are not read for (they read ${readable.join(', ')}): leave it out.`,
        { field: `columns.areas.${area}`, allowed: readable, rule: 'not-read-from-tables' },
      );
    }
  }
  return mapped;
}

/**
 * The framework a caller's checked column map fixes, if it names one, with the map to read
 * the rows by (for a built-in framework, its `areas` as grade columns). Pushes an issue
 * for each piece of nonsense: `areas` without `framework`, a framework neither built-in nor
 * the caller's, an area the framework lacks, a required area without a column, grade
 * columns mixed with `areas`, a framework of yours without `areas`.
 *
 * @internal
 */
export function fixedFrameworkOf(
  issues: Issue[],
  columns: Readonly<Record<string, unknown>>,
  frameworks: readonly DefinedFramework[] | undefined,
): { read: Readonly<Record<string, unknown>>; fixed?: FixedFramework } {
  const areas = columns.areas as Readonly<Record<string, string>> | undefined;
  if (columns.framework === undefined) {
    if (areas !== undefined) {
      at(
        issues,
        ['framework'],
        'missing',
        "columns.areas is keyed by a framework's area ids, but columns.framework is missing: name the framework every row was inspected under (a built-in id such as 'ilacs-2023', or the id of one in options.frameworks).",
        { field: 'columns.framework', rule: 'areas-need-framework' },
      );
    }
    return { read: columns };
  }
  const framework = namedFramework(issues, columns.framework as string, frameworks);
  if (framework === undefined) return { read: columns };
  const builtIn = 'family' in framework;
  if (areas !== undefined) areaKeyIssues(issues, framework, areas);
  if (areas !== undefined || !builtIn) gradeColumnIssues(issues, columns, framework);
  if (builtIn) {
    const read = areas === undefined ? columns : builtInColumns(issues, columns, framework, areas);
    return { read, fixed: { kind: 'built-in', framework } };
  }
  if (areas === undefined) {
    const first = framework.areas[0]?.id;
    at(
      issues,
      ['areas'],
      'missing',
      `columns.areas is missing: ${framework.id} is read by its own areas, so map each to its column's header, such as areas: { ${first}: '…' }.`,
      { field: 'columns.areas', allowed: framework.areas.map((area) => area.id), rule: 'areas-needed' },
    );
    return { read: columns };
  }
  const given = frameworks as readonly DefinedFramework[];
  return {
    read: columns,
    fixed: { kind: 'defined', framework, frameworks: given, areas, words: gradeWords(framework) },
  };
}
