/**
 * ofsted-ilacs/testing: fast-check arbitraries and ready fixtures for the test suites of
 * apps that compute or display ratings, timelines and plans. Every value they produce is
 * one the schemas accept. Needs fast-check 4 as a peer dependency; the core and schema
 * entries never import it.
 *
 * @packageDocumentation
 * @module ofsted-ilacs/testing
 */

export {
  arbitraryCalendarDate,
  arbitraryInspectionHistory,
  type HistoryArbitraryOptions,
} from './historyArbitraries.js';
export { HULL_EVENTS, HULL_HISTORY, HULL_INSPECTIONS } from './hullHistory.js';
export { HULL_ACTIONS, HULL_FINDINGS, HULL_PLAN } from './hullPlan.js';
export {
  type ActionArbitraryOptions,
  arbitraryImprovementAction,
  arbitraryImprovementPlan,
  type PlanArbitraryOptions,
} from './improvementArbitraries.js';
export { arbitraryJudgement, arbitraryOutcome, type OutcomeArbitraryOptions } from './outcomeArbitraries.js';
