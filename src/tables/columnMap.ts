import { refusal } from '../check/options.js';
import { describeValue, isRecord } from '../check/values.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { type Issue, issue, shorten } from '../result/result.js';
import { type InspectionColumns, TABLE_PRESETS, type TableFormat, type TablePreset } from './columns.js';
import { type FixedFramework, fixedFrameworkOf } from './fixedFramework.js';

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

/** The fields of a column map that name a header. */
const HEADER_KEYS = [
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
] as const;

/** Every field a column map can hold: its headers, the framework it fixes, and the areas' headers. */
const COLUMN_KEYS: readonly (keyof InspectionColumns)[] = [...HEADER_KEYS, 'framework', 'areas'];

/** A header a caller's column map names, and where it names it. @internal */
export interface NamedHeader {
  readonly path: readonly string[];
  readonly field: string;
  readonly header: string;
}

/**
 * The format a table is read with: a preset's, or the caller's column map (its grade
 * columns, where it maps a built-in framework's areas); the framework the map fixes for
 * every row, if it does; and the headers the caller's map names, to check against the rows.
 *
 * @internal
 */
export interface ReadFormat {
  readonly format: TableFormat;
  readonly fixed?: FixedFramework;
  readonly headers: readonly NamedHeader[];
}

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
    } else if (key === 'areas') {
      areasMapIssues(issues, value);
    } else if (typeof value !== 'string' || value === '') {
      const what = key === 'framework' ? "a framework's id" : "a column's header";
      issues.push(
        issue(
          ['options', 'columns', key],
          'invalid-type',
          `columns.${key} must be ${what}, as text, got ${describeValue(value)}.`,
          {
            field: `columns.${key}`,
            found: describeValue(value),
            rule: key === 'framework' ? 'framework-id' : 'header',
          },
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

/** The problems with `areas`: an object from area ids to headers, as text. */
function areasMapIssues(issues: Issue[], areas: unknown): void {
  if (!isRecord(areas) || Array.isArray(areas)) {
    issues.push(
      issue(
        ['options', 'columns', 'areas'],
        'invalid-type',
        `columns.areas must be an object from the framework's area ids to their columns' headers, got ${describeValue(areas)}.`,
        { field: 'columns.areas', found: describeValue(areas), rule: 'areas' },
      ),
    );
    return;
  }
  for (const area of Object.keys(areas)) {
    const header = areas[area];
    if (typeof header === 'string' && header !== '') continue;
    issues.push(
      issue(
        ['options', 'columns', 'areas', area],
        'invalid-type',
        `columns.areas.${shorten(area)} must be a column's header, as text, got ${describeValue(header)}.`,
        { field: `columns.areas.${shorten(area)}`, found: describeValue(header), rule: 'header' },
      ),
    );
  }
}

/** The headers a checked column map names, each with its place in the map. */
function namedHeaders(columns: Readonly<Record<string, unknown>>): NamedHeader[] {
  const named: NamedHeader[] = [];
  for (const key of HEADER_KEYS) {
    const header = columns[key];
    if (typeof header === 'string') named.push({ path: [key], field: `columns.${key}`, header });
  }
  const areas = (columns.areas ?? {}) as Readonly<Record<string, string>>;
  for (const area of Object.keys(areas)) {
    named.push({ path: ['areas', area], field: `columns.areas.${area}`, header: areas[area] as string });
  }
  return named;
}

/**
 * The format to read with: a preset's, or the caller's column map, checked, with the
 * framework it fixes among the built-in ones and the caller's `frameworks`. @internal
 */
export function formatOf(columns: unknown, frameworks: readonly DefinedFramework[] | undefined): ReadFormat {
  if (typeof columns === 'string' && Object.hasOwn(TABLE_PRESETS, columns)) {
    return { format: TABLE_PRESETS[columns as TablePreset], headers: [] };
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
  if (issues.length > 0 || !isRecord(columns)) throw refusal('invalid-option', 'readInspectionRows', issues);
  const { read, fixed } = fixedFrameworkOf(issues, columns, frameworks);
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
  const format = { columns: read as unknown as InspectionColumns, dateStyle: {}, checks: {}, source: CALLERS_SOURCE };
  return { format, ...(fixed !== undefined && { fixed }), headers: namedHeaders(columns) };
}

/** The headers a table's rows have, in the order first met. */
function headersOf(rows: readonly unknown[]): string[] {
  const headers = new Set<string>();
  for (const row of rows) if (isRecord(row)) for (const key of Object.keys(row)) headers.add(key);
  return [...headers];
}

/** Refuses a caller's column map naming a header that no row has, before any row is read. @internal */
export function checkHeaders({ headers: named }: ReadFormat, rows: readonly unknown[]): void {
  if (named.length === 0 || rows.length === 0) return;
  const headers = headersOf(rows);
  if (headers.length === 0) return;
  const issues: Issue[] = [];
  for (const { path, field, header } of named) {
    if (headers.includes(header)) continue;
    const shown = headers
      .slice(0, 20)
      .map((h) => `"${shorten(h)}"`)
      .join(', ');
    issues.push(
      issue(
        ['options', 'columns', ...path],
        'invalid-value',
        `${field} names "${shorten(header)}", a header no row has: the table's headers are ${shown}${headers.length > 20 ? ', …' : ''}. Check the spelling, or leave ${path.at(-1)} out.`,
        {
          field,
          found: `"${shorten(header)}"`,
          allowed: headers.slice(0, 20),
          rule: 'no-such-header',
        },
      ),
    );
  }
  if (issues.length > 0) throw refusal('invalid-option', 'readInspectionRows', issues);
}
