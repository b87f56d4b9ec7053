import { describeValue, isRecord } from '../check/values.js';
import { abolishedBefore } from '../outcomes/authorities.js';
import { checkedRecords, type InspectionRecord } from '../outcomes/inspectionRecord.js';
import { fail, type IssueCode, issue, type Result, succeed } from '../result/result.js';
import { checkedCell } from './cells.js';
import { authorityOf } from './rowAuthority.js';
import { datesOf } from './rowDates.js';
import { frameworkOf, kindCellOf } from './rowFramework.js';
import { gradeCellsOf, outcomeOf } from './rowOutcome.js';
import { RowReader, type TableReading } from './rowReader.js';
import { UNREADABLE } from './rowsList.js';

/**
 * The record a row holds: its checked columns, authority, kind, dates, framework and
 * outcome, each read at its column; every problem is reported, and a row with any is
 * refused, with them all.
 */
function recordOf(reader: RowReader): Result<InspectionRecord> {
  const { columns, checks } = reader.format;
  for (const [column, check] of Object.entries(checks))
    reader.take(column, checkedCell(column, reader.cell(column), check, reader.table.readings));
  const authority = authorityOf(reader);
  const kind = kindCellOf(reader);
  const dates = datesOf(reader);
  const { start, end, published } = dates;
  const cells = gradeCellsOf(reader);
  const badDate = reader.refusedAny([columns.start, columns.published]);
  const chosen = badDate ? undefined : frameworkOf(reader, dates, kind);
  // A kind the reader does not know is a warning only on a row that reads; on one that does not, it is one more problem.
  if (chosen === undefined && 'unknown' in kind && columns.kind !== undefined) {
    if (!reader.refusedAny([columns.kind])) reader.refuse(columns.kind, kind.unknown);
  }
  const outcome = chosen === undefined ? undefined : outcomeOf(reader, chosen[0], cells);
  const abolished =
    authority?.official === undefined
      ? undefined
      : abolishedBefore(authority.official, start ?? end ?? published, columns.authority);
  if (abolished !== undefined) reader.refuse(columns.authority, abolished);
  if (reader.issues.length > 0 || authority === undefined || chosen === undefined || outcome === undefined) {
    return fail(reader.issues);
  }
  const record: InspectionRecord = {
    authority,
    ...(chosen[1] !== undefined && { kind: chosen[1] }),
    ...(start !== undefined && { firstDayOnSite: start }),
    ...(end !== undefined && { lastDayOnSite: end }),
    ...(published !== undefined && { published }),
    outcome,
    source: { ...reader.table.source, row: reader.index },
  };
  return succeed(record, reader.warnings);
}

/**
 * One row, whatever it is, read into an inspection record checked by the core's rules;
 * never throws.
 *
 * @internal
 */
export function readRow(row: unknown, index: number, table: TableReading): Result<InspectionRecord> {
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
  return read.ok ? succeed(checkedRecords([read.value])[0] as InspectionRecord, read.warnings) : read;
}
