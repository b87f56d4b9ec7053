import * as z from 'zod';
import { markChecked } from '../check/checked.js';
import { LIMITS } from '../check/limits.js';
import { copyOptions } from '../check/options.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { COMPILED_FRAMEWORKS } from '../framework/compiledFrameworks.js';
import type { AreaId, FrameworkId } from '../framework/frameworks.js';
import { actionRuleIssues, repeatedAnswers } from '../improvement/actionRules.js';
import { FINDING_KINDS } from '../improvement/finding.js';
import { ACTION_KINDS, ACTION_STATES, type ImprovementAction, RAGS } from '../improvement/improvementAction.js';
import type { AnyPlan, ImprovementPlan, ImprovementPlanOptions } from '../improvement/improvementPlan.js';
import { findMeasureIssues, type Measure } from '../improvement/measure.js';
import { NATIONAL_FRAMEWORK_TAGS, repeatedTags } from '../improvement/nationalFramework.js';
import { acrossPlan, PLAN_OPTIONS } from '../improvement/planRules.js';
import { INSPECTION_EVENT_KINDS } from '../inspection/inspectionEvent.js';
import { withDefineHint } from '../inspection/inspectionHistory.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { fail, type Issue, type Result } from '../result/result.js';
import { CalendarDateSchema, coreCheck, textSchema, wholeNumberSchema } from './fieldSchemas.js';
import { AuthoritySchema, InspectionEventSchema, inspectionSchemasWith } from './inspectionSchemas.js';
import { parseWith } from './toIssues.js';

const text = /* @__PURE__ */ (() => textSchema('the text'))();

const listOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(LIMITS.listLength, { error: `${what} may have at most ${LIMITS.listLength} items.` });

const ACTION_RULES =
  "An improvement action with its history. Cross-field rules: due is not before raised; the history starts with the action's creation on the day it was raised, never goes back in date, makes only the changes of status the lifecycle allows (ACTION_LIFECYCLE: not-started to in-progress or blocked; in-progress to blocked or delivered; blocked to in-progress; delivered to impact-evidenced; impact-evidenced to closed; any of these but closed to cancelled or superseded), closing is verified by someone other than the owner, the due date moves only while the action is not-started, in-progress or blocked, a RAG is set by hand, the money changed and a later finding linked only before the action ends; each money change starts from the money before it; the status, its dates, verifiedBy, due, ragOverride and moneyPence are what the history says.";

const PLAN_RULES =
  "An improvement plan. Cross-field rules: each action follows the action rules; the plan's events are listed once each; finding, action and measure ids are unique; a finding's raisedBy names one of the plan's events, the finding is raised on or after it, and its area is an area of that event's framework (a self-evaluation finding with no raisedBy: of a framework in use when it was raised); each action answers findings of the plan, raised on or before the action, or linked to it in its history (finding-linked) on or after the finding was raised.";

const AREA_IDS = /* @__PURE__ */ (() => [
  ...new Set(COMPILED_FRAMEWORKS.flatMap((framework) => framework.areaIds)),
])() as [AreaId, ...AreaId[]];

const EventReferenceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum(INSPECTION_EVENT_KINDS),
    start: CalendarDateSchema,
  }))();

const measureValue = /* @__PURE__ */ (() =>
  z
    .number({ error: `A measure's value is a number from -${LIMITS.measureValue} to ${LIMITS.measureValue}.` })
    .min(-LIMITS.measureValue)
    .max(LIMITS.measureValue))();
const measurePoint = /* @__PURE__ */ (() => z.strictObject({ value: measureValue, on: CalendarDateSchema }))();

const MEASURE_RULES =
  "How a finding's or an action's impact is measured. Cross-field rules: the target's date is after the baseline's; the target is not worse than the baseline (higherIsBetter says which way is better); readings are dated on or after the baseline, each after the one before.";

/**
 * A measure: name, unit, which way is better, a baseline, a target by a date, and readings
 * in date order. The core's rules of a measure (see `findMeasureIssues`) apply.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from 'ofsted-ilacs/schema';
 *
 * const result = MeasureSchema.safeParse({
 *   id: 'M1', name: 'Cases audited as good or better', unit: '%', higherIsBetter: true,
 *   baseline: { value: 24, on: '2019-05-31' }, target: { value: 60, by: '2019-01-01' }, readings: [],
 * });
 * console.log(result.success); // false: the target's date is before the baseline's
 * ```
 *
 * @category Improvement plans
 */
export const MeasureSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: text,
      name: text,
      unit: text,
      higherIsBetter: z.boolean(),
      baseline: measurePoint,
      target: z.strictObject({ value: measureValue, by: CalendarDateSchema }),
      readings: listOf(measurePoint, 'readings'),
    })
    .check(coreCheck((measure: Measure) => findMeasureIssues(measure)))
    .meta({ description: MEASURE_RULES }))();

const measures = /* @__PURE__ */ (() => listOf(MeasureSchema, 'measures').optional())();
const money = /* @__PURE__ */ (() =>
  wholeNumberSchema(
    0,
    LIMITS.moneyPence,
    `Money is a whole number of pence from 0 to ${LIMITS.moneyPence} (£2m is 200000000).`,
  ))();

const tags = /* @__PURE__ */ (() =>
  listOf(z.enum(NATIONAL_FRAMEWORK_TAGS), 'tags')
    .check(coreCheck(repeatedTags))
    .meta({
      uniqueItems: true,
      description:
        "The outcomes and enablers of the DfE's Children's Social Care National Framework the finding concerns, each named once.",
    })
    .optional())();

/** A finding whose area the schema given reads: the built-in frameworks' areas, or the caller's frameworks' too. */
/* @__NO_SIDE_EFFECTS__ */
function findingOf<A extends z.ZodType>(area: A) {
  const finding = { id: text, area, text, raised: CalendarDateSchema, measures, tags };
  return z.discriminatedUnion('kind', [
    z.strictObject({
      ...finding,
      kind: z.enum(
        FINDING_KINDS.filter((kind) => kind !== 'self-evaluation') as [
          'recommendation',
          'area-for-priority-action',
          'monitoring-finding',
        ],
      ),
      raisedBy: EventReferenceSchema,
    }),
    z.strictObject({ ...finding, kind: z.literal('self-evaluation'), raisedBy: EventReferenceSchema.optional() }),
  ]);
}

/**
 * A finding: a recommendation, an area for priority action, a monitoring finding (each
 * with the event that raised it) or a self-evaluation finding, with the outcomes and
 * enablers of the National Framework it concerns, if any (`tags`: ids of
 * `NATIONAL_FRAMEWORK_TAGS`, each named once).
 *
 * @example
 * ```ts
 * import { FindingSchema } from 'ofsted-ilacs/schema';
 *
 * const result = FindingSchema.safeParse({ id: 'F1', kind: 'recommendation', area: 'leaders', text: 'x', raised: '2019-05-17' });
 * console.log(result.success); // false: a recommendation needs raisedBy
 *
 * const tagged = FindingSchema.safeParse({
 *   id: 'F2', kind: 'self-evaluation', area: 'leaders', text: 'x', raised: '2025-03-03', tags: ['enabler-2-leaders', 'enabler-2-leaders'],
 * });
 * console.log(tagged.error?.issues[0]?.message); // 'tags names enabler-2-leaders twice: list each outcome or enabler once.'
 * ```
 *
 * @category Improvement plans
 */
export const FindingSchema = /* @__PURE__ */ (() => findingOf(z.enum(AREA_IDS)))();

/**
 * A RAG rating.
 *
 * @example
 * ```ts
 * import { RagSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(RagSchema.options); // ['red', 'amber', 'green', 'blue']
 * ```
 *
 * @category Improvement plans
 */
export const RagSchema = /* @__PURE__ */ (() => z.enum(RAGS))();

const evidence = /* @__PURE__ */ (() => textSchema('the evidence'))();
const started = /* @__PURE__ */ (() => ({ started: CalendarDateSchema }))();
const delivered = /* @__PURE__ */ (() => ({ ...started, delivered: CalendarDateSchema, deliveryEvidence: evidence }))();
const evidenced = /* @__PURE__ */ (() => ({
  ...delivered,
  impactEvidenced: CalendarDateSchema,
  impactEvidence: evidence,
}))();

/**
 * An action's status, discriminated by `state`.
 *
 * @example
 * ```ts
 * import { ActionStatusSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(ActionStatusSchema.safeParse({ state: 'delivered', started: '2019-06-10', delivered: '2019-09-20' }).success);
 * // false: a delivered action needs deliveryEvidence
 * ```
 *
 * @category Improvement plans
 */
export const ActionStatusSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('state', [
    z.strictObject({ state: z.literal('not-started') }),
    z.strictObject({ state: z.literal('in-progress'), ...started }),
    z.strictObject({
      state: z.literal('blocked'),
      started: CalendarDateSchema.optional(),
      blocked: CalendarDateSchema,
      reason: evidence,
    }),
    z.strictObject({ state: z.literal('delivered'), ...delivered }),
    z.strictObject({ state: z.literal('impact-evidenced'), ...evidenced }),
    z.strictObject({ state: z.literal('closed'), ...evidenced, closed: CalendarDateSchema, verifiedBy: text }),
    z.strictObject({ state: z.literal('cancelled'), ended: CalendarDateSchema, reason: evidence }),
    z.strictObject({
      state: z.literal('superseded'),
      ended: CalendarDateSchema,
      reason: evidence,
      supersededBy: text.optional(),
    }),
  ]))();

const change = /* @__PURE__ */ (() => ({ on: CalendarDateSchema, by: text }))();

/**
 * One entry of an action's history, discriminated by `change`.
 *
 * @example
 * ```ts
 * import { ActionHistoryEntrySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(ActionHistoryEntrySchema.safeParse({ change: 'created', on: '2019-06-03', by: 'DCS', due: '2019-09-30' }).success); // true
 * ```
 *
 * @category Improvement plans
 */
export const ActionHistoryEntrySchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('change', [
    z.strictObject({ change: z.literal('created'), ...change, due: CalendarDateSchema, moneyPence: money.optional() }),
    z.strictObject({
      change: z.literal('status'),
      ...change,
      from: z.enum(ACTION_STATES),
      to: z.enum(ACTION_STATES),
      note: text.optional(),
    }),
    z.strictObject({
      change: z.literal('due-date'),
      ...change,
      from: CalendarDateSchema,
      to: CalendarDateSchema,
      reason: text,
    }),
    z.strictObject({ change: z.literal('rag-override-set'), ...change, rag: RagSchema, reason: text }),
    z.strictObject({ change: z.literal('rag-override-cleared'), ...change, reason: text }),
    z.strictObject({ change: z.literal('money'), ...change, from: money, to: money, reason: text }),
    z.strictObject({ change: z.literal('finding-linked'), ...change, findingId: text, reason: text }),
  ]))();

/**
 * An improvement action as stored, history included. For the consistency checks, read it
 * with {@link parseImprovementAction}.
 *
 * @example
 * ```ts
 * import { ImprovementActionSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(Object.keys(ImprovementActionSchema.shape).length); // 13
 * ```
 *
 * @category Improvement plans
 */
export const ImprovementActionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: text,
      title: text,
      answers: listOf(text, 'answers').check(coreCheck(repeatedAnswers)).meta({ uniqueItems: true }),
      kind: z.enum(ACTION_KINDS),
      owner: text,
      approver: text.optional(),
      raised: CalendarDateSchema,
      due: CalendarDateSchema,
      moneyPence: money.optional(),
      status: ActionStatusSchema,
      ragOverride: z.strictObject({ rag: RagSchema, reason: text, by: text, on: CalendarDateSchema }).optional(),
      history: listOf(ActionHistoryEntrySchema, 'history'),
      measures,
    })
    .check(coreCheck((action: ImprovementAction) => actionRuleIssues([], action, [])))
    .meta({ description: ACTION_RULES }))();

/**
 * An improvement plan as stored. For the checks across findings and actions, read it
 * with {@link parseImprovementPlan}.
 *
 * @example
 * ```ts
 * import { ImprovementPlanSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(ImprovementPlanSchema.safeParse({ id: 'P1', title: 'x', findings: [], actions: [] }).success); // false: no events
 * ```
 *
 * @category Improvement plans
 */
export const ImprovementPlanSchema = /* @__PURE__ */ (() =>
  planOf(listOf(InspectionEventSchema, 'events'), FindingSchema, (plan) => acrossPlan([], plan)))();

/** A plan whose list of events and whose findings the schemas given read, checked across by `across`. */
/* @__NO_SIDE_EFFECTS__ */
function planOf<E extends z.ZodType, F extends z.ZodType>(
  events: E,
  finding: F,
  across: (plan: AnyPlan) => readonly Issue[],
) {
  return z
    .strictObject({
      id: text,
      title: text,
      authority: AuthoritySchema.optional(),
      events,
      findings: listOf(finding, 'findings'),
      actions: listOf(ImprovementActionSchema, 'actions'),
    })
    .check(coreCheck(across) as never)
    .meta({ description: PLAN_RULES });
}

/**
 * The plan and finding schemas for the caller's frameworks, built on call: each event read
 * by the history's event schema with them (a graded inspection under one of them checked
 * by it), and a finding's area left to the rules across the plan with them (an area of the
 * framework of the event that raised it, as `createImprovementPlan` says it). One making,
 * for the parser and for `toJsonSchemas`.
 *
 * @internal
 */
export function planSchemasWith(frameworks: readonly DefinedFramework[]) {
  const finding = findingOf(text);
  const events = listOf(inspectionSchemasWith(frameworks).event, 'events');
  return { finding, plan: planOf(events, finding, (plan) => acrossPlan([], plan, frameworks)) };
}

/**
 * Reads an improvement action from untrusted input, history included, and never throws:
 * the shape, then the core's rules of `findActionIssues` (the history replayed against
 * `ACTION_LIFECYCLE` to the action's status and its dates, due date and RAG override),
 * so it accepts exactly what the lifecycle functions can produce. The action returned is
 * the library's own copy, frozen, so the functions it is given to need not check it
 * again; the input is never changed or frozen.
 *
 * @example
 * ```ts
 * import { parseImprovementAction } from 'ofsted-ilacs/schema';
 *
 * const result = parseImprovementAction({
 *   id: 'A1', title: 'Audit cases', answers: [], kind: 'case-audit', owner: 'QA lead',
 *   raised: '2019-06-03', due: '2019-12-31', status: { state: 'not-started' },
 *   history: [{ change: 'created', on: '2019-06-03', by: 'DCS', due: '2019-09-30' }],
 * });
 * if (!result.ok) console.log(result.issues[0]?.code); // 'inconsistent-history': the due date moved without a record
 * ```
 *
 * @category Improvement plans
 */
export function parseImprovementAction(input: unknown): Result<ImprovementAction> {
  const parsed = parseWith(ImprovementActionSchema, input);
  if (parsed.ok) markChecked(parsed.value);
  return parsed;
}

/**
 * Reads an improvement plan from untrusted input and never throws: the shape, then the
 * rules of `createImprovementPlan` (consistent actions, unique ids, findings raised by
 * the plan's events in their frameworks' areas, answers to findings in the plan). Every
 * issue has its path in the plan. The plan returned is the library's own copy, frozen, so
 * `summarisePlan` and the other functions it is given to need not check it again (a
 * plan built in code is checked on every call); the input is never changed or frozen.
 *
 * With `frameworks` (made by `defineFramework`), a graded inspection whose outcome names
 * one of them is read and checked as `createImprovementPlan` checks it with the same
 * option, and a finding it raised must be in one of its areas; without them, such a
 * framework is unknown (`unknown-framework`). The options are read once. With
 * `frameworks`, the result is typed `ImprovementPlan<FrameworkId | typeof yours>`, as
 * `createImprovementPlan` types it; such a plan is frozen but not marked as checked, so a
 * door given it without the same frameworks checks it again.
 *
 * @example
 * ```ts
 * import { parseImprovementPlan } from 'ofsted-ilacs/schema';
 *
 * const result = parseImprovementPlan({
 *   id: 'P1',
 *   title: 'Example',
 *   events: [{ kind: 'focused-visit', onSite: { start: '2024-06-11', end: '2024-06-12' }, theme: 'x', areasForPriorityAction: [] }],
 *   findings: [],
 *   actions: [],
 * });
 * console.log(result.ok); // true
 * ```
 *
 * @category Improvement plans
 */
export function parseImprovementPlan<const F extends DefinedFramework>(
  input: unknown,
  options: ImprovementPlanOptions & { readonly frameworks: readonly F[] },
): Result<ImprovementPlan<FrameworkId | F>>;
export function parseImprovementPlan(input: unknown, options?: ImprovementPlanOptions): Result<ImprovementPlan>;
export function parseImprovementPlan(
  input: unknown,
  options?: ImprovementPlanOptions,
): Result<ImprovementPlan<FrameworkId | DefinedFramework>> {
  const issues: Issue[] = [];
  const read = copyOptions(issues, options, PLAN_OPTIONS);
  if (read === undefined) return fail(issues);
  const frameworks = read.frameworks as readonly DefinedFramework[] | undefined;
  const parsed = parseWith(frameworks === undefined ? ImprovementPlanSchema : planSchemasWith(frameworks).plan, input);
  if (!parsed.ok) return fail(withDefineHint([...parsed.issues]));
  if (frameworks === undefined) markChecked(parsed.value, parsed.value.actions);
  else {
    // Frozen, its actions checked, but the plan not marked as checked: a door given it
    // without the same frameworks checks it again, and refuses it.
    deepFreeze(parsed.value);
    for (const action of parsed.value.actions) markChecked(action);
  }
  return parsed as Result<ImprovementPlan<FrameworkId | DefinedFramework>>;
}
