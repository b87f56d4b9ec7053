import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { checkArgument, objectOption, readOptions, refusal } from '../check/options.js';
import { listSnapshot, readCopy, type SnapshotRefusal, snapshot } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import { AREA_ROWS, type AreaRow } from '../framework/areaRows.js';
import type { Framework } from '../framework/framework.js';
import { frameworkForDate } from '../framework/frameworkForDate.js';
import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { frameworksPublishedOn } from '../framework/publicationWindow.js';
import { inspectionDateProblems } from '../inspection/inspectionDates.js';
import type { Judgement } from '../judgement/judgement.js';
import { SECTOR_TOKENS } from '../judgement/sectorTokens.js';
import type { AreaJudgement, InspectionOutcome } from '../outcome/outcome.js';
import { findOutcomeIssues } from '../outcome/outcomeIssues.js';
import { abolishedBefore, findAuthority, linkedAuthorities, type OfficialAuthority } from '../outcomes/authorities.js';
import { checkedRecords, type InspectionRecord, type RecordAuthority } from '../outcomes/inspectionRecord.js';
import { fail, type Issue, type IssueCode, issue, type Result, shorten, succeed } from '../result/result.js';
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
} from './cells.js';
import { type InspectionColumns, TABLE_PRESETS, type TableFormat, type TablePreset } from './columns.js';

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
  /**
   * Where the rows come from, for each record's `source`: a name (default: the preset's
   * source, or "the caller's table") and the date the table is complete to, where known
   * (without it, a table is taken to be complete to its newest publication).
   */
  readonly source?: { readonly name: string; readonly asAt?: CalendarDate };
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
  return { columns: columns as InspectionColumns, dateStyle: {}, checks: {}, source: CALLERS_SOURCE };
}

const DATE_STYLE = 'YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY';

/** The source a caller's column map reads. */
const CALLERS_SOURCE = 'the caller’s table, read with its own column map';

/** The options; `columns` is checked by {@link formatOf}, which says more, and `source` by {@link sourceOf}. */
const READ_OPTIONS = { columns: () => undefined, source: objectOption };

/** The source each record names: the caller's, else the format's. */
function sourceOf(given: unknown, format: TableFormat): { name: string; asAt?: CalendarDate } {
  if (given === undefined) return { name: format.source };
  const issues: Issue[] = [];
  const source = recordAt(issues, given, ['options', 'source'], 'source', ['name', 'asAt']);
  if (source !== undefined) {
    placeAt(issues, ['options', 'source'], 'name', textFieldProblem(source.name, 'source.name'));
    if (source.asAt !== undefined) {
      placeAt(issues, ['options', 'source'], 'asAt', dateFieldProblem(source.asAt, 'source.asAt'));
    }
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
  return source as { name: string; asAt?: CalendarDate };
}

type Kind = 'standard-inspection' | 'short-inspection';

/** What a row's kind cell says: a kind, blank, or something the reader does not know. */
type KindCell = { readonly kind: Kind } | { readonly blank: true } | { readonly unknown: CellProblem };

/** Reads one row (the door's own copy of it), pushing issues and warnings at `[index, column]`. */
class RowReader {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];
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

  warn(column: string, problem: Pick<CellProblem, 'code' | 'message'>): void {
    this.warnings.push(issue([this.index, column], problem.code, problem.message));
  }

  cell(column: string): unknown {
    return Object.hasOwn(this.row, column) ? this.row[column] : undefined;
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

  authority(): RecordAuthority | undefined {
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
    if (
      byName.ok &&
      official !== undefined &&
      byName.value !== official &&
      !linkedAuthorities(byName.value, official)
    ) {
      this.refuse(columns.authority, {
        code: 'invalid-value',
        message: `${columns.authority} names ${byName.value.name}, but ${officialFrom} is ${official.name}: the row's name and identifiers disagree.`,
      });
      return undefined;
    }
    if (official === undefined && !byName.ok) {
      const why = (byName.issues[0] as Issue).message;
      this.warn(columns.authority, {
        code: 'invalid-value',
        message: `${why} The row is read with the name as written, so answers that join on authorities leave it out: correct the name, or add a column with the ONS code, DfE number or URN.`,
      });
    }
    official ??= byName.ok ? byName.value : undefined;
    return { name, ...given, ...(official !== undefined && { official }) };
  }

  kind(): KindCell {
    const column = this.format.columns.kind;
    if (column === undefined) return { blank: true };
    const cell = kindOf(column, this.cell(column));
    if (!cell.ok) return { unknown: cell };
    return cell.value === undefined ? { blank: true } : { kind: cell.value };
  }

  /**
   * The framework the dates and the kind decide, and the kind as far as known; places the
   * reason where they do not. With the first day blank, the publication decides where it
   * leaves only one framework possible (a warning says so).
   */
  framework(
    start: CalendarDate | undefined,
    published: CalendarDate | undefined,
    kind: KindCell,
  ): [Framework, Kind | undefined] | undefined {
    const { columns } = this.format;
    const kindColumn = columns.kind ?? columns.start;
    const chosen = start !== undefined ? this.byFirstDay(start, kind) : this.byPublication(published, kind);
    if (chosen === undefined) return undefined;
    const said = this.cell(kindColumn);
    if ('kind' in kind) {
      if (chosen.family === 'sif') {
        this.refuse(kindColumn, {
          code: 'framework-not-in-force',
          message: `${kindColumn} is "${String(said)}", but on ${start ?? published} only the SIF was in force, and it had no standard or short inspections (those are ILACS kinds): leave ${kindColumn} blank for a SIF inspection, or check the dates.`,
        });
        return undefined;
      }
      return [chosen, kind.kind];
    }
    if (chosen.family === 'sif') {
      if ('unknown' in kind)
        this.warn(kindColumn, {
          code: kind.unknown.code,
          message: `${kind.unknown.message} Read as a SIF inspection, which its dates decide.`,
        });
      return [chosen, 'standard-inspection'];
    }
    this.warn(kindColumn, {
      code: 'unknown' in kind ? kind.unknown.code : 'missing',
      message: `${'unknown' in kind ? kind.unknown.message : `${kindColumn} is blank: expected standard or short.`} The dates decide ${chosen.id}, so the row is read with its kind unknown (a graded inspection, neither standard nor short).`,
    });
    return [chosen, undefined];
  }

  private byFirstDay(start: CalendarDate, kind: KindCell): Framework | undefined {
    const { columns } = this.format;
    const chosen = frameworkForDate(start, 'kind' in kind ? { family: 'ilacs' } : {});
    if (chosen.ok) return chosen.value;
    const kindColumn = columns.kind ?? columns.start;
    const problem = chosen.issues[0] as Issue;
    if (problem.code === 'framework-ambiguous') {
      this.refuse(kindColumn, {
        code: problem.code,
        message:
          'unknown' in kind
            ? `${kind.unknown.message} On ${start} SIF and ILACS inspections both ran, so the kind must say which: standard or short for an ILACS inspection, blank for SIF.`
            : `${kindColumn} is blank, and on ${start} SIF and ILACS inspections both ran: expected standard or short for an ILACS inspection (a SIF re-inspection cannot be told from an ILACS one by its date).`,
      });
      return undefined;
    }
    const sif = frameworkForDate(start, { family: 'sif' });
    if ('kind' in kind && sif.ok) return sif.value; // refused by the caller, which says why
    this.refuse(columns.start, {
      code: problem.code,
      message: `${columns.start} is ${start}: ${start < '2013-11-07' ? 'the report is older than every framework the library models (the SIF began on 2013-11-07).' : problem.message}`,
    });
    return undefined;
  }

  private byPublication(published: CalendarDate | undefined, kind: KindCell): Framework | undefined {
    const { columns } = this.format;
    const what = 'the first day on site, which decides the framework';
    if (published === undefined) {
      this.needed(columns.start, undefined, what);
      return undefined;
    }
    const possible = frameworksPublishedOn(published).filter(
      (id) => !('kind' in kind) || FRAMEWORKS[id].family === 'ilacs',
    );
    if (possible.length === 1) {
      const framework = FRAMEWORKS[possible[0] as FrameworkId];
      this.warn(columns.start, {
        code: 'missing',
        message: `${columns.start} is blank: read as ${framework.id}, the only framework that could have produced a report published on ${published}.`,
      });
      return framework;
    }
    this.refuse(columns.start, {
      code: possible.length === 0 ? 'no-framework-in-force' : 'missing',
      message:
        possible.length === 0
          ? `${columns.start} is blank, and no framework the library models could have produced a report published on ${published}${published < '2013-11-07' ? ': it is older than every framework (the SIF began on 2013-11-07)' : ''}.`
          : `${columns.start} is blank, and a report published on ${published} could be ${possible.join(' or ')}: expected ${what}.`,
    });
    return undefined;
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
      if (column !== undefined && this.refused.has(column)) continue; // said already: the cell could not be read
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

  /** The dates, checked by the one rule for an inspection's dates, placed at their columns. */
  dates(): { start?: CalendarDate; end?: CalendarDate; published?: CalendarDate } {
    const { columns } = this.format;
    const start = this.date(columns.start);
    const end = this.date(columns.end);
    const published = this.date(columns.published);
    // A date already refused as unreadable is not judged again by the rule between dates.
    const refused = [columns.start, columns.end, columns.published].some(
      (column) => column !== undefined && this.refused.has(column),
    );
    const names = {
      start: columns.start,
      end: columns.end ?? 'the last day on site (map columns.end)',
      reportReceived: 'the day the report was received',
      published: columns.published ?? 'the publication date (map columns.published)',
    };
    const at = { start: columns.start, end: columns.end ?? 'end', published: columns.published ?? 'published' };
    for (const problem of refused ? [] : inspectionDateProblems({ start, end, published }, names, true)) {
      this.refuse(problem.field === 'reportReceived' ? at.published : at[problem.field], problem);
    }
    return {
      ...(start !== undefined && { start }),
      ...(end !== undefined && { end }),
      ...(published !== undefined && { published }),
    };
  }

  read(source: { name: string; asAt?: CalendarDate }): Result<InspectionRecord> {
    const { checks } = this.format;
    for (const [column, check] of Object.entries(checks))
      this.take(column, checkedCell(column, this.cell(column), check, this.readings));
    const authority = this.authority();
    const kind = this.kind();
    const { start, end, published } = this.dates();
    const cells = this.gradeCells();
    const badDate = [this.format.columns.start, this.format.columns.published].some(
      (column) => column !== undefined && this.refused.has(column),
    );
    const chosen = badDate ? undefined : this.framework(start, published, kind);
    // A kind the reader does not know is a warning only on a row that reads; on one that does not, it is one more problem.
    if (chosen === undefined && 'unknown' in kind && this.format.columns.kind !== undefined) {
      if (!this.refused.has(this.format.columns.kind)) this.refuse(this.format.columns.kind, kind.unknown);
    }
    const outcome = chosen === undefined ? undefined : this.outcome(chosen[0], cells);
    const abolished =
      authority?.official === undefined ? undefined : abolishedBefore(authority.official, start ?? end ?? published);
    if (abolished !== undefined)
      this.refuse(this.format.columns.authority, { code: 'invalid-value', message: abolished });
    if (this.issues.length > 0 || authority === undefined || chosen === undefined || outcome === undefined) {
      return fail(this.issues);
    }
    const record: InspectionRecord = {
      authority,
      ...(chosen[1] !== undefined && { kind: chosen[1] }),
      ...(start !== undefined && { firstDayOnSite: start }),
      ...(end !== undefined && { lastDayOnSite: end }),
      ...(published !== undefined && { published }),
      outcome,
      source: { ...source, row: this.index },
    };
    return succeed(record, this.warnings);
  }
}

/** The headers a table's rows have, in the order first met. */
function headersOf(rows: readonly unknown[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) if (isRecord(row)) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Refuses a caller's column map naming a header that no row has, before any row is read. */
function checkHeaders(format: TableFormat, rows: readonly unknown[]): void {
  if (format.source !== CALLERS_SOURCE || rows.length === 0) return;
  const headers = headersOf(rows);
  if (headers.length === 0) return;
  const issues: Issue[] = [];
  for (const key of COLUMN_KEYS) {
    const header = format.columns[key];
    if (header === undefined || headers.includes(header)) continue;
    const shown = headers
      .slice(0, 20)
      .map((h) => `"${shorten(h)}"`)
      .join(', ');
    issues.push(
      issue(
        ['options', 'columns', key],
        'invalid-value',
        `columns.${key} names "${shorten(header)}", a header no row has: the table's headers are ${shown}${headers.length > 20 ? ', …' : ''}. Check the spelling, or leave ${key} out.`,
      ),
    );
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
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
 * Throws `OfstedIlacsError`: `invalid-argument` when `rows` is not a list or cannot be
 * read, `invalid-option` for a column map that is not one or names a header no row has.
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
): readonly Result<InspectionRecord>[] {
  let list: unknown[] | undefined;
  try {
    list = listSnapshot(rows);
  } catch (error) {
    const refused = error as SnapshotRefusal;
    checkArgument('readInspectionRows', 'rows', {
      code: refused.reason === 'unreadable' ? 'unreadable' : refused.reason === 'hole' ? 'missing' : 'too-many',
      message:
        refused.reason === 'hole'
          ? `rows has a hole at ${refused.path.join('.')}: give a row at every place.`
          : refused.reason === 'too-many'
            ? 'rows holds more rows than one call reads (LIMITS.listLength): read the table in parts.'
            : 'rows could not be read: reading it threw. Pass the plain rows a CSV reader gives.',
    });
  }
  if (list === undefined) {
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
  const read = readOptions('readInspectionRows', options, READ_OPTIONS);
  // A column map and a source are read once, into copies of their own fields, and only those are used.
  const format = formatOf(readCopy('readInspectionRows', ['options', 'columns'], read.columns, 'invalid-option'));
  const source = sourceOf(readCopy('readInspectionRows', ['options', 'source'], read.source, 'invalid-option'), format);
  const copies = (list as unknown[]).map(rowSnapshot);
  checkHeaders(format, copies);
  const authorities = new Map<string, Result<OfficialAuthority>>();
  const readings: Readings = new Map();
  const results: Result<InspectionRecord>[] = [];
  for (let index = 0; index < copies.length; index += 1) {
    results.push(readRow(copies[index], index, format, source, authorities, readings));
  }
  return results;
}

/** The reader's own copy of one row: its own cells, read once; a row that cannot be read stays a marker. */
function rowSnapshot(row: unknown): unknown {
  if (!isRecord(row)) return row;
  try {
    return snapshot(row, 2);
  } catch {
    return UNREADABLE;
  }
}

const UNREADABLE = Symbol('unreadable row');

/** One row, whatever it is. */
function readRow(
  row: unknown,
  index: number,
  format: TableFormat,
  source: { name: string; asAt?: CalendarDate },
  authorities: Map<string, Result<OfficialAuthority>>,
  readings: Readings,
): Result<InspectionRecord> {
  if (row === UNREADABLE) {
    return fail([issue([index], 'unreadable', `Row ${index} could not be read: reading one of its values threw.`)]);
  }
  if (!isRecord(row)) {
    return fail([
      issue(
        [index],
        'invalid-type' as IssueCode,
        `Row ${index} is ${describeValue(row)}: expected an object of header to text, as a CSV reader gives with columns on.`,
      ),
    ]);
  }
  const read = new RowReader(row, index, format, authorities, readings).read(source);
  return read.ok ? succeed(checkedRecords([read.value])[0] as InspectionRecord, read.warnings) : read;
}
