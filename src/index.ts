/**
 * ofsted-ilacs: a typed model of Ofsted's inspections of English councils' children's
 * services. The core entry: the judgement scale, frameworks as data, overall
 * effectiveness, calendar dates and working days, an authority's inspection timeline
 * with its statutory clocks, and improvement plans with derived progress. Pure functions over readonly data; no zod (see
 * `ofsted-ilacs/schema`).
 *
 * @packageDocumentation
 * @module ofsted-ilacs
 */

export { type CalendarDate, calendarDate, isCalendarDate, parseCalendarDate } from './calendar/calendarDate.js';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS } from './calendar/englandAndWalesBankHolidays.js';
export {
  easterSunday,
  type Holiday,
  type HolidayCalendar,
  projectEnglandAndWalesHolidays,
} from './calendar/holidays.js';
export {
  addWorkingDays,
  type DayStatus,
  isWorkingDay,
  type NonWorkingReason,
  type WorkingDayOptions,
  type WorkingDaysCount,
  type WorkingDaysResult,
  workingDayStatus,
  workingDaysBetween,
} from './calendar/workingDays.js';
export { LIMITS } from './check/limits.js';
export { type BuiltInDefinition, FRAMEWORK_DEFINITIONS } from './defined/builtInDefinitions.js';
export type {
  AreaOf,
  DefinedArea,
  DefinedFramework,
  DefinedLimitingRule,
  DefinedOutcome,
  DefinedOverall,
  DefinedOverallRule,
  GradeOf,
} from './defined/definedFramework.js';
export { defineFramework } from './defined/defineFramework.js';
export { defineScale, type Scale } from './defined/defineScale.js';
export { type ErrorCode, OfstedIlacsError } from './error/OfstedIlacsError.js';
export { AREA_ROWS, type AreaRow } from './framework/areaRows.js';
export type {
  AreaCorrespondence,
  AreaRole,
  BuiltInRole,
  Framework,
  FrameworkArea,
  FrameworkFamily,
  FrameworkSource,
  LimitingRule,
  LimitingRuleBasis,
} from './framework/framework.js';
export { LIMITING_RULES } from './framework/framework.js';
export { type FrameworkForDateOptions, frameworkForDate } from './framework/frameworkForDate.js';
export {
  type AreaId,
  type BuiltInFrameworks,
  FRAMEWORK_IDS,
  FRAMEWORKS,
  type FrameworkAreaOf,
  type FrameworkId,
  isFrameworkId,
} from './framework/frameworks.js';
export {
  blockAction,
  type ChangeContext,
  cancelAction,
  changeMoney,
  clearRagOverride,
  closeAction,
  deliverAction,
  linkActionToFinding,
  overrideRag,
  recordImpact,
  rescheduleAction,
  resumeAction,
  startAction,
  supersedeAction,
} from './improvement/actionLifecycle.js';
export { ACTION_LIFECYCLE, findActionIssues } from './improvement/actionRules.js';
export {
  createImprovementAction,
  originalDueDate,
  rescheduleCount,
} from './improvement/createImprovementAction.js';
export { createImprovementPlan } from './improvement/createImprovementPlan.js';
export { type DerivedRag, deriveRag, type RagOptions } from './improvement/deriveRag.js';
export {
  type EventReference,
  FINDING_KINDS,
  type Finding,
  type FindingKind,
  type InspectionFinding,
  type SelfEvaluationFinding,
} from './improvement/finding.js';
export { type ProgressByFinding, progressByFinding } from './improvement/findingProgress.js';
export {
  ACTION_KINDS,
  ACTION_STATES,
  type ActionFacts,
  type ActionHistoryEntry,
  type ActionKind,
  type ActionState,
  type ActionStatus,
  type ImprovementAction,
  type NewImprovementAction,
  type Rag,
  type RagOverride,
} from './improvement/improvementAction.js';
export type {
  FindingProgress,
  ImprovementPlan,
  ImprovementPlanOptions,
  MeasureImpact,
  MoneyChange,
  OverriddenRag,
  PlanDeadline,
  PlanSummary,
  PlanSummaryOptions,
  RagCounts,
} from './improvement/improvementPlan.js';
export {
  type DerivedImpact,
  deriveImpact,
  findMeasureIssues,
  type ImpactOptions,
  type Measure,
  type MeasurePoint,
  recordReading,
} from './improvement/measure.js';
export { formatPence } from './improvement/money.js';
export {
  NATIONAL_FRAMEWORK,
  NATIONAL_FRAMEWORK_TAGS,
  type NationalFramework,
  type NationalFrameworkElement,
  type NationalFrameworkTag,
} from './improvement/nationalFramework.js';
export { nextDeadlines } from './improvement/planDeadlines.js';
export { type PlanImpact, planImpact } from './improvement/planImpact.js';
export { type PlanMoney, planMoney } from './improvement/planMoney.js';
export { findPlanIssues } from './improvement/planRules.js';
export { overriddenRags, type PlanSlippage, planSlippage } from './improvement/planSlippage.js';
export { type ActionCounts, countActions } from './improvement/ragCounts.js';
export { type RatedAction, type RatedPlan, ratePlan } from './improvement/ratePlan.js';
export { summarisePlan } from './improvement/summarisePlan.js';
export {
  AREA_SEND_OUTCOMES,
  AREA_SEND_SOURCES,
  type AreaSendFactId,
  type AreaSendOutcome,
  type AreaSendSource,
} from './inspection/areaSendOutcomes.js';
export {
  type Direction,
  directionOfTravel,
  type JudgementChange,
  type TravelReport,
} from './inspection/directionOfTravel.js';
export {
  type AreaSendExpectation,
  type AreaSendExpected,
  type AreaSendNextOptions,
  type AreaSendNextRule,
  expectedNextAreaSendInspection,
} from './inspection/expectedNextAreaSendInspection.js';
export {
  expectedNextInspection,
  ILACS_2026_SHORT_INSPECTION_PATHWAY,
  type NextInspectionExpectation,
  type NextInspectionOptions,
  type ShortInspectionPathway,
} from './inspection/expectedNextInspection.js';
export {
  type AreaSendInspection,
  type AreaSendMonitoringInspection,
  type Authority,
  type DaysOnSite,
  type FocusedVisit,
  type GradedInspection,
  INSPECTION_EVENT_KINDS,
  type InspectionEvent,
  type Inspectorate,
  type InterventionEvent,
  type InterventionScope,
  isGradedInspection,
  isVisit,
  type JointTargetedAreaInspection,
  type MonitoringVisit,
  type OnSite,
  type Visit,
} from './inspection/inspectionEvent.js';
export {
  type CreateInspectionHistoryOptions,
  createInspectionHistory,
  findHistoryIssues,
  type HistoryCoverage,
  type InspectionHistory,
  type InterventionRegime,
  type InterventionRegimeOptions,
  interventionRegimeOn,
  type LatestGradedInspectionOptions,
  latestGradedInspection,
  type RegimeOnDate,
} from './inspection/inspectionHistory.js';
export { monitoringCapWarnings } from './inspection/monitoringCap.js';
export {
  type ClockBasisKind,
  STATUTORY_CLOCKS,
  type StatutoryClock,
  type StatutoryDeadline,
  type StatutoryDeadlineOptions,
  statutoryDeadlines,
} from './inspection/statutoryDeadlines.js';
export {
  bestJudgement,
  compareJudgements,
  type MedianJudgementOptions,
  medianJudgement,
  type TieBreak,
  worstJudgement,
} from './judgement/compareJudgements.js';
export {
  isJudgement,
  isNonGrade,
  JUDGEMENTS,
  type Judgement,
  judgementRank,
  NON_GRADES,
  type NonGrade,
} from './judgement/judgement.js';
export {
  JUDGEMENT_LABELS,
  type JudgementLabelOptions,
  judgementLabel,
  type LabelStyle,
} from './judgement/judgementLabel.js';
export { type ParsedJudgement, parseJudgement } from './judgement/parseJudgement.js';
export { SECTOR_TOKENS, type SectorTokenMeaning } from './judgement/sectorTokens.js';
export type { AreaJudgement, AreaJudgements, InspectionOutcome } from './outcome/outcome.js';
export { findOutcomeIssues } from './outcome/outcomeIssues.js';
export {
  type ConsistentOverall,
  checkAwardedOverall,
  type DefinedOverallCheck,
  type DepartureKind,
  type InvalidOutcome,
  type OverallCheck,
  type OverallDeparture,
  type OverallNotAwarded,
  type OverallNotCheckable,
} from './overall/checkAwardedOverall.js';
export type {
  DerivationRule,
  DerivedOverall,
  IndicativeOverall,
  LimitedOverall,
  NoDerivedOverall,
} from './overall/derivedOverall.js';
export {
  deriveOverallEffectiveness,
  type OverallOptions,
} from './overall/deriveOverallEffectiveness.js';
export type { Issue, IssueCode, IssueParams, Result } from './result/result.js';
export { type ExplainOptions, explain, type OverallWords } from './words/explain.js';
export { type FormatIssueOptions, formatIssue } from './words/formatIssue.js';
export type { IssueWords } from './words/issueWords.js';
