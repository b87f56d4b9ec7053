import * as z from 'zod';
import { INSPECTION_EVENT_KINDS } from '../inspection/inspectionEvent.js';
import { createInspectionHistory, type InspectionHistory } from '../inspection/inspectionHistory.js';
import { type Result, shorten } from '../result/result.js';
import { CalendarDateSchema } from './calendarSchemas.js';
import { InspectionOutcomeSchema } from './inspectionOutcomeSchema.js';
import { parseWith } from './toIssues.js';

/**
 * The days on site, first and last.
 *
 * @example
 * ```ts
 * import { OnSiteSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(OnSiteSchema.parse({ start: '2019-01-14', end: '2019-01-25' }).end); // '2019-01-25'
 * ```
 */
export const OnSiteSchema = z.strictObject({ start: CalendarDateSchema, end: CalendarDateSchema }).readonly();

const visit = {
  onSite: OnSiteSchema,
  reportReceived: CalendarDateSchema.optional(),
  published: CalendarDateSchema.optional(),
  note: z.string().optional(),
};

const text = z.string().min(1, { error: 'Give some text: it may not be empty.' });

/**
 * An inspectorate taking part in a joint targeted area inspection.
 *
 * @example
 * ```ts
 * import { InspectorateSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(InspectorateSchema.options); // ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation']
 * ```
 */
export const InspectorateSchema = z.enum(['ofsted', 'cqc', 'hmicfrs', 'hmi-probation']);

const GRADED = z
  .strictObject({
    kind: z.enum(['standard-inspection', 'short-inspection']),
    ...visit,
    outcome: InspectionOutcomeSchema,
  })
  .readonly();
const FOCUSED = z
  .strictObject({
    kind: z.literal('focused-visit'),
    ...visit,
    theme: text,
    areasForPriorityAction: z.array(text).readonly(),
  })
  .readonly();
const MONITORING = z
  .strictObject({
    kind: z.literal('monitoring-visit'),
    ...visit,
    sequence: z.int().min(1, { error: 'sequence counts monitoring visits from 1.' }),
    theme: text,
    findings: z.array(text).readonly(),
  })
  .readonly();
const JTAI = z
  .strictObject({
    kind: z.literal('joint-targeted-area-inspection'),
    ...visit,
    theme: text,
    agencies: z.array(InspectorateSchema).readonly(),
  })
  .readonly();
const INTERVENTION = z
  .strictObject({
    kind: z.enum([
      'improvement-notice-issued',
      'improvement-notice-lifted',
      'statutory-direction-issued',
      'statutory-direction-revoked',
    ]),
    date: CalendarDateSchema,
    note: z.string().optional(),
  })
  .readonly();

function unknownKind(input: unknown, kinds: readonly string[]): string {
  return typeof input === 'object' && input !== null
    ? `"${shorten(String((input as { kind?: unknown }).kind))}" is not a kind of ${kinds.length > 5 ? 'event' : 'visit'}: use ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}.`
    : 'Expected an event object with a kind.';
}

const VISIT_KINDS = INSPECTION_EVENT_KINDS.slice(0, 5);

/**
 * A visit: any event with days on site (every event but a DfE intervention).
 *
 * @example
 * ```ts
 * import { VisitSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(VisitSchema.safeParse({ kind: 'statutory-direction-issued', date: '2020-03-16' }).success); // false
 * ```
 */
export const VisitSchema = z.discriminatedUnion('kind', [GRADED, FOCUSED, MONITORING, JTAI], {
  error: (iss) => unknownKind(iss.input, VISIT_KINDS),
});

/**
 * Any event of an authority's inspection history, discriminated by `kind`. Only
 * standard and short inspections may carry an outcome. Parsed values are frozen.
 *
 * @example
 * ```ts
 * import { InspectionEventSchema } from 'ofsted-ilacs/schema';
 *
 * const result = InspectionEventSchema.safeParse({
 *   kind: 'focused-visit',
 *   onSite: { start: '2018-02-06', end: '2018-02-07' },
 *   theme: 'the front door',
 *   areasForPriorityAction: [],
 *   outcome: { framework: 'ilacs-2018', judgements: {} },
 * });
 * console.log(result.success); // false: a focused visit is not graded
 * ```
 */
export const InspectionEventSchema = z.discriminatedUnion('kind', [GRADED, FOCUSED, MONITORING, JTAI, INTERVENTION], {
  error: (iss) => unknownKind(iss.input, INSPECTION_EVENT_KINDS),
});

/**
 * A local authority: a name and, optionally, its ONS (GSS) code, such as `E06000010`.
 *
 * @example
 * ```ts
 * import { AuthoritySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(AuthoritySchema.safeParse({ name: 'Kingston upon Hull', code: 'E06000010' }).success); // true
 * console.log(AuthoritySchema.safeParse({ name: 'Hull', code: 'E6' }).success); // false
 * ```
 */
export const AuthoritySchema = z
  .strictObject({
    name: text,
    code: z
      .string()
      .regex(/^[EWSN]\d{8}$/, { error: 'An ONS (GSS) code is a letter and eight digits, such as E06000010.' })
      .optional(),
  })
  .readonly();

/**
 * An authority's inspection history as stored: the authority and its events. For the
 * dated checks (order, overlaps, interventions in force), read it with
 * {@link parseInspectionHistory}.
 *
 * @example
 * ```ts
 * import { InspectionHistorySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(InspectionHistorySchema.safeParse({ authority: { name: 'Example' }, events: [] }).success); // true
 * ```
 */
export const InspectionHistorySchema = z
  .strictObject({ authority: AuthoritySchema, events: z.array(InspectionEventSchema).readonly() })
  .readonly();

/**
 * Reads an authority's inspection history from untrusted input, and never throws: the
 * shape through {@link InspectionHistorySchema}, then the dated checks of
 * `createInspectionHistory` (dates in order, no overlapping visits, no intervention
 * ended that was not in force). Returns the history with its events in date order, or
 * every issue with its path, code and message.
 *
 * @example
 * ```ts
 * import { parseInspectionHistory } from 'ofsted-ilacs/schema';
 *
 * const result = parseInspectionHistory({
 *   authority: { name: 'Example' },
 *   events: [{ kind: 'monitoring-visit', onSite: { start: '2020-01-15', end: '2020-01-14' }, sequence: 1, theme: 'x', findings: [] }],
 * });
 * if (!result.ok) console.log(result.issues[0]?.path, result.issues[0]?.code); // ['events', 0, 'onSite', 'end'] 'dates-out-of-order'
 * ```
 */
export function parseInspectionHistory(input: unknown): Result<InspectionHistory> {
  const parsed = parseWith(InspectionHistorySchema, input);
  return parsed.ok ? createInspectionHistory(parsed.value.authority, parsed.value.events) : parsed;
}

/**
 * A statutory clock, for callers who keep their own clock figures in configuration.
 *
 * @example
 * ```ts
 * import { StatutoryClockSchema } from 'ofsted-ilacs/schema';
 * import { STATUTORY_CLOCKS } from 'ofsted-ilacs';
 *
 * console.log(STATUTORY_CLOCKS.every((clock) => StatutoryClockSchema.safeParse(clock).success)); // true
 * ```
 */
export const StatutoryClockSchema = z
  .strictObject({
    id: text,
    title: text,
    startedBy: z.enum(['graded-inspection', 'areas-for-priority-action']),
    workingDays: z.int().min(0),
    basis: text,
    confirmed: z.boolean(),
  })
  .readonly();
