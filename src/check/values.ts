import { shorten } from '../result/result.js';
import { LIMITS } from './limits.js';

/**
 * A value as a message may name it, without ever calling the value's own code: text in
 * quotes and shortened, numbers as written, and other things by what they are. Reading a
 * proxy's tag may throw, so that is guarded too.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `"${shorten(value)}"`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  try {
    return Object.prototype.toString.call(value) === '[object Date]' ? 'a Date object' : 'an object';
  } catch {
    return 'an object';
  }
}

/** Whether a value is an object that is not a list (a record of named fields). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an object's fields can only be its own: its prototype is a realm's
 * `Object.prototype`, or it has none. An object made with `Object.create(fields)` is not.
 *
 * @internal
 */
export function isPlainRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  // This realm's Object.prototype first: the common case, with one read fewer.
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * Whether a list iterates as a list: an array of a realm's own kind (not a subclass), with
 * no iterator of its own.
 *
 * @internal
 */
export function isPlainList(value: readonly unknown[]): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (
    !Object.hasOwn(value, Symbol.iterator) &&
    prototype !== null &&
    Array.isArray(prototype) &&
    Object.getPrototypeOf(Object.getPrototypeOf(prototype)) === null
  );
}

/**
 * The characters JavaScript's `trim()` and `\s` treat as white space, written out so that
 * the same pattern means the same in every language that reads the JSON Schema.
 *
 * @internal
 */
export const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** Text with at least one character that is not white space. @internal */
export const NON_BLANK = /* @__PURE__ */ new RegExp(`[^${WHITE_SPACE}]`);

/** The number of Unicode code points in a text, counted only when it could matter. */
function tooLong(text: string): boolean {
  if (text.length <= LIMITS.textLength) return false;
  if (text.length > 2 * LIMITS.textLength) return true;
  let points = 0;
  for (const _ of text) points += 1;
  return points > LIMITS.textLength;
}

/** Whether text starts with a printable ASCII character other than a space: the usual case, which needs no pattern. */
function startsVisible(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127;
}

/** What is wrong with a value where text is needed, or `undefined` when it is fine. @internal */
export function textProblem(value: unknown): 'invalid-type' | 'empty' | 'too-long' | undefined {
  if (typeof value !== 'string') return 'invalid-type';
  if (!startsVisible(value) && !NON_BLANK.test(value)) return 'empty';
  return tooLong(value) ? 'too-long' : undefined;
}

/** Whether a value is usable text: a string, not blank, within the length limit. @internal */
export function isText(value: unknown): value is string {
  return textProblem(value) === undefined;
}
