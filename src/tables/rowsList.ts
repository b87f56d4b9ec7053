import { LIMITS } from '../check/limits.js';
import { checkArgument } from '../check/options.js';
import { listSnapshot, type SnapshotRefusal, snapshot } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import type { IssueParams } from '../result/result.js';

/** What the words of each way the list of rows can be refused need (`unreadable` names only the field). */
const ROWS_REFUSED: Readonly<Record<SnapshotRefusal['reason'], IssueParams>> = {
  hole: { field: 'rows', found: 'a hole', rule: 'hole' },
  'too-many': { field: 'rows', limit: LIMITS.listLength },
  'foreign-list': { field: 'rows', found: 'a list with an iterator or prototype of its own', rule: 'plain-list' },
  unreadable: { field: 'rows' },
};

/**
 * The rows given to `readInspectionRows`, read once: the list by index, then each row into
 * the reader's own copy. Throws `OfstedIlacsError` (`invalid-argument`) when `rows` is not
 * a list, has a hole, is too long or cannot be read.
 *
 * @internal
 */
export function rowsListOf(rows: unknown): unknown[] {
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
      params: ROWS_REFUSED[refused.reason],
    });
  }
  if (list === undefined) {
    checkArgument('readInspectionRows', 'rows', {
      code: 'invalid-type',
      message: `rows must be a list of rows (objects of header to text, as a CSV reader gives them), got ${describeValue(rows)}.`,
      params: { field: 'rows', found: describeValue(rows), rule: 'list' },
    });
  }
  return list as unknown[];
}

/** The marker of a row whose reading threw. @internal */
export const UNREADABLE = Symbol('unreadable row');

/** The reader's own copy of one row: its own cells, read once; a row that cannot be read stays a marker. @internal */
export function rowSnapshot(row: unknown): unknown {
  if (!isRecord(row)) return row;
  try {
    return snapshot(row, 2);
  } catch {
    return UNREADABLE;
  }
}
