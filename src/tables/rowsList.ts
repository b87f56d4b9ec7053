import type { Problem } from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { checkArgument } from '../check/options.js';
import { listSnapshot, type SnapshotRefusal, snapshot } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';

/**
 * Each way the list of rows can be refused: its code, its sentence and what the words need.
 * Every reason a copy can be refused has its entry (an object with a prototype of its own
 * too, though the list's rows are read one by one, each on its own).
 */
const ROWS_REFUSED: Readonly<Record<SnapshotRefusal['reason'], (at: string) => Problem>> = {
  hole: (at) => ({
    code: 'missing',
    message: `rows has a hole at ${at}: give a row at every place.`,
    params: { field: 'rows', found: 'a hole', rule: 'hole' },
  }),
  'too-many': () => ({
    code: 'too-many',
    message: 'rows holds more rows than one call reads (LIMITS.listLength): read the table in parts.',
    params: { field: 'rows', limit: LIMITS.listLength },
  }),
  'foreign-list': () => ({
    code: 'invalid-type',
    message:
      'rows must be a plain list (as a CSV reader or JSON.parse gives), got one with an iterator or prototype of its own: copy it with Array.from first.',
    params: { field: 'rows', found: 'a list with an iterator or prototype of its own', rule: 'plain-list' },
  }),
  'foreign-object': () => ({
    code: 'invalid-type',
    message:
      'rows must be a plain list of plain objects (as a CSV reader or JSON.parse gives), got an object with a prototype of its own: copy it into a plain object first.',
    params: { field: 'rows', found: 'an object with a prototype of its own', rule: 'plain-object' },
  }),
  unreadable: () => ({
    code: 'unreadable',
    message: 'rows could not be read: reading it threw. Pass the plain rows a CSV reader gives.',
    params: { field: 'rows' },
  }),
};

/**
 * The rows given to `readInspectionRows`, read once: the list by index, then each row into
 * the reader's own copy. Throws `OfstedIlacsError` (`invalid-argument`) when `rows` is not
 * a list, has a hole, is too long, iterates its own way or cannot be read.
 *
 * @internal
 */
export function rowsListOf(rows: unknown): unknown[] {
  let list: unknown[] | undefined;
  try {
    list = listSnapshot(rows);
  } catch (error) {
    const refused = error as SnapshotRefusal;
    checkArgument('readInspectionRows', 'rows', ROWS_REFUSED[refused.reason](refused.path.join('.')));
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
