import type { Issue, IssueCode, IssueParams } from '../result/result.js';

/**
 * The words of an issue's code: a sentence from its params, in the library's words or a
 * caller's. Given the issue too, for its path and, where its params say too little, the
 * sentence written where its rule fired.
 *
 * @example
 * ```ts
 * import { formatIssue, parseJudgement, type IssueWords } from 'ofsted-ilacs';
 *
 * const welsh: IssueWords = { 'unrecognised-judgement': ({ found }) => `Nid yw ${found} yn radd.` };
 * const result = parseJudgement('excellent');
 * if (!result.ok) console.log(formatIssue(result.issues[0]!, { messages: welsh })); // 'Nid yw "excellent" yn radd.'
 * ```
 *
 * @category Results and issues
 */
export type IssueWords = { readonly [C in IssueCode]?: (params: IssueParams, issue: Issue) => string };

/** "a, b or c". */
function or(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** The field as words name it: its params' field, else its path, else "The value". */
function fieldOf(params: IssueParams, issue: Issue): string {
  return params.field ?? (issue.path.length > 0 ? issue.path.join('.') : 'The value');
}

/** "a, b and c". */
function and(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} and ${values.at(-1)}`;
}

/** ", got X" where the params say what was found. */
function got(params: IssueParams): string {
  return params.found === undefined ? '' : `, got ${params.found}`;
}

/** What was found, and in which field where the params name it: `"x" in field`; else the field. */
function foundIn(params: IssueParams, issue: Issue): string {
  if (params.found === undefined) return fieldOf(params, issue);
  return params.field === undefined ? params.found : `${params.found} in ${params.field}`;
}

/** The site's sentence, led by the field where the params name one the sentence does not. */
function siteSentence(params: IssueParams, issue: Issue): string {
  return params.field === undefined || issue.message.includes(params.field)
    ? issue.message
    : `${params.field}: ${issue.message}`;
}

/** "field must be a, b or c, got x." where the allowed values are known, else the site's sentence. */
function mustBe(params: IssueParams, issue: Issue): string {
  return params.allowed === undefined
    ? siteSentence(params, issue)
    : `${fieldOf(params, issue)} must be ${or(params.allowed)}${got(params)}.`;
}

/** The site's sentence where the params are empty, else the words made from them. */
function orMessage(words: (params: IssueParams, issue: Issue) => string) {
  return (params: IssueParams, issue: Issue): string =>
    Object.keys(params).length === 0 ? issue.message : words(params, issue);
}

/**
 * The library's words for every issue code, from the issue's params: one table, keyed
 * by code. `formatIssue` reads it where a caller's table names no words for the code.
 *
 * @internal
 */
export const ISSUE_WORDS: { readonly [C in IssueCode]: (params: IssueParams, issue: Issue) => string } = {
  'invalid-type': orMessage((params, issue) =>
    params.rule === 'object' && params.allowed !== undefined
      ? `${fieldOf(params, issue)} must be an object with ${and(params.allowed)}${got(params)}.`
      : params.allowed === undefined
        ? `${fieldOf(params, issue)} has the wrong type${got(params)}.`
        : `${fieldOf(params, issue)} must be one of its allowed values (${or(params.allowed)})${got(params)}.`,
  ),
  missing: orMessage((params, issue) =>
    params.rule === 'hole'
      ? `${fieldOf(params, issue)} has a hole: give a value at every place of the list.`
      : params.rule === 'object' && params.allowed !== undefined
        ? `${fieldOf(params, issue)} is missing: give an object with ${and(params.allowed)}.`
        : `${fieldOf(params, issue)} is missing${params.allowed === undefined ? '' : `: use ${or(params.allowed)}`}.`,
  ),
  'unknown-key': orMessage(
    (params, issue) =>
      `${params.found ?? issue.path.at(-1)} is not a field of ${fieldOf(params, issue)}${params.allowed === undefined ? '' : `: use ${or(params.allowed)}`}.`,
  ),
  empty: orMessage((params, issue) => `${fieldOf(params, issue)} may not be blank.`),
  'unrecognised-judgement': orMessage(
    (params, issue) => `${foundIn(params, issue)} is not a grade: use ${or(params.allowed ?? [])}.`,
  ),
  'not-a-grade': orMessage((params, issue) => `${foundIn(params, issue)} is not a grade.`),
  'unknown-framework': orMessage(mustBe),
  'area-not-in-framework': orMessage(
    (params, issue) =>
      `${params.found === undefined ? issue.path.at(-1) : foundIn(params, issue)} is not an area of the framework${params.allowed === undefined ? '' : `: its areas are ${params.allowed.join(', ')}`}.`,
  ),
  'missing-area': orMessage(
    (params, issue) =>
      `${fieldOf(params, issue)} is required by the framework: give its grade, or "not-judged" if none was made.`,
  ),
  'no-overall-in-framework': orMessage(
    (params, issue) =>
      `${params.rule ?? 'The framework'} has no overall effectiveness judgement: remove ${fieldOf(params, issue)}.`,
  ),
  'invalid-date': orMessage(
    (params, issue) => `${fieldOf(params, issue)} must be a real date written YYYY-MM-DD${got(params)}.`,
  ),
  'no-framework-in-force': orMessage((params, issue) =>
    params.rule === 'none-given'
      ? `${fieldOf(params, issue)} holds no frameworks: pass at least one, or leave the option out.`
      : `No framework was in force on ${foundIn(params, issue)}${params.limit === undefined ? '' : ` (${params.rule === 'after-last' ? 'the last ended on' : 'the first starts on'} ${params.limit})`}.`,
  ),
  'invalid-value': orMessage(mustBe),
  'dates-out-of-order': orMessage((params, issue) => `${fieldOf(params, issue)} is out of date order${got(params)}.`),
  'overlapping-visits': orMessage((params, issue) => `${fieldOf(params, issue)} overlaps another visit.`),
  'not-in-force': orMessage((params, issue) => `${fieldOf(params, issue)} was not in force${got(params)}.`),
  'illegal-transition': orMessage((params, issue) => `${fieldOf(params, issue)}: that change is not allowed here.`),
  'date-before-raised': orMessage(
    (params, issue) => `${fieldOf(params, issue)} is before the day the action was raised${got(params)}.`,
  ),
  'date-before-previous': orMessage(
    (params, issue) => `${fieldOf(params, issue)} is before the entry before it${got(params)}.`,
  ),
  'impact-not-evidenced': orMessage(
    (params, issue) =>
      `${fieldOf(params, issue)}${params.found === undefined ? '' : ` is ${params.found}`}: record evidence of impact (recordImpact) before closing the action.`,
  ),
  'missing-evidence': orMessage(
    (params, issue) => `${fieldOf(params, issue)} may not be blank: give the evidence or the reason.`,
  ),
  'self-verification': orMessage(
    (params, issue) => `${fieldOf(params, issue)}: an action's owner cannot verify or close their own action.`,
  ),
  'duplicate-id': orMessage((params, issue) =>
    params.rule !== 'built-in'
      ? `${foundIn(params, issue)} is used twice: ids must be unique.`
      : params.field === 'frameworks'
        ? `${foundIn(params, issue)} is a built-in framework, which the library knows without the option: leave it out, or copy its definition with an id of your own.`
        : `${foundIn(params, issue)} is the id of a built-in framework: give yours an id of its own.`,
  ),
  'unknown-finding': orMessage((params, issue) => `${foundIn(params, issue)} names no finding of the plan.`),
  'inconsistent-history': orMessage(
    (params, issue) => `${fieldOf(params, issue)} does not agree with the history recorded.`,
  ),
  'too-long': orMessage(
    (params, issue) =>
      `${fieldOf(params, issue)} is too long${params.limit === undefined ? '' : `: at most ${params.limit} characters`}.`,
  ),
  'too-many': orMessage(
    (params, issue) =>
      `${fieldOf(params, issue)} has too many items${params.found === undefined ? '' : ` (${params.found})`}${params.limit === undefined ? '' : `: at most ${params.limit}`}.`,
  ),
  'out-of-range': orMessage(
    (params, issue) =>
      `${fieldOf(params, issue)} is out of range${got(params)}${params.limit === undefined ? '' : `; the limit is ${params.limit}`}.`,
  ),
  unreadable: (params, issue) => siteSentence(params, issue),
  'framework-ambiguous': orMessage(
    (params, issue) =>
      `More than one framework was in force on ${foundIn(params, issue)}${params.allowed === undefined ? '' : ` (${or(params.allowed)})`}: name one.`,
  ),
  'framework-not-in-force': orMessage(
    (params, issue) => `${params.found ?? 'The framework'} was not in force on ${fieldOf(params, issue)}.`,
  ),
  'already-in-force': orMessage((params, issue) => `${fieldOf(params, issue)} is already in force.`),
  'sequence-out-of-order': orMessage((params, issue) => `${fieldOf(params, issue)} is out of sequence.`),
  'unknown-event': orMessage((params, issue) =>
    params.allowed === undefined
      ? `${foundIn(params, issue)} names no event of the plan: add the event, or correct the reference.`
      : `${foundIn(params, issue)} is not a kind of event: use ${or(params.allowed)}.`,
  ),
};
