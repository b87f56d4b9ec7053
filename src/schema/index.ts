/**
 * ofsted-ilacs/schema: zod schemas for every entity of the core, for parsing untrusted
 * input at the edge, and JSON Schema for integrators in other languages. Needs zod 4 as a
 * peer dependency; the core entry (`ofsted-ilacs`) never imports it.
 *
 * @packageDocumentation
 * @module ofsted-ilacs/schema
 */

export { CalendarDateSchema, HolidayCalendarSchema, HolidaySchema } from './calendarSchemas.js';
export {
  ActionHistoryEntrySchema,
  ActionStatusSchema,
  FindingSchema,
  ImprovementActionSchema,
  ImprovementPlanSchema,
  MeasureSchema,
  parseImprovementAction,
  parseImprovementPlan,
  RagSchema,
} from './improvementSchemas.js';
export { InspectionOutcomeSchema, parseInspectionOutcome } from './inspectionOutcomeSchema.js';
export {
  AuthoritySchema,
  DaysOnSiteSchema,
  InspectionEventSchema,
  InspectionHistorySchema,
  InspectorateSchema,
  OnSiteSchema,
  parseInspectionHistory,
  StatutoryClockSchema,
  VisitSchema,
} from './inspectionSchemas.js';
export { type JsonSchemaOptions, type PublicSchemaName, toJsonSchemas } from './jsonSchemas.js';
export { AreaJudgementSchema, FrameworkIdSchema, JudgementSchema } from './judgementSchemas.js';
