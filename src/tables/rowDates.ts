import type { CalendarDate } from '../calendar/calendarDate.js';
import { inspectionDateProblems } from '../inspection/inspectionDates.js';
import { dateOf } from './cells.js';
import type { RowReader } from './rowReader.js';

/**
 * A row's dates, each absent where its column is not mapped, is blank or was refused.
 *
 * @internal
 */
export interface RowDates {
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  readonly published?: CalendarDate;
}

/** How a date may be written, for messages, where the format does not say. */
const DATE_STYLE = 'YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY';

/** The date in a column, if it is mapped; a problem placed at it when it cannot be read. */
function dateAt(reader: RowReader, column: string | undefined): CalendarDate | undefined {
  if (column === undefined) return undefined;
  return reader.take(column, dateOf(column, reader.cell(column), reader.format.dateStyle[column] ?? DATE_STYLE));
}

/** The dates, checked by the one rule for an inspection's dates, placed at their columns. @internal */
export function datesOf(reader: RowReader): RowDates {
  const { columns } = reader.format;
  const start = dateAt(reader, columns.start);
  const end = dateAt(reader, columns.end);
  const published = dateAt(reader, columns.published);
  // A date already refused as unreadable is not judged again by the rule between dates.
  const refused = reader.refusedAny([columns.start, columns.end, columns.published]);
  const names = {
    start: columns.start,
    end: columns.end ?? 'the last day on site (map columns.end)',
    reportReceived: 'the day the report was received',
    published: columns.published ?? 'the publication date (map columns.published)',
  };
  const at = { start: columns.start, end: columns.end ?? 'end', published: columns.published ?? 'published' };
  for (const problem of refused ? [] : inspectionDateProblems({ start, end, published }, names, true)) {
    reader.refuse(problem.field === 'reportReceived' ? at.published : at[problem.field], problem);
  }
  return {
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
    ...(published !== undefined && { published }),
  };
}
