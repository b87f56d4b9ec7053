import * as z from 'zod';
import type { DefinedFramework, DefinedOutcome } from '../defined/definedFramework.js';
import { COMPILED_FRAMEWORKS, type CompiledFramework, compiledFramework } from '../framework/compiledFrameworks.js';
import type { FrameworkAreaOf, FrameworkId } from '../framework/frameworks.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import type { InspectionOutcome } from '../outcome/outcome.js';
import {
  CODE_BASE,
  digitAt,
  GRADES_BY_CODE,
  outcomeCode,
  outcomeMessages,
  readWithFrameworks,
} from '../outcome/outcomeIssues.js';
import { fail, type Result, succeed } from '../result/result.js';
import { AREA_JUDGEMENT_VALUES, JudgementSchema } from './judgementSchemas.js';
import { parseWith } from './toIssues.js';

type AreaSchema = z.ZodEnum<{ [V in (typeof AREA_JUDGEMENT_VALUES)[number]]: V }>;

type JudgementsShape<F extends FrameworkId> = {
  [A in FrameworkAreaOf<F> as A['id']]: A extends { readonly required: true } ? AreaSchema : z.ZodOptional<AreaSchema>;
};

/** The judgements object of one framework, built from the framework's data. */
/* @__NO_SIDE_EFFECTS__ */
function judgementsSchema<F extends FrameworkId>(id: F) {
  const framework = compiledFramework(id) as CompiledFramework;
  const shape: Record<string, AreaSchema | z.ZodOptional<AreaSchema>> = {};
  for (const area of framework.areas) {
    const schema = z.enum(AREA_JUDGEMENT_VALUES, {
      error: (iss) =>
        iss.input === undefined
          ? outcomeMessages.missingArea(framework, area.id)
          : outcomeMessages.badGrade(iss.input, true),
    });
    shape[area.id] = area.required ? schema : schema.optional();
  }
  return z.strictObject(shape as JudgementsShape<F>, {
    error: (iss) =>
      iss.input === undefined
        ? `judgements is missing: give an object keyed by area id (${framework.areaIds.join(', ')}).`
        : 'Expected judgements to be an object keyed by area id.',
  });
}

const OUTCOME_SHAPE_MESSAGE = 'Expected an outcome object with framework, judgements and, optionally, awardedOverall.';

/* @__NO_SIDE_EFFECTS__ */
function outcomeObject<F extends FrameworkId, S extends z.core.$ZodLooseShape>(id: F, shape: S) {
  return z.strictObject(
    { framework: z.literal(id), judgements: judgementsSchema(id), ...shape },
    { error: OUTCOME_SHAPE_MESSAGE },
  );
}

const awardedOverall = /* @__PURE__ */ (() => ({ awardedOverall: JudgementSchema.optional() }))();

/**
 * An inspection outcome under any built-in framework, discriminated by `framework`.
 * Unknown keys are refused, never dropped; an `ilacs-2026` outcome cannot carry an
 * awarded overall grade. Its output is a new object: what the caller passed is never
 * changed or frozen.
 *
 * @example
 * ```ts
 * import { InspectionOutcomeSchema } from 'ofsted-ilacs/schema';
 *
 * const outcome = InspectionOutcomeSchema.parse({
 *   framework: 'ilacs-2023',
 *   judgements: { leaders: 'outstanding', helpAndProtection: 'good', childrenInCare: 'good', careLeavers: 'outstanding' },
 *   awardedOverall: 'good',
 * });
 * console.log(outcome.framework); // 'ilacs-2023'
 * ```
 *
 * @category Outcomes
 */
export const InspectionOutcomeSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion(
    'framework',
    [
      outcomeObject('sif-2013', awardedOverall),
      outcomeObject('ilacs-2018', awardedOverall),
      outcomeObject('ilacs-2023', awardedOverall),
      outcomeObject('ilacs-2026', {}),
    ],
    { error: (iss) => (typeof iss.input === 'object' && iss.input !== null ? undefined : OUTCOME_SHAPE_MESSAGE) },
  ))();

/**
 * Reads an inspection outcome from untrusted input (JSON, a form, a spreadsheet row
 * already mapped to ids), and never throws, whatever it is given (a value whose reading
 * throws, such as a proxy, is refused as `unreadable`). Returns the outcome, or every
 * issue found, each with a path, a stable code and a sentence saying what to fix. The
 * outcome returned is the library's own, frozen (equal inputs may share one); the input
 * is never changed or frozen. A sound outcome is read by the core's one-pass check, the
 * one `deriveOverallEffectiveness` uses; anything else goes through
 * {@link InspectionOutcomeSchema}, which explains each issue.
 *
 * With `frameworks` (made by `defineFramework`), an outcome naming one of them is read and
 * checked by that framework's areas and scale, with the same codes; without it, a
 * caller's framework is unknown.
 *
 * Codes: `unknown-framework`, `missing-area`, `area-not-in-framework`,
 * `no-overall-in-framework`, `unknown-key`, `missing`, `invalid-type`, `invalid-value`.
 *
 * @example
 * ```ts
 * import { parseInspectionOutcome } from 'ofsted-ilacs/schema';
 *
 * const result = parseInspectionOutcome({
 *   framework: 'ilacs-2018',
 *   judgements: { leaders: 'requires-improvement', helpAndProtection: 'inadequate', careLeavers: 'good' },
 * });
 * if (!result.ok) {
 *   for (const issue of result.issues) console.log(issue.path.join('.'), issue.code);
 *   // judgements.childrenInCareAndCareLeavers missing-area
 *   // judgements.careLeavers area-not-in-framework
 * }
 * ```
 *
 * @category Outcomes
 */
export function parseInspectionOutcome<const F extends DefinedFramework>(
  input: unknown,
  options: { readonly frameworks?: readonly F[] },
): Result<InspectionOutcome | DefinedOutcome<F>>;
export function parseInspectionOutcome(input: unknown): Result<InspectionOutcome>;
export function parseInspectionOutcome(
  input: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): Result<InspectionOutcome | DefinedOutcome> {
  // With options: read them once, and the outcome with the caller's frameworks, if any.
  const read = options === undefined ? undefined : readWithFrameworks(input, options);
  if (read === undefined) return parseBuiltIn(input);
  // An outcome naming a built-in framework: read by its schema, as without the option.
  if (!read.defined && read.copy !== undefined) return parseBuiltIn(read.copy);
  return read.copy === undefined ? fail(read.issues) : succeed(deepFreeze(read.copy) as unknown as DefinedOutcome);
}

/** An outcome under a built-in framework: by its code where it fits one, else by the schema, which says why not. */
function parseBuiltIn(input: unknown): Result<InspectionOutcome> {
  try {
    const code = outcomeCode(input);
    if (code >= 0) return succeed(outcomeOfCode(code));
  } catch {
    // A value whose reading throws: the schema below refuses it as unreadable.
  }
  return parseWith(InspectionOutcomeSchema, input);
}

/**
 * Outcomes already read, by code; at most {@link OUTCOME_LIMIT}, so memory stays bounded
 * whatever is parsed. Each is frozen, so equal inputs may safely share one.
 */
const OUTCOMES = new Map<number, InspectionOutcome>();
const OUTCOME_LIMIT = 4096;

/**
 * The outcome a code stands for (see `outcomeCode`), written as the schema writes it:
 * framework, judgements in the framework's order, then awardedOverall if given; frozen,
 * and never one of the caller's objects.
 */
function outcomeOfCode(code: number): InspectionOutcome {
  let read = OUTCOMES.get(code);
  if (read !== undefined) return read;
  const framework = COMPILED_FRAMEWORKS[Math.floor(code / CODE_BASE)] as CompiledFramework;
  const judgements: Record<string, unknown> = {};
  for (const area of framework.areas) {
    const digit = digitAt(code, area.place);
    if (digit > 0) judgements[area.id] = GRADES_BY_CODE[digit - 2];
  }
  const written: Record<string, unknown> = { framework: framework.id, judgements: Object.freeze(judgements) };
  const overall = digitAt(code, 1);
  if (overall > 0) written.awardedOverall = GRADES_BY_CODE[overall - 2];
  read = Object.freeze(written) as unknown as InspectionOutcome;
  if (OUTCOMES.size < OUTCOME_LIMIT) OUTCOMES.set(code, read);
  return read;
}
