import { type CalendarDate, isCalendarDate } from '../calendar/calendarDate.js';
import { describeValue } from '../check/values.js';
import { isJudgement, JUDGEMENTS, type Judgement } from '../judgement/judgement.js';
import { parseJudgement } from '../judgement/parseJudgement.js';
import { SECTOR_TOKENS, type SectorToken, sectorToken } from '../judgement/sectorTokens.js';
import type { IssueCode, IssueParams } from '../result/result.js';
import type { ColumnCheck } from './columns.js';

/**
 * Readers of single cells of a table. Each returns what the cell holds, or a problem that
 * says what was found and what was expected; none throws. A cell is text, as CSV and
 * spreadsheet readers give it; a number is read as its digits where an identifier is
 * expected.
 *
 * @internal
 */
export type Cell<T> = { readonly ok: true; readonly value: T } | CellProblem;

/** What is wrong with a cell, before it is placed at its row and column. @internal */
export interface CellProblem {
  readonly ok: false;
  readonly code: IssueCode;
  readonly message: string;
  /** The column as `field`, what it held as `found`, and what the reader checked it against. */
  readonly params: IssueParams;
}

function read<T>(value: T): Cell<T> {
  return { ok: true, value };
}

/**
 * A problem: the column, what it held, and what it should hold; its params name the
 * column and what it held, with `check` (the values allowed, or which rule refused).
 *
 * @internal
 */
export function wrong(
  column: string,
  found: unknown,
  expected: string,
  code: IssueCode = 'invalid-value',
  check: IssueParams = {},
): CellProblem {
  const shown = typeof found === 'string' && found.trim() === '' ? 'blank' : describeValue(found);
  return {
    ok: false,
    code,
    message: `${column} is ${shown}: expected ${expected}.`,
    params: { field: column, found: shown, ...check },
  };
}

/**
 * The text of a cell, trimmed; `undefined` for a blank one; a problem for a value that is not text.
 *
 * @category Reading tables
 */
export function textOf(column: string, value: unknown, expected: string): Cell<string | undefined> {
  if (value === undefined || value === null) return read(undefined);
  if (typeof value === 'number' && Number.isFinite(value)) return read(String(value));
  if (typeof value !== 'string') {
    return wrong(column, value, `${expected}, written as text`, 'invalid-type', { rule: 'text' });
  }
  const trimmed = value.trim();
  return read(trimmed === '' ? undefined : trimmed);
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?Z?)?$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;

/**
 * A date written `YYYY-MM-DD` (a time of midnight may follow), `DD/MM/YYYY` or `DD/MM/YY`
 * (20YY: the sector's tables start in 2012); `undefined` for a blank cell.
 *
 * @internal
 */
export function dateOf(column: string, value: unknown, style: string): Cell<CalendarDate | undefined> {
  const text = textOf(column, value, `a date written ${style}`);
  if (!text.ok || text.value === undefined) return text as Cell<undefined>;
  const iso = ISO.exec(text.value);
  const dayFirst = iso === null ? DAY_FIRST.exec(text.value) : null;
  const date =
    iso !== null
      ? iso[1]
      : dayFirst !== null
        ? `${(dayFirst[3] as string).length === 2 ? `20${dayFirst[3]}` : dayFirst[3]}-${(dayFirst[2] as string).padStart(2, '0')}-${(dayFirst[1] as string).padStart(2, '0')}`
        : undefined;
  if (date === undefined) return wrong(column, value, `a date written ${style}`, 'invalid-value', { rule: 'date' });
  if (!isCalendarDate(date))
    return wrong(column, value, `a real date from 1900 to 2199, written ${style}`, 'invalid-date', { rule: 'date' });
  return read(date);
}

/** An identifier of a fixed form: an ONS code, a DfE number or a URN (`rule` says which). @internal */
export function identifierOf(
  column: string,
  value: unknown,
  form: RegExp,
  expected: string,
  rule: string,
): Cell<string | undefined> {
  const text = textOf(column, value, expected);
  if (!text.ok || text.value === undefined) return text;
  return form.test(text.value)
    ? read(text.value.toUpperCase())
    : wrong(column, value, expected, 'invalid-value', { rule });
}

/** What a name cannot look like: a web address, a date, a bare number, a grade or a token. */
function looksLikeOtherData(text: string): string | undefined {
  if (/^https?:\/\//i.test(text)) return 'a web address';
  if (ISO.test(text) || DAY_FIRST.test(text)) return 'a date';
  if (/^[\d.,\s]+$/.test(text)) return 'a number';
  if (/\.pdf$/i.test(text)) return 'a file name';
  const grade = parseJudgement(text);
  if (grade.ok && isJudgement(grade.value)) return 'a grade';
  if (sectorToken(text) !== undefined) return 'a token of the scrape tool';
  return undefined;
}

/** What other kind of data a text is, read once a call. */
function otherData(text: string, readings: Readings): string | undefined {
  const key = `other ${text}`;
  if (readings.has(key)) return readings.get(key) as string | undefined;
  const other = looksLikeOtherData(text);
  readings.set(key, other);
  return other;
}

/** A name (of an authority or a person): text that is not some other kind of data. @internal */
export function nameOf(column: string, value: unknown, expected: string, readings: Readings): Cell<string | undefined> {
  const text = textOf(column, value, expected);
  if (!text.ok || text.value === undefined) return text;
  const other = otherData(text.value, readings);
  return other === undefined
    ? text
    : wrong(column, value, `${expected}, not ${other}`, 'invalid-value', { rule: 'name' });
}

/** The kinds a kind cell may hold, as a table writes them. @internal */
export const KIND_WORDS: readonly string[] = ['standard', 'short'];

/** The kind of a graded inspection: standard or short, however written; `undefined` when blank. @internal */
export function kindOf(column: string, value: unknown): Cell<'standard-inspection' | 'short-inspection' | undefined> {
  const expected = 'standard or short (blank for a SIF inspection)';
  const text = textOf(column, value, expected);
  if (!text.ok || text.value === undefined) return text as Cell<undefined>;
  const words = text.value
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/\b(ilacs|inspection)\b/g, '')
    .trim();
  if (words === 'standard') return read('standard-inspection');
  if (words === 'short') return read('short-inspection');
  return wrong(column, value, expected, 'invalid-value', { allowed: KIND_WORDS });
}

/**
 * What a grade cell holds: a grade, nothing (blank, "-", or a token that stands for a
 * judgement not made), or a problem (a token for an unreadable value, or anything else).
 *
 * @internal
 */
export type GradeCell = { readonly grade: Judgement } | { readonly none: 'blank' | 'not-judged' | SectorToken };

/** What a cell's text means as a grade: a reading, or the problem's code, expectation and check. */
type GradeReading = GradeCell | { readonly code: IssueCode; readonly expected: string; readonly check: IssueParams };

/**
 * Readings of texts already met in one call: a table repeats a handful of spellings in
 * thousands of cells, so each is read once. Kept by the caller for the length of a call.
 *
 * @internal
 */
export type Readings = Map<string, GradeReading | string | undefined>;

const GRADE_EXPECTED = 'a grade (outstanding, good, requires improvement or inadequate), or blank';

function gradeReading(text: string): GradeReading {
  const token = sectorToken(text);
  if (token !== undefined) {
    return SECTOR_TOKENS[token].means === 'unreadable'
      ? { code: 'not-a-grade', expected: `a grade: ${SECTOR_TOKENS[token].reason}`, check: { rule: token } }
      : { none: token };
  }
  const grade = parseJudgement(text);
  if (!grade.ok) return { code: 'unrecognised-judgement', expected: GRADE_EXPECTED, check: { allowed: JUDGEMENTS } };
  return isJudgement(grade.value) ? { grade: grade.value } : { none: 'not-judged' };
}

/** A grade cell. @internal */
export function gradeOf(column: string, value: unknown, readings: Readings): Cell<GradeCell> {
  const text = textOf(column, value, GRADE_EXPECTED);
  if (!text.ok) return text;
  if (text.value === undefined) return read({ none: 'blank' });
  const key = `grade ${text.value}`;
  let reading = readings.get(key) as GradeReading | undefined;
  if (reading === undefined) {
    reading = gradeReading(text.value);
    readings.set(key, reading);
  }
  return 'code' in reading ? wrong(column, value, reading.expected, reading.code, reading.check) : read(reading);
}

const CHECKS: Readonly<
  Record<ColumnCheck, { readonly test: (text: string, readings: Readings) => boolean; readonly expected: string }>
> = {
  'web-address': { test: (text) => /^https?:\/\/\S+$/i.test(text), expected: 'a web address' },
  'pdf-file': { test: (text) => /\.pdf$/i.test(text), expected: 'the name of a PDF file' },
  person: { test: (text, readings) => otherData(text, readings) === undefined, expected: 'a person’s name' },
  version: { test: (text) => /^\d+(\.\d+)*$/.test(text), expected: 'a version number' },
};

/** A column a preset does not read but checks, so that values moved between columns are caught. @internal */
export function checkedCell(column: string, value: unknown, check: ColumnCheck, readings: Readings): Cell<undefined> {
  const { test, expected } = CHECKS[check];
  const text = textOf(column, value, expected);
  if (!text.ok) return text;
  return text.value === undefined || test(text.value, readings)
    ? read(undefined)
    : wrong(column, value, `${expected} or blank`, 'invalid-value', { rule: check });
}
