import * as z from 'zod';
import { LIMITS } from '../check/limits.js';
import { copyOptions } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import type { FrameworkId } from '../framework/frameworks.js';
import { AREA_SEND_GRADES } from '../inspection/areaSendOutcomes.js';
import {
  type AnyEvent,
  eventRuleIssues,
  GSS_CODE,
  INSPECTORATES,
  INTERVENTION_SCOPES,
  unknownKindMessage,
} from '../inspection/eventIssues.js';
import { INSPECTION_EVENT_KINDS } from '../inspection/inspectionEvent.js';
import {
  createInspectionHistory,
  eventsRuleIssues,
  type InspectionHistory,
  withDefineHint,
} from '../inspection/inspectionHistory.js';
import { CLOCK_BASIS_KINDS, CLOCK_STARTS } from '../inspection/statutoryDeadlines.js';
import { fail, type Issue, type Result } from '../result/result.js';
import { definedOutcomeSchema } from './definedOutcomeSchema.js';
import { CalendarDateSchema, coreCheck, textSchema, wholeNumberSchema } from './fieldSchemas.js';
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
 *
 * @category Inspection timeline
 */
export const OnSiteSchema = /* @__PURE__ */ (() =>
  z.strictObject({ start: CalendarDateSchema, end: CalendarDateSchema }))();

/**
 * What is known of a graded inspection's days on site: the first, and the last where the
 * source gives it.
 *
 * @example
 * ```ts
 * import { DaysOnSiteSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(DaysOnSiteSchema.parse({ start: '2022-11-14' })); // { start: '2022-11-14' }
 * ```
 *
 * @category Inspection timeline
 */
export const DaysOnSiteSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    start: CalendarDateSchema,
    end: CalendarDateSchema.optional(),
  }))();

const reportDates = /* @__PURE__ */ (() => ({
  reportReceived: CalendarDateSchema.optional(),
  published: CalendarDateSchema.optional(),
  note: textSchema('note').optional(),
}))();
const visit = /* @__PURE__ */ (() => ({ onSite: OnSiteSchema, ...reportDates }))();

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
 *
 * @category Inspection timeline
 */
export const AuthoritySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: textSchema('name'),
    code: z
      .string()
      .regex(GSS_CODE, { error: 'An ONS (GSS) code is a letter and eight digits, such as E06000010.' })
      .optional(),
  }))();

const listOf = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(LIMITS.listLength, { error: `${what} may have at most ${LIMITS.listLength} items.` });

/**
 * An inspectorate taking part in a joint targeted area inspection.
 *
 * @example
 * ```ts
 * import { InspectorateSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(InspectorateSchema.options); // ['ofsted', 'cqc', 'hmicfrs', 'hmi-probation']
 * ```
 *
 * @category Inspection timeline
 */
export const InspectorateSchema = /* @__PURE__ */ (() => z.enum(INSPECTORATES))();

/** A graded inspection whose outcome the schema given reads. */
/* @__NO_SIDE_EFFECTS__ */
function gradedOf<O extends z.ZodType>(outcome: O) {
  return z.strictObject({
    kind: z.enum(['standard-inspection', 'short-inspection', 'graded-inspection']),
    onSite: DaysOnSiteSchema.optional(),
    ...reportDates,
    outcome,
    predecessor: AuthoritySchema.optional(),
  });
}

const GRADED = /* @__PURE__ */ gradedOf(InspectionOutcomeSchema);
const FOCUSED = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('focused-visit'),
    ...visit,
    theme: textSchema('theme'),
    areasForPriorityAction: listOf(textSchema('an area for priority action'), 'areasForPriorityAction'),
  }))();
const MONITORING = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('monitoring-visit'),
    ...visit,
    sequence: wholeNumberSchema(1, 1000, 'sequence counts monitoring visits from 1 (at most 1,000).').optional(),
    theme: textSchema('theme'),
    findings: listOf(textSchema('a finding'), 'findings'),
  }))();
const JTAI = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('joint-targeted-area-inspection'),
    ...visit,
    theme: textSchema('theme'),
    agencies: listOf(InspectorateSchema, 'agencies'),
  }))();
const AREA_SEND = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('area-send-inspection'), ...visit, outcome: z.enum(AREA_SEND_GRADES) }))();
const AREA_SEND_MONITORING = /* @__PURE__ */ (() =>
  z.strictObject({ kind: z.literal('area-send-monitoring'), ...visit }))();
const INTERVENTION = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.enum([
      'improvement-notice-issued',
      'improvement-notice-lifted',
      'statutory-direction-issued',
      'statutory-direction-revoked',
    ]),
    date: CalendarDateSchema,
    scope: z.enum(INTERVENTION_SCOPES).optional(),
    legalBasis: textSchema('legalBasis').optional(),
    note: textSchema('note').optional(),
  }))();

/** The core's rules within one event, a graded outcome under one of `frameworks` checked by it. */
/* @__NO_SIDE_EFFECTS__ */
function eventRulesWith(frameworks?: readonly DefinedFramework[]) {
  return coreCheck((event: AnyEvent) => {
    const issues: Issue[] = [];
    eventRuleIssues(issues, event, [], undefined, undefined, frameworks);
    return issues;
  });
}

const eventRules = /* @__PURE__ */ eventRulesWith();

const VISIT_RULES =
  'Cross-field rules: onSite.end is not before onSite.start; reportReceived and published are not before onSite.end (onSite.start where the end is not known), and published is not before reportReceived; a graded inspection whose onSite.end is not known has published; a graded outcome is under a framework in use on onSite.start (where it is not known, one begun by publication), and the SIF had no short inspections; an area SEND inspection or monitoring inspection starts on or after 2023-01-01.';

/**
 * A visit: any event with days on site (every event but a DfE intervention).
 *
 * @example
 * ```ts
 * import { VisitSchema } from 'ofsted-ilacs/schema';
 *
 * console.log(VisitSchema.safeParse({ kind: 'statutory-direction-issued', date: '2020-03-16' }).success); // false
 * ```
 *
 * @category Inspection timeline
 */
export const VisitSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('kind', [GRADED, FOCUSED, MONITORING, JTAI, AREA_SEND, AREA_SEND_MONITORING], {
      error: (iss) =>
        typeof iss.input === 'object' && iss.input !== null
          ? unknownKindMessage((iss.input as { kind?: unknown }).kind, true)
          : 'Expected an event object with a kind.',
    })
    .check(eventRules)
    .meta({ description: `An inspection or visit, by kind. ${VISIT_RULES}` }))();

/**
 * Any event of an authority's inspection history, discriminated by `kind`. Only
 * graded inspections carry an ILACS or SIF outcome; an area SEND inspection carries one
 * of its three outcomes (`positive`, `inconsistent`, `widespread-failings`). The rules
 * within one event (its
 * dates in order, its outcome's framework in use on its first day) are the core's, and
 * its JSON Schema's description names them.
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
 *
 * @category Inspection timeline
 */
export const InspectionEventSchema = /* @__PURE__ */ eventOf(GRADED, eventRules);

/** Any event of a history, its graded inspections read by `graded` and every event checked by `rules`. */
/* @__NO_SIDE_EFFECTS__ */
function eventOf<G extends typeof GRADED | ReturnType<typeof gradedOf>>(graded: G, rules: typeof eventRules) {
  return z
    .discriminatedUnion('kind', [graded, FOCUSED, MONITORING, JTAI, AREA_SEND, AREA_SEND_MONITORING, INTERVENTION], {
      error: (iss) =>
        typeof iss.input === 'object' && iss.input !== null
          ? unknownKindMessage((iss.input as { kind?: unknown }).kind, false)
          : 'Expected an event object with a kind.',
    })
    .check(rules as never)
    .meta({ description: `An event of an authority's inspection history, by kind. ${VISIT_RULES}` });
}

/**
 * An authority's inspection history as stored: the authority and its events. The rules
 * across events (no overlapping visits of one remit, monitoring visits numbered in order within a
 * series, notices and directions issued only when none is in force and ended only when
 * one is) are the core's; the JSON Schema's description names them.
 * {@link parseInspectionHistory} also puts the events in date order.
 *
 * @example
 * ```ts
 * import { InspectionHistorySchema } from 'ofsted-ilacs/schema';
 *
 * console.log(InspectionHistorySchema.safeParse({ authority: { name: 'Example' }, events: [] }).success); // true
 * ```
 *
 * @category Inspection timeline
 */
export const InspectionHistorySchema = /* @__PURE__ */ historyOf(InspectionEventSchema);

/** A history whose events the schema given reads. */
/* @__NO_SIDE_EFFECTS__ */
function historyOf<E extends z.ZodType>(event: E) {
  return z
    .strictObject({
      authority: AuthoritySchema,
      events: listOf(event, 'events'),
      coverage: z
        .strictObject({
          asOf: CalendarDateSchema,
          sources: listOf(textSchema('a source'), 'coverage.sources'),
          kinds: listOf(z.enum(INSPECTION_EVENT_KINDS), 'coverage.kinds'),
        })
        .optional(),
    })
    .check(coreCheck((history: { readonly events: readonly AnyEvent[] }) => eventsRuleIssues(history.events)) as never)
    .meta({
      description:
        "An authority's inspection history. Cross-field rules: visits' days on site do not overlap (area SEND visits, of the local area partnership, are checked against each other only); within a series of monitoring visits (a graded inspection starts a new one) the sequence numbers rise; for each scope, an improvement notice or statutory direction is issued only when none of its kind is in force, and lifted or revoked only when one is; a statutory direction supersedes an improvement notice in force.",
    });
}

/**
 * The event and history schemas for the caller's frameworks, built on call: a graded
 * inspection's outcome read by the built-in schema or by the framework of the caller's it
 * names, and checked by the core's rules with them. One making, for the parser and for
 * `toJsonSchemas`, so that the JSON Schema admits what the parser does.
 *
 * @internal
 */
export function inspectionSchemasWith(frameworks: readonly DefinedFramework[]) {
  const outcome = z.discriminatedUnion('framework', [InspectionOutcomeSchema, ...frameworks.map(definedOutcomeSchema)]);
  const event = eventOf(gradedOf(outcome), eventRulesWith(frameworks));
  return { outcome, event, history: historyOf(event) };
}

/** The history schema for the caller's frameworks (see {@link inspectionSchemasWith}). */
function historySchemaWith(frameworks: readonly DefinedFramework[]) {
  return inspectionSchemasWith(frameworks).history;
}

/**
 * Reads an authority's inspection history from untrusted input, and never throws: the
 * shape through {@link InspectionHistorySchema}, then every rule of
 * `createInspectionHistory`. Returns the history with its events in date order, or
 * every issue with its path, code and message. The input is never changed or frozen.
 *
 * With `frameworks` (made by `defineFramework`), a graded inspection whose outcome names
 * one of them is read by that framework's areas and scale and checked as
 * `createInspectionHistory` checks it with the same option; without it, a caller's
 * framework is unknown (`unknown-framework`). With `frameworks`, the result's type says
 * so: `Result<InspectionHistory<FrameworkId | typeof yours>>`, the type
 * `createInspectionHistory` gives when passed them.
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
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale, type FrameworkId, type InspectionHistory, type Result } from 'ofsted-ilacs';
 * import { parseInspectionHistory } from 'ofsted-ilacs/schema';
 *
 * const scale = defineScale({ id: 'three', grades: ['strong', 'adequate', 'weak'], labels: { strong: 'Strong', adequate: 'Adequate', weak: 'Weak' } });
 * const review = defineFramework({
 *   id: 'peer-review-2027',
 *   title: 'Peer review',
 *   scale,
 *   inForce: { from: '2027-01-01' },
 *   areas: [{ id: 'frontDoor', title: 'The front door', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const json = JSON.parse(
 *   '{"authority":{"name":"Example"},"events":[{"kind":"graded-inspection","onSite":{"start":"2027-03-01","end":"2027-03-05"},"outcome":{"framework":"peer-review-2027","judgements":{"frontDoor":"adequate"}}}]}',
 * );
 * const result: Result<InspectionHistory<FrameworkId | typeof review>> = parseInspectionHistory(json, { frameworks: [review] });
 * console.log(result.ok && result.value.events[0]?.kind); // 'graded-inspection'
 * console.log(parseInspectionHistory(json).ok); // false: without frameworks, peer-review-2027 is unknown
 * ```
 *
 * @category Inspection timeline
 */
export function parseInspectionHistory<const F extends DefinedFramework>(
  input: unknown,
  options: { readonly frameworks: readonly F[] },
): Result<InspectionHistory<FrameworkId | F>>;
export function parseInspectionHistory(
  input: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): Result<InspectionHistory>;
export function parseInspectionHistory(
  input: unknown,
  options?: { readonly frameworks?: readonly DefinedFramework[] },
): Result<InspectionHistory<FrameworkId | DefinedFramework>> {
  const issues: Issue[] = [];
  const read = copyOptions(issues, options, { frameworks: frameworksProblem });
  if (read === undefined) return fail(issues);
  const frameworks = read.frameworks as readonly DefinedFramework[] | undefined;
  const schema = frameworks === undefined ? InspectionHistorySchema : historySchemaWith(frameworks);
  const parsed = parseWith(schema, input);
  if (!parsed.ok) return fail(withDefineHint([...parsed.issues]));
  const { authority, events, coverage } = parsed.value;
  const checked = { ...(coverage !== undefined && { coverage }), ...(frameworks !== undefined && { frameworks }) };
  // With frameworks, events under them are kept, as the overload's type says.
  return createInspectionHistory(authority, events as readonly AnyEvent[] as never, checked) as Result<
    InspectionHistory<FrameworkId | DefinedFramework>
  >;
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
 *
 * @category Inspection timeline
 */
export const StatutoryClockSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: textSchema('id'),
    title: textSchema('title'),
    startedBy: z.enum(CLOCK_STARTS),
    workingDays: wholeNumberSchema(
      0,
      LIMITS.clockWorkingDays,
      `workingDays must be a whole number from 0 to ${LIMITS.clockWorkingDays}.`,
    ),
    basis: textSchema('basis'),
    basisKind: z.enum(CLOCK_BASIS_KINDS),
    confirmed: z.boolean(),
  }))();
