import * as z from 'zod';
import type { AreaId } from '../framework/frameworks.js';
import { FRAMEWORKS } from '../framework/frameworks.js';
import { FINDING_KINDS } from '../improvement/finding.js';
import {
  ACTION_KINDS,
  ACTION_STATES,
  findActionIssues,
  type ImprovementAction,
} from '../improvement/improvementAction.js';
import { createImprovementPlan, type ImprovementPlan } from '../improvement/improvementPlan.js';
import { INSPECTION_EVENT_KINDS } from '../inspection/inspectionEvent.js';
import { fail, type Result } from '../result/result.js';
import { CalendarDateSchema } from './calendarSchemas.js';
import { AuthoritySchema, VisitSchema } from './inspectionSchemas.js';
import { parseWith } from './toIssues.js';

const text = z.string().refine((value) => value.trim() !== '', { error: 'Give some text: it may not be blank.' });

const AREA_IDS = [
  ...new Set(Object.values(FRAMEWORKS).flatMap((framework) => framework.areas.map((area) => area.id))),
] as [AreaId, ...AreaId[]];

const EventReferenceSchema = z
  .strictObject({ kind: z.enum(INSPECTION_EVENT_KINDS), start: CalendarDateSchema })
  .readonly();

const finding = { id: text, area: z.enum(AREA_IDS), text, raised: CalendarDateSchema };

/**
 * A finding: a recommendation, an area for priority action, a monitoring finding (each
 * with the event that raised it) or a self-evaluation finding.
 *
 * @example
 * ```ts
 * import { FindingSchema } from 'ofsted-ilacs/schema';
 *
 * const result = FindingSchema.safeParse({ id: 'F1', kind: 'recommendation', area: 'leaders', text: 'x', raised: '2019-05-17' });
 * console.log(result.success); // false: a recommendation needs raisedBy
 * ```
 */
export const FindingSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...finding,
      kind: z.enum(
        FINDING_KINDS.filter((kind) => kind !== 'self-evaluation') as [
          'recommendation',
          'area-for-priority-action',
          'monitoring-finding',
        ],
      ),
      raisedBy: EventReferenceSchema,
    })
    .readonly(),
  z
    .strictObject({ ...finding, kind: z.literal('self-evaluation'), raisedBy: EventReferenceSchema.optional() })
    .readonly(),
]);

/**
 * A RAG rating.
 *
 * @example
 * ```ts
 * import { RagSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(RagSchema.options); // ['red', 'amber', 'green', 'blue']
 * ```
 */
export const RagSchema = z.enum(['red', 'amber', 'green', 'blue']);

const started = { started: CalendarDateSchema };
const delivered = { ...started, delivered: CalendarDateSchema, deliveryEvidence: text };
const evidenced = { ...delivered, impactEvidenced: CalendarDateSchema, impactEvidence: text };

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
 */
export const ActionStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('not-started') }).readonly(),
  z.strictObject({ state: z.literal('in-progress'), ...started }).readonly(),
  z
    .strictObject({
      state: z.literal('blocked'),
      started: CalendarDateSchema.optional(),
      blocked: CalendarDateSchema,
      reason: text,
    })
    .readonly(),
  z.strictObject({ state: z.literal('delivered'), ...delivered }).readonly(),
  z.strictObject({ state: z.literal('impact-evidenced'), ...evidenced }).readonly(),
  z.strictObject({ state: z.literal('closed'), ...evidenced, closed: CalendarDateSchema, verifiedBy: text }).readonly(),
  z.strictObject({ state: z.literal('cancelled'), ended: CalendarDateSchema, reason: text }).readonly(),
  z
    .strictObject({
      state: z.literal('superseded'),
      ended: CalendarDateSchema,
      reason: text,
      supersededBy: z.string().optional(),
    })
    .readonly(),
]);

const change = { on: CalendarDateSchema, by: text };

/**
 * One entry of an action's history, discriminated by `change`.
 *
 * @example
 * ```ts
 * import { ActionHistoryEntrySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(ActionHistoryEntrySchema.safeParse({ change: 'created', on: '2019-06-03', by: 'DCS', due: '2019-09-30' }).success); // true
 * ```
 */
export const ActionHistoryEntrySchema = z.discriminatedUnion('change', [
  z.strictObject({ change: z.literal('created'), ...change, due: CalendarDateSchema }).readonly(),
  z
    .strictObject({
      change: z.literal('status'),
      ...change,
      from: z.enum(ACTION_STATES),
      to: z.enum(ACTION_STATES),
      note: z.string().optional(),
    })
    .readonly(),
  z
    .strictObject({
      change: z.literal('due-date'),
      ...change,
      from: CalendarDateSchema,
      to: CalendarDateSchema,
      reason: text,
    })
    .readonly(),
  z.strictObject({ change: z.literal('rag-override-set'), ...change, rag: RagSchema, reason: text }).readonly(),
  z.strictObject({ change: z.literal('rag-override-cleared'), ...change, reason: text }).readonly(),
]);

/**
 * An improvement action as stored, history included. For the consistency checks, read it
 * with {@link parseImprovementAction}.
 *
 * @example
 * ```ts
 * import { ImprovementActionSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(Object.keys(ImprovementActionSchema.unwrap().shape).length); // 12
 * ```
 */
export const ImprovementActionSchema = z
  .strictObject({
    id: text,
    title: text,
    answers: z.array(text).readonly(),
    kind: z.enum(ACTION_KINDS),
    owner: text,
    approver: z.string().optional(),
    raised: CalendarDateSchema,
    due: CalendarDateSchema,
    moneyPence: z.int({ error: 'moneyPence is a whole number of pence (£2m is 200000000).' }).min(0).optional(),
    status: ActionStatusSchema,
    ragOverride: z
      .strictObject({ rag: RagSchema, reason: text, by: text, on: CalendarDateSchema })
      .readonly()
      .optional(),
    history: z.array(ActionHistoryEntrySchema).readonly(),
  })
  .readonly();

/**
 * An improvement plan as stored. For the checks across findings and actions, read it
 * with {@link parseImprovementPlan}.
 *
 * @example
 * ```ts
 * import { ImprovementPlanSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(ImprovementPlanSchema.safeParse({ id: 'P1', title: 'x', findings: [], actions: [] }).success); // false: no event
 * ```
 */
export const ImprovementPlanSchema = z
  .strictObject({
    id: text,
    title: text,
    authority: AuthoritySchema.optional(),
    event: VisitSchema,
    findings: z.array(FindingSchema).readonly(),
    actions: z.array(ImprovementActionSchema).readonly(),
  })
  .readonly();

/**
 * Reads an improvement action from untrusted input, history included, and never throws:
 * the shape, then `findActionIssues` (dates in order, evidence present, a history that
 * replays to the action's status, due date and RAG override).
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
 */
export function parseImprovementAction(input: unknown): Result<ImprovementAction> {
  const parsed = parseWith(ImprovementActionSchema, input);
  if (!parsed.ok) return parsed;
  const issues = findActionIssues(parsed.value);
  return issues.length > 0 ? fail(issues) : parsed;
}

/**
 * Reads an improvement plan from untrusted input and never throws: the shape, then the
 * checks of `createImprovementPlan` (unique ids, answers to findings in the plan,
 * consistent actions). Every issue has its path in the plan.
 *
 * @example
 * ```ts
 * import { parseImprovementPlan } from 'ofsted-ilacs/schema';
 *
 * const result = parseImprovementPlan({
 *   id: 'P1',
 *   title: 'Example',
 *   event: { kind: 'focused-visit', onSite: { start: '2024-06-11', end: '2024-06-12' }, theme: 'x', areasForPriorityAction: [] },
 *   findings: [],
 *   actions: [],
 * });
 * console.log(result.ok); // true
 * ```
 */
export function parseImprovementPlan(input: unknown): Result<ImprovementPlan> {
  const parsed = parseWith(ImprovementPlanSchema, input);
  return parsed.ok ? createImprovementPlan(parsed.value) : parsed;
}
