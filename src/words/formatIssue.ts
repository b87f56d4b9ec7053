import { objectOption, readOptions, refusal } from '../check/options.js';
import { readCopy } from '../check/snapshot.js';
import { describeValue, isRecord } from '../check/values.js';
import { type Issue, type IssueCode, type IssueParams, issue } from '../result/result.js';
import { ISSUE_WORDS, type IssueWords } from './issueWords.js';

/**
 * Options of {@link formatIssue}.
 *
 * @example
 * ```ts
 * import type { FormatIssueOptions } from 'ofsted-ilacs';
 *
 * const options: FormatIssueOptions = { messages: { missing: ({ field }) => `Fill in ${field}.` } };
 * console.log(Object.keys(options.messages ?? {})); // ['missing']
 * ```
 *
 * @category Results and issues
 */
export interface FormatIssueOptions {
  /** Your words for the codes you name: each a function of the issue's params. The library's words serve the rest. */
  readonly messages?: IssueWords;
}

/**
 * Words an issue from its code and params: in your words where `messages` names its
 * code, else in the library's, from one table keyed by code. Works on every issue the
 * library gives, thrown or returned, so a test suite can assert on codes and params
 * and an app can show its own words (or another language) without parsing English.
 * Refusals thrown by `deriveOverallEffectiveness` and the working-day functions carry
 * a short message of code and params (their bundles carry no sentences): this words
 * them in full.
 *
 * Throws {@link OfstedIlacsError} (`invalid-argument`) for a value that is not an issue,
 * and (`invalid-option`) for words that are not functions or give no text. An error your
 * own words throw reaches you as it is.
 *
 * @example
 * ```ts
 * import { deriveOverallEffectiveness, formatIssue, OfstedIlacsError } from 'ofsted-ilacs';
 *
 * try {
 *   deriveOverallEffectiveness(JSON.parse('{"framework":"ilacs-2018","judgements":{"leaders":"Good","helpAndProtection":"good","childrenInCareAndCareLeavers":"good"}}'));
 * } catch (error) {
 *   if (error instanceof OfstedIlacsError) {
 *     const [first] = error.issues;
 *     console.log(first?.code, first?.params.found); // 'invalid-value' '"Good"'
 *     if (first) console.log(formatIssue(first));
 *     // 'judgements.leaders must be outstanding, good, requires-improvement, inadequate or not-judged, got "Good".'
 *     if (first) console.log(formatIssue(first, { messages: { 'invalid-value': ({ field }) => `Check ${field}.` } }));
 *     // 'Check judgements.leaders.'
 *   }
 * }
 * ```
 *
 * @category Results and issues
 */
export function formatIssue(issue: Issue, options?: FormatIssueOptions): string {
  const copy = readIssue(issue);
  const own = wordsFor<(params: IssueParams, issue: Issue) => string>('formatIssue', options, copy.code);
  const words = own ?? (ISSUE_WORDS[copy.code] as (params: IssueParams, issue: Issue) => string);
  return spoken('formatIssue', words(copy.params, copy), copy.code);
}

/** The issue, read once into a copy and checked: a path, a known code, params and a message. */
function readIssue(value: unknown): Issue {
  const copy = readCopy('formatIssue', 'issue', value, 'invalid-argument');
  if (
    isRecord(copy) &&
    Array.isArray(copy.path) &&
    typeof copy.code === 'string' &&
    Object.hasOwn(ISSUE_WORDS, copy.code) &&
    isParams(copy.params) &&
    typeof copy.message === 'string'
  ) {
    return issue(copy.path as Issue['path'], copy.code as IssueCode, copy.message, copy.params as IssueParams);
  }
  throw refusal('invalid-argument', 'formatIssue', [
    issue(
      ['issue'],
      'invalid-type',
      `issue must be an issue the library gave (path, a known code, params of field, found, allowed, limit and rule, and message), got ${describeValue(value)}.`,
      { field: 'issue', found: describeValue(value) },
    ),
  ]);
}

/** The slots of an issue's params and the values each may hold. */
const PARAM_SLOTS: Readonly<Record<string, (value: unknown) => boolean>> = {
  field: (value) => typeof value === 'string',
  found: (value) => typeof value === 'string',
  allowed: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  limit: (value) => typeof value === 'string' || typeof value === 'number',
  rule: (value) => typeof value === 'string',
};

/** Whether a value is an issue's params: only its slots, each holding what it may. */
function isParams(value: unknown): value is IssueParams {
  if (!isRecord(value)) return false;
  return Object.keys(value).every(
    (slot) => Object.hasOwn(PARAM_SLOTS, slot) && (PARAM_SLOTS[slot] as (value: unknown) => boolean)(value[slot]),
  );
}

/**
 * A caller's words for one key of their table, read once from `options.messages`, or
 * `undefined` where the table names none. Refuses a table that is not an object and
 * words that are not a function. Shared by {@link formatIssue} and `explain`.
 *
 * @internal
 */
export function wordsFor<W extends (...args: never[]) => string>(
  fn: string,
  options: { readonly messages?: object } | undefined,
  key: string,
): W | undefined {
  return wordsIn<W>(fn, readOptions(fn, options, WORDS_OPTIONS).messages, key);
}

/**
 * A caller's words for one key, from the `messages` option of an options bag already
 * read once, as {@link wordsFor} finds them.
 *
 * @internal
 */
export function wordsIn<W extends (...args: never[]) => string>(
  fn: string,
  given: object | undefined,
  key: string,
): W | undefined {
  if (given === undefined) return undefined;
  const messages = readCopy(fn, ['options', 'messages'], given, 'invalid-option') as Record<string, unknown>;
  const words = Object.hasOwn(messages, key) ? messages[key] : undefined;
  if (words === undefined) return undefined;
  if (typeof words !== 'function') {
    throw optionRefusal(fn, ['options', 'messages', key], `messages["${key}"] must be a function of the params`, words);
  }
  return words as W;
}

/** The one option of the wording functions: a table of words, checked for what it holds when read. */
const WORDS_OPTIONS = { messages: objectOption };

/** The text a caller's words gave, refused where it is not text. @internal */
export function spoken(fn: string, text: unknown, key: string): string {
  if (typeof text === 'string') return text;
  throw optionRefusal(fn, ['options', 'messages', key], `messages["${key}"] must return text`, text);
}

function optionRefusal(fn: string, path: readonly string[], must: string, value: unknown) {
  const found = describeValue(value);
  return refusal('invalid-option', fn, [
    issue(path, 'invalid-type', `${must}, got ${found}.`, { field: path.join('.'), found }),
  ]);
}
