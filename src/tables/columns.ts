import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * Which column of a table holds what, by the column's header. `authority` (a name) and
 * `start` (the first day on site, which decides the framework) are needed; the rest are
 * read when given. The grade columns are named by what they hold in every framework:
 * `inCare` is the framework's in-care area (children looked after under SIF, children in
 * care and care leavers under ILACS 2018, children in care from 2023), so one map reads
 * a table that spans frameworks. A sheet of one framework's inspections may fix it in
 * `framework` and map its areas by their ids in `areas` instead; that is how a sheet
 * graded under a framework of your own is read (see `readInspectionRows`).
 *
 * Dates may be written `YYYY-MM-DD` (a time of midnight may follow, as spreadsheets
 * export them), `DD/MM/YYYY` or `DD/MM/YY` (20YY), day first in every case.
 *
 * @example
 * ```ts
 * import { readInspectionRows, type InspectionColumns } from 'ofsted-ilacs/tables';
 *
 * const columns: InspectionColumns = {
 *   authority: 'Council', start: 'First day', kind: 'Type', overall: 'OE',
 *   leaders: 'Leaders', helpAndProtection: 'Help', inCare: 'In care', careLeavers: 'Leavers',
 * };
 * const [row] = readInspectionRows(
 *   [{ Council: 'Hull', 'First day': '14/11/2022', Type: 'Standard', OE: 'RI', Leaders: 'RI', Help: 'RI', 'In care': 'Good', Leavers: '' }],
 *   { columns },
 * );
 * console.log(row?.ok && row.value.outcome.framework); // 'ilacs-2018'
 * ```
 *
 * @category Reading tables
 */
export interface InspectionColumns {
  /** The authority's name. */
  readonly authority: string;
  /** Its ONS code. */
  readonly code?: string;
  /** Its DfE number. */
  readonly laNumber?: string;
  /** Ofsted's URN for its children's services. */
  readonly urn?: string;
  /** The inspection's kind: standard or short (Ofsted's "ILACS Standard Inspection" too); blank for SIF. */
  readonly kind?: string;
  /** The first day on site. */
  readonly start: string;
  /** The last day on site. */
  readonly end?: string;
  /** The day the report was published. */
  readonly published?: string;
  /** Overall effectiveness. */
  readonly overall?: string;
  readonly leaders?: string;
  readonly helpAndProtection?: string;
  /** The framework's in-care area (see above). */
  readonly inCare?: string;
  /** Care leavers: judged on its own from 2023 (and a sub-judgement under SIF). */
  readonly careLeavers?: string;
  /**
   * Not a header: the id of the framework every row was inspected under, a built-in one
   * (`'ilacs-2023'`) or one of yours passed in `frameworks`. With it the dates no longer
   * choose the framework; a row whose first day on site falls outside its `inForce` is
   * refused.
   */
  readonly framework?: string;
  /**
   * The grade columns by the framework's area ids (`{ safety: 'Keeping children safe' }`),
   * in place of `leaders`, `helpAndProtection`, `inCare` and `careLeavers`: needs
   * `framework`, and is how a framework of yours is read. Every required area needs a
   * column.
   */
  readonly areas?: { readonly [area: string]: string };
}

/**
 * The tables `readInspectionRows` knows by name:
 *
 * - `'ofsted-ilacs-outcomes'`: Ofsted's "ILACS inspection history" sheet of its local
 *   authority inspection outcomes, headers verbatim (the table starts on the sheet's third
 *   line).
 * - `'d2i-ilacs-scrape'`: the inspection history file of Data to Insight's ILACS scrape
 *   tool, read from Ofsted's report PDFs: lower-case grades, `dd/mm/yy` publication dates,
 *   and the tool's tokens (see `SECTOR_TOKENS`).
 *
 * @example
 * ```ts
 * import { TABLE_PRESETS, type TablePreset } from 'ofsted-ilacs/tables';
 *
 * const preset: TablePreset = 'd2i-ilacs-scrape';
 * console.log(TABLE_PRESETS[preset].columns.start); // 'inspection_start_date'
 * ```
 *
 * @category Reading tables
 */
export type TablePreset = 'ofsted-ilacs-outcomes' | 'd2i-ilacs-scrape';

/**
 * What a preset checks in a column it does not read, so that a row whose values have
 * moved to the wrong columns is refused rather than read: a web address, a PDF's file
 * name, a person's name, a version number.
 *
 * @example
 * ```ts
 * import { TABLE_PRESETS, type ColumnCheck } from 'ofsted-ilacs/tables';
 *
 * const check: ColumnCheck | undefined = TABLE_PRESETS['d2i-ilacs-scrape'].checks.inspection_link;
 * console.log(check); // 'web-address'
 * ```
 *
 * @category Reading tables
 */
export type ColumnCheck = 'web-address' | 'pdf-file' | 'person' | 'version';

/**
 * A preset: its column map, how its dates are written (for messages), and the checks of
 * the columns it does not read.
 *
 * @example
 * ```ts
 * import { TABLE_PRESETS, type TableFormat } from 'ofsted-ilacs/tables';
 *
 * const ofsted: TableFormat = TABLE_PRESETS['ofsted-ilacs-outcomes'];
 * console.log(ofsted.source);
 * ```
 *
 * @category Reading tables
 */
export interface TableFormat {
  readonly columns: InspectionColumns;
  /** How the table writes its dates, by column, to say what was expected. */
  readonly dateStyle: Readonly<Record<string, string>>;
  readonly checks: Readonly<Record<string, ColumnCheck>>;
  readonly source: string;
}

/**
 * The presets, as data: each one's column map, date styles, checks and source. Frozen.
 *
 * @example
 * ```ts
 * import { TABLE_PRESETS } from 'ofsted-ilacs/tables';
 *
 * console.log(Object.keys(TABLE_PRESETS)); // ['ofsted-ilacs-outcomes', 'd2i-ilacs-scrape']
 * console.log(TABLE_PRESETS['ofsted-ilacs-outcomes'].columns.inCare); // 'The experiences and progress of children in care'
 * ```
 *
 * @category Reading tables
 */
export const TABLE_PRESETS: Readonly<Record<TablePreset, TableFormat>> = /* @__PURE__ */ deepFreeze({
  'ofsted-ilacs-outcomes': {
    columns: {
      authority: 'Local authority name',
      code: 'Local authority area code',
      kind: 'Inspection type',
      start: 'Inspection date',
      published: 'Publication date',
      overall: 'Overall effectiveness',
      leaders: 'The impact of leaders on social work practice with children and families',
      helpAndProtection: 'The experiences and progress of children who need help and protection',
      inCare: 'The experiences and progress of children in care',
      careLeavers: 'The experiences and progress of care leavers',
    },
    dateStyle: {
      'Inspection date': 'YYYY-MM-DD (as the sheet exports it: 2019-02-18T00:00:00)',
      'Publication date': 'YYYY-MM-DD (as the sheet exports it: 2019-04-01T00:00:00)',
    },
    checks: {},
    source:
      'Ofsted, "Local authority inspection outcomes", sheet ILACS_inspection_history (the table starts on its third line)',
  },
  'd2i-ilacs-scrape': {
    columns: {
      authority: 'local_authority',
      urn: 'urn',
      kind: 'inspection_framework',
      start: 'inspection_start_date',
      end: 'inspection_end_date',
      published: 'publication_date',
      overall: 'overall_effectiveness_grade',
      leaders: 'impact_of_leaders_grade',
      helpAndProtection: 'help_and_protection_grade',
      inCare: 'in_care_grade',
      careLeavers: 'care_leavers_grade',
    },
    dateStyle: {
      publication_date: 'DD/MM/YY, such as 17/05/19',
      inspection_start_date: 'DD/MM/YYYY, such as 14/01/2019',
      inspection_end_date: 'DD/MM/YYYY, such as 25/01/2019',
    },
    checks: {
      inspection_link: 'web-address',
      pdf_filename: 'pdf-file',
      inspector_name: 'person',
      parser_version: 'version',
    },
    source:
      'Data to Insight, ILACS scrape tool (github.com/JT-39/ofsted-ilacs-scrape-tool), inspection history file, read from Ofsted’s report PDFs',
  },
});
