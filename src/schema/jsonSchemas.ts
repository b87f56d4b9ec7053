import * as z from 'zod';
import { readOptions } from '../check/options.js';
import { frameworksProblem } from '../defined/behaviour.js';
import type { DefinedFramework } from '../defined/definedFramework.js';
import { CalendarDateSchema, HolidayCalendarSchema, HolidaySchema } from './calendarSchemas.js';
import {
  ActionHistoryEntrySchema,
  ActionStatusSchema,
  FindingSchema,
  ImprovementActionSchema,
  ImprovementPlanSchema,
  MeasureSchema,
  planSchemasWith,
  RagSchema,
} from './improvementSchemas.js';
import { InspectionOutcomeSchema } from './inspectionOutcomeSchema.js';
import {
  AuthoritySchema,
  InspectionEventSchema,
  InspectionHistorySchema,
  InspectorateSchema,
  inspectionSchemasWith,
  OnSiteSchema,
  StatutoryClockSchema,
  VisitSchema,
} from './inspectionSchemas.js';
import { AreaJudgementSchema, FrameworkIdSchema, JudgementSchema } from './judgementSchemas.js';

/**
 * The name of a public schema, as a key of {@link toJsonSchemas}' result.
 *
 * @example
 * ```ts
 * import type { PublicSchemaName } from 'ofsted-ilacs/schema';
 *
 * const name: PublicSchemaName = 'InspectionOutcome';
 * console.log(name);
 * ```
 *
 * @category JSON Schema
 */
export type PublicSchemaName =
  | 'Judgement'
  | 'AreaJudgement'
  | 'FrameworkId'
  | 'InspectionOutcome'
  | 'CalendarDate'
  | 'Holiday'
  | 'HolidayCalendar'
  | 'OnSite'
  | 'Inspectorate'
  | 'InspectionEvent'
  | 'Authority'
  | 'InspectionHistory'
  | 'StatutoryClock'
  | 'Visit'
  | 'Finding'
  | 'Measure'
  | 'Rag'
  | 'ActionStatus'
  | 'ActionHistoryEntry'
  | 'ImprovementAction'
  | 'ImprovementPlan';

const PUBLIC_SCHEMAS = /* @__PURE__ */ (() =>
  ({
    Judgement: JudgementSchema,
    AreaJudgement: AreaJudgementSchema,
    FrameworkId: FrameworkIdSchema,
    InspectionOutcome: InspectionOutcomeSchema,
    CalendarDate: CalendarDateSchema,
    Holiday: HolidaySchema,
    HolidayCalendar: HolidayCalendarSchema,
    OnSite: OnSiteSchema,
    Inspectorate: InspectorateSchema,
    InspectionEvent: InspectionEventSchema,
    Authority: AuthoritySchema,
    InspectionHistory: InspectionHistorySchema,
    StatutoryClock: StatutoryClockSchema,
    Visit: VisitSchema,
    Finding: FindingSchema,
    Measure: MeasureSchema,
    Rag: RagSchema,
    ActionStatus: ActionStatusSchema,
    ActionHistoryEntry: ActionHistoryEntrySchema,
    ImprovementAction: ImprovementActionSchema,
    ImprovementPlan: ImprovementPlanSchema,
  }) as const satisfies Record<PublicSchemaName, z.ZodType>)();

/**
 * Options of {@link toJsonSchemas}.
 *
 * @example
 * ```ts
 * import type { JsonSchemaOptions } from 'ofsted-ilacs/schema';
 *
 * const options: JsonSchemaOptions = { frameworks: [] };
 * console.log(options.frameworks?.length); // 0
 * ```
 *
 * @category JSON Schema
 */
export interface JsonSchemaOptions {
  /**
   * Frameworks of your own, made by `defineFramework`: `InspectionOutcome` then admits an
   * outcome under each of them too, and `FrameworkId` their ids.
   */
  readonly frameworks?: readonly DefinedFramework[];
}

/**
 * JSON Schema (draft 2020-12) for every public schema, for integrators in other
 * languages. Built on call, so importing the entry costs nothing. With `frameworks`, the
 * schemas of an outcome, a framework id, an event, a history, a finding and a plan admit
 * what the parse functions given the same frameworks admit: outcomes under your
 * frameworks beside the built-in ones, and findings in their areas.
 *
 * Throws `OfstedIlacsError` (`invalid-option`) for an option it does not have, or
 * frameworks not made by `defineFramework`.
 *
 * @example
 * ```ts
 * import { defineFramework, defineScale } from 'ofsted-ilacs';
 * import { toJsonSchemas } from 'ofsted-ilacs/schema';
 *
 * const schemas = toJsonSchemas();
 * console.log(schemas.Judgement.enum); // ['outstanding', 'good', 'requires-improvement', 'inadequate']
 *
 * const scale = defineScale({ id: 'two', grades: ['met', 'not-met'], labels: { met: 'Met', 'not-met': 'Not met' } });
 * const audit = defineFramework({
 *   id: 'case-audit',
 *   title: 'Case audit',
 *   scale,
 *   inForce: { from: '2026-01-01' },
 *   areas: [{ id: 'plan', title: 'The child has a plan', role: 'practice' }],
 *   overall: { awarded: false },
 * });
 * const withAudit = toJsonSchemas({ frameworks: [audit] });
 * console.log(JSON.stringify(withAudit.InspectionOutcome).includes('case-audit')); // true
 * ```
 *
 * @category JSON Schema
 */
export function toJsonSchemas(options?: JsonSchemaOptions): Record<PublicSchemaName, z.core.JSONSchema.BaseSchema> {
  const frameworks = (readOptions('toJsonSchemas', options, JSON_SCHEMA_OPTIONS).frameworks ??
    []) as readonly DefinedFramework[];
  const schemas: Record<PublicSchemaName, z.ZodType> = { ...PUBLIC_SCHEMAS };
  if (frameworks.length > 0) {
    const withThem = inspectionSchemasWith(frameworks);
    schemas.InspectionOutcome = withThem.outcome;
    schemas.InspectionEvent = withThem.event;
    schemas.InspectionHistory = withThem.history;
    const plans = planSchemasWith(frameworks);
    schemas.Finding = plans.finding;
    schemas.ImprovementPlan = plans.plan;
    schemas.FrameworkId = z.union([FrameworkIdSchema, ...frameworks.map((framework) => z.literal(framework.id))]);
  }
  const result = {} as Record<PublicSchemaName, z.core.JSONSchema.BaseSchema>;
  for (const [name, schema] of Object.entries(schemas) as [PublicSchemaName, z.ZodType][]) {
    result[name] = z.toJSONSchema(schema);
  }
  return result;
}

const JSON_SCHEMA_OPTIONS = { frameworks: frameworksProblem };
