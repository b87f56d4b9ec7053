import { dateFieldProblem, type Path, placeAt, textFieldProblem } from '../check/fields.js';
import { refusal } from '../check/options.js';
import { describeValue, isRecord } from '../check/values.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { isJudgement } from '../judgement/judgement.js';
import type { NeighbourComparison } from '../outcomes/neighbours.js';
import { type Issue, issue } from '../result/result.js';
import {
  areaCells,
  areaIdsOf,
  type Cells,
  frameworkExpected,
  frameworkWords,
  frozenRows,
  gradeWords,
  isAreaGrade,
  isFrameworkId,
  named,
  readOnce,
  text,
} from './rowText.js';

/**
 * The headers of {@link comparisonRows}' rows, in order: pick from them to print fewer
 * columns. The four area columns hold what each framework judged there (see `AREA_ROWS`):
 * "Children in care" is children looked after under the SIF, children in care and care
 * leavers (one judgement) under ILACS 2018, and children in care from 2023; "Care
 * leavers" is blank under ILACS 2018, which did not judge them apart. Frozen.
 *
 * @example
 * ```ts
 * import { COMPARISON_HEADERS } from 'ofsted-ilacs/tables';
 *
 * console.log(COMPARISON_HEADERS.join(' | '));
 * // 'Rank | Authority | ONS code | Latest inspection | Framework | Overall | Leaders | Help and protection | Children in care | Care leavers'
 * ```
 *
 * @category Writing tables
 */
export const COMPARISON_HEADERS = /* @__PURE__ */ Object.freeze([
  'Rank',
  'Authority',
  'ONS code',
  'Latest inspection',
  'Framework',
  'Overall',
  'Leaders',
  'Help and protection',
  'Children in care',
  'Care leavers',
] as const);

/**
 * One row of {@link comparisonRows}: text under each of `COMPARISON_HEADERS`.
 *
 * @example
 * ```ts
 * import { type ComparisonRow, comparisonRows } from 'ofsted-ilacs/tables';
 * import { compareWithNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const hull = compareWithNeighbours('Hull');
 * const first: ComparisonRow | undefined = hull.ok ? comparisonRows(hull.value)[0] : undefined;
 * console.log(first?.Authority, first?.Overall); // 'Kingston upon Hull' 'Requires improvement to be good'
 * ```
 *
 * @category Writing tables
 */
export type ComparisonRow = Readonly<Record<(typeof COMPARISON_HEADERS)[number], string>>;

/** What the rows read of one compared authority. */
interface Compared {
  readonly rank: number;
  readonly name: string;
  readonly code: string;
  readonly published: string;
  readonly framework: FrameworkId | undefined;
  readonly overall: unknown;
  readonly areas: ReadonlyMap<string, unknown>;
}

const FIX = 'pass the value of compareWithNeighbours (ofsted-ilacs/outcomes)';

/** Checks one compared authority of the copy, pushing issues at `path`. */
function comparedOf(issues: Issue[], value: unknown, path: Path, rank: number): Compared | undefined {
  if (!isRecord(value)) {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `${named(path)} must be a compared authority (rank, authority, latest, overall, areas), got ${describeValue(value)}: ${FIX}.`,
      ),
    );
    return undefined;
  }
  const before = issues.length;
  if (value.rank !== rank) {
    issues.push(
      issue(
        [...path, 'rank'],
        value.rank === undefined ? 'missing' : 'invalid-value',
        `${named(path)}.rank must be ${rank} (0 for the authority compared, then 1, 2, … for its neighbours, nearest first), got ${describeValue(value.rank)}: ${FIX}.`,
      ),
    );
  }
  const authority = value.authority;
  if (!isRecord(authority)) {
    issues.push(
      issue(
        [...path, 'authority'],
        authority === undefined ? 'missing' : 'invalid-type',
        `${named(path)}.authority must be an authority with a name, got ${describeValue(authority)}: ${FIX}.`,
      ),
    );
  } else {
    placeAt(issues, [...path, 'authority'], 'name', textFieldProblem(authority.name, `${named(path)}.authority.name`));
    if (authority.code !== undefined) {
      placeAt(
        issues,
        [...path, 'authority'],
        'code',
        textFieldProblem(authority.code, `${named(path)}.authority.code`),
      );
    }
  }
  let framework: FrameworkId | undefined;
  let published: unknown;
  const latest = value.latest;
  if (latest !== undefined) {
    if (!isRecord(latest)) {
      issues.push(
        issue(
          [...path, 'latest'],
          'invalid-type',
          `${named(path)}.latest must be an inspection record, or absent where the authority has none, got ${describeValue(latest)}: ${FIX}.`,
        ),
      );
    } else {
      published = latest.published;
      if (published !== undefined) {
        placeAt(
          issues,
          [...path, 'latest'],
          'published',
          dateFieldProblem(published, `${named(path)}.latest.published`),
        );
      }
      const id = isRecord(latest.outcome) ? latest.outcome.framework : undefined;
      if (isFrameworkId(id)) framework = id;
      else
        issues.push(
          issue([...path, 'latest', 'outcome', 'framework'], 'unknown-framework', `${frameworkExpected(id)}.`),
        );
    }
  }
  const overall = value.overall;
  if (overall !== undefined && (!isJudgement(overall) || latest === undefined)) {
    issues.push(
      issue(
        [...path, 'overall'],
        'invalid-value',
        latest === undefined
          ? `${named(path)}.overall is ${describeValue(overall)}, but the authority has no latest inspection to award it: ${FIX}.`
          : `${named(path)}.overall must be outstanding, good, requires-improvement or inadequate, or absent, got ${describeValue(overall)}.`,
      ),
    );
  }
  const areas = new Map<string, unknown>();
  if (!isRecord(value.areas)) {
    issues.push(
      issue(
        [...path, 'areas'],
        value.areas === undefined ? 'missing' : 'invalid-type',
        `${named(path)}.areas must be an object of grades by area id (empty where there is no inspection), got ${describeValue(value.areas)}: ${FIX}.`,
      ),
    );
  } else {
    const known = framework === undefined ? [] : areaIdsOf(framework);
    for (const [area, grade] of Object.entries(value.areas)) {
      if (framework === undefined && latest === undefined) {
        issues.push(
          issue(
            [...path, 'areas', area],
            'invalid-value',
            `${named(path)}.areas.${area.slice(0, 60)} is graded, but the authority has no latest inspection: ${FIX}.`,
          ),
        );
      } else if (framework !== undefined && !known.includes(area)) {
        issues.push(
          issue(
            [...path, 'areas', area],
            'area-not-in-framework',
            `${named(path)}.areas.${area.slice(0, 60)} is not an area of ${framework}: its areas are ${known.join(', ')}.`,
          ),
        );
      } else if (!isAreaGrade(grade)) {
        issues.push(
          issue(
            [...path, 'areas', area],
            'invalid-value',
            `${named(path)}.areas.${area.slice(0, 60)} must be outstanding, good, requires-improvement, inadequate or not-judged, got ${describeValue(grade)}.`,
          ),
        );
      }
      areas.set(area, grade);
    }
  }
  if (issues.length > before) return undefined;
  const { name, code } = authority as Record<string, unknown>;
  return {
    rank,
    name: name as string,
    code: text(code),
    published: text(published),
    framework,
    overall,
    areas,
  };
}

/** Checks the copy of a comparison: the authority, then its neighbours in rank order. */
function comparisonOf(copy: unknown): Compared[] {
  const issues: Issue[] = [];
  const rows: Compared[] = [];
  if (!isRecord(copy)) {
    issues.push(
      issue(
        ['comparison'],
        copy === undefined ? 'missing' : 'invalid-type',
        `comparison must be a comparison with an authority and its neighbours, got ${describeValue(copy)}: ${FIX}.`,
      ),
    );
  } else {
    const own = comparedOf(issues, copy.authority, ['comparison', 'authority'], 0);
    if (own !== undefined) rows.push(own);
    const neighbours = copy.neighbours;
    if (!Array.isArray(neighbours)) {
      issues.push(
        issue(
          ['comparison', 'neighbours'],
          neighbours === undefined ? 'missing' : 'invalid-type',
          `comparison.neighbours must be a list of compared authorities, nearest first, got ${describeValue(neighbours)}: ${FIX}.`,
        ),
      );
    } else {
      neighbours.forEach((neighbour, index) => {
        const row = comparedOf(issues, neighbour, ['comparison', 'neighbours', index], index + 1);
        if (row !== undefined) rows.push(row);
      });
    }
  }
  if (issues.length > 0) throw refusal('invalid-argument', 'comparisonRows', issues);
  return rows;
}

function cellsOf(row: Compared): Cells {
  const { framework } = row;
  return [
    row.rank === 0 ? '' : String(row.rank),
    row.name,
    row.code,
    row.published,
    framework === undefined ? '' : frameworkWords(framework),
    framework === undefined ? '' : gradeWords(row.overall, framework),
    ...areaCells(framework, row.areas),
  ];
}

/**
 * An authority beside its statistical neighbours as plain rows a board paper prints:
 * objects of header (`COMPARISON_HEADERS`) to text, the authority first (its Rank blank),
 * then its neighbours nearest first (Rank 1 to 10). Each row gives the authority's name
 * and ONS code, the day its latest graded inspection was published (`YYYY-MM-DD`), the
 * framework ("SIF", "ILACS 2018"), and its grades in Ofsted's printed words for that
 * framework ("Requires improvement to be good" under ILACS, "Requires improvement" under
 * the SIF, "Not judged"): overall effectiveness, and each area in a column by what it
 * holds (`AREA_ROWS`). A cell with nothing to say is blank (`''`): an authority with no
 * inspection yet, an area its framework did not judge apart.
 *
 * The rows are data only: print the comparison's `asOf` and `sources` beside the table,
 * so a reader knows how fresh it is. Write them as CSV with any CSV writer (csv-stringify:
 * `stringify(rows, { header: true })`).
 *
 * Reads `comparison` once, into a copy of its own, and never changes or freezes it; the
 * rows and their list are frozen. Throws `OfstedIlacsError` (`invalid-argument`), naming
 * each field at fault and the fix, for a value that is not a comparison
 * (`compareWithNeighbours`' value): one that cannot be read, ranks out of order, a grade
 * or area its framework does not have.
 *
 * @example
 * ```ts
 * import { comparisonRows } from 'ofsted-ilacs/tables';
 * import { compareWithNeighbours } from 'ofsted-ilacs/outcomes';
 *
 * const hull = compareWithNeighbours('Hull');
 * if (hull.ok) {
 *   const rows = comparisonRows(hull.value);
 *   console.log(rows[1]); // { Rank: '1', Authority: 'Sandwell', 'ONS code': 'E08000028', 'Latest inspection': '2022-07-05', ... }
 *   console.log(`As at ${hull.value.asOf}. Sources: ${hull.value.sources.join('; ')}`);
 * }
 * ```
 *
 * @category Writing tables
 */
export function comparisonRows(comparison: NeighbourComparison): readonly ComparisonRow[] {
  const copy = readOnce('comparisonRows', 'comparison', comparison, 'invalid-argument');
  return frozenRows(COMPARISON_HEADERS, comparisonOf(copy).map(cellsOf));
}
