import * as z from 'zod';
import { FRAMEWORK_IDS, type FrameworkId } from '../framework/frameworks.js';
import { JUDGEMENTS } from '../judgement/judgement.js';
import { outcomeMessages } from '../outcome/outcomeIssues.js';

/**
 * A grade id: `outstanding`, `good`, `requires-improvement` or `inadequate`. Strict: for
 * loose spellings ("RI", "Requires improvement to be good") use `parseJudgement` from
 * `ofsted-ilacs` first; the error message suggests the id when it recognises a spelling.
 *
 * @example
 * ```ts
 * import { JudgementSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(JudgementSchema.safeParse('good').success); // true
 * console.log(JudgementSchema.safeParse('Good').error?.issues[0]?.message);
 * // 'Expected outstanding, good, requires-improvement, inadequate, got "Good" (write "good").'
 * ```
 *
 * @category Outcomes
 */
export const JudgementSchema = /* @__PURE__ */ (() =>
  z.enum(JUDGEMENTS, {
    error: (iss) => outcomeMessages.badGrade(iss.input, false),
  }))();

/** The values an area may hold. @internal */
export const AREA_JUDGEMENT_VALUES = [...JUDGEMENTS, 'not-judged'] as const;

/**
 * What an outcome records for one area: a grade id or `not-judged`.
 *
 * @example
 * ```ts
 * import { AreaJudgementSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(AreaJudgementSchema.parse('not-judged')); // 'not-judged'
 * ```
 *
 * @category Outcomes
 */
export const AreaJudgementSchema = /* @__PURE__ */ (() =>
  z.enum(AREA_JUDGEMENT_VALUES, {
    error: (iss) => outcomeMessages.badGrade(iss.input, true),
  }))();

/**
 * The id of a built-in framework.
 *
 * @example
 * ```ts
 * import { FrameworkIdSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(FrameworkIdSchema.safeParse('ilacs-2023').success); // true
 * ```
 *
 * @category Outcomes
 */
export const FrameworkIdSchema = /* @__PURE__ */ (() =>
  z.enum(FRAMEWORK_IDS as readonly FrameworkId[] as [FrameworkId, ...FrameworkId[]], {
    error: (iss) => outcomeMessages.unknownFramework(iss.input),
  }))();
