/**
 * The tests that change one value somewhere in a valid document, and the tests that look
 * at every object in one, share these.
 */

/** Every object and list in a value, the value itself first, depth first. */
export function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/**
 * One object of a document, chosen by `pick`, and one of its keys (also chosen by `pick`),
 * to change in place. The key is `undefined` when the object has none.
 */
export function somewhereIn(
  document: unknown,
  pick: number,
): { holder: Record<string, unknown>; key: string | undefined } {
  const holders = objectsIn(document);
  const holder = holders[pick % holders.length] as Record<string, unknown>;
  const keys = Object.keys(holder);
  return { holder, key: keys.length === 0 ? undefined : (keys[pick % keys.length] as string) };
}

/** Replaces one value somewhere in a document, in place; a document with nothing to replace is left as it was. */
export function replaceOneValue(document: unknown, pick: number, replacement: unknown): void {
  const { holder, key } = somewhereIn(document, pick);
  if (key !== undefined) holder[key] = replacement;
}
