import { LIMITS } from './limits.js';

/** Why a value could not be copied: a hole in a list, a list too long, or a read that threw. @internal */
export class SnapshotRefusal {
  /** Where, from the value given: filled in as the copy unwinds. */
  readonly path: (string | number)[] = [];
  constructor(readonly reason: 'hole' | 'too-many' | 'unreadable') {}
}

/**
 * Copies a caller's plain data once, so that a door checks and works on its own copy and
 * never reads the caller's value again: own enumerable string keys of objects, lists by
 * index up to their length (read once), primitives as they are. A hole in a list, a list
 * longer than `LIMITS.listLength`, nesting deeper than `depth`, or a read that throws (a
 * getter, a proxy's trap) is refused with a {@link SnapshotRefusal}, thrown. Inherited
 * fields are not copied, so they are not there to check or use.
 *
 * @internal
 */
export function snapshot(value: unknown, depth = 12): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth === 0) throw new SnapshotRefusal('unreadable');
  let at: string | number | undefined;
  try {
    if (Array.isArray(value)) return copyList(value, (item) => snapshot(item, depth - 1));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      at = key;
      const read = snapshot((value as Record<string, unknown>)[key], depth - 1);
      // Defined, not assigned: a key such as "__proto__" stays data.
      Object.defineProperty(copy, key, { value: read, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  } catch (error) {
    const refusal = error instanceof SnapshotRefusal ? error : new SnapshotRefusal('unreadable');
    if (at !== undefined) refusal.path.unshift(at);
    throw refusal;
  }
}

/**
 * A list read once, by index: its length once, each place once through `each`; a hole or
 * a list too long refused, with the place of the hole or of the item that was refused.
 */
function copyList(value: readonly unknown[], each: (item: unknown) => unknown): unknown[] {
  let at: number | undefined;
  try {
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
