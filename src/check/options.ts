import { OfstedIlacsError } from '../error/OfstedIlacsError.js';
import { type Issue, issue, shorten } from '../result/result.js';
import {
  dateFieldProblem,
  oneOfProblem,
  type Path,
  type Problem,
  suggestion,
  textFieldProblem,
  wholeNumberProblem,
} from './fields.js';
import { refusal } from './refusal.js';
import { listSnapshot, refusedCopyIssue } from './snapshot.js';

export { refusal } from './refusal.js';

import { unreadable } from './unreadable.js';
import { describeValue, isRecord } from './values.js';

/** How to check one option's value: the problem with it, if any. @internal */
export type OptionRule = (value: unknown, name: string) => Problem | undefined;

/**
 * Checks an options bag against the rules for its options, pushing issues at
 * `options.<name>`: a bag that is not an object, an option the function does not have
 * (with the nearest name it does have), and a value an option cannot take. An option set
 * to `undefined` counts as not given. Returns the bag, or `undefined` when it is unusable.
 *
 * @internal
 */
export function optionIssues(
  issues: Issue[],
  options: unknown,
  rules: Readonly<Record<string, OptionRule>>,
  path: Path = ['options'],
): Record<string, unknown> | undefined {
  if (options === undefined) return {};
  try {
    return optionsIn(issues, options, rules, path);
  } catch {
    // A bag whose reading throws (a proxy, a getter): refused, never half-read.
    issues.push(unreadable(path));
    return undefined;
  }
}

function optionsIn(
  issues: Issue[],
  options: unknown,
  rules: Readonly<Record<string, OptionRule>>,
  path: Path,
): Record<string, unknown> | undefined {
  if (!isRecord(options)) {
    const found = describeValue(options);
    issues.push(
      issue(path, 'invalid-type', `options must be an object, got ${found}.`, {
        field: 'options',
        found,
        rule: 'object',
      }),
    );
    return undefined;
  }
  for (const name in options) {
    if (!Object.hasOwn(options, name)) continue;
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (rule === undefined) {
      const known = Object.keys(rules);
      issues.push(
        issue(
          [...path, name],
          'unknown-key',
          `"${shorten(name)}" is not an option here: the options are ${known.join(', ')}${suggestion(name, known).replace(' (', '; ').replace('?)', '?')}.`,
          { field: 'options', found: `"${shorten(name)}"`, allowed: known },
        ),
      );
      continue;
    }
    const value = options[name];
    if (value === undefined) continue;
    const problem = rule(value, name);
    if (problem !== undefined) issues.push(issue([...path, name], problem.code, problem.message, problem.params));
  }
  return options;
}

/**
 * Checks an options bag and throws {@link OfstedIlacsError} (`invalid-option`) naming the
 * function and each option at fault. Costs one pass over the options given.
 *
 * @internal
 */
export function checkOptions(fn: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): void {
  if (options === undefined) return;
  const issues: Issue[] = [];
  optionIssues(issues, options, rules);
  if (issues.length > 0) throw refusal('invalid-option', fn, issues);
}

/**
 * Reads an options bag once, into a plain copy (own enumerable keys; inherited ones are
 * not options), checks the copy as {@link checkOptions} does, and returns it: the
 * function then works on the copy alone and never reads the caller's bag again. A bag
 * whose reading throws is refused as `unreadable`.
 *
 * @internal
 */
export function readOptions<T extends object>(
  fn: string,
  options: T | undefined,
  rules: Readonly<Record<string, OptionRule>>,
): Partial<T> {
  const issues: Issue[] = [];
  const copy = copyOptions(issues, options, rules);
  if (issues.length > 0) throw refusal('invalid-option', fn, issues);
  return copy as Partial<T>;
}

/**
 * Reads an options bag once, into a plain copy, as {@link readOptions} does, but pushes
 * its issues rather than throwing: for the doors that return issues. Lists among the
 * options are copied too, by index (a hole, or a list with its own iterator, refused), so
 * nothing of the caller's is read again. Returns the copy, or `undefined` where the bag
 * could not be read or is not an object.
 *
 * @internal
 */
export function copyOptions(
  issues: Issue[],
  options: unknown,
  rules: Readonly<Record<string, OptionRule>>,
): Record<string, unknown> | undefined {
  if (options === undefined) return {};
  let copy: Record<string, unknown> | undefined;
  let at = '';
  try {
    if (isRecord(options)) {
      copy = {};
      for (const name of Object.keys(options)) {
        at = name;
        const value = options[name];
        Object.defineProperty(copy, name, {
          value: Array.isArray(value) ? listSnapshot(value) : value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
  } catch (error) {
    issues.push(refusedCopyIssue(error, at === '' ? ['options'] : ['options', at]));
    return undefined;
  }
  const before = issues.length;
  const checked = optionIssues(issues, copy ?? options, rules);
  return issues.length > before ? undefined : (checked ?? undefined);
}

/**
 * Checks the options of a function that rates on a day, as {@link checkOptions} does, and
 * requires `asOf`, because the library never reads the clock.
 *
 * @internal
 */
export function checkDatedOptions(fn: string, options: unknown, rules: Readonly<Record<string, OptionRule>>): void {
  const issues: Issue[] = [];
  const checked = optionIssues(issues, options, rules);
  if (checked !== undefined && checked.asOf === undefined) {
    issues.push(
      issue(
        ['options', 'asOf'],
        'missing',
        'asOf is required: give the day to rate on (the library never reads the clock).',
        { field: 'asOf', rule: 'date' },
      ),
    );
  }
  if (issues.length > 0) throw refusal('invalid-option', fn, issues);
}

/**
 * Throws {@link OfstedIlacsError} (`invalid-argument`) when an argument has a problem.
 *
 * @internal
 */
export function checkArgument(fn: string, name: string, problem: Problem | undefined): void {
  if (problem !== undefined) {
    throw refusal(problem.code === 'out-of-range' ? 'out-of-range' : 'invalid-argument', fn, [
      issue([name], problem.code, problem.message, problem.params),
    ]);
  }
}

/** An option that is a calendar date. @internal */
export const dateOption: OptionRule = (value, name) => dateFieldProblem(value, name);

/** An option that is one of a list of ids. @internal */
export function oneOfOption(values: readonly string[]): OptionRule {
  return (value, name) => oneOfProblem(value, values, name);
}

/** An option that is a whole number from `min` to `max`. @internal */
export function wholeNumberOption(min: number, max: number): OptionRule {
  return (value, name) => wholeNumberProblem(value, name, min, max);
}

/** An option that is text, not blank. @internal */
export const textOption: OptionRule = (value, name) => textFieldProblem(value, name);

/** An option that is true or false. @internal */
export const booleanOption: OptionRule = (value, name) =>
  typeof value === 'boolean' ? undefined : typeProblem(name, 'true or false', value, 'boolean');

/** An option that is an object, checked further by the function that reads it (a calendar). @internal */
export const objectOption: OptionRule = (value, name) =>
  isRecord(value) ? undefined : typeProblem(name, 'an object', value, 'object');

/** An option that is a list, whose items the function checks. @internal */
export const listOption: OptionRule = (value, name) =>
  Array.isArray(value) ? undefined : typeProblem(name, 'a list', value, 'list');

/** The problem with a value of the wrong type: `name must be <expected>, got <found>`. */
function typeProblem(name: string, expected: string, value: unknown, rule: string): Problem {
  const found = describeValue(value);
  return {
    code: 'invalid-type',
    message: `${name} must be ${expected}, got ${found}.`,
    params: { field: name, found, rule },
  };
}
