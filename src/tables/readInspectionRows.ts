import type { CalendarDate } from '../calendar/calendarDate.js';
import { checkArgument, checkOptions, refusal } from '../check/options.js';
import { describeValue, isRecord } from '../check/values.js';
import { AREA_ROWS, type AreaRow } from '../framework/areaRows.js';
import type { Framework } from '../framework/framework.js';
import { frameworkForDate } from '../framework/frameworkForDate.js';
import type { FrameworkId } from '../framework/frameworks.js';
import type { Judgement } from '../judgement/judgement.js';
import { SECTOR_TOKENS } from '../judgement/sectorTokens.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { findAuthority, type OfficialAuthority } from '../outcomes/authorities.js';
import { fail, type Issue, type IssueCode, issue, type Result, succeed } from '../result/result.js';
import {
  type Cell,
  type CellProblem,
  checkedCell,
  dateOf,
  type GradeCell,
  gradeOf,
  identifierOf,
  kindOf,
  nameOf,
  type Readings,
  wrong,
} from './cells.js';
import { type InspectionColumns, TABLE_PRESETS, type TableFormat, type TablePreset } from './columns.js';

/**
 * The authority a row names: the name and whichever identifiers the row has, as written,
 * and the authority in Ofsted's data they identify, where they do.
 *
 * @example
 * ```ts
 * import { readInspectionRows, type RowAuthority } from 'ofsted-ilacs/tables';
 *
 * const [row] = readInspectionRows(
 *   [{ urn: '80477', local_authority: 'kingston upon hull', inspection_link: 'https://files.ofsted.gov.uk/v1/file/50078220',
 *      pdf_filename: "children's services inspection - 17 may 2019.pdf", publication_date: '17/05/19',
 *      inspection_framework: 'standard', inspector_name: 'Jan Edwards', inspection_start_date: '14/01/2019',
 *      inspection_end_date: '25/01/2019', overall_effectiveness_grade: 'inadequate',
 *      impact_of_leaders_grade: 'requires improvement', help_and_protection_grade: 'inadequate',
 *      in_care_grade: 'requires improvement', care_leavers_grade: 'inspection_pre_dates_judgement', parser_version: '1' }],
 *   { columns: 'd2i-ilacs-scrape' },
 * );
 * const authority: RowAuthority | undefined = row?.ok ? row.value.authority : undefined;
 * console.log(authority?.urn, authority?.official?.code); // '80477' 'E06000010'
 * ```
 *
 * @category Reading tables
 */
export interface RowAuthority {
  readonly name: string;
  readonly code?: string;
  readonly laNumber?: string;
  readonly urn?: string;
  readonly official?: OfficialAuthority;
}

/**
 * One row read: the authority, the inspection's kind and days, and its outcome under the
 * framework its first day and kind decide.
 *
 * @example
 * ```ts
 * import { readInspectionRows, type InspectionRow } from 'ofsted-ilacs/tables';
 *
 * const [read] = readInspectionRows(
 *   [{ Council: 'Hull', Start: '2022-11-14', Kind: 'standard', Overall: 'RI', Leaders: 'RI', Help: 'RI', 'In care': 'good' }],
 *   { columns: { authority: 'Council', start: 'Start', kind: 'Kind', overall: 'Overall', leaders: 'Leaders', helpAndProtection: 'Help', inCare: 'In care' } },
 * );
 * const row: InspectionRow | undefined = read?.ok ? read.value : undefined;
 * console.log(row?.outcome); // { framework: 'ilacs-2018', judgements: { leaders: ..., childrenInCareAndCareLeavers: 'good' }, awardedOverall: 'requires-improvement' }
 * ```
 *
 * @category Reading tables
 */
export interface InspectionRow {
  readonly authority: RowAuthority;
  readonly kind: 'standard-inspection' | 'short-inspection';
  readonly firstDayOnSite: CalendarDate;
  readonly lastDayOnSite?: CalendarDate;
  readonly published?: CalendarDate;
  readonly outcome: InspectionOutcome;
}

/**
 * Options of {@link readInspectionRows}.
 *
 * @example
 * ```ts
 * import type { ReadRowsOptions } from 'ofsted-ilacs/tables';
 *
 * const options: ReadRowsOptions = { columns: 'ofsted-ilacs-outcomes' };
 * console.log(options.columns);
 * ```
 *
 * @category Reading tables
 */
export interface ReadRowsOptions {
  /** A preset's name (see `TablePreset`), or a column map of your own. */
  readonly columns: TablePreset | InspectionColumns;
}

type GradeColumn = 'leaders' | 'helpAndProtection' | 'inCare' | 'careLeavers';

/** The area each grade column holds in each framework: the rows of {@link AREA_ROWS}. */
const AREA_OF_COLUMN = /* @__PURE__ */ Object.fromEntries(AREA_ROWS.map((row) => [row.key, row.areas])) as Readonly<
  Record<GradeColumn, AreaRow['areas']>
>;
const GRADE_COLUMNS: readonly GradeColumn[] = ['leaders', 'helpAndProtection', 'inCare', 'careLeavers'];
const COLUMN_KEYS: readonly (keyof InspectionColumns)[] = [
  'authority',
  'code',
  'laNumber',
  'urn',
  'kind',
  'start',
  'end',
  'published',
  'overall',
  ...GRADE_COLUMNS,
];

/** Whether one authority was made from the other, or became it (a row may name either). */
function linked(a: OfficialAuthority, b: OfficialAuthority): boolean {
  return [...b.predecessors, ...b.successors].some((link) => link.code === a.code);
}

/** The format to read with: a preset's, or the caller's column map, checked. */
function formatOf(columns: unknown): TableFormat {
  if (typeof columns === 'string' && Object.hasOwn(TABLE_PRESETS, columns)) {
    return TABLE_PRESETS[columns as TablePreset];
  }
  const issues: Issue[] = [];
  if (!isRecord(columns)) {
    issues.push(
      issue(
        ['options', 'columns'],
        columns === undefined ? 'missing' : 'invalid-value',
        `columns must be ${Object.keys(TABLE_PRESETS)
          .map((name) => `"${name}"`)
          .join(' or ')}, or a map from each field to its column's header, got ${describeValue(columns)}.`,
      ),
    );
  } else {
    for (const key of Object.keys(columns)) {
      const value = columns[key];
      if (!(COLUMN_KEYS as readonly string[]).includes(key)) {
        issues.push(
          issue(
            ['options', 'columns', key],
            'unknown-key',
            `"${key}" is not a field a table's columns can hold: use ${COLUMN_KEYS.join(', ')}.`,
          ),
        );
      } else if (typeof value !== 'string' || value === '') {
        issues.push(
          issue(
            ['options', 'columns', key],
            'invalid-type',
            `columns.${key} must be a column's header, as text, got ${describeValue(value)}.`,
          ),
        );
      }
    }
    for (const needed of ['authority', 'start'] as const) {
      if (columns[needed] === undefined) {
        issues.push(
          issue(
            ['options', 'columns', needed],
            'missing',
            `columns.${needed} is missing: name the column that holds ${needed === 'authority' ? "the authority's name" : 'the first day on site, which decides the framework'}.`,
          ),
        );
      }
    }
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
  return { columns: columns as InspectionColumns, dateStyle: {}, checks: {}, source: 'the caller’s column map' };
}

const DATE_STYLE = 'YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY';

/** The one option; its value is checked by {@link formatOf}, which says more. */
const READ_OPTIONS = { columns: () => undefined };

/** Reads one row, pushing issues at `[index, column]`. */
class RowReader {
  readonly issues: Issue[] = [];
  /** The columns refused so far, so that a needed one is not also called missing. */
  private readonly refused = new Set<string>();
  constructor(
    private readonly row: Readonly<Record<string, unknown>>,
    private readonly index: number,
    private readonly format: TableFormat,
    private readonly authorities: Map<string, Result<OfficialAuthority>>,
    private readonly readings: Readings,
  ) {}

  /** Places a problem at its column; returns the value, or `undefined` after a problem. */
  take<T>(column: string, cell: Cell<T>): T | undefined {
    if (cell.ok) return cell.value;
    this.refuse(column, cell);
    return undefined;
  }

  refuse(column: string, problem: Pick<CellProblem, 'code' | 'message'>): void {
    this.refused.add(column);
    this.issues.push(issue([this.index, column], problem.code, problem.message));
  }

  cell(column: string): unknown {
    return this.row[column];
  }

  /** A needed column: a problem when the row lacks it or it is blank. */
  needed<T>(column: string, value: T | undefined, what: string): T | undefined {
    if (value !== undefined || this.refused.has(column)) return value;
    const absent = !Object.hasOwn(this.row, column);
    this.refuse(column, {
      code: 'missing',
      message: absent
        ? `The row has no "${column}" column: check the table's header (${this.format.source}).`
        : `${column} is blank: expected ${what}.`,
    });
    return undefined;
  }

  date(column: string | undefined): CalendarDate | undefined {
    if (column === undefined) return undefined;
    return this.take(column, dateOf(column, this.cell(column), this.format.dateStyle[column] ?? DATE_STYLE));
  }

  /** An authority by one query, remembered for the rows after. */
  lookUp(query: string): Result<OfficialAuthority> {
    let found = this.authorities.get(query);
    if (found === undefined) {
      found = findAuthority(query);
      this.authorities.set(query, found);
    }
    return found;
  }

  authority(): RowAuthority | undefined {
    const { columns } = this.format;
    const name = this.needed(
      columns.authority,
      this.take(
        columns.authority,
        nameOf(columns.authority, this.cell(columns.authority), "the authority's name", this.readings),
      ),
      "the authority's name",
    );
    const identifiers = [
      ['code', columns.code, /^[EW]\d{8}$/i, 'an ONS code, such as E06000010'],
      ['laNumber', columns.laNumber, /^\d{3}$/, 'a DfE number of three digits, such as 810'],
      ['urn', columns.urn, /^\d{5,7}$/, 'an Ofsted URN of five to seven digits, such as 80477'],
    ] as const;
    const given: Record<string, string> = {};
    let official: OfficialAuthority | undefined;
    let officialFrom = '';
    for (const [key, column, form, expected] of identifiers) {
      if (column === undefined) continue;
      const value = this.take(column, identifierOf(column, this.cell(column), form, expected));
      if (value === undefined) continue;
      given[key] = value;
      const found = this.lookUp(value);
      if (!found.ok) continue;
      if (official !== undefined && found.value !== official) {
        this.refuse(column, {
          code: 'invalid-value',
          message: `${column} ${value} is ${found.value.name}, but ${officialFrom} is ${official.name}: the row's identifiers disagree.`,
        });
        return undefined;
      }
      official = found.value;
      officialFrom = `${column} ${value}`;
    }
    if (name === undefined) return undefined;
    const byName = this.lookUp(name);
    if (byName.ok && official !== undefined && byName.value !== official && !linked(byName.value, official)) {
      this.refuse(columns.authority, {
        code: 'invalid-value',
        message: `${columns.authority} names ${byName.value.name}, but ${officialFrom} is ${official.name}: the row's name and identifiers disagree.`,
      });
      return undefined;
    }
    official ??= byName.ok ? byName.value : undefined;
    return { name, ...given, ...(official !== undefined && { official }) };
  }

  /** The framework the first day on site and the kind decide; places the reason where they do not. */
  framework(
    start: CalendarDate,
    kind: 'standard-inspection' | 'short-inspection' | undefined,
  ): [Framework, 'standard-inspection' | 'short-inspection'] | undefined {
    const { columns } = this.format;
    const chosen = frameworkForDate(start, kind === undefined ? {} : { family: 'ilacs' });
    const kindColumn = columns.kind ?? columns.start;
    if (!chosen.ok) {
      const problem = chosen.issues[0] as Issue;
      const ambiguous = problem.code === 'framework-ambiguous';
      this.refuse(ambiguous ? kindColumn : columns.start, {
        code: problem.code,
        message: ambiguous
          ? `${kindColumn} is blank, and on ${start} SIF and ILACS inspections both ran: expected standard or short for an ILACS inspection (a SIF re-inspection cannot be told from an ILACS one by its date).`
          : `${columns.start} is ${start}: ${problem.message.replace(/ Record the framework.*$/, '')} Earlier reports predate every framework the library models.`,
      });
      return undefined;
    }
    if (kind === undefined && chosen.value.family === 'ilacs') {
      this.refuse(
        kindColumn,
        wrong(kindColumn, this.cell(kindColumn) ?? '', `standard or short: ${chosen.value.id} has both`, 'missing'),
      );
      return undefined;
    }
    return [chosen.value, kind ?? 'standard-inspection'];
  }

  /** Each grade column's cell, read whatever the framework, so every unreadable one is reported. */
  gradeCells(): Map<GradeColumn | 'overall', GradeCell> {
    const cells = new Map<GradeColumn | 'overall', GradeCell>();
    for (const key of [...GRADE_COLUMNS, 'overall'] as const) {
      const column = this.format.columns[key];
      if (column === undefined) continue;
      const cell = this.take(column, gradeOf(column, this.cell(column), this.readings));
      if (cell !== undefined) cells.set(key, cell);
    }
    return cells;
  }

  /** The outcome from the grade cells, under a framework; places each problem at its column. */
  outcome(framework: Framework, cells: ReadonlyMap<GradeColumn | 'overall', GradeCell>): InspectionOutcome | undefined {
    const { columns } = this.format;
    const before = this.issues.length;
    const judgements: Record<string, AreaJudgement> = {};
    const id = framework.id as FrameworkId;
    for (const key of GRADE_COLUMNS) {
      const column = columns[key] as string;
      const cell = cells.get(key);
      if (cell === undefined) continue;
      const area = framework.areas.find((candidate) => candidate.id === AREA_OF_COLUMN[key][id]);
      if (area === undefined) {
        if ('grade' in cell) {
          this.refuse(column, {
            code: 'area-not-in-framework',
            message: `${column} is "${this.cell(column)}", but ${framework.id} did not judge care leavers on their own: expected blank or inspection_pre_dates_judgement.`,
          });
        }
        continue;
      }
      if ('grade' in cell) judgements[area.id] = cell.grade;
      else if (cell.none === 'not-judged') judgements[area.id] = 'not-judged';
      else if (area.required) {
        const why = cell.none === 'blank' ? '' : ` (${SECTOR_TOKENS[cell.none].reason})`;
        this.refuse(column, {
          code: 'missing-area',
          message: `${column} is ${cell.none === 'blank' ? 'blank' : `"${cell.none}"`}${why}: ${framework.id} judges ${area.shortTitle}, so a grade is expected.`,
        });
      }
    }
    const awarded = this.awardedOverall(framework, cells.get('overall'));
    if (this.issues.length > before) return undefined;
    const outcome = {
      framework: framework.id,
      judgements,
      ...(awarded !== undefined && { awardedOverall: awarded }),
    } as InspectionOutcome;
    // The core's rules of an outcome decide; a map without a column for a needed area is caught here.
    for (const found of findOutcomeIssues(outcome)) {
      const area = String(found.path[1] ?? '');
      const key = GRADE_COLUMNS.find((column) => AREA_OF_COLUMN[column][id] === area);
      const column = key === undefined ? undefined : columns[key];
      this.issues.push(
        issue(
          [this.index, column ?? key ?? area],
          found.code,
          column === undefined
            ? `No column holds ${area}, which ${framework.id} judges: map columns.${key ?? area} to the column that does.`
            : found.message,
        ),
      );
    }
    return this.issues.length > before ? undefined : outcome;
  }

  awardedOverall(framework: Framework, cell: GradeCell | undefined): Judgement | undefined {
    const column = this.format.columns.overall;
    if (column === undefined || cell === undefined) return undefined;
    if (!framework.hasOverallEffectiveness) {
      if ('grade' in cell) {
        this.refuse(column, {
          code: 'no-overall-in-framework',
          message: `${column} is "${this.cell(column)}", but ${framework.id} awards no overall effectiveness grade: expected blank or not_reported_post_reform.`,
        });
      }
      return undefined;
    }
    if ('grade' in cell) return cell.grade;
    if (cell.none !== 'blank' && cell.none !== 'not-judged' && SECTOR_TOKENS[cell.none].means === 'no-longer-judged') {
      this.refuse(column, {
        code: 'invalid-value',
        message: `${column} is "${cell.none}", but ${framework.id} awards overall effectiveness: expected its grade.`,
      });
    }
    return undefined;
  }

  read(): Result<InspectionRow> {
    const { columns, checks } = this.format;
    for (const [column, check] of Object.entries(checks))
      this.take(column, checkedCell(column, this.cell(column), check, this.readings));
    const authority = this.authority();
    const kind =
      columns.kind === undefined ? undefined : this.take(columns.kind, kindOf(columns.kind, this.cell(columns.kind)));
    const start = this.needed(
      columns.start,
      this.date(columns.start),
      'the first day on site, which decides the framework',
    );
    const end = this.date(columns.end);
    const published = this.date(columns.published);
    for (const [column, date, what] of [
      [columns.end, end, 'the last day on site'],
      [columns.published, published, 'publication'],
    ] as const) {
      if (column !== undefined && date !== undefined && start !== undefined && date < start) {
        this.refuse(column, {
          code: 'dates-out-of-order',
          message: `${column} is ${date}, before the first day on site (${start}): expected ${what} on or after it.`,
        });
      }
    }
    const cells = this.gradeCells();
    const chosen = start === undefined ? undefined : this.framework(start, kind);
    const outcome = chosen === undefined ? undefined : this.outcome(chosen[0], cells);
    if (this.issues.length > 0 || authority === undefined || start === undefined || chosen === undefined) {
      return fail(this.issues);
    }
    return succeed(
      Object.freeze({
        authority: Object.freeze(authority),
        kind: chosen[1],
        firstDayOnSite: start,
        ...(end !== undefined && { lastDayOnSite: end }),
        ...(published !== undefined && { published }),
        outcome: Object.freeze({
          ...(outcome as InspectionOutcome),
          judgements: Object.freeze({ ...(outcome as InspectionOutcome).judgements }),
        }) as InspectionOutcome,
      }),
    );
  }
}

/**
 * Reads the rows of a table of inspections (objects of header to text, as any CSV or
 * spreadsheet reader gives them) into inspections: one `Result` per row, in order, never
 * throwing on what the rows hold. Each row's framework follows from its first day on site
 * and its kind; its grade columns go to that framework's areas (the in-care column to
 * children looked after, children in care and care leavers, or children in care). A row
 * is refused, not guessed at, when a value is in the wrong column, a date is impossible,
 * a grade is unreadable or a needed one is blank, or the inspection predates every
 * framework here (reports go back to 2012; SIF began in November 2013); each issue's path
 * is `[rowIndex, columnName]`, and its message says what was found and what was expected.
 * The authority is resolved through Ofsted's data where the row's name or identifiers
 * allow.
 *
 * Throws `OfstedIlacsError`: `invalid-argument` when `rows` is not a list,
 * `invalid-option` for a column map that is not one.
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
 * @category Reading tables
 */
export function readInspectionRows(
  rows: readonly unknown[],
  options: ReadRowsOptions,
): readonly Result<InspectionRow>[] {
  if (!Array.isArray(rows)) {
    checkArgument('readInspectionRows', 'rows', {
      code: 'invalid-type',
      message: `rows must be a list of rows (objects of header to text, as a CSV reader gives them), got ${describeValue(rows)}.`,
    });
  }
  if (!isRecord(options)) {
    throw refusal('invalid-option', 'readInspectionRows', [
      issue(
        ['options'],
        options === undefined ? 'missing' : 'invalid-type',
        "Give options with columns: a preset's name or a column map.",
      ),
    ]);
  }
  checkOptions('readInspectionRows', options, READ_OPTIONS);
  const format = formatOf(options.columns);
  const authorities = new Map<string, Result<OfficialAuthority>>();
  const readings: Readings = new Map();
  const results: Result<InspectionRow>[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    results.push(readRow(rows[index], index, format, authorities, readings));
  }
  return results;
}

/** One row, whatever it is. */
function readRow(
  row: unknown,
  index: number,
  format: TableFormat,
  authorities: Map<string, Result<OfficialAuthority>>,
  readings: Readings,
): Result<InspectionRow> {
  if (!isRecord(row)) {
    return fail([
      issue(
        [index],
        'invalid-type' as IssueCode,
        `Row ${index} is ${describeValue(row)}: expected an object of header to text, as a CSV reader gives with columns on.`,
      ),
    ]);
  }
  try {
    return new RowReader(row, index, format, authorities, readings).read();
  } catch {
    return fail([issue([index], 'unreadable', `Row ${index} could not be read: reading one of its values threw.`)]);
  }
}
