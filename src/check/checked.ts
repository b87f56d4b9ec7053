import { deepFreeze } from '../internal/deepFreeze.js';

/**
 * Values the library has checked and then frozen, all the way down: a plan or action
 * read by a parse function. Frozen values cannot change, so a function given one again
 * may skip checking it; the set holds them weakly, so it never keeps one alive.
 */
const CHECKED = /* @__PURE__ */ new WeakSet<object>();

/**
 * Freezes a value the library has just checked and built (never one a caller passed),
 * and everything in it, and remembers it, with the values in `parts`, as checked.
 * Returns the value.
 *
 * @internal
 */
export function markChecked<T extends object>(value: T, parts: readonly object[] = []): T {
  deepFreeze(value);
  CHECKED.add(value);
  for (const part of parts) CHECKED.add(part);
  return value;
}

/** Whether a value is one {@link markChecked} froze after checking it. @internal */
export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && CHECKED.has(value);
}
