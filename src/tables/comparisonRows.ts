import { type Compared, readComparison } from '../outcomes/comparisonRead.js';
import type { NeighbourComparison } from '../outcomes/neighbours.js';
import { areaCells, type Cells, frameworkWords, frozenRows, gradeWords, OUTCOME_HEADERS } from './rowText.js';

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
  ...OUTCOME_HEADERS,
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

function cellsOf(row: Compared): Cells {
  const { framework } = row;
  return [
    row.rank === 0 ? '' : String(row.rank),
    row.name,
    row.code ?? '',
    row.published ?? '',
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
  return frozenRows(COMPARISON_HEADERS, readComparison('comparisonRows', comparison).rows.map(cellsOf));
}
