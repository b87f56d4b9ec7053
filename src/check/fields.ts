import { badDateCode, describeBadDate, isCalendarDate } from '../calendar/calendarDate.js';
import { type Issue, type IssueCode, type IssueParams, issue } from '../result/result.js';
import { LIMITS } from './limits.js';
import { describeValue, isPlainList, isPlainRecord, isRecord, textProblem } from './values.js';

/**
 * The core's checks of single fields and of records' shapes, shared by every door: the
 * create and lifecycle functions call them on what they are given, and the schema layer
 * calls the same field checks inside its zod schemas. Each pushes issues onto a list and
 * returns whether the value passed.
 *
 * @internal
 */
export type Path = readonly (string | number)[];

/** One problem with a single value, before it is placed at a path. @internal */
export interface Problem {
  readonly code: IssueCode;
  readonly message: string;
  readonly params: IssueParams;
}

/** The problem with a value where text is needed, if any. `what` names the field in the message. @internal */
export function textFieldProblem(value: unknown, what: string): Problem | undefined {
  const problem = textProblem(value);
  if (problem === undefined) return undefined;
  if (value === undefined)
    return { code: 'missing', message: `${what} is missing: give it as text.`, params: { field: what } };
  if (problem === 'invalid-type') {
    const found = describeValue(value);
    return {
      code: 'invalid-type',
      message: `${what} must be text, got ${found}.`,
      params: { field: what, found, rule: 'text' },
    };
  }
  if (problem === 'empty')
    return { code: 'empty', message: `${what} may not be blank: give some text.`, params: { field: what } };
  return {
    code: 'too-long',
    message: `${what} is longer than ${LIMITS.textLength.toLocaleString('en-GB')} characters: shorten it.`,
    params: { field: what, limit: LIMITS.textLength },
  };
}

/** The problem with a value where a calendar date is needed, if any. @internal */
export function dateFieldProblem(value: unknown, what: string): Problem | undefined {
  if (isCalendarDate(value)) return undefined;
  if (value === undefined) {
    return {
      code: 'missing',
      message: `${what} is missing: give a date written YYYY-MM-DD.`,
      params: { field: what, rule: 'date' },
    };
  }
  return {
    code: badDateCode(value),
    message: describeBadDate(value),
    params: { field: what, found: describeValue(value), rule: 'date' },
  };
}

/** The problem with a value where a whole number from `min` to `max` is needed, if any. @internal */
export function wholeNumberProblem(value: unknown, what: string, min: number, max: number): Problem | undefined {
  if (Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max) return undefined;
  if (value === undefined) {
    return {
      code: 'missing',
      message: `${what} is missing: give a whole number.`,
      params: { field: what, rule: 'whole-number' },
    };
  }
  const range = `from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`;
  const found = describeValue(value);
  const params = { field: what, found, limit: max, rule: 'whole-number' };
  if (typeof value !== 'number') {
    return { code: 'invalid-type', message: `${what} must be a whole number ${range}, got ${found}.`, params };
  }
  return {
    code: Number.isInteger(value) ? 'out-of-range' : 'invalid-value',
    message: `${what} must be a whole number ${range}, got ${found}.`,
    params,
  };
}

/** The problem with a value that must be one of a list of ids, if any. @internal */
export function oneOfProblem(value: unknown, values: readonly string[], what: string): Problem | undefined {
  if (typeof value === 'string' && values.includes(value)) return undefined;
  if (value === undefined) {
    return {
      code: 'missing',
      message: `${what} is missing: use ${listOr(values)}.`,
      params: { field: what, allowed: values },
    };
  }
  const found = describeValue(value);
  return {
    code: typeof value === 'string' ? 'invalid-value' : 'invalid-type',
    message: `${what} must be ${listOr(values)}, got ${found}${suggestion(value, values)}.`,
    params: { field: what, found, allowed: values },
  };
}

/** "a, b or c". @internal */
export function listOr(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** " (did you mean x?)" when a value differs from one of the allowed ids only in case or separators. @internal */
export function suggestion(value: unknown, values: readonly string[]): string {
  if (typeof value !== 'string') return '';
  const loose = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = loose(value);
  const close =
    values.find((candidate) => loose(candidate) === wanted) ??
    (wanted.length >= 4 ? values.find((candidate) => loose(candidate).startsWith(wanted)) : undefined);
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}

/** Pushes a problem, if there is one, at a path; returns whether there was none. @internal */
export function place(issues: Issue[], path: Path, problem: Problem | undefined): boolean {
  if (problem === undefined) return true;
  issues.push(issue(path, problem.code, problem.message, problem.params));
  return false;
}

/** Pushes a problem, if there is one, at `path` and then `key`, building the path only when needed. @internal */
export function placeAt(issues: Issue[], path: Path, key: string | number, problem: Problem | undefined): boolean {
  return problem === undefined || place(issues, [...path, key], problem);
}

/**
 * Checks that a value is a record and has no fields but those named; pushes an issue for
 * a value that is not a record, and one for each unknown field. Returns the record, or
 * `undefined` when it was not one.
 *
 * @internal
 */
export function recordAt(
  issues: Issue[],
  value: unknown,
  path: Path,
  what: string,
  fields: readonly string[],
): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    const found = describeValue(value);
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `${what} must be an object with ${listAnd(fields)}, got ${found}.`,
        { field: what, found, allowed: fields, rule: 'object' },
      ),
    );
    return undefined;
  }
  if (!isPlainRecord(value)) {
    issues.push(
      issue(
        path,
        'invalid-type',
        `${what} must be a plain object whose fields are its own (as JSON.parse or an object literal gives), got one whose fields may come from its prototype: copy the fields into a plain object.`,
        { field: what, found: 'an object with a prototype of its own', rule: 'plain-object' },
      ),
    );
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) {
      issues.push(
        issue(
          [...path, key],
          'unknown-key',
          `"${describeKey(key)}" is not a field of ${what}: remove it, or check its spelling${suggestion(key, fields).replace(' (', '; ').replace('?)', '?')}.`,
          { field: what, found: `"${describeKey(key)}"`, allowed: fields },
        ),
      );
    }
  }
  return value;
}

/**
 * Checks that a value is a list of at most `LIMITS.listLength` items; pushes an issue if
 * not, and returns the list or `undefined`.
 *
 * @internal
 */
export function listAt(issues: Issue[], value: unknown, path: Path, what: string): readonly unknown[] | undefined {
  if (Array.isArray(value) && !isPlainList(value)) {
    issues.push(
      issue(
        path,
        'invalid-type',
        `${what} must be a plain list (as JSON.parse or a list literal gives), got one with an iterator or prototype of its own: copy it with Array.from first.`,
        { field: what, found: 'a list with an iterator or prototype of its own', rule: 'plain-list' },
      ),
    );
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.push(
      issue(
        path,
        value === undefined ? 'missing' : 'invalid-type',
        `${what} must be a list, got ${describeValue(value)}.`,
        { field: what, found: describeValue(value), rule: 'list' },
      ),
    );
    return undefined;
  }
  if (value.length > LIMITS.listLength) {
    issues.push(
      issue(
        path,
        'too-many',
        `${what} has ${value.length.toLocaleString('en-GB')} items; at most ${LIMITS.listLength.toLocaleString('en-GB')} are accepted.`,
        { field: what, found: `${value.length} items`, limit: LIMITS.listLength },
      ),
    );
    return undefined;
  }
  for (let index = 0; index < value.length; index += 1) {
    if (!Object.hasOwn(value, index)) {
      issues.push(
        issue([...path, index], 'missing', `${what} has a hole at ${index}: give a value at every place of the list.`, {
          field: what,
          found: 'a hole',
          rule: 'hole',
        }),
      );
      return undefined;
    }
  }
  return value;
}

/** "a, b and c". @internal */
export function listAnd(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}

function describeKey(key: string): string {
  return key.length > 60 ? `${key.slice(0, 60)}…` : key;
}
