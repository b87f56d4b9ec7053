import type { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { type Issue, issue } from '../result/result.js';
import { isChecked } from './checked.js';
import { LIMITS } from './limits.js';
import { refusal } from './refusal.js';
import { unreadable } from './unreadable.js';
import { isPlainList, isPlainRecord } from './values.js';

/**
 * Why a value could not be copied: a hole in a list, a list too long, a list with its own
 * iterator or prototype, an object whose prototype is not a plain object's (so that some
 * of its fields may be inherited), or a read that threw.
 *
 * @internal
 */
export class SnapshotRefusal {
  /** Where, from the value given: filled in as the copy unwinds. */
  readonly path: (string | number)[] = [];
  constructor(readonly reason: 'hole' | 'too-many' | 'foreign-list' | 'foreign-object' | 'unreadable') {}
}

/**
 * Copies a caller's plain data once, so that a door checks and works on its own copy and
 * never reads the caller's value again: own enumerable string keys of objects, lists by
 * index up to their length (read once), primitives as they are. A hole in a list, a list
 * with an iterator or prototype of its own (which would iterate otherwise than it
 * indexes), an object with a prototype of its own (whose fields may be inherited), a
 * list longer than `LIMITS.listLength`, nesting deeper than `depth`, or a read that
 * throws (a getter, a proxy's trap) is refused with a {@link SnapshotRefusal}, thrown:
 * so every door refuses them alike, whether it checks by hand or by schema.
 *
 * @internal
 */
export function snapshot(value: unknown, depth = 12): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth === 0) throw new SnapshotRefusal('unreadable');
  let at: string | number | undefined;
  try {
    if (Array.isArray(value)) return copyList(value, (item) => snapshot(item, depth - 1));
    if (!isPlainRecord(value)) throw new SnapshotRefusal('foreign-object');
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      at = key;
      const read = snapshot((value as Record<string, unknown>)[key], depth - 1);
      // "__proto__" defined, not assigned, so that it stays data; every other key assigned, which is fast.
      if (key === '__proto__') {
        Object.defineProperty(copy, key, { value: read, enumerable: true, writable: true, configurable: true });
      } else copy[key] = read;
    }
    return copy;
  } catch (error) {
    const refusal = error instanceof SnapshotRefusal ? error : new SnapshotRefusal('unreadable');
    if (at !== undefined) refusal.path.unshift(at);
    throw refusal;
  }
}

/**
 * A list read once, by index: its length once, each place once through `each`; a hole, a
 * list too long or one with its own iterator or prototype refused, with the place of the
 * hole or of the item that was refused.
 */
function copyList(value: readonly unknown[], each: (item: unknown) => unknown): unknown[] {
  let at: number | undefined;
  try {
    if (!isPlainList(value)) throw new SnapshotRefusal('foreign-list');
    const length = value.length;
    if (length > LIMITS.listLength) throw new SnapshotRefusal('too-many');
    const copy: unknown[] = new Array(length);
    for (let index = 0; index < length; index += 1) {
      at = index;
      if (!Object.hasOwn(value, index)) throw new SnapshotRefusal('hole');
      copy[index] = each(value[index]);
    }
    return copy;
  } catch (error) {
    const refusal = error instanceof SnapshotRefusal ? error : new SnapshotRefusal('unreadable');
    if (at !== undefined) refusal.path.unshift(at);
    throw refusal;
  }
}

/**
 * Reads a list once, by index, without copying its items: its length once, each place
 * once, a hole or a list too long refused as {@link snapshot} refuses them. `undefined`
 * for a value that is not a list.
 *
 * @internal
 */
export function listSnapshot(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? copyList(value, (item) => item) : undefined;
}

/**
 * The issue for a value that could not be copied, at `path` and the place in it that was
 * refused: a hole in a list (`missing`), a list with its own iterator or prototype or an
 * object with a prototype of its own (`invalid-type`), a list too long (`too-many`), a read that threw (`unreadable`). The words for each stand here once.
 *
 * @internal
 */
export function refusedCopyIssue(error: unknown, path: readonly (string | number)[]): Issue {
  const refused = error instanceof SnapshotRefusal ? error : new SnapshotRefusal('unreadable');
  const at = [...path, ...refused.path];
  if (refused.reason === 'hole') {
    return issue(at, 'missing', `${at.join('.')} is a hole in its list: give a value at every place.`, {
      field: at.join('.'),
      found: 'a hole',
      rule: 'hole',
    });
  }
  if (refused.reason === 'foreign-list') {
    return issue(
      at,
      'invalid-type',
      `${at.join('.')} must be a plain list (as JSON.parse or a list literal gives), got one with an iterator or prototype of its own: copy it with Array.from first.`,
      { field: at.join('.'), found: 'a list with an iterator or prototype of its own', rule: 'plain-list' },
    );
  }
  if (refused.reason === 'foreign-object') {
    const field = at.length > 0 ? at.join('.') : 'the value';
    return issue(
      at,
      'invalid-type',
      `${field} must be a plain object (as JSON.parse or an object literal gives), got one with a prototype of its own: fields inherited from a prototype are not read, so give each as the object's own.`,
      { field, found: 'an object with a prototype of its own', rule: 'plain-object' },
    );
  }
  if (refused.reason === 'too-many') {
    return issue(at, 'too-many', `${at.join('.')} holds more items than one list may (LIMITS.listLength).`, {
      field: at.join('.'),
      limit: LIMITS.listLength,
    });
  }
  return unreadable(at);
}

/**
 * The caller's value, read once into a plain copy of its own (see {@link snapshot}); a
 * value that cannot be copied is refused with `OfstedIlacsError` (`code`), naming where.
 *
 * @internal
 */
export function readCopy(
  fn: string,
  at: string | readonly (string | number)[],
  value: unknown,
  code: OfstedIlacsError['code'],
): unknown {
  try {
    return snapshot(value);
  } catch (error) {
    throw refusal(code, fn, [refusedCopyIssue(error, typeof at === 'string' ? [at] : at)]);
  }
}

/**
 * The caller's value read once, into the library's own copy (see {@link snapshot}); a
 * value the library checked and froze, as it is; or the issue saying why it cannot be
 * read, at `path` (see {@link refusedCopyIssue}). Never throws: for the doors that
 * answer with issues rather than throw.
 *
 * @internal
 */
export function copyOnce(
  value: unknown,
  path: readonly (string | number)[] = [],
): { readonly copy: unknown } | { readonly refused: Issue } {
  if (isChecked(value)) return { copy: value };
  try {
    return { copy: snapshot(value) };
  } catch (error) {
    return { refused: refusedCopyIssue(error, path) };
  }
}

/**
 * The issues `rules` find in a value, or `unreadable` where reading it throws. Never
 * throws. @internal
 */
export function issuesOf<T>(value: T, rules: (value: T) => readonly Issue[]): readonly Issue[] {
  try {
    return rules(value);
  } catch {
    return [unreadable()];
  }
}

/**
 * A door that answers with issues: the caller's value read once (see {@link copyOnce}),
 * and the issues `rules` find in the copy, which is the only value read after. Never
 * throws. @internal
 */
export function checkCopy<T>(
  value: unknown,
  rules: (value: T) => readonly Issue[],
): { readonly copy?: T; readonly issues: readonly Issue[] } {
  const read = copyOnce(value);
  if ('refused' in read) return { issues: [read.refused] };
  return { copy: read.copy as T, issues: issuesOf(read.copy as T, rules) };
}
