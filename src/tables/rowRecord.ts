import { describeValue, isRecord } from '../check/values.js';
import type { DefinedOutcome } from '../defined/definedFramework.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import { abolishedBefore } from '../outcomes/authorities.js';
import { checkedRecords, type InspectionRecord } from '../outcomes/inspectionRecord.js';
import { fail, type IssueCode, issue, type Result, succeed } from '../result/result.js';
import { checkedCell } from './cells.js';
import { authorityOf } from './rowAuthority.js';
import { datesOf, type RowDates } from './rowDates.js';
import { definedRowOf } from './rowDefined.js';
import { frameworkOf, type Kind, type KindCell, kindCellOf } from './rowFramework.js';
import { gradeCellsOf, outcomeOf } from './rowOutcome.js';
import { RowReader, type TableReading } from './rowReader.js';
import { UNREADABLE } from './rowsList.js';

/** A record read from a row: under a built-in framework, or under one of the caller's. @internal */
export type RowRecord = InspectionRecord<InspectionOutcome | DefinedOutcome>;

/**
 * The kind and outcome of a row under the built-in frameworks: its grade cells, each read
 * whatever the framework so that every unreadable one is reported, then the framework its
 * dates and kind decide (or the column map fixes), and the outcome under it.
 */
function builtInRowOf(
  reader: RowReader,
  dates: RowDates,
  kind: KindCell,
): [Kind | undefined, InspectionOutcome] | undefined {
  const { columns } = reader.format;
  const cells = gradeCellsOf(reader);
  const badDate = reader.refusedAny([columns.start, columns.published]);
  const chosen = badDate ? undefined : frameworkOf(reader, dates, kind);
  // A kind the reader does not know is a warning only on a row that reads; on one that does not, it is one more problem.
  if (chosen === undefined && 'unknown' in kind && columns.kind !== undefined) {
    if (!reader.refusedAny([columns.kind])) reader.refuse(columns.kind, kind.unknown);
  }
  const outcome = chosen === undefined ? undefined : outcomeOf(reader, chosen[0], cells);
  return chosen === undefined || outcome === undefined ? undefined : [chosen[1], outcome];
}

/**
 * The record a row holds: its checked columns, authority, kind, dates, framework and
 * outcome, each read at its column; every problem is reported, and a row with any is
 * refused, with them all.
 */
function recordOf(reader: RowReader): Result<RowRecord> {
  const { columns, checks } = reader.format;
  for (const [column, check] of Object.entries(checks))
    reader.take(column, checkedCell(column, reader.cell(column), check, reader.table.readings));
  const authority = authorityOf(reader);
  const kind = kindCellOf(reader);
  const dates = datesOf(reader);
  const { start, end, published } = dates;
  const fixed = reader.table.fixed;
  const read = fixed?.kind === 'defined' ? definedRowOf(reader, fixed, dates, kind) : builtInRowOf(reader, dates, kind);
  const abolished =
    authority?.official === undefined
      ? undefined
      : abolishedBefore(authority.official, start ?? end ?? published, columns.authority);
  if (abolished !== undefined) reader.refuse(columns.authority, abolished);
  if (reader.issues.length > 0 || authority === undefined || read === undefined) return fail(reader.issues);
  const [readKind, outcome] = read;
  const record: RowRecord = {
    authority,
    ...(readKind !== undefined && { kind: readKind }),
    ...(start !== undefined && { firstDayOnSite: start }),
    ...(end !== undefined && { lastDayOnSite: end }),
    ...(published !== undefined && { published }),
    outcome,
    source: { ...reader.table.source, row: reader.index },
  };
  return succeed(record, reader.warnings);
}

/**
 * One row, whatever it is, read into an inspection record checked by the core's rules (or
 * by the rules of the caller's framework the column map fixes); never throws. A record
 * under a built-in framework is marked checked, for `ofsted-ilacs/outcomes` to take as it
 * is; one under the caller's framework is frozen only, since those functions know only
 * the built-in frameworks and check what they are given.
 *
 * @internal
 */
export function readRow(row: unknown, index: number, table: TableReading): Result<RowRecord> {
  if (row === UNREADABLE) {
    return fail([
      issue([index], 'unreadable', `Row ${index} could not be read: reading one of its values threw.`, {
        field: `Row ${index}`,
      }),
    ]);
  }
  if (!isRecord(row)) {
    return fail([
      issue(
        [index],
        'invalid-type' as IssueCode,
        `Row ${index} is ${describeValue(row)}: expected an object of header to text, as a CSV reader gives with columns on.`,
        { field: `Row ${index}`, found: describeValue(row), rule: 'row' },
      ),
    ]);
  }
  const read = recordOf(new RowReader(row, index, table));
  if (!read.ok) return read;
  const record =
    table.fixed?.kind === 'defined'
      ? deepFreeze(read.value)
      : (checkedRecords([read.value as InspectionRecord])[0] as InspectionRecord);
  return succeed(record, read.warnings);
}
