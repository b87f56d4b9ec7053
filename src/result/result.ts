/**
 * A stable, machine-readable code for one problem found in input or refused by an operation.
 *
 * Codes never change meaning between releases; messages may be reworded.
 * `docs/errors-and-limits.md` lists every code with its meaning.
 *
 * @example
 * ```ts
 * import { parseJudgement, type IssueCode } from 'ofsted-ilacs';
 *
 * const result = parseJudgement('excellent');
 * const code: IssueCode | undefined = result.ok ? undefined : result.issues[0]?.code;
 * console.log(code); // 'unrecognised-judgement'
 * ```
 *
 * @category Results and issues
 */
export type IssueCode =
  | 'invalid-type'
  | 'missing'
  | 'unknown-key'
  | 'empty'
  | 'unrecognised-judgement'
  | 'not-a-grade'
  | 'unknown-framework'
  | 'area-not-in-framework'
  | 'missing-area'
  | 'no-overall-in-framework'
  | 'invalid-date'
  | 'no-framework-in-force'
  | 'invalid-value'
  | 'dates-out-of-order'
  | 'overlapping-visits'
  | 'not-in-force'
  | 'illegal-transition'
  | 'date-before-raised'
  | 'date-before-previous'
  | 'impact-not-evidenced'
  | 'missing-evidence'
  | 'self-verification'
  | 'duplicate-id'
  | 'unknown-finding'
  | 'inconsistent-history'
  | 'too-long'
  | 'too-many'
  | 'out-of-range'
  | 'unreadable'
  | 'framework-ambiguous'
  | 'framework-not-in-force'
  | 'already-in-force'
  | 'sequence-out-of-order'
  | 'unknown-event';

/**
 * One problem, with where it is, a stable code and a sentence a person can act on.
 *
 * @example
 * ```ts
 * import { parseJudgement, type Issue } from 'ofsted-ilacs';
 *
 * const result = parseJudgement('');
 * if (!result.ok) {
 *   const issue: Issue = result.issues[0]!;
 *   console.log(issue.path, issue.code, issue.message);
 * }
 * ```
 *
 * @category Results and issues
 */
export interface Issue {
  /** Where the problem is: object keys and array indexes from the root of the input. */
  readonly path: readonly (string | number)[];
  /** A stable code to branch on. */
  readonly code: IssueCode;
  /** What is wrong and how to fix it, in a sentence. */
  readonly message: string;
}

/**
 * The outcome of parsing or of an operation that can be refused: the value, or the issues.
 * A success may carry `warnings`: issues, in the same shape, that did not stop it (a
 * table row read with a value the reader had to leave unknown, for example).
 *
 * Parsing never throws; check `ok` and read `value` or `issues`.
 *
 * @example
 * ```ts
 * import { parseJudgement, type Result, type ParsedJudgement } from 'ofsted-ilacs';
 *
 * const result: Result<ParsedJudgement> = parseJudgement('RI');
 * console.log(result.ok ? result.value : result.issues); // 'requires-improvement'
 * ```
 *
 * @category Results and issues
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings?: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** @internal */
export function succeed<T>(value: T, warnings?: readonly Issue[]): Result<T> {
  return warnings === undefined || warnings.length === 0 ? { ok: true, value } : { ok: true, value, warnings };
}

/** @internal */
export function fail<T = never>(issues: readonly Issue[]): Result<T> {
  return { ok: false, issues };
}

/** @internal */
export function issue(path: readonly (string | number)[], code: IssueCode, message: string): Issue {
  return { path, code, message };
}

/** Text from the input, shortened for a message: at most 60 characters, then an ellipsis. @internal */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
