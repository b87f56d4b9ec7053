import { refusal } from '../check/options.js';
import { describeValue, isRecord } from '../check/values.js';
import { type Issue, issue, shorten } from '../result/result.js';
import { type InspectionColumns, TABLE_PRESETS, type TableFormat, type TablePreset } from './columns.js';

/**
 * The column map `readInspectionRows` reads with: a preset's, or the caller's own, checked
 * field by field and then against the headers the rows have. A caller's map is refused
 * before any row is read, so that a misspelt header is one problem, not one a row. A
 * grade column is a field of the map that holds an area's grade, in every framework.
 *
 * @internal
 */
export type GradeColumn = 'leaders' | 'helpAndProtection' | 'inCare' | 'careLeavers';

/** The grade columns, in the order a report gives their areas. @internal */
export const GRADE_COLUMNS: readonly GradeColumn[] = ['leaders', 'helpAndProtection', 'inCare', 'careLeavers'];

/** Every field a column map can hold. */
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

/** The source a caller's column map reads. */
const CALLERS_SOURCE = 'the caller’s table, read with its own column map';

/** The problems with a caller's column map, field by field, pushed onto `issues`. */
function columnMapIssues(issues: Issue[], columns: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(columns)) {
    const value = columns[key];
    if (!(COLUMN_KEYS as readonly string[]).includes(key)) {
      issues.push(
        issue(
          ['options', 'columns', key],
          'unknown-key',
          `"${key}" is not a field a table's columns can hold: use ${COLUMN_KEYS.join(', ')}.`,
          { field: 'columns', found: `"${shorten(key)}"`, allowed: COLUMN_KEYS },
        ),
      );
    } else if (typeof value !== 'string' || value === '') {
      issues.push(
        issue(
          ['options', 'columns', key],
          'invalid-type',
          `columns.${key} must be a column's header, as text, got ${describeValue(value)}.`,
          { field: `columns.${key}`, found: describeValue(value), rule: 'header' },
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
          { field: `columns.${needed}`, rule: 'header' },
        ),
      );
    }
  }
}

/** The format to read with: a preset's, or the caller's column map, checked. @internal */
export function formatOf(columns: unknown): TableFormat {
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
        { field: 'columns', found: describeValue(columns), allowed: Object.keys(TABLE_PRESETS) },
      ),
    );
  } else {
    columnMapIssues(issues, columns);
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
  return { columns: columns as InspectionColumns, dateStyle: {}, checks: {}, source: CALLERS_SOURCE };
}

/** The headers a table's rows have, in the order first met. */
function headersOf(rows: readonly unknown[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) if (isRecord(row)) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Refuses a caller's column map naming a header that no row has, before any row is read. @internal */
export function checkHeaders(format: TableFormat, rows: readonly unknown[]): void {
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
        {
          field: `columns.${key}`,
          found: `"${shorten(header)}"`,
          allowed: headers.slice(0, 20),
          rule: 'no-such-header',
        },
      ),
    );
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
}
