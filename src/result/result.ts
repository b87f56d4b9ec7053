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
 * What an issue's words need, as data: the field at fault, what was found there, what is
 * allowed, the limit broken, and which rule refused where a code has more than one. Each
 * is present only where it applies. A caller's own words for a code (see `formatIssue`)
 * are a function of these, so a test suite or a translation never parses English.
 *
 * @example
 * ```ts
 * import { parseJudgement, type IssueParams } from 'ofsted-ilacs';
 *
 * const result = parseJudgement('excellent');
 * const params: IssueParams | undefined = result.ok ? undefined : result.issues[0]?.params;
 * console.log(params?.found, params?.allowed?.length); // '"excellent"' 4
 * ```
 *
 * @category Results and issues
 */
export interface IssueParams {
  /** The field at fault as the words name it: `asOf`, `judgements.leaders`, `an action's owner`. */
  readonly field?: string;
  /** What was found there, described: `"Good"`, `a number`, `1,001 items`. */
  readonly found?: string;
  /** The values allowed there, where they are few enough to list. */
  readonly allowed?: readonly string[];
  /** The limit broken: a length, a count, a day. */
  readonly limit?: number | string;
  /** Which of the code's rules refused, where the code has more than one: a stable id. */
  readonly rule?: string;
}

/**
 * One problem, with where it is, a stable code, what its words need (`params`) and a
 * sentence a person can act on.
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
  /** What the words need: the field, what was found, what is allowed, the limit. */
  readonly params: IssueParams;
  /**
   * What is wrong and how to fix it, in the library's words, written where the rule
   * fired. `formatIssue` words any issue from its code and params instead, in the
   * library's words or the caller's.
   */
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
export function issue(
  path: readonly (string | number)[],
  code: IssueCode,
  message: string,
  params: IssueParams,
): Issue {
  return { path, code, params, message };
}

/**
 * An issue's code and params as a short text, with no sentence: `invalid-value: found
 * "Good"; allowed: outstanding, good`. The message of refusals thrown by functions whose
 * bundles carry no words; `formatIssue` words the same issue in full.
 *
 * @internal
 */
export function plainWords(code: IssueCode, params: IssueParams): string {
  const found = params.found === undefined ? '' : `, found ${params.found}`;
  const allowed = params.allowed === undefined ? '' : `; allowed: ${params.allowed.join(', ')}`;
  const limit = params.limit === undefined ? '' : `; limit ${params.limit}`;
  return `${code}${found}${allowed}${limit}`;
}

/** Text from the input, shortened for a message: at most 60 characters, then an ellipsis. @internal */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
