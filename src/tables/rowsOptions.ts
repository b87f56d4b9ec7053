import type { CalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, placeAt, recordAt, textFieldProblem } from '../check/fields.js';
import { objectOption, readOptions, refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { type Issue, issue } from '../result/result.js';
import { formatOf, type ReadFormat } from './columnMap.js';
import type { TableFormat } from './columns.js';

/**
 * Reading the options of `readInspectionRows`: the format to read with (see
 * {@link formatOf}) and the source each record of the table names, the caller's or the
 * format's.
 *
 * @internal
 */
export type TableSource = { readonly name: string; readonly asAt?: CalendarDate };

/**
 * The options; `columns` is checked by {@link formatOf}, which says more, `source` by
 * {@link sourceOf}, and `frameworks` as every door that takes it checks it.
 */
const READ_OPTIONS = { columns: () => undefined, source: objectOption, frameworks: frameworksProblem };

/** The source each record names: the caller's, else the format's. */
function sourceOf(given: unknown, format: TableFormat): TableSource {
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
  return source as TableSource;
}

/**
 * The options of `readInspectionRows`, checked: the format to read with, the framework a
 * column map fixes, the headers it names, and the source each record names. The options
 * are read once, into a copy (the list of frameworks by index), and a column map and a
 * source into copies of their own fields; only those are used. Throws `OfstedIlacsError`
 * (`invalid-option`).
 *
 * @internal
 */
export function readRowsOptions(options: unknown): ReadFormat & { source: TableSource } {
  if (!isRecord(options)) {
    throw refusal('invalid-option', 'readInspectionRows', [
      issue(
        ['options'],
        options === undefined ? 'missing' : 'invalid-type',
        "Give options with columns: a preset's name or a column map.",
        { field: 'options', found: describeValue(options), rule: 'object' },
      ),
    ]);
  }
  const read = readOptions('readInspectionRows', options, READ_OPTIONS);
  const columns = readCopy('readInspectionRows', ['options', 'columns'], read.columns, 'invalid-option');
  const format = formatOf(columns, read.frameworks as readonly DefinedFramework[] | undefined);
  const given = readCopy('readInspectionRows', ['options', 'source'], read.source, 'invalid-option');
  return { ...format, source: sourceOf(given, format.format) };
}
