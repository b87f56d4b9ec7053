/**
 * Freezes a plain data structure and everything in it, and returns it with its type.
 *
 * Freezing is a side effect, so the function itself must never carry a bundler's
 * "no side effects" annotation: a minifier would then drop the recursive calls, whose
 * results are unused, and freeze only the top level. Mark each top-level call as pure
 * instead, so that a consumer's bundler can drop reference data nobody imports.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
