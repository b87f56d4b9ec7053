import type { CalendarDate } from '../calendar/calendarDate.js';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import type { InspectionRecord } from '../outcomes/inspectionRecord.js';
import type { Result } from '../result/result.js';
import { checkHeaders } from './columnMap.js';
import type { InspectionColumns, TablePreset } from './columns.js';
import type { TableReading } from './rowReader.js';
import { type RowRecord, readRow } from './rowRecord.js';
import { rowSnapshot, rowsListOf } from './rowsList.js';
import { readRowsOptions } from './rowsOptions.js';

/**
 * Options of {@link readInspectionRows}.
 *
 * @example
 * ```ts
 * import type { ReadRowsOptions } from 'ofsted-ilacs/tables';
 *
 * const options: ReadRowsOptions = { columns: 'ofsted-ilacs-outcomes' };
 * console.log(options.columns); // 'ofsted-ilacs-outcomes'
 * const fixed: ReadRowsOptions = {
 *   columns: { authority: 'Council', start: 'First day', framework: 'ilacs-2023', areas: { leaders: 'Leaders', helpAndProtection: 'Help', childrenInCare: 'In care', careLeavers: 'Leavers' } },
 * };
 * console.log(typeof fixed.columns === 'object' && fixed.columns.framework); // 'ilacs-2023'
 * ```
 *
 * @category Reading tables
 */
export interface ReadRowsOptions<F extends DefinedFramework = DefinedFramework> {
  /**
   * A preset's name (see `TablePreset`), or a column map of your own. A map may fix the
   * framework of every row (`framework`) and map its areas' columns (`areas`); that is how
   * a sheet graded under a framework of yours is read.
   */
  readonly columns: TablePreset | InspectionColumns;
  /**
   * Where the rows come from, for each record's `source`: a name (default: the preset's
   * source, or "the caller's table") and the date the table is complete to, where known
   * (without it, a table is taken to be complete to its newest publication).
   */
  readonly source?: { readonly name: string; readonly asAt?: CalendarDate };
  /**
   * Frameworks of your own, made by `defineFramework`, that `columns.framework` may name.
   * No global registry: a framework is known here only when passed here.
   */
  readonly frameworks?: readonly F[];
}

/**
 * Reads the rows of a table of inspections (objects of header to text, as any CSV or
 * spreadsheet reader gives them) into inspection records, the shape every function of
 * `ofsted-ilacs/outcomes` takes: one `Result` per row, in order, never throwing on what
 * the rows hold. Each row is read once, into the reader's own copy. Its framework follows
 * from its first day on site and its kind; where the first day is blank, from its
 * publication, if that leaves only one framework possible. Its grade columns go to that
 * framework's areas (the in-care column to children looked after, children in care and
 * care leavers, or children in care). Its dates follow the timeline's rule, so a record
 * read is one `authorityHistory` accepts.
 *
 * A row is refused, not guessed at, when a value is in the wrong column, a date is
 * impossible or out of order (published during the visit), a grade is unreadable or a
 * needed one is blank, a SIF-era report is labelled standard or short, or the inspection
 * predates every framework here (reports go back to 2012; SIF began in November 2013);
 * each issue's path is `[rowIndex, columnName]`, and its message says what was found and
 * what was expected. A row that reads with something left unknown carries `warnings` in
 * the same shape: a first day read from the publication, a kind the reader does not know
 * (a scraper's note) where the dates decide the framework, an authority name that matches
 * no authority in Ofsted's data (kept as written).
 *
 * With `columns.framework` the column map fixes the framework of every row, and the
 * dates no longer choose it: a row whose first day on site is blank, or falls outside the
 * framework's `inForce`, is refused (`missing`, `framework-not-in-force`). A framework of
 * yours (passed in `frameworks`) is read by its own areas: `columns.areas` maps each area
 * id to its column (every required area needs one). A grade cell holds a grade of its
 * scale, by id or by label in any case, or `not-judged`; a blank cell is an area not
 * graded, refused for a required area (`missing-area`); anything else is refused
 * (`unrecognised-judgement`) naming the grades. `columns.overall` is read as the awarded
 * grade where the framework awards one; where it awards none, a value there is refused
 * (`no-overall-in-framework`). The outcome is then a `DefinedOutcome`, checked by your
 * framework's own rules. A built-in framework's areas can be mapped the same way
 * (`framework: 'ilacs-2023', areas: { leaders: '…', … }`). Records under a framework of
 * yours are frozen; pass the same `frameworks` to `mergeInspections`, `officialHistory`
 * and `authorityHistory` to merge them with Ofsted's record and build a history from
 * them (the national figures, about Ofsted's grades, refuse them).
 *
 * Throws `OfstedIlacsError`: `invalid-argument` when `rows` is not a list or cannot be
 * read; `invalid-option` for a column map that is not one or names a header no row has,
 * for `areas` without `framework`, for a `framework` neither built-in nor in `frameworks`,
 * for `areas` naming an area the framework lacks or leaving out a required one, and for
 * `frameworks` not made by `defineFramework`.
 *
 * @example
 * ```ts
 * import { readInspectionRows } from 'ofsted-ilacs/tables';
 *
 * const header = 'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version'.split(',');
 * const lines = [
 *   "80477,kingston upon hull,https://files.ofsted.gov.uk/v1/file/50204403,children's services inspection - 13 january 2023.pdf,13/01/23,standard,Louise Hollick,14/11/2022,25/11/2022,requires improvement,requires improvement,requires improvement,good,inspection_pre_dates_judgement,1",
 *   "80477,kingston upon hull,https://files.ofsted.gov.uk/v1/file/50000289,single inspection of la children's services as pdf - 10 february 2015.pdf,10/02/15,,,,,,data_unreadable,data_unreadable,data_unreadable,data_unreadable,1",
 * ];
 * const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [header[i], cell])));
 * for (const read of readInspectionRows(rows, { columns: 'd2i-ilacs-scrape' })) {
 *   if (read.ok) console.log(read.value.outcome.framework, read.value.published); // 'ilacs-2018' '2023-01-13'
 *   else console.log(read.issues.map((found) => found.path.join(' ')));
 * }
 * ```
 *
 * @example
 * ```ts
 * // A council's sheet graded under its own five-point framework.
 * import { defineFramework, defineScale } from 'ofsted-ilacs';
 * import { readInspectionRows } from 'ofsted-ilacs/tables';
 *
 * const fivePoint = defineScale({
 *   id: 'five-point',
 *   grades: ['exceptional', 'strong', 'expected', 'needs-attention', 'urgent-improvement'],
 *   labels: { exceptional: 'Exceptional', strong: 'Strong', expected: 'Expected standard', 'needs-attention': 'Needs attention', 'urgent-improvement': 'Urgent improvement' },
 * });
 * const review = defineFramework({
 *   id: 'council-review',
 *   title: 'Council practice review',
 *   scale: fivePoint,
 *   inForce: { from: '2025-04-01' },
 *   areas: [
 *     { id: 'safety', title: 'Keeping children safe', role: 'practice' },
 *     { id: 'leadership', title: 'Leadership', role: 'leadership' },
 *     { id: 'careLeavers', title: 'Care leavers', role: 'practice', required: false },
 *   ],
 *   overall: { awarded: true },
 * });
 * const [hull, york] = readInspectionRows(
 *   [
 *     { Council: 'Hull', 'First day': '2025-06-02', Safety: 'Strong', Leadership: 'expected standard', 'Care leavers': '', Overall: 'strong' },
 *     { Council: 'York', 'First day': '2025-07-07', Safety: 'Good', Leadership: 'strong', 'Care leavers': 'exceptional', Overall: '' },
 *   ],
 *   {
 *     columns: {
 *       authority: 'Council', start: 'First day', overall: 'Overall', framework: 'council-review',
 *       areas: { safety: 'Safety', leadership: 'Leadership', careLeavers: 'Care leavers' },
 *     },
 *     frameworks: [review],
 *   },
 * );
 * console.log(hull?.ok && hull.value.outcome); // { framework: 'council-review', judgements: { safety: 'strong', leadership: 'expected' }, awardedOverall: 'strong' }
 * console.log(york?.ok === false && york.issues.map((found) => [found.path, found.code])); // [[[1, 'Safety'], 'unrecognised-judgement']]
 * ```
 *
 * @category Reading tables
 */
export function readInspectionRows<const F extends DefinedFramework>(
  rows: readonly unknown[],
  options: ReadRowsOptions<F> & { readonly frameworks: readonly F[] },
): readonly Result<InspectionRecord<InspectionOutcome | DefinedOutcome<F>>>[];
export function readInspectionRows(
  rows: readonly unknown[],
  options: ReadRowsOptions,
): readonly Result<InspectionRecord>[];
export function readInspectionRows(rows: readonly unknown[], options: ReadRowsOptions): readonly Result<RowRecord>[] {
  const list = rowsListOf(rows);
  const { format, fixed, headers, source } = readRowsOptions(options);
  const copies = list.map(rowSnapshot);
  checkHeaders({ format, headers }, copies);
  const table: TableReading = {
    format,
    ...(fixed !== undefined && { fixed }),
    source,
    authorities: new Map(),
    readings: new Map(),
  };
  return copies.map((row, index) => readRow(row, index, table));
}
