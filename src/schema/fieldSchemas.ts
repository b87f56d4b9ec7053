import * as z from 'zod';
import { CALENDAR_DATE_PATTERN, type CalendarDate } from '../calendar/calendarDate.js';
import { dateFieldProblem, type Problem, textFieldProblem } from '../check/fields.js';
import { LIMITS } from '../check/limits.js';
import { WHITE_SPACE } from '../check/values.js';
import type { Issue, IssueCode, IssueParams } from '../result/result.js';

/**
 * What a custom zod issue raised by {@link coreCheck} carries: the library's own issue
 * code, and the params of the core's problem, for `toIssues` to give back.
 *
 * @internal
 */
export interface CoreParams {
  readonly code: IssueCode;
  readonly issueParams?: IssueParams | undefined;
}

/**
 * Bridges the core's rules into zod: a check that runs a core rule on the value zod has
 * read and reports each problem as a zod issue carrying the library's own issue code and
 * params (see {@link CoreParams}), so that `toIssues` gives back exactly what the core
 * would. The rule is written once, in the core; the schema only calls it.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function coreCheck<T>(rule: (value: T) => readonly Issue[] | Problem | undefined) {
  return (ctx: z.core.ParsePayload<T>): void => {
    const found = rule(ctx.value);
    if (found === undefined) return;
    const list: readonly (Issue | Problem)[] = 'code' in found ? [found as Problem] : (found as readonly Issue[]);
    for (const problem of list) {
      ctx.issues.push({
        code: 'custom',
        message: problem.message,
        input: ctx.value,
        path: 'path' in problem ? [...problem.path] : [],
        params: { code: problem.code, issueParams: problem.params } satisfies CoreParams,
      });
    }
  };
}

/**
 * Text that is not blank and not longer than `LIMITS.textLength`. Its JSON Schema says
 * both: a pattern that needs one character outside the white space JavaScript trims
 * (written out, so every language reads it alike) and a maximum length.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function textSchema(what: string) {
  return /* @__PURE__ */ z
    .string({ error: (iss) => (textFieldProblem(iss.input, what) as Problem).message })
    .check(coreCheck((value: string) => textFieldProblem(value, what)))
    .meta({ minLength: 1, maxLength: LIMITS.textLength, pattern: `[^${WHITE_SPACE}]` });
}

/**
 * A calendar date written `YYYY-MM-DD` that exists and falls within the supported
 * range. Its output is the core's branded `CalendarDate`; its JSON Schema is a string of
 * format `date`, exactly ten characters, matching a pattern that admits only real dates
 * from 1900 to 2199.
 *
 * @example
 * ```ts
 * import { CalendarDateSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(CalendarDateSchema.safeParse('2019-05-17').success); // true
 * console.log(CalendarDateSchema.safeParse('2019-02-30').error?.issues[0]?.message);
 * // '2019-02-30 is not a date: February 2019 has 28 days.'
 * ```
 *
 * @category Calendar and working days
 */
export const CalendarDateSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: (iss) => (dateFieldProblem(iss.input, 'date') as Problem).message })
    .check(coreCheck((value: string) => dateFieldProblem(value, 'date')))
    .meta({ format: 'date', minLength: 10, maxLength: 10, pattern: CALENDAR_DATE_PATTERN }) as unknown as z.ZodType<
    CalendarDate,
    string
  >)();

/** A whole number from `min` to `max`. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function wholeNumberSchema(min: number, max: number, message: string) {
  return /* @__PURE__ */ z.int({ error: message }).min(min, { error: message }).max(max, { error: message });
}
