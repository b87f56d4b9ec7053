import * as z from 'zod';
import { CalendarDateSchema, HolidayCalendarSchema, HolidaySchema } from './calendarSchemas.js';
import {
  ActionHistoryEntrySchema,
  ActionStatusSchema,
  FindingSchema,
  ImprovementActionSchema,
  ImprovementPlanSchema,
  MeasureSchema,
  RagSchema,
} from './improvementSchemas.js';
import { InspectionOutcomeSchema } from './inspectionOutcomeSchema.js';
import {
  AuthoritySchema,
  InspectionEventSchema,
  InspectionHistorySchema,
  InspectorateSchema,
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
 * JSON Schema (draft 2020-12) for every public schema, for integrators in other
 * languages. Built on call, so importing the entry costs nothing.
 *
 * @example
 * ```ts
 * import { toJsonSchemas } from 'ofsted-ilacs/schema';
 *
 * const schemas = toJsonSchemas();
 * console.log(schemas.Judgement.enum); // ['outstanding', 'good', 'requires-improvement', 'inadequate']
 * ```
 *
 * @category JSON Schema
 */
export function toJsonSchemas(): Record<PublicSchemaName, z.core.JSONSchema.BaseSchema> {
  const result = {} as Record<PublicSchemaName, z.core.JSONSchema.BaseSchema>;
  for (const [name, schema] of Object.entries(PUBLIC_SCHEMAS) as [PublicSchemaName, z.ZodType][]) {
    result[name] = z.toJSONSchema(schema);
  }
  return result;
}
